import { lookup } from 'node:dns/promises';
import {
  type Cidr,
  cidrContains,
  classifyIp,
  formatIp,
  type Ip,
  parseCidr,
  parseIp,
  unmapped,
} from './address.ts';

/**
 * The outbound policy: which URLs the platform may contact on its own (webhooks today, listing
 * images later). Pure rules over a parsed URL and the addresses its host resolved to; the I/O is
 * in safe-fetch.ts.
 */

/** Why a request was refused or failed: a closed set, safe to store and to show. */
export const OUTBOUND_FAILURES = {
  'invalid-url': 'is not a valid absolute URL',
  'scheme-not-allowed': 'must be an http or https URL',
  'credentials-in-url': 'must not carry a user name or password',
  'port-not-allowed':
    'uses a port outbound requests may not use (80, 443 or 1024-65535 except ports browsers block)',
  'https-required': 'must use https',
  'blocked-address':
    'points at a loopback, private, link-local or otherwise non-public address, or a local-only name such as localhost',
  'dns-failure': 'has a host name that did not resolve',
  timeout: 'did not answer in time',
  'connection-refused': 'refused the connection',
  'connection-reset': 'closed the connection before answering',
  unreachable: 'could not be reached',
  'tls-error': 'failed the TLS handshake or certificate check',
  'too-many-redirects': 'redirected too many times',
  'redirect-not-followed': 'answered a POST with a redirect that would turn it into a GET',
  'invalid-response': 'sent an answer that is not valid HTTP',
  'network-error': 'failed for a network reason',
  'host-not-allowed': 'points at (or redirects to) a host the caller does not allow',
  'body-too-large': 'answered with a body larger than the limit',
} as const;
export type OutboundFailure = keyof typeof OUTBOUND_FAILURES;

export function isOutboundFailure(value: string): value is OutboundFailure {
  return Object.hasOwn(OUTBOUND_FAILURES, value);
}

/** One entry of the allow-list: a host name, or an address or CIDR block; optionally one port. */
export type AllowEntry =
  | { kind: 'name'; name: string; port: number | null }
  | { kind: 'address'; cidr: Cidr; port: number | null };

/** What the configuration says (plain data). */
export interface OutboundSettings {
  /** Targets that may be non-public: development and tests only. Empty in production. */
  allow: readonly AllowEntry[];
  /** Plain http to any permitted target. Allow-listed targets may always use http. */
  allowHttp: boolean;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Every address of a host name (A and AAAA, as the system resolver answers). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface OutboundPolicy extends OutboundSettings {
  resolve: Resolver;
  portAllowed: (port: number) => boolean;
}

/** The ports browsers refuse to fetch from (https://fetch.spec.whatwg.org/#port-blocking), above 1023. */
const BLOCKED_HIGH_PORTS = new Set([
  1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080,
]);

/** 80, 443, and unprivileged ports other than those that speak another protocol by convention. */
export function defaultPortAllowed(port: number): boolean {
  return port === 80 || port === 443 || (port >= 1024 && port <= 65_535 && !BLOCKED_HIGH_PORTS.has(port));
}

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export function outboundPolicy(
  settings: Partial<OutboundSettings> = {},
  overrides: { resolve?: Resolver; portAllowed?: (port: number) => boolean } = {},
): OutboundPolicy {
  return {
    allow: settings.allow ?? [],
    allowHttp: settings.allowHttp ?? false,
    resolve: overrides.resolve ?? systemResolver,
    portAllowed: overrides.portAllowed ?? defaultPortAllowed,
  };
}

/** Names that only ever mean this machine or the local network (RFC 6761, 6762, 8375; ICANN .internal). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'localdomain'];

export function isLocalOnlyName(name: string): boolean {
  return LOCAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/** A URL the platform may try to reach, parsed once. */
export interface Target {
  url: URL;
  https: boolean;
  port: number;
  /** What to connect to: a host name, or an IP address without brackets. */
  host: string;
  /** The address when the URL names one (normalised by the WHATWG URL parser), else null. */
  literal: Ip | null;
  /** The host name, lower case, without a trailing dot; null for an address. */
  name: string | null;
}

export function parseTarget(input: string | URL): Target | OutboundFailure {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'invalid-url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme-not-allowed';
  if (url.username !== '' || url.password !== '') return 'credentials-in-url';
  const https = url.protocol === 'https:';
  const bracketed = url.hostname.startsWith('[');
  const host = bracketed ? url.hostname.slice(1, -1) : url.hostname;
  const literal = parseIp(host);
  if (bracketed && !literal) return 'invalid-url';
  const name = literal ? null : host.replace(/\.$/, '');
  if (name === '') return 'invalid-url';
  return { url, https, port: url.port === '' ? (https ? 443 : 80) : Number(url.port), host, literal, name };
}

function portMatches(entry: AllowEntry, port: number): boolean {
  return entry.port === null || entry.port === port;
}

function nameAllowed(policy: OutboundSettings, target: Target): boolean {
  return policy.allow.some(
    (entry) => entry.kind === 'name' && entry.name === target.name && portMatches(entry, target.port),
  );
}

function addressAllowed(policy: OutboundSettings, ip: Ip, port: number): boolean {
  const plain = unmapped(ip);
  return policy.allow.some(
    (entry) => entry.kind === 'address' && cidrContains(entry.cidr, plain) && portMatches(entry, port),
  );
}

/** Refusals that need no DNS: a local-only name (unless allow-listed) or a port outside the policy. */
export function refusalBeforeLookup(target: Target, policy: OutboundPolicy): OutboundFailure | null {
  if (target.name && isLocalOnlyName(target.name) && !nameAllowed(policy, target)) return 'blocked-address';
  if (!policy.portAllowed(target.port)) return 'port-not-allowed';
  return null;
}

/**
 * The verdict on a target given the addresses its host resolved to (an address URL is its own
 * address; an empty list means "not resolved yet", as at registration). Refused if ANY address is
 * not public and not allow-listed: a host name with one private answer is refused.
 */
export function judgeTarget(
  target: Target,
  policy: OutboundPolicy,
  resolved: readonly Ip[],
): OutboundFailure | null {
  const early = refusalBeforeLookup(target, policy);
  if (early) return early;
  const listedName = target.name !== null && nameAllowed(policy, target);
  const addresses = target.literal ? [target.literal] : resolved;
  for (const ip of addresses) {
    if (classifyIp(ip) !== 'public' && !listedName && !addressAllowed(policy, ip, target.port))
      return 'blocked-address';
  }
  if (!target.https && !policy.allowHttp) {
    const listed =
      listedName ||
      (addresses.length > 0 && addresses.every((ip) => addressAllowed(policy, ip, target.port)));
    if (!listed) return 'https-required';
  }
  return null;
}

/**
 * The check at registration, without DNS: scheme, credentials, port, https, address URLs in
 * refused ranges in any notation, local-only names. The check at delivery is the authority.
 */
export function refusalOfUrl(input: string, policy: OutboundPolicy): OutboundFailure | null {
  const target = parseTarget(input);
  return typeof target === 'string' ? target : judgeTarget(target, policy, []);
}

/**
 * `IPP_OUTBOUND_ALLOW`: comma-separated host names, addresses and CIDR blocks, each optionally
 * with a port (`127.0.0.1:8080`, `[::1]:8080`, `hooks.dev.test:3000`, `10.20.0.0/16`).
 */
export function parseAllowList(text: string): AllowEntry[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const parsed = parseAllowEntry(entry);
      if (!parsed)
        throw new Error(
          `outbound allow-list entry "${entry}" is not a host name, an IP address or a CIDR block (with an optional :port)`,
        );
      return parsed;
    });
}

function parseAllowEntry(entry: string): AllowEntry | null {
  if (entry.includes('/')) {
    const cidr = parseCidr(entry);
    return cidr ? { kind: 'address', cidr, port: null } : null;
  }
  const bare = parseIp(entry);
  if (bare) return { kind: 'address', cidr: { ...bare, prefix: bare.family === 4 ? 32 : 128 }, port: null };
  const match = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry);
  if (!match) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && (port < 1 || port > 65_535)) return null;
  // The URL parser normalises the host exactly as it will for a target URL.
  const target = parseTarget(`http://${match[1]}/`);
  if (typeof target === 'string') return null;
  if (target.literal)
    return {
      kind: 'address',
      cidr: { ...target.literal, prefix: target.literal.family === 4 ? 32 : 128 },
      port,
    };
  if (!/^[a-z0-9.-]+$/.test(target.name ?? '')) return null;
  return { kind: 'name', name: target.name!, port };
}

export function formatAllowEntry(entry: AllowEntry): string {
  const port = entry.port === null ? '' : `:${entry.port}`;
  if (entry.kind === 'name') return `${entry.name}${port}`;
  const { cidr } = entry;
  const text = formatIp(cidr) + (cidr.prefix === (cidr.family === 4 ? 32 : 128) ? '' : `/${cidr.prefix}`);
  return cidr.family === 6 && port ? `[${text}]${port}` : `${text}${port}`;
}
