import { nodeRule } from './node-rule';

export const noLabels = nodeRule('no-labels', ['LabeledStatement'], 'Labeled statements are not supported.');
