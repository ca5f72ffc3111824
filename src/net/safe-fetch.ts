import { type ClientRequest, request as httpRequest, type IncomingMessage, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { formatIp, type Ip, parseIp } from './address.ts';
import {
  judgeTarget,
  type OutboundFailure,
  type OutboundPolicy,
  parseTarget,
  refusalBeforeLookup,
  type Target,
} from './policy.ts';

/**
 * The one way the platform makes an HTTP request on its own. Every hop is checked against the
 * outbound policy after DNS, and the connection goes to the very addresses that were checked (a
 * pinned lookup), so a DNS answer that changes between the check and the connection (rebinding)
 * changes nothing. Redirects are followed by hand and checked like the first URL. The answer is
 * reduced to a status and a reason from a closed vocabulary: no byte of the body, nor the
 * server's own status text, ever leaves this module.
 */

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 3;
/** Read at most this much of a body (then hang up): enough for a server to finish a small answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024;
const MAX_HEADER_BYTES = 16 * 1024;

export interface SafeRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  headers?: Readonly<Record<string, string>>;
  body?: string | Buffer;
  /** For the whole exchange: every lookup, connection and redirect. */
  timeoutMs?: number;
  maxRedirects?: number;
  maxResponseBytes?: number;
  /**
   * Read the body (a GET for an image, say) up to this many bytes; a larger answer, by its
   * Content-Length or by what arrives, is `body-too-large`. Without it no body byte is kept.
   */
  readBodyUpTo?: number;
  /** A further check of each hop's host name (after the policy's), e.g. a per-tenant allow-list. */
  hostAllowed?: (host: string) => boolean;
}

/**
 * An answer (its status and the standard reason phrase for that status, or
 * `redirect-not-followed`), or no answer and why.
 */
export type SafeResponse =
  | { status: number; reason: string; body?: Buffer }
  | { status: null; reason: OutboundFailure };

/** Headers that authenticate the caller to one origin; they are not carried to another. */
const ORIGIN_BOUND_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export async function safeFetch(
  url: string,
  request: SafeRequest,
  policy: OutboundPolicy,
): Promise<SafeResponse> {
  const deadline = Date.now() + (request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const maxBytes = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  let method = request.method;
  let body = request.body === undefined ? undefined : Buffer.from(request.body);
  let headers: Record<string, string> = { ...request.headers };
  let current: string = url;
  for (let redirects = 0; ; redirects++) {
    const target = parseTarget(current);
    if (typeof target === 'string') return failed(target);
    if (request.hostAllowed && !request.hostAllowed(target.host)) return failed('host-not-allowed');
    const addresses = await checkedAddresses(target, policy, deadline);
    if (typeof addresses === 'string') return failed(addresses);
    const answer = await exchange(
      target,
      addresses,
      { method, headers, body },
      deadline,
      maxBytes,
      request.readBodyUpTo,
    );
    if ('failure' in answer) return failed(answer.failure);

    const redirect = isRedirect(answer.status) && answer.location !== undefined;
    if (!redirect)
      return {
        status: answer.status,
        reason: reasonPhrase(answer.status),
        ...(answer.body ? { body: answer.body } : {}),
      };
    const keepsRequest = answer.status === 307 || answer.status === 308;
    // Following a 301/302/303 turns the request into a GET without its body (as browsers do);
    // for a POST that means the body is never delivered, so the redirect is reported instead.
    if (!keepsRequest && method !== 'GET' && method !== 'HEAD')
      return { status: answer.status, reason: 'redirect-not-followed' };
    if (redirects >= maxRedirects) return failed('too-many-redirects');
    let next: URL;
    try {
      next = new URL(answer.location!, target.url);
    } catch {
      return failed('invalid-response');
    }
    if (!keepsRequest && method !== 'HEAD') {
      method = 'GET';
      body = undefined;
    }
    if (next.origin !== target.url.origin)
      headers = Object.fromEntries(
        Object.entries(headers).filter(([name]) => !ORIGIN_BOUND_HEADERS.includes(name.toLowerCase())),
      );
    current = next.href;
  }
}

function failed(reason: OutboundFailure): SafeResponse {
  return { status: null, reason };
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** The standard phrase for a status, never the text the server sent with it. */
export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown Status';
}

/** The addresses to connect to, each one checked; or why not. */
async function checkedAddresses(
  target: Target,
  policy: OutboundPolicy,
  deadline: number,
): Promise<Ip[] | OutboundFailure> {
  const early = refusalBeforeLookup(target, policy);
  if (early) return early;
  let resolved: Ip[] = [];
  if (target.literal) {
    resolved = [target.literal];
  } else {
    const lookup = Promise.resolve().then(() => policy.resolve(target.host));
    const answers = await beforeDeadline(lookup, deadline).catch((error: unknown) =>
      error === TIMED_OUT ? ('timeout' as const) : ('dns-failure' as const),
    );
    if (typeof answers === 'string') return answers;
    for (const answer of answers) {
      const ip = parseIp(answer.address);
      if (!ip) return 'dns-failure';
      resolved.push(ip);
    }
    if (resolved.length === 0) return 'dns-failure';
  }
  return judgeTarget(target, policy, resolved) ?? resolved;
}

const TIMED_OUT = Symbol('timed out');

function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Answers a connection's name lookup with the checked addresses only: no second DNS query. */
function pinnedLookup(addresses: readonly Ip[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = typeof options.family === 'number' && options.family !== 0 ? options.family : null;
    const usable = addresses
      .filter((ip) => family === null || ip.family === family)
      .map((ip) => ({ address: formatIp(ip), family: ip.family }));
    const first = usable[0];
    if (!first) {
      const error = Object.assign(new Error('no checked address of the requested family'), {
        code: 'ENOTFOUND',
      });
      callback(error, '');
    } else if (options.all) {
      callback(null, usable);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

type Answer = { status: number; location: string | undefined; body?: Buffer } | { failure: OutboundFailure };

function exchange(
  target: Target,
  addresses: readonly Ip[],
  request: { method: string; headers: Record<string, string>; body: Buffer | undefined },
  deadline: number,
  maxBytes: number,
  readBodyUpTo?: number,
): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    let settled = false;
    let headersSeen: Answer | null = null;
    let req: ClientRequest | undefined;
    const finish = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req?.destroy();
      resolve(answer);
    };
    // After the headers the status stands: a body that stalls does not turn it into a timeout.
    const timer = setTimeout(
      () => finish(headersSeen ?? { failure: 'timeout' }),
      Math.max(0, deadline - Date.now()),
    );
    const send = target.https ? httpsRequest : httpRequest;
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(request.body.length);
    try {
      req = send({
        host: target.host,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: request.method,
        headers,
        // A fresh connection per request: no pooled socket to an address checked for another URL.
        agent: false,
        lookup: pinnedLookup(addresses),
        maxHeaderSize: MAX_HEADER_BYTES,
        ...(target.https && target.name ? { servername: target.name } : {}),
      });
    } catch {
      finish({ failure: 'invalid-url' });
      return;
    }
    req.on('error', (error) => finish(headersSeen ?? { failure: failureOf(error) }));
    req.on('response', (res: IncomingMessage) => {
      const location = res.headers.location;
      const answer: Answer = { status: res.statusCode ?? 0, location };
      headersSeen = answer;
      if (isRedirect(answer.status)) return finish(answer);
      if (readBodyUpTo !== undefined) {
        // The body is the point of this request: a stall is a timeout, an excess is refused.
        headersSeen = null;
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > readBodyUpTo) return finish({ failure: 'body-too-large' });
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > readBodyUpTo) return finish({ failure: 'body-too-large' });
          chunks.push(chunk);
        });
        res.on('end', () => finish({ ...answer, body: Buffer.concat(chunks) }));
        res.on('error', () => finish({ failure: 'connection-reset' }));
        res.on('close', () => finish({ failure: 'connection-reset' }));
        return;
      }
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= maxBytes) finish(answer);
      });
      res.on('end', () => finish(answer));
      res.on('error', () => finish(answer));
      res.on('close', () => finish(answer));
    });
    req.end(request.body);
  });
}

const TLS_CODES = new Set([
  'EPROTO',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

/** The category of a socket or protocol error; its message (which may name addresses) is dropped. */
export function failureOf(error: unknown): OutboundFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'network-error';
  if (code === 'ECONNREFUSED') return 'connection-refused';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection-reset';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') return 'unreachable';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns-failure';
  if (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return 'tls-error';
  if (code.startsWith('HPE_') || code === 'ERR_HTTP_HEADER_OVERFLOW') return 'invalid-response';
  return 'network-error';
}
