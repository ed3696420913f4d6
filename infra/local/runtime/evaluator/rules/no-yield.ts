import { nodeRule } from './node-rule';

export const noYield = nodeRule('no-yield', ['YieldExpression'], 'The yield keyword is not supported.');
