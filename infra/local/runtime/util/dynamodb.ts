// Placeholder until the util.dynamodb converters land (owned by the DynamoDB runtime work).
export function createDynamoDbUtil(): Record<string, unknown> {
  return {};
}
