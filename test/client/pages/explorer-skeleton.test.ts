// The explorer's starting documents, over the repo's real schema as the page sees it (introspected, then rebuilt on
// the client): every root field is listed, and the document made for each one is valid against the schema, declares
// a variable per argument and fills the required ones with a value of the right shape.
import { buildClientSchema, introspectionFromSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../infra/build';
import { REPO_SCHEMA } from '../../../infra/local/gateway/repo-appsync';
import { rootFields, skeleton } from '../../../client/pages/explorer-skeleton';

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildClientSchema(introspectionFromSchema(loadSchema(REPO_SCHEMA).schema));
});

describe('explorer skeletons', () => {
  it('list every root field of the schema', () => {
    const fields = rootFields(schema);
    const count = (t: ReturnType<GraphQLSchema['getQueryType']>) => Object.keys(t?.getFields() ?? {}).length;
    expect(fields).toHaveLength(count(schema.getQueryType()) + count(schema.getMutationType()) + count(schema.getSubscriptionType()));
    expect(fields.find((f) => f.name === 'getOrder')).toMatchObject({ kind: 'query', signature: 'getOrder(order_id: ID!): Order' });
  });

  it('make a valid document for every root field', () => {
    const problems = rootFields(schema).flatMap((field) => {
      const { query, variables } = skeleton(schema, field.kind, field.name);
      const errors = validate(schema, parse(query)).map((e) => `${field.kind}.${field.name}: ${e.message}`);
      const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[field.kind];
      const missing = (root?.getFields()[field.name].args ?? []).map((a) => a.name).filter((name) => !(name in variables));
      return [...errors, ...missing.map((m) => `${field.name}: no variable ${m}`)];
    });
    expect(problems).toEqual([]);
  });

  it('select leaves and the leaves of objects one level down, and fill required inputs', () => {
    const order = skeleton(schema, 'query', 'getOrder');
    expect(order.query).toContain('query GetOrder($order_id: ID!) {\n  getOrder(order_id: $order_id) {\n    order_id\n');
    expect(order.query).toContain('    items {\n      product_id\n');
    expect(order.query).not.toContain('product {'); // two levels down
    expect(order.variables).toEqual({ order_id: '' });
    const place = skeleton(schema, 'mutation', 'placeOrder');
    expect(place.variables).toEqual({ input: { store_id: '', items: [], customer_name: '', delivery_address: '', payment_method: 'UPI' } });
    expect(skeleton(schema, 'query', 'listMyOrders').variables).toEqual({ status: null, limit: null, nextToken: null });
    expect(() => skeleton(schema, 'query', 'nope')).toThrow('the schema has no query field nope');
  });
});
