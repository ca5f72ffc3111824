import { randomUUID } from 'node:crypto';
import { type AuditEntry, canonicalJson } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import type { EvidenceRow } from '../db/schema.ts';
import { scheduleDeadline } from '../deadlines/index.ts';
import { AppError } from '../errors/app-error.ts';
import { clockTerms } from '../policies/index.ts';
import type { StatementBody } from './statement.schema.ts';
import { buildStatement } from './statement.ts';
import * as repo from './takedown.repository.ts';
import { enqueueWebhook } from './webhook.service.ts';

export interface RemovalInput {
  itemId: string;
  decidedByUserId: string | null;
  actorLabel: string;
  reasonCode: string | null;
  reasonText: string;
  automated: { detection: boolean; decision: boolean };
}

export interface RemovalResult {
  statementId: string;
  snapshotId: string;
  snapshotSha256: string;
  deliveryId: string | null;
  /** For the caller to append with its own entries, so the decision commits as one chain run. */
  audit: AuditEntry[];
}

export interface StatementSummary {
  id: string;
  itemId: string;
  noticeId: string;
  listingId: string;
  storeId: string;
  marketplaceId: string;
  listingTitle: string;
  createdAt: string;
}

export interface Statement extends StatementSummary {
  body: StatementBody;
}

type ListingRow = NonNullable<Awaited<ReturnType<typeof repo.lockListing>>>;

/** The listing row as plain JSON: dates as ISO text, so its canonical form hashes identically after a jsonb round trip. */
export function listingSnapshot(row: ListingRow): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

export function snapshotSha256(snapshot: unknown): string {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Carries out the removal decided on a notice item, inside the reviewer's decision transaction
 * (the caller has already moved the item to 'removed' and appends the returned audit entries):
 * archives the listing as it was, removes it, issues the statement of reasons, and queues the
 * signed webhook that tells the marketplace. All of it commits or none of it does.
 */
export async function applyRemoval(trx: Database, input: RemovalInput): Promise<RemovalResult> {
  if (input.reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'a removal needs a reason the seller can read');
  const ctx = await repo.findRemovalContext(trx, input.itemId);
  if (!ctx) throw AppError.notFound('Notice item');
  if (ctx.item_state !== 'removed') {
    throw AppError.conflict(
      `The notice item is ${ctx.item_state}; only a removed item can be applied to its listing`,
    );
  }
  const listing = await repo.lockListing(trx, ctx.listing_id);
  if (!listing) throw AppError.notFound('Listing');
  const now = new Date();

  const snapshot = listingSnapshot(listing);
  const snapshotId = randomUUID();
  const snapshotHash = snapshotSha256(snapshot);
  await repo.insertSnapshot(trx, {
    id: snapshotId,
    listing_id: listing.id,
    item_id: ctx.item_id,
    snapshot: canonicalJson(snapshot),
    sha256: snapshotHash,
    created_at: now,
  });

  // A listing already removed under another right stays removed; this notice still gets its own
  // snapshot, statement and webhook, because the seller must be told of every decision.
  const { version } =
    listing.state === 'removed' ? listing : await repo.markListingRemoved(trx, listing.id, now);

  const statementId = randomUUID();
  const body = buildStatement({
    statementId,
    issuedAt: now,
    marketplace: {
      id: ctx.marketplace_id,
      code: ctx.marketplace_code,
      name: ctx.marketplace_name,
      jurisdiction: ctx.marketplace_jurisdiction,
    },
    listing: {
      id: listing.id,
      externalId: listing.external_id,
      title: listing.title,
      url: listing.url,
      createdAt: listing.created_at,
    },
    store: { id: ctx.store_id, externalId: ctx.store_external_id, name: ctx.store_name },
    snapshot: { id: snapshotId, sha256: snapshotHash },
    notice: {
      id: ctx.notice_id,
      itemId: ctx.item_id,
      filedAt: ctx.notice_created_at,
      infringementType: ctx.infringement_type,
      explanation: ctx.explanation,
      contact: ctx.contact,
    },
    right: {
      id: ctx.right_id,
      type: ctx.right_type,
      name: ctx.right_name,
      ownerName: ctx.right_owner_name,
      registrationNumber: ctx.right_registration_number,
      office: ctx.right_office,
      jurisdiction: ctx.right_jurisdiction,
      patentKind: ctx.right_patent_kind,
    },
    complainant: { id: ctx.principal_id, name: ctx.principal_name },
    filer: { id: ctx.filer_id, name: ctx.filer_name },
    evidence: ctx.item_evidence as EvidenceRow[],
    reasonCode: input.reasonCode,
    reasonText: input.reasonText,
    automated: input.automated,
    decidedByUserId: input.decidedByUserId,
    actorLabel: input.actorLabel,
  });
  await repo.insertStatement(trx, {
    id: statementId,
    item_id: ctx.item_id,
    listing_id: listing.id,
    store_id: ctx.store_id,
    body: JSON.stringify(body),
    created_at: now,
  });

  const deliveryId = await enqueueWebhook(trx, {
    marketplaceId: ctx.marketplace_id,
    eventType: 'listing.removed',
    now,
    payload: {
      marketplace_listing_id: listing.external_id,
      listing_id: listing.id,
      listing_version: version,
      store_external_id: ctx.store_external_id,
      notice_id: ctx.notice_id,
      item_id: ctx.item_id,
      statement_id: statementId,
      statement_path: `/v1/statements/${statementId}`,
      reason: { code: input.reasonCode, text: input.reasonText },
    },
  });

  const audit: AuditEntry[] = [
    {
      actor: input.actorLabel,
      action: 'listing.removed',
      entityType: 'listing',
      entityId: listing.id,
      data: {
        itemId: ctx.item_id,
        noticeId: ctx.notice_id,
        previousState: listing.state,
        version,
        snapshotId,
        snapshotSha256: snapshotHash,
      },
    },
    {
      actor: input.actorLabel,
      action: 'statement.issued',
      entityType: 'statement_of_reasons',
      entityId: statementId,
      data: {
        itemId: ctx.item_id,
        listingId: listing.id,
        storeId: ctx.store_id,
        sha256: sha256Hex(canonicalJson(body)),
        automated: input.automated,
      },
    },
  ];
  if (deliveryId) {
    audit.push({
      actor: input.actorLabel,
      action: 'webhook.enqueued',
      entityType: 'webhook_delivery',
      entityId: deliveryId,
      data: {
        marketplaceId: ctx.marketplace_id,
        eventType: 'listing.removed',
        listingId: listing.id,
        statementId,
      },
    });
  }
  // Every removed item gets a clock: the seller's window to counter-notify, by the procedure the
  // policy sets for the marketplace's jurisdiction and the right type. A removal after the seller
  // has already counter-notified (an appeal reversed a reinstatement) is final here.
  if (!(await repo.hasCounterNotice(trx, ctx.item_id))) {
    const clock = await clockTerms(trx, ctx.marketplace_jurisdiction, ctx.right_type);
    const window = await scheduleDeadline(trx, {
      itemId: ctx.item_id,
      kind: 'counter_notice_window',
      party: 'seller',
      dueAt: deadlineAfter(now, clock.terms.counterNoticeWindow, clock.calendar),
      now,
      actorLabel: input.actorLabel,
      data: {
        procedure: clock.terms.procedure,
        window: clock.terms.counterNoticeWindow,
        putbackPolicyVersion: clock.putbackVersion,
        calendarPolicyVersion: clock.calendarVersion,
      },
    });
    audit.push(window.audit);
  }
  return { statementId, snapshotId, snapshotSha256: snapshotHash, deliveryId, audit };
}

/**
 * Statements are read by the seller they are addressed to, by the rights holder or agent whose
 * notice led to them, and by operator staff. Roles with no part in a takedown are refused.
 */
function statementScope(actor: Principal): repo.StatementScope {
  if (isOperatorStaff(actor)) return { all: true, sellerOrgId: null, noticeOrgId: null };
  const scope: repo.StatementScope = {
    all: false,
    sellerOrgId: hasRole(actor, 'seller') ? actor.orgId : null,
    noticeOrgId: hasRole(actor, 'rights_holder', 'agent') ? actor.orgId : null,
  };
  if (!scope.sellerOrgId && !scope.noticeOrgId) {
    throw AppError.forbidden(
      'Statements of reasons are visible to the seller, the complainant and operator staff',
    );
  }
  return scope;
}

type StatementRow = NonNullable<Awaited<ReturnType<typeof repo.findStatement>>>;

function toSummary(row: StatementRow): StatementSummary {
  return {
    id: row.id,
    itemId: row.item_id,
    noticeId: row.notice_id,
    listingId: row.listing_id,
    storeId: row.store_id,
    marketplaceId: row.marketplace_id,
    listingTitle: row.listing_title,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listStatements(
  db: Database,
  actor: Principal,
  filter: { listingId?: string; limit: number; offset: number },
): Promise<StatementSummary[]> {
  const rows = await repo.listStatements(db, statementScope(actor), filter);
  return rows.map(toSummary);
}

export async function getStatement(db: Database, actor: Principal, id: string): Promise<Statement> {
  const row = await repo.findStatement(db, statementScope(actor), id);
  if (!row) throw AppError.notFound('Statement of reasons');
  return { ...toSummary(row), body: row.body as unknown as StatementBody };
}

/** Re-hashes an archived snapshot, so anyone can check it was not altered after the removal. */
export async function verifySnapshot(
  db: Database,
  id: string,
): Promise<{ ok: boolean; sha256: string; recomputed: string } | null> {
  const row = await repo.findSnapshot(db, id);
  if (!row) return null;
  const recomputed = snapshotSha256(row.snapshot);
  return { ok: recomputed === row.sha256, sha256: row.sha256, recomputed };
}
