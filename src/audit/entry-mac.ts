import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Database, databaseIdentity } from '../db/database.ts';
import { type AuditEntry, canonicalJson } from './audit.ts';

/**
 * Audit entries written by the platform carry a MAC, so the sequencer seals only entries that the
 * platform's own code wrote: somebody who can write to the database but does not hold the key
 * files cannot add an entry to the chain. The key is derived from the master key (kept outside the
 * database, like the webhook secrets); every entry has a fresh nonce, so a copy of an entry the
 * platform wrote is recognised as a replay rather than sealed twice.
 */
export function deriveAuditMacKey(masterKey: Buffer): Buffer {
  return createHmac('sha256', masterKey).update('openipp:audit-entry-mac:v1').digest();
}

/** The fields the MAC covers: everything the chain records about an entry except its place. */
export interface MacedFields extends AuditEntry {
  at: Date;
  nonce: string;
}

/** `dataJson` is canonicalJson(entry.data) when the caller has it already. */
export function entryMac(key: Buffer, entry: MacedFields, dataJson = canonicalJson(entry.data)): string {
  // canonicalJson of {action, actor, at, data, entityId, entityType, nonce}, keys in sorted order,
  // written out so that the data is serialized once for the MAC and the statement's parameter.
  const body = `{"action":${JSON.stringify(entry.action)},"actor":${JSON.stringify(entry.actor)},"at":"${entry.at.toISOString()}","data":${dataJson},"entityId":${JSON.stringify(entry.entityId)},"entityType":${JSON.stringify(entry.entityType)},"nonce":${JSON.stringify(entry.nonce)}}`;
  return createHmac('sha256', key).update(body).digest('base64url');
}

/** Why an entry's MAC does not hold, or null when it does. */
export function entryMacProblem(
  key: Buffer,
  entry: AuditEntry & { at: Date; nonce: string | null; mac: string | null },
  dataJson = canonicalJson(entry.data),
): string | null {
  if (entry.nonce === null || entry.mac === null) return 'it carries no writer MAC';
  const expected = Buffer.from(entryMac(key, { ...entry, nonce: entry.nonce }, dataJson));
  const given = Buffer.from(entry.mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'its writer MAC does not verify (not written by this platform, or altered after it was written)';
  return null;
}

const keys = new WeakMap<object, Buffer>();

/**
 * Lets this database handle (and every transaction opened from it) write and seal audit entries:
 * each process that writes audit entries calls this once with the master key after opening the
 * database. A handle without it can read and verify the log but not add to it.
 */
export function attachAuditMacKey(db: Database, masterKey: Buffer): void {
  keys.set(databaseIdentity(db), deriveAuditMacKey(masterKey));
}

export function auditMacKeyOf(db: Database): Buffer | null {
  return keys.get(databaseIdentity(db)) ?? null;
}

export function requireAuditMacKey(db: Database): Buffer {
  const key = auditMacKeyOf(db);
  if (!key)
    throw new Error(
      'this database handle has no audit MAC key: call attachAuditMacKey(db, masterKey) after opening it',
    );
  return key;
}
