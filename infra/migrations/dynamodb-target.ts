/**
 * Which DynamoDB a migration command talks to, shared by `npm run migrate` and `npm run migrate:f1`.
 *
 * - Local (the default): the endpoint is env DYNAMODB_ENDPOINT, else `dynamodbEndpoint` of `.gateway/local.json`
 *   (written by `npm start`); the stage is the flag, else the one in `.gateway/local.json`, else `local`. DynamoDB
 *   Local accepts any credentials, so fixed local ones are used.
 * - AWS (`aws: true`): the SDK's default credential chain (env, profile, SSO, instance role) and the region of the
 *   flag, AWS_REGION or AWS_DEFAULT_REGION; DYNAMODB_ENDPOINT, when set, overrides the regional endpoint (a VPC
 *   endpoint, say). `.gateway/local.json` is not read, and the stage must be given: a migration never guesses which
 *   deployment's tables it writes.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { localDynamoClient } from '../local/dynamodb/dynamodb-local';
import { readLocalConfig } from '../local/gateway/local-config';

/** The region DynamoDB Local is addressed with when nothing says otherwise (it ignores it: `-sharedDb`). */
const DEFAULT_LOCAL_REGION = 'eu-west-2';

export interface DynamoTarget {
  /** True for DynamoDB Local (fixed credentials), false for AWS (the default credential chain). */
  local: boolean;
  /** Absent for AWS's regional endpoint. */
  endpoint?: string;
  region: string;
  stage: string;
}

export interface TargetFlags {
  aws?: boolean;
  stage?: string;
  region?: string;
}

/** Resolves the target; throws an Error (with `usage` appended) when there is none to talk to. */
export function resolveDynamoTarget(flags: TargetFlags, env: NodeJS.ProcessEnv, localJsonPath: string, usage = ''): DynamoTarget {
  const fail = (message: string): never => {
    throw new Error(usage ? `${message}\n${usage}` : message);
  };
  if (flags.stage !== undefined && !/^[A-Za-z0-9-]+$/.test(flags.stage)) fail(`--stage must be letters, digits and dashes, got "${flags.stage}"`);
  if (flags.aws) {
    const region = flags.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (!region) fail('--aws needs a region: --region R, AWS_REGION or AWS_DEFAULT_REGION');
    if (!flags.stage) fail('--aws needs --stage (the deployment whose tables to migrate)');
    return { local: false, region: region as string, stage: flags.stage as string, ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}) };
  }
  const local = readLocalConfig(localJsonPath);
  const endpoint = env.DYNAMODB_ENDPOINT ?? local.dynamodbEndpoint;
  if (!endpoint) fail(`no DynamoDB endpoint: set DYNAMODB_ENDPOINT or run \`npm start\` (writes ${localJsonPath})`);
  return { local: true, endpoint, region: flags.region ?? local.region ?? DEFAULT_LOCAL_REGION, stage: flags.stage ?? local.stage ?? 'local' };
}

export function dynamoClientFor(target: DynamoTarget): DynamoDBClient {
  if (target.local) return localDynamoClient(target.endpoint as string, target.region);
  return new DynamoDBClient({ region: target.region, ...(target.endpoint ? { endpoint: target.endpoint } : {}), maxAttempts: 5 });
}

/** One line naming the target, for the start of a command's output. */
export function describeTarget(target: DynamoTarget): string {
  return target.local
    ? `DynamoDB Local at ${target.endpoint}, stage ${target.stage}`
    : `AWS DynamoDB in ${target.region}${target.endpoint ? ` via ${target.endpoint}` : ''}, stage ${target.stage}`;
}
