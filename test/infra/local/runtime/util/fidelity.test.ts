/**
 * Fidelity suite: util behaviour whose expected values AWS publishes in the AppSync developer guide.
 * Every case names the page it comes from; inputs and outputs are AWS's own where AWS gives one.
 */
import { describe, expect, it } from 'vitest';
import { UtilErrorSignal } from '../../../../../infra/local/runtime/invocation';
import { createUtil } from '../../../../../infra/local/runtime/util/index';
import { RESTRICTED_REQUEST_HEADERS, RESTRICTED_RESPONSE_HEADERS } from '../../../../../infra/local/runtime/util/http';
import { makeUtil } from './state';

const DOCS = 'https://docs.aws.amazon.com/appsync/latest/devguide/';
const TIME_VTL = `${DOCS}time-helpers-in-util-time.html`;
const TIME_JS = `${DOCS}time-helpers-in-util-time-js.html`;
const UTIL_JS = `${DOCS}built-in-util-js.html`;
const XML_JS = `${DOCS}xml-helpers-in-util-xml-js.html`;
const HTTP_JS = `${DOCS}http-helpers-in-utils-http-js.html`;
const STR_JS = `${DOCS}str-helpers-in-util-str-js.html`;
const MATH_JS = `${DOCS}math-helpers-in-util-math-js.html`;
const UNAUTH = 'https://repost.aws/knowledge-center/aws-appsync-graphql-request-unauth-error';

type Util = ReturnType<typeof makeUtil>['util'];
type State = ReturnType<typeof makeUtil>['state'];

interface Case {
  page: string;
  name: string;
  /** The clock (epoch ms) for the invocation. */
  now?: number;
  run: (util: Util, state: State) => unknown;
  expected: unknown;
}

/** Runs `fn` and returns the error it stopped with (UtilErrorSignal's error). */
function signalOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    if (e instanceof UtilErrorSignal) return e.error;
    throw e;
  }
  return 'no signal';
}

// "Standalone function examples": the clock is the instant of AWS's output, 2018-02-06T19:01:35.749Z.
const NOW_2018 = 1517943695749;
// "Usage with AWS AppSync defined scalars": 2018-07-11T15:14:15-07:00:30 is 2018-07-11T22:14:45Z.
const NOW_SCALARS = Date.parse('2018-07-11T22:14:45Z');
const nowEpochMillis = 1517943695758;

const timeCases: Case[] = [
  { page: TIME_VTL, name: 'nowISO8601()', now: NOW_2018, run: (u) => u.time.nowISO8601(), expected: '2018-02-06T19:01:35.749Z' },
  { page: TIME_VTL, name: 'nowEpochSeconds()', now: NOW_2018, run: (u) => u.time.nowEpochSeconds(), expected: 1517943695 },
  { page: TIME_VTL, name: 'nowEpochMilliSeconds()', now: 1517943695750, run: (u) => u.time.nowEpochMilliSeconds(), expected: 1517943695750 },
  { page: TIME_VTL, name: 'nowFormatted("yyyy-MM-dd HH:mm:ssZ")', now: NOW_2018, run: (u) => u.time.nowFormatted('yyyy-MM-dd HH:mm:ssZ'), expected: '2018-02-06 19:01:35+0000' },
  { page: TIME_VTL, name: 'nowFormatted("yyyy-MM-dd HH:mm:ssZ", "+08:00")', now: NOW_2018, run: (u) => u.time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', '+08:00'), expected: '2018-02-07 03:01:35+0800' },
  { page: TIME_VTL, name: 'nowFormatted("yyyy-MM-dd HH:mm:ssZ", "Australia/Perth")', now: NOW_2018, run: (u) => u.time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'), expected: '2018-02-07 03:01:35+0800' },
  { page: TIME_VTL, name: 'epochMilliSecondsToSeconds(1517943695758)', run: (u) => u.time.epochMilliSecondsToSeconds(nowEpochMillis), expected: 1517943695 },
  { page: TIME_VTL, name: 'epochMilliSecondsToISO8601(1517943695758)', run: (u) => u.time.epochMilliSecondsToISO8601(nowEpochMillis), expected: '2018-02-06T19:01:35.758Z' },
  { page: TIME_VTL, name: 'epochMilliSecondsToFormatted(1517943695758, "yyyy-MM-dd HH:mm:ssZ")', run: (u) => u.time.epochMilliSecondsToFormatted(nowEpochMillis, 'yyyy-MM-dd HH:mm:ssZ'), expected: '2018-02-06 19:01:35+0000' },
  { page: TIME_VTL, name: 'epochMilliSecondsToFormatted(1517943695758, "yyyy-MM-dd HH:mm:ssZ", "+08:00")', run: (u) => u.time.epochMilliSecondsToFormatted(nowEpochMillis, 'yyyy-MM-dd HH:mm:ssZ', '+08:00'), expected: '2018-02-07 03:01:35+0800' },
  { page: TIME_VTL, name: 'parseISO8601ToEpochMilliSeconds("2018-02-01T17:21:05.180+08:00")', run: (u) => u.time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00'), expected: 1517476865180 },
  { page: TIME_VTL, name: 'parseFormattedToEpochMilliSeconds("2018-02-02 01:19:22+0800", "yyyy-MM-dd HH:mm:ssZ")', run: (u) => u.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22+0800', 'yyyy-MM-dd HH:mm:ssZ'), expected: 1517505562000 },
  { page: TIME_VTL, name: 'parseFormattedToEpochMilliSeconds("2018-02-02 01:19:22", "yyyy-MM-dd HH:mm:ss", "+08:00")', run: (u) => u.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00'), expected: 1517505562000 },
  { page: TIME_VTL, name: 'AWSDate: nowFormatted("yyyy-MM-dd[XXX]", "-07:00:30")', now: NOW_SCALARS, run: (u) => u.time.nowFormatted('yyyy-MM-dd[XXX]', '-07:00:30'), expected: '2018-07-11-07:00' },
  { page: TIME_VTL, name: 'AWSDateTime: nowFormatted("yyyy-MM-dd\'T\'HH:mm:ss[XXXXX]", "-07:00:30")', now: NOW_SCALARS, run: (u) => u.time.nowFormatted("yyyy-MM-dd'T'HH:mm:ss[XXXXX]", '-07:00:30'), expected: '2018-07-11T15:14:15-07:00:30' },
  // AWS's outputs read back: parsing what AWS printed gives AWS's instant.
  { page: TIME_VTL, name: 'epochMilliSecondsToFormatted(1517943695758, "yyyy-MM-dd HH:mm:ssZ", "Australia/Perth")', run: (u) => u.time.epochMilliSecondsToFormatted(nowEpochMillis, 'yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'), expected: '2018-02-07 03:01:35+0800' },
  { page: TIME_VTL, name: 'parseFormattedToEpochMilliSeconds("2018-02-07 03:01:35", "yyyy-MM-dd HH:mm:ss", "Australia/Perth")', run: (u) => u.time.parseFormattedToEpochMilliSeconds('2018-02-07 03:01:35', 'yyyy-MM-dd HH:mm:ss', 'Australia/Perth'), expected: 1517943695000 },
  { page: TIME_VTL, name: 'parseISO8601ToEpochMilliSeconds("2018-02-06T19:01:35.749Z")', run: (u) => u.time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35.749Z'), expected: NOW_2018 },
  { page: TIME_VTL, name: 'AWSDateTime "2018-07-11T15:14:15-07:00:30" read with "yyyy-MM-dd\'T\'HH:mm:ss[XXXXX]"', run: (u) => u.time.parseFormattedToEpochMilliSeconds('2018-07-11T15:14:15-07:00:30', "yyyy-MM-dd'T'HH:mm:ss[XXXXX]"), expected: NOW_SCALARS },
  { page: TIME_VTL, name: 'AWSDate "2018-07-11-07:00" read with "yyyy-MM-dd[XXX]"', run: (u) => u.time.parseFormattedToEpochMilliSeconds('2018-07-11-07:00', 'yyyy-MM-dd[XXX]'), expected: Date.parse('2018-07-11T07:00:00Z') },
  // The JS page documents the same methods; these check its descriptions against the VTL page's instants.
  { page: TIME_JS, name: 'nowEpochSeconds() is seconds from 1970-01-01T00:00:00Z', now: 0, run: (u) => u.time.nowEpochSeconds(), expected: 0 },
  { page: TIME_JS, name: 'nowFormatted(String) is in UTC', now: NOW_2018, run: (u) => u.time.nowFormatted('HH:mm'), expected: '19:01' },
  { page: TIME_JS, name: 'epochMilliSecondsToFormatted(long, String, String) uses the zone', run: (u) => u.time.epochMilliSecondsToFormatted(nowEpochMillis, 'HH:mm', 'Australia/Perth'), expected: '03:01' },
  { page: TIME_JS, name: 'parseFormattedToEpochMilliSeconds(String, String) reads the zone in the text', run: (u) => u.time.parseFormattedToEpochMilliSeconds('2018-02-06 19:01:35+0000', 'yyyy-MM-dd HH:mm:ssZ'), expected: 1517943695000 },
  { page: TIME_JS, name: 'parseISO8601ToEpochMilliSeconds of epochMilliSecondsToISO8601 is the same instant', run: (u) => u.time.parseISO8601ToEpochMilliSeconds(u.time.epochMilliSecondsToISO8601(nowEpochMillis)), expected: nowEpochMillis },
];

const POSTS_ONE = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
    <id>1</id>
    <title>Getting started with GraphQL</title>
</post>
</posts>`;
const POSTS_TWO = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
<post>
  <id>2</id>
  <title>Getting started with AppSync</title>
</post>
</posts>`;
const POSTS_ONE_OBJECT = { posts: { post: { id: 1, title: 'Getting started with GraphQL' } } };
const POSTS_TWO_OBJECT = {
  posts: {
    post: [
      { id: 1, title: 'Getting started with GraphQL' },
      { id: 2, title: 'Getting started with AppSync' },
    ],
  },
};

const xmlCases: Case[] = [
  { page: XML_JS, name: 'toMap example 1 (one post)', run: (u) => u.xml.toMap(POSTS_ONE), expected: POSTS_ONE_OBJECT },
  { page: XML_JS, name: 'toMap example 2 (two posts become an array)', run: (u) => u.xml.toMap(POSTS_TWO), expected: POSTS_TWO_OBJECT },
  { page: XML_JS, name: 'toJsonString is toMap as a string (example 1)', run: (u) => JSON.parse(u.xml.toJsonString(POSTS_ONE)), expected: POSTS_ONE_OBJECT },
  { page: XML_JS, name: 'toJsonString is toMap as a string (example 2)', run: (u) => JSON.parse(u.xml.toJsonString(POSTS_TWO)), expected: POSTS_TWO_OBJECT },
  {
    page: `${DOCS}xml-helpers-in-utils-xml.html`,
    name: 'VTL page example 2 (same conversion)',
    run: (u) => u.xml.toMap(POSTS_TWO.replace('with AppSync', 'with AWS AppSync')),
    expected: { posts: { post: [POSTS_TWO_OBJECT.posts.post[0], { id: 2, title: 'Getting started with AWS AppSync' }] } },
  },
  { page: XML_JS, name: 'toJsonString(xml, true) string-encodes the JSON', run: (u) => JSON.parse(JSON.parse(u.xml.toJsonString(POSTS_ONE, true))), expected: POSTS_ONE_OBJECT },
];

const authCases: Case[] = (['IAM Authorization', 'User Pool Authorization', 'Open ID Connect Authorization', 'API Key Authorization'] as const).map((mode) => ({
  page: UTIL_JS,
  name: `authType() answers "${mode}"`,
  run: () => makeUtil(0, mode).util.authType(),
  expected: mode,
}));

const ALL_RESTRICTED = Object.fromEntries(RESTRICTED_REQUEST_HEADERS.map((h) => [h, 'v']));
const httpCases: Case[] = [
  ...RESTRICTED_REQUEST_HEADERS.map((header): Case => ({
    page: HTTP_JS,
    name: `copyHeaders drops the restricted header ${header}`,
    run: (u) => Object.hasOwn(u.http.copyHeaders({ ...ALL_RESTRICTED, 'x-custom': 'kept' }), header),
    expected: false,
  })),
  { page: HTTP_JS, name: 'copyHeaders compares header names without case', run: (u) => u.http.copyHeaders({ Host: 'h', 'Content-Length': '3', Accept: '*/*' }), expected: { Accept: '*/*' } },
  { page: HTTP_JS, name: 'copyHeaders keeps other headers', run: (u) => u.http.copyHeaders({ ...ALL_RESTRICTED, authorization: 'a', 'x-custom': 'kept' }), expected: { authorization: 'a', 'x-custom': 'kept' } },
  ...[...RESTRICTED_REQUEST_HEADERS, ...RESTRICTED_RESPONSE_HEADERS].map((header): Case => ({
    page: HTTP_JS,
    name: `addResponseHeader refuses ${header} with a ResponseHeaderError`,
    run: (u, s) => {
      u.http.addResponseHeader(header, 'value');
      return { headers: s.responseHeaders ?? {}, types: s.errors.map((e) => e.errorType) };
    },
    expected: { headers: {}, types: ['ResponseHeaderError'] },
  })),
  ...['x-amzn-trace', 'x-amz-date'].map((header): Case => ({
    page: HTTP_JS,
    name: `addResponseHeader refuses the restricted prefix of ${header}`,
    run: (u, s) => {
      u.http.addResponseHeader(header, 'value');
      return s.errors.map((e) => e.errorType);
    },
    expected: ['ResponseHeaderError'],
  })),
  { page: HTTP_JS, name: 'addResponseHeader ignores an empty name', run: (u, s) => (u.http.addResponseHeader('', 'v'), [s.responseHeaders ?? {}, s.errors.length]), expected: [{}, 1] },
  { page: HTTP_JS, name: 'addResponseHeader ignores a null value', run: (u, s) => (u.http.addResponseHeader('render', null), [s.responseHeaders ?? {}, s.errors.length]), expected: [{}, 1] },
  {
    page: HTTP_JS,
    name: "addResponseHeader('itemsCount', 7) and ('render', ctx.args.render)",
    run: (u, s) => {
      u.http.addResponseHeader('itemsCount', 7);
      u.http.addResponseHeader('render', 'full');
      return s.responseHeaders;
    },
    expected: { itemsCount: 7, render: 'full' },
  },
  {
    page: HTTP_JS,
    name: 'addResponseHeaders(headers) with the documented map',
    run: (u, s) => {
      u.http.addResponseHeaders({ headerInt: 12, headerString: 'stringValue', headerObject: { field1: 7, field2: 'string' } });
      return s.responseHeaders;
    },
    expected: { headerInt: 12, headerString: 'stringValue', headerObject: { field1: 7, field2: 'string' } },
  },
  {
    page: HTTP_JS,
    name: 'a header defined twice keeps the most recent definition',
    run: (u, s) => {
      u.http.addResponseHeader('render', 'first');
      u.http.addResponseHeader('render', 'second');
      return s.responseHeaders;
    },
    expected: { render: 'second' },
  },
  {
    page: HTTP_JS,
    name: 'custom response headers may not exceed 4 KB',
    run: (u, s) => {
      u.http.addResponseHeader('big', 'x'.repeat(5000));
      return [s.responseHeaders ?? {}, s.errors.map((e) => e.errorType)];
    },
    expected: [{}, ['ResponseHeaderError']],
  },
];

const NOW_IDS = Date.parse('2024-05-01T12:00:00Z');
const idCases: Case[] = [
  { page: UTIL_JS, name: 'autoId() is a 128-bit UUID', run: (u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u.autoId()), expected: true },
  { page: UTIL_JS, name: 'autoId() differs on each call', run: (u) => u.autoId() !== u.autoId(), expected: true },
  { page: UTIL_JS, name: 'autoUlid() is a 26-character ULID', now: NOW_IDS, run: (u) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(u.autoUlid()), expected: true },
  { page: UTIL_JS, name: 'autoUlid() is lexicographically sortable by time', run: () => makeUtil(1000).util.autoUlid() < makeUtil(2000).util.autoUlid(), expected: true },
  { page: UTIL_JS, name: 'autoKsuid() is base62 with a length of 27', now: NOW_IDS, run: (u) => /^[0-9A-Za-z]{27}$/.test(u.autoKsuid()), expected: true },
  { page: UTIL_JS, name: 'autoKsuid() is K-sortable by time', run: () => makeUtil(1_500_000_000_000).util.autoKsuid() < makeUtil(1_600_000_000_000).util.autoKsuid(), expected: true },
];

const errorCases: Case[] = [
  {
    page: UTIL_JS,
    name: 'error(String, String, Object, Object) throws with errorType, data and errorInfo',
    run: (u) => signalOf(() => u.error('Bad input', 'MyErrorType', { id: 1 }, { detail: 'x' })),
    expected: { message: 'Bad input', errorType: 'MyErrorType', data: { id: 1 }, errorInfo: { detail: 'x' } },
  },
  { page: UTIL_JS, name: 'error(String) throws with only a message', run: (u) => signalOf(() => u.error('Bad input')), expected: { message: 'Bad input' } },
  {
    page: UTIL_JS,
    name: 'appendError does not interrupt the evaluation',
    run: (u, s) => {
      u.appendError('first', 'TypeA');
      u.appendError('second', 'TypeB', { a: 1 }, { b: 2 });
      return s.errors;
    },
    expected: [
      { message: 'first', errorType: 'TypeA' },
      { message: 'second', errorType: 'TypeB', data: { a: 1 }, errorInfo: { b: 2 } },
    ],
  },
  {
    page: UNAUTH,
    name: 'unauthorized() throws errorType Unauthorized, "Not Authorized to access X on type Y"',
    run: (_u, s) => {
      s.field = { parentTypeName: 'Query', fieldName: 'getPost' };
      return signalOf(() => createUtil(s).unauthorized());
    },
    expected: { message: 'Not Authorized to access getPost on type Query', errorType: 'Unauthorized' },
  },
];

const strMathCases: Case[] = [
  { page: STR_JS, name: 'normalize(String, "nfc") composes', run: (u) => u.str.normalize('e\u0301', 'nfc'), expected: '\u00e9' },
  { page: STR_JS, name: 'normalize(String, "nfd") decomposes', run: (u) => u.str.normalize('\u00e9', 'nfd'), expected: 'e\u0301' },
  { page: STR_JS, name: 'normalize(String, "nfkc") folds compatibility characters', run: (u) => u.str.normalize('\ufb01', 'nfkc'), expected: 'fi' },
  { page: STR_JS, name: 'normalize(String, "nfkd") folds and decomposes', run: (u) => u.str.normalize('\u2460\u00e9', 'nfkd'), expected: '1e\u0301' },
  { page: MATH_JS, name: 'roundNum rounds to the nearest integer (up)', run: (u) => u.math.roundNum(10.8), expected: 11 },
  { page: MATH_JS, name: 'roundNum rounds to the nearest integer (down)', run: (u) => u.math.roundNum(10.2), expected: 10 },
  { page: MATH_JS, name: 'minVal returns the minimum of two numbers', run: (u) => u.math.minVal(13.45, 45.67), expected: 13.45 },
  { page: MATH_JS, name: 'maxVal returns the maximum of two numbers', run: (u) => u.math.maxVal(13.45, 45.67), expected: 45.67 },
  { page: MATH_JS, name: 'randomDouble is between 0 and 1', run: (u) => Array.from({ length: 50 }, () => u.math.randomDouble()).every((d) => d >= 0 && d < 1), expected: true },
  { page: MATH_JS, name: 'randomWithinRange is an integer within the range', run: (u) => Array.from({ length: 50 }, () => u.math.randomWithinRange(3, 7)).every((n) => Number.isInteger(n) && n >= 3 && n <= 7), expected: true },
];

const encodingCases: Case[] = [
  { page: UTIL_JS, name: 'urlEncode is application/x-www-form-urlencoded (space is +)', run: (u) => u.urlEncode('hello world'), expected: 'hello+world' },
  { page: UTIL_JS, name: 'urlEncode escapes reserved characters', run: (u) => u.urlEncode('a=1&b=2/3?'), expected: 'a%3D1%26b%3D2%2F3%3F' },
  { page: UTIL_JS, name: 'urlEncode keeps . - * _ and encodes UTF-8', run: (u) => u.urlEncode('a.b-c*d_e é'), expected: 'a.b-c*d_e+%C3%A9' },
  { page: UTIL_JS, name: 'urlDecode reverses urlEncode', run: (u) => u.urlDecode('hello+world%21%C3%A9'), expected: 'hello world!é' },
  { page: UTIL_JS, name: 'base64Encode encodes the string (UTF-8)', run: (u) => u.base64Encode('hello'), expected: 'aGVsbG8=' },
  { page: UTIL_JS, name: 'base64Decode decodes the data', run: (u) => u.base64Decode('aGVsbG8='), expected: 'hello' },
  { page: UTIL_JS, name: 'escapeJavaScript escapes quotes and backslash', run: (u) => u.escapeJavaScript('He said "it\'s" \\ ok'), expected: 'He said \\"it\\\'s\\" \\\\ ok' },
  { page: UTIL_JS, name: 'escapeJavaScript escapes control and non-ASCII characters', run: (u) => u.escapeJavaScript('a\nb\tc/é'), expected: 'a\\nb\\tc\\/\\u00E9' },
  { page: UTIL_JS, name: 'matches("a*b", "aaaaab") is true', run: (u) => u.matches('a*b', 'aaaaab'), expected: true },
  { page: UTIL_JS, name: 'matches needs the whole value to match (java.util.regex.Pattern)', run: (u) => u.matches('a*b', 'aaaaabc'), expected: false },
];

const suites: Record<string, Case[]> = {
  'util.time': timeCases,
  'util.xml': xmlCases,
  'util.authType': authCases,
  'util.http': httpCases,
  'ids': idCases,
  'errors': errorCases,
  'util.str and util.math': strMathCases,
  'encoding and matches': encodingCases,
};

describe('util fidelity (AWS AppSync developer guide)', () => {
  for (const [suite, cases] of Object.entries(suites)) {
    describe(suite, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(c.page).toMatch(/^https:\/\//);
        const { util, state } = makeUtil(c.now ?? NOW_2018);
        expect(c.run(util, state)).toEqual(c.expected);
      });
    });
  }

  it('holds at least 100 cases', () => {
    expect(Object.values(suites).flat().length).toBeGreaterThanOrEqual(100);
  });
});
