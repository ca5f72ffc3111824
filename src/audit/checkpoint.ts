import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './audit.ts';

/**
 * A checkpoint is the chain head signed with an Ed25519 key the database does not hold: "at time
 * `at`, record `seq` had hash `hash`". Copies kept outside the database (the checkpoint file, and
 * anyone who downloads them) anchor the chain: cutting its end off or rewriting a record and every
 * hash after it no longer verifies against a checkpoint, and nobody without the key can make a new
 * one. Pure: signing, checking and parsing; the file and the table are elsewhere.
 */
export interface CheckpointClaim {
  seq: number;
  hash: string;
  /** ISO 8601 time of signing. */
  at: string;
  /** The signing key's fingerprint (see publicKeyFingerprint). */
  keyId: string;
}

export interface Checkpoint extends CheckpointClaim {
  /** Ed25519 signature over the canonical JSON of the claim, base64. */
  signature: string;
}

export interface CheckpointSigner {
  keyId: string;
  publicKey: KeyObject;
  publicKeyPem: string;
  sign(head: { seq: number; hash: string }, at: Date): Checkpoint;
}

/** Lowercase hex SHA-256 of the public key's DER (SubjectPublicKeyInfo) encoding. */
export function publicKeyFingerprint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function checkpointSigner(privateKey: KeyObject): CheckpointSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`the audit signing key must be Ed25519, got ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  const keyId = publicKeyFingerprint(publicKey);
  return {
    keyId,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign(head, at) {
      const claim: CheckpointClaim = { seq: head.seq, hash: head.hash, at: at.toISOString(), keyId };
      const signature = sign(null, Buffer.from(signedText(claim)), privateKey).toString('base64');
      return { ...claim, signature };
    },
  };
}

function signedText(claim: CheckpointClaim): string {
  return canonicalJson({ seq: claim.seq, hash: claim.hash, at: claim.at, keyId: claim.keyId });
}

/** A public key given as PEM or as base64 of its DER (SubjectPublicKeyInfo) encoding. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.includes('-----BEGIN')
    ? createPublicKey(trimmed)
    : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`an audit public key must be Ed25519, got ${key.asymmetricKeyType}`);
  return key;
}

/** The keys checkpoints may be signed with, by key id. */
export type TrustedKeys = ReadonlyMap<string, KeyObject>;

export function trustedKeys(publicKeys: readonly KeyObject[]): TrustedKeys {
  return new Map(publicKeys.map((key) => [publicKeyFingerprint(key), key]));
}

/** Why a checkpoint cannot be trusted, or null when its signature holds under a trusted key. */
export function checkpointProblem(checkpoint: Checkpoint, keys: TrustedKeys): string | null {
  const key = keys.get(checkpoint.keyId);
  if (!key) return `it is signed by key ${checkpoint.keyId.slice(0, 16)}…, which is not a trusted key`;
  let valid = false;
  try {
    valid = verify(
      null,
      Buffer.from(signedText(checkpoint)),
      key,
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    valid = false;
  }
  return valid ? null : 'its signature does not verify (the checkpoint was altered or forged)';
}

/** One line of a checkpoint file (NDJSON), without the newline. */
export function checkpointLine(checkpoint: Checkpoint): string {
  const { seq, hash, at, keyId, signature } = checkpoint;
  return JSON.stringify({ seq, hash, at, keyId, signature });
}

export type ParsedLine = { line: number; checkpoint: Checkpoint } | { line: number; error: string };

/** Parses a checkpoint file; each non-empty line is a checkpoint or an error naming what is wrong. */
export function parseCheckpointLines(text: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      out.push({ line, error: 'not JSON' });
      continue;
    }
    const checkpoint = asCheckpoint(value);
    out.push(
      checkpoint
        ? { line, checkpoint }
        : { line, error: 'not a checkpoint (seq, hash, at, keyId, signature)' },
    );
  }
  return out;
}

function asCheckpoint(value: unknown): Checkpoint | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (
    !Number.isSafeInteger(v.seq) ||
    (v.seq as number) < 1 ||
    typeof v.hash !== 'string' ||
    typeof v.at !== 'string' ||
    typeof v.keyId !== 'string' ||
    typeof v.signature !== 'string'
  )
    return null;
  return { seq: v.seq as number, hash: v.hash, at: v.at, keyId: v.keyId, signature: v.signature };
}
