import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { ensureTable } from '../../../infra/local/gateway/data-sources';

/** The demo API's notes table, on the bench's DynamoDB Local. */
export async function ensureBenchTable(client: DynamoDBClient): Promise<string> {
  const name = 'bench-notes';
  await ensureTable(client, { name, partitionKey: 'id' });
  return name;
}

/** Forks a TypeScript server with IPC and waits for its `{ ready: true, ... }` message. */
export function forkServer<T extends { ready: true }>(file: string, args: string[], execArgv: string[] = []): Promise<{ child: ChildProcess; info: T }> {
  const child = fork(file, args, { execArgv: ['--import', 'tsx', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not start within 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    child.on('message', (message: T) => {
      if (!message?.ready) return;
      clearTimeout(timer);
      resolve({ child, info: message });
    });
  });
}

/** Spawns a plain Node script and waits for a stdout line starting with `ready`. */
export function spawnReady(file: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<{ child: ChildProcess; words: string[] }> {
  const child = spawn(process.execPath, [file, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not start within 60 s:\n${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('ready '));
      if (!line) return;
      clearTimeout(timer);
      resolve({ child, words: line.split(' ').slice(1) });
    });
  });
}
