/**
 * util.time against Java's own published pattern outputs (AppSync: "The syntax for datetime formats
 * is based on DateTimeFormatter"), and format/parse round trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeUtil } from '../../../../../../infra/local/runtime/util/time/index';

const DTF = 'https://docs.oracle.com/javase/8/docs/api/java/time/format/DateTimeFormatter.html';
const SDF = 'https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html';

const at = (iso: string) => createTimeUtil(() => Date.parse(iso));

// SimpleDateFormat's examples, 2001-07-04 12:08:56.235 in US Pacific time; DateTimeFormatter prints
// the same for these patterns.
const JULY_4 = '2001-07-04T12:08:56.235-07:00';
const LA = 'America/Los_Angeles';
const javaExamples: [string, string, string, string][] = [
  [SDF, JULY_4, "yyyy.MM.dd G 'at' HH:mm:ss z", '2001.07.04 AD at 12:08:56 PDT'],
  [SDF, JULY_4, "EEE, MMM d, ''yy", "Wed, Jul 4, '01"],
  [SDF, JULY_4, 'h:mm a', '12:08 PM'],
  [SDF, JULY_4, "hh 'o''clock' a, zzzz", "12 o'clock PM, Pacific Daylight Time"],
  [SDF, JULY_4, 'K:mm a, z', '0:08 PM, PDT'],
  [SDF, JULY_4, 'EEE, d MMM yyyy HH:mm:ss Z', 'Wed, 4 Jul 2001 12:08:56 -0700'],
  [SDF, JULY_4, 'yyMMddHHmmssZ', '010704120856-0700'],
  [SDF, JULY_4, "yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2001-07-04T12:08:56.235-0700'],
  [SDF, JULY_4, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2001-07-04T12:08:56.235-07:00'],
  // DateTimeFormatter's predefined formatters, written as patterns.
  [DTF, '2011-12-03T10:15:30+01:00', 'yyyy-MM-dd', '2011-12-03'],
  [DTF, '2011-12-03T10:15:30+01:00', "yyyy-MM-dd'T'HH:mm:ssXXX", '2011-12-03T10:15:30+01:00'],
  [DTF, '2011-12-03T10:15:30+01:00', 'yyyyMMdd', '20111203'],
  [DTF, '2012-12-02T10:15:30+01:00', 'yyyy-DDD', '2012-337'],
  [DTF, '2008-06-03T11:05:30Z', "EEE, d MMM yyyy HH:mm:ss 'GMT'", 'Tue, 3 Jun 2008 11:05:30 GMT'],
];

const ZONE_OF: Record<string, string> = { [JULY_4]: LA, '2011-12-03T10:15:30+01:00': '+01:00', '2012-12-02T10:15:30+01:00': '+01:00' };

describe('util.time with Java patterns', () => {
  it.each(javaExamples)('%s: %s formatted with %s', (_page, instant, pattern, expected) => {
    expect(at(instant).nowFormatted(pattern, ZONE_OF[instant] ?? 'UTC')).toBe(expected);
  });

  // The pattern-letter table of DateTimeFormatter, each letter at an instant where its example holds.
  // Localized fields (e/c, w, W, Y) follow en_US, Java's default locale: weeks start on Sunday, so
  // Tuesday is day 3 (the table's "2" is for a Monday-start locale).
  const letters: [string, string, string, string][] = [
    ['2004-07-06T15:30:55.978Z', 'G GGGG GGGGG', 'UTC', 'AD Anno Domini A'],
    ['2004-07-06T15:30:55.978Z', 'u uu', 'UTC', '2004 04'],
    ['2004-07-06T15:30:55.978Z', 'M MM MMM MMMM MMMMM', 'UTC', '7 07 Jul July J'],
    ['2004-07-10T00:00:00Z', 'd', 'UTC', '10'],
    ['2004-07-07T00:00:00Z', 'D', 'UTC', '189'],
    ['2004-07-06T15:30:55.978Z', 'Q QQ QQQ QQQQ', 'UTC', '3 03 Q3 3rd quarter'],
    ['2004-07-06T15:30:55.978Z', 'E EEEE EEEEE', 'UTC', 'Tue Tuesday T'],
    ['2004-07-06T15:30:55.978Z', 'e ee eee eeee eeeee', 'UTC', '3 03 Tue Tuesday T'],
    ['2004-07-06T15:30:55.978Z', 'a', 'UTC', 'PM'],
    ['2004-07-06T12:30:55.978Z', 'h', 'UTC', '12'],
    ['2004-07-06T12:30:55.978Z', 'K', 'UTC', '0'],
    ['2004-07-06T00:30:55.978Z', 'H k', 'UTC', '0 24'],
    ['2004-07-06T15:30:55.978Z', 'm s S SSS', 'UTC', '30 55 9 978'],
    ['1970-01-01T00:00:01.234Z', 'A', 'UTC', '1234'],
    ['2004-07-06T15:30:55.978Z', 'VV', LA, LA],
    ['2004-01-06T15:30:55.978Z', 'zzzz z', LA, 'Pacific Standard Time PST'],
    ['2004-07-06T15:30:55.978Z', 'O OOOO', '+08:00', 'GMT+8 GMT+08:00'],
    ['2004-07-06T15:30:55.978Z', 'X XX XXX XXXX XXXXX', 'UTC', 'Z Z Z Z Z'],
    ['2004-07-06T15:30:55.978Z', 'X XX XXX XXXX XXXXX', '-08:30:15', '-0830 -0830 -08:30 -083015 -08:30:15'],
    ['2004-07-06T15:30:55.978Z', 'X', '-08:00', '-08'],
    ['2004-07-06T15:30:55.978Z', 'x xx xxx', 'UTC', '+00 +0000 +00:00'],
    ['2004-07-06T15:30:55.978Z', 'Z ZZZZ ZZZZZ', 'UTC', '+0000 GMT Z'],
    ['2004-07-06T15:30:55.978Z', 'Z ZZZZ ZZZZZ', '-08:00', '-0800 GMT-08:00 -08:00'],
    ['1996-07-10T00:00:00Z', 'Y YY w', 'UTC', '1996 96 28'],
    ['2020-12-31T00:00:00Z', 'YYYY w', 'UTC', '2021 1'],
  ];
  it.each(letters)('at %s, %s in %s gives %s', (instant, pattern, zone, expected) => {
    expect(at(instant).nowFormatted(pattern, zone)).toBe(expected);
  });

  it('refuses letters and counts Java refuses', () => {
    const t = at('2020-01-01T00:00:00Z');
    expect(() => t.nowFormatted('yyyy-bb')).toThrow(/Unknown pattern letter: b/);
    expect(() => t.nowFormatted('ddd')).toThrow(/Too many pattern letters: d/);
    expect(() => t.nowFormatted("'open")).toThrow(/incomplete string literal/);
    expect(() => t.nowFormatted('yyyy{')).toThrow(/reserved character/);
    expect(() => t.nowFormatted('V')).toThrow(/count must be 2: V/);
  });

  it('refuses zone ids Java refuses and accepts the forms it reads', () => {
    const t = at('2020-01-01T00:00:00Z');
    expect(() => t.nowFormatted('HH', 'Mars/Olympus')).toThrow(/Unknown time-zone ID/);
    expect(() => t.nowFormatted('HH', '+25:00')).toThrow(/Invalid ID for ZoneOffset/);
    expect(t.nowFormatted('HH:mm VV', '+5')).toBe('05:00 +05:00');
    expect(t.nowFormatted('HH:mm VV', 'UTC+8')).toBe('08:00 UTC+08:00');
    expect(t.nowFormatted('HH:mm VV', 'GMT')).toBe('00:00 GMT');
    expect(t.nowFormatted('HH:mm VV', 'Z')).toBe('00:00 Z');
    expect(t.nowFormatted('z zzzz', 'UTC')).toBe('UTC Coordinated Universal Time');
    expect(t.nowFormatted('z', '+08:00')).toBe('+08:00');
    expect(t.nowFormatted('HH:mm', 'Asia/Kolkata')).toBe('05:30');
  });

  it('reports text that does not fit the pattern as Java does', () => {
    const t = at('2020-01-01T00:00:00Z');
    expect(() => t.parseFormattedToEpochMilliSeconds('2018-02-0x', 'yyyy-MM-dd')).toThrow("Text '2018-02-0x' could not be parsed at index 8");
    expect(() => t.parseFormattedToEpochMilliSeconds('2018-02-01 extra', 'yyyy-MM-dd')).toThrow(/unparsed text found at index 10/);
    expect(() => t.parseFormattedToEpochMilliSeconds('2018-13-01', 'yyyy-MM-dd')).toThrow(/MonthOfYear/);
    expect(() => t.parseISO8601ToEpochMilliSeconds('yesterday')).toThrow(/could not be parsed/);
    expect(() => t.epochMilliSecondsToISO8601('1' as unknown as number)).toThrow(/must be a number/);
  });

  it('parses text months, am/pm, two-digit years and day 31 of a short month (SMART)', () => {
    const t = at('2020-01-01T00:00:00Z');
    expect(t.parseFormattedToEpochMilliSeconds('Wed, 4 Jul 2001 12:08:56 -0700', 'EEE, d MMM yyyy HH:mm:ss Z')).toBe(Date.parse(JULY_4) - 235);
    expect(t.parseFormattedToEpochMilliSeconds('07/04/01 3:05 PM', 'MM/dd/yy h:mm a')).toBe(Date.parse('2001-07-04T15:05:00Z'));
    expect(t.parseFormattedToEpochMilliSeconds('2023-02-31', 'yyyy-MM-dd')).toBe(Date.parse('2023-02-28T00:00:00Z'));
    expect(t.parseFormattedToEpochMilliSeconds('2012-337', 'yyyy-DDD')).toBe(Date.parse('2012-12-02T00:00:00Z'));
    expect(t.parseFormattedToEpochMilliSeconds('2001-07-04 12:08:56 America/Los_Angeles', 'yyyy-MM-dd HH:mm:ss VV')).toBe(Date.parse('2001-07-04T12:08:56-07:00'));
    expect(t.parseFormattedToEpochMilliSeconds('2001-07-04T12:08:56.2Z', "yyyy-MM-dd'T'HH:mm:ss.SX")).toBe(Date.parse('2001-07-04T12:08:56.200Z'));
  });

  const instant = fc.integer({ min: Date.parse('1900-01-01T00:00:00Z'), max: Date.parse('2200-01-01T00:00:00Z') });
  const zone = fc.constantFrom('UTC', '+08:00', '-07:00:30', '+05:45', 'Australia/Perth', 'America/New_York', 'Europe/London', 'Asia/Kolkata');
  const pattern = fc.constantFrom(
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX",
    'yyyyMMddHHmmssSSSXXXX',
    'uuuu-DDD HH:mm:ss.SSS xxxxx',
    'EEE, d MMM yyyy hh:mm:ss.SSS a ZZZZZ',
    'dd MMMM yyyy HH:mm:ss.SSS VV xxxxx',
  );

  it('round-trips format then parse for any instant, zone and full pattern', () => {
    fc.assert(
      fc.property(instant, zone, pattern, (ms, z, p) => {
        const t = at('2020-01-01T00:00:00Z');
        const text = t.epochMilliSecondsToFormatted(ms, p, z);
        expect(t.parseFormattedToEpochMilliSeconds(text, p, z)).toBe(ms);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips epochMilliSecondsToISO8601 and parseISO8601ToEpochMilliSeconds', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const t = at('2020-01-01T00:00:00Z');
        const iso = t.epochMilliSecondsToISO8601(ms);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(t.parseISO8601ToEpochMilliSeconds(iso)).toBe(ms);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with Intl on the wall clock of region zones', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Tokyo'), (ms, z) => {
        const parts = new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
        const get = (type: string) => parts.find((p) => p.type === type)?.value;
        const expected = `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
        expect(at('2020-01-01T00:00:00Z').epochMilliSecondsToFormatted(ms, 'yyyy-MM-dd HH:mm', z)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('local times around daylight-saving transitions (Java ZonedDateTime.ofLocal)', () => {
  const t = createTimeUtil(() => 0);
  it('takes the earlier offset in an overlap', () => {
    // 2021-11-07 01:30 happens twice in New York; Java picks EDT (-04:00).
    expect(t.parseFormattedToEpochMilliSeconds('2021-11-07 01:30', 'yyyy-MM-dd HH:mm', 'America/New_York')).toBe(Date.parse('2021-11-07T01:30:00-04:00'));
  });
  it('moves a time in a gap later by the gap', () => {
    // 2021-03-14 02:30 does not exist in New York; Java gives 03:30 EDT.
    expect(t.parseFormattedToEpochMilliSeconds('2021-03-14 02:30', 'yyyy-MM-dd HH:mm', 'America/New_York')).toBe(Date.parse('2021-03-14T03:30:00-04:00'));
  });
});
