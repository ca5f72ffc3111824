import { readableOrgIds } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import * as repo from './document.repository.ts';
import type { OwnDocument } from './document.schema.ts';

export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'text/plain',
  'text/html',
  'message/rfc822',
  'application/zip',
] as const;

export interface DocumentMeta {
  sha256: string;
  size: number;
  mediaType: string;
  /**
   * False when the caller's organisation had already uploaded the same content. Whether anyone
   * else stored these bytes is never revealed (it would tell an outsider what others hold).
   */
  created: boolean;
}

/** Stores a document content-addressed by SHA-256; re-uploads of the same bytes are free. */
export async function uploadDocument(
  db: Database,
  actor: Principal,
  input: { content: Buffer; mediaType: string; filename: string | null },
): Promise<DocumentMeta> {
  if (actor.roles.has('marketplace')) throw AppError.forbidden('Marketplace keys do not upload documents');
  if (input.content.length === 0) throw AppError.field('/body', 'non-empty', 'the document is empty');
  const sha256 = sha256Hex(input.content);
  return db.transaction().execute(async (trx) => {
    const stored = await repo.storeDocument(
      trx,
      {
        sha256,
        size: input.content.length,
        media_type: input.mediaType,
        content: new Uint8Array(input.content),
      },
      { org_id: actor.orgId, filename: input.filename },
    );
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'document.uploaded',
        entityType: 'document',
        entityId: sha256,
        data: { size: input.content.length, mediaType: input.mediaType, storedNow: stored.storedNow },
      },
    ]);
    return { sha256, size: input.content.length, mediaType: input.mediaType, created: stored.ownedNow };
  });
}

/**
 * Who may read a document: organisations that uploaded it, operator staff (reviewers, admins and
 * enforcement liaison), the rights holder
 * side of a notice that cites it, and the seller whose listing it is evidence against.
 */
export async function readDocument(db: Database, actor: Principal, sha256: string) {
  const doc = await repo.findDocumentContent(db, sha256);
  if (!doc) throw AppError.notFound('Document');
  if (!(await mayRead(db, actor, sha256))) throw AppError.notFound('Document');
  return { sha256: doc.sha256, size: doc.size, mediaType: doc.media_type, content: Buffer.from(doc.content) };
}

async function mayRead(db: Database, actor: Principal, sha256: string): Promise<boolean> {
  if (isOperatorStaff(actor)) return true;
  // Enforcement-liaison staff read the evidence their referral cases cite (the bundle carries it too).
  if (actor.orgKind === 'operator' && actor.roles.has('enforcement_liaison')) return true;
  const orgIds = await readableOrgIds(db, actor);
  if ((await repo.ownedBy(db, [sha256], orgIds)).size > 0) return true;
  if (await repo.isEvidenceOfNoticeBy(db, sha256, orgIds)) return true;
  return actor.roles.has('seller') && (await repo.isEvidenceAgainstSeller(db, sha256, actor.orgId));
}

/**
 * Checks that every referenced document exists and belongs to one of the organisations; returns
 * the field errors (pointer per reference) rather than throwing, so intake can report them all.
 */
export async function checkDocumentReferences(
  db: Database,
  refs: readonly { pointer: string; sha256: string }[],
  orgIds: readonly string[],
) {
  const owned = await repo.ownedBy(db, [...new Set(refs.map((r) => r.sha256))], orgIds);
  return documentReferenceErrors(refs, owned);
}

/**
 * The field errors for document references, given the set of those the caller's organisations
 * own: for a caller that read ownership in a query of its own (the notice intake reads it together
 * with the right and the listings).
 */
export function documentReferenceErrors(
  refs: readonly { pointer: string; sha256: string }[],
  owned: ReadonlySet<string>,
) {
  return refs
    .filter((r) => !owned.has(r.sha256))
    .map((r) => ({
      pointer: r.pointer,
      rule: 'document-uploaded',
      detail: `no document ${r.sha256.slice(0, 12)}… was uploaded by your organisation (POST /v1/documents first)`,
    }));
}

export interface DocumentListFilter {
  rightId?: string;
  /** Already trimmed: part of the file name, or the start of the SHA-256. */
  q?: string;
  limit: number;
  offset: number;
}

/**
 * The documents the caller's organisation uploaded, newest first, for reuse as evidence; by right,
 * those the right cites and those used as evidence under it. A right the caller may not read
 * answers 404. Marketplace keys hold no documents.
 */
export async function listDocuments(
  db: Database,
  actor: Principal,
  filter: DocumentListFilter,
): Promise<OwnDocument[]> {
  if (actor.roles.has('marketplace')) throw AppError.forbidden('Marketplace keys do not hold documents');
  let right: { id: string; shas: string[] } | undefined;
  if (filter.rightId) {
    const row = await repo.rightDocuments(db, filter.rightId);
    if (!row || !(await readableOrgIds(db, actor)).includes(row.org_id)) throw AppError.notFound('Right');
    right = { id: filter.rightId, shas: [...row.document_shas, ...row.reference_image_shas] };
  }
  const rows = await repo.documentsOf(db, actor.orgId, {
    limit: filter.limit,
    offset: filter.offset,
    ...(right ? { right } : {}),
    ...(filter.q ? { q: filter.q } : {}),
  });
  return rows.map((r) => ({
    sha256: r.sha256,
    size: r.size,
    mediaType: r.media_type,
    filename: r.filename,
    uploadedAt: r.created_at.toISOString(),
  }));
}
