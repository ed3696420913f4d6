/**
 * Formats an instant with a Java DateTimeFormatter pattern, in English as Java's default en_US locale.
 */
import { UtilInputError } from '../input-error';
import { type DateFields, MONTHS, QUARTERS, WEEKDAYS, fieldsAt, usDayOfWeek, usWeekOfMonth, usWeekOfYear } from './fields';
import { localizedOffset, offsetX, offsetZ } from './offset-text';
import { type PatternToken, parsePattern } from './pattern';
import type { Zone } from './zones';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Numbers: count 1 unpadded, otherwise padded to count. */
const num = (n: number, count: number) => (count === 1 ? String(n) : pad(n, count));

/** Text fields: 1-3 short, 4 full, 5 narrow. */
function text(full: string, count: number): string {
  if (count === 4) return full;
  if (count === 5) return full[0];
  return full.slice(0, 3);
}

/** Year fields: yy is the last two digits, four or more letters pad (and sign a year past the pad). */
function year(value: number, count: number): string {
  if (count === 2) return pad(((value % 100) + 100) % 100, 2);
  if (count >= 4 && value > 10 ** count - 1) return `+${value}`;
  return num(value, count);
}

/** Textual or numeric month/day/quarter: count 1-2 numeric, 3+ text. */
function numericOrText(value: number, full: string, count: number, shortText?: string): string {
  if (count <= 2) return num(value, count);
  if (count === 3 && shortText) return shortText;
  return text(full, count);
}

function field(letter: string, count: number, f: DateFields, epochMs: number, zone: Zone): string {
  const nanoOfSecond = f.milli * 1_000_000;
  const milliOfDay = ((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.milli;
  switch (letter) {
    case 'G': {
      const ad = f.year > 0;
      return count === 4 ? (ad ? 'Anno Domini' : 'Before Christ') : count === 5 ? (ad ? 'A' : 'B') : ad ? 'AD' : 'BC';
    }
    case 'u':
      return year(f.year, count);
    case 'y':
      return year(f.year > 0 ? f.year : 1 - f.year, count);
    case 'Y':
      return year(usWeekOfYear(f).weekYear, count);
    case 'Q':
    case 'q': {
      const q = Math.ceil(f.month / 3);
      return numericOrText(q, QUARTERS[q - 1], count, `Q${q}`);
    }
    case 'M':
    case 'L':
      return numericOrText(f.month, MONTHS[f.month - 1], count);
    case 'w':
      return num(usWeekOfYear(f).week, count);
    case 'W':
      return String(usWeekOfMonth(f));
    case 'd':
      return num(f.day, count);
    case 'D':
      return num(f.dayOfYear, count);
    case 'F':
      return String(Math.floor((f.day - 1) / 7) + 1);
    case 'E':
      return text(WEEKDAYS[f.isoDayOfWeek - 1], count);
    case 'e':
    case 'c':
      return numericOrText(usDayOfWeek(f), WEEKDAYS[f.isoDayOfWeek - 1], count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'h':
      return num(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'K':
      return num(f.hour % 12, count);
    case 'k':
      return num(f.hour === 0 ? 24 : f.hour, count);
    case 'H':
      return num(f.hour, count);
    case 'm':
      return num(f.minute, count);
    case 's':
      return num(f.second, count);
    case 'S':
      return pad(nanoOfSecond, 9).slice(0, count);
    case 'A':
      return num(milliOfDay, count);
    case 'n':
      return num(nanoOfSecond, count);
    case 'N':
      return num(milliOfDay * 1_000_000, count);
    case 'V':
      return zone.id;
    case 'z':
      return zone.fixed ? zone.id : zone.name(epochMs, count === 4 ? 'long' : 'short');
    case 'O':
      return localizedOffset(f.offsetSeconds, count === 4);
    case 'X':
    case 'x':
      return offsetX(f.offsetSeconds, count, letter);
    case 'Z':
      return offsetZ(f.offsetSeconds, count);
    default:
      throw new UtilInputError('util.time', `Unknown pattern letter: ${letter}`);
  }
}

function render(tokens: PatternToken[], f: DateFields, epochMs: number, zone: Zone): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') out += token.text;
    else if (token.kind === 'optional') out += render(token.tokens, f, epochMs, zone);
    else out += field(token.letter, token.count, f, epochMs, zone);
  }
  return out;
}

/** The instant `epochMs` formatted with `pattern` in `zone`. */
export function formatInstant(epochMs: number, pattern: unknown, zone: Zone): string {
  const tokens = parsePattern(pattern);
  return render(tokens, fieldsAt(epochMs, zone.offsetAt(epochMs)), epochMs, zone);
}
