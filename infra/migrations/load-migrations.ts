/**
 * Loads the migration modules of a folder: every `NNN-name.ts` (or `.js`) file, whose exports must form a
 * DataMigration with `version` equal to the file's NNN. Any other `.ts`/`.js` file in the folder is refused rather
 * than ignored, so a misnamed migration cannot silently never run.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrationProblem, orderedMigrations, type DataMigration } from './data-migration';

/** The Flow Logic data migrations (the seed's migrations table), run by `npm run migrate` and by `npm start`. */
export const FLOWLOGIC_MIGRATIONS_DIR = fileURLToPath(new URL('./flowlogic', import.meta.url));

const FILE_PATTERN = /^(\d{3})-[a-z0-9][a-z0-9-]*\.(ts|js)$/;

export async function loadMigrations(dir: string): Promise<DataMigration[]> {
  const folder = resolve(dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`no migrations folder at ${folder}`);
  const files = readdirSync(folder).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const misnamed = files.filter((f) => !FILE_PATTERN.test(f));
  if (misnamed.length > 0) throw new Error(`${folder}: not named NNN-name.ts: ${misnamed.join(', ')}`);
  const migrations: DataMigration[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(folder, file)).href)) as Partial<DataMigration>;
    const problem = migrationProblem(mod, file);
    if (problem) throw new Error(problem);
    const prefix = FILE_PATTERN.exec(file)?.[1];
    if (mod.version !== prefix) throw new Error(`${file}: exports version "${mod.version}", but its name says ${prefix}`);
    const { version, description, author, up } = mod as DataMigration;
    migrations.push({ version, description, author, up });
  }
  return orderedMigrations(migrations);
}
