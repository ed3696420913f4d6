/**
 * A local AppSync API: schema + resolvers folder + data sources + auth, served on Node HTTP(S) servers.
 * The same build as the AWS target (infra/build) produces the bundles; the APPSYNC_JS engine runs them.
 *
 * Terms:
 * - api: the validated schema (AppSync scalars installed), the resolver runner and the subscription hub.
 * - attach: serving the api on a listener (the HTTPS one and the plain one share one hub, so a mutation over HTTP
 *   reaches subscribers connected over WSS).
 */
import type { Server } from 'node:http';
import { buildResolvers, loadSchema } from '../../build';
import type { BuildResult } from '../../build/types';
import { authenticate, isFieldAllowed, type LocalAuth } from '../auth';
import type { DataSource } from '../datasources/types';
import type { ExecutionDeps } from '../server/executor';
import { attachEndpoint, type EndpointOptions } from '../server/http-server';
import { DEFAULT_LIMITS, type OperationLimits } from '../server/limits';
import { installAppSyncScalars } from '../server/scalars';
import { SubscriptionHub } from '../server/subscriptions/hub';
import type { Authenticate } from '../server/types';
import { createResolverRunner } from './runner';

export interface LocalAppSyncOptions {
  /** A schema directory (domain files) or a single SDL file. */
  schemaPath: string;
  resolversDir: string;
  dataSources: Record<string, DataSource>;
  auth: LocalAuth;
  limits?: Partial<OperationLimits>;
  /** Introspection queries allowed (AppSync's introspectionConfig ENABLED). Default true. */
  introspection?: boolean;
  maxBodyBytes?: number;
  realtime?: Partial<EndpointOptions['realtime']>;
  env?: Record<string, string>;
  now?: () => number;
  log?: (message: string) => void;
  extraRoutes?: EndpointOptions['extraRoutes'];
  /** The resolver build of `schemaPath` and `resolversDir`, when the caller already made it. */
  build?: BuildResult;
}

export interface LocalAppSync {
  build: BuildResult;
  execution: ExecutionDeps;
  hub: SubscriptionHub;
  authenticate: Authenticate;
  /** Serves the API on a listener; returns a function that closes its real-time connections. */
  attach(server: Server): () => void;
}

/** AppSync's request size limit (a GraphQL request body may be at most 5 MB here as well). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function createLocalAppSync(options: LocalAppSyncOptions): Promise<LocalAppSync> {
  const log = options.log ?? ((message: string) => console.error(message));
  const { schema } = loadSchema(options.schemaPath);
  installAppSyncScalars(schema);
  const build =
    options.build ??
    (await buildResolvers({
      schemaDir: options.schemaPath,
      resolversDir: options.resolversDir,
      dataSourceNames: Object.keys(options.dataSources),
    }));
  const runner = createResolverRunner({
    resolvers: build.resolvers,
    dataSources: options.dataSources,
    env: options.env,
    now: options.now,
    log,
  });
  const settings = options.auth.settings;
  const authorizeField: ExecutionDeps['authorizeField'] = (typeName, fieldName, caller) =>
    isFieldAllowed(schema, typeName, fieldName, caller, settings.default);
  const execution: ExecutionDeps = {
    schema,
    runner,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    authorizeField,
    introspection: options.introspection ?? true,
    log,
  };
  const hub = new SubscriptionHub({ schema, runner, authorizeField, log });
  const authenticateRequest: Authenticate = (headers, request) =>
    authenticate(headers, settings, { ...request, ...(options.now ? { now: options.now } : {}) });

  return {
    build,
    execution,
    hub,
    authenticate: authenticateRequest,
    attach(server) {
      const endpoint = attachEndpoint(server, {
        execution,
        hub,
        authenticate: authenticateRequest,
        maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        realtime: {
          connectionTimeoutMs: options.realtime?.connectionTimeoutMs ?? 300_000,
          keepAliveMs: options.realtime?.keepAliveMs ?? 60_000,
          maxSubscriptionsPerConnection: options.realtime?.maxSubscriptionsPerConnection ?? 100,
        },
        extraRoutes: options.extraRoutes,
        log,
      });
      return endpoint.close;
    },
  };
}
