import assert from 'node:assert/strict';
import { BlockList, isIP } from 'node:net';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type AddressRange, classifyAddress, formatIp, parseIp } from './address.ts';
import { parseTarget } from './policy.ts';

/**
 * The ranges an outbound request must not reach, written here independently of the module's
 * tables (from the audit's list and the IANA special-purpose registries), so a slip in either
 * shows. Node's own BlockList is the oracle for "is this address inside one of them".
 */
const BLOCKED_V4: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
/** Native IPv6 ranges (the embedded-IPv4 forms are generated from the IPv4 ranges). */
const BLOCKED_V6: readonly [string, number][] = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['3fff::', 20],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];

const v4Oracle = new BlockList();
for (const [net, prefix] of BLOCKED_V4) v4Oracle.addSubnet(net, prefix, 'ipv4');
const v6Oracle = new BlockList();
for (const [net, prefix] of BLOCKED_V6) v6Oracle.addSubnet(net, prefix, 'ipv6');

const dotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const toInt = (text: string) => text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
const hex16 = (n: number) => n.toString(16);

/** Any address of `net/prefix`. */
function v4In(net: string, prefix: number) {
  const base = toInt(net);
  return fc.integer({ min: 0, max: 2 ** (32 - prefix) - 1 }).map((host) => dotted(base + host));
}

function v6Groups(value: bigint): number[] {
  return Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
}
function v6Value(text: string): bigint {
  const ip = parseIp(text)!;
  return ip.bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}
function v6In(net: string, prefix: number) {
  const base = v6Value(net);
  return fc.bigInt({ min: 0n, max: 2n ** BigInt(128 - prefix) - 1n }).map((host) => v6Groups(base + host));
}

/** The same IPv6 address written every way people and resolvers write it. */
function v6Spellings(groups: number[]): string[] {
  const full = groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
  const minimal = groups.map(hex16).join(':');
  const canonical = new URL(`http://[${full}]/`).hostname.slice(1, -1);
  return [full, minimal, canonical, full.toUpperCase(), canonical.toUpperCase()];
}

/** An IPv4 address as the IPv6 forms that embed it. */
function embeddings(v4: string): string[] {
  const n = toInt(v4);
  const hi = hex16(n >>> 16);
  const lo = hex16(n & 0xffff);
  return [
    `::ffff:${v4}`,
    `::ffff:${hi}:${lo}`,
    `0:0:0:0:0:ffff:${hi}:${lo}`,
    `0000:0000:0000:0000:0000:FFFF:${v4}`,
    `::${v4}`,
    `::ffff:0:${v4}`,
    `64:ff9b::${v4}`,
    `64:ff9b::${hi}:${lo}`,
    `2002:${hi}:${lo}::1`,
  ];
}

/** The IPv4 notations the WHATWG URL parser accepts for one address. */
function urlNotations(v4: string): string[] {
  const n = toInt(v4);
  const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
  return [
    v4,
    String(n),
    `0x${n.toString(16)}`,
    `0${n.toString(8)}`,
    `${a}.${(b << 16) | (c << 8) | d}`,
    `${a}.${b}.${(c << 8) | d}`,
    `0x${a.toString(16)}.${b}.0${c.toString(8)}.${d}`,
    `${v4}.`,
  ];
}

const rangeOfUrlHost = (host: string): AddressRange | null => {
  const target = parseTarget(`http://${host}/`);
  assert.ok(typeof target !== 'string' && target.literal, `${host} is an address URL`);
  return classifyAddress(formatIp(target.literal));
};

describe('address classification', () => {
  test('every address of every refused IPv4 range is refused, in dotted form, every URL notation and every IPv6 embedding', () => {
    for (const [net, prefix] of BLOCKED_V4) {
      fc.assert(
        fc.property(v4In(net, prefix), (v4) => {
          const range = classifyAddress(v4);
          assert.ok(range && range !== 'public', `${v4} in ${net}/${prefix} -> ${range}`);
          for (const notation of urlNotations(v4)) assert.equal(rangeOfUrlHost(notation), range, notation);
          for (const form of embeddings(v4)) {
            const embedded = classifyAddress(form);
            assert.ok(embedded && embedded !== 'public', `${form} -> ${embedded}`);
            assert.equal(rangeOfUrlHost(`[${form}]`), embedded, `[${form}] through the URL parser`);
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  test('every address of every refused IPv6 range is refused, however it is spelled', () => {
    for (const [net, prefix] of BLOCKED_V6) {
      fc.assert(
        fc.property(v6In(net, prefix), (groups) => {
          for (const spelling of v6Spellings(groups)) {
            const range = classifyAddress(spelling);
            assert.ok(range && range !== 'public', `${spelling} in ${net}/${prefix} -> ${range}`);
            assert.equal(rangeOfUrlHost(`[${spelling}]`), range);
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  test('IPv4: refused exactly when inside a refused range (Node BlockList as oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
        const v4 = dotted(n);
        const blocked = classifyAddress(v4) !== 'public';
        assert.equal(blocked, v4Oracle.check(v4, 'ipv4'), v4);
        // Mapped and NAT64 forms reach the same host: same verdict. 6to4 likewise.
        for (const form of [
          `::ffff:${v4}`,
          `64:ff9b::${v4}`,
          `2002:${hex16(n >>> 16)}:${hex16(n & 0xffff)}::`,
        ])
          assert.equal(classifyAddress(form) !== 'public', blocked, form);
        // The deprecated compatible and translated forms are never public.
        assert.notEqual(classifyAddress(`::${v4}`), 'public');
        assert.notEqual(classifyAddress(`::ffff:0:${v4}`), 'public');
      }),
      { numRuns: 5_000 },
    );
  });

  test('IPv6: public only inside 2000::/3 and outside the refused ranges, or embedding a public IPv4 address', () => {
    const v4 = fc.integer({ min: 0, max: 2 ** 32 - 1 }).map(BigInt);
    const anyV6 = fc.oneof(
      fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }),
      fc.bigInt({ min: 0x2000n << 112n, max: (0x4000n << 112n) - 1n }),
      v4.map((n) => (0xffffn << 32n) | n),
      v4.map((n) => (0x64ff9bn << 96n) | n),
      fc
        .tuple(v4, fc.bigInt({ min: 0n, max: 2n ** 80n - 1n }))
        .map(([n, low]) => (0x2002n << 112n) | (n << 80n) | low),
    );
    const v4Public = (n: bigint) => !v4Oracle.check(dotted(Number(n)), 'ipv4');
    fc.assert(
      fc.property(anyV6, (value) => {
        const groups = v6Groups(value);
        const text = groups.map(hex16).join(':');
        const low32 = value & 0xffffffffn;
        let expected: boolean;
        if (value >> 32n === 0xffffn || value >> 32n === 0x64ff9bn << 64n) expected = v4Public(low32);
        else if (groups[0] === 0x2002) expected = v4Public((value >> 80n) & 0xffffffffn);
        else expected = groups[0]! >= 0x2000 && groups[0]! < 0x4000 && !v6Oracle.check(text, 'ipv6');
        assert.equal(classifyAddress(text) === 'public', expected, text);
      }),
      { numRuns: 5_000 },
    );
  });

  test('named examples', () => {
    const cases: [string, AddressRange][] = [
      ['127.0.0.1', 'loopback'],
      ['169.254.169.254', 'link-local'],
      ['100.100.100.200', 'shared'],
      ['0.0.0.0', 'unspecified'],
      ['255.255.255.255', 'broadcast'],
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:a9fe:a9fe', 'link-local'],
      ['64:ff9b::10.0.0.1', 'private'],
      ['2002:c0a8:0101::1', 'private'],
      ['fd12:3456::1', 'unique-local'],
      ['fe80::1%eth0', 'link-local'],
      ['fec0::1', 'site-local'],
      ['ff02::1', 'multicast'],
      ['5f00::1', 'reserved'],
      ['8.8.8.8', 'public'],
      ['2606:4700:4700::1111', 'public'],
      ['::ffff:8.8.8.8', 'public'],
      ['64:ff9b::8.8.8.8', 'public'],
    ];
    for (const [text, range] of cases) assert.equal(classifyAddress(text), range, text);
    assert.equal(classifyAddress('example.com'), null);
    assert.equal(
      classifyAddress('0177.0.0.1'),
      null,
      'non-canonical IPv4 is for the URL parser to normalise',
    );
  });

  test('the parser accepts exactly what Node accepts as an IP address, and formatting round-trips', () => {
    const chars = fc.constantFrom(...'0123456789abcdefABCDEF:.'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 45 }), (text) => {
        const strictV4 = /^\d+\.\d+\.\d+\.\d+$/.test(text) && text.split('.').some((p) => /^0\d/.test(p));
        if (strictV4) return; // leading zeros: Node accepts them as decimal, we leave them to the URL parser
        assert.equal(parseIp(text) !== null, isIP(text) !== 0, JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), (value) => {
        for (const spelling of v6Spellings(v6Groups(value))) {
          assert.ok(isIP(spelling) === 6 && parseIp(spelling), spelling);
          assert.equal(v6Value(formatIp(parseIp(spelling)!)), value);
          assert.equal(
            `[${formatIp(parseIp(spelling)!)}]`,
            new URL(`http://[${spelling}]/`).hostname,
            'RFC 5952 form',
          );
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
