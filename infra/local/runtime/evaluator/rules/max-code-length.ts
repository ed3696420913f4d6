/**
 * Resolver code is at most 32,768 characters (EvaluateCode `code` length constraint,
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateCode.html). Checked on the text,
 * before parsing, so it is not an AST rule.
 */
export const MAX_CODE_LENGTH = 32768;
export const MAX_CODE_LENGTH_RULE = 'max-code-length';
