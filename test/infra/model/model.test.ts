import { describe, expect, it } from 'vitest';
import {
  keyAttributes,
  physicalName,
  tableById,
  tables,
  type KeyAttribute,
  type TableModel,
} from '../../../infra/model';
import { SEED_TABLES, type SeedKey } from './seed-tables';

const sameKey = (seed: SeedKey | undefined, model: KeyAttribute | undefined) =>
  seed?.name === model?.name && seed?.type === model?.type;

function modelOf(seedName: string): TableModel {
  const matches = tables.filter((t) => t.seedName === seedName);
  expect(matches, `model tables for seed table ${seedName}`).toHaveLength(1);
  return matches[0];
}

/** A difference is explained when the explanation names the seed's or the model's attribute. */
function explains(text: string | undefined, ...names: (string | undefined)[]): boolean {
  return !!text && names.some((n) => n !== undefined && text.includes(n.split(' ')[0]));
}

describe('the model against the seeds, table by table', () => {
  for (const seed of SEED_TABLES) {
    describe(`${seed.seed} ${seed.name}`, () => {
      it('has the seed partition key, and the sort key or a written reason for changing it', () => {
        const table = modelOf(seed.name);
        expect(table.partitionKey).toEqual({ name: seed.partitionKey.name, type: seed.partitionKey.type });
        if (!sameKey(seed.sortKey, table.sortKey)) {
          expect(
            explains(table.changes.join(' '), seed.sortKey?.name, table.sortKey?.name),
            table.changes.join(' | '),
          ).toBe(true);
        }
      });

      it('has every seed GSI, identical or with its change explained', () => {
        const table = modelOf(seed.name);
        for (const index of seed.indexes) {
          const model = table.globalIndexes.find((i) => i.name === index.name);
          expect(model, `index ${index.name}`).toBeDefined();
          const identical = sameKey(index.partitionKey, model!.partitionKey) && sameKey(index.sortKey, model!.sortKey);
          if (!identical) {
            const names = [
              ...(sameKey(index.partitionKey, model!.partitionKey)
                ? []
                : [index.partitionKey.name, model!.partitionKey.name]),
              ...(sameKey(index.sortKey, model!.sortKey) ? [] : [index.sortKey?.name, model!.sortKey?.name]),
            ];
            expect(explains(model!.change, ...names), `${index.name}: ${model!.change}`).toBe(true);
          }
        }
      });

      it('explains every GSI the seed does not have', () => {
        const table = modelOf(seed.name);
        const added = table.globalIndexes.filter((i) => !seed.indexes.some((s) => s.name === i.name));
        for (const index of added)
          expect(index.change?.trim().length ?? 0, `${table.id}.${index.name}`).toBeGreaterThan(10);
      });

      it('keeps the seed name, with the stage where the seed had none or a written reason', () => {
        const table = modelOf(seed.name);
        if (table.namePattern !== seed.name && physicalName(table, 'dev') !== seed.name) {
          expect(table.changes.join(' ')).toMatch(/stage|prefix/i);
        }
      });

      if (seed.stream !== undefined) {
        it(`has streams ${seed.stream ? 'on (NEW_AND_OLD_IMAGES)' : 'off'} as the seed says`, () => {
          expect(modelOf(seed.name).stream).toBe(seed.stream ? 'NEW_AND_OLD_IMAGES' : undefined);
        });
      }
    });
  }
});

describe('the model as a whole', () => {
  // Two tables are not in the seeds: the billing hot-event store (DESIGN.md) and the Flow Logic audit trail the
  // seed's streams feed (it names the purpose, not the store).
  it('holds the 23 seed tables plus the billing hot-event and Flow Logic audit tables, and nothing else', () => {
    expect(SEED_TABLES).toHaveLength(23);
    expect(tables).toHaveLength(25);
    const extra = tables.filter((t) => !SEED_TABLES.some((s) => s.name === t.seedName));
    expect(extra.map((t) => t.id).sort()).toEqual(['flowAudit', 'usageHotEvents']);
  });

  it('has unique ids usable as AppSync data source names, and unique valid physical names', () => {
    const ids = tables.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    for (const stage of ['local', 'dev', 'prod']) {
      const names = tables.map((t) => physicalName(t, stage));
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_.-]{3,255}$/);
    }
    expect(tables.every((t) => t.namePattern.includes('{stage}'))).toBe(true);
  });

  it('keys every table and index with S, N or B only, one type per attribute', () => {
    for (const table of tables) {
      const keys = [
        table.partitionKey,
        table.sortKey,
        ...table.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ];
      for (const key of keys.filter(Boolean)) expect(['S', 'N', 'B'], `${table.id}.${key!.name}`).toContain(key!.type);
      expect(() => keyAttributes(table)).not.toThrow();
      expect(
        keyAttributes(table)
          .map((a) => a.name)
          .sort(),
      ).toEqual([...new Set(keys.filter(Boolean).map((k) => k!.name))].sort());
      const indexNames = table.globalIndexes.map((i) => i.name);
      expect(new Set(indexNames).size).toBe(indexNames.length);
    }
  });

  it('streams every Flow Logic seed table but migrations (the audit table the streams feed is not streamed)', () => {
    const flow = tables.filter((t) => t.app === 'flowlogic');
    expect(flow).toHaveLength(9);
    for (const t of flow) expect(t.stream, t.id).toBe(['flowMigrations', 'flowAudit'].includes(t.id) ? undefined : 'NEW_AND_OLD_IMAGES');
  });

  it("keeps the seeds' table count per app (Flow Logic: 8 + the audit table)", () => {
    const count = (app: string) => tables.filter((t) => t.app === app).length;
    expect([count('reporting'), count('storefront'), count('racesim'), count('flowlogic'), count('billing')]).toEqual([
      3, 7, 5, 9, 1,
    ]);
  });
});

describe('DESIGN.md errata, each fixed in the model', () => {
  it('Flow Logic active-index is keyed on a sparse string, not the Boolean is_active', () => {
    const index = tableById('flowPlans').globalIndexes.find((i) => i.name === 'active-index')!;
    expect(index.partitionKey).toEqual({ name: 'active_user_id', type: 'S' });
    expect(index.sortKey).toEqual({ name: 'created_at', type: 'S' });
    expect(index.change).toMatch(/Boolean/);
  });

  it('Flow Logic calendar tasks are sorted by the string task_key (task_date#task_id)', () => {
    const table = tableById('flowCalendarTasks');
    expect(table.sortKey).toEqual({ name: 'task_key', type: 'S' });
    expect(table.changes.join(' ')).toContain('YYYY-MM-DD#task_id');
  });

  it('Flow Logic top streaks have an index across users (top-streaks-index: date, streak)', () => {
    const index = tableById('flowProgress').globalIndexes.find((i) => i.name === 'top-streaks-index')!;
    expect(index.partitionKey).toEqual({ name: 'date', type: 'S' });
    expect(index.sortKey).toEqual({ name: 'streak', type: 'N' });
    expect(index.partitionKey.name).not.toBe('user_id');
  });

  it('F1 simulation results can be listed per user (user-index)', () => {
    const index = tableById('f1SimulationResults').globalIndexes.find((i) => i.name === 'user-index')!;
    expect(index.partitionKey).toEqual({ name: 'user_id', type: 'S' });
    expect(index.sortKey).toEqual({ name: 'created_at', type: 'S' });
  });

  it('the billing hot-event table is keyed per organisation, with a TTL', () => {
    const table = tableById('usageHotEvents');
    expect(table.partitionKey).toEqual({ name: 'organisation_id', type: 'S' });
    expect(table.sortKey).toEqual({ name: 'idempotency_key', type: 'S' });
    expect(table.ttlAttribute).toBe('expires_at');
    expect(table.app).toBe('billing');
  });
});
