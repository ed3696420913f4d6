/** Reads the numbered SQL migrations (`0001_core.sql`, ...) and their SHA-256 checksums. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MigrationError } from './errors';

export interface MigrationFile {
  /** File name, e.g. `0003_pricing.sql`; also its key in `schema_migrations`. */
  name: string;
  sql: string;
  /** SHA-256 of the file's bytes, hex. */
  checksum: string;
}

export const defaultMigrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

const NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** The migrations of `dir` in the order they apply. Other files (README, ...) are ignored. */
export async function loadMigrationFiles(dir: string = defaultMigrationsDir): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const seen = new Map<string, string>();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) {
      throw new MigrationError('MigrationInvalidName', `${name}: migration files are named NNNN_words.sql`);
    }
    const other = seen.get(match[1]);
    if (other) throw new MigrationError('MigrationInvalidName', `${name} and ${other} share number ${match[1]}`);
    seen.set(match[1], name);
    const sql = await readFile(join(dir, name), 'utf8');
    files.push({ name, sql, checksum: checksumOf(sql) });
  }
  return files;
}
