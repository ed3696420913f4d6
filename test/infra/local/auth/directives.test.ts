import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { AUTH_DIRECTIVES_SDL, isFieldAllowed, isFieldDenied, isSubscriptionAllowed } from '../../../../infra/local/auth/directives';
import { AUTH_TYPE_NAMES, type AuthMode, type RequestAuth } from '../../../../infra/local/auth/types';

const schema = buildSchema(`${AUTH_DIRECTIVES_SDL}
  type Query {
    plain: String
    publicStore: Store @aws_api_key
    adminReport: String @aws_cognito_user_pools(cognito_groups: ["SUPER_ADMIN", "admin"])
    anyUser: String @aws_cognito_user_pools
    legacy: String @aws_auth(cognito_groups: ["operator"])
    mixed: String @aws_api_key @aws_iam
  }
  type Store @aws_api_key @aws_cognito_user_pools {
    id: ID!
    name: String
    ownerEmail: String @aws_cognito_user_pools(cognito_groups: ["BUSINESS_OWNER"])
    internal: String @aws_iam
  }
  type Order { id: ID! }
  extend type Order @aws_oidc
  type Usage @aws_lambda { total: Int secret: String }
  type Mutation { publishOrder(id: ID!): Order @aws_iam  placeOrder: Order }
  type Subscription {
    onOrder: Order @aws_subscribe(mutations: ["publishOrder"]) @aws_cognito_user_pools(cognito_groups: ["DELIVERY_AGENT"])
    onAnything: Order
  }
  directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
`);

function as(mode: AuthMode, extra: Partial<RequestAuth> & { groups?: string[]; strategy?: 'ALLOW' | 'DENY' } = {}): RequestAuth {
  const { groups, strategy, ...rest } = extra;
  const identity =
    mode === 'AMAZON_COGNITO_USER_POOLS'
      ? { sub: 'u', groups: groups ?? null, claims: groups ? { 'cognito:groups': groups } : {}, defaultAuthStrategy: strategy ?? 'ALLOW' }
      : null;
  return { mode, identity, authTypeName: AUTH_TYPE_NAMES[mode], ...rest };
}

const allowed = (type: string, field: string, auth: RequestAuth, defaultMode: AuthMode = 'AMAZON_COGNITO_USER_POOLS') =>
  isFieldAllowed(schema, type, field, auth, defaultMode);

describe('directive rules', () => {
  it('opens a field without directives (on it or its type) to the default mode only', () => {
    expect(allowed('Query', 'plain', as('AMAZON_COGNITO_USER_POOLS'))).toBe(true);
    expect(allowed('Query', 'plain', as('API_KEY'))).toBe(false);
    expect(allowed('Query', 'plain', as('API_KEY'), 'API_KEY')).toBe(true);
    expect(allowed('Mutation', 'placeOrder', as('AWS_IAM'))).toBe(false);
  });

  it('applies type directives to every field and no longer implies the default mode', () => {
    expect(allowed('Store', 'name', as('API_KEY'))).toBe(true);
    expect(allowed('Store', 'name', as('AMAZON_COGNITO_USER_POOLS'))).toBe(true);
    expect(allowed('Store', 'name', as('AWS_IAM'), 'AWS_IAM')).toBe(false);
    expect(allowed('Usage', 'total', as('AWS_LAMBDA'))).toBe(true);
    expect(allowed('Usage', 'total', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
  });

  it('reads directives from type extensions', () => {
    expect(allowed('Order', 'id', as('OPENID_CONNECT'))).toBe(true);
    expect(allowed('Order', 'id', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
  });

  it('lets field directives override the type directives', () => {
    expect(allowed('Store', 'internal', as('AWS_IAM'))).toBe(true);
    expect(allowed('Store', 'internal', as('API_KEY'))).toBe(false);
    expect(allowed('Store', 'internal', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
    expect(allowed('Store', 'ownerEmail', as('API_KEY'))).toBe(false);
  });

  it('checks cognito_groups against the user groups', () => {
    expect(allowed('Query', 'adminReport', as('AMAZON_COGNITO_USER_POOLS', { groups: ['CUSTOMER', 'admin'] }))).toBe(true);
    expect(allowed('Query', 'adminReport', as('AMAZON_COGNITO_USER_POOLS', { groups: ['CUSTOMER'] }))).toBe(false);
    expect(allowed('Query', 'adminReport', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
    expect(allowed('Query', 'anyUser', as('AMAZON_COGNITO_USER_POOLS'))).toBe(true);
    expect(allowed('Store', 'ownerEmail', as('AMAZON_COGNITO_USER_POOLS', { groups: ['BUSINESS_OWNER'] }))).toBe(true);
    expect(allowed('Store', 'ownerEmail', as('AMAZON_COGNITO_USER_POOLS', { groups: ['CUSTOMER'] }))).toBe(false);
  });

  it('reads @aws_auth as Cognito with groups', () => {
    expect(allowed('Query', 'legacy', as('AMAZON_COGNITO_USER_POOLS', { groups: ['operator'] }))).toBe(true);
    expect(allowed('Query', 'legacy', as('AMAZON_COGNITO_USER_POOLS', { groups: ['viewer'] }))).toBe(false);
    expect(allowed('Query', 'legacy', as('API_KEY'))).toBe(false);
  });

  it('accepts any of several directives on one field', () => {
    expect(allowed('Query', 'mixed', as('API_KEY'))).toBe(true);
    expect(allowed('Query', 'mixed', as('AWS_IAM'))).toBe(true);
    expect(allowed('Query', 'mixed', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
  });

  it('with a DENY user pool, lets Cognito users reach only fields that name Cognito', () => {
    const deny = as('AMAZON_COGNITO_USER_POOLS', { strategy: 'DENY' });
    expect(allowed('Query', 'plain', deny)).toBe(false);
    expect(allowed('Query', 'anyUser', deny)).toBe(true);
  });

  it('closes deniedFields of a Lambda authorizer', () => {
    const lambda = as('AWS_LAMBDA', { deniedFields: ['Usage.secret', 'Usage.total'] });
    expect(isFieldDenied(lambda, 'Usage', 'secret')).toBe(true);
    expect(allowed('Usage', 'secret', lambda)).toBe(false);
    expect(allowed('Usage', 'total', lambda)).toBe(false);
    expect(allowed('Usage', 'total', as('AWS_LAMBDA'))).toBe(true);
    expect(isFieldDenied(lambda, 'Usage', 'secre')).toBe(false);
  });

  it('allows introspection and refuses unknown fields', () => {
    expect(allowed('Query', '__typename', as('API_KEY'))).toBe(true);
    expect(allowed('__Schema', 'types', as('API_KEY'))).toBe(true);
    expect(allowed('Query', 'nope', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
    expect(allowed('Nope', 'id', as('AMAZON_COGNITO_USER_POOLS'))).toBe(false);
  });

  it('checks subscription fields for the real-time endpoint', () => {
    expect(isSubscriptionAllowed(schema, 'onOrder', as('AMAZON_COGNITO_USER_POOLS', { groups: ['DELIVERY_AGENT'] }), 'API_KEY')).toBe(true);
    expect(isSubscriptionAllowed(schema, 'onOrder', as('AMAZON_COGNITO_USER_POOLS', { groups: ['CUSTOMER'] }), 'API_KEY')).toBe(false);
    expect(isSubscriptionAllowed(schema, 'onAnything', as('API_KEY'), 'API_KEY')).toBe(true);
    expect(isSubscriptionAllowed(schema, 'onAnything', as('AWS_IAM'), 'API_KEY')).toBe(false);
    expect(isSubscriptionAllowed(buildSchema('type Query { a: Int }'), 'onAnything', as('API_KEY'), 'API_KEY')).toBe(false);
  });
});
