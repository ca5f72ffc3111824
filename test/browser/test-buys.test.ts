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

const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;
const LUMIERE = ['legal@lumiere.openipp.local', 'lumiere-demo-pass'] as const;
const LIAISON = ['liaison@openipp.local', 'liaison-demo-pass'] as const;
const DRAGON = ['owner@golden-dragon.openipp.local', 'dragon-demo-pass'] as const;
const INSPECTOR = ['lab@customs.openipp.local', 'inspector-demo-pass'] as const;

/**
 * Test buys and referrals in the portal, on the demo's test buy (drawn on Maison Lumière's request,
 * inspected counterfeit, referred): the operator's plan with its reasons and a preview draw, the
 * case with its verified chain of custody, the brand's requests, the seller's statement, and the
 * liaison's referral case with its export.
 */
describe('test-buy and referral pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('the operator sees the plan and why each listing was drawn, previews a draw, and opens the verified case', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto('/review/test-buys');
    await page.getByRole('heading', { name: 'Test-buy plans' }).waitFor();
    const requested = page.getByRole('row').filter({ hasText: 'Brand request' });
    await requested.getByText('requested by Maison Lumière').waitFor();
    await page
      .getByText(/Random sample of "bags"/)
      .first()
      .waitFor();
    await page.getByLabel('Seed').fill('browser-preview');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByTestId('plan-preview')
      .getByText(/would be drawn/)
      .waitFor();
    await expectAccessible(page, 'test-buy plans');
    await screenshot(page, 'test-buy-plan');
    await requested.getByRole('link').click();
    await page.waitForURL(/\/test-buys\/[^/]+$/);
    await page
      .getByTestId('custody-verdict')
      .getByText('Chain of custody intact: 7 steps verified')
      .waitFor();
    await page.getByText('To Customs Laboratory Frankfurt (third-party agency)').waitFor();
    await page.getByText(/Signed by custodian keys/).waitFor();
    await expectAccessible(page, 'test-buy case');
    await screenshot(page, 'test-buy-case');
    assert.deepEqual(problems, []);
  });

  test('the brand follows its request to the outcome; the seller reads the inspection in its statement', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LUMIERE);
    await page.goto('/test-buy-requests');
    await page.getByRole('heading', { name: 'My test-buy requests' }).waitFor();
    await page.getByText('Counterfeit').first().waitFor();
    await expectAccessible(page, 'brand test-buy requests');
    await page.getByRole('link', { name: 'See the outcome' }).click();
    await page.getByText(/Logo embossing, stitching and lining differ/).waitFor();
    const decisionLink = page.getByRole('link', { name: 'Read the statement' });
    const href = await decisionLink.getAttribute('href');
    assert.ok(href);
    assert.deepEqual(problems, []);

    const seller = await newPage(browser, server.baseUrl);
    await login(seller.page, ...DRAGON);
    await seller.page.goto(href);
    await seller.page
      .getByText(/inspected by Customs Laboratory Frankfurt/)
      .first()
      .waitFor();
    assert.equal(await seller.page.getByText('mystery-shopper-de-04').count(), 0, 'never the investigation');
    assert.deepEqual(seller.problems, []);
  });

  test('the brand asks for a test buy by finding the listing, not by typing its OpenIPP id', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LUMIERE);
    await page.goto('/test-buy-requests');
    await page.getByLabel('Listing URL, id or marketplace id').fill('de-3008');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Pick' }).first().click();
    await page.getByTestId('picked-listing').waitFor();
    await page
      .getByLabel('Why you suspect it')
      .fill('The tote carries our stitching pattern under another name.');
    const asked = page.waitForResponse(
      (r) => r.url().endsWith('/v1/test-buys/requests') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Request', exact: true }).click();
    assert.equal((await asked).status(), 201);
    assert.deepEqual(problems, []);
  });

  test('only the liaison sees referral cases; the case records the agency and exports a signed bundle', async () => {
    const admin = await client(server.baseUrl, ADMIN);
    await assert.rejects(admin('GET', '/v1/referrals'), /403/);
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LIAISON);
    await page.waitForURL(/\/referrals$/);
    await page.getByRole('link', { name: 'Golden Dragon EU' }).click();
    await page.waitForURL(/\/referrals\/[^/]+$/);
    await page.getByText('Zollfahndungsamt Frankfurt am Main').first().waitFor();
    await page.getByText(/Value on offer 4800000/).waitFor();
    const exported = page.waitForResponse((r) => /\/export$/.test(r.url()));
    await page.getByRole('button', { name: 'Export the bundle' }).click();
    const response = await exported;
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/x-tar');
    await page.getByTestId('exported').waitFor();
    await page.getByText('Earlier exports').waitFor();
    await expectAccessible(page, 'referral case');
    await screenshot(page, 'referral-case');
    assert.deepEqual(problems, []);
  });

  test('the inspector reads its notification as a sentence, in English and Chinese, and follows it to the test buy', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...INSPECTOR);
    await page.goto('/notifications');
    const told = page.getByRole('link', { name: 'Goods of a test buy were handed over to you' }).first();
    await told.click();
    await page.waitForURL(/\/test-buys\/[^/]+$/);
    await page.goto('/notifications');
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('link', { name: '一次测试购买的货物已移交给您' }).first().waitFor();
    await expectAccessible(page, 'notifications (zh-CN)');
    assert.deepEqual(problems, []);
  });
});
