/**
 * The deployed Flow Logic Stripe webhook: a function URL without IAM auth (Stripe signs the body), throttled, its
 * signing secrets by reference, and a role that reaches the users and subscriptions tables (and the customer index)
 * with the item actions the sync uses, nothing else.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledHandler } from '../../../infra/aws/lambda-code';
import { signed, subscriptionEvent } from '../../functions/flowlogic/stripe-fixtures';
import { resourcesOfType, referencedId, type CfnValue, type Resource } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
}, 300_000);
const of = (type: string) => resourcesOfType(gateway.template(gateway.primary), type);
const statementsOf = (fn: Resource): CfnValue[] => {
  const role = referencedId(fn.Properties.Role);
  return of('AWS::IAM::Policy')
    .filter((p) => (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as CfnValue[]);
};
const flowTable = (suffix: string) => of('AWS::DynamoDB::GlobalTable').find((t) => t.Properties.TableName === `flowlogic-dev-${suffix}`)!;

describe('Flow Logic Stripe webhooks', () => {
  const fn = () => of('AWS::Lambda::Function').find((f) => String(f.Properties.Description).startsWith('Flow Logic Stripe webhooks'))!;

  it('take Stripe on a function URL, throttled, with the tables and the signing secret by reference', () => {
    expect(fn()).toBeDefined();
    const [url] = of('AWS::Lambda::Url').filter((u) => referencedId(u.Properties.TargetFunctionArn) === fn().logicalId);
    expect(url.Properties.AuthType).toBe('NONE');
    expect(fn().Properties.ReservedConcurrentExecutions).toBe(10);
    const vars = fn().Properties.Environment.Variables;
    expect(vars.USERS_TABLE).toBe(flowTable('users').Properties.TableName);
    expect(vars.SUBSCRIPTIONS_TABLE).toBe(flowTable('subscriptions').Properties.TableName);
    const secret = of('AWS::SecretsManager::Secret').find((s) => String(s.Properties.Description).startsWith('Stripe webhook signing secrets'))!;
    expect(referencedId(vars.STRIPE_SECRET_ARN)).toBe(secret.logicalId);
    // No secret value in the template: an empty list to be filled in.
    expect(JSON.parse(secret.Properties.GenerateSecretString.SecretStringTemplate)).toEqual({ webhook_secrets: [] });
    expect(JSON.stringify(fn().Properties.Environment)).not.toMatch(/whsec_/);
  });

  it('may touch the two tables it syncs with the actions it uses, and no other table', () => {
    const statements = statementsOf(fn());
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    const byTable = (id: string) => dynamo.filter((s) => JSON.stringify(s.Resource).includes(id)).flatMap((s) => [s.Action].flat()).sort();
    expect(byTable(flowTable('users').logicalId)).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(byTable(flowTable('subscriptions').logicalId)).toEqual(['dynamodb:PutItem', 'dynamodb:Query']);
    const resources = JSON.stringify(dynamo.map((s) => s.Resource));
    expect(resources).toContain('/index/stripe-customer-index');
    expect(resources).not.toContain('*');
    const synced = [flowTable('users').logicalId, flowTable('subscriptions').logicalId];
    const others = of('AWS::DynamoDB::GlobalTable').filter((t) => !synced.includes(t.logicalId));
    expect(others.length).toBeGreaterThan(0);
    for (const t of others) expect(resources).not.toContain(t.logicalId);
    const kms = statements.find((s) => [s.Action].flat().includes('kms:Decrypt'));
    expect(kms.Condition).toEqual({ StringEquals: { 'kms:ViaService': expect.stringMatching(/^dynamodb\./) } });
    expect(statements.flatMap((s) => [s.Action].flat())).not.toContain('appsync:GraphQL');
  });

  it('bundles into a handler that answers a function URL event: 401 for a bad signature, 200 for an ignored type', async () => {
    const dir = (bundledHandler(fileURLToPath(new URL('../../../functions/flowlogic/stripe-webhook-lambda.ts', import.meta.url))) as unknown as { path: string }).path;
    const saved = { ...process.env };
    Object.assign(process.env, { USERS_TABLE: 'users', SUBSCRIPTIONS_TABLE: 'subscriptions', STRIPE_WEBHOOK_SECRET: 'whsec_bundle_test' });
    delete process.env.STRIPE_SECRET_ARN;
    try {
      const { handler } = (await import(pathToFileURL(path.join(dir, 'index.mjs')).href)) as {
        handler: (e: { body: string; isBase64Encoded: boolean; headers: Record<string, string> }) => Promise<{ statusCode: number; body: string }>;
      };
      const e = subscriptionEvent('evt_bundle', 'created', 1_780_000_000, { id: 'sub_bundle', customer: 'cus_bundle' });
      e.type = 'customer.subscription.trial_will_end';
      const now = Math.floor(Date.now() / 1000);
      const good = signed(e, now, 'whsec_bundle_test');
      const bad = signed(e, now, 'whsec_other');
      // Function URLs may hand the body over base64-encoded; the signature is over the original bytes.
      const ok = await handler({ body: good.rawBody.toString('base64'), isBase64Encoded: true, headers: { 'stripe-signature': good.signature } });
      expect({ status: ok.statusCode, body: JSON.parse(ok.body) }).toEqual({ status: 200, body: { ok: true, outcome: 'ignored' } });
      const refused = await handler({ body: bad.rawBody.toString(), isBase64Encoded: false, headers: { 'stripe-signature': bad.signature } });
      expect(refused.statusCode).toBe(401);
    } finally {
      process.env = saved;
    }
  });
});
