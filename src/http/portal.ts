import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app.ts';
import { CSRF_COOKIE } from './csrf.ts';

/**
 * The web portal (web/, built by Vite into web/dist) served at `/` on the API's own address:
 * hashed assets cached for a year, every other page path answered with index.html (the SPA routes
 * in the browser), never for the API's own paths, which keep their 404 problem documents.
 */
export const PORTAL_DIST = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

const API_PATHS = ['/v1', '/openapi.json', '/healthz', '/readyz'];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Scripts only from our origin (no inline script, no eval). Styles may be inline: Ant Design's
 * CSS-in-JS inserts style elements, most with the per-response nonce we hand it, but some of its
 * components insert theirs without one (measured in the browser tests), and a nonce in style-src
 * would block those. Inline style cannot run code; script-src stays strict.
 */
export function portalCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function installPortal(app: App, distDir: string = PORTAL_DIST): void {
  let indexHtml: Promise<string | null> | null = null;
  const loadIndex = () => {
    indexHtml ??= readFile(join(distDir, 'index.html'), 'utf8').catch(() => null);
    return indexHtml;
  };

  const sendIndex = async (request: FastifyRequest, reply: FastifyReply) => {
    const html = await loadIndex();
    const nonce = randomBytes(16).toString('base64');
    reply.header('content-security-policy', portalCsp()).header('cache-control', 'no-cache');
    // Double-submit CSRF token: readable by our script only (same origin), echoed as X-CSRF-Token.
    if (!request.cookies[CSRF_COOKIE])
      reply.setCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), {
        httpOnly: false,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
      });
    if (html === null)
      return reply
        .type('text/html; charset=utf-8')
        .status(503)
        .send(
          '<!doctype html><html lang="en"><title>OpenIPP</title><p>The portal is not built: run <code>npm start</code> (it builds web/dist) or <code>npm run build:web</code>.</p></html>',
        );
    return reply
      .type('text/html; charset=utf-8')
      .send(
        html.replace(
          /<meta name="csp-nonce" content=""\s*\/?>/,
          `<meta name="csp-nonce" content="${nonce}" />`,
        ),
      );
  };

  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    let path: string;
    try {
      path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    } catch {
      return reply.callNotFound();
    }
    if (isApiPath(path)) return reply.callNotFound();
    if (path !== '/' && extname(path) !== '') {
      const file = normalize(join(distDir, path));
      if (!file.startsWith(distDir + sep) || file.endsWith('index.html')) return reply.callNotFound();
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return reply.callNotFound();
      reply
        .type(TYPES[extname(file)] ?? 'application/octet-stream')
        .header(
          'cache-control',
          path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        )
        .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      return reply.send(await readFile(file));
    }
    return sendIndex(request, reply);
  });
}
