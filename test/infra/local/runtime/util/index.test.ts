/** createUtil: the whole documented surface, typed as '@aws-appsync/utils' declares it. */
import type { Util as AppSyncUtil } from '@aws-appsync/utils';
import { describe, expect, it } from 'vitest';
import { UtilErrorSignal } from '../../../../../infra/local/runtime/invocation';
import { createUtil } from '../../../../../infra/local/runtime/util/index';
import { makeState } from './state';

describe('createUtil', () => {
  it('offers what @aws-appsync/utils declares (util.rds aside)', () => {
    const util: Omit<AppSyncUtil, 'rds' | 'dynamodb' | 'transform'> = createUtil(makeState());
    const names = ['escapeJavaScript', 'urlEncode', 'urlDecode', 'base64Encode', 'base64Decode', 'autoId', 'autoUlid', 'autoKsuid', 'unauthorized', 'error', 'appendError', 'matches', 'authType'] as const;
    for (const name of names) expect(typeof util[name]).toBe('function');
    expect(Object.keys(util.time).sort()).toEqual([
      'epochMilliSecondsToFormatted', 'epochMilliSecondsToISO8601', 'epochMilliSecondsToSeconds', 'nowEpochMilliSeconds',
      'nowEpochSeconds', 'nowFormatted', 'nowISO8601', 'parseFormattedToEpochMilliSeconds', 'parseISO8601ToEpochMilliSeconds',
    ]);
    expect(Object.keys(util.str)).toEqual(['normalize']);
    expect(Object.keys(util.math).sort()).toEqual(['maxVal', 'minVal', 'randomDouble', 'randomWithinRange', 'roundNum']);
    expect(Object.keys(util.http).sort()).toEqual(['addResponseHeader', 'addResponseHeaders', 'copyHeaders']);
    expect(Object.keys(util.xml).sort()).toEqual(['toJsonString', 'toMap']);
  });

  it('keeps invocations apart: errors and headers go to their own state', () => {
    const a = makeState();
    const b = makeState();
    createUtil(a).appendError('only in a');
    createUtil(a).http.addResponseHeader('h', 1);
    expect(a.errors).toHaveLength(1);
    expect(b.errors).toHaveLength(0);
    expect(b.responseHeaders).toBeUndefined();
  });

  it('reads the injected clock on every call', () => {
    let now = 0;
    const util = createUtil({ ...makeState(), now: () => now });
    expect(util.time.nowEpochMilliSeconds()).toBe(0);
    now = 1234;
    expect(util.time.nowEpochMilliSeconds()).toBe(1234);
  });

  it('says Not Authorized without naming a field it does not know', () => {
    try {
      createUtil(makeState()).unauthorized();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UtilErrorSignal);
      expect((e as UtilErrorSignal).error).toEqual({ message: 'Not Authorized', errorType: 'Unauthorized' });
    }
  });

  it('turns a non-string error message into text', () => {
    const state = makeState();
    createUtil(state).appendError({ code: 1 }, null);
    expect(state.errors).toEqual([{ message: '{"code":1}' }]);
  });

  it('reports bad arguments as errors naming the util', () => {
    const util = createUtil(makeState());
    expect(() => util.str.normalize('a', 'nfx')).toThrow(/util.str.normalize: unknown normalization type/);
    expect(() => util.math.roundNum('1')).toThrow(/util.math.roundNum: value must be a number/);
    expect(() => util.math.randomWithinRange(5, 1)).toThrow(/lower than start/);
    expect(() => util.time.nowFormatted(7 as unknown as string)).toThrow(/format must be a string/);
  });

  it('rounds halves up as Java Math.round', () => {
    const util = createUtil(makeState());
    expect([2.5, -2.5, 0.49999999999999994].map((n) => util.math.roundNum(n))).toEqual([3, -2, 0]);
  });

  it('reports a non-map given to addResponseHeaders', () => {
    const state = makeState();
    createUtil(state).http.addResponseHeaders(['a']);
    expect(state.errors.map((e) => e.errorType)).toEqual(['ResponseHeaderError']);
  });
});
