/**
 * The flush of the billing hot store (functions/billing/flush-lambda.ts), woken by the table's stream. Reserved
 * concurrency 1: flushes never race each other for the same events (they would still count each once, but only
 * one would do useful work). Failed batches are retried, then their stream records go to a dead-letter queue; the
 * events themselves stay pending in the table, so the next flush still counts them.
 */
import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letters';
import { BillingHandler } from './billing-handler';
import type { BillingDatabase } from './billing-database';
import type { Network } from './network';
import type { DeployedTable } from './tables';

export interface UsageFlushProps {
  rootDir: string;
  network: Network;
  database: BillingDatabase;
  hotEvents: DeployedTable;
  webhookSecret: secretsmanager.ISecret;
}

export class UsageFlush extends Construct {
  readonly fn: lambda.Function;
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: UsageFlushProps) {
    super(scope, id);
    const handler = new BillingHandler(this, 'Handler', {
      ...props,
      tables: { HOT_EVENTS_TABLE: props.hotEvents },
      handler: 'billing/flush-lambda',
      description: 'Counts pending usage events of the hot store into PostgreSQL exactly once, then evaluates alerts',
      timeout: Duration.seconds(60),
    });
    this.fn = handler.fn;
    (this.fn.node.defaultChild as lambda.CfnFunction).reservedConcurrentExecutions = 1;
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'the stream event source');
    this.fn.addEventSource(
      new DynamoEventSource(props.hotEvents.table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 1000,
        maxBatchingWindow: Duration.seconds(5),
        retryAttempts: 3,
        bisectBatchOnError: false,
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
  }
}
