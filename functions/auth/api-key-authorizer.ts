/** The deployed AppSync Lambda authorizer: project API keys of metered billing clients (billing/authorizer.ts). */
import { authorizeApiKey, type AuthorizerEvent } from '../billing/authorizer';
import { awsDatabase } from '../billing/aws-deps';

export async function handler(event: AuthorizerEvent) {
  return authorizeApiKey(await awsDatabase(), event);
}
