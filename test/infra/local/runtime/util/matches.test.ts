/** util.matches: Java's String.matches semantics, translated to a JavaScript RegExp. */
import { describe, expect, it } from 'vitest';
import { matches } from '../../../../../infra/local/runtime/util/matches';

const PATTERN = 'https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html';

// [pattern, input, Java's answer]
const cases: [string, string, boolean][] = [
  ['a*b', 'aaaaab', true],
  ['a*b', 'xaaaaab', false],
  ['^[a-zA-Z0-9]+$', 'abc123', true],
  ['^[a-zA-Z0-9]+$', 'abc 123', false],
  ['(?i)hello', 'HeLLo', true],
  ['(?i)(?s)a.b', 'A\nB', true],
  ['a*+a', 'aaaa', false], // possessive: never gives back
  ['a*a', 'aaaa', true],
  ['a{2,3}+', 'aaa', true],
  ['(?>a|ab)c', 'abc', false], // atomic group
  ['(a|ab)c', 'abc', true],
  ['\\p{Alpha}+', 'abcXYZ', true],
  ['\\p{Alpha}+', 'abc1', false],
  ['\\p{Lower}\\p{Upper}\\p{Digit}\\p{Punct}', 'aZ9!', true],
  ['\\P{Digit}+', 'abc', true],
  ['[\\p{Alpha}&&[^aeiou]]+', 'bcd', true],
  ['[\\p{Alpha}&&[^aeiou]]+', 'bad', false],
  ['[a-z&&[def]]', 'e', true],
  ['[a-z&&[def]]', 'a', false],
  ['[a-d[m-p]]+', 'abmp', true],
  ['[a-d[m-p]]+', 'abe', false],
  ['\\Qa.b\\E', 'a.b', true],
  ['\\Qa.b\\E', 'axb', false],
  ['(\\w)\\1', 'aa', true],
  ['(\\w)\\1', 'ab', false],
  ['(?<year>\\d{4})-\\k<year>', '2020-2020', true],
  ['\\d{3}-\\d{4}', '555-1234', true],
  ['a]b', 'a]b', true],
  ['\\s+', '\u00a0', false], // Java's \s is ASCII whitespace
  ['\\s+', ' \t\n', true],
  ['.', '\n', false],
  ['(?s).', '\n', true],
  ['\\p{IsLatin}+', 'abc', true],
  ['\\p{L}+', 'ñé', true],
  ['\\p{Lu}', 'a', false],
  ['(?x) a b c # a comment', 'abc', true],
  ['[\\w.-]+@[\\w.-]+\\.[a-z]{2,}', 'a.b@c.io', true],
  ['\\x{41}\\u0042\\0103', 'ABC', true],
  ['\\h\\v', '\t\n', true],
  ['[-a]+', '-a', true],
  ['a\\|b', 'a|b', true],
  ['a|b', 'b', true],
  ['\\Aabc\\z', 'abc', true],
  ['abc$', 'abc', true],
  ['[^abc]', 'd', true],
  ['\\d+(?=px)px', '12px', true],
];

describe('util.matches (Java regex)', () => {
  it.each(cases)(`matches(%j, %j) is %s (${PATTERN})`, (pattern, input, expected) => {
    expect(matches(pattern, input)).toBe(expected);
  });

  it('refuses patterns Java refuses or that cannot be translated, with the pattern in the message', () => {
    expect(() => matches('(abc', 'abc')).toThrow(/unclosed group/);
    expect(() => matches('abc)', 'abc')).toThrow(/unmatched closing/);
    expect(() => matches('*a', 'a')).toThrow(/dangling meta character/);
    expect(() => matches('[abc', 'a')).toThrow(/unclosed character class/);
    expect(() => matches('a(?i)b', 'ab')).toThrow(/embedded flags are supported only at the start/);
    expect(() => matches('\\p{InGreek}', 'a')).toThrow(/unsupported character property/);
    expect(() => matches('\\y', 'y')).toThrow(/illegal\/unsupported escape/);
  });

  it('refuses a missing value and a non-string pattern', () => {
    expect(() => matches('a', null)).toThrow(/value must be a string/);
    expect(() => matches(1, 'a')).toThrow(/pattern must be a string/);
  });

  it('compares numbers by their text, as the value arrives from JSON', () => {
    expect(matches('\\d+', 42)).toBe(true);
  });
});
