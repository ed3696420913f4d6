/**
 * Reads text with a Java DateTimeFormatter pattern. Java's rules kept: fixed-width numbers for two
 * or more letters (yyyy: four or more digits), adjacent numbers split by width ("yyyyMMdd"),
 * yy in 2000-2099, optional sections, Java's "could not be parsed at index N" errors.
 * The fields read are turned into an instant by ./resolve.
 */
import { UtilInputError } from '../input-error';
import { MONTHS, QUARTERS, WEEKDAYS } from './fields';
import { type PatternToken, parsePattern } from './pattern';
import { type Parsed, fail, resolveParsed } from './resolve';
import { type Zone, parseOffset, resolveZone } from './zones';

class Mismatch {
  constructor(readonly index: number) {}
}

const NUMERIC = new Set('uyYwWdDFhKkHmsSAnN'.split(''));

function isNumeric(token: PatternToken | undefined): token is { kind: 'field'; letter: string; count: number } {
  if (token?.kind !== 'field') return false;
  const { letter, count } = token;
  return NUMERIC.has(letter) || (['M', 'L', 'Q', 'q', 'e', 'c'].includes(letter) && count <= 2);
}

/** [min, max] digits a numeric field reads. */
function widths(letter: string, count: number): [number, number] {
  if ('uyY'.includes(letter)) return count === 2 ? [2, 2] : count >= 4 ? [count, 19] : [count, 19];
  if (letter === 'S') return [count, count];
  if ('AnN'.includes(letter)) return [count, 19];
  return count === 1 ? [1, 19] : [count, count];
}

function readText(text: string, pos: number, options: string[]): [string, number] | undefined {
  const hit = [...options].sort((a, b) => b.length - a.length).find((o) => text.startsWith(o, pos));
  return hit === undefined ? undefined : [hit, options.indexOf(hit)];
}

function textOptions(full: string[], count: number): string[] {
  if (count === 4) return full;
  if (count === 5) return full.map((w) => w[0]);
  return full.map((w) => w.slice(0, 3));
}

function readZone(letter: string, text: string, pos: number): [Zone, number] {
  const rest = text.slice(pos);
  if ((letter === 'X' || letter === 'Z') && rest.startsWith('Z')) return [resolveZone('Z'), 1];
  if (letter === 'O' || (letter === 'Z' && rest.startsWith('GMT'))) {
    const m = /^GMT(?:[+-]\d{1,2}(?::\d{2}(?::\d{2})?)?)?/.exec(rest);
    if (!m) throw new Mismatch(pos);
    return [resolveZone(m[0] === 'GMT' ? 'Z' : m[0].slice(3)), m[0].length];
  }
  if (letter === 'V' || letter === 'z') {
    const m = /^(?:Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?|[A-Za-z][A-Za-z0-9~/._-]*(?:[+-]\d{1,2}(?::?\d{2})?)?)/.exec(rest);
    if (!m) throw new Mismatch(pos);
    try {
      return [resolveZone(m[0]), m[0].length];
    } catch {
      throw new Mismatch(pos);
    }
  }
  const m = /^[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?/.exec(rest);
  const seconds = m ? parseOffset(m[0]) : undefined;
  if (!m || seconds === undefined) throw new Mismatch(pos);
  return [resolveZone(m[0]), m[0].length];
}

function parseTokens(tokens: PatternToken[], text: string, start: number, parsed: Parsed): number {
  let pos = start;
  tokens.forEach((token, i) => {
    if (token.kind === 'literal') {
      if (!text.startsWith(token.text, pos)) throw new Mismatch(pos);
      pos += token.text.length;
      return;
    }
    if (token.kind === 'optional') {
      const attempt: Parsed = new Map(parsed);
      try {
        pos = parseTokens(token.tokens, text, pos, attempt);
        attempt.forEach((v, k) => parsed.set(k, v));
      } catch (e) {
        if (!(e instanceof Mismatch)) throw e;
      }
      return;
    }
    const { letter, count } = token;
    if (isNumeric(token)) {
      const [min, max] = widths(letter, count);
      let digits = 0;
      while (/\d/.test(text[pos + digits] ?? '')) digits += 1;
      let reserved = 0;
      for (let j = i + 1; isNumeric(tokens[j]); j += 1) {
        const next = tokens[j] as { letter: string; count: number };
        reserved += widths(next.letter, next.count)[0];
      }
      const take = Math.min(max, digits - (reserved && max > min ? reserved : 0));
      if (take < min) throw new Mismatch(pos);
      const raw = text.slice(pos, pos + take);
      let value = Number(raw);
      if (letter === 'S') value = Number(raw.padEnd(9, '0'));
      if ('uyY'.includes(letter) && count === 2) value += 2000;
      parsed.set(letter === 'L' ? 'M' : letter === 'q' ? 'Q' : letter === 'c' ? 'e' : letter, value);
      pos += take;
      return;
    }
    let hit: [string, number] | undefined;
    switch (letter) {
      case 'M':
      case 'L':
        hit = readText(text, pos, textOptions(MONTHS, count));
        if (hit) parsed.set('M', hit[1] + 1);
        break;
      case 'E':
      case 'e':
      case 'c':
        hit = readText(text, pos, textOptions(WEEKDAYS, count));
        break;
      case 'Q':
      case 'q':
        hit = readText(text, pos, count === 3 ? ['Q1', 'Q2', 'Q3', 'Q4'] : count === 4 ? QUARTERS : ['1', '2', '3', '4']);
        break;
      case 'a':
        hit = readText(text, pos, ['AM', 'PM']);
        if (hit) parsed.set('a', hit[1]);
        break;
      case 'G':
        hit = readText(text, pos, count === 4 ? ['Before Christ', 'Anno Domini'] : count === 5 ? ['B', 'A'] : ['BC', 'AD']);
        if (hit) parsed.set('G', hit[1]);
        break;
      default: {
        const [zone, length] = readZone(letter, text, pos);
        parsed.set('zone', zone);
        pos += length;
        return;
      }
    }
    if (!hit) throw new Mismatch(pos);
    pos += hit[0].length;
  });
  return pos;
}

/** Epoch milliseconds of `text` read with `pattern`; `zone` applies when the text names none. */
export function parseToEpochMillis(text: unknown, pattern: unknown, zone: Zone): number {
  if (typeof text !== 'string') throw new UtilInputError('util.time', `timestamp must be a string, got ${typeof text}`);
  const tokens = parsePattern(pattern);
  const parsed: Parsed = new Map();
  let end: number;
  try {
    end = parseTokens(tokens, text, 0, parsed);
  } catch (e) {
    if (e instanceof Mismatch) fail(text, ` at index ${e.index}`);
    throw e;
  }
  if (end !== text.length) fail(text, `, unparsed text found at index ${end}`);
  return resolveParsed(text, parsed, zone);
}
