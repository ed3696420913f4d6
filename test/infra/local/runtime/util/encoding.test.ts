/** util.urlEncode/urlDecode (Java URLEncoder/URLDecoder), base64, escapeJavaScript (Commons Lang). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from '../../../../../infra/local/runtime/util/encoding';

describe('urlEncode / urlDecode', () => {
  it.each([
    ['', ''],
    ['abcXYZ019', 'abcXYZ019'],
    ['.-*_', '.-*_'],
    ["!'()~", '%21%27%28%29%7E'],
    ['a b+c', 'a+b%2Bc'],
    ['€', '%E2%82%AC'],
    ['😀', '%F0%9F%98%80'],
    ['\ud800', '%3F'], // a lone surrogate is encoded as '?', as Java
  ])('urlEncode(%j) is %j', (input, expected) => {
    expect(urlEncode(input)).toBe(expected);
  });

  it('reports broken escapes as Java URLDecoder does', () => {
    expect(() => urlDecode('%')).toThrow(/Incomplete trailing escape/);
    expect(() => urlDecode('%4')).toThrow(/Incomplete trailing escape/);
    expect(() => urlDecode('%zz')).toThrow(/Illegal hex characters/);
    expect(urlDecode('a%2bb%2Bc')).toBe('a+b+c');
  });

  it('round-trips any well-formed string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(urlDecode(urlEncode(s))).toBe(s);
    }), { numRuns: 300 });
  });
});

describe('base64Encode / base64Decode', () => {
  it('round-trips any string as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(base64Decode(base64Encode(s))).toBe(s);
    }), { numRuns: 300 });
  });
  it('accepts missing padding and refuses bad input', () => {
    expect(base64Decode('aGVsbG8')).toBe('hello');
    expect(() => base64Decode('a$b=')).toThrow(/Illegal base64/);
    expect(() => base64Decode('aGVsb')).toThrow(/Illegal base64/);
    expect(() => base64Encode(undefined)).toThrow(/must be a string/);
  });
});

describe('escapeJavaScript', () => {
  it.each([
    ['plain', 'plain'],
    ['"\'\\/', '\\"\\\'\\\\\\/'],
    ['\b\f\n\r\t', '\\b\\f\\n\\r\\t'],
    ['\u0001\u001f', '\\u0001\\u001F'],
    ['\u007f', '\u007f'],
    ['é€', '\\u00E9\\u20AC'],
    ['😀', '\\uD83D\\uDE00'],
  ])('escapeJavaScript(%j) is %j', (input, expected) => {
    expect(escapeJavaScript(input)).toBe(expected);
  });
});
