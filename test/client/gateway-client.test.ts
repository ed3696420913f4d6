// The typed client layer over aws-amplify v6, against the repo's API over HTTPS: typed documents in, typed data out,
// one error type for GraphQL errors.
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createGatewayClient, GatewayError, UsagePlanDocument, type UsagePlanQuery } from '../../client';
import { trustCa } from '../support/amplify-node';
import { startRepoGateway, type RepoGateway } from '../support/repo-gateway';

let gw: RepoGateway;

beforeAll(async () => {
  gw = await startRepoGateway({ tls: true });
  trustCa(gw.caCertPath!);
  await gw.client.send(
    new PutItemCommand({
      TableName: `reporting-${gw.stage}-usage_plans`,
      Item: { plan_id: { S: 'premium' }, plan_name: { S: 'Premium Plan' }, monthly_report_limit: { N: '1000' }, daily_report_limit: { N: '100' }, price: { N: '99.99' }, features: { L: [{ S: 'api_access' }] }, status: { S: 'active' } },
    }),
  );
});
afterAll(async () => gw?.close());

describe('createGatewayClient', () => {
  it('runs a typed query and returns typed data', async () => {
    const gateway = createGatewayClient({ version: '1.4', data: { url: gw.url, aws_region: 'eu-west-2', api_key: gw.auth.apiKey.id, default_authorization_type: 'API_KEY', authorization_types: [] } });
    const data = await gateway.request(UsagePlanDocument, { plan_id: 'premium' });
    expectTypeOf(data).toEqualTypeOf<UsagePlanQuery>();
    expect(data.getUsagePlan).toMatchObject({ plan_id: 'premium', plan_name: 'Premium Plan', daily_report_limit: 100, features: ['api_access'] });
  });

  it('rejects with a GatewayError carrying AppSync errors', async () => {
    const gateway = createGatewayClient({ version: '1.4', data: { url: gw.url, aws_region: 'eu-west-2', api_key: 'da2-wrong', default_authorization_type: 'API_KEY', authorization_types: [] } });
    const failure = await gateway.request(UsagePlanDocument, { plan_id: 'premium' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect((failure as GatewayError).errorType).toBe('UnauthorizedException');
  });
});
