import { sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** Stores content once per hash; every uploading organisation becomes an owner. */
export async function storeDocument(
  db: Database,
  doc: { sha256: string; size: number; media_type: string; content: Uint8Array },
  owner: { org_id: string; filename: string | null },
): Promise<boolean> {
  const inserted = await db
    .insertInto('documents')
    .values(doc)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returning('sha256')
    .executeTakeFirst();
  await db
    .insertInto('document_owners')
    .values({ sha256: doc.sha256, org_id: owner.org_id, filename: owner.filename })
    .onConflict((oc) => oc.columns(['sha256', 'org_id']).doNothing())
    .execute();
  return inserted !== undefined;
}

export async function findDocumentMeta(db: Database, sha256: string) {
  return db
    .selectFrom('documents')
    .select(['sha256', 'size', 'media_type', 'created_at'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function findDocumentContent(db: Database, sha256: string) {
  return db
    .selectFrom('documents')
    .select(['sha256', 'size', 'media_type', 'content'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function ownedBy(
  db: Database,
  shas: readonly string[],
  orgIds: readonly string[],
): Promise<Set<string>> {
  if (shas.length === 0 || orgIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('document_owners')
    .select('sha256')
    .where('sha256', 'in', shas)
    .where('org_id', 'in', orgIds)
    .execute();
  return new Set(rows.map((r) => r.sha256));
}

/** True when the document is evidence in a notice against a listing of a store the organisation runs. */
export async function isEvidenceAgainstSeller(
  db: Database,
  sha256: string,
  sellerOrgId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('notice_items')
    .innerJoin('listings', 'listings.id', 'notice_items.listing_id')
    .innerJoin('stores', 'stores.id', 'listings.store_id')
    .select('notice_items.id')
    .where('stores.seller_org_id', '=', sellerOrgId)
    .where(sql<boolean>`notice_items.evidence @> ${JSON.stringify([{ documentSha256: sha256 }])}::jsonb`)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the document backs a notice filed by or for one of the organisations. */
export async function isEvidenceOfNoticeBy(
  db: Database,
  sha256: string,
  orgIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('notice_items')
    .innerJoin('notices', 'notices.id', 'notice_items.notice_id')
    .select('notice_items.id')
    .where((eb) =>
      eb.or([eb('notices.principal_org_id', 'in', orgIds), eb('notices.filer_org_id', 'in', orgIds)]),
    )
    .where(sql<boolean>`notice_items.evidence @> ${JSON.stringify([{ documentSha256: sha256 }])}::jsonb`)
    .executeTakeFirst();
  return row !== undefined;
}
