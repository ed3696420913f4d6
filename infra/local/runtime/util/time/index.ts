/**
 * util.time: timestamps, conversions and parsing with Java DateTimeFormatter patterns and zone ids.
 * https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html
 */
import { requireNumber } from '../input-error';
import { formatInstant } from './formatter';
import { parseISO8601, toISO8601 } from './iso8601';
import { parseToEpochMillis } from './parser';
import { UTC, resolveZone } from './zones';

const zoneOrUtc = (timezone: unknown) => (timezone === undefined || timezone === null ? UTC : resolveZone(timezone));

function epochMillis(utilName: string, value: unknown): number {
  return Math.trunc(requireNumber(`util.time.${utilName}`, 'milliseconds', value));
}

export function createTimeUtil(now: () => number) {
  return {
    nowISO8601: (): string => toISO8601(now()),
    nowEpochSeconds: (): number => Math.floor(now() / 1000),
    nowEpochMilliSeconds: (): number => now(),
    nowFormatted: (format: unknown, timezone?: unknown): string => formatInstant(now(), format, zoneOrUtc(timezone)),
    parseFormattedToEpochMilliSeconds: (timestamp: unknown, format: unknown, timezone?: unknown): number =>
      parseToEpochMillis(timestamp, format, zoneOrUtc(timezone)),
    parseISO8601ToEpochMilliSeconds: (timestamp: unknown): number => parseISO8601(timestamp),
    epochMilliSecondsToSeconds: (milliseconds: unknown): number =>
      Math.floor(epochMillis('epochMilliSecondsToSeconds', milliseconds) / 1000),
    epochMilliSecondsToISO8601: (milliseconds: unknown): string =>
      toISO8601(epochMillis('epochMilliSecondsToISO8601', milliseconds)),
    epochMilliSecondsToFormatted: (milliseconds: unknown, format: unknown, timezone?: unknown): string =>
      formatInstant(epochMillis('epochMilliSecondsToFormatted', milliseconds), format, zoneOrUtc(timezone)),
  };
}
