// throw is not supported; use util.error (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
import { nodeRule } from './node-rule';

export const noThrow = nodeRule('no-throw', ['ThrowStatement'], 'Throw statements are not supported. Use util.error().');
