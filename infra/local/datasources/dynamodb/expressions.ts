/**
 * The `{ expression, expressionNames, expressionValues }` blocks of a request object as DynamoDB parameters.
 * Several blocks (key condition, filter, projection) share one ExpressionAttributeNames/Values map, and
 * DynamoDB refuses empty maps, so they are merged and left out when empty.
 */
import { toWireMap } from './attribute-values';
import { RequestShapeError } from './errors';
import type { AttributeValue } from './types';

export interface ExpressionBlock {
  expression?: unknown;
  expressionNames?: unknown;
  expressionValues?: unknown;
}

export interface ExpressionParams {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

/** The expression text of a block, or undefined when the block is absent. */
export function expressionOf(block: unknown, where: string): string | undefined {
  if (block === undefined || block === null) return undefined;
  const expression = (block as ExpressionBlock).expression;
  if (typeof block !== 'object' || typeof expression !== 'string' || expression.trim() === '') {
    throw new RequestShapeError(`${where} needs an "expression" string`);
  }
  return expression;
}

/** Merged names and values of the given blocks (absent blocks are skipped). */
export function expressionParams(blocks: Record<string, unknown>): ExpressionParams {
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  for (const [where, block] of Object.entries(blocks)) {
    if (block === undefined || block === null) continue;
    const { expressionNames, expressionValues } = block as ExpressionBlock;
    if (expressionNames !== undefined && expressionNames !== null) {
      if (typeof expressionNames !== 'object') throw new RequestShapeError(`${where}.expressionNames must be an object`);
      for (const [placeholder, name] of Object.entries(expressionNames)) {
        if (typeof name !== 'string') throw new RequestShapeError(`${where}.expressionNames.${placeholder} must be a string`);
        names[placeholder] = name;
      }
    }
    if (expressionValues !== undefined && expressionValues !== null) {
      Object.assign(values, toWireMap(expressionValues, `${where}.expressionValues`));
    }
  }
  const out: ExpressionParams = {};
  if (Object.keys(names).length > 0) out.ExpressionAttributeNames = names;
  if (Object.keys(values).length > 0) out.ExpressionAttributeValues = values;
  return out;
}

/** A required key map (`key` of GetItem, PutItem, ...). */
export function keyOf(request: Record<string, unknown>, where: string): Record<string, AttributeValue> {
  const key = request.key;
  if (typeof key !== 'object' || key === null || Object.keys(key).length === 0) {
    throw new RequestShapeError(`${where} needs a "key" of typed values`);
  }
  return toWireMap(key, `${where}.key`);
}
