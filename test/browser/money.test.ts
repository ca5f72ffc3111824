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
  screenshot,
  startPortalServer,
} from './support.ts';

const BUYER = ['buyer@openipp.local', 'buyer-demo-pass'] as const;
const REVIEWER = ['reviewer@openipp.local', 'reviewer-demo-pass'] as const;
const SELLER = ['owner@bargain-barn.openipp.local', 'bargain-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;

/**
 * Money in the portal, against one real server with the demo data: the buyer sees its refund, the
 * reviewer confirms the recovery claim counterfeit, the seller reads what is held and why, the
 * operator reads the balanced ledger and the report.
 */
describe('money pages', { skip: browserMissing, timeout: 300_000 }, () => {
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

  test('buyer, reviewer, seller and operator each see their part of a refund first', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...BUYER);
    await page.waitForURL(/\/buyer\/complaints/);
    await page.getByRole('cell', { name: 'LM-70002' }).waitFor();
    await page.getByText('Refunded, under review').waitFor();
    await expectAccessible(page, 'buyer complaints');
    await screenshot(page, 'buyer-complaints');

    const reviewer = await newPage(browser, server.baseUrl);
    await login(reviewer.page, ...REVIEWER);
    await reviewer.page.goto('/review/recovery-claims');
    await reviewer.page.getByRole('cell', { name: 'Bargain Barn' }).first().waitFor();
    await expectAccessible(reviewer.page, 'recovery claims');
    await reviewer.page.getByRole('button', { name: 'Counterfeit' }).first().click();
    await reviewer.page
      .getByLabel('Statement of reasons')
      .fill('The photo shows a misspelt logo: counterfeit.');
    const decided = reviewer.page.waitForResponse((r) =>
      /\/v1\/recovery-claims\/[^/]+\/decision$/.test(r.url()),
    );
    await reviewer.page.getByRole('button', { name: 'Decide' }).click();
    assert.equal((await decided).status(), 200);
    await reviewer.page.getByText('The claim is decided').waitFor();

    await page.reload();
    await page.getByText('Refunded, counterfeit confirmed').waitFor();

    const seller = await newPage(browser, server.baseUrl);
    await login(seller.page, ...SELLER);
    await seller.page.getByRole('link', { name: 'Money held' }).click();
    await seller.page.waitForURL(/\/seller\/money/);
    await seller.page.getByText('What is held and why').waitFor();
    await seller.page.getByRole('cell', { name: 'LM-70001' }).waitFor();
    await expectAccessible(seller.page, 'seller money held');
    await screenshot(seller.page, 'seller-money');

    const admin = await newPage(browser, server.baseUrl);
    await login(admin.page, ...ADMIN);
    await admin.page.goto('/admin/money');
    await admin.page.getByText(/Ledger balanced/).waitFor();
    await admin.page.getByRole('cell', { name: 'Liberty Market (demo)' }).first().waitFor();
    const csv = await admin.page.request.get(`${server.baseUrl}/v1/reports/money?format=csv`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /^month,marketplaceId/);
    await expectAccessible(admin.page, 'money overview');
    await screenshot(admin.page, 'money-overview');

    // In Chinese: the buyer's page, translated.
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('heading', { name: '我的投诉', level: 1 }).waitFor();
    await expectAccessible(page, 'buyer complaints (zh-CN)');
    assert.deepEqual([...problems, ...reviewer.problems, ...seller.problems, ...admin.problems], []);
  });
});
