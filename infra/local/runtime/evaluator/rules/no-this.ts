// `this` is refused by AWS's base lint config, the checks AppSync applies to every resolver.
import { nodeRule } from './node-rule';

export const noThis = nodeRule('no-this', ['ThisExpression'], 'This expressions are not supported.');
