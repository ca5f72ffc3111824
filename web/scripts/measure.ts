import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newPage, startPortalServer } from '../../test/browser/support.ts';

/**
 * The portal's budgets: the JavaScript a first visit downloads (the entry script and the chunks
 * index.html preloads, gzip) and the first render of the login page in Debian's chromium on
 * localhost (first contentful paint, and the form visible), median of 5 cold loads.
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
let raw = 0;
let gzip = 0;
for (const path of initial) {
  const bytes = readFileSync(join(dist, path));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(
  `initial JS: ${initial.length} file(s), ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`,
);

const server = await startPortalServer();
const browser = await launchBrowser();
try {
  const fcp: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { page, context } = await newPage(browser, server.baseUrl);
    const started = Date.now();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    ready.push(Date.now() - started);
    fcp.push(
      await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ),
    );
    await context.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `first contentful paint: median ${median(fcp).toFixed(0)} ms (${fcp.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log(`login form visible: median ${median(ready)} ms (${ready.join(', ')})`);
} finally {
  await browser.close();
  await server.stop();
}
