import { appendAudit, canonicalJson } from '../audit/index.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import type { Verdict } from '../detection/index.ts';
import { appendEvents } from '../events/index.ts';
import { newId } from '../shared/ids.ts';
import { LISTING_REMOVED, type ListingRemovedData } from '../takedowns/index.ts';
import * as repo from './proactive.repository.ts';

export interface ProactiveRemovalInput {
  listingId: string;
  verdict: Pick<Verdict, 'score' | 'signals' | 'automated'> & { policyVersion?: string };
  decidedByUserId: string | null;
  actorLabel: string;
  /** True when no person decided (policy threshold reached); false when a reviewer confirmed a case. */
  automatedDecision: boolean;
  note: string | null;
  /** The open case being decided, if any; otherwise a case is recorded as already removed. */
  caseId?: string;
}

/**
 * Removes a listing found by proactive detection, in one transaction: snapshot of the listing as
 * it was, listing removed, the decision with its statement of reasons (detection automated, and
 * whether the decision was), the `listing.removed` event (a signed webhook to the marketplace), audit. False when the listing was no
 * longer active (removed meanwhile), in which case nothing changes.
 */
export async function removeProactively(db: Database, input: ProactiveRemovalInput): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const listing = await repo.lockActiveListing(trx, input.listingId);
    if (!listing) return false;
    const now = new Date();
    const snapshot = Object.fromEntries(
      Object.entries(listing).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
    );
    const snapshotSha256 = sha256Hex(canonicalJson(snapshot));
    const ctx = await repo.removalContext(trx, listing.id);
    let caseId = input.caseId;
    if (caseId) {
      const moved = await repo.transitionCase(trx, caseId, {
        state: 'removed',
        decided_by: input.decidedByUserId,
        decided_at: now,
        decision_note: input.note,
      });
      if (!moved) return false;
    } else {
      caseId = newId();
      await repo.insertCase(trx, {
        id: caseId,
        listing_id: listing.id,
        listing_version: listing.version,
        action: 'remove',
        state: 'removed',
        brand_org_id: null,
        brand_id: null,
        score: input.verdict.score,
        signals: JSON.stringify(input.verdict.signals),
        automated: input.automatedDecision,
      });
    }
    const snapshotId = newId();
    await repo.insertSnapshot(trx, {
      id: snapshotId,
      listing_id: listing.id,
      snapshot: JSON.stringify(snapshot),
      sha256: snapshotSha256,
    });
    const listingVersion = await repo.markListingRemoved(trx, listing.id);
    const decisionId = newId();
    const decision = await recordDecision(trx, {
      id: decisionId,
      kind: 'proactive_removal',
      subject: { type: 'listing', id: listing.id },
      sellerOrgId: ctx.seller_org_id,
      notifierOrgId: null,
      marketplace: {
        id: ctx.marketplace_id,
        code: ctx.marketplace_code,
        name: ctx.marketplace_name,
        jurisdiction: ctx.jurisdiction,
      },
      listing: {
        id: listing.id,
        externalId: listing.external_id,
        title: listing.title,
        url: listing.url,
        createdAt: listing.created_at,
      },
      store: { id: ctx.store_id, externalId: ctx.store_external_id, name: ctx.store_name },
      snapshot: { id: snapshotId, sha256: snapshotSha256 },
      notice: null,
      right: null,
      complainant: null,
      filer: null,
      evidence: [],
      signals: input.verdict.signals.map((signal) => ({
        kind: signal.kind,
        rule: signal.rule,
        ruleVersion: signal.ruleVersion,
        matched: signal.span?.text ?? null,
        detail: signal.detail,
      })),
      reasonCode: 'counterfeit_indicators',
      reasonText:
        input.note ??
        `Automated counterfeit detection scored the listing ${input.verdict.score.toFixed(2)}, at or above the removal threshold of the detection policy.`,
      automated: { detection: true, decision: input.automatedDecision },
      decidedBy: {
        kind: input.decidedByUserId ? 'reviewer' : 'system',
        userId: input.decidedByUserId,
        label: input.actorLabel,
      },
      policy: input.verdict.policyVersion
        ? { key: 'detection', version: Number(input.verdict.policyVersion) || 0 }
        : null,
      now,
    });
    await repo.setCaseDecision(trx, caseId, decisionId);
    await appendEvents(trx, [
      {
        type: LISTING_REMOVED.type,
        subjectType: 'listing',
        subjectId: listing.id,
        marketplaceId: ctx.marketplace_id,
        data: {
          marketplace_listing_id: listing.external_id,
          listing_id: listing.id,
          listing_version: listingVersion,
          store_external_id: ctx.store_external_id,
          source: 'proactive_detection',
          notice_id: null,
          item_id: null,
          case_id: caseId,
          decision_id: decisionId,
          statement_id: decisionId,
          statement_path: `/v1/statements/${decisionId}`,
          automated_decision: input.automatedDecision,
          reason: { code: 'counterfeit_indicators', text: decision.planned.row.reason_text },
        } satisfies ListingRemovedData,
      },
    ]);
    await appendAudit(trx, [
      {
        actor: input.actorLabel,
        action: 'listing.removed_proactively',
        entityType: 'listing',
        entityId: listing.id,
        data: {
          caseId,
          score: input.verdict.score,
          automatedDecision: input.automatedDecision,
          snapshotSha256,
          decisionId,
        },
      },
      ...decision.audit,
    ]);
    return true;
  });
}
