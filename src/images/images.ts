/**
 * Stolen photos: pure rules. What a match is called, which hosts a marketplace allows, when a
 * failed fetch is retried, and how a 256-bit hash is laid out for the SQL multi-index.
 */
import { chunkNeighbours, hexToWords, PDQ_MATCH_DISTANCE } from '../detection/pdq.ts';
import type { OutboundFailure } from '../net/index.ts';
import type { ImageRefusal } from './decode.ts';

export type ImageStatus = 'pending' | 'hashed' | 'failed' | 'skipped';
export type Transformation = 'identical' | 'near_identical' | 'mirrored';
export const TRANSFORMATIONS: readonly Transformation[] = ['identical', 'near_identical', 'mirrored'];

/** Why a listing image has no usable hash: the decoder's refusals, the fetch's failures, and ours. */
export type ImageReason = ImageRefusal | OutboundFailure | `http-${number}` | 'no-allowed-hosts' | 'gave-up';

export const IMAGE_REASON_TEXT: Record<string, string> = {
  'no-allowed-hosts': 'the marketplace allows no image hosts, or not this one',
  'gave-up': 'every retry failed',
};

/** Images fetched per listing at most; the rest are skipped. */
export const MAX_IMAGES_PER_LISTING = 10;
export const MAX_FETCH_ATTEMPTS = 5;
/** Retry after 1, 4, 16, 64 minutes (then give up), with ±20% jitter so a fleet does not stampede. */
export function nextAttemptDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = 60_000 * 4 ** Math.max(0, attempts - 1);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Failures worth retrying: the network, the server's 5xx or 429. Refusals of the bytes are final. */
export function isRetryable(reason: string): boolean {
  if (reason.startsWith('http-')) {
    const status = Number(reason.slice(5));
    return status >= 500 || status === 429 || status === 408;
  }
  return [
    'timeout',
    'connection-refused',
    'connection-reset',
    'unreachable',
    'dns-failure',
    'network-error',
    'tls-error',
    'invalid-response',
  ].includes(reason);
}

/**
 * A marketplace's allow-list entry: an exact host name (`img.shop.example`) or every subdomain of
 * one (`*.cdn.example`, which does not cover `cdn.example` itself). Case-insensitive.
 */
export const HOST_PATTERN =
  '^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$';
const HOST_RE = new RegExp(HOST_PATTERN, 'i');

export function isHostPattern(text: string): boolean {
  return text.length <= 253 && HOST_RE.test(text);
}

export function hostAllowed(patterns: readonly string[], host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((raw) => {
    const p = raw.toLowerCase();
    return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
  });
}

/** The four 64-bit words (as signed bigint, for PostgreSQL's int8) and the 16 chunks of a hash. */
export function hashColumns(hex: string): { words: [bigint, bigint, bigint, bigint]; chunks: number[] } {
  const w = hexToWords(hex);
  const words = [0, 1, 2, 3].map((q) => {
    let v = 0n;
    for (let k = 3; k >= 0; k--) v = (v << 16n) | BigInt(w[q * 4 + k] as number);
    return BigInt.asIntN(64, v);
  }) as [bigint, bigint, bigint, bigint];
  return { words, chunks: Array.from(w) };
}

/**
 * The probes of the exact multi-index lookup for distance `d`: by pigeonhole, a hash within `d`
 * bits of the query agrees with it to within floor(d/16) bits on at least one of the 16 chunks.
 * For d ≤ 31 that is every chunk value within one bit: 17 values per chunk, 272 probes.
 */
export function probesFor(hex: string, distance: number = PDQ_MATCH_DISTANCE): number[][] {
  if (distance < 0 || distance > 47) throw new RangeError('distance must be between 0 and 47');
  const radius = Math.floor(distance / 16);
  return Array.from(hexToWords(hex), (chunk) => chunkNeighbours(chunk, radius));
}

/** What the match found, from the bytes' SHA-256 and the distances to the hash and its mirror. */
export function classify(
  sameBytes: boolean,
  direct: number,
  mirrored: number,
): { transformation: Transformation; distance: number } {
  if (sameBytes) return { transformation: 'identical', distance: 0 };
  if (direct <= mirrored) return { transformation: 'near_identical', distance: direct };
  return { transformation: 'mirrored', distance: mirrored };
}
