// `npm run local:serve` serves an AppSync JS project that is not ours (the demo API), unmodified, as a separate process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dynamodbEndpoint } from '../support/dynamodb';

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGTERM');
});

function serve(): Promise<{ output: () => string; plainUrl: string; apiKey: string }> {
  const demo = 'test/fixtures/demo-api';
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/local-serve.ts', '--schema', `${demo}/schema.graphql`, '--resolvers', `${demo}/resolvers`, '--config', `${demo}/config.json`],
    {
      env: { ...process.env, GATEWAY_DIR: mkdtempSync(join(tmpdir(), 'serve-')), GATEWAY_HTTPS_PORT: '0', GATEWAY_HTTP_PORT: '0', DYNAMODB_ENDPOINT: dynamodbEndpoint() },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local:serve did not start:\n${output}`)), 60_000);
    const poll = setInterval(() => {
      const plain = /\(plain: (http:\/\/localhost:\d+\/graphql)\)/.exec(output);
      const key = /API key\s+(da2-\w+)/.exec(output);
      if (plain && key) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ output: () => output, plainUrl: plain[1], apiKey: key[1] });
      }
    }, 100);
    child?.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`local:serve exited with ${code}:\n${output}`));
    });
  });
}

describe('npm run local:serve', () => {
  it('serves the demo API from its schema, resolvers folder and config', async () => {
    const served = await serve();
    const res = await fetch(served.plainUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': served.apiKey },
      body: JSON.stringify({ query: '{ echo(message: "served") shout(message: "loud") describeCall(note: "n") getNoteVtl(id: "none") { id } }' }),
    });
    // APPSYNC_JS (NONE, Lambda), a direct Lambda resolver and a VTL resolver (a missing item is null) in one process.
    expect(await res.json()).toEqual({
      data: { echo: 'served', shout: 'LOUD!', describeCall: 'Query.describeCall called by an API key with {"note":"n"}', getNoteVtl: null },
    });
  }, 90_000);
});
