// C-style for(;;) is not supported; for-in and for-of are
// (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
import { nodeRule } from './node-rule';

export const noFor = nodeRule(
  'no-for',
  ['ForStatement'],
  'For statements (for(initialization; condition; afterthought)) are not supported. Use for-of or for-in.',
);
