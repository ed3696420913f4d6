/**
 * A regional WAF web ACL in front of the API: a rate-based rule blocks one client IP that sends more than
 * `requestsPerFiveMinutes` requests in any 5-minute window, and AWS's known-bad-inputs rule group drops obviously
 * malicious payloads. Everything else is allowed: authorisation is the API's job.
 */
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface ApiFirewallProps {
  name: string;
  /** The AppSync API's ARN. */
  apiArn: string;
  requestsPerFiveMinutes?: number;
}

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

export class ApiFirewall extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: props.name,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(props.name),
      rules: [
        {
          name: 'rate-limit-per-ip',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: props.requestsPerFiveMinutes ?? 2000, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility(`${props.name}-rate-limit`),
        },
        {
          name: 'aws-known-bad-inputs',
          priority: 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
          visibilityConfig: visibility(`${props.name}-bad-inputs`),
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.apiArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
