import { appendAudit, canonicalJson } from '../audit/index.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import type { Verdict } from '../detection/index.ts';
import { appendEvents } from '../events/index.ts';
import { newId } from '../shared/ids.ts';
import { LISTING_REMOVED } from '../takedowns/index.ts';
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
 * it was, listing removed, a statement of reasons that says detection was automated (and whether
 * the decision was), the `listing.removed` event (a signed webhook to the marketplace), audit. False when the listing was no
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
    await repo.insertSnapshot(trx, {
      id: newId(),
      listing_id: listing.id,
      snapshot: JSON.stringify(snapshot),
      sha256: snapshotSha256,
    });
    await repo.markListingRemoved(trx, listing.id);
    const statementId = newId();
    const body = proactiveStatement({ statementId, now, listing, ctx, snapshotSha256, input });
    await repo.insertStatement(trx, {
      id: statementId,
      case_id: caseId,
      listing_id: listing.id,
      store_id: ctx.store_id,
      snapshot_sha256: snapshotSha256,
      body: JSON.stringify(body),
    });
    await appendEvents(trx, [
      {
        type: LISTING_REMOVED.type,
        subjectType: 'listing',
        subjectId: listing.id,
        marketplaceId: ctx.marketplace_id,
        data: {
          marketplace_listing_id: listing.external_id,
          listing_id: listing.id,
          external_id: listing.external_id,
          source: 'proactive_detection',
          case_id: caseId,
          statement_id: statementId,
          statement_path: `/v1/detection/statements/${statementId}`,
          automated_decision: input.automatedDecision,
          reason: {
            code: 'counterfeit_indicators',
            text: input.note ?? 'Counterfeit indicators found by detection',
          },
        },
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
          statementId,
        },
      },
    ]);
    return true;
  });
}

type Ctx = Awaited<ReturnType<typeof repo.removalContext>>;

/** DSA Art 17 statement for a removal found by detection rather than by a notice. */
function proactiveStatement(a: {
  statementId: string;
  now: Date;
  listing: { id: string; external_id: string; title: string; url: string };
  ctx: Ctx;
  snapshotSha256: string;
  input: ProactiveRemovalInput;
}) {
  const { listing, ctx, input } = a;
  const signals = input.verdict.signals.map((s) => ({
    kind: s.kind,
    rule: s.rule,
    ruleVersion: s.ruleVersion,
    matched: s.span?.text ?? null,
    detail: s.detail,
  }));
  const appealUntil = new Date(a.now.getTime() + 183 * 86_400_000);
  return {
    schemaVersion: 1,
    statementId: a.statementId,
    issuedAt: a.now.toISOString(),
    source: 'proactive_detection',
    marketplace: {
      id: ctx.marketplace_id,
      code: ctx.marketplace_code,
      name: ctx.marketplace_name,
      jurisdiction: ctx.jurisdiction,
    },
    restriction: {
      kind: 'listing_removed',
      description: `The listing "${listing.title}" (${listing.external_id}) of the store "${ctx.store_name}" was removed from ${ctx.marketplace_name}.`,
      listing: { id: listing.id, externalId: listing.external_id, title: listing.title, url: listing.url },
      store: { id: ctx.store_id, externalId: ctx.store_external_id, name: ctx.store_name },
      territorialScope: [ctx.jurisdiction],
      snapshotSha256: a.snapshotSha256,
    },
    facts: {
      summary: `Automated counterfeit detection scored the listing ${input.verdict.score.toFixed(2)} from the signals below${input.note ? `; reviewer note: ${input.note}` : ''}.`,
      signals,
    },
    ground: {
      decisionGround: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      policyGround: `The ${ctx.marketplace_name} terms prohibit counterfeit goods and listings that use counterfeit markers or imitate protected brands.`,
    },
    automation: {
      detection: true,
      decision: input.automatedDecision,
      automatedDecision: input.automatedDecision
        ? 'AUTOMATED_DECISION_FULLY'
        : 'AUTOMATED_DECISION_PARTIALLY',
      description: input.automatedDecision
        ? 'The listing was found and removed by automated detection: its score reached the removal threshold of the detection policy.'
        : 'The listing was found by automated detection; a reviewer examined it and decided the removal.',
    },
    complainant: null,
    redress: [
      {
        kind: 'internal_complaint',
        description: 'Appeal within 6 months; a person reviews the decision free of charge.',
        legalBasis: 'Regulation (EU) 2022/2065, Art 20',
        availableUntil: appealUntil.toISOString(),
      },
      {
        kind: 'out_of_court_settlement',
        description: 'Refer the dispute to a certified out-of-court dispute settlement body.',
        legalBasis: 'Regulation (EU) 2022/2065, Art 21',
        availableUntil: null,
      },
      {
        kind: 'judicial_redress',
        description: `Bring the matter before the courts of ${ctx.jurisdiction}.`,
        legalBasis: 'Regulation (EU) 2022/2065, Art 17(3)(f)',
        availableUntil: null,
      },
    ],
  };
}
