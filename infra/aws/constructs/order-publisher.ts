/**
 * The orders table's stream publisher (functions/storefront/order-publisher.ts): order status changes made by the
 * delivery mutations reach onOrderUpdated through the IAM-only publishOrderUpdate. Its role may call that one
 * mutation; records it cannot publish are retried from the failed one (batch item failures), then go to a
 * dead-letter queue.
 */
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letters';
import { bundledHandler, HANDLER_RUNTIME } from '../lambda-code';
import type { DeployedTable } from './tables';

export interface OrderPublisherProps {
  rootDir: string;
  api: appsync.GraphqlApi;
  orders: DeployedTable;
}

export class OrderPublisher extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: OrderPublisherProps) {
    super(scope, id);
    this.fn = new lambda.Function(this, 'Function', {
      description: 'Publishes order changes made by delivery mutations to onOrderUpdated',
      runtime: HANDLER_RUNTIME,
      handler: 'index.handler',
      code: bundledHandler(path.join(props.rootDir, 'functions/storefront/order-publisher.ts')),
      timeout: Duration.seconds(30),
      memorySize: 256,
      tracing: lambda.Tracing.ACTIVE,
      environment: { APPSYNC_URL: props.api.graphqlUrl },
      logGroup: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH }),
    });
    props.api.grantMutation(this.fn, 'publishOrderUpdate');
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'the stream event source');
    this.fn.addEventSource(
      new DynamoEventSource(props.orders.table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 100,
        retryAttempts: 5,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(deadLetters),
      }),
    );
  }
}
