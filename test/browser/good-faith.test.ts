import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
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
const REVIEWER = ['reviewer@openipp.local', 'reviewer-demo-pass'] as const;
const LUMIERE = ['legal@lumiere.openipp.local', 'lumiere-demo-pass'] as const;
const SELLER = ['owner@bargain-barn.openipp.local', 'bargain-demo-pass'] as const;

/**
 * What good faith buys, in the portal: the admin sets a marketplace's expedited path; the reviewer
 * finds the demo's provisional takedown badged in the queue and confirms it; a brand scopes an
 * agent's letter; the seller reads the letter behind an agent's notice. Against the demo data.
 */
describe('good faith pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('the admin sets the expedited path; the reviewer confirms a provisional takedown from the queue', async () => {
    const admin = await client(server.baseUrl, ADMIN);
    const markets = (await admin('GET', '/v1/marketplaces')).items!;
    const us = markets.find((m) => m.code === 'demo-us')!;
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto(`/admin/marketplaces/${us.id}`);
    const card = page.getByTestId('expedited-path');
    await card.getByLabel('Path').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Provisional takedown' })
      .click();
    await card.getByLabel('SLA (hours)').fill('-3');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/v1/policies/expedited-path') && r.request().method() === 'PUT',
    );
    await card.getByRole('button', { name: 'Save' }).click();
    assert.equal((await refused).status(), 400, 'a negative SLA is refused');
    await card
      .getByText(/positive number of hours/)
      .first()
      .waitFor();
    await card.getByLabel('SLA (hours)').fill('6');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/v1/policies/expedited-path') && r.request().method() === 'PUT',
    );
    await card.getByRole('button', { name: 'Save' }).click();
    assert.equal((await saved).status(), 200);
    const policy = await admin('GET', '/v1/policies/expedited-path');
    assert.deepEqual((policy.body as { marketplaces: Record<string, unknown> }).marketplaces[String(us.id)], {
      path: 'provisional',
      slaHours: 6,
    });
    // The card alone: the deliveries table below it (not this feature's) has a contrast finding
    // of its own in its empty state.
    const axe = await new AxeBuilder({ page })
      .include('[data-testid=expedited-path]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    assert.deepEqual(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      [],
    );

    const reviewerPage = await newPage(browser, server.baseUrl);
    await login(reviewerPage.page, ...REVIEWER);
    await reviewerPage.page.goto('/review');
    const badge = reviewerPage.page.getByTestId('badge-provisional').first();
    await badge.waitFor();
    await expectAccessible(reviewerPage.page, 'review queue with badges');
    const reviewer = await client(server.baseUrl, REVIEWER);
    const provisionalWork = (await reviewer('GET', '/v1/review/queue?kind=provisional')).items!;
    assert.ok(provisionalWork.length > 0, 'the demo has a provisional takedown awaiting confirmation');
    await reviewerPage.page.goto(`/review/items/${provisionalWork[0]!.itemId}`);
    await reviewerPage.page.waitForURL(/\/review\/items\//);
    const provisional = reviewerPage.page.getByTestId('provisional-card');
    await provisional.getByText('Awaiting confirmation').waitFor();
    await expectAccessible(reviewerPage.page, 'provisional takedown item');
    await screenshot(reviewerPage.page, 'provisional-takedown');
    await provisional.getByLabel('Reason').fill('The listing calls itself a replica of the registered mark.');
    const decided = reviewerPage.page.waitForResponse((r) => /\/provisional-decision$/.test(r.url()));
    await provisional.getByRole('button', { name: 'Confirm takedown' }).click();
    assert.equal((await decided).status(), 200);
    await reviewerPage.page.getByTestId('provisional-status').getByText('Confirmed').waitFor();
    assert.deepEqual([...problems, ...reviewerPage.problems], []);
  });

  test('a brand scopes an agent letter; the seller reads the letter behind an agent notice', async () => {
    const operator = await client(server.baseUrl, ADMIN);
    const name = `Scope Agents ${Date.now()}`;
    const agentOrg = await operator('POST', '/v1/organisations', { kind: 'agent', name });
    const brand = await client(server.baseUrl, LUMIERE);
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LUMIERE);
    await page.goto('/agents');
    const firm = page.getByLabel('Agent firm', { exact: true });
    await firm.click();
    await firm.pressSequentially('scope agents');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: name })
      .first()
      .click();
    await page.getByLabel('Rights the agent may file on').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'US-5123456' })
      .click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Marketplaces the agent may file on').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Liberty Market' })
      .click();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'agent letter scope');
    const granted = page.waitForResponse(
      (r) => r.url().endsWith('/v1/representations') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Authorize an agent' }).click();
    assert.equal((await granted).status(), 201);
    await page
      .locator('tr.ant-table-row')
      .filter({ hasText: name })
      .getByText('1 rights · 1 marketplaces')
      .waitFor();
    const rep = (await brand('GET', '/v1/representations')).items!.find((r) => r.agentOrgId === agentOrg.id)!;
    assert.equal((rep.rightIds as string[]).length, 1);
    assert.equal((rep.marketplaceIds as string[]).length, 1);

    // The demo's agent notice (Brand Shield for Lumière) against Bargain Barn's listing: the seller
    // sees which agent, for which brand, the scope and the expiry; not the letter itself.
    const seller = await client(server.baseUrl, SELLER);
    const items = (await seller('GET', '/v1/items?limit=100')).items!;
    const agentItem = items.find((i) => (i.listing as { externalId: string }).externalId === 'us-2003')!;
    assert.ok(agentItem, 'the seller has the agent-filed item');
    const sellerPage = await newPage(browser, server.baseUrl);
    await login(sellerPage.page, ...SELLER);
    await sellerPage.page.goto(`/items/${agentItem.id}`);
    const letter = sellerPage.page.getByTestId('letter-card');
    await letter.getByText('Brand Shield Associates').waitFor();
    await letter.getByText('Vetted agent').waitFor();
    await letter.getByText("All of the brand's rights").waitFor();
    await letter.getByText('Not shown to sellers').waitFor();
    await expectAccessible(sellerPage.page, 'seller item with letter');
    assert.deepEqual([...problems, ...sellerPage.problems], []);
  });
});
