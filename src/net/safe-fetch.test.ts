import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer, type Server } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { endlessBody, type Receiver, redirectTo, startReceiver } from '../../test/support/receiver.ts';
import { type OutboundPolicy, outboundPolicy, parseAllowList, type Resolver, safeFetch } from './index.ts';

const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: '{"n":1}' };

function resolver(answers: Record<string, string[]>) {
  const calls: string[] = [];
  const resolve: Resolver = async (hostname) => {
    calls.push(hostname);
    const found = answers[hostname];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, calls };
}

describe('safeFetch', () => {
  let a: Receiver;
  let b: Receiver;
  /** Not on any allow-list. */
  let hidden: Receiver;
  let garbage: Server;
  let garbagePort = 0;
  let policy: OutboundPolicy;

  before(async () => {
    [a, b, hidden] = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
    garbage = createTcpServer((socket) => {
      socket.on('error', () => {});
      socket.end('NOT HTTP AT ALL\r\n\r\n');
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
    garbagePort = (garbage.address() as AddressInfo).port;
    policy = outboundPolicy({
      allow: parseAllowList(`127.0.0.1:${a.port},127.0.0.1:${b.port},127.0.0.1:${garbagePort}`),
    });
  });
  after(async () => {
    await Promise.all([a.close(), b.close(), hidden.close()]);
    garbage.close();
  });

  test('a loopback target is refused without an allow-list, before any connection', async () => {
    for (const url of [
      `${hidden.base}/x`,
      `http://[::ffff:127.0.0.1]:${hidden.port}/x`,
      `http://2130706433:${hidden.port}/x`,
    ])
      assert.deepEqual(
        await safeFetch(url, post, outboundPolicy()),
        { status: null, reason: 'blocked-address' },
        url,
      );
    assert.deepEqual(await safeFetch(`${hidden.base}/x`, post, policy), {
      status: null,
      reason: 'blocked-address',
    });
    assert.equal(hidden.requests.length, 0);
  });

  test('an allowed target gets the request; the answer is a status and the standard phrase, never the server text', async () => {
    a.handle('/teapot', (_req, res) => {
      res.statusMessage = 'SECRET from 10.1.2.3';
      res.writeHead(418).end('SECRET body');
    });
    assert.deepEqual(await safeFetch(`${a.base}/ok?x=1`, post, policy), { status: 200, reason: 'OK' });
    const [received] = a.to('/ok?x=1');
    assert.equal(received?.method, 'POST');
    assert.equal(received?.body, '{"n":1}');
    assert.equal(received?.headers['content-length'], '7');
    assert.deepEqual(await safeFetch(`${a.base}/teapot`, post, policy), {
      status: 418,
      reason: "I'm a Teapot",
    });
  });

  test('a host name is resolved once, every address is checked, and the connection goes to the checked address', async () => {
    const dns = resolver({
      'hooks.example.test': ['127.0.0.1'],
      'mixed.example.test': ['93.184.216.34', '127.0.0.1'],
    });
    const named = { ...policy, resolve: dns.resolve };
    assert.deepEqual(await safeFetch(`http://hooks.example.test:${a.port}/named`, post, named), {
      status: 200,
      reason: 'OK',
    });
    assert.deepEqual(dns.calls, ['hooks.example.test'], 'no second lookup when connecting');
    assert.equal(a.to('/named')[0]?.headers.host, `hooks.example.test:${a.port}`);
    const strict = { ...outboundPolicy(), resolve: dns.resolve };
    assert.deepEqual(await safeFetch(`https://hooks.example.test:${a.port}/`, post, strict), {
      status: null,
      reason: 'blocked-address',
    });
    assert.deepEqual(await safeFetch(`https://mixed.example.test/`, post, strict), {
      status: null,
      reason: 'blocked-address',
    });
    assert.deepEqual(await safeFetch(`https://nowhere.example.test/`, post, strict), {
      status: null,
      reason: 'dns-failure',
    });
  });

  test('redirects: followed by hand up to three, each hop checked; a POST keeps its body only on 307/308', async () => {
    a.handle('/r1', redirectTo('/r2'));
    a.handle('/r2', redirectTo(`${b.base}/r3`, 308));
    b.handle('/r3', redirectTo(`${a.base}/done`));
    assert.deepEqual(await safeFetch(`${a.base}/r1`, post, policy), { status: 200, reason: 'OK' });
    assert.equal(a.to('/done')[0]?.body, '{"n":1}');
    a.handle('/r0', redirectTo('/r1'));
    assert.deepEqual(await safeFetch(`${a.base}/r0`, post, policy), {
      status: null,
      reason: 'too-many-redirects',
    });

    a.handle('/to-hidden', redirectTo(`${hidden.base}/admin`));
    a.handle('/to-metadata', redirectTo('http://169.254.169.254/latest/meta-data/'));
    a.handle('/to-file', redirectTo('file:///etc/passwd'));
    a.handle('/to-localhost', redirectTo(`http://localhost:${a.port}/ok`));
    for (const [path, reason] of [
      ['/to-hidden', 'blocked-address'],
      ['/to-metadata', 'blocked-address'],
      ['/to-file', 'scheme-not-allowed'],
      ['/to-localhost', 'blocked-address'],
    ] as const)
      assert.deepEqual(await safeFetch(`${a.base}${path}`, post, policy), { status: null, reason }, path);
    assert.equal(hidden.requests.length, 0);

    a.handle('/found', redirectTo('/ok', 302));
    assert.deepEqual(await safeFetch(`${a.base}/found`, post, policy), {
      status: 302,
      reason: 'redirect-not-followed',
    });
    const gets = a.to('/ok').length;
    assert.deepEqual(await safeFetch(`${a.base}/found`, { method: 'GET' }, policy), {
      status: 200,
      reason: 'OK',
    });
    assert.equal(a.to('/ok').length, gets + 1);
    assert.equal(a.to('/ok').at(-1)?.method, 'GET');
  });

  test('credentials for one origin are not carried to another', async () => {
    a.handle('/cross', redirectTo(`${b.base}/landing`));
    a.handle('/same', redirectTo('/landing'));
    const withAuth = {
      ...post,
      headers: { ...post.headers, authorization: 'Bearer t', 'x-openipp-delivery': 'd1' },
    };
    await safeFetch(`${a.base}/cross`, withAuth, policy);
    await safeFetch(`${a.base}/same`, withAuth, policy);
    assert.equal(b.to('/landing')[0]?.headers.authorization, undefined);
    assert.equal(b.to('/landing')[0]?.headers['x-openipp-delivery'], 'd1');
    assert.equal(a.to('/landing')[0]?.headers.authorization, 'Bearer t');
  });

  test('limits: an endless body is not read to its end, silence times out, a stalled body keeps its status, slow DNS times out', async () => {
    a.handle('/endless', endlessBody(200));
    let started = Date.now();
    assert.deepEqual(await safeFetch(`${a.base}/endless`, { ...post, timeoutMs: 5_000 }, policy), {
      status: 200,
      reason: 'OK',
    });
    assert.ok(Date.now() - started < 1_000, `${Date.now() - started} ms`);

    started = Date.now();
    assert.deepEqual(await safeFetch(`${a.base}/hang`, { ...post, timeoutMs: 200 }, policy), {
      status: null,
      reason: 'timeout',
    });
    assert.ok(Date.now() - started < 1_000);

    a.handle('/stalled', (_req, res) => {
      res.writeHead(503, { 'content-length': '100' });
      res.write('partial');
    });
    assert.deepEqual(await safeFetch(`${a.base}/stalled`, { ...post, timeoutMs: 200 }, policy), {
      status: 503,
      reason: 'Service Unavailable',
    });

    const slowDns = { ...policy, resolve: () => new Promise<never>(() => {}) };
    started = Date.now();
    assert.deepEqual(await safeFetch('https://slow.example.test/', { ...post, timeoutMs: 200 }, slowDns), {
      status: null,
      reason: 'timeout',
    });
    assert.ok(Date.now() - started < 1_000);
  });

  test('network failures come back as categories, never as messages', async () => {
    const closed = await startReceiver();
    await closed.close();
    const refusing = outboundPolicy({ allow: parseAllowList(`127.0.0.1:${closed.port}`) });
    assert.deepEqual(await safeFetch(`${closed.base}/`, post, refusing), {
      status: null,
      reason: 'connection-refused',
    });
    assert.deepEqual(await safeFetch(`https://127.0.0.1:${a.port}/`, post, policy), {
      status: null,
      reason: 'tls-error',
    });
    assert.deepEqual(await safeFetch(`http://127.0.0.1:${garbagePort}/`, post, policy), {
      status: null,
      reason: 'invalid-response',
    });
  });
});
