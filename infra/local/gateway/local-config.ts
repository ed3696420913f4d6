/**
 * `.gateway/local.json`: what the running local gateway offers, for tools and tests (DESIGN.md, "Contracts").
 * Fields not started yet are absent; the GraphQL endpoint adds its own when it lands.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalConfig {
  dynamodbEndpoint: string;
  region: string;
  /** The stage whose table names the local gateway uses (`{stage}` in the model's name patterns). */
  stage: string;
  graphqlUrl?: string;
  realtimeUrl?: string;
  httpGraphqlUrl?: string;
  httpRealtimeUrl?: string;
  apiKey?: string;
  caCertPath?: string;
}

export function writeLocalConfig(path: string, config: LocalConfig): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
}

/** What `.gateway/local.json` says, or nothing when the file is absent (the local gateway never ran here). */
export function readLocalConfig(path: string): Partial<LocalConfig> {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Partial<LocalConfig>;
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); run \`npm start\` again to rewrite it`);
  }
}
