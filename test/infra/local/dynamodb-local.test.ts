import { describe, expect, it } from 'vitest';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal, localDynamoClient } from '../../../infra/local/dynamodb/dynamodb-local';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('DynamoDB Local harness', () => {
  it('starts, answers, and leaves no process behind after stop', async () => {
    const ddb = await startDynamoDbLocal();
    expect(alive(ddb.pid)).toBe(true);
    const client = localDynamoClient(ddb.endpoint);
    const tables = await client.send(new ListTablesCommand({}));
    expect(tables.TableNames).toEqual([]);
    client.destroy();
    await ddb.stop();
    expect(alive(ddb.pid)).toBe(false);
  });
});
