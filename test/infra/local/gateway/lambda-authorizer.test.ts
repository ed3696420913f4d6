// The Lambda authorizer mode through the local endpoint: resolverContext reaches resolvers, deniedFields are refused,
// and a token the function refuses gets 401.
// https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startDemoGateway, type DemoGateway } from '../../../support/demo-gateway';

let gw: DemoGateway;
const calls: string[] = [];

beforeAll(async () => {
  gw = await startDemoGateway({
    authConfig: {
      default: 'AMAZON_COGNITO_USER_POOLS',
      additional: ['API_KEY', 'AWS_LAMBDA'],
      lambdaAuthorizer: {
        handler: async (event: { authorizationToken: string }) => {
          calls.push(event.authorizationToken);
          if (event.authorizationToken === 'custom-good') return { isAuthorized: true, resolverContext: { tenant: 't-1' } };
          if (event.authorizationToken === 'custom-limited') return { isAuthorized: true, resolverContext: { tenant: 't-2' }, deniedFields: ['Query.whoami'] };
          return { isAuthorized: false };
        },
      },
    },
  });
});
afterAll(async () => gw?.close());

describe('Lambda authorizer', () => {
  it('passes resolverContext to resolvers as ctx.identity.resolverContext', async () => {
    const { status, body } = await gql(gw.url, '{ echo(message: "in") whoami }', {}, { authorization: 'custom-good' });
    expect(status).toBe(200);
    expect(body.data?.echo).toBe('in');
    expect(JSON.parse(body.data?.whoami as string)).toEqual({ resolverContext: { tenant: 't-1' } });
  });

  it('refuses the fields the authorizer denies', async () => {
    const { body } = await gql(gw.url, '{ echo(message: "in") whoami }', {}, { authorization: 'custom-limited' });
    expect(body.data).toEqual({ echo: 'in', whoami: null });
    expect(body.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['whoami'] });
  });

  it('answers 401 when the function says no', async () => {
    const { status, body } = await gql(gw.url, '{ echo(message: "in") }', {}, { authorization: 'custom-bad' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.errorType).toBe('UnauthorizedException');
    expect(calls).toContain('custom-bad');
  });
});
