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

  it('shows the data model exactly as infra/model describes it', () => {
    const section = /<!-- data-model:start -->\n([\s\S]*?)<!-- data-model:end -->/.exec(readme)?.[1];
    expect(section).toBe(renderDataModelTable('{stage}'));
  });
});
