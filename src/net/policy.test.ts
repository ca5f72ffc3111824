import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../config/config.ts';
import { parseIp } from './address.ts';
import {
  defaultPortAllowed,
  formatAllowEntry,
  judgeTarget,
  outboundPolicy,
  parseAllowList,
  parseTarget,
  refusalOfUrl,
} from './policy.ts';

const production = outboundPolicy();
const dotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

describe('outbound policy (pure)', () => {
  test('without an allow-list: only public https targets on web ports pass', () => {
    const cases: [string, string | null][] = [
      ['https://hooks.example.com/ipp', null],
      ['https://hooks.example.com:8443/ipp?x=1', null],
      ['https://93.184.216.34/hook', null],
      ['https://[2606:4700::1111]/hook', null],
      ['http://hooks.example.com/', 'https-required'],
      ['ftp://hooks.example.com/', 'scheme-not-allowed'],
      ['file:///etc/passwd', 'scheme-not-allowed'],
      ['gopher://127.0.0.1:6379/_FLUSHALL', 'scheme-not-allowed'],
      ['javascript:alert(1)', 'scheme-not-allowed'],
      ['not a url', 'invalid-url'],
      ['https://user@hooks.example.com/', 'credentials-in-url'],
      ['https://:pw@hooks.example.com/', 'credentials-in-url'],
      ['https://hooks.example.com:22/', 'port-not-allowed'],
      ['https://hooks.example.com:6667/', 'port-not-allowed'],
      ['https://hooks.example.com:0/', 'port-not-allowed'],
      ['https://localhost/', 'blocked-address'],
      ['https://LocalHost./', 'blocked-address'],
      ['https://printer.local/', 'blocked-address'],
      ['https://db.internal/', 'blocked-address'],
      ['https://nas.home.arpa/', 'blocked-address'],
      ['https://0x7f000001/', 'blocked-address'],
      ['https://127.1/', 'blocked-address'],
      ['https://%31%32%37.0.0.1/', 'blocked-address'],
      ['https://[::ffff:127.0.0.1]/', 'blocked-address'],
      ['https://[0:0:0:0:0:0:0:1]/', 'blocked-address'],
      ['https://[fe80::1%25eth0]/', 'invalid-url'],
    ];
    for (const [url, expected] of cases) assert.equal(refusalOfUrl(url, production), expected, url);
  });

  test('an address URL in a refused range is refused in any notation and on any port; the allow-list lets exactly what it names through', () => {
    const privateV4 = fc.oneof(
      fc.integer({ min: 0x7f000000, max: 0x7fffffff }),
      fc.integer({ min: 0x0a000000, max: 0x0affffff }),
      fc.integer({ min: 0xa9fe0000, max: 0xa9feffff }),
      fc.integer({ min: 0xc0a80000, max: 0xc0a8ffff }),
    );
    const port = fc.integer({ min: 1024, max: 65_535 }).filter(defaultPortAllowed);
    fc.assert(
      fc.property(privateV4, port, (n, p) => {
        const v4 = dotted(n);
        for (const host of [v4, String(n), `0x${n.toString(16)}`, `[::ffff:${v4}]`]) {
          assert.equal(refusalOfUrl(`https://${host}:${p}/`, production), 'blocked-address', host);
          assert.equal(refusalOfUrl(`http://${host}:${p}/`, production), 'blocked-address', host);
        }
        const exact = outboundPolicy({ allow: parseAllowList(`${v4}:${p}`) });
        assert.equal(refusalOfUrl(`http://${String(n)}:${p}/x`, exact), null, 'allowed, plain http included');
        assert.equal(
          refusalOfUrl(`http://[::ffff:${v4}]:${p}/x`, exact),
          null,
          'the mapped form is the same host',
        );
        const otherPort = p === 65_535 ? 65_534 : p + 1;
        if (defaultPortAllowed(otherPort))
          assert.equal(
            refusalOfUrl(`https://${v4}:${otherPort}/`, exact),
            'blocked-address',
            'only that port',
          );
        const block = outboundPolicy({ allow: parseAllowList(`${dotted(n & 0xffffff00)}/24`) });
        assert.equal(refusalOfUrl(`https://${v4}:${p}/`, block), null);
        assert.equal(refusalOfUrl(`https://${dotted((n ^ 0x100) >>> 0)}:${p}/`, block), 'blocked-address');
      }),
      { numRuns: 300 },
    );
  });

  test('a host name is judged by every address it resolved to', () => {
    const target = parseTarget('https://hooks.example.com/')!;
    assert.ok(typeof target !== 'string');
    const ips = (...list: string[]) => list.map((a) => parseIp(a)!);
    assert.equal(judgeTarget(target, production, ips('93.184.216.34')), null);
    assert.equal(judgeTarget(target, production, ips('93.184.216.34', '10.0.0.1')), 'blocked-address');
    assert.equal(
      judgeTarget(target, production, ips('2606:4700::1', '::ffff:169.254.169.254')),
      'blocked-address',
    );
    const plain = parseTarget('http://dev.example.test:3000/')!;
    assert.ok(typeof plain !== 'string');
    const allowDev = outboundPolicy({ allow: parseAllowList('127.0.0.1:3000') });
    assert.equal(judgeTarget(plain, allowDev, ips('127.0.0.1')), null, 'allow-listed address: http too');
    assert.equal(judgeTarget(plain, allowDev, ips('127.0.0.1', '10.0.0.1')), 'blocked-address');
    assert.equal(judgeTarget(plain, allowDev, ips('93.184.216.34')), 'https-required');
    const byName = outboundPolicy({ allow: parseAllowList('dev.example.test') });
    assert.equal(judgeTarget(plain, byName, ips('10.1.1.1')), null, 'a named host may resolve anywhere');
    assert.equal(
      refusalOfUrl('https://localhost:3000/', outboundPolicy({ allow: parseAllowList('localhost') })),
      null,
    );
    assert.equal(refusalOfUrl('http://hooks.example.com/', outboundPolicy({ allowHttp: true })), null);
  });

  test('IPP_OUTBOUND_ALLOW: host names, addresses, CIDR blocks, each with an optional port; anything else stops the start', () => {
    const entries = parseAllowList(
      ' 127.0.0.1:8080, [::1]:3000 ,10.20.0.0/16, fd00::/8, Hooks.Dev.Test:3000, localhost, 2130706433 ,',
    );
    assert.deepEqual(entries.map(formatAllowEntry), [
      '127.0.0.1:8080',
      '[::1]:3000',
      '10.20.0.0/16',
      'fd00::/8',
      'hooks.dev.test:3000',
      'localhost',
      '127.0.0.1',
    ]);
    for (const bad of [
      'http://x',
      '10.0.0.0/33',
      'a b',
      'host:99999',
      '[nope]:80',
      'under_score.test',
      '1.2.3.4/8:80',
    ])
      assert.throws(() => parseAllowList(bad), /allow-list entry/, bad);
    assert.deepEqual(parseAllowList(''), []);

    const env = { IPP_SECRET_KEY: 'k', IPP_DATA_DIR: '/nonexistent' };
    assert.deepEqual(loadConfig(env).outbound, { allow: [], allowHttp: false }, 'production-safe default');
    const dev = loadConfig({ ...env, IPP_OUTBOUND_ALLOW: '127.0.0.1:8080', IPP_OUTBOUND_ALLOW_HTTP: '1' });
    assert.deepEqual(dev.outbound.allow.map(formatAllowEntry), ['127.0.0.1:8080']);
    assert.equal(dev.outbound.allowHttp, true);
    assert.throws(() => loadConfig({ ...env, IPP_OUTBOUND_ALLOW: 'not a host' }), /IPP_OUTBOUND_ALLOW/);
  });
});
