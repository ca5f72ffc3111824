import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A local HTTP endpoint on 127.0.0.1 that records every request. By default a path answers the
 * next status of its script (then 200) with a short text body; `handle` replaces that for a path
 * (redirects, endless bodies, odd status lines), and `/hang` never answers.
 */
export async function startReceiver() {
  const requests: Recorded[] = [];
  const scripts = new Map<string, number[]>();
  const handlers = new Map<string, Handler>();
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      requests.push({
        method: req.method ?? '',
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      for (const wake of waiters) wake();
      if (path === '/hang') return; // never answers: the sender's timeout must fire
      const handler = handlers.get(path);
      if (handler) return handler(req, res);
      const status = scripts.get(path)?.shift() ?? 200;
      res
        .writeHead(status, { 'content-type': 'text/plain' })
        .end(status >= 300 ? 'temporarily broken' : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    requests,
    to: (path: string) => requests.filter((r) => r.path === path),
    script: (path: string, statuses: number[]) => scripts.set(path, statuses),
    handle: (path: string, handler: Handler) => handlers.set(path, handler),
    /** Resolves once `path` has received `count` requests in all; rejects after `timeoutMs`. */
    received: (path: string, count: number, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (requests.filter((r) => r.path === path).length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${path} received fewer than ${count} requests in ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Answers with headers, then writes the body forever (until the client goes away). */
export function endlessBody(status: number): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(16 * 1024, 'x');
    const timer = setInterval(() => {
      if (!res.destroyed) res.write(chunk);
    }, 1);
    res.on('close', () => clearInterval(timer));
  };
}

export function redirectTo(location: string, status = 307): Handler {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}
