/**
 * The Flow Logic stream consumers as deployed: the audit trail on every streamed Flow Logic table, allowed to put
 * into the audit table only; the publisher on the subscriptions and assessments streams, allowed to call its two
 * publish mutations only; both with batch item failures, bisection, bounded retries and a dead-letter queue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, referencedId, type CfnValue, type Resource } from './template-json';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
});
const of = (type: string) => resourcesOfType(gateway.template(gateway.primary), type);

const fnStartingWith = (prefix: string) => {
  const found = of('AWS::Lambda::Function').filter((f) => String(f.Properties.Description).startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0];
};
const mappingsOf = (fn: Resource) => of('AWS::Lambda::EventSourceMapping').filter((m) => referencedId(m.Properties.FunctionName) === fn.logicalId);
const statementsOf = (fn: Resource): CfnValue[] => {
  const role = referencedId(fn.Properties.Role);
  return of('AWS::IAM::Policy')
    .filter((p) => (p.Properties.Roles as unknown[]).some((r) => referencedId(r) === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as CfnValue[]);
};
const actionsOf = (statements: CfnValue[]) => statements.flatMap((s) => [s.Action].flat() as string[]);
const flowTable = (suffix: string) => {
  const table = of('AWS::DynamoDB::GlobalTable').find((t) => String(t.Properties.TableName).endsWith(`-${suffix}`) && String(t.Properties.TableName).startsWith('flowlogic-'));
  expect(table, suffix).toBeDefined();
  return table!;
};
const STREAMED = ['users', 'subscriptions', 'assessments', 'plans', 'calendar-tasks', 'progress', 'user-limits'];

/** The stream-read statements name exactly the given tables' streams. */
function expectStreamsOnly(statements: CfnValue[], suffixes: string[]) {
  const reads = statements.filter((s) => actionsOf([s]).includes('dynamodb:GetRecords'));
  const arns = reads.flatMap((s) => [s.Resource].flat()).map((r: CfnValue) => r['Fn::GetAtt']);
  expect(arns.every((a: CfnValue) => Array.isArray(a) && a[1] === 'StreamArn')).toBe(true);
  expect(arns.map((a: string[]) => a[0]).sort()).toEqual(suffixes.map((x) => flowTable(x).logicalId).sort());
}

function expectResilient(mapping: Resource, startingPosition: string) {
  expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  expect(mapping.Properties.BisectBatchOnFunctionError).toBe(true);
  expect(mapping.Properties.MaximumRetryAttempts).toBe(5);
  expect(mapping.Properties.StartingPosition).toBe(startingPosition);
  expect(mapping.Properties.DestinationConfig.OnFailure.Destination).toBeDefined();
}

describe('Flow Logic stream consumers', () => {
  it('keeps the audit table encrypted, recoverable and expiring, and not itself streamed', () => {
    const audit = flowTable('audit');
    expect(audit.Properties.KeySchema).toEqual([
      { AttributeName: 'user_id', KeyType: 'HASH' },
      { AttributeName: 'change_key', KeyType: 'RANGE' },
    ]);
    expect(audit.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expires_at', Enabled: true });
    expect(audit.Properties.StreamSpecification).toBeUndefined();
    expect(audit.Properties.SSESpecification.SSEType).toBe('KMS');
    expect(JSON.stringify(audit.Properties.Replicas)).toContain('"PointInTimeRecoveryEnabled":true');
  });

  it('audits every streamed Flow Logic table from the oldest record, and may only put into the audit table', () => {
    const fn = fnStartingWith('Records every change of the streamed Flow Logic tables');
    const mappings = mappingsOf(fn);
    expect(mappings).toHaveLength(STREAMED.length);
    for (const suffix of STREAMED) {
      const table = flowTable(suffix);
      const mapping = mappings.find((m) => JSON.stringify(m.Properties.EventSourceArn).includes(table.logicalId));
      expect(mapping, suffix).toBeDefined();
      expectResilient(mapping!, 'TRIM_HORIZON');
    }
    const statements = statementsOf(fn);
    const writes = statements.filter((s) => actionsOf([s]).some((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)));
    expect(writes).toHaveLength(1);
    expect(actionsOf(writes)).toEqual(['dynamodb:PutItem']);
    expect(JSON.stringify(writes[0].Resource)).toContain(flowTable('audit').logicalId);
    expect(actionsOf(statements)).not.toContain('appsync:GraphQL');
    expectStreamsOnly(statements, STREAMED);
    const audited = JSON.parse(fn.Properties.Environment.Variables.AUDITED_TABLES);
    expect(Object.values(audited).sort()).toEqual(['flowAssessments', 'flowCalendarTasks', 'flowPlans', 'flowProgress', 'flowSubscriptions', 'flowUserLimits', 'flowUsers']);
  });

  it('publishes from the subscriptions and assessments streams, allowed its two publish mutations only', () => {
    const fn = fnStartingWith('Publishes Flow Logic changes made outside client mutations');
    const mappings = mappingsOf(fn);
    expect(mappings).toHaveLength(2);
    for (const suffix of ['subscriptions', 'assessments']) {
      const mapping = mappings.find((m) => JSON.stringify(m.Properties.EventSourceArn).includes(flowTable(suffix).logicalId));
      expect(mapping, suffix).toBeDefined();
      expectResilient(mapping!, 'LATEST');
    }
    const statements = statementsOf(fn);
    const graphql = statements.filter((s) => actionsOf([s]).includes('appsync:GraphQL'));
    expect(graphql).toHaveLength(1);
    const resources = JSON.stringify(graphql[0].Resource);
    expect(resources).toMatch(/types\/Mutation\/fields\/publishFlowSubscriptionChange/);
    expect(resources).toMatch(/types\/Mutation\/fields\/publishFlowAssessmentUpdate/);
    expect(resources.match(/fields\//g)).toHaveLength(2);
    expect(actionsOf(statements).filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite|GetItem|Query|Scan)/.test(a))).toEqual([]);
    expectStreamsOnly(statements, ['subscriptions', 'assessments']);
  });
});
