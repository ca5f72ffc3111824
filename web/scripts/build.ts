import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the portal into web/dist. With --if-stale (the `prestart` step) it builds only when
 * dist is missing or older than any source: `npm ci && npm start` serves an up-to-date portal.
 */
const webDir = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(webDir, 'dist', '.built');

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function portalIsStale(): boolean {
  if (!existsSync(stamp)) return true;
  const inputs = ['src', 'public', 'index.html', 'vite.config.ts', '../package-lock.json'].map((p) =>
    join(webDir, p),
  );
  const newest = Math.max(...inputs.filter((p) => existsSync(p)).map(newestMtime));
  return newest > statSync(stamp).mtimeMs;
}

export async function buildPortal(options: { ifStale: boolean } = { ifStale: false }): Promise<void> {
  if (options.ifStale && !portalIsStale()) return;
  console.log('[portal] building web/dist ...');
  const started = Date.now();
  // Always a production build: Vite keeps a NODE_ENV the calling process set (the test runner sets
  // 'test'), which turns on React's and Ant Design's development code and warnings.
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
  }
  writeFileSync(stamp, new Date().toISOString());
  console.log(`[portal] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await buildPortal({ ifStale: process.argv.includes('--if-stale') });
