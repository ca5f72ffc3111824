import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { paths } from '../../web/src/api/schema.d.ts';
import { type Receiver, startReceiver } from '../support/receiver.ts';
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

const LUMIERE = ['legal@lumiere.openipp.local', 'lumiere-demo-pass'] as const;
const REVIEWER = ['reviewer@openipp.local', 'reviewer-demo-pass'] as const;
const SELLER = ['owner@golden-dragon.openipp.local', 'dragon-demo-pass'] as const;
const ADMIN = ['admin@openipp.local', 'admin-demo-pass'] as const;
const EU = 'https://www.marktplatz-europa.example';
const LISTING_TITLE = 'Lumière Étoile Tasche 1:1 Replika, Top Qualität';

/** A tiny valid PNG (1x1, red), used as evidence. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const PNG_SHA = createHash('sha256').update(PNG).digest('hex');

/** Picks an option of an Ant Design select by its label and the option's visible text. */
async function choose(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByLabel(label).first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/**
 * Every role's main journey in a real browser against one real server (embedded PGlite, demo
 * data). The tests run in order: each continues the story the one before left.
 */
describe('portal journeys', { skip: browserMissing, timeout: 600_000 }, () => {
  let server: PortalServer;
  let browser: Browser;
  let receiver: Receiver;
  let itemId = '';
  before(async () => {
    receiver = await startReceiver();
    server = await startPortalServer({
      IPP_OUTBOUND_ALLOW: `127.0.0.1:${receiver.port}`,
      IPP_OUTBOUND_ALLOW_HTTP: '1',
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
  });

  test('login, language switch remembered, session end shown, logout', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await page.goto('/notices');
    await page.waitForURL(/\/login\?next=%2Fnotices/);
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');
    await page.getByLabel('Email').fill(LUMIERE[0]);
    await page.getByLabel('Password').fill('wrong-password');
    // Wait for the login answer itself: an alert already on the page ("authentication is required")
    // would otherwise let the second click land while the first request is still in flight.
    const refused = page.waitForResponse((r) => r.url().includes('/v1/auth/login'));
    await page.getByRole('button', { name: 'Log in' }).click();
    assert.equal((await refused).status(), 401);
    await page.getByRole('alert').first().waitFor();
    await page.getByLabel('Password').fill(LUMIERE[1]);
    const accepted = page.waitForResponse((r) => r.url().includes('/v1/auth/login'));
    await page.getByRole('button', { name: 'Log in' }).click();
    assert.equal((await accepted).status(), 200);
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

  test('admin points the EU marketplace webhook at a receiver', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.getByRole('link', { name: 'Marketplaces' }).first().click();
    await page
      .getByRole('link', { name: /Europa|EU|DE/ })
      .first()
      .click();
    await page.getByLabel('Webhook URL').fill(`${receiver.base}/hooks`);
    await page
      .locator('form', { has: page.getByLabel('Webhook URL') })
      .getByRole('button', { name: 'Save' })
      .click();
    await page.getByText('Saved').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('rights holder files a notice with evidence, errors shown at the field, then a CSV', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LUMIERE);
    await page.goto('/notices/new');
    await choose(page, 'Right', /EU|EM|European/);
    await page.getByLabel('Listing URL, id or marketplace id').fill('de-3002');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('button', { name: 'Pick' }).first().click();
    await page.getByTestId('picked-listing').waitFor();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel('Document SHA-256').first().waitFor();
    assert.equal(await page.getByLabel('Document SHA-256').first().inputValue(), PNG_SHA);
    for (const text of [/good faith/, /accurate/, /penalty of perjury/])
      await page.getByText(text).first().click();
    await page.getByLabel('Contact name').fill('Claire Dubois');
    await page.getByLabel('Contact email').fill('not-an-email');
    await page.getByLabel('URL the screenshot shows').fill(`${EU}/item/de-3002`);
    await page.getByRole('button', { name: 'File the notice' }).click();
    // The API's field error is shown at the field, and nothing typed is lost.
    await page.locator('.ant-form-item-has-error').filter({ hasText: 'Contact email' }).waitFor();
    assert.equal(await page.getByLabel('Contact name').inputValue(), 'Claire Dubois');
    await screenshot(page, 'file-notice-field-error');
    await page.getByLabel('Contact email').fill('legal@lumiere.example');
    await page.getByRole('button', { name: 'File the notice' }).click();
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: LISTING_TITLE }).waitFor();
    itemId = (await page.getByRole('link', { name: LISTING_TITLE }).getAttribute('href'))!.split('/').pop()!;
    await expectAccessible(page, 'notice page');
    await screenshot(page, 'notice');
    // The signed receipt of the notice as filed, downloaded as JSON.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download receipt' }).click();
    const receipt = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    assert.equal(receipt.format, 'openipp-receipt/1');
    assert.equal(receipt.kind, 'notice');
    assert.match(receipt.signature, /^[A-Za-z0-9+/]{86}==$/);
    assert.equal(receipt.record.items[0].id, itemId);

    // The dashboard counts from the server's summary of every notice, not from a page of them.
    await page.goto('/dashboard');
    const statistic = (title: string) =>
      page
        .locator('.ant-statistic')
        .filter({ hasText: title })
        .locator('.ant-statistic-content-value')
        .innerText()
        .then((text) => Number(text.replace(/\D/g, '')));
    const summary = (await page.evaluate(() =>
      fetch('/v1/notices/summary').then((r) => r.json()),
    )) as paths['/v1/notices/summary']['get']['responses'][200]['content']['application/json'];
    assert.ok(summary.totalItems >= 1);
    assert.equal(await statistic('Items filed'), summary.totalItems);
    assert.equal(await statistic('Your move'), summary.awaiting.rights_holder);
    assert.equal(await statistic('Waiting for the reviewer'), summary.awaiting.reviewer);

    // CSV: a bad line is reported by line and column; the fixed file files the notice.
    await page.goto('/notices/csv');
    await choose(page, 'Right', /EU|EM|European/);
    await page.getByLabel('Contact name').fill('Claire Dubois');
    await page.getByLabel('Contact email').fill('legal@lumiere.example');
    for (const text of [/good faith/, /accurate/, /penalty of perjury/])
      await page.getByText(text).first().click();
    const header =
      'listing_id,marketplace_id,external_id,url,evidence_kind,evidence_sha256,evidence_url,captured_at,explanation';
    const at = new Date().toISOString();
    const row = (id: string, kind: string) =>
      `,,,${EU}/item/${id},${kind},${PNG_SHA},${EU}/item/${id},${at},`;
    const bad = `${header}\n${row('de-3010', 'screenshot')}\n${row('de-3005', 'photo')}\n`;
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'File the notice from the CSV' }).click();
    const errors = page.getByTestId('csv-errors');
    await errors.waitFor();
    assert.match(await errors.innerText(), /3\s+evidence_kind/);
    await expectAccessible(page, 'csv errors');
    await errors.scrollIntoViewIfNeeded();
    await screenshot(page, 'csv-errors');
    const good = bad.replace(',photo,', ',screenshot,');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'File the notice from the CSV' }).click();
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: /Super fake Lumière bag/ }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('reviewer decides the item with the keyboard only', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...REVIEWER);
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.getByRole('link', { name: LISTING_TITLE }).waitFor();
    await page.getByRole('combobox', { name: 'Claimed by' }).waitFor();
    await expectAccessible(page, 'review queue');
    await screenshot(page, 'review-queue');
    await page.getByRole('link', { name: LISTING_TITLE }).click();
    await page.waitForURL(new RegExp(`/review/items/${itemId}$`));
    await page
      .getByRole('img', { name: /Evidence/ })
      .first()
      .waitFor();
    // The reviewer claims the item so no one else works on it; the keys work as before.
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByText(/^Claimed by you until/).waitFor();
    await page.getByRole('button', { name: 'Release', exact: true }).waitFor();
    const confirm = page.getByRole('button', { name: /^Decide/ });
    const reason = page.getByLabel('Reason shown to the parties');
    const focused = (locator: typeof reason) =>
      locator.evaluate((el) => el === el.ownerDocument.activeElement);

    // From here on, keys only. Esc leaves whatever has the focus, i asks the rights holder.
    await page.keyboard.press('Escape');
    await page.keyboard.press('i');
    const question = page.getByLabel('Question to the rights holder');
    await question.waitFor();
    assert.equal(await focused(question), true);
    assert.equal(await question.inputValue(), '');
    assert.equal(await confirm.isDisabled(), true, 'no empty question is sent');
    // x rejects, with the reason of a rejection filled in and the focus in it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await reason.waitFor();
    assert.equal(await focused(reason), true);
    assert.equal(await reason.inputValue(), 'The evidence does not show an infringement');
    // r removes, with the removal reason of the notice's infringement type.
    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    assert.match(await reason.inputValue(), /counterfeit/);
    assert.equal(await focused(reason), true);
    await expectAccessible(page, 'review item');
    await screenshot(page, 'review-item');
    // Ctrl+Enter decides; the page moves on to the next item of the queue.
    const decided = page.waitForResponse(
      (r) => r.url().endsWith(`/v1/items/${itemId}/decision`) && r.request().method() === 'POST',
    );
    await page.keyboard.press('Control+Enter');
    assert.equal((await decided).status(), 200);
    await page.waitForURL((url) => url.pathname.startsWith('/review') && !url.pathname.endsWith(itemId));
    // n skips to the next item without deciding.
    // (The queue behind the page may still be refreshing: when its last entry was this item, the
    // page goes on to the queue itself, and there is nothing to skip.)
    if (/\/review\/items\//.test(page.url())) {
      const skipped = page.url();
      const onItem = await Promise.race([
        page
          .getByText(/^Keys: r remove/)
          .waitFor()
          .then(() => true),
        page.waitForURL((url) => !url.pathname.startsWith('/review/items/')).then(() => false),
      ]);
      if (onItem) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('n');
        await page.waitForURL((url) => url.href !== skipped);
      }
    }
    await page.goto(`/review/items/${itemId}`);
    await page.getByTestId('item-state').waitFor();
    assert.equal(await page.getByTestId('item-state').innerText(), 'Removed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('seller reads the statement of reasons and counter-notifies', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...SELLER);
    await page.getByRole('link', { name: LISTING_TITLE }).first().waitFor();
    await expectAccessible(page, 'seller home');
    await page.getByRole('link', { name: LISTING_TITLE }).first().click();
    await page.getByTestId('statement').waitFor();
    const statement = await page.getByTestId('statement').innerText();
    assert.match(statement, /Maison Lumière/);
    assert.match(statement, /counterfeit/, "the reviewer's reason");
    await expectAccessible(page, 'statement');
    await screenshot(page, 'statement');
    // in Chinese the statement reads from its structured parts, the English original beside it
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByText('签发时的原文').waitFor();
    const zhStatement = await page.getByTestId('statement').innerText();
    assert.match(zhStatement, /商品“[^”]+”已从.+下架/);
    assert.match(zhStatement, /侵犯其商标“/);
    assert.match(zhStatement, /侵犯他人知识产权/);
    assert.doesNotMatch(zhStatement, /was removed from|notified that/);
    assert.match(await page.getByText('您可将争议提交给').innerText(), /庭外争议解决/);
    await expectAccessible(page, 'statement (zh-CN)');
    await screenshot(page, 'statement-zh-CN');
    await page.getByLabel('语言').click();
    await page.getByTitle('English').click();
    await page.getByRole('button', { name: 'Counter-notify or appeal' }).waitFor();
    await page.getByRole('button', { name: 'Counter-notify or appeal' }).click();
    await page.waitForURL(new RegExp(`/items/${itemId}$`));
    await page.getByText('File a counter-notice').waitFor();
    await expectAccessible(page, 'counter-notice form');
    await choose(page, 'Grounds', 'Genuine goods');
    await page.keyboard.press('Escape');
    await page.getByLabel('Identification of the removed listing').fill('de-3002 on the EU marketplace');
    await page.getByLabel('Explanation').fill('Bought from the authorised distributor; invoice attached.');
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'invoice.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.ant-tag').filter({ hasText: 'invoice.png' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Li Wei');
    await page.getByLabel('Email', { exact: true }).fill('owner@golden-dragon.example');
    await page.getByLabel('Phone', { exact: true }).fill('+86 20 1234 5678');
    await page.getByLabel('Address', { exact: true }).fill('1 Harbour Road, Guangzhou');
    for (const text of [/good faith the listing/, /jurisdiction/, /service of process/])
      await page.getByText(text).first().click();
    await page.getByLabel('Signature (your full name)').fill('Li Wei');
    const filed = page.waitForResponse(
      (r) => r.url().endsWith(`/v1/items/${itemId}/counter-notice`) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'File the counter-notice' }).click();
    assert.equal((await filed).status(), 201);
    const counterNotice = page.getByTestId('counter-notice');
    await counterNotice.waitFor();
    assert.match(await counterNotice.innerText(), /Genuine goods[\s\S]*invoice/);
    await expectAccessible(page, 'counter-notice filed');
    await screenshot(page, 'counter-notice');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('rights holder answers the counter-notice', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...LUMIERE);
    await page.goto(`/items/${itemId}`);
    await page.getByText('Answer the counter-notice').waitFor();
    await page
      .getByLabel('Answer', { exact: true })
      .fill('The invoice is forged: the distributor never sold to this seller.');
    await expectAccessible(page, 'answer form');
    const answered = page.waitForResponse(
      (r) => /\/v1\/counter-notices\/[^/]+\/answer$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send the answer' }).click();
    assert.ok((await answered).ok());
    await page.getByText('Answer sent').waitFor();
    await page.getByTestId('counter-notice').getByText('The invoice is forged').waitFor();
    await expectAccessible(page, 'item with answer');
    await screenshot(page, 'item-answered');
    // the item's history reads in Chinese: events worded from their codes, dates in the locale
    await page.getByLabel('Language').click();
    await page.getByTitle('简体中文').click();
    await page.getByText('已提交反通知').first().waitFor();
    const history = await page.locator('.ant-timeline').first().innerText();
    assert.match(history, /已提交投诉（假冒）/);
    assert.match(history, /权利人已答复反通知/);
    assert.match(history, /计时开始/);
    assert.doesNotMatch(history, /Notice filed|Clock started|Counter-notice filed|\d{4}-\d{2}-\d{2}T/);
    await page.getByLabel('语言').click();
    await page.getByTitle('English').click();
    await page.getByText('Answer sent').or(page.getByText('Counter-notice filed').first()).first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('admin reads the webhook delivery log and replays a delivery', async () => {
    const { page, context, problems } = await newPage(browser, server.baseUrl);
    await login(page, ...ADMIN);
    await page.getByRole('link', { name: 'Marketplaces' }).first().click();
    await page
      .getByRole('link', { name: /Europa|EU|DE/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'marketplaces');
    await page
      .getByRole('link', { name: /Europa|EU|DE/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Europa|EU|DE/ }).waitFor();
    // The decisions above were sent to the receiver; the list refreshes itself every 5 s.
    const delivered = page
      .locator('tr.ant-table-row')
      .filter({ has: page.locator('.ant-tag', { hasText: 'Delivered' }) })
      .first();
    await delivered.waitFor({ timeout: 90_000 });
    const row = page.locator(
      `tr.ant-table-row[data-row-key="${await delivered.getAttribute('data-row-key')}"]`,
    );
    // Its attempt log: one attempt, answered 200.
    await row.getByRole('button', { name: /expand row/i }).click();
    const log = page.locator('.ant-table-expanded-row').first();
    await log.getByRole('cell', { name: '200', exact: true }).first().waitFor();
    assert.equal(await log.locator('tbody tr.ant-table-row').count(), 1);

    const sent = receiver.to('/hooks').length;
    const replayed = page.waitForResponse(
      (r) => /\/v1\/webhook-deliveries\/[^/]+\/replay$/.test(r.url()) && r.request().method() === 'POST',
    );
    await row.getByRole('button', { name: 'Replay' }).click();
    assert.equal((await replayed).status(), 200);
    await page.getByText('Delivery replayed').waitFor();
    await receiver.received('/hooks', sent + 1);
    // The second attempt appears in the log, and the delivery is delivered again.
    await log.locator('tbody tr.ant-table-row').nth(1).waitFor();
    await row.locator('.ant-tag', { hasText: 'Delivered' }).waitFor();
    await expectAccessible(page, 'webhook deliveries');
    await screenshot(page, 'webhook-deliveries');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
