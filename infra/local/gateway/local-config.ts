/**
 * `.gateway/local.json`: what the running local gateway offers, for tools and tests (DESIGN.md, "Contracts").
 * Fields not started yet are absent; the GraphQL endpoint adds its own when it lands.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
