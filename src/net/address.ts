/**
 * IP addresses and the ranges an outbound request must not reach. Pure: parsing and
 * classification only. A URL host is normalised by the WHATWG URL parser before it gets here
 * (that parser turns `2130706433`, `0x7f.1`, `0177.0.0.1` and `127.1` into `127.0.0.1`), so the
 * IPv4 parser accepts only canonical dotted quads; IPv6 is accepted in every valid spelling.
 */

export interface Ip {
  family: 4 | 6;
  /** 4 bytes for IPv4, 16 for IPv6, network order. */
  bytes: Uint8Array;
}

/**
 * Where an address points. Everything but `public` is refused as an outbound target; an IPv6
 * form that embeds an IPv4 address (mapped, compatible, translated, NAT64, 6to4) takes the range
 * of the embedded address.
 */
export type AddressRange =
  | 'public'
  | 'unspecified'
  | 'this-network'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'ietf-protocol'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'unique-local'
  | 'site-local'
  | 'discard';

export interface Cidr {
  family: 4 | 6;
  bytes: Uint8Array;
  prefix: number;
}

/** IANA IPv4 special-purpose registry (RFC 6890 and successors), most specific first. */
export const IPV4_SPECIAL_RANGES: readonly (readonly [cidr: string, range: AddressRange])[] = [
  ['0.0.0.0/32', 'unspecified'],
  ['0.0.0.0/8', 'this-network'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'shared'], // carrier-grade NAT, RFC 6598
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'], // cloud metadata services live here
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'ietf-protocol'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', 'reserved'], // former 6to4 relay anycast, RFC 7526
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['255.255.255.255/32', 'broadcast'],
  ['240.0.0.0/4', 'reserved'],
];

/**
 * IPv6 ranges checked after the embedded-IPv4 forms, most specific first. Outside 2000::/3
 * (global unicast) anything not listed is `reserved`.
 */
export const IPV6_SPECIAL_RANGES: readonly (readonly [cidr: string, range: AddressRange])[] = [
  ['64:ff9b:1::/48', 'reserved'], // local-use NAT64, RFC 8215
  ['100::/64', 'discard'],
  ['2001:db8::/32', 'documentation'],
  ['2001::/23', 'ietf-protocol'], // includes Teredo 2001::/32
  ['3fff::/20', 'documentation'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
];

// Declared before the tables below, which are parsed when the module loads.
const V4_PATTERN = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

const V4_TABLE = IPV4_SPECIAL_RANGES.map(([cidr, range]) => ({ cidr: parseCidrOrThrow(cidr), range }));
const V6_TABLE = IPV6_SPECIAL_RANGES.map(([cidr, range]) => ({ cidr: parseCidrOrThrow(cidr), range }));
const GLOBAL_UNICAST = parseCidrOrThrow('2000::/3');
const NAT64 = parseCidrOrThrow('64:ff9b::/96');
const SIX_TO_FOUR = parseCidrOrThrow('2002::/16');

function parseV4(text: string): Uint8Array | null {
  if (!V4_PATTERN.test(text)) return null;
  return Uint8Array.from(text.split('.').map(Number));
}

function parseV6Groups(part: string, allowV4Tail: boolean): number[] | null {
  if (part === '') return [];
  const out: number[] = [];
  const groups = part.split(':');
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    if (allowV4Tail && i === groups.length - 1 && group.includes('.')) {
      const v4 = parseV4(group);
      if (!v4) return null;
      out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else if (/^[0-9a-f]{1,4}$/i.test(group)) {
      out.push(Number.parseInt(group, 16));
    } else {
      return null;
    }
  }
  return out;
}

function parseV6(text: string): Uint8Array | null {
  // A zone (`fe80::1%eth0`) only says which interface; the address is what counts.
  const zone = text.indexOf('%');
  const address = zone >= 0 ? text.slice(0, zone) : text;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const compressed = halves.length === 2;
  const head = parseV6Groups(halves[0]!, !compressed);
  const tail = compressed ? parseV6Groups(halves[1]!, true) : [];
  if (!head || !tail) return null;
  if (compressed ? head.length + tail.length > 7 : head.length !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** An IP address in canonical IPv4 or any IPv6 spelling (no brackets), or null. */
export function parseIp(text: string): Ip | null {
  const v4 = parseV4(text);
  if (v4) return { family: 4, bytes: v4 };
  if (!text.includes(':')) return null;
  const v6 = parseV6(text);
  return v6 ? { family: 6, bytes: v6 } : null;
}

/** Canonical text (RFC 5952 for IPv6: lower case, longest run of two or more zero groups as `::`). */
export function formatIp(ip: Ip): string {
  if (ip.family === 4) return ip.bytes.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((ip.bytes[i]! << 8) | ip.bytes[i + 1]!);
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (best.start < 0) return hex(groups);
  return `${hex(groups.slice(0, best.start))}::${hex(groups.slice(best.start + best.length))}`;
}

export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  const ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip) return null;
  const max = ip.family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(max) : text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > max) return null;
  return { family: ip.family, bytes: ip.bytes, prefix };
}

function parseCidrOrThrow(text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) throw new Error(`bad CIDR in a built-in table: ${text}`);
  return cidr;
}

export function cidrContains(cidr: Cidr, ip: Ip): boolean {
  if (cidr.family !== ip.family) return false;
  const whole = cidr.prefix >> 3;
  for (let i = 0; i < whole; i++) if (cidr.bytes[i] !== ip.bytes[i]) return false;
  const rest = cidr.prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((cidr.bytes[whole]! ^ ip.bytes[whole]!) & mask) === 0;
}

function allZero(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

function v4At(bytes: Uint8Array, offset: number): Ip {
  return { family: 4, bytes: bytes.slice(offset, offset + 4) };
}

/**
 * The IPv4 address an IPv6 form carries, and how: `::ffff:a.b.c.d` (mapped) and
 * `::ffff:0:a.b.c.d` (translated) reach that IPv4 host from a dual-stack socket, `64:ff9b::/96`
 * through a NAT64 gateway, `2002:aabb:ccdd::/48` through 6to4; `::a.b.c.d` (compatible) is
 * deprecated.
 */
export function embeddedIpv4(
  ip: Ip,
): { v4: Ip; form: 'mapped' | 'translated' | 'compatible' | 'nat64' | '6to4' } | null {
  if (ip.family !== 6) return null;
  const b = ip.bytes;
  if (allZero(b, 0, 10) && b[10] === 0xff && b[11] === 0xff) return { v4: v4At(b, 12), form: 'mapped' };
  if (allZero(b, 0, 8) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0)
    return { v4: v4At(b, 12), form: 'translated' };
  if (allZero(b, 0, 12)) return { v4: v4At(b, 12), form: 'compatible' };
  if (cidrContains(NAT64, ip)) return { v4: v4At(b, 12), form: 'nat64' };
  if (cidrContains(SIX_TO_FOUR, ip)) return { v4: v4At(b, 2), form: '6to4' };
  return null;
}

/** An IPv4-mapped IPv6 address as the IPv4 address it is; anything else unchanged. */
export function unmapped(ip: Ip): Ip {
  const embedded = embeddedIpv4(ip);
  return embedded?.form === 'mapped' ? embedded.v4 : ip;
}

function classifyV4(ip: Ip): AddressRange {
  return V4_TABLE.find((entry) => cidrContains(entry.cidr, ip))?.range ?? 'public';
}

export function classifyIp(ip: Ip): AddressRange {
  if (ip.family === 4) return classifyV4(ip);
  const b = ip.bytes;
  if (allZero(b, 0, 16)) return 'unspecified';
  if (allZero(b, 0, 15) && b[15] === 1) return 'loopback';
  const embedded = embeddedIpv4(ip);
  if (embedded) {
    const range = classifyV4(embedded.v4);
    // Compatible and translated forms are never a legitimate public destination.
    if (range === 'public' && (embedded.form === 'compatible' || embedded.form === 'translated'))
      return 'reserved';
    return range;
  }
  const special = V6_TABLE.find((entry) => cidrContains(entry.cidr, ip));
  if (special) return special.range;
  return cidrContains(GLOBAL_UNICAST, ip) ? 'public' : 'reserved';
}

/** The range of an address given as text (canonical IPv4 or any IPv6 spelling), or null if not an IP. */
export function classifyAddress(text: string): AddressRange | null {
  const ip = parseIp(text);
  return ip ? classifyIp(ip) : null;
}
