/**
 * The `extensions` global: what a handler asks of subscriptions and the API cache is recorded, not
 * performed; the server acts on the recorded calls after the resolver ran.
 * https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
 */

export type ExtensionCall =
  | { kind: 'setSubscriptionFilter'; filter: unknown }
  | { kind: 'setSubscriptionInvalidationFilter'; filter: unknown }
  | { kind: 'invalidateSubscriptions'; invalidation: unknown }
  | { kind: 'evictFromApiCache'; typeName: string; fieldName: string; keyValuePair: Record<string, unknown> };

/** A copy detached from the resolver's realm (and from later mutation by the handler). */
function detach(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export function createExtensions(calls: { extensionsCalls: ExtensionCall[] }) {
  return {
    setSubscriptionFilter(filter: unknown): void {
      calls.extensionsCalls.push({ kind: 'setSubscriptionFilter', filter: detach(filter) });
    },
    setSubscriptionInvalidationFilter(filter: unknown): void {
      calls.extensionsCalls.push({ kind: 'setSubscriptionInvalidationFilter', filter: detach(filter) });
    },
    invalidateSubscriptions(invalidation: unknown): void {
      calls.extensionsCalls.push({ kind: 'invalidateSubscriptions', invalidation: detach(invalidation) });
    },
    evictFromApiCache(typeName: unknown, fieldName: unknown, keyValuePair: unknown): void {
      calls.extensionsCalls.push({
        kind: 'evictFromApiCache',
        typeName: String(typeName),
        fieldName: String(fieldName),
        keyValuePair: (detach(keyValuePair) ?? {}) as Record<string, unknown>,
      });
    },
  };
}
