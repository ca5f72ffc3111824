import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createHarness, type Harness } from './support/harness.ts';

/** Sends a body of `size` bytes over a real socket in chunks; resolves with the answer it reads. */
function postLarge(base: string, path: string, size: number, token: string, chunked = false) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? {} : { 'content-length': size }),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(chunk.length, size - sent);
        sent += n;
        if (!req.write(chunk.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('the HTTP edge over a real socket (pglite)', () => {
  let h: Harness;
  let base: string;
  before(async () => {
    h = await createHarness('pglite');
    base = await h.platform.app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => h.close());

  test('a body over the limit gets its 413 read by the client, not a reset connection', async () => {
    for (const size of [3 * 1024 * 1024, 40 * 1024 * 1024]) {
      for (const chunked of [false, true]) {
        const res = await postLarge(base, '/v1/organisations', size, h.adminToken, chunked);
        assert.equal(res.status, 413, `${size} bytes, chunked ${chunked}`);
        assert.equal(JSON.parse(res.body).code, 'PAYLOAD_TOO_LARGE');
      }
    }
  });

  test('curl sending 50 MB reads the 413 (answering mid-upload without draining reset the connection)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-413-'));
    try {
      const file = join(dir, 'big.json');
      writeFileSync(file, Buffer.alloc(50_000_000, 0x61));
      // Asynchronous: the server under test runs in this process's event loop.
      const { stdout: out } = await promisify(execFile)(
        'curl',
        [
          '-s',
          '-o',
          '/dev/null',
          '-w',
          '%{http_code}',
          '-X',
          'POST',
          '-H',
          'content-type: application/json',
          '--data-binary',
          `@${file}`,
          `${base}/v1/auth/login`,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(out, '413');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('security headers on every response: data, errors and unknown routes', async () => {
    for (const [path, status] of [
      ['/v1/me', 200],
      ['/v1/notices/not-a-uuid', 400],
      ['/v1/nothing-here', 404],
      ['/healthz', 200],
    ] as const) {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${h.adminToken}` } });
      assert.equal(res.status, status, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
    }
  });
});
