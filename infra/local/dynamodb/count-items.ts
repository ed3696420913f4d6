import { ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Counts a table's items with paginated `Select: COUNT` scans (exact, unlike DescribeTable's ItemCount). */
export async function countItems(client: DynamoDBClient, tableName: string): Promise<number> {
  let count = 0;
  let startKey: Record<string, never> | undefined;
  for (let page = 0; page < 100_000; page++) {
    const out = await client.send(
      new ScanCommand({ TableName: tableName, Select: 'COUNT', ExclusiveStartKey: startKey }),
    );
    count += out.Count ?? 0;
    startKey = out.LastEvaluatedKey as Record<string, never> | undefined;
    if (!startKey) return count;
  }
  throw new Error(`${tableName}: too many pages while counting`);
}

/** True when the table holds no item at all. */
export async function isEmpty(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const out = await client.send(new ScanCommand({ TableName: tableName, Limit: 1, Select: 'COUNT' }));
  return (out.Count ?? 0) === 0 && !out.LastEvaluatedKey;
}
