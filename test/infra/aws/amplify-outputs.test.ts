import { describe, expect, it } from 'vitest';
import { amplifyOutputsFrom, stackOutputs } from '../../../infra/aws/amplify-outputs';
import { OUTPUT } from '../../../infra/aws/outputs';

const outputs = {
  [OUTPUT.graphqlUrl]: 'https://abc.appsync-api.eu-west-2.amazonaws.com/graphql',
  [OUTPUT.realtimeUrl]: 'wss://abc.appsync-realtime-api.eu-west-2.amazonaws.com/graphql',
  [OUTPUT.apiId]: 'abc',
  [OUTPUT.apiKeyId]: 'da2-id',
  [OUTPUT.region]: 'eu-west-2',
  [OUTPUT.userPoolId]: 'eu-west-2_pool',
  [OUTPUT.userPoolClientId]: 'client',
  [OUTPUT.defaultAuthMode]: 'AMAZON_COGNITO_USER_POOLS',
  [OUTPUT.additionalAuthModes]: 'API_KEY,AWS_IAM,AWS_LAMBDA',
};

describe('amplify_outputs.json for a deployed stack', () => {
  it('carries the endpoint, region, user pool and auth modes', () => {
    const document = amplifyOutputsFrom(outputs, 'da2-secret');
    expect(document.auth).toMatchObject({ aws_region: 'eu-west-2', user_pool_id: 'eu-west-2_pool', user_pool_client_id: 'client' });
    expect(document.data).toEqual({
      url: outputs.GraphqlUrl,
      aws_region: 'eu-west-2',
      api_key: 'da2-secret',
      default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
      authorization_types: ['API_KEY', 'AWS_IAM', 'AWS_LAMBDA'],
    });
  });

  it('leaves the API key out when none is given (it is never a stack output)', () => {
    expect(amplifyOutputsFrom(outputs).data).not.toHaveProperty('api_key');
  });

  it('names a missing output', () => {
    const partial: Record<string, string> = { ...outputs };
    delete partial[OUTPUT.userPoolId];
    expect(() => amplifyOutputsFrom(partial)).toThrow(/stack output UserPoolId is missing/);
  });

  it('picks the stack from a --outputs-file document, asking for --stack when there are several', () => {
    expect(stackOutputs({ A: outputs })).toBe(outputs);
    expect(stackOutputs({ A: {}, B: outputs }, 'B')).toBe(outputs);
    expect(() => stackOutputs({ A: {}, B: {} })).toThrow(/--stack is needed: the outputs file holds A, B/);
    expect(() => stackOutputs({ A: {} }, 'C')).toThrow(/stack C is not in the outputs file/);
  });
});
