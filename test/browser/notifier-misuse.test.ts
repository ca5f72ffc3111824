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

const STRIDEWELL = ['ip@stridewell.openipp.local', 'stridewell-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;
const REVIEWER = ['reviewer@openipp.local', 'reviewer-demo-pass'] as const;

/**
 * Misuse of the notice system in the portal: the demo's warned notifier reads its warning, the
 * notices behind it and appeals it; the operator sees the sanctioned notifiers and acts on a finding.
 */
describe('notifier misuse pages', { skip: browserMissing, timeout: 600_000 }, () => {
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

  test('the warned notifier reads its warning and appeals it, in English and Chinese', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...STRIDEWELL);
    await page.goto('/warnings');
    await page.getByText('You have been warned for misuse of the notice system.').waitFor();
    await page.getByText('Manifestly unfounded notices: both items').first().waitFor();
    await expectAccessible(page, 'notifier warnings');
    await page.getByRole('button', { name: 'Appeal this decision' }).click();
    await page
      .getByLabel('Why the decision is wrong')
      .fill('The photographs are ours; the originals are attached.');
    const filed = page.waitForResponse(
      (r) => /\/v1\/decisions\/[^/]+\/appeals$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'File the appeal' }).click();
    assert.equal((await filed).status(), 201);
    await page.getByText('Appeal filed').waitFor();

    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByRole('heading', { name: '警告与处罚' }).waitFor();
    await page.getByText('您因滥用通知系统已被警告。').waitFor();
    await expectAccessible(page, 'notifier warnings (zh-CN)');
    await page.getByLabel('语言').click();
    await page.getByTitle('English').click();
    assert.deepEqual(problems, []);
  });

  test('the operator sees sanctioned notifiers and suspends a notifier on a flagged finding', async () => {
    const admin = await client(server.baseUrl, ADMIN);
    // Flag channel control after two rejections, so the demo's Lumière notices make a finding.
    const policy = await admin('GET', '/v1/policies/notifier-misuse');
    const body = policy.body as unknown as Record<string, Record<string, unknown>>;
    await admin('PUT', '/v1/policies/notifier-misuse', {
      ...body,
      channelControl: { ...body.channelControl, minCount: 1, action: 'flag' },
    });
    const queue = await admin('GET', '/v1/review/queue?limit=50');
    const item = (queue.items as unknown as Array<{ itemId: string; kind: string }>).find(
      (i) => i.kind === 'notice_item',
    );
    assert.ok(item, 'the demo has work in the review queue');
    await admin('POST', `/v1/items/${item.itemId}/decision`, {
      decision: 'reject',
      reasonCode: 'parallel_import',
      reasonText: 'Genuine goods imported from another market.',
    });

    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.goto('/review/misuse');
    await page.getByRole('heading', { name: 'Misuse of the notice system' }).waitFor();
    await page.getByRole('cell', { name: 'Stridewell Athletics' }).first().waitFor();
    await page.getByRole('cell', { name: 'Channel control' }).first().waitFor();
    await expectAccessible(page, 'misuse findings');
    await screenshot(page, 'misuse-findings');
    await page.getByRole('button', { name: 'Act' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Sanction').click();
    await page.getByTitle('Suspension').click();
    await dialog.getByLabel('Days').fill('14');
    await dialog.getByLabel('Reason').fill('Notices against parallel imports are not infringements.');
    const imposed = page.waitForResponse(
      (r) => /\/sanctions$/.test(r.url()) && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Impose' }).click();
    assert.equal((await imposed).status(), 201);
    await page.getByText('The sanction is imposed and the notifier told').waitFor();
    await page.getByRole('cell', { name: 'Suspension' }).first().waitFor();
    assert.deepEqual(problems, []);
  });

  test('a reviewer (operator staff, not only admins) reads the DSA transparency report of the half-year', async () => {
    const { page, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...REVIEWER);
    await page.getByRole('link', { name: 'DSA transparency' }).click();
    await page.getByRole('heading', { name: 'DSA transparency' }).waitFor();
    // The demo is loaded when the server starts: its decisions fall in the current half-year.
    const now = new Date();
    const half = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
    const loaded = page.waitForResponse((r) => r.url().includes(`/v1/transparency/reports/${half}`));
    await page.getByLabel('Half-year').click();
    await page.getByTitle(new RegExp(`^${half} `)).click();
    assert.equal((await loaded).status(), 200);
    const notices = page.getByTestId('dsa-total-noticesReceived').locator('.ant-statistic-content-value');
    await notices.waitFor();
    assert.ok(Number(await notices.innerText()) > 0, 'the demo notices are counted');
    await page.getByRole('cell', { name: 'Counterfeit' }).first().waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Report (CSV)' }).getAttribute('href'),
      `/v1/transparency/reports/${half}?format=csv`,
    );
    await expectAccessible(page, 'dsa transparency');
    await screenshot(page, 'dsa-transparency');
    assert.deepEqual(problems, []);
  });
});
