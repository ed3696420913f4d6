/**
 * The stack outputs a client needs, read back by write-amplify-outputs.ts from `cdk deploy --outputs-file`.
 * The API key's value is never an output (outputs are readable by anyone who can describe the stack): only its id.
 */
export const OUTPUT = {
  graphqlUrl: 'GraphqlUrl',
  realtimeUrl: 'RealtimeUrl',
  apiId: 'ApiId',
  apiKeyId: 'ApiKeyId',
  region: 'Region',
  userPoolId: 'UserPoolId',
  userPoolClientId: 'UserPoolClientId',
  defaultAuthMode: 'DefaultAuthMode',
  additionalAuthModes: 'AdditionalAuthModes',
} as const;

export type OutputName = (typeof OUTPUT)[keyof typeof OUTPUT];
