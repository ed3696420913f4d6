// Placeholder until util.transform lands (owned by the DynamoDB runtime work).
export function createTransformUtil(): Record<string, unknown> {
  return {};
}
