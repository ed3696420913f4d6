/**
 * Enhanced subscription filters confining a subscriber to what they may see: customers their phone's records,
 * owners their tenant's, agents their own (`agentField` names the agent attribute of the payload), super admins
 * everything. Anyone else cannot subscribe. The filter is ANDed with the subscription's own arguments.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */
import { extensions, util } from '@aws-appsync/utils';
import { callerOf } from './scope';

export function confineSubscriber(identity: unknown, agentField: string): void {
  const caller = callerOf(identity);
  if (caller.role === 'SUPER_ADMIN') return;
  let filter: Record<string, { eq: string }> | null = null;
  if (caller.role === 'BUSINESS_OWNER' && caller.tenantId !== '') filter = { tenant_id: { eq: caller.tenantId } };
  if (caller.role === 'DELIVERY_AGENT') filter = { [agentField]: { eq: caller.sub } };
  if (caller.role === 'CUSTOMER' && caller.phone !== '') filter = { customer_phone: { eq: caller.phone } };
  if (!filter) util.unauthorized();
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(filter));
}
