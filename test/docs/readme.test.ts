import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDataModelTable } from '../../infra/model/render-markdown';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two commands that work on a fresh machine', () => {
    const head = readme.split('\n').slice(0, 10).join('\n');
    expect(head).toContain('npm ci && npm start');
    expect(head).toContain('npm ci && npm test');
  });

  it('shows only client examples that compile: each is a piece of test/client/readme-examples.ts', () => {
    const compiled = readFileSync(new URL('../client/readme-examples.ts', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Typed client for the apps'), readme.indexOf('## Deploying to AWS'));
    const examples = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const example of examples) expect(compiled).toContain(example);
  });

  it('shows the data model exactly as infra/model describes it', () => {
    const section = /<!-- data-model:start -->\n([\s\S]*?)<!-- data-model:end -->/.exec(readme)?.[1];
    expect(section).toBe(renderDataModelTable('{stage}'));
  });
});
