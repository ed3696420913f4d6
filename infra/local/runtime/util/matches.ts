/**
 * util.matches(pattern, value): true when the whole value matches the Java regular expression,
 * as Java's String.matches. https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
import { UtilInputError, requireString } from './input-error';
import { javaRegexToJs } from './java-regex/index';

const compiled = new Map<string, RegExp>();
const CACHE_LIMIT = 500;

function compile(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = javaRegexToJs(pattern);
    if (compiled.size >= CACHE_LIMIT) compiled.delete(compiled.keys().next().value as string);
    compiled.set(pattern, re);
  }
  return re;
}

export function matches(pattern: unknown, value: unknown): boolean {
  const source = requireString('util.matches', 'pattern', pattern);
  if (value === null || value === undefined) throw new UtilInputError('util.matches', 'value must be a string, got ' + String(value));
  const text = typeof value === 'string' ? value : String(value);
  return compile(source).test(text);
}
