/** The orders stream publisher: wired to the orders stream, allowed to call publishOrderUpdate and nothing else. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, referencedId, type CfnValue } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
});
const of = (type: string) => resourcesOfType(gateway.template(gateway.primary), type);

describe('order stream publisher', () => {
  it('reads the orders stream with batch item failures and a dead-letter queue, and may only publish orders', () => {
    const fn = of('AWS::Lambda::Function').find((f) => String(f.Properties.Description).startsWith('Publishes order changes'))!;
    const [mapping] = of('AWS::Lambda::EventSourceMapping').filter((m) => referencedId(m.Properties.FunctionName) === fn.logicalId);
    expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.Properties.DestinationConfig.OnFailure.Destination).toBeDefined();
    const orders = of('AWS::DynamoDB::GlobalTable').find((t) => String(t.Properties.TableName).includes('-orders'))!;
    expect(JSON.stringify(mapping.Properties.EventSourceArn)).toContain(orders.logicalId);
    const role = referencedId(fn.Properties.Role);
    const statements = of('AWS::IAM::Policy')
      .filter((p) => (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === role))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as CfnValue[]);
    const graphql = statements.filter((s) => [s.Action].flat().includes('appsync:GraphQL'));
    expect(graphql).toHaveLength(1);
    expect(JSON.stringify(graphql[0].Resource)).toMatch(/types\/Mutation\/fields\/publishOrderUpdate/);
  });
});
