import type { Database } from '../db/database.ts';
import * as repo from './referral.repository.ts';

/**
 * The sections of a referral bundle: each collects one part of what an investigator needs, as JSON,
 * and names the documents it cites (the archive carries their bytes and hashes). Programs register
 * their own at import: the test-buy module its test buys and inspection reports; the money program
 * sales volume and buyer complaints (`registerReferralSection`).
 */
export interface ReferralContext {
  referralId: string;
  storeId: string;
  sellerOrgId: string | null;
  marketplaceId: string;
  testBuyId: string | null;
}

export interface SectionContent {
  data: unknown;
  documents: { sha256: string; label: string }[];
  /** Entities whose audit records belong in the bundle's audit excerpt. */
  auditEntities?: string[];
}

export interface ReferralSection {
  name: string;
  title: string;
  /** Sections are written in this order; the audit excerpt comes last. */
  order: number;
  collect(db: Database, ctx: ReferralContext): Promise<SectionContent>;
}

const sections = new Map<string, ReferralSection>();

export function registerReferralSection(section: ReferralSection): void {
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(section.name)) throw new Error(`bad section name ${section.name}`);
  if (sections.has(section.name)) throw new Error(`referral section ${section.name} is registered twice`);
  sections.set(section.name, section);
}

export function referralSections(): ReferralSection[] {
  return [...sections.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** The seller's trader identity (as the keyed hashes the platform holds) and its linked accounts. */
registerReferralSection({
  name: 'trader',
  title: "The seller's trader identity and linked accounts",
  order: 10,
  async collect(db, ctx) {
    const store = await repo.storeOf(db, ctx.storeId);
    const linked = await repo.linkedStoresOf(db, ctx.storeId);
    const identifiers = await repo.identifiersOf(db, [ctx.storeId, ...linked.map((l) => l.id)]);
    const byStore = (id: string) =>
      identifiers
        .filter((i) => i.store_id === id)
        .map((i) => ({ kind: i.kind, hash: Buffer.from(i.hash).toString('hex') }));
    const mine = new Set(byStore(ctx.storeId).map((i) => i.hash));
    return {
      data: {
        note: 'Trader details are held only as keyed hashes (HMAC-SHA256); equal hashes mean equal details. The marketplace holds the clear text.',
        store: store
          ? {
              id: store.id,
              externalId: store.external_id,
              name: store.name,
              sellerOrgId: store.seller_org_id,
              sellerName: store.seller_name,
              marketplace: {
                id: store.marketplace_id,
                name: store.marketplace_name,
                jurisdiction: store.jurisdiction,
              },
              registeredAt: iso(store.created_at),
              identifiers: byStore(ctx.storeId),
            }
          : null,
        linkedAccounts: linked.map((l) => ({
          id: l.id,
          externalId: l.external_id,
          name: l.name,
          sellerOrgId: l.seller_org_id,
          sellerName: l.seller_name,
          marketplace: l.marketplace_name,
          clusterId: l.cluster_id,
          sharedIdentifierKinds: [
            ...new Set(
              byStore(l.id)
                .filter((i) => mine.has(i.hash))
                .map((i) => i.kind),
            ),
          ],
        })),
      },
      documents: [],
      auditEntities: [ctx.storeId, ...linked.map((l) => l.id)],
    };
  },
});

/** The store's listings (and its linked stores') and the archived snapshots taken at each takedown. */
registerReferralSection({
  name: 'listings',
  title: 'Listings and their archived snapshots',
  order: 20,
  async collect(db, ctx) {
    const linked = await repo.linkedStoresOf(db, ctx.storeId);
    const listings = await repo.listingsOfStores(db, [ctx.storeId, ...linked.map((l) => l.id)]);
    const snapshots = await repo.snapshotsOf(
      db,
      listings.map((l) => l.id),
    );
    return {
      data: {
        listings: listings.map((l) => ({
          id: l.id,
          storeId: l.store_id,
          externalId: l.external_id,
          url: l.url,
          title: l.title,
          price: l.price === null ? null : String(l.price),
          currency: l.currency,
          quantity: l.quantity,
          category: l.category,
          shipFrom: l.ship_from,
          state: l.state,
          createdAt: iso(l.created_at),
          updatedAt: iso(l.updated_at),
        })),
        snapshots: snapshots.map((s) => ({
          id: s.id,
          listingId: s.listing_id,
          sha256: s.sha256,
          takenAt: iso(s.created_at),
          snapshot: s.snapshot,
        })),
      },
      documents: [],
      auditEntities: listings.map((l) => l.id),
    };
  },
});

/** Notices against the store's listings and every decision about the store, with statements. */
registerReferralSection({
  name: 'notices_and_decisions',
  title: 'Notices and decisions',
  order: 30,
  async collect(db, ctx) {
    const listings = await repo.listingsOfStores(db, [ctx.storeId]);
    const items = await repo.noticeItemsOf(
      db,
      listings.map((l) => l.id),
    );
    const decisions = await repo.decisionsOfStore(db, ctx.storeId);
    const documents = items.flatMap((i) =>
      i.evidence.map((e) => ({
        sha256: e.documentSha256,
        label: `evidence (${e.kind}) of notice ${i.notice_id}`,
      })),
    );
    return {
      data: {
        notices: items.map((i) => ({
          itemId: i.id,
          noticeId: i.notice_id,
          listingId: i.listing_id,
          brand: i.brand_name,
          infringementType: i.infringement_type,
          state: i.state,
          filedAt: iso(i.created_at),
          evidence: i.evidence,
        })),
        decisions: decisions.map((d) => ({
          id: d.id,
          kind: d.kind,
          subject: { type: d.subject_type, id: d.subject_id },
          listingId: d.listing_id,
          reasonCode: d.reason_code,
          reasonText: d.reason_text,
          decidedAt: iso(d.created_at),
          statement: d.statement,
        })),
      },
      documents,
      auditEntities: [...decisions.map((d) => d.id), ...items.map((i) => i.id)],
    };
  },
});
