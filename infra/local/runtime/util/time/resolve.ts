/**
 * Turns the fields read from a text into epoch milliseconds with Java's SMART resolution: day 31 of
 * a 30-day month becomes the last day, h/K with a give the hour, k 24 is midnight, an offset or zone
 * read from the text wins over the zone argument. Missing date fields are 1970-01-01, time midnight.
 */
import { UtilInputError } from '../input-error';
import { daysInMonth } from './fields';
import { type Zone, localToEpoch } from './zones';

/** Field letter (M for L, Q for q, e for c) or "zone" to the value read. */
export type Parsed = Map<string, number | Zone>;

export function fail(text: string, detail: string): never {
  throw new UtilInputError('util.time', `Text '${text}' could not be parsed${detail}`);
}

function checkRange(text: string, name: string, value: number, min: number, max: number): void {
  if (value < min || value > max) fail(text, `: Invalid value for ${name} (valid values ${min} - ${max}): ${value}`);
}

export function resolveParsed(text: string, parsed: Parsed, zone: Zone): number {
  const get = (k: string) => parsed.get(k) as number | undefined;

  let year = get('u') ?? get('y') ?? get('Y') ?? 1970;
  if (get('y') !== undefined && get('u') === undefined && get('G') === 0) year = 1 - year;
  let month = get('M') ?? 1;
  let day = get('d') ?? 1;
  if (get('D') !== undefined && get('M') === undefined) {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(year);
    date.setTime(date.getTime() + (get('D')! - 1) * 86_400_000);
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  checkRange(text, 'MonthOfYear', month, 1, 12);
  checkRange(text, 'DayOfMonth', day, 1, 31);
  day = Math.min(day, daysInMonth(year, month));

  let hour = get('H') ?? 0;
  if (get('k') !== undefined) hour = get('k')! % 24;
  const ampmHour = get('h') !== undefined ? get('h')! % 12 : get('K');
  if (ampmHour !== undefined) hour = ampmHour + (get('a') === 1 ? 12 : 0);
  else if (get('a') === 1 && get('H') === undefined && get('k') === undefined) hour += 12;
  let millisOfDay =
    get('A') ??
    (hour * 3600 + (get('m') ?? 0) * 60 + (get('s') ?? 0)) * 1000 + Math.floor((get('S') ?? get('n') ?? 0) / 1_000_000);
  checkRange(text, 'HourOfDay', hour, 0, 23);
  checkRange(text, 'MinuteOfHour', get('m') ?? 0, 0, 59);
  checkRange(text, 'SecondOfMinute', get('s') ?? 0, 0, 59);
  if (get('N') !== undefined) millisOfDay = Math.floor(get('N')! / 1_000_000);

  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const local = date.getTime() + millisOfDay;
  const effective = (parsed.get('zone') as Zone | undefined) ?? zone;
  return localToEpoch(effective, local);
}
