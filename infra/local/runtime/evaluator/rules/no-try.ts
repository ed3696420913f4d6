// try/catch/finally are not supported (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html).
import { nodeRule } from './node-rule';

export const noTry = nodeRule('no-try', ['TryStatement'], 'Try statements (try/catch/finally) are not supported.');
