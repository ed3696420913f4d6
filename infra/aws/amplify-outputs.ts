/**
 * The clients' `amplify_outputs.json` (aws-amplify Gen 2 format, the shape `npm start` writes for the local twin)
 * from a deployed gateway stack's outputs (outputs.ts).
 */
import { OUTPUT } from './outputs';

export type StackOutputs = Record<string, string>;

export function amplifyOutputsFrom(outputs: StackOutputs, apiKey?: string) {
  const need = (name: string): string => {
    const value = outputs[name];
    if (!value) throw new Error(`stack output ${name} is missing (is this a gateway stack's outputs?)`);
    return value;
  };
  const region = need(OUTPUT.region);
  return {
    version: '1.4',
    auth: {
      aws_region: region,
      user_pool_id: need(OUTPUT.userPoolId),
      user_pool_client_id: need(OUTPUT.userPoolClientId),
      username_attributes: ['phone_number', 'email'],
      groups: [],
    },
    data: {
      url: need(OUTPUT.graphqlUrl),
      aws_region: region,
      ...(apiKey ? { api_key: apiKey } : {}),
      default_authorization_type: need(OUTPUT.defaultAuthMode),
      authorization_types: need(OUTPUT.additionalAuthModes).split(','),
    },
  };
}

/** Picks one stack's outputs from a `--outputs-file` document (`{ stackName: { OutputKey: value } }`). */
export function stackOutputs(document: unknown, stack?: string): StackOutputs {
  if (!document || typeof document !== 'object') throw new Error('the outputs file is not a JSON object');
  const stacks = document as Record<string, StackOutputs>;
  const names = Object.keys(stacks);
  const name = stack ?? (names.length === 1 ? names[0] : undefined);
  if (!name) throw new Error(`--stack is needed: the outputs file holds ${names.join(', ') || 'no stack'}`);
  const outputs = stacks[name];
  if (!outputs) throw new Error(`stack ${name} is not in the outputs file (it holds ${names.join(', ')})`);
  return outputs;
}
