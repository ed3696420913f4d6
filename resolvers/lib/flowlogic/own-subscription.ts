/**
 * Confines a Flow Logic subscriber to their own records: an enhanced filter `user_id = <caller's sub>`, ANDed with
 * the subscription's own arguments. Only a Cognito user (with a sub) may subscribe.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */
import { extensions, util } from '@aws-appsync/utils';
import { callerId } from './caller-user';

export function confineToCaller(identity: unknown): void {
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ user_id: { eq: callerId(identity) } }));
}
