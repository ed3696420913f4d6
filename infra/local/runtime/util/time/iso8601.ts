/**
 * ISO 8601 as util.time writes and reads it. Written in UTC with milliseconds and `Z`
 * ("2018-02-06T19:01:35.758Z", as AWS's examples); read with any offset or `Z`
 * ("2018-02-01T17:21:05.180+08:00"). A timestamp without an offset is read as UTC.
 * https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html
 */
import { UtilInputError } from '../input-error';
import { daysInMonth } from './fields';
import { parseOffset } from './zones';

export function toISO8601(epochMs: number): string {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) throw new UtilInputError('util.time', `invalid epoch milliseconds: ${epochMs}`);
  return date.toISOString();
}

const ISO = /^([+-]?\d{4,9})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[[^\]]+\])?$/;

export function parseISO8601(text: unknown): number {
  if (typeof text !== 'string') throw new UtilInputError('util.time.parseISO8601ToEpochMilliSeconds', `timestamp must be a string, got ${typeof text}`);
  const m = ISO.exec(text);
  const bad = () => new UtilInputError('util.time.parseISO8601ToEpochMilliSeconds', `Text '${text}' could not be parsed as ISO 8601`);
  if (!m) throw bad();
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw bad();
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) throw bad();
  const offset = zone === 'Z' || zone === 'z' ? 0 : parseOffset(zone);
  if (offset === undefined) throw bad();
  const date = new Date(Date.UTC(2000, month - 1, day, Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3))));
  date.setUTCFullYear(year);
  return date.getTime() - offset * 1000;
}
