/**
 * The AppSync Lambda authorizer (DESIGN.md: metered clients of the billing platform send a project API key, checked
 * against `api_keys.key_hash`): functions/auth/api-key-authorizer.ts, a billing handler (VPC, RDS Proxy, IAM auth)
 * with a short timeout, since every ingestion call waits for it on a cache miss.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { BillingHandler } from './billing-handler';
import type { BillingDatabase } from './billing-database';
import type { Network } from './network';

export const AUTHORIZER_HANDLER = 'auth/api-key-authorizer';

export interface AuthorizerProps {
  rootDir: string;
  network: Network;
  database: BillingDatabase;
}

export class Authorizer extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: AuthorizerProps) {
    super(scope, id);
    this.fn = new BillingHandler(this, 'Handler', {
      ...props,
      handler: AUTHORIZER_HANDLER,
      description: 'AppSync Lambda authorizer: project API keys of metered billing clients',
      timeout: Duration.seconds(5),
    }).fn;
  }
}
