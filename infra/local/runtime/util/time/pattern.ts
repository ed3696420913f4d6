/**
 * Java DateTimeFormatter patterns (https://docs.oracle.com/javase/8/docs/api/java/time/format/DateTimeFormatter.html),
 * the syntax util.time uses: runs of a letter are fields, 'quoted' text and other characters are
 * literals, '' is a quote, [ ] is an optional section. Letters Java does not know are refused.
 */
import { UtilInputError } from '../input-error';

export type PatternToken =
  | { kind: 'literal'; text: string }
  | { kind: 'field'; letter: string; count: number }
  | { kind: 'optional'; tokens: PatternToken[] };

/** The largest count each supported letter accepts (Infinity: any). */
const MAX_COUNT: Record<string, number> = {
  G: 5, u: Infinity, y: Infinity, Y: Infinity, Q: 5, q: 5, M: 5, L: 5, w: 2, W: 1, d: 2, D: 3, F: 1,
  E: 5, e: 5, c: 5, a: 1, h: 2, K: 2, k: 2, H: 2, m: 2, s: 2, S: 9, A: 19, n: 19, N: 19,
  V: 2, z: 4, O: 4, X: 5, x: 5, Z: 5,
};

const cache = new Map<string, PatternToken[]>();

export function parsePattern(pattern: unknown): PatternToken[] {
  if (typeof pattern !== 'string') throw new UtilInputError('util.time', `format must be a string, got ${typeof pattern}`);
  const cached = cache.get(pattern);
  if (cached) return cached;
  const tokens = parseSection(pattern, { pos: 0 }, false);
  if (cache.size < 1000) cache.set(pattern, tokens);
  return tokens;
}

function fail(pattern: string, message: string): never {
  throw new UtilInputError('util.time', `${message} (pattern ${JSON.stringify(pattern)})`);
}

function parseSection(pattern: string, cursor: { pos: number }, nested: boolean): PatternToken[] {
  const tokens: PatternToken[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  while (cursor.pos < pattern.length) {
    const ch = pattern[cursor.pos];
    if (/[A-Za-z]/.test(ch)) {
      let end = cursor.pos;
      while (pattern[end] === ch) end += 1;
      const count = end - cursor.pos;
      cursor.pos = end;
      checkField(pattern, ch, count);
      tokens.push({ kind: 'field', letter: ch, count });
    } else if (ch === "'") {
      const start = cursor.pos + 1;
      if (pattern[start] === "'") {
        literal("'");
        cursor.pos = start + 1;
        continue;
      }
      let text = '';
      let i = start;
      for (;;) {
        if (i >= pattern.length) fail(pattern, 'Pattern ends with an incomplete string literal');
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern[i];
        i += 1;
      }
      literal(text);
      cursor.pos = i + 1;
    } else if (ch === '[') {
      cursor.pos += 1;
      tokens.push({ kind: 'optional', tokens: parseSection(pattern, cursor, true) });
    } else if (ch === ']') {
      if (!nested) fail(pattern, 'Pattern invalid as it contains ] without previous [');
      cursor.pos += 1;
      return tokens;
    } else if (ch === '{' || ch === '}' || ch === '#') {
      fail(pattern, `Pattern includes reserved character: '${ch}'`);
    } else {
      literal(ch);
      cursor.pos += 1;
    }
  }
  return tokens;
}

function checkField(pattern: string, letter: string, count: number): void {
  const max = MAX_COUNT[letter];
  if (max === undefined) fail(pattern, `Unknown pattern letter: ${letter}`);
  if (count > max) fail(pattern, `Too many pattern letters: ${letter}`);
  if (letter === 'V' && count !== 2) fail(pattern, 'Pattern letter count must be 2: V');
  if (letter === 'O' && count !== 1 && count !== 4) fail(pattern, 'Pattern letter count must be 1 or 4: O');
  if (letter === 'c' && count === 2) fail(pattern, 'Invalid pattern "cc"');
}
