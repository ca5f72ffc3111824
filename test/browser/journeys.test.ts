import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  browserMissing,
  expectAccessible,
  launchBrowser,
  logout,
  newPage,
  type PortalServer,
  screenshot,
  startPortalServer,
} from './support.ts';

const LUMIERE = ['legal@lumiere.openipp.local', 'lumiere-demo-pass'] as const;

/**
 * Every role's main journey in a real browser against one real server (embedded PGlite, demo
 * data). The tests run in order: each continues the story the one before left.
 */
describe('portal journeys', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('login, language switch remembered, session end shown, logout', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await page.goto('/notices');
    await page.waitForURL(/\/login\?next=%2Fnotices/);
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');
    await page.getByLabel('Email').fill(LUMIERE[0]);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Password').fill(LUMIERE[1]);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/notices$/);
    await page.getByRole('heading', { name: 'Notices' }).waitFor();
    assert.match(await page.getByTestId('session-end').innerText(), /Session ends/);

    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('heading', { name: '投诉' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '投诉' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    await expectAccessible(page, 'notices (zh-CN)');
    await screenshot(page, 'notices-zh-CN');
    await page.getByLabel('语言').click();
    await page.getByTitle('English').click();
    await page.getByRole('heading', { name: 'Notices' }).waitFor();

    await logout(page);
    await page.goto('/dashboard');
    await page.waitForURL(/\/login/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
