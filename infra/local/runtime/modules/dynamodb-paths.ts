/**
 * Attribute paths (`info.address`, `friends[1]`) as expression text with `#name` placeholders, shared by
 * projections and update expressions of the `@aws-appsync/utils/dynamodb` helpers.
 */
import { placeholderName } from '../util/filter-expression';

export class DynamoDbModuleError extends Error {
  readonly errorType = 'DynamoDbModuleError';
}

/** Adds each segment of `path` to `names` and returns the path written with placeholders. */
export function pathExpression(path: string, names: Record<string, string>): string {
  if (typeof path !== 'string' || path === '') throw new DynamoDbModuleError('an attribute path must be a non-empty string');
  return path
    .split('.')
    .map((segment) => {
      const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
      if (!match) throw new DynamoDbModuleError(`invalid attribute path "${path}"`);
      const placeholder = `#${placeholderName(match[1])}`;
      names[placeholder] = match[1];
      return `${placeholder}${match[2]}`;
    })
    .join('.');
}

/** `projection: ['id', 'nested.object[1]']` -> `{ expression: '#id, #nested.#object[1]', expressionNames }`. */
export function projectionExpression(projection: unknown) {
  if (projection === undefined || projection === null) return undefined;
  if (!Array.isArray(projection) || projection.length === 0) {
    throw new DynamoDbModuleError('projection must be a non-empty list of attribute paths');
  }
  const expressionNames: Record<string, string> = {};
  const expression = projection.map((path) => pathExpression(path, expressionNames)).join(', ');
  return { expression, expressionNames };
}
