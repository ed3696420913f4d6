// The /tracking page in a real browser (headless Chromium): a customer signs in through the local token endpoint,
// tracks their order, and sees every status and each new position of the agent arrive through aws-amplify v6
// subscriptions, the marker moving on the SVG map; screenshots show the marker where the DOM says it is. The page
// loads nothing from anywhere but the gateway.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssignDeliveryDocument, UpdateDeliveryLocationDocument, UpdateDeliveryStatusDocument, UpdateOrderStatusDocument } from '../../client';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { readPng } from '../support/png';
import { startRepoGateway, type RepoGateway } from '../support/repo-gateway';
import { call, openShop, Q, registerAgent, roles, type Shop } from '../resolvers/storefront/storefront-api';

const PHONE = '+919811112222';
const MARKER_RGB = [0xe6, 0x39, 0x46]; // #e63946, .marker in client/pages/pages.css

let gw: RepoGateway;
let shop: Shop;
let agent: string;
let browser: Browser;
let page: Page;
let origin: string;
let outDir: string;
const requested: string[] = [];
const sockets: string[] = [];
const problems: string[] = [];


beforeAll(async () => {
  gw = await startRepoGateway({
    apps: ['storefront'],
    orderStream: true,
    pages: { log: (line) => problems.push(line) },
  });
  origin = new URL(gw.url).origin;
  shop = await openShop(gw, 'tenant-track', [{ name: 'Masala Chai', price: 180, stock: 50 }]);
  agent = await registerAgent(gw, 'agent-track', '+919000000777');
  outDir = process.env.TEST_OUTPUT_DIR ? join(process.env.TEST_OUTPUT_DIR, 'tracking-page') : mkdtempSync(join(tmpdir(), 'tracking-page-'));
  mkdirSync(outDir, { recursive: true });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gw?.close();
});

const text = (selector: string) => page.locator(selector).textContent();
const waitText = (selector: string, expected: string) =>
  page.waitForFunction(([s, e]) => document.querySelector(s)?.textContent === e, [selector, expected] as const, { timeout: 15_000 });
const marker = async () => ({
  x: Number(await page.locator('#agent-marker').getAttribute('cx')),
  y: Number(await page.locator('#agent-marker').getAttribute('cy')),
});

async function mustCall(token: string, query: string, variables: Record<string, unknown>) {
  const outcome = await call(gw, token, query, variables);
  if (outcome.errors) throw new Error(`${query.split('(')[0]}: ${JSON.stringify(outcome.errors)}`);
  return outcome.data;
}

/** A screenshot of the map, kept in the output folder, with the marker's colour checked where the DOM puts it. */
async function mapShot(name: string) {
  const file = join(outDir, `${name}.png`);
  const png = readPng(await page.locator('#map').screenshot({ path: file }));
  const scale = png.width / 480;
  const at = await marker();
  return { png, file, scale, markerPixel: png.pixel(Math.round(at.x * scale), Math.round(at.y * scale)), at };
}
const isMarkerRed = ([r, g, b]: number[]) => [r, g, b].every((c, i) => Math.abs(c - MARKER_RGB[i]) <= 12);

describe.skipIf(skipBrowserTests)('the /tracking page', () => {
  it("shows a customer's order moving live: every status, the agent's marker on the map", async () => {
    const customer = await roles(gw).customer(PHONE);
    const placed = await mustCall(customer, Q.placeOrder, {
      i: { store_id: shop.storeId, items: [{ product_id: shop.products['Masala Chai'], quantity: 1 }], customer_name: 'Asha', delivery_address: '12 Lake View', payment_method: 'COD' },
    });
    const orderId: string = placed.placeOrder.order_id;

    await page.goto(`${origin}/tracking`);
    await page.fill('#phone', PHONE);
    await page.click('#signin-button');
    await page.waitForFunction((p) => document.querySelector('#who')?.textContent?.includes(p), PHONE);
    // MyOrders, as this customer: their order is there to pick.
    await page.locator('#my-orders button', { hasText: orderId }).waitFor();

    await page.fill('#order-id', orderId);
    await page.click('#track-button');
    await page.locator('#live[data-state="live"]').waitFor({ timeout: 20_000 });
    expect(await text('#order-status')).toBe('CONFIRMED');
    expect(await text('#delivery-status')).toBe('-');
    expect(await text('#position')).toBe('No agent assigned yet.');
    expect(await page.locator('#map').getAttribute('data-points')).toBe('0');

    await mustCall(shop.owner, print(UpdateOrderStatusDocument), { order_id: orderId, status: 'PREPARING' });
    await waitText('#order-status', 'PREPARING');
    const assigned = await mustCall(shop.owner, print(AssignDeliveryDocument), { order_id: orderId, agent_id: 'agent-track' });
    const deliveryId: string = assigned.assignDelivery.delivery_id;
    await waitText('#delivery-status', 'PENDING');
    await waitText('#order-status', 'OUT_FOR_DELIVERY'); // written by assignDelivery, published from the orders stream

    const move = (lat: number, lng: number) =>
      mustCall(agent, print(UpdateDeliveryLocationDocument), { delivery_id: deliveryId, location: { lat, lng, accuracy_m: 8 } });
    const status = (s: string, extra: Record<string, unknown> = {}) =>
      mustCall(agent, print(UpdateDeliveryStatusDocument), { delivery_id: deliveryId, status: s, ...extra });

    await status('PICKED_UP');
    await waitText('#delivery-status', 'PICKED_UP');
    await move(12.9716, 77.5946);
    await page.locator('#map[data-points="1"]').waitFor();
    const first = await mapShot('1-picked-up');
    expect(first.at).toEqual({ x: 240, y: 160 }); // one position: the middle of the map
    expect(first.markerPixel.slice(0, 3), `marker colour at ${JSON.stringify(first.at)} in ${first.file}`).toSatisfy(isMarkerRed);
    expect(await text('#position')).toContain('12.97160, 77.59460');

    await status('IN_TRANSIT');
    await waitText('#delivery-status', 'IN_TRANSIT');
    await move(12.9752, 77.6021);
    await page.locator('#map[data-points="2"]').waitFor();
    const second = await mapShot('2-in-transit');
    // North-east of the first position: right of and above the middle.
    expect(second.at.x).toBeGreaterThan(first.at.x + 40);
    expect(second.at.y).toBeLessThan(first.at.y - 20);
    expect(second.markerPixel.slice(0, 3), `marker colour at ${JSON.stringify(second.at)} in ${second.file}`).toSatisfy(isMarkerRed);
    // Where the marker was is no longer marker-red: it moved, not just its attributes.
    const oldSpot = second.png.pixel(Math.round(first.at.x * second.scale), Math.round(first.at.y * second.scale));
    expect(oldSpot.slice(0, 3)).not.toSatisfy(isMarkerRed);
    expect(first.png.pixel(Math.round(second.at.x * first.scale), Math.round(second.at.y * first.scale)).slice(0, 3)).not.toSatisfy(isMarkerRed);

    await move(12.9790, 77.6080);
    await page.locator('#map[data-points="3"]').waitFor();
    // Refitted around three positions: the newest, furthest north-east, is now top right; the second has moved in.
    const third = await marker();
    expect(third.x).toBeGreaterThan(second.at.x);
    expect(third.y).toBeLessThan(second.at.y);
    expect(await page.locator('#trail').getAttribute('points')).toMatch(/^[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    await status('DELIVERED', { cod_collected_amount: 220 });
    await waitText('#delivery-status', 'DELIVERED');
    await waitText('#order-status', 'DELIVERED');
    expect(await text('#order-summary')).toContain('COD (PAID)');
    await page.screenshot({ path: join(outDir, '3-delivered-page.png'), fullPage: true });

    const events = await page.locator('#events li').evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.kind, (li as HTMLElement).dataset.status]));
    const seen = (kind: string) => events.filter(([k]) => k === kind).map(([, s]) => s).reverse(); // the list is newest first
    expect(seen('order')).toEqual(['PREPARING', 'OUT_FOR_DELIVERY', 'DELIVERED']);
    expect(seen('delivery')).toEqual(['PENDING', 'PICKED_UP', 'PICKED_UP', 'IN_TRANSIT', 'IN_TRANSIT', 'IN_TRANSIT', 'DELIVERED']);

    // Nothing but the gateway: page, CSS, bundled script, outputs, token, GraphQL over HTTP and the real-time socket.
    expect(requested.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining([`${origin}/tracking`, `${origin}/pages/tracking.js`, `${origin}/amplify_outputs.json`, `${origin}/local/token`, `${origin}/graphql`]));
    expect(sockets.length).toBeGreaterThan(0);
    for (const url of sockets) expect(url.startsWith(`ws://${new URL(origin).host}/graphql/realtime`)).toBe(true);
    expect(problems).toEqual([]);
  }, 120_000);

  it("refuses to show another customer's order", async () => {
    const other = await roles(gw).customer('+919833334444');
    const placed = await mustCall(other, Q.placeOrder, {
      i: { store_id: shop.storeId, items: [{ product_id: shop.products['Masala Chai'], quantity: 1 }], customer_name: 'Ravi', delivery_address: '3 Hill St', payment_method: 'COD' },
    });
    await page.fill('#order-id', placed.placeOrder.order_id);
    await page.click('#track-button');
    await page.locator('#live[data-state="error"]').waitFor({ timeout: 20_000 });
    expect(await text('#error')).toContain('is not one of yours');
    expect(await text('#order-status')).toBe('-');
    writeFileSync(join(outDir, 'README.txt'), `screenshots of test/client/tracking-page.browser.test.ts, ${new Date().toISOString()}\n`);
  }, 60_000);
});
