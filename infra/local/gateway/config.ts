/**
 * The `local:serve` configuration (DESIGN.md):
 * `{"dataSources": {"todos": {"type": "AMAZON_DYNAMODB", "table": {"name": "todos", "partitionKey": "id"}}, "NONE": {"type": "NONE"}},
 *   "auth": {"default": "API_KEY", "additional": ["AMAZON_COGNITO_USER_POOLS"]}}`
 * A DynamoDB data source may also give `sortKey` and `globalIndexes` for the table that is created when missing.
 * An AWS_LAMBDA data source names a module (`handler`, relative to the config file) exporting `handler`.
 */
import type { AuthMode } from '../server/types';

export interface TableConfig {
  name: string;
  partitionKey: string;
  sortKey?: string;
  /** Attribute types for keys; S when not given. */
  keyTypes?: Record<string, 'S' | 'N' | 'B'>;
  globalIndexes?: { name: string; partitionKey: string; sortKey?: string }[];
}

export type DataSourceConfig =
  | { type: 'AMAZON_DYNAMODB'; table: TableConfig }
  | { type: 'AWS_LAMBDA'; handler: string; maxBatchSize?: number }
  | { type: 'NONE' };

export interface ServeConfig {
  dataSources: Record<string, DataSourceConfig>;
  auth: { default: AuthMode; additional: AuthMode[] };
}

const MODES: AuthMode[] = ['API_KEY', 'AMAZON_COGNITO_USER_POOLS', 'AWS_IAM', 'OPENID_CONNECT', 'AWS_LAMBDA'];

/** Checks a parsed config, naming the first thing that is wrong. */
export function parseServeConfig(value: unknown, file = 'config'): ServeConfig {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  const config = value as Partial<ServeConfig> | null;
  if (!config || typeof config !== 'object') fail('must be a JSON object');
  const dataSources = config?.dataSources;
  if (!dataSources || typeof dataSources !== 'object') fail('"dataSources" must be an object of data sources by name');
  for (const [name, ds] of Object.entries(dataSources ?? {})) {
    if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) fail(`data source name "${name}" is not a valid AppSync name`);
    if (ds?.type === 'AMAZON_DYNAMODB') {
      if (typeof ds.table?.name !== 'string' || typeof ds.table?.partitionKey !== 'string') {
        fail(`data source "${name}" needs table.name and table.partitionKey`);
      }
    } else if (ds?.type === 'AWS_LAMBDA') {
      if (typeof ds.handler !== 'string') fail(`data source "${name}" needs a "handler" module path`);
    } else if (ds?.type !== 'NONE') {
      fail(`data source "${name}" has unsupported type ${JSON.stringify((ds as { type?: unknown })?.type)}`);
    }
  }
  const auth = config?.auth ?? { default: 'API_KEY', additional: [] };
  if (!MODES.includes(auth.default)) fail(`auth.default must be one of ${MODES.join(', ')}`);
  for (const mode of auth.additional ?? []) if (!MODES.includes(mode)) fail(`auth.additional has unknown mode ${mode}`);
  return {
    dataSources: dataSources as Record<string, DataSourceConfig>,
    auth: { default: auth.default, additional: auth.additional ?? [] },
  };
}
