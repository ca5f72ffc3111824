import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  browserMissing,
  expectAccessible,
  launchBrowser,
  login,
  logout,
  newPage,
  type PortalServer,
  screenshot,
  startPortalServer,
} from './support.ts';

const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;
const REVIEWER = ['reviewer@openipp.local', 'reviewer-demo-pass'] as const;
const SELLER = ['owner@golden-dragon.openipp.local', 'dragon-demo-pass'] as const;
const NUMBER = `BfJ-${Date.now().toString(36).toUpperCase()}`;
const PDF = Buffer.from('%PDF-1.4\n% demo licence\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** The seller uploads a licence, a reviewer verifies it, the seller sees it verified. */
describe('licences in the portal', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('seller uploads a licence, reviewer verifies it, seller sees it verified', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...SELLER);
    await page.getByRole('link', { name: 'Licences', exact: true }).first().click();
    await page.waitForURL(/\/seller\/licences/);
    await page.getByRole('heading', { name: 'Market-access licences' }).waitFor();
    await page.getByText('Books, magazines and newspapers').first().waitFor();
    await choose(page, 'Store', 'Golden Dragon EU');
    await choose(page, 'Category', 'Books, magazines and newspapers');
    await page.getByLabel('Jurisdiction').fill('eu');
    await page.getByLabel('Issuer').fill('Bundesamt für Justiz');
    await page.getByLabel('Licence number').fill(NUMBER);
    await page.getByLabel('Valid from').fill(isoDay(-30));
    await page.getByLabel('Valid until (last day)').fill(isoDay(365));
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'licence.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('licence.pdf').first().waitFor();
    await page.getByRole('button', { name: 'Upload licence' }).click();
    const row = page.locator('tr', { hasText: NUMBER });
    await row.getByText('Pending review').waitFor();
    await expectAccessible(page, 'seller licences');
    await logout(page);

    await login(page, ...REVIEWER);
    await page.goto('/review/licences');
    await page.getByRole('heading', { name: 'Licence review' }).waitFor();
    await page.getByRole('button', { name: `Verify licence ${NUMBER}` }).click();
    const modal = page.locator('.ant-modal');
    await modal.getByLabel(/Reasons/).fill('Found in the register of the Bundesamt für Justiz.');
    await expectAccessible(page, 'licence review');
    await modal.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByText('Licence verified').first().waitFor();
    await page.getByRole('button', { name: `Verify licence ${NUMBER}` }).waitFor({ state: 'detached' });
    await screenshot(page, 'licence-review');
    await logout(page);

    // The operator's page of the store shows its licences beside its standing.
    await login(page, ...ADMIN);
    await page.goto('/admin/stores');
    await page.getByRole('link', { name: 'Golden Dragon EU', exact: true }).click();
    await page.waitForURL(/\/admin\/stores\/[^/]+$/);
    await page.locator('tr', { hasText: NUMBER }).getByText('Verified', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Linked stores' }).waitFor();
    await logout(page);

    await login(page, ...SELLER);
    await page.goto('/seller/licences');
    await page.locator('tr', { hasText: NUMBER }).getByText('Verified', { exact: true }).waitFor();
    assert.ok(await page.locator('tr', { hasText: NUMBER }).getByText('Found in the register').isVisible());
    await screenshot(page, 'seller-licences');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
