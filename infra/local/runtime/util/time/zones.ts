/**
 * Time zones as Java's ZoneId.of reads them: "Z", offsets ("+8", "+08", "+08:00", "+0800",
 * "-07:00:30"), "UTC"/"GMT"/"UT" with an optional offset ("UTC+8"), and IANA region ids
 * ("Australia/Perth"), whose rules come from Intl.
 */
import { UtilInputError } from '../input-error';

export interface Zone {
  /** The id as Java prints it for pattern `VV`. */
  readonly id: string;
  /** True for a fixed offset (ZoneOffset); false for a region (UTC, GMT, IANA). */
  readonly fixed: boolean;
  /** The offset from UTC in seconds at an instant. */
  offsetAt(epochMs: number): number;
  /** Display name for pattern `z` (short) or `zzzz` (long). */
  name(epochMs: number, style: 'short' | 'long'): string;
}

const MAX_OFFSET = 18 * 3600;

/** Parses an offset such as "+08:00"; undefined if the text is not an offset. */
export function parseOffset(text: string): number | undefined {
  const m = /^([+-])(\d{1,2})(?::?(\d{2})(?::?(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const [, sign, h, mm = '0', ss = '0'] = m;
  if ((h.length === 1 && text.length > 2) || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const seconds = Number(h) * 3600 + Number(mm) * 60 + Number(ss);
  if (seconds > MAX_OFFSET) return undefined;
  return sign === '-' ? -seconds : seconds;
}

/** The id Java gives an offset: "Z", "+08:00", "-07:00:30". */
export function offsetId(seconds: number): string {
  if (seconds === 0) return 'Z';
  const abs = Math.abs(seconds);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  const ss = abs % 60;
  return `${seconds < 0 ? '-' : '+'}${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
}

function fixedZone(id: string, seconds: number): Zone {
  return { id, fixed: true, offsetAt: () => seconds, name: () => id };
}

/** Java's names for the plain UTC/GMT/UT regions (TimeZone display names, en_US). */
const REGION_NAMES: Record<string, { short: string; long: string }> = {
  UTC: { short: 'UTC', long: 'Coordinated Universal Time' },
  GMT: { short: 'GMT', long: 'Greenwich Mean Time' },
  UT: { short: 'UT', long: 'UT' },
};

function prefixedZone(prefix: string, seconds: number, suffix: string): Zone {
  const plain = seconds === 0 && suffix === '';
  const id = plain ? prefix : `${prefix}${offsetId(seconds) === 'Z' ? '' : offsetId(seconds)}`;
  const name = (_ms: number, style: 'short' | 'long') => (plain ? REGION_NAMES[prefix][style] : id);
  return { id, fixed: false, offsetAt: () => seconds, name };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function intlOffsetSeconds(timeZone: string, epochMs: number): number {
  let fmt = offsetFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, fmt);
  }
  const part = fmt.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(part);
  if (!m || !m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -seconds : seconds;
}

function regionZone(timeZone: string): Zone {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new UtilInputError('util.time', `Unknown time-zone ID: ${timeZone}`);
  }
  // Java keeps the id it was given (ZoneId.of("Asia/Calcutta").getId() is "Asia/Calcutta").
  return {
    id: timeZone,
    fixed: false,
    offsetAt: (epochMs) => intlOffsetSeconds(timeZone, epochMs),
    name: (epochMs, style) =>
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style })
        .formatToParts(new Date(epochMs))
        .find((p) => p.type === 'timeZoneName')?.value ?? timeZone,
  };
}

const zoneCache = new Map<string, Zone>();

/** The zone for a Java zone id; a UtilInputError for one Java would refuse. */
export function resolveZone(id: unknown): Zone {
  if (typeof id !== 'string') throw new UtilInputError('util.time', `time zone must be a string, got ${typeof id}`);
  const cached = zoneCache.get(id);
  if (cached) return cached;
  const zone = buildZone(id);
  if (zoneCache.size < 1000) zoneCache.set(id, zone);
  return zone;
}

function buildZone(id: string): Zone {
  if (id === 'Z') return fixedZone('Z', 0);
  if (id.startsWith('+') || id.startsWith('-')) {
    const seconds = parseOffset(id);
    if (seconds === undefined) throw new UtilInputError('util.time', `Invalid ID for ZoneOffset, invalid format: ${id}`);
    return fixedZone(offsetId(seconds), seconds);
  }
  const prefixed = /^(UTC|GMT|UT)([+-].*)?$/.exec(id);
  if (prefixed) {
    const suffix = prefixed[2] ?? '';
    const seconds = suffix === '' ? 0 : parseOffset(suffix);
    if (seconds === undefined) throw new UtilInputError('util.time', `Invalid ID for offset-based ZoneId: ${id}`);
    return prefixedZone(prefixed[1], seconds, suffix);
  }
  if (!/^[A-Za-z][A-Za-z0-9~/._+-]+$/.test(id)) throw new UtilInputError('util.time', `Invalid ID for region-based ZoneId, invalid format: ${id}`);
  return regionZone(id);
}

export const UTC: Zone = prefixedZone('UTC', 0, '');

const DAY_MS = 86_400_000;

/**
 * The instant of a local date-time in a zone, as Java's ZonedDateTime.ofLocal: in an overlap the
 * earlier offset wins; in a gap the time moves later by the gap's length.
 */
export function localToEpoch(zone: Zone, localMs: number): number {
  const before = zone.offsetAt(localMs - DAY_MS);
  const after = zone.offsetAt(localMs + DAY_MS);
  const valid = [...new Set([before, after])].filter((o) => zone.offsetAt(localMs - o * 1000) === o);
  if (valid.length > 0) return localMs - Math.max(...valid) * 1000;
  return localMs - before * 1000;
}
