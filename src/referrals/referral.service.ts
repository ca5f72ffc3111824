import type { KeyObject } from 'node:crypto';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import { type ArchiveFile, buildArchive, publicPemOf } from './archive.ts';
import * as repo from './referral.repository.ts';
import { type ReferralCriteria, type ReferralStatus, statusMayMove } from './referral.ts';
import { type ReferralContext, referralSections } from './sections.ts';

/** Referral cases are the enforcement liaison's alone: operator staff with that role. */
export function isLiaison(actor: Principal): boolean {
  return actor.orgKind === 'operator' && hasRole(actor, 'enforcement_liaison');
}

function requireLiaison(actor: Principal) {
  if (!isLiaison(actor)) throw AppError.forbidden('Only enforcement liaison staff see referral cases');
}

/**
 * Opens a referral case in the caller's transaction (a violation met the seriousness criteria, or
 * the liaison opened one by hand); one per test buy. Returns the case id and its audit entry.
 */
export async function openReferral(
  trx: Database,
  input: {
    testBuyId: string | null;
    storeId: string;
    sellerOrgId: string | null;
    marketplaceId: string;
    jurisdiction: string;
    criteria: ReferralCriteria;
    openedBy: string;
    now: Date;
  },
): Promise<{ id: string; audit: AuditEntry[] }> {
  const id = newId();
  await repo.insertReferral(trx, {
    id,
    test_buy_id: input.testBuyId,
    store_id: input.storeId,
    seller_org_id: input.sellerOrgId,
    marketplace_id: input.marketplaceId,
    jurisdiction: input.jurisdiction,
    criteria: input.criteria,
    opened_by: input.openedBy,
    created_at: input.now,
    updated_at: input.now,
  });
  return {
    id,
    audit: [
      {
        actor: input.openedBy,
        action: 'referral.opened',
        entityType: 'referral',
        entityId: id,
        data: { testBuyId: input.testBuyId, storeId: input.storeId, criteria: input.criteria },
      },
    ],
  };
}

export async function referralOfTestBuy(db: Database, testBuyId: string) {
  return (await repo.referralOfTestBuy(db, testBuyId))?.id ?? null;
}

function toView(r: repo.ReferralRow) {
  return {
    id: r.id,
    testBuyId: r.test_buy_id,
    store: { id: r.store_id, name: r.store_name, externalId: r.store_external_id },
    seller: r.seller_org_id ? { id: r.seller_org_id, name: r.seller_name ?? '' } : null,
    marketplace: { id: r.marketplace_id, name: r.marketplace_name },
    jurisdiction: r.jurisdiction,
    criteria: r.criteria,
    openedBy: r.opened_by,
    agency: r.agency,
    referenceNumber: r.reference_number,
    status: r.status,
    arrests: r.arrests,
    valueSeized:
      r.value_seized_minor === null
        ? null
        : { amountMinor: Number(r.value_seized_minor), currency: r.value_currency ?? '' },
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
  };
}
export type ReferralView = ReturnType<typeof toView>;

async function audited(db: Database, entries: AuditEntry[]) {
  await db.transaction().execute((trx) => appendAudit(trx, entries));
}

export async function listReferrals(
  db: Database,
  actor: Principal,
  filter: Parameters<typeof repo.listReferrals>[1],
) {
  requireLiaison(actor);
  const rows = await repo.listReferrals(db, filter);
  await audited(db, [
    {
      actor: actor.label,
      action: 'referral.listed',
      entityType: 'referral',
      entityId: 'list',
      data: { filter: { ...filter }, ids: rows.map((r) => r.id) },
    },
  ]);
  return { items: rows.map(toView) };
}

export async function getReferral(db: Database, actor: Principal, id: string) {
  requireLiaison(actor);
  const row = await repo.findReferral(db, id);
  if (!row) throw AppError.notFound('Referral');
  await audited(db, [
    { actor: actor.label, action: 'referral.read', entityType: 'referral', entityId: id, data: {} },
  ]);
  const exports = await repo.exportsOf(db, id);
  return {
    ...toView(row),
    sections: referralSections().map((s) => ({ name: s.name, title: s.title })),
    exports: exports.map((e) => ({
      id: e.id,
      archiveSha256: e.archive_sha256,
      manifestSha256: e.manifest_sha256,
      keyId: e.key_id,
      files: e.files,
      exportedBy: e.exported_by,
      exportedAt: e.created_at.toISOString(),
    })),
  };
}

export interface ReferralUpdate {
  version: number;
  agency?: string | null | undefined;
  referenceNumber?: string | null | undefined;
  status?: ReferralStatus | undefined;
  arrests?: number | null | undefined;
  valueSeized?: { amountMinor: number; currency: string } | null | undefined;
}

/** The liaison records the agency, its reference, the status and the outcome (arrests, value seized). */
export async function updateReferral(db: Database, actor: Principal, id: string, input: ReferralUpdate) {
  requireLiaison(actor);
  const row = await repo.findReferral(db, id);
  if (!row) throw AppError.notFound('Referral');
  const errors: FieldError[] = [];
  const status = input.status ?? row.status;
  if (input.status && !statusMayMove(row.status, input.status))
    errors.push({
      pointer: '/status',
      rule: 'status-forward',
      detail: `a ${row.status} case cannot become ${input.status}`,
    });
  const agency = input.agency === undefined ? row.agency : input.agency;
  const reference = input.referenceNumber === undefined ? row.reference_number : input.referenceNumber;
  if (status !== 'open' && !agency?.trim())
    errors.push({
      pointer: '/agency',
      rule: 'agency-when-referred',
      detail: 'name the agency the case went to',
    });
  if (status !== 'open' && !reference?.trim())
    errors.push({
      pointer: '/referenceNumber',
      rule: 'reference-when-referred',
      detail: "record the agency's reference number",
    });
  if (errors.length > 0) throw AppError.validation(errors);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockReferral(trx, id);
    if (!locked || locked.version !== input.version)
      throw AppError.conflict('The case changed since you read it', {
        rule: 'version',
        version: locked?.version ?? 0,
      });
    await repo.updateReferral(trx, id, {
      ...(input.agency !== undefined ? { agency: input.agency } : {}),
      ...(input.referenceNumber !== undefined ? { reference_number: input.referenceNumber } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.arrests !== undefined ? { arrests: input.arrests } : {}),
      ...(input.valueSeized !== undefined
        ? {
            value_seized_minor: input.valueSeized?.amountMinor ?? null,
            value_currency: input.valueSeized?.currency ?? null,
          }
        : {}),
      ...(input.status === 'closed' ? { closed_at: now } : {}),
      updated_at: now,
    });
    const { version: _v, ...changes } = input;
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'referral.updated',
        entityType: 'referral',
        entityId: id,
        data: { changes },
      },
    ]);
  });
  return toView((await repo.findReferral(db, id))!);
}

/** The liaison opens a case by hand for a decided test buy (the criteria were not met, or not yet). */
export async function openReferralByHand(
  db: Database,
  actor: Principal,
  input: {
    testBuyId: string;
    context: (
      db: Database,
      testBuyId: string,
    ) => Promise<Omit<Parameters<typeof openReferral>[1], 'openedBy' | 'now'> | null>;
  },
) {
  requireLiaison(actor);
  const ctx = await input.context(db, input.testBuyId);
  if (!ctx) throw AppError.notFound('Test buy that found a violation');
  if (await repo.referralOfTestBuy(db, input.testBuyId))
    throw AppError.conflict('This test buy is already referred', { rule: 'one-referral-per-test-buy' });
  const id = await db.transaction().execute(async (trx) => {
    const opened = await openReferral(trx, { ...ctx, openedBy: actor.label, now: new Date() });
    await appendAudit(trx, opened.audit);
    return opened.id;
  });
  return toView((await repo.findReferral(db, id))!);
}

export function referralPublicKey(signingKey: KeyObject) {
  const { pem, keyId } = publicPemOf(signingKey);
  return { publicKeyPem: pem, keyId, algorithm: 'Ed25519' as const };
}

/**
 * Builds the case's bundle as one tar archive: each registered section as JSON, every document the
 * sections cite (bytes, SHA-256 and media type), the audit excerpt of every entity they name, and
 * a manifest with the SHA-256 of each file, signed with Ed25519. The export itself is recorded and
 * audited.
 */
export async function exportReferral(db: Database, actor: Principal, id: string, signingKey: KeyObject) {
  requireLiaison(actor);
  const row = await repo.findReferral(db, id);
  if (!row) throw AppError.notFound('Referral');
  const ctx: ReferralContext = {
    referralId: id,
    storeId: row.store_id,
    sellerOrgId: row.seller_org_id,
    marketplaceId: row.marketplace_id,
    testBuyId: row.test_buy_id,
  };
  const files: ArchiveFile[] = [];
  const cited = new Map<string, string[]>();
  const auditEntities = new Set<string>([id, ...(row.test_buy_id ? [row.test_buy_id] : [])]);
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  files.push({ path: 'case.json', content: json(toView(row)) });
  for (const [i, section] of referralSections().entries()) {
    const content = await section.collect(db, ctx);
    files.push({
      path: `sections/${String(i + 1).padStart(2, '0')}-${section.name}.json`,
      content: json({ section: section.name, title: section.title, data: content.data }),
    });
    for (const d of content.documents) cited.set(d.sha256, [...(cited.get(d.sha256) ?? []), d.label]);
    for (const e of content.auditEntities ?? []) auditEntities.add(e);
  }
  const docs = await repo.documentsByHash(db, [...cited.keys()]);
  const index = docs
    .map((d) => ({
      sha256: d.sha256,
      contentSha256: sha256Hex(d.content),
      mediaType: d.media_type,
      size: d.size,
      path: `documents/${d.sha256}`,
      citedAs: cited.get(d.sha256) ?? [],
    }))
    .sort((a, b) => a.sha256.localeCompare(b.sha256));
  const missing = [...cited.keys()].filter((s) => !docs.some((d) => d.sha256 === s)).sort();
  files.push({ path: 'documents.json', content: json({ documents: index, missing }) });
  for (const d of docs.sort((a, b) => a.sha256.localeCompare(b.sha256)))
    files.push({ path: `documents/${d.sha256}`, content: Buffer.from(d.content) });
  const audit = await repo.auditOf(db, [...auditEntities]);
  files.push({
    path: 'audit.json',
    content: json({
      note: 'Excerpt of the platform audit log for the entities in this bundle; seq and hash place each record in the hash chain (verify with ipp audit verify).',
      records: audit.map((a) => ({
        seq: a.seq,
        at: new Date(a.at).toISOString(),
        actor: a.actor,
        action: a.action,
        entityType: a.entity_type,
        entityId: a.entity_id,
        data: a.data,
        hash: a.hash,
      })),
    }),
  });
  const now = new Date();
  const built = buildArchive({ referralId: id, files, privateKey: signingKey, now });
  const archiveSha256 = sha256Hex(built.archive);
  await db.transaction().execute(async (trx) => {
    await repo.insertExport(trx, {
      id: newId(),
      referral_id: id,
      archive_sha256: archiveSha256,
      manifest_sha256: built.manifestSha256,
      key_id: built.manifest.keyId,
      files: built.manifest.files.length,
      exported_by: actor.label,
      created_at: now,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'referral.exported',
        entityType: 'referral',
        entityId: id,
        data: { archiveSha256, manifestSha256: built.manifestSha256, files: built.manifest.files.length },
      },
    ]);
  });
  return { archive: built.archive, archiveSha256, filename: `referral-${id}.tar` };
}
