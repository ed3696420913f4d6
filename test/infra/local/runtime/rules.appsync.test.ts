/**
 * One refused and one accepted snippet per APPSYNC_JS rule, checking the rule name and location.
 * Feature list: https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html
 */
import { describe, expect, it } from 'vitest';
import { validateCode, type CodeProblem } from '../../../../infra/local/runtime/evaluator/index';

interface Case {
  rule: string;
  bad: string;
  /** 1-based line and column of the first violation. */
  at: [number, number];
  good: string;
}

const wrap = (body: string) => `export function request(ctx) {\n${body}\n}\n`;

const cases: Case[] = [
  { rule: 'no-try', bad: wrap('  try { ctx.a(); } catch (e) { return 1; }'), at: [2, 3], good: wrap('  return ctx.a;') },
  { rule: 'no-try', bad: wrap('  try { return 1; } finally { }'), at: [2, 3], good: wrap('  return 1;') },
  { rule: 'no-throw', bad: wrap('  throw new Error("x");'), at: [2, 3], good: wrap('  return util.error("x");') },
  { rule: 'no-while', bad: wrap('  while (ctx.a) { return 1; }'), at: [2, 3], good: wrap('  if (ctx.a) { return 1; }') },
  { rule: 'no-while', bad: wrap('  do { return 1; } while (ctx.a);'), at: [2, 3], good: wrap('  return 1;') },
  { rule: 'no-for', bad: wrap('  for (let i = 0; i < 3; i += 1) { ctx.x = i; }'), at: [2, 3], good: wrap('  for (const i of [0, 1, 2]) { ctx.stash.x = i; }') },
  { rule: 'no-continue', bad: wrap('  for (const a of ctx.args.list) { if (a) continue; }'), at: [2, 43], good: wrap('  for (const k in ctx.args) { if (k) break; }') },
  { rule: 'no-labels', bad: wrap('  outer: for (const a of []) { break outer; }'), at: [2, 3], good: wrap('  for (const a of []) { break; }') },
  { rule: 'no-classes', bad: 'class A {}\nexport function request() { return 1; }', at: [1, 1], good: 'const a = {};\nexport function request() { return a; }' },
  { rule: 'no-classes', bad: wrap('  const B = class {};'), at: [2, 13], good: wrap('  const B = {};') },
  { rule: 'no-this', bad: wrap('  return this;'), at: [2, 10], good: wrap('  return ctx;') },
  { rule: 'no-async', bad: 'export async function request(ctx) { return 1; }', at: [1, 8], good: 'export function request(ctx) { return 1; }' },
  { rule: 'no-async', bad: wrap('  const f = async () => 1;'), at: [2, 13], good: wrap('  const f = () => 1;') },
  { rule: 'no-await', bad: 'export async function request(ctx) {\n  await ctx.x;\n}', at: [2, 3], good: wrap('  return ctx.x;') },
  { rule: 'no-promise', bad: wrap('  return Promise.resolve(1);'), at: [2, 10], good: wrap('  return ctx.promise;') },
  { rule: 'no-promise', bad: wrap('  return new Promise(ctx.x);'), at: [2, 14], good: wrap('  return { Promise: 1 };') },
  { rule: 'no-generators', bad: 'function* g() {}\nexport function request() { return 1; }', at: [1, 1], good: 'function g() {}\nexport function request() { return 1; }' },
  { rule: 'no-yield', bad: 'function* g() {\n  yield 1;\n}', at: [2, 3], good: 'function g() {\n  return 1;\n}' },
  { rule: 'no-disallowed-unary-operators', bad: wrap('  let i = 0;\n  i++;'), at: [3, 3], good: wrap('  let i = 0;\n  i += 1;') },
  { rule: 'no-disallowed-unary-operators', bad: wrap('  let i = 0;\n  --i;'), at: [3, 3], good: wrap('  let i = 0;\n  i -= 1;') },
  { rule: 'no-disallowed-unary-operators', bad: wrap('  return ~ctx.a;'), at: [2, 10], good: wrap('  return -ctx.a + !ctx.b + typeof ctx.c;') },
  { rule: 'no-disallowed-binary-operators', bad: wrap('  return ctx.a instanceof Array;'), at: [2, 10], good: wrap('  return Array.isArray(ctx.a);') },
  { rule: 'no-in-operator', bad: wrap('  return "a" in ctx.args;'), at: [2, 10], good: wrap('  return Object.hasOwn(ctx.args, "a");') },
  { rule: 'no-regex', bad: wrap('  return /ab+c/.test(ctx.a);'), at: [2, 10], good: wrap('  return util.matches("ab+c", ctx.a);') },
  {
    rule: 'no-recursion',
    bad: 'function f(n) {\n  return n ? f(n - 1) : 0;\n}\nexport function request(ctx) { return f(3); }',
    at: [2, 14],
    good: 'function f(n) {\n  return n ? g(n - 1) : 0;\n}\nfunction g(n) { return n; }\nexport function request(ctx) { return f(3); }',
  },
  {
    rule: 'no-recursion',
    bad: 'function a(n) { return b(n); }\nconst b = (n) => a(n);\nexport function request(ctx) { return a(1); }',
    at: [1, 24],
    good: 'function a(n) { return b(n); }\nconst b = (n) => n;\nexport function request(ctx) { return a(1); }',
  },
  {
    rule: 'no-recursion',
    bad: 'const count = function inner(n) {\n  return n ? inner(n - 1) : 0;\n};',
    at: [2, 14],
    good: 'const count = function inner(n) {\n  return n;\n};',
  },
  {
    rule: 'no-function-passing',
    bad: 'function helper(x) { return x; }\nexport function request(ctx) {\n  return ctx.apply(helper);\n}',
    at: [3, 20],
    good: 'function helper(x) { return x; }\nexport function request(ctx) {\n  return ctx.args.list.map(helper).filter((x) => x).sort((a, b) => a - b);\n}',
  },
  {
    rule: 'no-function-passing',
    bad: wrap('  return util.call(() => 1);'),
    at: [2, 20],
    good: wrap('  return ctx.args.list.reduce((acc, x) => acc + x, 0);'),
  },
  { rule: 'no-dynamic-import', bad: wrap("  return import('x');"), at: [2, 10], good: wrap('  return ctx.imported;') },
  { rule: 'no-dynamic-import', bad: wrap('  return import.meta.url;'), at: [2, 10], good: wrap('  return ctx.meta;') },
  {
    rule: 'no-function-return',
    bad: wrap('  return () => 1;'),
    at: [2, 3],
    good: wrap('  const f = () => 1;\n  return f();'),
  },
  {
    rule: 'no-function-return',
    bad: 'function helper() { return 1; }\nexport function request(ctx) {\n  return helper;\n}',
    at: [3, 3],
    good: 'function helper() { return 1; }\nexport function request(ctx) {\n  return helper();\n}',
  },
];

function first(problems: CodeProblem[], rule: string): CodeProblem | undefined {
  return problems.find((p) => p.rule === rule);
}

describe('APPSYNC_JS language rules', () => {
  it.each(cases)('$rule refuses its construct and reports line:column', ({ rule, bad, at }) => {
    const { problems } = validateCode(bad);
    const problem = first(problems, rule);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.errorType).toBe('LINT_ERROR');
    expect([problem!.line, problem!.column]).toEqual(at);
    expect(problem!.span).toBeGreaterThan(0);
  });

  it.each(cases)('$rule accepts the supported alternative', ({ good }) => {
    expect(validateCode(good).problems).toEqual([]);
  });

  it('accepts for-in and for-of, which AppSync supports', () => {
    const code = wrap('  const out = [];\n  for (const k in ctx.args) { out.push(k); }\n  for (const v of out) { ctx.stash[v] = 1; }\n  return out;');
    expect(validateCode(code).problems).toEqual([]);
  });

  it('refuses code over 32,768 characters (max-code-length) and accepts exactly 32,768', () => {
    const base = 'export function request(ctx) { return 1; }\n';
    const atLimit = base + '/'.repeat(0) + '//' + 'x'.repeat(32768 - base.length - 2);
    expect(atLimit.length).toBe(32768);
    expect(validateCode(atLimit).problems).toEqual([]);
    const over = atLimit + 'x';
    expect(validateCode(over).problems).toEqual([
      expect.objectContaining({ rule: 'max-code-length', errorType: 'LINT_ERROR', line: 1, column: 1 }),
    ]);
  });

  it('reports a syntax error as PARSER_ERROR with its location', () => {
    const { problems } = validateCode("export function request(ctx) {\n  return 'unterminated;\n}");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ errorType: 'PARSER_ERROR', line: 2, column: 10 });
    expect(problems[0].message).toMatch(/^Parsing error: Unterminated string constant/);
  });

  it('reports every violation, sorted by position', () => {
    const { problems } = validateCode(wrap('  let i = 0;\n  while (i < 2) { i++; }\n  return "a" in ctx;'));
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['no-while', 3, 3],
      ['no-disallowed-unary-operators', 3, 19],
      ['no-in-operator', 4, 10],
    ]);
  });
});
