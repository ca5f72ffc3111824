import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  browserMissing,
  expectAccessible,
  imageLoaded,
  launchBrowser,
  login,
  newPage,
  type PortalServer,
  screenshot,
  startPortalServer,
} from './support.ts';

const NORTHPEAK = ['brand@northpeak.openipp.local', 'northpeak-demo-pass'] as const;
const REVIEWER = ['reviewer@openipp.local', 'reviewer-demo-pass'] as const;

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/**
 * Joint Force in the portal: the demo brand Northpeak works its verification queue (deadlines,
 * signals, price against its range, images) and answers a case counterfeit, which files a notice;
 * its figures count the answer; the operator reads every brand's figures, also in Chinese.
 */
describe('Joint Force pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('the brand answers a case from its queue: counterfeit files a notice; its figures count it', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...NORTHPEAK);
    await page.getByRole('link', { name: 'Verification queue' }).click();
    await page.waitForURL(/\/joint-force$/);
    const title = 'Northpeak Summit Parka women, navy, all sizes';
    await page.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page, 'verification queue');
    await screenshot(page, 'joint-force-queue');
    // A listing sent for its borrowed photo: the brand sees its own studio shot beside the listing's.
    await page.getByRole('link', { name: 'Northpeak Summit Parka men, forest green, size L' }).click();
    const match = page.getByTestId('image-match');
    await imageLoaded(match.getByRole('img', { name: /Summit Parka, studio shot/ }));
    await imageLoaded(match.getByTestId('listing-image-thumbnail'));
    await match.getByText('PDQ distance', { exact: false }).waitFor();
    await screenshot(page, 'joint-force-photo');
    await page.goBack();
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(/\/joint-force\/[0-9a-f-]{36}$/);
    await page.getByText('Genuine price range').waitFor();
    await page
      .getByTestId('joint-force-images')
      .getByRole('link', { name: /jf-3\.jpg$/ })
      .waitFor();

    // Counterfeit without the right and the statements: refused at the fields, nothing sent.
    await page.getByLabel('Counterfeit').check();
    await page
      .getByLabel('Reason')
      .fill('The Summit Parka is never sold at this price; the logo is misplaced.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page
      .locator('.ant-form-item-has-error')
      .filter({ hasText: /^Right/ })
      .waitFor();
    await expectAccessible(page, 'verification case');
    await choose(page, 'Right', /NORTHPEAK/);
    await page.getByLabel(/I state in good faith/).check();
    const answered = page.waitForResponse(
      (r) => /\/v1\/joint-force\/cases\/[^/]+\/answer$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send answer' }).click();
    assert.equal((await answered).status(), 200);
    await page.getByText('Notice filed').first().waitFor();
    await page.getByRole('link', { name: 'Open the notice' }).waitFor();
    // The user asked for less motion (newPage): the toast and the page appear without a fade.
    assert.equal(
      await page.evaluate(
        'document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).length',
      ),
      0,
    );
    await screenshot(page, 'joint-force-case');

    await page.getByRole('link', { name: 'Verification figures' }).click();
    await page.waitForURL(/\/joint-force\/figures$/);
    // Demo answers: counterfeit and genuine once each, and now this counterfeit: 2 / 3.
    await page.getByText('66.7 %').first().waitFor();
    await expectAccessible(page, 'brand figures');
    assert.deepEqual(problems, []);
  });

  test("the operator reads every brand's figures, in English and Chinese", async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...REVIEWER);
    // The menu has more entries than fit: the page is opened by its address.
    await page.goto('/review/joint-force');
    const row = page.locator('tr.ant-table-row').filter({ hasText: 'Northpeak Outdoor' });
    await row.waitFor();
    await row.getByRole('button', { name: /expand row/i }).click();
    await page
      .locator('.ant-table-expanded-row')
      .getByRole('cell', { name: /^\d{4}-\d{2}$/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'operator figures');
    await screenshot(page, 'joint-force-operator');
    await row.getByRole('link', { name: 'Northpeak Outdoor' }).click();
    await page.waitForURL(/\/joint-force\?brandId=/);
    await page.getByRole('link', { name: 'Northpeak Summit Parka kids red, all sizes' }).waitFor();
    await page.goto('/review/joint-force');
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('heading', { name: '核验统计' }).waitFor();
    await expectAccessible(page, 'operator figures (zh-CN)');
    await page.getByLabel('语言').click();
    await page.getByTitle('English').click();
    assert.deepEqual(problems, []);
  });
});
