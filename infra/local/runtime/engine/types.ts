import type { AppSyncErrorInfo, AuthTypeName } from '../invocation';
import type { ExtensionCall } from '../extensions';
import type { RequestContextInput } from '../context';
import type { DataSource } from '../../datasources/types';

/** One AppSync function of a pipeline: its code and the data source it calls. */
export interface FunctionDefinition {
  name: string;
  code: string;
  dataSource: DataSource;
}

/**
 * A resolver as the engine runs it. UNIT (APPSYNC_JS) and VTL: request -> data source -> response.
 * PIPELINE: `code` holds the resolver's own request ("before") and response ("after") handlers.
 */
export type ResolverDefinition =
  | { kind: 'UNIT'; code: string; dataSource: DataSource }
  | { kind: 'VTL'; requestTemplate: string; responseTemplate: string; dataSource: DataSource }
  /** No code: the whole context goes to the Lambda; `batch` when the resolver has a maxBatchSize. */
  | { kind: 'DIRECT_LAMBDA'; dataSource: DataSource; batch: boolean }
  | { kind: 'PIPELINE'; code: string; functions: FunctionDefinition[] };

export interface ExecutionInput extends RequestContextInput {
  /** What util.authType() answers; inferred from `identity` when absent. */
  authType?: AuthTypeName;
  /** Clock for util time functions. */
  now?: () => number;
  /** The resolver's time limit; AppSync's is 30 s. */
  timeoutMs?: number;
}

/** The field value and everything the execution produced for the rest of the request. */
export interface EngineResult {
  data: unknown;
  /** util.appendError errors, then the error that stopped execution, if any. */
  errors: AppSyncErrorInfo[];
  /** The error that stopped execution (util.error, an exception, refused code); also last in `errors`. */
  stopError?: AppSyncErrorInfo;
  logs: string[];
  extensionsCalls: ExtensionCall[];
  stash: Record<string, unknown>;
  responseHeaders?: Record<string, unknown>;
}
