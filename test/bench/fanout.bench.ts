/**
 * Issue 4 (b): subscription fan-out on our gateway. N WebSocket subscribers on loopback (raw AppSync protocol, API key),
 * one mutation, delivery latency from the mutation's send to each `data` frame; and the server's memory per idle
 * connection (RSS after a full GC, with and without the connections). The server runs in its own process.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { BenchResult } from './results';
import { poster } from './http-client';
import { ensureBenchTable, forkServer } from './servers/spawn';
import { percentile, round } from './stats';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 5000);
const OPEN_BATCH = 250;
const SUBSCRIPTION = 'subscription { onNote(owner: "bench") { id owner text } }';

type ServerInfo = { ready: true; url: string; realtimeUrl: string; apiKey: string; token: string };

function serverMemory(child: ChildProcess): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve) => {
    const onMessage = (message: { memory?: NodeJS.MemoryUsage }) => {
      if (!message.memory) return;
      child.off('message', onMessage);
      resolve(message.memory);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}

function subscriber(info: ServerInfo, onData: () => void): Promise<WebSocket> {
  const host = new URL(info.url).host;
  const header = Buffer.from(JSON.stringify({ host, 'x-api-key': info.apiKey })).toString('base64url');
  const ws = new WebSocket(info.realtimeUrl, ['graphql-ws', `header-${header}`]);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('subscriber did not start within 30 s')), 30_000);
    ws.on('error', reject);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { type: string };
      if (frame.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'start', payload: { data: JSON.stringify({ query: SUBSCRIPTION, variables: {} }), extensions: { authorization: { host, 'x-api-key': info.apiKey } } } }));
      } else if (frame.type === 'start_ack') {
        clearTimeout(timer);
        resolve(ws);
      } else if (frame.type === 'data') {
        onData();
      } else if (frame.type === 'error') {
        reject(new Error(`subscription refused: ${raw.toString()}`));
      }
    });
  });
}

export async function fanoutBench(client: DynamoDBClient, endpoint: string, log: (line: string) => void): Promise<BenchResult[]> {
  const table = await ensureBenchTable(client);
  const { child, info } = await forkServer<ServerInfo>(fileURLToPath(new URL('./servers/gateway-server.ts', import.meta.url)), [endpoint, table], ['--expose-gc']);
  const sockets: WebSocket[] = [];
  try {
    // Warm the server's mutation path (resolver compile, SDK client's first call) before anyone listens.
    const post = poster(info.url, { authorization: info.token }, 1);
    const mutation = JSON.stringify({ query: 'mutation { addNote(text: "fan-out") { id owner text } }' });
    for (let i = 0; i < 20; i += 1) await post(mutation);
    const before = await serverMemory(child);
    let sentAt = 0n;
    const latenciesMs: number[] = [];
    const onData = () => latenciesMs.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
    log(`fan-out: opening ${SUBSCRIBERS} subscribers in batches of ${OPEN_BATCH}`);
    for (let opened = 0; opened < SUBSCRIBERS; opened += OPEN_BATCH) {
      const batch = Math.min(OPEN_BATCH, SUBSCRIBERS - opened);
      sockets.push(...(await Promise.all(Array.from({ length: batch }, () => subscriber(info, onData)))));
      if ((opened + batch) % 1000 === 0 || opened + batch === SUBSCRIBERS) log(`fan-out: ${opened + batch} subscribed`);
    }
    const after = await serverMemory(child);
    const perConnectionKb = (after.rss - before.rss) / SUBSCRIBERS / 1024;
    const heapPerConnectionKb = (after.heapUsed + after.external - before.heapUsed - before.external) / SUBSCRIBERS / 1024;
    log(`fan-out: server memory per idle connection ${round(perConnectionKb, 1)} KB RSS (${round(heapPerConnectionKb, 1)} KB heap+external)`);

    log('fan-out: one mutation');
    sentAt = process.hrtime.bigint();
    const res = await post(mutation);
    const body = JSON.parse(res.text) as { errors?: unknown };
    const mutationMs = Number(process.hrtime.bigint() - sentAt) / 1e6;
    if (body.errors) throw new Error(`mutation failed: ${JSON.stringify(body)}`);
    const deadline = Date.now() + 30_000;
    while (latenciesMs.length < SUBSCRIBERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const delivered = latenciesMs.length;
    log(`fan-out: ${delivered}/${SUBSCRIBERS} delivered; p50 ${round(percentile(latenciesMs, 50))} ms, p99 ${round(percentile(latenciesMs, 99))} ms (the mutation's own response took ${round(mutationMs)} ms)`);
    const p99 = percentile(latenciesMs, 99);
    return [
      { name: `subscription fan-out to ${SUBSCRIBERS} subscribers, delivery p50`, value: round(percentile(latenciesMs, 50)), unit: 'ms', baseline: null, baselineValue: null, ratio: null, target: 'reported', met: delivered === SUBSCRIBERS },
      { name: `subscription fan-out to ${SUBSCRIBERS} subscribers, delivery p99`, value: round(p99), unit: 'ms', baseline: null, baselineValue: null, ratio: null, target: `≤ 250 ms, all ${SUBSCRIBERS} delivered`, met: delivered === SUBSCRIBERS && p99 <= 250 },
      { name: 'server memory per idle subscribed connection (RSS)', value: round(perConnectionKb, 1), unit: 'KB', baseline: null, baselineValue: null, ratio: null, target: '≤ 50 KB', met: perConnectionKb <= 50 },
    ];
  } finally {
    for (const ws of sockets) ws.terminate();
    child.kill('SIGTERM');
  }
}
