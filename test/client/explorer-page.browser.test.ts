// The /explorer page in headless Chromium: it introspects the API into a list of operations, starts a document from
// one, runs it over HTTP POST with the API key, mints a local token and runs as that user, and shows AppSync's
// answers (a refusal included) as they came; nothing is loaded from anywhere but the gateway.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startRepoGateway, type RepoGateway } from '../support/repo-gateway';
import { openShop, type Shop } from '../resolvers/storefront/storefront-api';

let gw: RepoGateway;
let shop: Shop;
let browser: Browser;
let page: Page;
let origin: string;
const requested: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  gw = await startRepoGateway({
    apps: ['storefront'],
    pages: { log: (line) => problems.push(line) },
  });
  origin = new URL(gw.url).origin;
  shop = await openShop(gw, 'tenant-explore', [{ name: 'Filter Coffee', price: 90, stock: 10 }]);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gw?.close();
});

/** Runs what is in the editor and returns the answer shown (parsed) once its status line is there. */
async function runShown(): Promise<{ status: string; body: { data?: Record<string, unknown> | null; errors?: { errorType?: string; message: string }[] } }> {
  await page.evaluate(() => {
    document.querySelector('#result-status')!.textContent = '';
  });
  await page.click('#run');
  await page.waitForFunction(() => /^HTTP \d+/.test(document.querySelector('#result-status')?.textContent ?? ''));
  return { status: (await page.locator('#result-status').textContent()) ?? '', body: JSON.parse((await page.locator('#result').textContent()) ?? 'null') };
}

describe.skipIf(skipBrowserTests)('the /explorer page', () => {
  it('lists the operations, starts a document from one and runs it with the API key', async () => {
    await page.goto(`${origin}/explorer`);
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#endpoint').textContent()).toBe(`POST ${origin}/graphql`);
    expect(await page.locator('#api-key').inputValue()).toBe(gw.auth.apiKey.id);
    const listed = await page.locator('#operations button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.field));
    expect(listed).toEqual(expect.arrayContaining(['query.getPublicStore', 'query.getOrder', 'mutation.placeOrder', 'subscription.onDeliveryUpdated']));

    await page.fill('#filter', 'publicstore');
    expect(await page.locator('#operations button:visible').allTextContents()).toEqual(['getPublicStore']);
    await page.click('#operations button[data-field="query.getPublicStore"]');
    expect(await page.locator('#query').inputValue()).toMatch(/^query GetPublicStore\(\$store_id: ID!\) \{\n {2}getPublicStore\(store_id: \$store_id\) \{\n {4}tenant_id\n/);
    expect(JSON.parse(await page.locator('#variables').inputValue())).toEqual({ store_id: '' });
    await page.fill('#variables', JSON.stringify({ store_id: shop.storeId }));
    const { status, body } = await runShown();
    expect(status).toMatch(/^HTTP 200 · \d+ ms$/);
    expect(body.errors).toBeUndefined();
    expect(body.data?.getPublicStore).toMatchObject({ store_id: shop.storeId, tenant_id: 'tenant-explore', status: 'PUBLISHED' });
    const outDir = process.env.TEST_OUTPUT_DIR ? join(process.env.TEST_OUTPUT_DIR, 'explorer-page') : mkdtempSync(join(tmpdir(), 'explorer-page-'));
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'public-store.png'), fullPage: true });
  });

  it('mints a local token and runs as that user; shows a refusal as AppSync answers it', async () => {
    await page.fill('#query', 'query { getMyTenant { tenant_id business_name } }');
    await page.fill('#variables', '{}');
    await page.selectOption('#auth-mode', 'userPool');
    await page.fill('#credential', '');
    const refused = await runShown();
    expect(refused.status).toMatch(/^HTTP 401/);
    expect(refused.body.errors?.[0]?.errorType).toBe('UnauthorizedException');

    await page.locator('details summary').click();
    await page.fill('#mint-sub', 'owner-tenant-explore');
    await page.fill('#mint-groups', 'BUSINESS_OWNER');
    await page.fill('#mint-claims', 'custom:tenant_id=tenant-explore');
    await page.click('#mint-button');
    await page.waitForFunction(() => document.querySelector('#credential-info')?.textContent?.includes('tenant tenant-explore'));
    expect(await page.locator('#auth-mode').inputValue()).toBe('userPool');
    const mine = await runShown();
    expect(mine.body.data?.getMyTenant).toEqual({ tenant_id: 'tenant-explore', business_name: 'Shop tenant-explore' });

    await page.fill('#query', 'subscription { onOrderUpdated { order_id } }');
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#result-status')?.textContent === 'not sent');
    await page.fill('#query', 'query { getMyTenant { ');
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#result-status')?.textContent === 'syntax error');

    expect(requested.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
