/**
 * The AppSync GraphQL API: the deployed SDL (domain files only, from infra/build), the auth modes of DESIGN.md,
 * logging at ERROR without verbose content (no request/response bodies, so no PII), X-Ray, and query depth and
 * resolver count limits.
 */
import { Duration, Expiration } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface ApiLimits {
  /** Deepest selection set accepted (AppSync allows 1-75). */
  queryDepth: number;
  /** Most resolver invocations in one request (AppSync allows 1-10000). */
  resolverCount: number;
}

/** The auth modes below, as aws-amplify names them (stack outputs, amplify_outputs.json). */
export const AUTH_MODES = {
  default: 'AMAZON_COGNITO_USER_POOLS',
  additional: ['API_KEY', 'AWS_IAM', 'AWS_LAMBDA'],
} as const;

export const DEFAULT_API_LIMITS: ApiLimits = { queryDepth: 10, resolverCount: 500 };

export interface ApiProps {
  stage: string;
  /** The SDL as deployed: BuildResult.deployedSchema. */
  deployedSchema: string;
  userPool: cognito.IUserPool;
  authorizer: lambda.IFunction;
  limits?: ApiLimits;
  /** API keys expire after at most 365 days (default 364, clear of the bound); a deploy renews the expiry. */
  apiKeyValidity?: Duration;
}

/** An SDL held in memory (CDK's SchemaFile reads a file; the build already has the merged text). */
function schemaFromString(definition: string): appsync.ISchema {
  return {
    bind: (api) => {
      if (!(api instanceof appsync.GraphqlApi)) throw new Error('the schema binds to the GraphqlApi it was made for');
      return { apiId: api.apiId, definition };
    },
  };
}

export class Api extends Construct {
  readonly api: appsync.GraphqlApi;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const limits = props.limits ?? DEFAULT_API_LIMITS;
    this.api = new appsync.GraphqlApi(this, 'Api', {
      name: `gateway-${props.stage}`,
      definition: appsync.Definition.fromSchema(schemaFromString(props.deployedSchema)),
      authorizationConfig: {
        defaultAuthorization: {
          authorizationType: appsync.AuthorizationType.USER_POOL,
          userPoolConfig: { userPool: props.userPool },
        },
        additionalAuthorizationModes: [
          {
            authorizationType: appsync.AuthorizationType.API_KEY,
            apiKeyConfig: {
              name: `gateway-${props.stage}-public-reads`,
              description: 'Public reads only: published stores and their active products',
              expires: Expiration.after(props.apiKeyValidity ?? Duration.days(365)),
            },
          },
          { authorizationType: appsync.AuthorizationType.IAM },
          {
            authorizationType: appsync.AuthorizationType.LAMBDA,
            lambdaAuthorizerConfig: { handler: props.authorizer, resultsCacheTtl: Duration.minutes(5) },
          },
        ],
      },
      logConfig: {
        fieldLogLevel: appsync.FieldLogLevel.ERROR,
        excludeVerboseContent: true,
        retention: logs.RetentionDays.ONE_MONTH,
      },
      xrayEnabled: true,
      queryDepthLimit: limits.queryDepth,
      resolverCountLimit: limits.resolverCount,
    });
  }
}
