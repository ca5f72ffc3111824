import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  browserMissing,
  expectAccessible,
  launchBrowser,
  login,
  newPage,
  type PortalServer,
  startPortalServer,
} from './support.ts';

const SELLER = ['owner@golden-dragon.openipp.local', 'dragon-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;

/**
 * Linked accounts in a real browser against the demo: Golden Dragon's outlet is held because it
 * pays out to the same account as a suspended store; the seller sees why and contests it, and the
 * operator sees the cluster with its evidence. Both languages.
 */
describe('linked accounts', { skip: browserMissing, timeout: 600_000 }, () => {
  let server: PortalServer;
  let browser: Browser;
  before(async () => {
    server = await startPortalServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the seller sees its linked stores with the evidence and contests the held one', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...SELLER);
    await page.getByRole('link', { name: 'Linked accounts' }).first().click();
    await page.waitForURL(/\/seller\/links$/);
    await page.getByRole('heading', { name: 'Linked accounts' }).waitFor();
    const outlet = page.locator('.ant-card').filter({ hasText: 'Golden Dragon Outlet' }).first();
    await outlet.getByText('Held at registration').waitFor();
    await outlet
      .getByText(/shares its payout account with store/)
      .first()
      .waitFor();
    await outlet.getByText('Shared: payout account').waitFor();
    // The suspended store of another trader appears by marketplace only, never by name.
    await outlet
      .getByText(/A store of another trader on Tianhe Mall \(demo\)/)
      .first()
      .waitFor();
    assert.equal(
      await page.getByText('Luxe Replica House').count(),
      0,
      "another trader's store name is not shown",
    );
    // Golden Dragon's own two stores are linked by legal name and phone.
    const flagship = page.locator('.ant-card').filter({ hasText: 'Golden Dragon Flagship' }).first();
    await flagship.getByText('Shared: legal name, phone number').waitFor();
    await expectAccessible(page, 'linked accounts');

    await outlet.getByRole('button', { name: 'Contest the hold of Golden Dragon Outlet' }).click();
    await outlet.getByRole('button', { name: 'Send' }).click();
    await outlet.getByText('Please explain why.').waitFor();
    await outlet
      .getByLabel('Why the link is wrong')
      .fill('That payout account belongs to our payment agent, not to Luxe Replica House.');
    const filed = page.waitForResponse(
      (r) => /\/v1\/decisions\/[^/]+\/appeals$/.test(r.url()) && r.request().method() === 'POST',
    );
    await outlet.getByRole('button', { name: 'Send' }).click();
    assert.equal((await filed).status(), 201);
    await page.getByText('Your appeal was filed. A reviewer will decide it.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the operator opens a store's cluster from Stores, in Chinese too", async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto('/admin/stores');
    await page.getByRole('link', { name: 'Linked accounts of Golden Dragon Outlet' }).click();
    await page.waitForURL(/\/admin\/stores\/[^/]+\/links$/);
    await page.getByRole('heading', { name: 'Store links' }).waitFor();
    // Staff see every store of the cluster in full, with its status.
    await page.getByText('Luxe Replica House (Tianhe Mall (demo))').first().waitFor();
    await page.getByText('Suspended').first().waitFor();
    await page.getByText('Shared: payout account').waitFor();
    await expectAccessible(page, 'store links');
    assert.deepEqual(problems, []);
    await context.close();

    const zh = await newPage(browser, server.baseUrl);
    await login(zh.page, ...SELLER);
    await zh.page.goto('/seller/links');
    await zh.page.getByRole('heading', { name: 'Linked accounts' }).waitFor();
    await zh.page.getByLabel('Language').click();
    await zh.page.getByTitle('简体中文').click();
    await zh.page.getByRole('heading', { name: '关联账户' }).waitFor();
    await zh.page.getByText('共享：收款账户').first().waitFor();
    await expectAccessible(zh.page, 'linked accounts (zh-CN)');
    assert.deepEqual(zh.problems, []);
    await zh.context.close();
  });
});
