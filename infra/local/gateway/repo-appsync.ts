/**
 * This repo's API on the local runtime: schema/ and resolvers/, the data sources of infra/model for a stage, each
 * DynamoDB data source confined to the tables its deployed role may use (infra/build/table-grants.ts).
 * `npm start` and the tests' repo gateway both start it here.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildResolvers } from '../../build';
import { tableGrants } from '../../build/table-grants';
import { dataSources as modelDataSources } from '../../model';
import type { DynamoWire } from '../datasources/dynamodb';
import type { LambdaHandler } from '../datasources/lambda';
import { createLocalAppSync, type LocalAppSync, type LocalAppSyncOptions } from './local-appsync';
import { createModelDataSources } from './model-data-sources';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const REPO_SCHEMA = join(REPO_ROOT, 'schema');
export const REPO_RESOLVERS = join(REPO_ROOT, 'resolvers');

export interface RepoAppSyncOptions extends Omit<LocalAppSyncOptions, 'schemaPath' | 'resolversDir' | 'dataSources' | 'build'> {
  /** DynamoDB Local for the data sources (localDynamoWire). */
  wire: DynamoWire;
  stage: string;
  region: string;
  /** Lambda handlers by data source name (functions/ wires these). */
  lambdas: Record<string, LambdaHandler>;
}

export async function createRepoAppSync(options: RepoAppSyncOptions): Promise<LocalAppSync> {
  const { wire, stage, region, lambdas, ...rest } = options;
  const build = await buildResolvers({ schemaDir: REPO_SCHEMA, resolversDir: REPO_RESOLVERS, dataSourceNames: modelDataSources.map((d) => d.name) });
  const dataSources = createModelDataSources({ wire, stage, region, lambdas, grants: tableGrants(build) });
  return createLocalAppSync({ ...rest, schemaPath: REPO_SCHEMA, resolversDir: REPO_RESOLVERS, dataSources, build });
}
