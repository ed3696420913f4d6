// A graphql-codegen plugin, run after typed-document-node into client/generated/graphql.ts: declares
// `SubscriptionDocument`, the union of the typed documents of every subscription operation. A TypedDocumentNode
// carries its result and variables types but not its operation kind; with this union the client's `graphql()` types
// a subscription as a stream of events and every other operation as one awaited result.
//
// Document constants are named `<OperationName>Document` (typed-document-node's default naming; the operations
// coverage test keeps operation names PascalCase, so the name is used as is).

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export function plugin(_schema, documents) {
  const names = documents
    .flatMap((file) => file.document?.definitions ?? [])
    .filter((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'subscription')
    .map((definition) => `typeof ${definition.name.value}Document`)
    .sort();
  const union = names.length > 0 ? names.map((name) => `\n  | ${name}`).join('') : ' never';
  return `\n/** The typed documents of the subscription operations (client/codegen/subscription-documents.js). */\nexport type SubscriptionDocument =${union};\n`;
}
