/**
 * The `util` global and `util` export of '@aws-appsync/utils' for one invocation.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
import type { InvocationState } from '../invocation';
import { createDynamoDbUtil } from './dynamodb';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './encoding';
import { createErrorUtil } from './errors';
import { createHttpUtil } from './http';
import { autoId, autoKsuid, autoUlid } from './ids';
import { matches } from './matches';
import { createMathUtil } from './math';
import { createStrUtil } from './str';
import { createTimeUtil } from './time/index';
import { createTransformUtil } from './transform';
import { createXmlUtil } from './xml';

export function createUtil(state: InvocationState) {
  return {
    ...createErrorUtil(state),
    autoId,
    autoUlid: (): string => autoUlid(state.now()),
    autoKsuid: (): string => autoKsuid(state.now()),
    /** "API Key Authorization", "IAM Authorization", "User Pool Authorization", "Open ID Connect Authorization" or "Lambda Authorization". */
    authType: (): string => state.authType,
    matches,
    escapeJavaScript,
    urlEncode,
    urlDecode,
    base64Encode,
    base64Decode,
    time: createTimeUtil(() => state.now()),
    str: createStrUtil(),
    math: createMathUtil(),
    http: createHttpUtil(state),
    xml: createXmlUtil(),
    dynamodb: createDynamoDbUtil(),
    transform: createTransformUtil(),
  };
}

export type Util = ReturnType<typeof createUtil>;
