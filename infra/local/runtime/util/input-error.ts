/**
 * A util call given input AppSync would reject (a bad pattern, zone, timestamp, base64 ...).
 * It is an ordinary Error, like the Java exception AppSync raises inside the call: the evaluator
 * reports it with the resolver's location (`code.js:L:C: message`), it is never a signal.
 */
export class UtilInputError extends Error {
  override readonly name = 'UtilInputError';
  constructor(utilName: string, message: string) {
    super(`${utilName}: ${message}`);
  }
}

/** The argument as a string, or a UtilInputError naming the util and the argument. */
export function requireString(utilName: string, argName: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new UtilInputError(utilName, `${argName} must be a string, got ${describe(value)}`);
  }
  return value;
}

/** The argument as a finite number, or a UtilInputError. */
export function requireNumber(utilName: string, argName: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new UtilInputError(utilName, `${argName} must be a number, got ${describe(value)}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
