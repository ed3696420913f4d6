// while and do-while are not supported (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
import { nodeRule } from './node-rule';

export const noWhile = nodeRule('no-while', ['WhileStatement', 'DoWhileStatement'], (node) =>
  node.type === 'WhileStatement' ? 'While statements are not supported.' : 'do...while statements are not supported.',
);
