/**
 * The stream consumers of the local gateway, described once: each names the model tables whose streams it reads and
 * builds its handler (the same code a deployed Lambda runs on those streams: infra/aws/constructs/order-publisher.ts,
 * infra/aws/constructs/flowlogic-streams.ts). `startStreamConsumers` runs one poller per consumer and table
 * (infra/local/streams/stream-poller.ts), as each deployed event source mapping reads its stream on its own.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { auditTrail } from '../../../functions/flowlogic/audit-trail';
import { flowPublisher } from '../../../functions/flowlogic/flow-publisher';
import { PUBLISHED_TABLES } from '../../../functions/flowlogic/publisher-changes';
import type { IamCredentials } from '../../../functions/shared/iam-graphql';
import { tables } from '../../model';
import type { LocalAuth } from '../auth';
import { startStreamPoller, type StreamHandler, type StreamPoller } from '../streams/stream-poller';
import { orderStreamConsumer } from './order-stream';

/** What a consumer's handler may use: the API it publishes to, as our backend, and the tables. */
export interface ConsumerContext {
  client: DynamoDBClient;
  /** ctx.env of the API: `TABLE_<id>` -> physical name. */
  env: Readonly<Record<string, string>>;
  /** Physical table name -> model table id. */
  tableIds: Readonly<Record<string, string>>;
  graphqlUrl: string;
  region: string;
  credentials: () => IamCredentials;
  log: (line: string) => void;
}

export interface StreamConsumer {
  name: string;
  /** Model table ids whose streams the consumer reads. */
  tables: readonly string[];
  /** Poll interval of each of its streams (default: the poller's). Ten streams polled locally add up. */
  intervalMs?: number;
  handler(context: ConsumerContext): StreamHandler;
}

/** Every streamed Flow Logic table (the seed: all but migrations). */
export const FLOW_STREAMED_TABLES = tables.filter((t) => t.app === 'flowlogic' && t.stream).map((t) => t.id);

export const flowAuditConsumer: StreamConsumer = {
  name: 'flowlogic-audit',
  tables: FLOW_STREAMED_TABLES,
  intervalMs: 1000,
  handler: (c) => auditTrail({ client: c.client, auditTable: c.env.TABLE_flowAudit, tableIds: c.tableIds, log: c.log }),
};

export const flowPublisherConsumer: StreamConsumer = {
  name: 'flowlogic-publisher',
  tables: PUBLISHED_TABLES,
  intervalMs: 500,
  handler: (c) => flowPublisher({ url: c.graphqlUrl, region: c.region, credentials: c.credentials, tableIds: c.tableIds, log: c.log }),
};

export const STREAM_CONSUMERS: readonly StreamConsumer[] = [orderStreamConsumer, flowAuditConsumer, flowPublisherConsumer];

export interface StreamConsumersOptions {
  client: DynamoDBClient;
  env: Readonly<Record<string, string>>;
  /** The gateway's plain-HTTP GraphQL URL. */
  graphqlUrl: string;
  auth: LocalAuth;
  /** Names of the consumers to run (default: all). */
  only?: readonly string[];
  /** Overrides every consumer's poll interval. */
  intervalMs?: number;
  log?: (line: string) => void;
}

export interface StreamConsumers {
  /** Resolves once every record written before the call has been handled by every consumer. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStreamConsumers(options: StreamConsumersOptions): Promise<StreamConsumers> {
  const log = options.log ?? (() => undefined);
  const unknown = (options.only ?? []).filter((name) => !STREAM_CONSUMERS.some((c) => c.name === name));
  if (unknown.length > 0) throw new Error(`unknown stream consumers: ${unknown.join(', ')} (known: ${STREAM_CONSUMERS.map((c) => c.name).join(', ')})`);
  const chosen = STREAM_CONSUMERS.filter((c) => !options.only || options.only.includes(c.name));
  const context: ConsumerContext = {
    client: options.client,
    env: options.env,
    tableIds: Object.fromEntries(tables.map((t) => [options.env[`TABLE_${t.id}`], t.id])),
    graphqlUrl: options.graphqlUrl,
    region: options.auth.settings.region ?? options.auth.settings.cognito.region,
    credentials: () => options.auth.iam,
    log,
  };
  const pollers: StreamPoller[] = [];
  const stop = async () => {
    for (const poller of pollers.splice(0)) await poller.stop();
  };
  try {
    for (const consumer of chosen) {
      const handler = consumer.handler(context);
      for (const id of consumer.tables) {
        const tableName = options.env[`TABLE_${id}`];
        if (!tableName) throw new Error(`stream consumer ${consumer.name}: no table ${id} in the API environment`);
        pollers.push(await startStreamPoller({ client: options.client, tableName, handler, intervalMs: options.intervalMs ?? consumer.intervalMs, log }));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    drain: async () => {
      for (const poller of pollers) await poller.drain();
    },
    stop,
  };
}
