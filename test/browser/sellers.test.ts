import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  browserMissing,
  client,
  expectAccessible,
  launchBrowser,
  login,
  newPage,
  type PortalServer,
  screenshot,
  startPortalServer,
} from './support.ts';

const SELLER = ['owner@bargain-barn.openipp.local', 'bargain-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;

/**
 * Seller accountability in the portal: the seller reads its standing, acknowledges the education
 * module and appeals a sanction from its statement; the operator sanctions a store by hand and
 * lifts it, on the store's page. Against one real server with the demo data.
 */
describe('seller accountability pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  async function bargainStore() {
    const admin = await client(server.baseUrl, ADMIN);
    const stores = await admin('GET', '/v1/stores?limit=200');
    const store = stores.items!.find((s) => s.externalId === 'bargain-us')!;
    assert.ok(store, 'the demo has the Bargain Barn store');
    return { admin, storeId: String(store.id), name: String(store.name) };
  }

  test('the seller reads its warning, acknowledges the education module, and appeals the warning', async () => {
    const { admin, storeId } = await bargainStore();
    // The demo's proactive detection removed counterfeit listings of this store: a first strike,
    // so a warning with education is already in force; otherwise the operator warns it by hand.
    const standing = await admin('GET', `/v1/stores/${storeId}/accountability`);
    if (!(standing.education as { required: boolean }).required)
      await admin('POST', `/v1/stores/${storeId}/sanctions`, {
        level: 'warning',
        education: true,
        reasonText: 'Buyers reported counterfeit sneakers bought from this store.',
      });
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...SELLER);
    await page.getByRole('link', { name: 'Standing' }).click();
    await page.waitForURL(/\/seller\/standing/);
    const education = page.getByTestId('education');
    await education.getByText('Selling genuine goods').waitFor();
    await page.getByRole('cell', { name: 'Warning' }).first().waitFor();
    await expectAccessible(page, 'seller standing');
    await screenshot(page, 'seller-standing');
    await page.getByRole('button', { name: 'I have read and understood this' }).click();
    await page.getByText('Acknowledged: the store may list again').waitFor();
    await education.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'How to appeal' }).first().click();
    await page.waitForURL(/\/statements\//);
    await page.getByTestId('statement').getByText('The store "Bargain Barn" is warned').first().waitFor();
    await page.getByRole('button', { name: 'Appeal this decision' }).click();
    await page
      .getByLabel('Why the decision is wrong')
      .fill('The sneakers were bought from the brand outlet; receipts attached to our counter-notice.');
    const filed = page.waitForResponse(
      (r) => /\/v1\/decisions\/[^/]+\/appeals$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'File the appeal' }).click();
    assert.equal((await filed).status(), 201);
    await page.getByText('Appeal filed').waitFor();
    await expectAccessible(page, 'statement of a store sanction');

    // In Chinese: the same page, translated.
    await page.goto('/seller/standing');
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('heading', { name: '我的店铺信用' }).waitFor();
    await page.getByText('警告').first().waitFor();
    await expectAccessible(page, 'seller standing (zh-CN)');
    await page.getByLabel('语言').click();
    await page.getByTitle('English').click();
    assert.deepEqual(problems, []);
  });

  test('every decision the seller may appeal has a way to it from the seller page, a store sanction too', async () => {
    const { admin, storeId } = await bargainStore();
    // a store sanction, whether the demo, the test before or this one put it in force
    await admin('POST', `/v1/stores/${storeId}/sanctions`, {
      level: 'warning',
      education: true,
      reasonText: 'Buyers reported counterfeit sneakers bought from this store.',
    }).catch((error: Error) => assert.match(error.message, /409 .*harsher-than-in-force/));
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...SELLER);
    await page.goto('/seller');
    const clocks = page.locator('.ant-card').filter({ hasText: 'Appeal deadlines' });
    const rows = clocks.locator('tr.ant-table-row');
    await rows.first().waitFor();
    const count = await rows.count();
    for (let i = 0; i < count; i++)
      assert.equal(await rows.nth(i).getByRole('link').count(), 1, `row ${i + 1} has no action`);
    await clocks.getByRole('link', { name: 'Read and appeal' }).first().click();
    await page.waitForURL(/\/statements\/[^/]+$/);
    await page.getByTestId('statement').waitFor();
    assert.deepEqual(problems, []);
  });

  test('the operator opens a store from the list, suspends it with reasons, and lifts the suspension', async () => {
    const { name } = await bargainStore();
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto('/admin/stores');
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(/\/admin\/stores\/[^/]+$/);
    await page.getByTestId('standing').waitFor();
    await page.getByLabel('Sanction', { exact: true }).click();
    await page.getByTitle('Suspension').click();
    await page.getByLabel('Days of suspension').fill('7');
    await page.getByLabel('Reason').fill('A test buy confirmed counterfeit goods.');
    const imposed = page.waitForResponse(
      (r) => /\/sanctions$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Impose' }).click();
    assert.equal((await imposed).status(), 201);
    await page.getByText('Sanction imposed').waitFor();
    await page.getByTestId('standing').getByText('Suspended').waitFor();
    await expectAccessible(page, 'store page');
    await screenshot(page, 'store-standing');

    await page.getByRole('button', { name: 'Lift the sanction' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('The test buy was of another store.');
    const lifted = page.waitForResponse((r) => /\/lift$/.test(r.url()));
    await dialog.getByRole('button', { name: 'Lift the sanction' }).click();
    assert.equal((await lifted).status(), 200);
    await page.getByTestId('standing').getByText('Active').waitFor();
    assert.deepEqual(problems, []);
  });
});
