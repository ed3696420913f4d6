import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { bundledHandler } from '../../../infra/aws/lambda-code';

const entry = fileURLToPath(new URL('./fixtures/echo-handler.ts', import.meta.url));

describe('bundledHandler (local esbuild, no Docker)', () => {
  it('bundles a handler into one index.mjs asset that runs', async () => {
    const code = bundledHandler(entry);
    const config = code.bind(new Stack(new App(), 'LambdaCodeTest'));
    expect(config.s3Location).toBeDefined();
    const dir = (code as unknown as { path: string }).path;
    const source = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
    expect(source).toContain('hello ');
    const module = (await import(pathToFileURL(path.join(dir, 'index.mjs')).href)) as {
      handler: (e: { name: string }) => Promise<{ message: string }>;
    };
    await expect(module.handler({ name: 'ada' })).resolves.toMatchObject({ message: 'hello ada' });
  });

  it('gives the same asset for the same source', () => {
    const a = bundledHandler(entry) as unknown as { path: string };
    const b = bundledHandler(entry) as unknown as { path: string };
    expect(a.path).toBe(b.path);
  });

  it('fails with esbuild\'s message for a missing entry', () => {
    expect(() => bundledHandler(path.join(path.dirname(entry), 'missing.ts'))).toThrow(/missing\.ts/);
  });
});
