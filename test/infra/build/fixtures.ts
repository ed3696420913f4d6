/** Fixture helpers for the build tests: copies of test/fixtures/build/<name> in a temporary directory, editable. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { BuildError, buildResolvers, type BuildOptions, type BuildProblem } from '../../../infra/build';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/build/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Data sources the fixture resolvers route to. */
export const FIXTURE_DATA_SOURCES = ['orders', 'items', 'NONE'];

export interface FixtureCopy {
  root: string;
  schemaDir: string;
  resolversDir: string;
  write(relativePath: string, body: string): string;
  remove(relativePath: string): void;
  options(): BuildOptions;
  dispose(): void;
}

export function copyFixture(name: string): FixtureCopy {
  const root = mkdtempSync(path.join(tmpdir(), `build-${name}-`));
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return {
    root,
    schemaDir: path.join(root, 'schema'),
    resolversDir: path.join(root, 'resolvers'),
    write(relativePath, body) {
      const file = path.join(root, relativePath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, body);
      return file;
    },
    remove(relativePath) {
      rmSync(path.join(root, relativePath), { recursive: true, force: true });
    },
    options() {
      return { schemaDir: this.schemaDir, resolversDir: this.resolversDir, dataSourceNames: FIXTURE_DATA_SOURCES };
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Runs a build that must fail and returns its problems. */
export async function buildProblems(options: BuildOptions): Promise<readonly BuildProblem[]> {
  const error = await buildResolvers(options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BuildError);
  return (error as BuildError).problems;
}

/** A trivial unit resolver module. */
export const UNIT_CODE = `export function request() {
  return {};
}

export function response(ctx) {
  return ctx.result;
}
`;
