import { describe, expect, it } from 'vitest';
import { authenticate } from '../../../../infra/local/auth/authenticate';
import { UnauthorizedError } from '../../../../infra/local/auth/errors';
import type { LambdaAuthorizerEvent, LambdaAuthorizerResult, LambdaAuthorizerSettings } from '../../../../infra/local/auth/types';
import { facts, NOW, settingsFor, sharedIssuer } from './support';

const BODY = JSON.stringify({ query: 'query Usage($p: ID!) { usage(projectId: $p) { total } }', operationName: 'Usage', variables: { p: 'proj-1' } });

function authorizer(answer: (event: LambdaAuthorizerEvent) => LambdaAuthorizerResult | Promise<LambdaAuthorizerResult>, extra: Partial<LambdaAuthorizerSettings> = {}) {
  const events: LambdaAuthorizerEvent[] = [];
  const settings: LambdaAuthorizerSettings = {
    handler: async (event) => {
      events.push(event);
      return answer(event);
    },
    ...extra,
  };
  return { settings, events };
}

async function run(lambda: LambdaAuthorizerSettings, token: string, at = NOW) {
  const issuer = await sharedIssuer();
  return authenticate(
    { authorization: token, 'content-type': 'application/json', 'x-tenant': 't-1' },
    settingsFor(issuer, ['AMAZON_COGNITO_USER_POOLS', 'AWS_LAMBDA'], { lambdaAuthorizer: lambda, apiId: 'api123', accountId: '111122223333' }),
    facts({ body: BODY, now: () => at, requestId: 'req-1' }),
  );
}

async function refusal(promise: Promise<unknown>): Promise<UnauthorizedError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnauthorizedError);
  return error as UnauthorizedError;
}

describe('AWS_LAMBDA authorizer', () => {
  it("sends AppSync's event and passes resolverContext and deniedFields on", async () => {
    const { settings, events } = authorizer(() => ({ isAuthorized: true, resolverContext: { projectId: 'proj-1' }, deniedFields: ['Usage.secret'] }));
    const auth = await run(settings, 'pk_live_123');
    expect(events).toEqual([
      {
        authorizationToken: 'pk_live_123',
        requestContext: {
          apiId: 'api123',
          accountId: '111122223333',
          requestId: 'req-1',
          queryString: 'query Usage($p: ID!) { usage(projectId: $p) { total } }',
          operationName: 'Usage',
          variables: { p: 'proj-1' },
        },
        requestHeaders: expect.objectContaining({ 'content-type': 'application/json', 'x-tenant': 't-1' }),
      },
    ]);
    expect(auth).toEqual({
      mode: 'AWS_LAMBDA',
      identity: { resolverContext: { projectId: 'proj-1' } },
      resolverContext: { projectId: 'proj-1' },
      deniedFields: ['Usage.secret'],
      authTypeName: 'Lambda Authorization',
    });
  });

  it('answers 401 when the authorizer says no, throws, or answers nonsense', async () => {
    const answers: Array<() => LambdaAuthorizerResult | Promise<LambdaAuthorizerResult>> = [
      () => ({ isAuthorized: false }),
      () => {
        throw new Error('boom');
      },
      () => ({ isAuthorized: 'yes' }) as unknown as LambdaAuthorizerResult,
    ];
    for (const answer of answers) {
      const error = await refusal(run(authorizer(answer).settings, 'pk_bad'));
      expect(error.status).toBe(401);
      expect(error.body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] });
    }
  });

  it('keeps deniedFields ARNs of this API as Type.field and drops those of other APIs', async () => {
    const arn = (api: string, type: string, field: string) => `arn:aws:appsync:eu-west-2:111122223333:apis/${api}/types/${type}/fields/${field}`;
    const { settings } = authorizer(() => ({
      isAuthorized: true,
      deniedFields: ['Usage.secret', arn('api123', 'Usage', 'total'), arn('otherApi', 'Query', 'usage'), 'arn:aws:appsync:bogus'],
    }));
    expect((await run(settings, 'tok-arn')).deniedFields).toEqual(['Usage.secret', 'Usage.total']);
  });

  it('does not call the function when identityValidationExpression does not match the whole token', async () => {
    const { settings, events } = authorizer(() => ({ isAuthorized: true }), { identityValidationExpression: 'pk_[a-z]+' });
    await refusal(run(settings, 'pk_abc!'));
    expect(events).toHaveLength(0);
    expect((await run(settings, 'pk_abc')).mode).toBe('AWS_LAMBDA');
    expect(events).toHaveLength(1);
  });

  it('caches a decision per token for ttlOverride seconds, then asks again', async () => {
    let calls = 0;
    const { settings } = authorizer(() => ({ isAuthorized: true, resolverContext: { call: String(++calls) }, ttlOverride: 60 }));
    expect((await run(settings, 'tok-a', NOW)).resolverContext).toEqual({ call: '1' });
    expect((await run(settings, 'tok-a', NOW + 59_000)).resolverContext).toEqual({ call: '1' });
    expect((await run(settings, 'tok-b', NOW + 59_000)).resolverContext).toEqual({ call: '2' });
    expect((await run(settings, 'tok-a', NOW + 60_000)).resolverContext).toEqual({ call: '3' });
  });

  it('caches refusals too, and does not cache without a TTL', async () => {
    let calls = 0;
    const deny = authorizer(() => ({ isAuthorized: ++calls > 1, ttlOverride: 30 }));
    await refusal(run(deny.settings, 'tok', NOW));
    await refusal(run(deny.settings, 'tok', NOW + 1000));
    expect(calls).toBe(1);
    const noTtl = authorizer(() => ({ isAuthorized: true }));
    await run(noTtl.settings, 'tok', NOW);
    await run(noTtl.settings, 'tok', NOW);
    expect(noTtl.events).toHaveLength(2);
  });

  it('uses the configured TTL when the function gives no ttlOverride', async () => {
    const { settings, events } = authorizer(() => ({ isAuthorized: true }), { ttlSeconds: 10 });
    await run(settings, 'tok', NOW);
    await run(settings, 'tok', NOW + 9_000);
    await run(settings, 'tok', NOW + 10_000);
    expect(events).toHaveLength(2);
  });

  it('sends a JWT of an unknown issuer to the authorizer, and a Cognito JWT to Cognito', async () => {
    const { settings, events } = authorizer(() => ({ isAuthorized: true }));
    const foreign = 'eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJodHRwczovL2Vsc2V3aGVyZSIsInN1YiI6IngifQ.c2ln';
    expect((await run(settings, foreign)).mode).toBe('AWS_LAMBDA');
    const issuer = await sharedIssuer();
    const cognito = await issuer.mintToken({ sub: 'u', issuedAt: Math.floor(NOW / 1000) });
    expect((await run(settings, cognito)).mode).toBe('AMAZON_COGNITO_USER_POOLS');
    expect(events).toHaveLength(1);
  });
});
