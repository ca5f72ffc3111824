import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { BuyerComplaintsTable, RecoveryClaimsTable } from './payments.table.ts';

export async function orderForComplaint(db: Database, marketplaceId: string, externalId: string) {
  return db
    .selectFrom('orders')
    .selectAll()
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', '=', externalId)
    .forUpdate()
    .executeTakeFirst();
}

/** What a buyer (by marketplace and buyer reference) was refunded since the start of the year. */
export async function refundedThisYear(
  db: Database,
  marketplaceId: string,
  buyerRef: string,
  currency: string,
  since: Date,
): Promise<number> {
  const { rows } = await sql<{ total: number }>`
    select coalesce(sum(refund_amount), 0)::bigint as total from buyer_complaints
     where marketplace_id = ${marketplaceId} and buyer_ref = ${buyerRef} and currency = ${currency}
       and created_at >= ${since}`.execute(db);
  return Number(rows[0]?.total ?? 0);
}

export async function insertComplaint(
  trx: Database,
  row: Omit<BuyerComplaintsTable, 'evidence'> & { evidence: string[] },
) {
  await trx
    .insertInto('buyer_complaints')
    .values({ ...row, evidence: JSON.stringify(row.evidence) as never })
    .execute();
}

export async function insertClaim(trx: Database, row: RecoveryClaimsTable) {
  await trx.insertInto('recovery_claims').values(row).execute();
}

export async function findClaim(db: Database, id: string) {
  return db.selectFrom('recovery_claims').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockClaim(trx: Database, id: string) {
  return trx.selectFrom('recovery_claims').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function claimOfDecision(db: Database, decisionId: string) {
  return db
    .selectFrom('recovery_claims')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

export async function decideClaim(
  trx: Database,
  id: string,
  change: { status: RecoveryClaimsTable['status']; decision_id: string; decided_at: Date },
) {
  await trx.updateTable('recovery_claims').set(change).where('id', '=', id).execute();
}

export async function setComplaintStatus(
  trx: Database,
  id: string,
  status: BuyerComplaintsTable['status'],
  at: Date,
) {
  await trx.updateTable('buyer_complaints').set({ status, decided_at: at }).where('id', '=', id).execute();
}

export async function recoveryMovements(db: Database, claimId: string) {
  return db
    .selectFrom('ledger_movements')
    .selectAll()
    .where('reference', '=', claimId)
    .where('kind', '=', 'recovery')
    .execute();
}

const complaintColumns = `c.id, c.order_id, o.external_id as order_external_id, c.marketplace_id, c.store_id,
  s.name as store_name, c.listing_id, l.title as listing_title, c.buyer_ref, c.buyer_org_id, c.explanation,
  c.evidence, c.status, c.refund_amount, c.currency, c.created_at, c.decided_at,
  r.id as claim_id, r.status as claim_status, r.from_held, r.from_deposit, r.from_receivable, r.decision_id`;

export interface ComplaintListRow {
  id: string;
  order_id: string;
  order_external_id: string;
  marketplace_id: string;
  store_id: string;
  store_name: string;
  listing_id: string;
  listing_title: string;
  buyer_ref: string;
  buyer_org_id: string | null;
  explanation: string;
  evidence: string[];
  status: 'refunded' | 'confirmed' | 'genuine';
  refund_amount: number;
  currency: string;
  created_at: Date;
  decided_at: Date | null;
  claim_id: string;
  claim_status: 'open' | 'counterfeit' | 'genuine';
  from_held: number;
  from_deposit: number;
  from_receivable: number;
  decision_id: string | null;
}

/** Complaints with their claim, filtered by one of: buyer org, marketplace, store, claim status. */
export async function listComplaints(
  db: Database,
  filter: {
    buyerOrgId?: string;
    marketplaceId?: string;
    storeId?: string;
    claimStatus?: string;
    id?: string;
    claimId?: string;
    limit: number;
    offset: number;
  },
) {
  const { rows } = await sql<ComplaintListRow>`
    select ${sql.raw(complaintColumns)}
      from buyer_complaints c
      join recovery_claims r on r.complaint_id = c.id
      join orders o on o.id = c.order_id
      join stores s on s.id = c.store_id
      join listings l on l.id = c.listing_id
     where (${filter.buyerOrgId ?? null}::uuid is null or c.buyer_org_id = ${filter.buyerOrgId ?? null}::uuid)
       and (${filter.marketplaceId ?? null}::uuid is null or c.marketplace_id = ${filter.marketplaceId ?? null}::uuid)
       and (${filter.storeId ?? null}::uuid is null or c.store_id = ${filter.storeId ?? null}::uuid)
       and (${filter.claimStatus ?? null}::text is null or r.status = ${filter.claimStatus ?? null}::text)
       and (${filter.id ?? null}::uuid is null or c.id = ${filter.id ?? null}::uuid)
       and (${filter.claimId ?? null}::uuid is null or r.id = ${filter.claimId ?? null}::uuid)
     order by c.created_at desc, c.id desc
     limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return rows;
}

/** Listings with buyer complaints not found genuine, most complained-about first (test-buy risk). */
export async function complainedListings(
  db: Database,
  input: { since: Date; limit: number; marketplaceId: string | null },
) {
  const { rows } = await sql<{ id: string }>`
    select c.listing_id as id from buyer_complaints c
     where c.status <> 'genuine' and c.created_at >= ${input.since}
       and (${input.marketplaceId}::uuid is null or c.marketplace_id = ${input.marketplaceId}::uuid)
     group by c.listing_id order by count(*) desc, c.listing_id limit ${input.limit}`.execute(db);
  return rows.map((r) => r.id);
}

/** Per listing: complaints a reviewer confirmed counterfeit, and those refunded but not yet decided. */
export async function complaintCountsOf(db: Database, listingIds: readonly string[], since: Date) {
  if (listingIds.length === 0) return [];
  const { rows } = await sql<{ listing_id: string; confirmed: number; open: number }>`
    select c.listing_id, count(*) filter (where c.status = 'confirmed')::int as confirmed,
           count(*) filter (where c.status = 'refunded')::int as open
      from buyer_complaints c
     where c.listing_id in (select jsonb_array_elements_text(${JSON.stringify(listingIds)}::jsonb)::uuid)
       and c.status <> 'genuine' and c.created_at >= ${since}
     group by c.listing_id`.execute(db);
  return rows;
}

/** A store's complaints with their evidence documents, for a referral bundle. */
export async function complaintsWithEvidence(db: Database, storeId: string) {
  return db
    .selectFrom('buyer_complaints')
    .select([
      'id',
      'order_id',
      'listing_id',
      'status',
      'refund_amount',
      'currency',
      'evidence',
      'explanation',
      'created_at',
      'decided_at',
    ])
    .where('store_id', '=', storeId)
    .orderBy('created_at')
    .execute();
}
