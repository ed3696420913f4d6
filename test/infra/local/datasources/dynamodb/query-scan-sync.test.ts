import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
const S = (s: string) => ({ S: s });
const userEvents = Array.from({ length: 7 }, (_, i) => ({ pk: 'user#1', sk: `2024-01-0${i + 1}`, kind: i % 2 === 0 ? 'even' : 'odd', n: i }));

beforeAll(async () => {
  fx = await createFixture('qs');
  const ds = dataSource(fx, fx.events);
  for (const e of [...userEvents, { pk: 'user#2', sk: '2024-02-01', kind: 'even', n: 100 }]) {
    const { pk, sk, ...rest } = e;
    const out = await ds.invoke({
      operation: 'PutItem', key: { pk: S(pk), sk: S(sk) },
      attributeValues: { kind: S(rest.kind), n: { N: rest.n }, _lastChangedAt: { N: rest.n < 5 ? 1000 : 3000 } },
    });
    expect(out.error).toBeUndefined();
  }
});
afterAll(async () => fx?.dispose());

const byUser = (extra: Record<string, unknown> = {}) => ({
  operation: 'Query',
  query: { expression: '#pk = :pk', expressionNames: { '#pk': 'pk' }, expressionValues: { ':pk': S('user#1') } },
  ...extra,
});

describe('Query', () => {
  it('returns { items, nextToken: null, scannedCount } for a single page', async () => {
    const out = await dataSource(fx, fx.events).invoke(byUser({ version: '2017-02-28' }));
    const result = out.result as { items: { sk: string }[]; nextToken: unknown; scannedCount: number };
    expect(result.items.map((i) => i.sk)).toEqual(userEvents.map((e) => e.sk));
    expect(result.nextToken).toBeNull();
    expect(result.scannedCount).toBe(7);
    expect(Object.keys(result).sort()).toEqual(['items', 'nextToken', 'scannedCount']);
  });

  it('pages with an opaque nextToken until it is null', async () => {
    const ds = dataSource(fx, fx.events);
    const seen: string[] = [];
    let nextToken: string | null = null;
    for (let pageNo = 0; pageNo < 10; pageNo += 1) {
      const out = await ds.invoke(byUser({ limit: 3, nextToken }));
      const result = out.result as { items: { sk: string }[]; nextToken: string | null };
      seen.push(...result.items.map((i) => i.sk));
      nextToken = result.nextToken;
      if (nextToken === null) break;
      expect(nextToken).not.toContain('user#1');
      expect(nextToken).not.toContain('LastEvaluatedKey');
    }
    expect(nextToken).toBeNull();
    expect(seen).toEqual(userEvents.map((e) => e.sk));
  });

  it('queries backwards with scanIndexForward false and a sort key condition', async () => {
    const out = await dataSource(fx, fx.events).invoke({
      operation: 'Query', scanIndexForward: false,
      query: {
        expression: 'pk = :pk AND sk BETWEEN :from AND :to',
        expressionValues: { ':pk': S('user#1'), ':from': S('2024-01-02'), ':to': S('2024-01-04') },
      },
    });
    expect((out.result as { items: { sk: string }[] }).items.map((i) => i.sk)).toEqual(['2024-01-04', '2024-01-03', '2024-01-02']);
  });

  it('applies a filter after reading: scannedCount counts what was read', async () => {
    const out = await dataSource(fx, fx.events).invoke(byUser({
      filter: { expression: '#n >= :min', expressionNames: { '#n': 'n' }, expressionValues: { ':min': { N: 5 } } },
    }));
    const result = out.result as { items: { n: number }[]; scannedCount: number };
    expect(result.items.map((i) => i.n)).toEqual([5, 6]);
    expect(result.scannedCount).toBe(7);
  });

  it('queries a GSI by index name', async () => {
    const out = await dataSource(fx, fx.events).invoke({
      operation: 'Query', index: 'byKind',
      query: { expression: 'kind = :k', expressionValues: { ':k': S('odd') } },
    });
    expect((out.result as { items: { n: number }[] }).items.map((i) => i.n)).toEqual([1, 3, 5]);
  });

  it('refuses a nextToken that is not one of ours, or comes from another index', async () => {
    const ds = dataSource(fx, fx.events);
    const bad = await ds.invoke(byUser({ nextToken: 'not-a-token' }));
    expect(bad.error?.message).toMatch(/Invalid nextToken/);
    const first = await ds.invoke(byUser({ limit: 2 }));
    const token = (first.result as { nextToken: string }).nextToken;
    const other = await ds.invoke({ operation: 'Query', index: 'byKind', query: { expression: 'kind = :k', expressionValues: { ':k': S('odd') } }, nextToken: token });
    expect(other.error?.message).toMatch(/Invalid nextToken/);
    const flipped = token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21);
    expect((await ds.invoke(byUser({ nextToken: flipped }))).error?.message).toMatch(/Invalid nextToken/);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('2024-01');
    expect((await ds.invoke(byUser({ nextToken: token }))).error).toBeUndefined();
  });
});

describe('Scan', () => {
  it('pages through the whole table', async () => {
    const ds = dataSource(fx, fx.events);
    const seen: number[] = [];
    let nextToken: string | null = null;
    let pages = 0;
    do {
      const out = await ds.invoke({ operation: 'Scan', limit: 3, nextToken });
      const result = out.result as { items: { n: number }[]; nextToken: string | null; scannedCount: number };
      seen.push(...result.items.map((i) => i.n));
      nextToken = result.nextToken;
      pages += 1;
    } while (nextToken !== null && pages < 10);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 100]);
    expect(pages).toBeGreaterThan(2);
  });

  it('filters and projects', async () => {
    const out = await dataSource(fx, fx.events).invoke({
      operation: 'Scan',
      filter: { expression: '#k = :k', expressionNames: { '#k': 'kind' }, expressionValues: { ':k': S('even') } },
      projection: { expression: '#n', expressionNames: { '#n': 'n' } },
    });
    const items = (out.result as { items: { n: number }[] }).items;
    expect(items.map((i) => i.n).sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 100]);
    expect(items.every((i) => Object.keys(i).join() === 'n')).toBe(true);
  });

  it('scans one segment of a parallel scan', async () => {
    const ds = dataSource(fx, fx.events);
    const a = await ds.invoke({ operation: 'Scan', totalSegments: 2, segment: 0 });
    const b = await ds.invoke({ operation: 'Scan', totalSegments: 2, segment: 1 });
    const count = (o: { result?: unknown }) => (o.result as { items: unknown[] }).items.length;
    expect(count(a) + count(b)).toBe(8);
  });
});

describe('Sync', () => {
  it('without lastSync pages through the base table and reports startedAt', async () => {
    const out = await dataSource(fx, fx.events, () => 4242).invoke({ operation: 'Sync', limit: 100 });
    const result = out.result as { items: unknown[]; nextToken: unknown; startedAt: number };
    expect(result.items).toHaveLength(8);
    expect(result.nextToken).toBeNull();
    expect(result.startedAt).toBe(4242);
    expect(Object.keys(result).sort()).toEqual(['items', 'nextToken', 'startedAt']);
  });

  it('with lastSync returns only what changed after it', async () => {
    const out = await dataSource(fx, fx.events).invoke({ operation: 'Sync', lastSync: 2000 });
    expect((out.result as { items: { n: number }[] }).items.map((i) => i.n).sort((a, b) => a - b)).toEqual([5, 6, 100]);
  });

  it('refuses a limit above 1000', async () => {
    const out = await dataSource(fx, fx.events).invoke({ operation: 'Sync', limit: 1001 });
    expect(out.error?.type).toBe('MappingTemplate');
  });
});
