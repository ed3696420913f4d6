import { nodeRule } from './node-rule';

export const noContinue = nodeRule('no-continue', ['ContinueStatement'], 'Continue statements are not supported.');
