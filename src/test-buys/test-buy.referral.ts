import { registerReferralSection } from '../referrals/index.ts';
import * as repo from './test-buy.repository.ts';

/**
 * The test buys of the referred store in the referral bundle: why each was drawn, its whole chain of
 * custody (order, price, buyer identity used, hand-over signatures, hashes) and its outcome; the
 * documents of every step (photos, inspection reports, notary certificates) travel with it.
 */
registerReferralSection({
  name: 'test_buys',
  title: 'Test buys, their chain of custody and inspection reports',
  order: 40,
  async collect(db, ctx) {
    const buys = await repo.testBuysOfStore(db, ctx.storeId);
    const out = [];
    const documents: { sha256: string; label: string }[] = [];
    for (const t of buys) {
      const steps = await repo.stepsOf(db, t.id);
      for (const s of steps)
        for (const d of s.documents)
          documents.push({ sha256: d.sha256, label: `test buy ${t.id} ${s.kind}: ${d.label}` });
      out.push({
        id: t.id,
        listingId: t.listing_id,
        title: t.title,
        drawn: { planId: t.plan_id, stratum: t.stratum, reason: t.reasons, requestedBy: t.requested_by_name },
        status: t.status,
        decisionId: t.decision_id,
        outcomeReason: t.outcome_reason,
        decidedAt: t.decided_at?.toISOString() ?? null,
        custody: steps.map((s) => ({
          seq: s.seq,
          step: s.kind,
          data: s.data,
          documents: s.documents,
          handover: s.handover,
          recordedBy: s.recorded_by,
          recordedAt: s.created_at.toISOString(),
          prevHash: s.prev_hash,
          hash: s.hash,
        })),
      });
    }
    return { data: { testBuys: out }, documents, auditEntities: buys.map((t) => t.id) };
  },
});
