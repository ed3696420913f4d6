/**
 * util.math.
 * https://docs.aws.amazon.com/appsync/latest/devguide/math-helpers-in-util-math-js.html
 */
import { UtilInputError, requireNumber } from './input-error';

export function createMathUtil() {
  return {
    /** Rounds to the nearest integer, halves up (Java's Math.round: 2.5 -> 3, -2.5 -> -2). */
    roundNum(value: unknown): number {
      return Math.round(requireNumber('util.math.roundNum', 'value', value));
    },
    minVal(a: unknown, b: unknown): number {
      return Math.min(requireNumber('util.math.minVal', 'first', a), requireNumber('util.math.minVal', 'second', b));
    },
    maxVal(a: unknown, b: unknown): number {
      return Math.max(requireNumber('util.math.maxVal', 'first', a), requireNumber('util.math.maxVal', 'second', b));
    },
    /** A random double in [0, 1); not for cryptography. */
    randomDouble(): number {
      return Math.random();
    },
    /** A random integer between the two bounds, both included; not for cryptography. */
    randomWithinRange(start: unknown, end: unknown): number {
      const low = Math.ceil(requireNumber('util.math.randomWithinRange', 'start', start));
      const high = Math.floor(requireNumber('util.math.randomWithinRange', 'end', end));
      if (high < low) {
        throw new UtilInputError('util.math.randomWithinRange', `end (${String(end)}) is lower than start (${String(start)})`);
      }
      return low + Math.floor(Math.random() * (high - low + 1));
    },
  };
}
