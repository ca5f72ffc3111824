import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { containsPattern, prefixPattern } from '../shared/like.ts';

/** Stores content once per hash; every uploading organisation becomes an owner. */
export async function storeDocument(
  db: Database,
  doc: { sha256: string; size: number; media_type: string; content: Uint8Array },
  owner: { org_id: string; filename: string | null },
): Promise<{ storedNow: boolean; ownedNow: boolean }> {
  const inserted = await db
    .insertInto('documents')
    .values(doc)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returning('sha256')
    .executeTakeFirst();
  const owned = await db
    .insertInto('document_owners')
    .values({ sha256: doc.sha256, org_id: owner.org_id, filename: owner.filename })
    .onConflict((oc) => oc.columns(['sha256', 'org_id']).doNothing())
    .returning('sha256')
    .executeTakeFirst();
  return { storedNow: inserted !== undefined, ownedNow: owned !== undefined };
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

/** True when the document backs a notice filed for one of the organisations. */
export async function isEvidenceOfNoticeBy(
  db: Database,
  sha256: string,
  orgIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('notice_items')
    .innerJoin('notices', 'notices.id', 'notice_items.notice_id')
    .select('notice_items.id')
    .where('notices.principal_org_id', 'in', orgIds)
    .where(sql<boolean>`notice_items.evidence @> ${JSON.stringify([{ documentSha256: sha256 }])}::jsonb`)
    .executeTakeFirst();
  return row !== undefined;
}

/** The right's owner and the documents it cites, for listing documents by right. */
export async function rightDocuments(db: Database, rightId: string) {
  return db
    .selectFrom('rights')
    .select(['org_id', 'document_shas', 'reference_image_shas'])
    .where('id', '=', rightId)
    .executeTakeFirst();
}

/**
 * The organisation's documents, newest first; with a right, only those the right cites or that
 * are evidence in a notice under it.
 */
export async function documentsOf(
  db: Database,
  orgId: string,
  filter: { right?: { id: string; shas: readonly string[] }; q?: string; limit: number; offset: number },
) {
  let query = db
    .selectFrom('document_owners as o')
    .innerJoin('documents as d', 'd.sha256', 'o.sha256')
    .select(['o.sha256', 'd.size', 'd.media_type', 'o.filename', 'o.created_at'])
    .where('o.org_id', '=', orgId)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.sha256')
    .limit(filter.limit)
    .offset(filter.offset);
  const right = filter.right;
  if (right)
    query = query.where((eb) =>
      eb.or([
        ...(right.shas.length > 0 ? [eb('o.sha256', 'in', right.shas)] : []),
        eb(
          'o.sha256',
          'in',
          eb
            .selectFrom(
              sql<{ sha256: string }>`(select jsonb_array_elements(i.evidence)->>'documentSha256' as sha256
                from notice_items i where i.right_id = ${right.id})`.as('e'),
            )
            .select('e.sha256'),
        ),
      ]),
    );
  const q = filter.q;
  // The name the uploader gave the file, anywhere in it; or the hash as a person copies its start.
  if (q)
    query = query.where((eb) =>
      eb.or([
        eb('o.filename', 'ilike', containsPattern(q)),
        eb('o.sha256', 'like', prefixPattern(q.toLowerCase())),
      ]),
    );
  return query.execute();
}
