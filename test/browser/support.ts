import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { buildPortal } from '../../web/scripts/build.ts';
import { nodeArgsFor } from '../support/cli.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Browser tests need Debian's chromium; without it a dev machine skips them. CI installs it, so
 * there a missing browser is a failure, never a silent skip.
 */
export const browserMissing = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}`;
if (browserMissing && process.env.CI === 'true')
  throw new Error(`CI must have Debian's chromium for the browser tests: ${browserMissing}`);

export interface PortalServer {
  baseUrl: string;
  output: string[];
  stop(): Promise<void>;
}

/**
 * A real `ipp serve` process on a free port with embedded PGlite and the demo data, serving the
 * built portal (built first when stale), as `npm start` runs it.
 */
export async function startPortalServer(
  env: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<PortalServer> {
  await buildPortal({ ifStale: true });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ipp-portal-'));
  // The test runner loads the demo once per run into a stopped server's folder (scripts/run-tests.ts):
  // each server starts from a copy of it, as a restarted `npm start` would, instead of loading it again.
  const template = options.dataDir ? undefined : process.env.IPP_TEST_DEMO_DATA;
  if (template) cpSync(template, dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [...nodeArgsFor('src/cli.ts'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      IPP_DATA_DIR: dataDir,
      IPP_WEBHOOK_INTERVAL_MS: '300',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /OpenIPP listening on (http:\/\/[^\s]+)/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.join('')}`));
    });
  });
  return {
    baseUrl,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A page that records console errors and CSP violations, which the tests assert are absent. */
export async function newPage(browser: Browser, baseUrl: string, locale = 'en-US') {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale,
    viewport: { width: 1366, height: 850 },
    // The portal turns Ant Design's motion off for users who ask for less (web/src/theme.ts): no
    // toast fades out while axe-core measures its contrast.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Two shared cores run the server, the browser and the test: be patient, never flaky.
  page.setDefaultTimeout(60_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (401|4\d\d)/.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return { page, context, problems };
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(password);
  await page.getByRole('button', { name: /Log in|登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Log out|退出登录/ }).click();
  await page.waitForURL(/\/login/);
}

/**
 * Waits for the page's finite CSS transitions and animations to end. A button that turns primary
 * fades its ground and text colours over 0.2 s: measured mid-way, red text on a half-red ground
 * fails contrast although neither end state does. Endless ones (spinners) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  // A string: the test project has no DOM types; this runs in the page.
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  ).then(() => undefined)`);
}

/** axe-core on the current page, once it has settled: no serious or critical violation. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await settled(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0)
    throw new Error(
      `${where}: accessibility violations\n${bad
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join('\n  ')}`,
        )
        .join('\n')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export type Json = Record<string, unknown> & { items?: Array<Record<string, unknown>> };

/** The API as a client with a session token: the stories' earlier steps, set up without a browser. */
export async function client(baseUrl: string, [email, password]: readonly [string, string]) {
  const send = async (method: string, path: string, body?: unknown, type = 'application/json') => {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': type } : {}),
      },
      ...(body !== undefined
        ? { body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) }
        : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as Json;
  };
  let token = '';
  token = String((await send('POST', '/v1/auth/login', { email, password })).token);
  return send;
}

/** Waits until the image the locator names has loaded and has pixels (not a broken picture). */
export async function imageLoaded(image: Locator): Promise<void> {
  await image.waitFor();
  const handle = await image.elementHandle();
  await image.page().waitForFunction(
    (el) => {
      const img = el as unknown as { complete: boolean; naturalWidth: number };
      return img.complete && img.naturalWidth > 0;
    },
    handle,
    {
      timeout: 10_000,
    },
  );
}
