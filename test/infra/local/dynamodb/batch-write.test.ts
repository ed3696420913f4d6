import { describe, expect, it } from 'vitest';
import type { BatchWriteItemCommand, DynamoDBClient, WriteRequest } from '@aws-sdk/client-dynamodb';
import { batchPut } from '../../../../infra/local/dynamodb/batch-write';

/** A stand-in client that records each BatchWriteItem and leaves the first `unprocessed` requests of a call unwritten. */
function fakeClient(unprocessedPerCall: (call: number) => number) {
  const calls: WriteRequest[][] = [];
  const client = {
    send: async (command: BatchWriteItemCommand) => {
      const requests = command.input.RequestItems!.tbl;
      calls.push(requests);
      const left = requests.slice(0, unprocessedPerCall(calls.length));
      return { UnprocessedItems: left.length > 0 ? { tbl: left } : {} };
    },
  } as unknown as DynamoDBClient;
  return { client, calls };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, skipped: undefined }));

describe('batchPut', () => {
  it('writes in chunks of at most 25 and returns the count', async () => {
    const { client, calls } = fakeClient(() => 0);
    expect(await batchPut(client, 'tbl', items(60))).toBe(60);
    expect(calls.map((c) => c.length).sort((a, b) => b - a)).toEqual([25, 25, 10]);
    const written = calls.flat().map((r) => r.PutRequest!.Item!.id.S);
    expect(new Set(written).size).toBe(60);
    expect(calls.flat().every((r) => !('skipped' in r.PutRequest!.Item!))).toBe(true);
  });

  it('retries UnprocessedItems until every item is written', async () => {
    const { client, calls } = fakeClient((call) => (call <= 2 ? 5 : 0));
    await batchPut(client, 'tbl', items(25), { concurrency: 1, retryDelayMs: 0 });
    expect(calls.map((c) => c.length)).toEqual([25, 5, 5]);
  });

  it('fails with a clear message when items stay unprocessed', async () => {
    const { client, calls } = fakeClient(() => 3);
    await expect(batchPut(client, 'tbl', items(10), { retryDelayMs: 0 })).rejects.toThrow(
      'tbl: 3 items still unprocessed after 8 attempts',
    );
    expect(calls).toHaveLength(8);
  });
});
