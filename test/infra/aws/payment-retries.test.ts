/** The deployed payment retry scheduler: an EventBridge rule on a Lambda in the VPC, retried and dead-lettered. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, referencedId, type Resource } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
}, 300_000);
const of = (type: string) => resourcesOfType(gateway.template(gateway.primary), type);
const fnByDescription = (text: string): Resource => of('AWS::Lambda::Function').find((f) => String(f.Properties.Description).startsWith(text))!;

describe('payment retries', () => {
  it('run every 5 minutes, retried twice then dead-lettered, with the Razorpay secret by reference, in the VPC', () => {
    const fn = fnByDescription('Retries the due failed invoice payments');
    expect(fn).toBeDefined();
    const [rule] = of('AWS::Events::Rule').filter((r) => r.Properties.Description === 'Failed invoice payment retries');
    expect(rule.Properties.ScheduleExpression).toBe('rate(5 minutes)');
    const [target] = rule.Properties.Targets;
    expect(referencedId(target.Arn)).toBe(fn.logicalId);
    expect(target.RetryPolicy).toMatchObject({ MaximumRetryAttempts: 2 });
    const dlq = of('AWS::SQS::Queue').find((q) => JSON.stringify(target.DeadLetterConfig.Arn).includes(q.logicalId));
    expect(dlq).toBeDefined();
    const secret = of('AWS::SecretsManager::Secret').find((x) => String(x.Properties.Description).startsWith('Razorpay key id'))!;
    expect(referencedId(fn.Properties.Environment.Variables.RAZORPAY_SECRET_ARN)).toBe(secret.logicalId);
    expect(fn.Properties.VpcConfig.SubnetIds.length).toBeGreaterThan(0);
  });
});
