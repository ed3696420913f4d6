/**
 * `npm start` end to end: scripts/start.ts as a child process on a temp GATEWAY_DIR and a free port.
 * The child is tsx's CLI run by this Node, not `npx tsx`: npx exits on SIGTERM without passing the signal on,
 * whereas tsx relays it to the script (as a terminal's Ctrl-C reaches the whole process group anyway).
 */
import { alive } from '../support/process';
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { localDynamoClient } from '../../infra/local/dynamodb/dynamodb-local';
import { freePort } from '../../infra/local/net/free-port';

const root = resolve(__dirname, '../..');
const tsxCli = join(root, 'node_modules/tsx/dist/cli.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'gateway-start-'));
const pids = new Set<number>();

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startScript(port: number): Running {
  const child = spawn(process.execPath, [tsxCli, 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      GATEWAY_DIR: dataDir,
      DYNAMODB_PORT: String(port),
      GATEWAY_HTTPS_PORT: '0',
      GATEWAY_HTTP_PORT: '0',
      AMPLIFY_OUTPUTS: join(dataDir, 'amplify_outputs.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid) pids.add(child.pid);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

/** Resolves with the output once `text` appears; fails if the process exits first or after a bound. */
async function waitFor(run: Running, text: string, boundMs = 180_000): Promise<string> {
  const deadline = Date.now() + boundMs;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null)
      throw new Error(`start.ts exited (${run.child.exitCode}) before "${text}":\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" from start.ts:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return run.output();
}


function javaPid(output: string): number {
  const match = /DynamoDB Local\s+http:\/\/\S+\s+\(pid (\d+)/.exec(output);
  if (!match) throw new Error(`no DynamoDB Local pid in:\n${output}`);
  pids.add(Number(match[1]));
  return Number(match[1]);
}

afterAll(() => {
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start (scripts/start.ts)', () => {
  it('starts DynamoDB Local on disk with the tables and demo data, stops on SIGTERM, keeps data across restarts', async () => {
    const port = await freePort();
    const first = startScript(port);
    const out = await waitFor(first, 'Local gateway ready');
    const java = javaPid(out);
    expect(out).toContain('loaded webdpro-local-orders');
    expect(out).toMatch(/webdpro-local-orders\s+\d{3,} items/);
    expect(out).toContain('Press Ctrl-C to stop');

    const config = JSON.parse(readFileSync(join(dataDir, 'local.json'), 'utf8'));
    expect(config).toMatchObject({ dynamodbEndpoint: `http://127.0.0.1:${port}`, region: 'eu-west-2', stage: 'local' });
    expect(config.graphqlUrl).toMatch(/^https:\/\/localhost:\d+\/graphql$/);
    expect(config.realtimeUrl).toMatch(/^wss:\/\/localhost:\d+\/graphql\/realtime$/);
    const outputs = JSON.parse(readFileSync(join(dataDir, 'amplify_outputs.json'), 'utf8'));
    expect(outputs.data).toMatchObject({ url: config.graphqlUrl, api_key: config.apiKey, default_authorization_type: 'AMAZON_COGNITO_USER_POOLS' });

    // The GraphQL endpoint serves the repo's resolvers over the demo data.
    const res = await fetch(config.httpGraphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': config.apiKey },
      body: JSON.stringify({ query: '{ getUsagePlan(plan_id: "premium") { plan_name daily_report_limit } }' }),
    });
    expect(await res.json()).toEqual({ data: { getUsagePlan: { plan_name: 'Premium Plan', daily_report_limit: 100 } } });

    const client = localDynamoClient(config.dynamodbEndpoint);
    const premium = await client.send(
      new GetItemCommand({ TableName: 'reporting-local-usage_plans', Key: { plan_id: { S: 'premium' } } }),
    );
    expect(premium.Item?.plan_name).toEqual({ S: 'Premium Plan' });
    await client.send(
      new PutItemCommand({ TableName: 'reporting-local-usage_plans', Item: { plan_id: { S: 'made-by-test' } } }),
    );
    client.destroy();

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');
    expect(alive(java)).toBe(false);

    const second = startScript(port);
    const again = await waitFor(second, 'Local gateway ready');
    expect(again).toContain('skipped reporting-local-usage_plans (has data)');
    expect(again).not.toContain('loaded ');
    const client2 = localDynamoClient(`http://127.0.0.1:${port}`);
    const kept = await client2.send(
      new GetItemCommand({ TableName: 'reporting-local-usage_plans', Key: { plan_id: { S: 'made-by-test' } } }),
    );
    expect(kept.Item).toBeDefined();
    client2.destroy();
    const java2 = javaPid(again);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(alive(java2)).toBe(false);
  }, 400_000);

  it('says clearly when the port is busy, and starts nothing', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, r));
    const port = (server.address() as { port: number }).port;
    try {
      const run = startScript(port);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`port ${port} is already in use`);
      expect(run.output()).toContain('DYNAMODB_PORT');
      expect(run.output()).not.toContain('Local gateway ready');
    } finally {
      server.close();
    }
  }, 60_000);
});
