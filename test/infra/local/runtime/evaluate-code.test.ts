/**
 * Local EvaluateCode: the API's response shape
 * (https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateCode.html) and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { evaluateCode, EvaluateCodeBadRequest } from '../../../../infra/local/runtime/evaluate-code';

// The Dog example of https://docs.aws.amazon.com/appsync/latest/devguide/test-debug-resolvers-js.html
const DOG_CODE = `import { util } from '@aws-appsync/utils';

export function request(ctx) {
  return {
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ id: util.autoId() }),
    attributeValues: util.dynamodb.toMapValues(ctx.args),
  };
}

export function response(ctx) {
  if (ctx.identity.username === 'Nadia') {
    console.log("This request is allowed")
    return ctx.result;
  }
  util.unauthorized();
}
`;

const DOG_CONTEXT = {
  arguments: { firstname: 'Shaggy', age: 4 },
  source: {},
  result: { breed: 'Miniature Schnauzer', color: 'black_grey' },
  identity: {
    sub: 'uuid',
    issuer: ' https://cognito-idp.{region}.amazonaws.com/{userPoolId}',
    username: 'Nadia',
    claims: {},
    sourceIp: ['x.x.x.x'],
    defaultAuthStrategy: 'ALLOW',
  },
};

describe('evaluateCode', () => {
  // Expected output published on test-debug-resolvers-js.html:
  // { "evaluationResult": "{\"breed\":\"Miniature Schnauzer\",\"color\":\"black_grey\"}",
  //   "logs": [ "INFO - code.js:13:5: \"This request is allowed\"" ] }
  it('matches AWS\'s published evaluation of the Dog response handler', () => {
    const response = evaluateCode({ code: DOG_CODE, context: JSON.stringify(DOG_CONTEXT), function: 'response' });
    expect(response.evaluationResult).toBe('{"breed":"Miniature Schnauzer","color":"black_grey"}');
    expect(response.logs).toEqual(['INFO - code.js:13:5: "This request is allowed"']);
    expect(response.error).toBeUndefined();
    expect(response.stash).toBe('{}');
    expect(response.outErrors).toBe('[]');
  });

  // Same page: "if you were to change the username to a value other than Nadia, the results won't be
  // returned because the authorization check would fail".
  it('reports util.unauthorized() as an error without an evaluationResult', () => {
    const context = { ...DOG_CONTEXT, identity: { ...DOG_CONTEXT.identity, username: 'Someone' } };
    const response = evaluateCode({ code: DOG_CODE, context: JSON.stringify(context), function: 'response' });
    expect(response.evaluationResult).toBeUndefined();
    expect(response.error?.message).toMatch(/^Not Authorized/);
  });

  // Same page: the test expects result.key.id.S defined and attributeValues.firstname.S == the argument.
  it('evaluates the Dog request handler to a PutItem with generated id and typed attributes', () => {
    const response = evaluateCode({ code: DOG_CODE, context: JSON.stringify(DOG_CONTEXT), function: 'request' });
    const result = JSON.parse(response.evaluationResult!);
    expect(result.operation).toBe('PutItem');
    expect(result.key.id.S).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.attributeValues.firstname.S).toBe('Shaggy');
  });

  it('returns stash and appended errors as JSON strings', () => {
    const code = "export function request(ctx) {\n  ctx.stash.step = 1;\n  util.appendError('soft', 'Warn', { a: 1 });\n  return ctx.stash;\n}\nexport function response() {}";
    const response = evaluateCode({ code, context: '{"arguments":{},"stash":{"given":true}}', function: 'request' });
    expect(response).toEqual({
      evaluationResult: '{"given":true,"step":1}',
      logs: [],
      stash: '{"given":true,"step":1}',
      outErrors: '[{"message":"soft","errorType":"Warn","data":{"a":1}}]',
    });
  });

  it('reports code AppSync refuses as codeErrors with type, value and location', () => {
    const code = "export function request(ctx) {\n  let i = 0;\n  i++;\n  return 'a' in ctx;\n}";
    const response = evaluateCode({ code, context: '{}', function: 'request' });
    expect(response.evaluationResult).toBeUndefined();
    expect(response.error).toEqual({
      message: 'The code contains one or more errors.',
      codeErrors: [
        { errorType: 'LINT_ERROR', value: 'The operator ++ is not supported. (no-disallowed-unary-operators)', location: { line: 3, column: 3, span: 3 } },
        { errorType: 'LINT_ERROR', value: 'The in operator is not supported. Use Object.hasOwn(). (no-in-operator)', location: { line: 4, column: 10, span: 10 } },
      ],
    });
  });

  // CodeError value example on https://docs.aws.amazon.com/appsync/latest/APIReference/API_CodeError.html:
  // "Parsing error: Unterminated string literal" (our parser words it "string constant").
  it('reports a syntax error as a PARSER_ERROR', () => {
    const response = evaluateCode({ code: "export function request(ctx) {\n  return 'open;\n}", context: '{}', function: 'request' });
    expect(response.error?.codeErrors).toEqual([
      { errorType: 'PARSER_ERROR', value: 'Parsing error: Unterminated string constant', location: { line: 2, column: 10, span: -1 } },
    ]);
  });

  it('reports an exception at its location', () => {
    const response = evaluateCode({ code: 'export function request(ctx) {\n  return ctx.args.a.b;\n}', context: '{"arguments":{}}', function: 'request' });
    expect(response.error).toEqual({ message: "code.js:2:21: TypeError: Cannot read properties of undefined (reading 'b')" });
  });

  it('gives earlyReturn\'s value as the evaluation result', () => {
    const response = evaluateCode({ code: 'export function request(ctx) { runtime.earlyReturn({ early: 1 }); }', context: '{}', function: 'request' });
    expect(response.evaluationResult).toBe('{"early":1}');
  });

  it('refuses input the API refuses', () => {
    const code = 'export function request() { return 1; }';
    expect(() => evaluateCode({ code, context: '{', function: 'request' })).toThrow(EvaluateCodeBadRequest);
    expect(() => evaluateCode({ code, context: '{}', function: 'both' as 'request' })).toThrow(EvaluateCodeBadRequest);
    expect(() => evaluateCode({ code: '', context: '{}', function: 'request' })).toThrow(EvaluateCodeBadRequest);
    expect(() => evaluateCode({ code: 'x'.repeat(32769), context: '{}', function: 'request' })).toThrow(EvaluateCodeBadRequest);
    expect(() => evaluateCode({ code, context: '[]', function: 'request' })).toThrow(EvaluateCodeBadRequest);
  });
});

describe('scripts/evaluate.ts', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'evaluate-cli-'));
  writeFileSync(join(dir, 'code.js'), DOG_CODE);
  writeFileSync(join(dir, 'context.json'), JSON.stringify(DOG_CONTEXT));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('prints the EvaluateCode response for a file pair', async () => {
    const { stdout } = await run(tsx, ['scripts/evaluate.ts', '--code', join(dir, 'code.js'), '--context', join(dir, 'context.json'), '--function', 'response']);
    expect(JSON.parse(stdout)).toEqual({
      evaluationResult: '{"breed":"Miniature Schnauzer","color":"black_grey"}',
      logs: ['INFO - code.js:13:5: "This request is allowed"'],
      stash: '{}',
      outErrors: '[]',
    });
  });

  it('bundles a TypeScript code file before evaluating it', async () => {
    writeFileSync(join(dir, 'helper.ts'), 'export const greet = (name: string): string => `hello ${name}`;\n');
    writeFileSync(join(dir, 'resolver.ts'), [
      "import { util } from '@aws-appsync/utils';",
      "import { greet } from './helper';",
      'export function request(ctx: { args: { name: string } }) {',
      '  return { payload: greet(ctx.args.name), id: typeof util.autoId };',
      '}',
      'export function response(ctx: { result: unknown }) { return ctx.result; }',
    ].join('\n'));
    writeFileSync(join(dir, 'args.json'), '{"arguments":{"name":"Ada"}}');
    const { stdout } = await run(tsx, ['scripts/evaluate.ts', '--code', join(dir, 'resolver.ts'), '--context', join(dir, 'args.json'), '--function', 'request']);
    expect(JSON.parse(JSON.parse(stdout).evaluationResult)).toEqual({ payload: 'hello Ada', id: 'function' });
  });

  it('exits 1 with a typed error for input the API refuses, 2 for missing options', async () => {
    writeFileSync(join(dir, 'bad.json'), 'not json');
    const bad = run(tsx, ['scripts/evaluate.ts', '--code', join(dir, 'code.js'), '--context', join(dir, 'bad.json'), '--function', 'request']);
    await expect(bad).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('"errorType":"BadRequestException"') });
    await expect(run(tsx, ['scripts/evaluate.ts', '--code', join(dir, 'code.js')])).rejects.toMatchObject({ code: 2 });
  });
});
