// Exactly once, whatever happens: any interleaving of sends, replays, duplicate events, concurrent flushes and
// flushes killed inside the transaction or between the commit and the hot-store mark counts every distinct event
// once. Runs on PGlite and, when TEST_DATABASE_URL is set, on the real PostgreSQL server.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../../functions/db/database';
import { recordUsageEvents } from '../../../functions/billing/ingest/record-usage-events';
import { flushPending, type FlushDeps } from '../../../functions/billing/ingest/flush';
import { Money } from '../../../functions/billing/money';
import { backends } from '../support/databases';
import { billingFixture, newOrganisation, type BillingFixture } from './billing-fixture';

class Killed extends Error {}

/** The database, except that the `failAt`-th statement inside a transaction kills it (the transaction rolls back). */
function killingDatabase(db: Database, failAt: number): Database {
  let seen = 0;
  return {
    ...db,
    query: db.query.bind(db),
    exec: db.exec.bind(db),
    close: db.close.bind(db),
    transaction: (fn) =>
      db.transaction((tx) => {
        const dying: Queryable = {
          query: (sql, params) => (++seen === failAt ? Promise.reject(new Killed('killed mid-transaction')) : tx.query(sql, params)),
          exec: (sql) => tx.exec(sql),
        };
        return fn(dying);
      }),
  };
}

type Step =
  | { kind: 'send'; events: number[] }
  | { kind: 'flush' }
  | { kind: 'concurrentFlushes' }
  | { kind: 'killAfterCommit' }
  | { kind: 'killInTransaction' };

const stepArb = (eventCount: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), events: fc.array(fc.nat(eventCount - 1), { minLength: 1, maxLength: 12 }) }) },
    fc.constant({ kind: 'flush' as const }),
    fc.constant({ kind: 'concurrentFlushes' as const }),
    fc.constant({ kind: 'killAfterCommit' as const }),
    fc.constant({ kind: 'killInTransaction' as const }),
  );

const scenarioArb = fc
  .array(fc.tuple(fc.nat(10_000_000), fc.nat(3)), { minLength: 1, maxLength: 20 })
  .chain((values) => fc.record({ values: fc.constant(values), steps: fc.array(stepArb(values.length), { minLength: 1, maxLength: 14 }) }));

describe.each(backends)('exactly-once counting on $name', ({ name, available }) => {
  let fx: BillingFixture;
  beforeAll(async () => {
    if (available) fx = await billingFixture(name);
  }, 60_000);
  afterAll(async () => fx?.close());

  it.skipIf(!available)('counts every distinct event once under any interleaving, replay and crash', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ values, steps }) => {
        const { organisationId, projectId } = await newOrganisation(fx.db);
        const now = Date.now();
        // Distinct events: the same key always carries the same content (a replay is a byte-identical resend).
        const events = values.map(([units, scale], i) => ({
          metric_name: 'api_calls',
          metric_value: new Money(units).dividedBy(10 ** scale).toFixed(),
          unit: 'requests',
          timestamp: new Date(now - i * 1000).toISOString(),
          idempotency_key: `ev-${i}`,
        }));
        const sent = new Set<number>();
        const deps: FlushDeps = { db: fx.db, doc: fx.doc, hotTable: fx.hotTable, now: () => Date.now() };
        const survive = (p: Promise<unknown>) => p.catch((e: unknown) => {
          if (!(e instanceof Killed)) throw e;
        });
        for (const step of steps) {
          if (step.kind === 'send') {
            await recordUsageEvents({ ...fx, nowMs: Date.now() }, { organisation_id: organisationId, project_id: projectId }, step.events.map((i) => events[i]));
            for (const i of step.events) sent.add(i);
          } else if (step.kind === 'flush') await flushPending(deps);
          else if (step.kind === 'concurrentFlushes') await Promise.all([flushPending(deps), flushPending(deps)]);
          else if (step.kind === 'killAfterCommit') await survive(flushPending({ ...deps, afterCommit: () => Promise.reject(new Killed('killed after commit')) }));
          else await survive(flushPending({ ...deps, db: killingDatabase(fx.db, 1) }));
        }
        await flushPending(deps);

        const expected = [...sent].reduce((sum, i) => sum.plus(events[i].metric_value), new Money(0));
        const { rows } = await fx.db.query<{ total: string | null; count: string | null; events: string }>(
          `SELECT (SELECT sum(total_value) FROM usage_aggregates WHERE organisation_id = $1) AS total,
                  (SELECT sum(event_count) FROM usage_aggregates WHERE organisation_id = $1) AS count,
                  (SELECT count(*) FROM usage_events WHERE organisation_id = $1) AS events`,
          [organisationId],
        );
        expect(new Money(rows[0].total ?? 0).equals(expected)).toBe(true);
        expect(Number(rows[0].count ?? 0)).toBe(sent.size);
        expect(Number(rows[0].events)).toBe(sent.size);
      }),
      { numRuns: name === 'pglite' ? 25 : 40 },
    );
  }, 300_000);
});
