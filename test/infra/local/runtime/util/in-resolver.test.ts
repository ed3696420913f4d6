/**
 * util as resolver code sees it: AWS's documented snippets run through the local EvaluateCode, so the
 * util object works inside the APPSYNC_JS realm and its failures surface as AppSync reports them.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCode } from '../../../../../infra/local/runtime/evaluate-code';

const NOW = 1517943695749; // 2018-02-06T19:01:35.749Z, the instant of AWS's util.time examples
const context = { arguments: { render: 'full' }, source: null, identity: null, stash: {}, prev: null };

async function run(code: string) {
  return evaluateCode({ code, context, function: 'request', now: () => NOW });
}

const handler = (body: string) => `import { util } from '@aws-appsync/utils';
export function request(ctx) {
${body}
}
export function response(ctx) {
  return ctx.result;
}
`;

describe('util inside a resolver', () => {
  it('formats the injected clock as AWS documents', async () => {
    const out = await run(handler(`  return {
    iso: util.time.nowISO8601(),
    perth: util.time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'),
    parsed: util.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00'),
  };`));
    expect(out.error).toBeUndefined();
    expect(JSON.parse(out.evaluationResult!)).toEqual({ iso: '2018-02-06T19:01:35.749Z', perth: '2018-02-07 03:01:35+0800', parsed: 1517505562000 });
  });

  it('converts XML and matches Java patterns', async () => {
    const out = await run(handler(`  const xml = '<?xml version="1.0" encoding="UTF-8"?><posts><post><id>1</id><title>Getting started with GraphQL</title></post></posts>';
    return { map: util.xml.toMap(xml), ok: util.matches('a*b', 'aaaaab'), kid: util.autoKsuid().length };`));
    expect(JSON.parse(out.evaluationResult!)).toEqual({ map: { posts: { post: { id: 1, title: 'Getting started with GraphQL' } } }, ok: true, kid: 27 });
  });

  it('stops at util.error with its message', async () => {
    const out = await run(handler(`  util.error('Invalid title', 'ValidationError');
  return {};`));
    expect(out.error?.message).toBe('Invalid title');
  });

  it('keeps appended errors, including a refused response header, and goes on', async () => {
    const out = await run(handler(`  util.appendError('first', 'TypeA');
  util.http.addResponseHeader('itemsCount', 7);
  util.http.addResponseHeader('Content-Type', 'text/plain');
  return { done: true };`));
    expect(JSON.parse(out.evaluationResult!)).toEqual({ done: true });
    const errors = JSON.parse(out.outErrors!) as { errorType?: string; message: string }[];
    expect(errors.map((e) => e.errorType)).toEqual(['TypeA', 'ResponseHeaderError']);
  });

  it('reports bad input to a util at the resolver line that made the call', async () => {
    const out = await run(handler(`  const when = util.time.nowFormatted('HH:mm', 'Mars/Olympus');
  return { when };`));
    expect(out.error?.message).toMatch(/^code\.js:3:\d+: util\.time: Unknown time-zone ID: Mars\/Olympus$/);
  });
});
