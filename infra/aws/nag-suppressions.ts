/**
 * cdk-nag AwsSolutions findings acknowledged on purpose, each with its reason. Anything not listed here is reported
 * by the tests (test/infra/aws/nag.test.ts). Managed policies and wildcards are acknowledged only for the exact
 * policy or resource string the finding names (`appliesTo`), so a new one is still reported.
 */
import type { Stack } from 'aws-cdk-lib';
import { NagSuppressions, type NagPackSuppression } from 'cdk-nag';

const managedPolicy = (name: string): string => `Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/${name}`;

export const ACKNOWLEDGED: NagPackSuppression[] = [
  {
    id: 'AwsSolutions-IAM5',
    reason:
      'Data-source roles name their own table and `table/<name>/index/*`: a query may use any index of that table, ' +
      'and index ARNs are only addressable by wildcard below the table.',
    appliesTo: [{ regex: '/^Resource::.*\\/index\\/\\*$/g' }],
  },
  {
    id: 'AwsSolutions-IAM5',
    reason:
      'X-Ray PutTraceSegments/PutTelemetryRecords and Cognito SMS (sns:Publish to phone numbers) support no ' +
      'resource-level permissions; CDK\'s LogRetention function must reach log groups created by AppSync at runtime.',
    appliesTo: ['Resource::*'],
  },
  {
    id: 'AwsSolutions-IAM5',
    reason:
      'The AppSync Lambda data-source role, and the custom-resource Provider framework, may invoke their own function ' +
      'and that function\'s versions and aliases (`<function arn>:*`), as CDK grants it; no other function.',
    appliesTo: [{ regex: '/^Resource::<(DataSources\\w+HandlerFunction|BillingMigrationsFunction)\\w*\\.Arn>:\\*$/g' }],
  },
  {
    id: 'AwsSolutions-IAM5',
    reason: 'The billing handler writes rendered invoices under the `invoices/` prefix of its documents bucket only.',
    appliesTo: [{ regex: '/^Resource::<BillingDocuments\\w+\\.Arn>\\/invoices\\/\\*$/g' }],
  },
  {
    id: 'AwsSolutions-IAM4',
    reason:
      'AWS-maintained service-role policies, each the narrowest AWS offers for its service: Lambda basic/VPC ' +
      'execution (logs, ENIs), RDS enhanced monitoring, AppSync pushing its own logs.',
    appliesTo: [
      managedPolicy('AWSLambdaBasicExecutionRole'),
      managedPolicy('AWSLambdaVPCAccessExecutionRole'),
      managedPolicy('AmazonRDSEnhancedMonitoringRole'),
      managedPolicy('AWSAppSyncPushToCloudWatchLogs'),
    ],
  },
  {
    id: 'AwsSolutions-ASC3',
    reason:
      'Request-level logging is on (field logs at ERROR with a role); verbose content is excluded on purpose: ' +
      'request and response bodies carry personal data (phones, emails, addresses) that must not reach the logs.',
  },
  {
    id: 'AwsSolutions-COG2',
    reason:
      'MFA is optional (SMS or TOTP): shoppers and delivery agents sign in on phones by SMS code; requiring a second ' +
      'factor for every customer is a product decision, enforced per group in the app for admin roles.',
  },
  {
    id: 'AwsSolutions-COG8',
    reason:
      'Essentials tier: the Plus tier (threat protection) costs about USD 0.02 per monthly active user on top; ' +
      'the WAF rate limit and Cognito\'s built-in throttling cover sign-in abuse for now.',
  },
];

export function acknowledgeFindings(stack: Stack): void {
  NagSuppressions.addStackSuppressions(stack, ACKNOWLEDGED, true);
}
