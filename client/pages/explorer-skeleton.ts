/**
 * The explorer's operation list and starting documents, from the schema the gateway introspects: every root field
 * (Query, Mutation, Subscription) with a document that selects its scalar fields (and those of the objects right
 * below), and variables for its arguments, required ones filled with a placeholder of the right type.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface RootField {
  kind: OperationKind;
  name: string;
  description: string | null;
  /** `getOrder(order_id: ID!): Order` */
  signature: string;
}

const roots = (schema: GraphQLSchema) =>
  [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;

export function rootFields(schema: GraphQLSchema): RootField[] {
  return roots(schema).flatMap(([kind, type]) =>
    type
      ? Object.values(type.getFields())
          .map((field) => ({
            kind,
            name: field.name,
            description: field.description ?? null,
            signature: `${field.name}${field.args.length ? `(${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})` : ''}: ${String(field.type)}`,
          }))
          .sort((a, b) => a.name.localeCompare(b.name))
      : [],
  );
}

/** A placeholder value of an input type: null when optional, a typed stand-in when required. */
function placeholder(type: GraphQLInputType, depth: number): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (isInputObjectType(inner)) {
    if (depth > 3) return {};
    const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, placeholder(f.type, depth + 1)]));
  }
  switch (inner.name) {
    case 'Int':
    case 'Float':
    case 'AWSTimestamp':
      return 0;
    case 'Boolean':
      return false;
    case 'AWSJSON':
      return '{}';
    default:
      return '';
  }
}

/** The selection of an output type: leaves, then objects one level down with their leaves; `__typename` otherwise. */
function selection(type: GraphQLOutputType, indent: string, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return ` {\n${indent}  __typename\n${indent}}`;
  const fields = Object.values(named.getFields()).filter((f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type)));
  const lines = fields.flatMap((f) => {
    if (isLeafType(getNamedType(f.type))) return [`${indent}  ${f.name}`];
    if (depth >= 1) return [];
    return [`${indent}  ${f.name}${selection(f.type, `${indent}  `, depth + 1)}`];
  });
  return ` {\n${lines.length ? lines.join('\n') : `${indent}  __typename`}\n${indent}}`;
}

/** A document and variables for one root field, ready to run (once the placeholders are filled in). */
export function skeleton(schema: GraphQLSchema, kind: OperationKind, fieldName: string): { query: string; variables: Record<string, unknown> } {
  const root = roots(schema).find(([k]) => k === kind)?.[1];
  const field = root?.getFields()[fieldName];
  if (!field) throw new Error(`the schema has no ${kind} field ${fieldName}`);
  const name = fieldName.charAt(0).toUpperCase() + fieldName.slice(1);
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind} ${name}${declared ? `(${declared})` : ''} {\n  ${fieldName}${passed ? `(${passed})` : ''}${selection(getNullableType(field.type) as GraphQLOutputType, '  ', 0)}\n}\n`;
  const variables = Object.fromEntries(field.args.map((a) => [a.name, placeholder(a.type, 0)]));
  return { query, variables };
}
