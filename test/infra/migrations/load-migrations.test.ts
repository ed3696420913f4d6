// Loading a migrations folder: the repo's Flow Logic migrations in order (and agreeing with the demo data's records),
// and clear refusals for misnamed files, a version that contradicts the file name, and incomplete exports.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOW_MIGRATIONS } from '../../../infra/local/demo-data/flowlogic';
import { loadMigrations } from '../../../infra/migrations/load-migrations';
import { FLOWLOGIC_MIGRATIONS_DIR } from '../../../infra/migrations/load-migrations';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const module = (version: string, extra = '') =>
  `export const version = '${version}';\nexport const description = 'does ${version}';\nexport const author = 'tests';\nexport async function up() { return { v: ${Number(version)} }; }\n${extra}`;

describe('loadMigrations', () => {
  it('loads the Flow Logic migrations in version order, matching what the demo data records as applied', async () => {
    const migrations = await loadMigrations(FLOWLOGIC_MIGRATIONS_DIR);
    expect(migrations.map((m) => m.version)).toEqual(['002', '003', '004']);
    // The demo data says 002 and 003 ran (001, table creation, predates the runner); their modules must agree, or
    // `npm run migrate` after `npm start` would warn about drift.
    for (const m of migrations) {
      const row = FLOW_MIGRATIONS.find((r) => r.version === m.version);
      if (row) expect({ description: m.description, author: m.author }).toEqual({ description: row.description, author: row.author });
    }
    expect(FLOW_MIGRATIONS.map((r) => r.version)).toEqual(['001', '002', '003']);
  });

  it('loads a folder of modules and sorts them by version', async () => {
    const dir = folder({ '010-last.ts': module('010'), '002-first.ts': module('002'), 'README.md': '# not code' });
    const migrations = await loadMigrations(dir);
    expect(migrations.map((m) => [m.version, m.description])).toEqual([['002', 'does 002'], ['010', 'does 010']]);
    expect(await migrations[1].up({} as never)).toEqual({ v: 10 });
  });

  it('refuses what would silently not run or run wrongly', async () => {
    await expect(loadMigrations(folder({ '002-ok.ts': module('002'), 'backfill.ts': module('003') }))).rejects.toThrow(/not named NNN-name\.ts: backfill\.ts/);
    await expect(loadMigrations(folder({ '2-short.ts': module('002') }))).rejects.toThrow(/not named NNN-name/);
    await expect(loadMigrations(folder({ '003-x.ts': module('004') }))).rejects.toThrow('003-x.ts: exports version "004", but its name says 003');
    await expect(loadMigrations(folder({ '003-x.ts': "export const version = '003'; export const description = 'd'; export async function up() {}" })))
      .rejects.toThrow('003-x.ts: `author` must be a non-empty string');
    await expect(loadMigrations(folder({ '003-x.ts': "export const version = '003'; export const description = 'd'; export const author = 'a';" })))
      .rejects.toThrow('003-x.ts: `up(ctx)` must be a function');
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    mkdirSync(join(dir, 'inner'));
    await expect(loadMigrations(join(dir, 'missing'))).rejects.toThrow(/no migrations folder at/);
    expect(await loadMigrations(join(dir, 'inner'))).toEqual([]);
  });
});
