/**
 * The Flow Logic tables' streams, consumed as the local gateway consumes them (infra/local/gateway/stream-consumers.ts):
 * - the audit trail (functions/flowlogic/audit-trail.ts) reads every streamed Flow Logic table from TRIM_HORIZON and
 *   may only put items into the audit table;
 * - the publisher (functions/flowlogic/flow-publisher.ts) reads the subscriptions and assessments streams and may
 *   only call its two IAM publish mutations.
 * Both report batch item failures, bisect a failing batch, retry a bounded number of times and then send the
 * failed records' positions to a dead-letter queue. Two readers on a stream is the most DynamoDB recommends per
 * shard: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html#Streams.Processing
 */
import path from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PUBLISHED_TABLES } from '../../../functions/flowlogic/publisher-changes';
import { bundledHandler, HANDLER_RUNTIME } from '../lambda-code';
import { deadLetterQueue } from './dead-letters';
import { KEY_ACTIONS } from './table-data-source';
import type { DeployedTable } from './tables';

/** The publish mutations the publisher may call, and nothing else. */
export const FLOW_PUBLISH_MUTATIONS = ['publishFlowSubscriptionChange', 'publishFlowAssessmentUpdate'] as const;

export interface FlowLogicStreamsProps {
  rootDir: string;
  api: appsync.GraphqlApi;
  /** Every Flow Logic table of this stack, the audit table among them. */
  tables: readonly DeployedTable[];
}

const tableIds = (tables: readonly DeployedTable[]) => JSON.stringify(Object.fromEntries(tables.map((t) => [t.tableName, t.model.id])));

export class FlowLogicStreams extends Construct {
  readonly audit: lambda.Function;
  readonly publisher: lambda.Function;

  constructor(scope: Construct, id: string, props: FlowLogicStreamsProps) {
    super(scope, id);
    const auditTable = props.tables.find((t) => t.model.id === 'flowAudit');
    if (!auditTable) throw new Error('FlowLogicStreams needs the flowAudit table');
    const streamed = props.tables.filter((t) => t.model.stream && t.owned);
    const published = streamed.filter((t) => PUBLISHED_TABLES.includes(t.model.id));

    this.audit = this.consumer('Audit', {
      description: 'Records every change of the streamed Flow Logic tables in the audit table, once',
      entry: 'functions/flowlogic/audit-trail.ts',
      environment: { AUDIT_TABLE: auditTable.tableName, AUDITED_TABLES: tableIds(streamed) },
      tables: streamed,
      // The trail should be complete: a new mapping starts from the oldest record still in the stream (24 hours).
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      rootDir: props.rootDir,
    });
    this.audit.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [auditTable.tableArn] }));
    this.audit.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...KEY_ACTIONS],
        resources: [auditTable.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );

    this.publisher = this.consumer('Publisher', {
      description: 'Publishes Flow Logic changes made outside client mutations to the users subscriptions',
      entry: 'functions/flowlogic/flow-publisher.ts',
      environment: { APPSYNC_URL: props.api.graphqlUrl, FLOW_TABLES: tableIds(published) },
      tables: published,
      // Live updates of changes older than the mapping are of no use to anyone.
      startingPosition: lambda.StartingPosition.LATEST,
      rootDir: props.rootDir,
    });
    props.api.grantMutation(this.publisher, ...FLOW_PUBLISH_MUTATIONS);
  }

  private consumer(
    id: string,
    options: {
      description: string;
      entry: string;
      environment: Record<string, string>;
      tables: readonly DeployedTable[];
      startingPosition: lambda.StartingPosition;
      rootDir: string;
    },
  ): lambda.Function {
    const fn = new lambda.Function(this, id, {
      description: options.description,
      runtime: HANDLER_RUNTIME,
      handler: 'index.handler',
      code: bundledHandler(path.join(options.rootDir, options.entry)),
      timeout: Duration.seconds(30),
      memorySize: 256,
      tracing: lambda.Tracing.ACTIVE,
      environment: options.environment,
      logGroup: new logs.LogGroup(this, `${id}Logs`, { retention: logs.RetentionDays.ONE_MONTH }),
    });
    const deadLetters = deadLetterQueue(this, `${id}DeadLetters`, `the ${id.toLowerCase()} stream event sources`);
    for (const table of options.tables) {
      fn.addEventSource(
        new DynamoEventSource(table.table, {
          startingPosition: options.startingPosition,
          batchSize: 100,
          bisectBatchOnError: true,
          retryAttempts: 5,
          maxRecordAge: Duration.hours(24),
          reportBatchItemFailures: true,
          onFailure: new SqsDlq(deadLetters),
        }),
      );
    }
    return fn;
  }
}
