import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '../audit/index.ts';
import { derivedSigningKey, keyIdOf, publicKeyOf } from '../auth/signing-keys.ts';

/**
 * Signed receipts, pure: a receipt binds a record (a notice, a decision, its statement of reasons,
 * a counter-notice) as the API shows it to its parties, in canonical JSON, to the audit-chain
 * record of its creation, under the operator's Ed25519 receipt key. Checking one needs only the
 * receipt and the public key: no database, no network.
 */

export const RECEIPT_FORMAT = 'openipp-receipt/1';
export const RECEIPT_KINDS = ['notice', 'decision', 'statement', 'counter_notice'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export interface Receipt<R = unknown> {
  format: typeof RECEIPT_FORMAT;
  kind: ReceiptKind;
  id: string;
  /** The record as it was at issue (stable fields only, see records.ts). */
  record: R;
  /** SHA-256 (hex) of canonicalJson(record): what a holder compares a kept copy with. */
  recordSha256: string;
  /** The audit-chain record that recorded the creation: its position, its hash and its time. */
  audit: { seq: number; hash: string; at: string };
  issuedAt: string;
  keyId: string;
  /** Ed25519 over canonicalJson of every other member, base64. */
  signature: string;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export const recordSha256 = (record: unknown): string => sha256(canonicalJson(record));

/** The exact bytes a receipt's signature covers: the canonical JSON of everything but `signature`. */
export function signedBytes(receipt: Omit<Receipt, 'signature'> & { signature?: unknown }): Buffer {
  const { signature: _, ...rest } = receipt;
  return Buffer.from(canonicalJson(rest), 'utf8');
}

// --- the key ---

/**
 * The operator's receipt signing key, derived from the master key with its own purpose label: the
 * same in every process of a deployment without a new key file, and separate from the referral and
 * audit checkpoint keys, so a signature made for one purpose never stands for another.
 */
export function receiptSigningKey(masterKey: Buffer): KeyObject {
  return derivedSigningKey(masterKey, 'openipp:receipt-signing:v1');
}

export { keyIdOf, publicKeyOf };

// --- issuing ---

export function issueReceipt<R>(input: {
  kind: ReceiptKind;
  id: string;
  record: R;
  audit: { seq: number; hash: string; at: Date };
  privateKey: KeyObject;
  now: Date;
}): Receipt<R> {
  const unsigned = {
    format: RECEIPT_FORMAT,
    kind: input.kind,
    id: input.id,
    record: input.record,
    recordSha256: recordSha256(input.record),
    audit: { seq: input.audit.seq, hash: input.audit.hash, at: input.audit.at.toISOString() },
    issuedAt: input.now.toISOString(),
    keyId: keyIdOf(createPublicKey(input.privateKey)),
  } as const;
  return { ...unsigned, signature: sign(null, signedBytes(unsigned), input.privateKey).toString('base64') };
}

// --- checking ---

export interface ReceiptVerdict {
  ok: boolean;
  kind: string | null;
  id: string | null;
  auditSeq: number | null;
  issuedAt: string | null;
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks a receipt offline against the operator's public key: its format, the record against its
 * SHA-256, the Ed25519 signature over everything else, the key id; with `keptRecord`, that the
 * record the holder kept is the one the receipt covers.
 */
export function verifyReceipt(
  text: string,
  publicKey: KeyObject,
  options: { keptRecord?: unknown } = {},
): ReceiptVerdict {
  const verdict = (problems: string[], r?: Record<string, unknown>): ReceiptVerdict => ({
    ok: problems.length === 0,
    kind: typeof r?.kind === 'string' ? r.kind : null,
    id: typeof r?.id === 'string' ? r.id : null,
    auditSeq: isObject(r?.audit) && typeof r.audit.seq === 'number' ? r.audit.seq : null,
    issuedAt: typeof r?.issuedAt === 'string' ? r.issuedAt : null,
    problems,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return verdict([`unknown format: not JSON (${(error as Error).message})`]);
  }
  if (!isObject(parsed) || parsed.format !== RECEIPT_FORMAT)
    return verdict([
      `unknown format: expected "${RECEIPT_FORMAT}", found ${isObject(parsed) ? JSON.stringify(parsed.format ?? null) : 'no object'}`,
    ]);
  const r = parsed;
  const problems: string[] = [];
  if (!RECEIPT_KINDS.includes(r.kind as ReceiptKind))
    problems.push(
      `unknown format: kind ${JSON.stringify(r.kind ?? null)} is not one of ${RECEIPT_KINDS.join(', ')}`,
    );
  if (!('record' in r) || typeof r.recordSha256 !== 'string' || typeof r.signature !== 'string')
    problems.push('unknown format: record, recordSha256 or signature is missing');
  if (problems.length > 0) return verdict(problems, r);
  if (recordSha256(r.record) !== r.recordSha256)
    problems.push('record altered: its SHA-256 does not match recordSha256');
  let signed = false;
  try {
    signed = verify(
      null,
      signedBytes(r as unknown as Receipt),
      publicKey,
      Buffer.from(r.signature as string, 'base64'),
    );
  } catch {
    signed = false;
  }
  if (!signed) problems.push('signature invalid: it does not hold under this public key for this content');
  if (r.keyId !== keyIdOf(publicKey))
    problems.push(`the receipt names key ${String(r.keyId)}, not this public key (${keyIdOf(publicKey)})`);
  if ('keptRecord' in options && recordSha256(options.keptRecord) !== r.recordSha256)
    problems.push('the record you kept differs from the one this receipt covers (SHA-256 mismatch)');
  return verdict(problems, r);
}
