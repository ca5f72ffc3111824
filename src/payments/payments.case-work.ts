import { registerReferralSection } from '../referrals/index.ts';
import { registerRiskSource } from '../test-buys/index.ts';
import * as complaints from './complaints.repository.ts';
import { salesOfStore } from './orders.repository.ts';

/**
 * What the money program gives case work (issue 16): buyer complaints as a risk source of the
 * test-buy sampling plan, and the store's sales volume and buyer complaints as sections of a
 * referral bundle. Registered here, at import, so neither the test-buy nor the referral module
 * knows about payments.
 */
const YEAR_MS = 365 * 86_400_000;

registerRiskSource({
  name: 'buyer_complaints',
  description:
    'Buyer complaints about orders of the listing in the last year (confirmed counterfeit, or refunded and awaiting review)',
  async nominate(db, scope) {
    return complaints.complainedListings(db, {
      since: new Date(scope.now.getTime() - YEAR_MS),
      limit: scope.limit,
      marketplaceId: scope.marketplaceId,
    });
  },
  async score(db, listingIds, now) {
    const out = new Map<string, { value: number; detail: string }>();
    for (const r of await complaints.complaintCountsOf(db, listingIds, new Date(now.getTime() - YEAR_MS))) {
      // A confirmed complaint is as strong as a signal gets; refunded ones await a reviewer.
      const value = r.confirmed > 0 ? 1 : Math.min(1, 0.5 + 0.1 * (r.open - 1));
      out.set(r.listing_id, {
        value,
        detail: `${r.confirmed} buyer complaint(s) confirmed counterfeit, ${r.open} refunded and awaiting review`,
      });
    }
    return out;
  },
});

registerReferralSection({
  name: 'sales',
  title: "The store's sales volume (paid orders reported by the marketplace)",
  order: 25,
  async collect(db, ctx) {
    return { data: { paidOrdersByCurrency: await salesOfStore(db, ctx.storeId) }, documents: [] };
  },
});

registerReferralSection({
  name: 'buyer_complaints',
  title: 'Buyer complaints about counterfeit orders, their refunds and evidence',
  order: 35,
  async collect(db, ctx) {
    const rows = await complaints.complaintsWithEvidence(db, ctx.storeId);
    const documents: { sha256: string; label: string }[] = [];
    const data = rows.map((r) => {
      const evidence = (r.evidence as string[]) ?? [];
      for (const sha256 of evidence) documents.push({ sha256, label: `buyer complaint ${r.id}: evidence` });
      return {
        id: r.id,
        orderId: r.order_id,
        listingId: r.listing_id,
        status: r.status,
        explanation: r.explanation,
        refund: { amount: Number(r.refund_amount), currency: r.currency },
        evidence,
        filedAt: new Date(r.created_at).toISOString(),
        decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
      };
    });
    return { data: { complaints: data }, documents, auditEntities: rows.map((r) => r.id) };
  },
});
