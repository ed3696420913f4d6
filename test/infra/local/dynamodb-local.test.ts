import { alive } from '../../support/process';
import { describe, expect, it } from 'vitest';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal, localDynamoClient } from '../../../infra/local/dynamodb/dynamodb-local';


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
