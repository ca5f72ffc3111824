import { type AuditEntry, canonicalJson } from '../audit/index.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { EvidenceRow } from '../db/schema.ts';
import { type PlannedDeadline, planDeadline } from '../deadlines/index.ts';
import { type PlannedDecision, planDecision } from '../decisions/index.ts';
import type { NewEvent } from '../events/index.ts';
import type { ClockTerms } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { LISTING_REMOVED, type ListingRemovedData } from './events.ts';

/**
 * Everything a removal needs about one notice item, read in one query: the item, its notice and
 * right, the parties, the marketplace, and the listing row as the database holds it (`listing`,
 * the jsonb rendering of the row, which is also what gets archived).
 */
export interface RemovalContext {
  item_id: string;
  item_state: string;
  item_evidence: unknown;
  sla_due_at: Date;
  notice_id: string;
  infringement_type: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
  explanation: string | null;
  contact: Record<string, unknown>;
  notice_created_at: Date;
  right_id: string;
  right_type: 'trademark' | 'patent' | 'copyright';
  right_name: string;
  right_owner_name: string;
  right_registration_number: string | null;
  right_office: string | null;
  right_jurisdiction: string | null;
  right_patent_kind: 'invention' | 'utility' | 'design' | null;
  store_id: string;
  store_external_id: string;
  store_name: string;
  marketplace_id: string;
  marketplace_code: string;
  marketplace_name: string;
  marketplace_jurisdiction: string;
  principal_id: string;
  principal_name: string;
  seller_org_id: string | null;
  filer_id: string;
  filer_name: string;
  listing: ListingRowJson;
  has_counter_notice: boolean;
  /** A reviewer's claim on the item, possibly expired (all three null when there is none). */
  claim_user_id: string | null;
  claim_user_name: string | null;
  claim_expires_at: Date | string | null;
}

/** The listing row in its jsonb rendering (timestamps as text, the price as a number). */
export interface ListingRowJson {
  id: string;
  external_id: string;
  title: string;
  url: string;
  state: 'active' | 'removed';
  version: number;
  created_at: string;
  [column: string]: unknown;
}

export interface RemovalDecision {
  /** Set when an appeal's reversal removes the listing: the decision is that reversal. */
  asAppealResult?: { previousDecisionId: string | null };
  decidedByUserId: string | null;
  actorLabel: string;
  reasonCode: string | null;
  reasonText: string;
  automated: { detection: boolean; decision: boolean };
}

/** What a removal writes, decided before anything is written. */
export interface RemovalPlan {
  itemId: string;
  listingId: string;
  /** The listing version the plan was made from; the write holds only if it is still current. */
  listingVersion: number;
  /** False when the listing is already down under another right: it stays as it is. */
  takesListingDown: boolean;
  /** The listing's version once the removal is written. */
  resultingListingVersion: number;
  snapshot: { id: string; json: string; sha256: string };
  /** The removal decision with its statement of reasons. */
  decision: PlannedDecision;
  /** Announced after commit; marketplaces hear `listing.removed` through the webhook subscriber. */
  events: NewEvent[];
  deadline: PlannedDeadline['row'] | null;
  /** The removal's own records: listing, statement, webhook, clock (not the item's decision). */
  audit: AuditEntry[];
}

/** The archived snapshot's hash: SHA-256 of its canonical JSON, so anyone can re-check it. */
export function snapshotSha256(snapshot: unknown): string {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Plans a removal: the snapshot of the listing as it was, the statement of reasons, the event that
 * tells the marketplace (as a webhook, when it has a URL), the seller's counter-notice clock (unless the seller has
 * already counter-notified: then an appeal reversed a reinstatement and the removal is final), and
 * the audit records. Pure: `clock` carries the policies in force, `makeId` the identifiers.
 */
export function planRemoval(
  ctx: RemovalContext,
  decision: RemovalDecision,
  now: Date,
  clock: ClockTerms | null,
  appealWindowMonths: number,
  makeId: () => string = newId,
): RemovalPlan {
  const listing = ctx.listing;
  const snapshotJson = canonicalJson(listing);
  const snapshot = { id: makeId(), json: snapshotJson, sha256: sha256Hex(snapshotJson) };
  const takesListingDown = listing.state !== 'removed';
  const resultingListingVersion = takesListingDown ? listing.version + 1 : listing.version;
  const decisionId = makeId();
  const planned = planDecision(
    {
      id: decisionId,
      kind: decision.asAppealResult ? 'appeal_reversed' : 'notice_removal',
      previousDecisionId: decision.asAppealResult?.previousDecisionId ?? null,
      subject: { type: 'notice_item', id: ctx.item_id },
      itemId: ctx.item_id,
      sellerOrgId: ctx.seller_org_id,
      notifierOrgId: ctx.principal_id,
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
        createdAt: new Date(listing.created_at),
      },
      store: { id: ctx.store_id, externalId: ctx.store_external_id, name: ctx.store_name },
      snapshot: { id: snapshot.id, sha256: snapshot.sha256 },
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
      reasonCode: decision.reasonCode,
      reasonText: decision.reasonText,
      automated: decision.automated,
      decidedBy: {
        kind: decision.decidedByUserId === null ? 'system' : 'reviewer',
        userId: decision.decidedByUserId,
        label: decision.actorLabel,
      },
      now,
    },
    appealWindowMonths,
  );
  const statementId = decisionId;

  const events: NewEvent[] = [
    {
      id: makeId(),
      type: LISTING_REMOVED.type,
      subjectType: 'listing',
      subjectId: listing.id,
      marketplaceId: ctx.marketplace_id,
      data: {
        marketplace_listing_id: listing.external_id,
        listing_id: listing.id,
        listing_version: resultingListingVersion,
        store_external_id: ctx.store_external_id,
        source: 'notice',
        notice_id: ctx.notice_id,
        item_id: ctx.item_id,
        case_id: null,
        decision_id: statementId,
        statement_id: statementId,
        statement_path: `/v1/statements/${statementId}`,
        automated_decision: false,
        reason: { code: decision.reasonCode, text: decision.reasonText },
      } satisfies ListingRemovedData,
    },
  ];

  const audit: AuditEntry[] = [
    {
      actor: decision.actorLabel,
      action: 'listing.removed',
      entityType: 'listing',
      entityId: listing.id,
      data: {
        itemId: ctx.item_id,
        noticeId: ctx.notice_id,
        previousState: listing.state,
        version: resultingListingVersion,
        snapshotId: snapshot.id,
        snapshotSha256: snapshot.sha256,
      },
    },
    planned.audit,
  ];
  let deadline: PlannedDeadline | null = null;
  if (!ctx.has_counter_notice && clock) {
    deadline = planDeadline(
      {
        itemId: ctx.item_id,
        kind: 'counter_notice_window',
        party: 'seller',
        dueAt: deadlineAfter(now, clock.terms.counterNoticeWindow, clock.calendar),
        now,
        actorLabel: decision.actorLabel,
        data: {
          procedure: clock.terms.procedure,
          window: clock.terms.counterNoticeWindow,
          putbackPolicyVersion: clock.putbackVersion,
          calendarPolicyVersion: clock.calendarVersion,
        },
      },
      makeId(),
    );
    audit.push(deadline.audit);
  }
  return {
    itemId: ctx.item_id,
    listingId: listing.id,
    listingVersion: listing.version,
    takesListingDown,
    resultingListingVersion,
    snapshot,
    decision: planned,
    events: [...events, planned.event],
    deadline: deadline?.row ?? null,
    audit,
  };
}
