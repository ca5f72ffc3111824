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

const LUMIERE = ['legal@lumiere.openipp.local', 'lumiere-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;
const ZH_TO_QUALIFY = '怎样才能符合资格';

/**
 * Notifier standing in the portal: a brand reads its Good Faith standing and what would qualify
 * it; the operator sorts the notifier list, opens a notifier, previews a policy change and
 * publishes it. Against one real server with the demo data.
 */
describe('notifier standing pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('a brand reads its standing: thresholds met or not, what would qualify it, month by month', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LUMIERE);
    await page.goto('/standing');
    await page.getByRole('heading', { name: 'Good Faith standing' }).waitFor();
    await page.getByRole('heading', { name: 'What would qualify you' }).waitFor();
    await page.getByRole('cell', { name: 'Notices each month' }).waitFor();
    await page.getByRole('img', { name: /Notices, removals/ }).waitFor();
    // what would qualify it, worded by the portal from the checks' figures
    const asks = page.getByRole('listitem').filter({
      hasText: /would reach it|fall short|bring it within|is allowed|was decided at review/,
    });
    assert.ok((await asks.count()) > 0, 'an unmet threshold says what would meet it');
    await expectAccessible(page, 'notifier standing');
    await screenshot(page, 'notifier-standing');
    // and in Chinese, the same figures in Chinese words
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('heading', { name: ZH_TO_QUALIFY }).waitFor();
    const zhAsks = page.getByRole('listitem').filter({ hasText: /达标|未达到|限度内|不允许|尚无/ });
    assert.ok((await zhAsks.count()) > 0, 'the same, in Chinese');
    assert.equal(await page.getByText(/would reach it|fall short/).count(), 0);
    assert.deepEqual(problems, []);
  });

  test('the operator sorts notifiers, opens one, previews the public rules and publishes them', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto('/admin/notifiers');
    await page.getByRole('heading', { name: 'Notifiers' }).waitFor();
    const sorted = page.waitForResponse((r) => /\/v1\/notifiers\?.*sort=notices/.test(r.url()));
    await page.getByRole('columnheader', { name: 'Notices', exact: true }).click();
    assert.equal((await sorted).status(), 200);
    await expectAccessible(page, 'notifier list');
    await page
      .getByRole('link', { name: /Lumière/ })
      .first()
      .click();
    await page.waitForURL(/\/notifiers\//);
    await page.getByText('Thresholds').first().waitFor();

    await page.goto('/admin/good-faith');
    await page.getByRole('heading', { name: 'Good Faith Program policy' }).waitFor();
    await page.getByLabel('Load a shipped preset').click();
    await page.getByTitle(/^Public rules/).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText(/With this policy: \d+ would gain standing, \d+ would lose it/).waitFor();
    await expectAccessible(page, 'good-faith policy');
    await screenshot(page, 'good-faith-policy');
    const published = page.waitForResponse(
      (r) => r.url().endsWith('/v1/policies/good-faith') && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Publish' }).click();
    assert.equal((await published).status(), 200);
    await page.getByText('Policy published; notifiers re-evaluated').waitFor();
    const admin = await client(server.baseUrl, ADMIN);
    const policy = await admin('GET', '/v1/policies/good-faith');
    assert.equal((policy.body as { windowMonths: number }).windowMonths, 3);
    assert.deepEqual(problems, []);
  });

  test('reports: the operator reads and publishes the figures, a brand its own, anyone the public page', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto('/review/reports');
    await page.getByRole('heading', { name: 'Operator report' }).waitFor();
    await page.getByRole('img', { name: /Listings targeted and removed/ }).waitFor();
    // The demo's notices and decisions, counted from the event stream.
    const removed = page.locator('.ant-statistic').filter({ hasText: 'Listings removed' }).first();
    await removed.waitFor();
    assert.notEqual((await removed.locator('.ant-statistic-content').innerText()).trim(), '0');
    await page.getByRole('cell', { name: 'counterfeit' }).first().waitFor();
    await expectAccessible(page, 'operator report');
    await screenshot(page, 'reports-operator');
    const published = page.waitForResponse(
      (r) => r.url().endsWith('/v1/reports/publications') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Publish on the public page' }).click();
    assert.equal((await published).status(), 201);

    // The public page, without logging in.
    const visitor = await newPage(browser, server.baseUrl);
    await visitor.page.goto('/transparency');
    await visitor.page.getByRole('heading', { name: /Transparency: how IP protection works/ }).waitFor();
    await visitor.page.getByText('By jurisdiction').waitFor();
    await visitor.page.getByRole('cell', { name: 'DE' }).first().waitFor();
    await expectAccessible(visitor.page, 'public transparency');
    await screenshot(visitor.page, 'reports-public');
    assert.deepEqual(visitor.problems, []);

    const brand = await newPage(browser, server.baseUrl);
    await login(brand.page, ...LUMIERE);
    await brand.page.goto('/reports/brand');
    await brand.page.getByRole('heading', { name: /Report for/ }).waitFor();
    await brand.page.getByText('By month and marketplace').waitFor();
    await expectAccessible(brand.page, 'brand report');
    await screenshot(brand.page, 'reports-brand');
    assert.deepEqual(brand.problems, []);
    assert.deepEqual(problems, []);
  });
});
