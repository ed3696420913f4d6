// Placeholder until the `@aws-appsync/utils/dynamodb` module lands (owned by the DynamoDB runtime work).
export function createDynamoDbModule(): Record<string, unknown> {
  return {};
}
