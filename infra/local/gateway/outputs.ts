/**
 * What `npm start` writes for clients and tools:
 * - `amplify_outputs.json` (aws-amplify Gen 2 format) at the repo root: `Amplify.configure(outputs)` points an app here;
 * - `.gateway/local.json`: the endpoints and secrets other tools read (DESIGN.md contract).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuthMode } from '../server/types';
import { writeLocalConfig } from './local-config';

export interface LocalEndpoints {
  graphqlUrl: string;
  realtimeUrl: string;
  httpGraphqlUrl: string;
  httpRealtimeUrl: string;
  apiKey: string;
  region: string;
  caCertPath: string;
  dynamodbEndpoint: string;
  userPoolId: string;
  userPoolClientId: string;
  auth: { default: AuthMode; additional: AuthMode[] };
}

/** What `amplify_outputs.json` is made of (the local pages serve it with the URL of the origin they came from). */
export type OutputsEndpoints = Pick<LocalEndpoints, 'graphqlUrl' | 'apiKey' | 'region' | 'userPoolId' | 'userPoolClientId' | 'auth'>;

/** The Gen 2 `amplify_outputs.json` document (only what the data and auth categories read). */
export function amplifyOutputs(endpoints: OutputsEndpoints) {
  return {
    version: '1.4',
    auth: {
      aws_region: endpoints.region,
      user_pool_id: endpoints.userPoolId,
      user_pool_client_id: endpoints.userPoolClientId,
      username_attributes: ['phone_number'],
      groups: [],
    },
    data: {
      url: endpoints.graphqlUrl,
      aws_region: endpoints.region,
      api_key: endpoints.apiKey,
      default_authorization_type: endpoints.auth.default,
      authorization_types: endpoints.auth.additional,
    },
  };
}

/** Writes `amplify_outputs.json` for apps and `.gateway/local.json` for tools. */
export function writeOutputs(paths: { amplifyOutputs: string; localJson: string }, endpoints: LocalEndpoints, stage: string): void {
  mkdirSync(dirname(paths.amplifyOutputs), { recursive: true });
  writeFileSync(paths.amplifyOutputs, `${JSON.stringify(amplifyOutputs(endpoints), null, 2)}\n`);
  const { graphqlUrl, realtimeUrl, httpGraphqlUrl, httpRealtimeUrl, apiKey, region, caCertPath, dynamodbEndpoint } = endpoints;
  writeLocalConfig(paths.localJson, { graphqlUrl, realtimeUrl, httpGraphqlUrl, httpRealtimeUrl, apiKey, region, caCertPath, dynamodbEndpoint, stage });
}
