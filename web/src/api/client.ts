import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** An RFC 9457 problem document as the API sends it, with a pointer per invalid field. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  /** The business rule that refused the request, when one did (e.g. appeal-window). */
  rule?: string;
  errors?: Array<{ pointer: string; rule?: string; detail: string }>;
}

export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
  }
}

const ORG_KEY = 'ipp.org';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The organisation the person acts for when they belong to several (sent as X-Org-Id). */
export function selectedOrg(): string | null {
  return localStorage.getItem(ORG_KEY);
}
export function selectOrg(orgId: string | null): void {
  if (orgId) localStorage.setItem(ORG_KEY, orgId);
  else localStorage.removeItem(ORG_KEY);
}

const UNAUTHENTICATED_EVENT = 'ipp:unauthenticated';
export function onUnauthenticated(listener: () => void): () => void {
  window.addEventListener(UNAUTHENTICATED_EVENT, listener);
  return () => window.removeEventListener(UNAUTHENTICATED_EVENT, listener);
}

const portalMiddleware: Middleware = {
  onRequest({ request }) {
    // Double-submit CSRF token: the cookie set with the page, echoed in a header (see src/http/csrf.ts).
    const csrf = readCookie('ipp_csrf');
    if (csrf) request.headers.set('x-csrf-token', csrf);
    const org = selectedOrg();
    if (org) request.headers.set('x-org-id', org);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/v1/auth/login'))
      window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(portalMiddleware);

/** Unwraps an openapi-fetch result: the data, or a ProblemError carrying the problem document. */
export async function call<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await promise;
  if (error !== undefined || !response.ok) {
    const problem =
      error && typeof error === 'object' && 'title' in error
        ? (error as Problem)
        : { title: response.statusText || 'Request failed', status: response.status };
    throw new ProblemError(problem);
  }
  return data as T;
}

/** Sends a file body (documents, CSV) through fetch with the same headers as the typed client. */
export async function upload<T>(url: string, body: Blob, contentType: string): Promise<T> {
  const headers = new Headers({ 'content-type': contentType });
  const csrf = readCookie('ipp_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  const org = selectedOrg();
  if (org) headers.set('x-org-id', org);
  const response = await fetch(url, { method: 'POST', body, headers, credentials: 'same-origin' });
  if (response.status === 401) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok)
    throw new ProblemError(
      json && typeof json === 'object' && 'title' in json
        ? (json as Problem)
        : { title: response.statusText, status: response.status },
    );
  return json as T;
}
