import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors/app-error.ts';
import type { App } from './app.ts';

export const CSRF_COOKIE = 'ipp_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must prove they come from our own pages: the double-submit token
 * (cookie `ipp_csrf`, set with the portal page, echoed in `X-CSRF-Token`). Another site can make a
 * browser send the cookie (SameSite=Strict already stops most), never read it to set the header.
 * Bearer clients (API keys, session tokens in the header) carry no ambient credential: unaffected.
 */
export function installCsrfProtection(app: App, sessionCookie: string): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    if (!request.cookies[sessionCookie] || request.routeOptions.config.public) return;
    const cookie = request.cookies[CSRF_COOKIE] ?? '';
    const header = request.headers[CSRF_HEADER];
    const sent = typeof header === 'string' ? header : '';
    const same =
      cookie.length > 0 &&
      cookie.length === sent.length &&
      timingSafeEqual(Buffer.from(cookie), Buffer.from(sent));
    if (!same)
      throw AppError.forbidden(
        'A write authenticated by the session cookie needs the X-CSRF-Token header equal to the ipp_csrf cookie',
      );
  });
}
