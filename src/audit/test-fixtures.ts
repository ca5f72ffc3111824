import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createHarness, type Driver, type Harness } from '../../test/support/harness.ts';
import type { AuditConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { appendAudit } from './audit.repository.ts';
import type { AuditFinding, AuditVerdict } from './audit.schema.ts';
import { verifyAndCheckpoint } from './audit.service.ts';
import { chainHash } from './audit.ts';
import type { Checkpoint } from './checkpoint.ts';

/**
 * Fixtures for the tests of the audit chain's anchoring. The attacker they play can write to the
 * database (raw SQL) but cannot read the server's key files or its checkpoint file.
 */
const dirs: string[] = [];

/** For `after()`: removes the folders the checkpoint files were written to. */
export function removeCheckpointFolders(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempFolder(prefix = 'ipp-audit-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function auditConfig(): AuditConfig {
  return {
    signingKey: generateKeyPairSync('ed25519').privateKey,
    checkpointFile: join(tempFolder(), 'audit-checkpoints.ndjson'),
    checkpointIntervalMs: 60_000,
  };
}

/** A platform that signs checkpoints into a file of its own (one interval: 60 s). */
export function anchoredHarness(driver: Driver): Promise<Harness> {
  return createHarness(driver, { audit: auditConfig() });
}

export async function record(h: Harness, count: number, action = 'test.anchor'): Promise<void> {
  await h.platform.database.db.transaction().execute((trx) =>
    appendAudit(
      trx,
      Array.from({ length: count }, (_, i) => ({
        actor: 'test',
        action,
        entityType: 'thing',
        entityId: `t${i}`,
        data: { i },
      })),
    ),
  );
}

/** Seals what is pending and signs the head, as the sequencer does every interval. */
export async function checkpoint(h: Harness): Promise<Checkpoint> {
  const signed = await h.platform.audit.checkpointNow();
  assert.ok(signed, 'a checkpoint is signed');
  return signed;
}

export function checkpointFile(h: Harness): string {
  return h.config.audit.checkpointFile!;
}

export function fileLines(h: Harness): string[] {
  return readFileSync(checkpointFile(h), 'utf8').trim().split('\n');
}

export function operatorVerify(h: Harness): Promise<AuditVerdict> {
  return verifyAndCheckpoint(h.platform.database.db, h.config.audit);
}

export function findings(verdict: AuditVerdict, kind: AuditFinding['kind']): AuditFinding[] {
  return verdict.findings.filter((f) => f.kind === kind);
}

/** The attacker's rewrite: records from `fromSeq` on get new hashes, and the head follows. */
export async function rehashFrom(db: Database, fromSeq: number): Promise<void> {
  const prev = await sql<{ hash: string }>`select hash from audit_chain where seq = ${fromSeq - 1}`.execute(
    db,
  );
  let hash = prev.rows[0]!.hash;
  const rows = await db
    .selectFrom('audit_chain')
    .selectAll()
    .where('seq', '>=', fromSeq)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const seq = Number(row.seq);
    const next = chainHash(hash, {
      seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      data: row.data,
      nonce: row.nonce,
      mac: row.mac,
    });
    await sql`update audit_chain set prev_hash = ${hash}, hash = ${next} where seq = ${seq}`.execute(db);
    hash = next;
  }
  await sql`update audit_head set hash = ${hash} where id = 1`.execute(db);
}
