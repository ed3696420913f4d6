/**
 * The AppSync Lambda authorizer (DESIGN.md: metered clients of the billing platform send a project API key, checked
 * against `api_keys.key_hash`).
 *
 * Until the handler exists at AUTHORIZER_ENTRY, the function is a deny-all placeholder, so the auth mode is wired
 * but lets nobody in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundledHandler, HANDLER_RUNTIME } from '../lambda-code';

export const AUTHORIZER_ENTRY = 'functions/auth/api-key-authorizer.ts';

// https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
const DENY_ALL = 'exports.handler = async () => ({ isAuthorized: false, ttlOverride: 0 });\n';

export interface AuthorizerProps {
  /** Repository root; the handler is looked up below it. */
  rootDir: string;
}

export class Authorizer extends Construct {
  readonly fn: lambda.Function;
  readonly placeholder: boolean;

  constructor(scope: Construct, id: string, props: AuthorizerProps) {
    super(scope, id);
    const entry = path.join(props.rootDir, AUTHORIZER_ENTRY);
    this.placeholder = !existsSync(entry);
    this.fn = new lambda.Function(this, 'Function', {
      description: 'AppSync Lambda authorizer: project API keys of metered billing clients',
      runtime: HANDLER_RUNTIME,
      handler: 'index.handler',
      code: this.placeholder ? lambda.Code.fromInline(DENY_ALL) : bundledHandler(entry),
      timeout: Duration.seconds(5),
      memorySize: 256,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_MONTH }),
    });
  }
}
