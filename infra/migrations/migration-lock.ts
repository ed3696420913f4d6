/**
 * The run lock of a migrations table: one item `version = "lock"` in the table itself, held under a lease.
 *
 * - Taken with a conditional PutItem: `attribute_not_exists(version) OR lease_expires_at < :now` (or no lease at all,
 *   a hand-written item). Two runners that start together race on that one condition and exactly one wins; the other
 *   waits (polling) until the lock is released or its lease runs out, then takes it and finds the versions the first
 *   one recorded.
 * - Kept by a heartbeat: every lease/3 the holder moves `lease_expires_at` (epoch ms) forward, conditioned on
 *   `owner = :me`, so a long migration keeps its lock however long it runs.
 * - A stale lock (its holder crashed, was killed, or lost the network; Ctrl-C too) is recovered by waiting: once no heartbeat
 *   has moved the lease for `leaseMs`, the next runner's PutItem condition holds and it takes the lock over (and says
 *   whose it was and which version it was applying). Nothing else needs cleaning up: the crashed version was never
 *   recorded, so it is pending and runs again. The lease compares the holder's clock with the next runner's, so it must
 *   be far longer than their clock skew (default 60 s).
 * - If a heartbeat finds the lock taken over (the holder froze for longer than the lease), `signal` is aborted; the
 *   migration's record is written in a transaction with a ConditionCheck `owner = :me`, so a runner that lost its lock
 *   can never record anything (migration-records.ts).
 *
 * The lock item has no `applied_at`, which is what tells it apart from a record (Query.flowMigrations filters on it).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
 */
import { hostname } from 'node:os';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The key of the lock item; versions are digits, so it never collides with one. */
export const LOCK_VERSION = 'lock';

export interface LockOptions {
  doc: DynamoDBDocumentClient;
  table: string;
  /** This runner's id (random per run). */
  owner: string;
  leaseMs: number;
  /** How long to wait for a lock another runner holds before giving up. */
  waitMs: number;
  pollMs: number;
  now: () => number;
  log: (line: string) => void;
}

export interface LockItem {
  version: string;
  owner: string;
  host: string;
  pid: number;
  acquired_at: string;
  lease_expires_at: number;
  current_version?: string;
}

export interface HeldLock {
  owner: string;
  /** Aborted when the lock was taken over by another runner. */
  signal: AbortSignal;
  /** Notes the version being applied (so whoever takes over a stale lock learns it) and renews the lease. */
  markCurrent(version: string): Promise<void>;
  release(): Promise<void>;
}

/** The lock is held by a live runner and did not come free within `waitMs`. */
export class LockBusyError extends Error {
  constructor(readonly holder: LockItem | undefined, waitedMs: number) {
    super(
      `another runner holds the migrations lock (${holder ? describeHolder(holder) : 'holder unknown'}); ` +
        `waited ${Math.round(waitedMs / 1000)} s. Try again later, or raise --wait-seconds`,
    );
    this.name = 'LockBusyError';
  }
}

export class LockLostError extends Error {
  constructor(detail: string) {
    super(`lost the migrations lock: ${detail}`);
    this.name = 'LockLostError';
  }
}

export function describeHolder(lock: LockItem): string {
  const applying = lock.current_version ? `, applying ${lock.current_version}` : '';
  const lease = Number.isFinite(lock.lease_expires_at) ? new Date(lock.lease_expires_at).toISOString() : 'unknown';
  return `owner ${lock.owner} on ${lock.host} pid ${lock.pid}${applying}, lease until ${lease}`;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function readLock(doc: DynamoDBDocumentClient, table: string): Promise<LockItem | undefined> {
  const out = await doc.send(new GetCommand({ TableName: table, Key: { version: LOCK_VERSION }, ConsistentRead: true }));
  return out.Item as LockItem | undefined;
}

/** One attempt: the lock item written, and the stale lock it replaced if any; null when a live lock is in the way. */
async function tryTake(o: LockOptions): Promise<{ replaced?: LockItem } | null> {
  const now = o.now();
  const item: LockItem = { version: LOCK_VERSION, owner: o.owner, host: hostname(), pid: process.pid, acquired_at: new Date(now).toISOString(), lease_expires_at: now + o.leaseMs };
  try {
    const out = await o.doc.send(new PutCommand({
      TableName: o.table,
      Item: item,
      // A lock item without a lease (written by hand, say) counts as stale rather than blocking every run forever.
      ConditionExpression: 'attribute_not_exists(#v) OR attribute_not_exists(#lease) OR #lease < :now',
      ExpressionAttributeNames: { '#v': 'version', '#lease': 'lease_expires_at' },
      ExpressionAttributeValues: { ':now': now },
      ReturnValues: 'ALL_OLD',
    }));
    return { replaced: out.Attributes as LockItem | undefined };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return null;
    throw error;
  }
}

export async function acquireLock(o: LockOptions): Promise<HeldLock> {
  const started = o.now();
  let announced = false;
  let taken = await tryTake(o);
  while (!taken) {
    const holder = await readLock(o.doc, o.table);
    const waited = o.now() - started;
    if (waited >= o.waitMs) throw new LockBusyError(holder, waited);
    if (!announced && holder) o.log(`waiting for the lock: ${describeHolder(holder)}`);
    announced = true;
    await sleep(o.pollMs);
    taken = await tryTake(o);
  }
  if (taken.replaced) o.log(`took over a stale lock (${describeHolder(taken.replaced)}): its holder stopped renewing it`);
  return holdLock(o);
}

function holdLock(o: LockOptions): HeldLock {
  const abort = new AbortController();
  const ownerCondition = { ConditionExpression: '#o = :me', ExpressionAttributeNames: { '#o': 'owner' } };
  const lost = () => {
    if (abort.signal.aborted) return;
    o.log('the lock was taken over by another runner: stopping, nothing more will be recorded');
    abort.abort(new LockLostError('another runner took it over after the lease ran out'));
  };
  const renew = async (extra: Record<string, string> = {}) => {
    const sets = Object.keys(extra).map((k, i) => `#x${i} = :x${i}`);
    await o.doc.send(new UpdateCommand({
      TableName: o.table,
      Key: { version: LOCK_VERSION },
      UpdateExpression: `SET #lease = :lease${sets.map((s) => `, ${s}`).join('')}`,
      ...ownerCondition,
      ExpressionAttributeNames: { ...ownerCondition.ExpressionAttributeNames, '#lease': 'lease_expires_at', ...Object.fromEntries(Object.keys(extra).map((k, i) => [`#x${i}`, k])) },
      ExpressionAttributeValues: { ':me': o.owner, ':lease': o.now() + o.leaseMs, ...Object.fromEntries(Object.values(extra).map((v, i) => [`:x${i}`, v])) },
    }));
  };
  const heartbeat = setInterval(() => {
    renew().catch((error: unknown) => {
      if (error instanceof ConditionalCheckFailedException) lost();
      // Anything else (throttling, the network) is retried on the next beat; the lease outlives two missed beats.
      else o.log(`lock heartbeat failed (retrying): ${(error as Error).message}`);
    });
  }, Math.max(1, Math.floor(o.leaseMs / 3)));
  heartbeat.unref();

  return {
    owner: o.owner,
    signal: abort.signal,
    async markCurrent(version) {
      if (abort.signal.aborted) throw abort.signal.reason;
      try {
        await renew({ current_version: version });
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        lost();
        throw abort.signal.reason;
      }
    },
    async release() {
      clearInterval(heartbeat);
      try {
        await o.doc.send(new DeleteCommand({ TableName: o.table, Key: { version: LOCK_VERSION }, ...ownerCondition, ExpressionAttributeValues: { ':me': o.owner } }));
      } catch (error) {
        // Not ours any more: whoever took it over releases it.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
