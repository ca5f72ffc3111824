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

const STRIDEWELL = ['ip@stridewell.openipp.local', 'stridewell-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;

async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByLabel(label).first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/**
 * Stolen photos in the portal, on the demo data: Stridewell's studio photograph is a reference image
 * of its copyright, and a Golden Dragon listing uses it mirrored. The brand sees the match and files
 * one copyright notice for every listing using the photo; the operator sees the listing's images.
 */
describe('stolen photos pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('the brand sees its reference image, the listing using it mirrored, and files one notice for it', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...STRIDEWELL);
    // (The menu entry may sit in the menu's overflow at this width: go by address.)
    await page.goto(`${server.baseUrl}/reference-images`);
    await choose(page, 'Right', /Aero Runner product photography/);
    await page.getByTestId('reference-image').first().waitFor();
    await page.getByRole('cell', { name: 'Mirrored copy' }).first().waitFor();
    await page
      .getByRole('cell', { name: /Aero Runner lookalike/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'reference images');
    await screenshot(page, 'images-reference');

    await page.getByLabel('Contact name').fill('Dana Stride');
    await page.getByLabel('Contact e-mail').fill('ip@stridewell.example');
    await page.getByLabel(/good faith/).check();
    await page.getByLabel(/accurate/).check();
    await page.getByLabel(/penalty of perjury/).check();
    const filed = page.waitForResponse(
      (r) => /\/v1\/rights\/[^/]+\/image-matches\/notice$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: /File the notice for 2 listings/ }).click();
    assert.equal((await filed).status(), 201);
    await page.getByText(/Notice filed for 1 listings \(1 left out/).waitFor();
    await page.getByRole('link', { name: 'Open the notice' }).click();
    await page.waitForURL(/\/notices\//);
    assert.deepEqual(problems, []);
  });

  test('the operator sees a listing’s images: status, reason, and the reference image it matches', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto(`${server.baseUrl}/admin/listing-images`);
    await page.getByLabel('Listing URL, id or marketplace id').fill('de-3007');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Pick' }).first().click();
    await page.getByRole('cell', { name: 'Hashed' }).waitFor();
    const match = page.getByTestId('image-match');
    await match.getByText('Mirrored copy').waitFor();
    // The reference and the listing's own picture, side by side (thumbnails kept when hashed).
    await imageLoaded(match.getByRole('img', { name: /Aero Runner, studio shot/ }));
    await imageLoaded(match.getByTestId('listing-image-thumbnail'));
    await expectAccessible(page, 'listing images');
    await screenshot(page, 'images-listing');
    assert.deepEqual(problems, []);
  });
});
