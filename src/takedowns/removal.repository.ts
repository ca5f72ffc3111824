import { type AuditEntry, auditEntriesParameter, auditInsertSql } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { decisionInsertSql, decisionParameter } from '../decisions/index.ts';
import { eventsInsertSql, eventsParameter } from '../events/index.ts';
import { removePendingItemSql } from '../items/index.ts';
import type { RemovalContext, RemovalPlan } from './removal.plan.ts';

/**
 * All SQL of removals. A removal is written as one statement of data-modifying CTEs: the listing
 * update, the snapshot, the statement of reasons, the event that tells the marketplace, the
 * seller's clock and the audit records. One statement is atomic on its own, so the reviewer's decision needs no explicit
 * transaction: read the context, plan in memory, write once.
 */

const CONTEXT_SQL = `
select i.id as item_id, i.state as item_state, i.evidence as item_evidence, i.sla_due_at,
       n.id as notice_id, n.infringement_type, n.explanation, n.contact, n.created_at as notice_created_at,
       r.id as right_id, r.type as right_type, r.name as right_name, r.owner_name as right_owner_name,
       r.registration_number as right_registration_number, r.office as right_office,
       r.jurisdiction as right_jurisdiction, r.patent_kind as right_patent_kind,
       s.id as store_id, s.external_id as store_external_id, s.name as store_name, s.seller_org_id,
       m.id as marketplace_id, m.code as marketplace_code, m.name as marketplace_name,
       m.jurisdiction as marketplace_jurisdiction,
       p.id as principal_id, p.name as principal_name, f.id as filer_id, f.name as filer_name,
       to_jsonb(l) as listing,
       exists (select 1 from counter_notices c where c.item_id = i.id) as has_counter_notice,
       rc.user_id as claim_user_id, cu.name as claim_user_name, rc.expires_at as claim_expires_at
  from notice_items i
  join notices n on n.id = i.notice_id
  join rights r on r.id = i.right_id
  join listings l on l.id = i.listing_id
  join stores s on s.id = l.store_id
  join marketplaces m on m.id = l.marketplace_id
  join organisations p on p.id = n.principal_org_id
  join organisations f on f.id = n.filer_org_id
  -- A reviewer's claim on the item (review's table): read here so refusing a decision on a claimed
  -- item costs the removal no extra round trip.
  left join review_claims rc on rc.item_id = i.id
  left join users cu on cu.id = rc.user_id
 where i.id = $1::uuid`;

const readContext = prepared<RemovalContext>('removal_context', CONTEXT_SQL);
/** The same inside a transaction that goes on to write: the listing row stays locked until commit. */
const readContextLocked = prepared<RemovalContext>(
  'removal_context_locked',
  `${CONTEXT_SQL} for no key update of l`,
);

export async function removalContext(db: Database, itemId: string, lock = false) {
  return (lock ? readContextLocked : readContext).first(db, [itemId]);
}

/**
 * The effects of a removal, gated by the CTE `gate` (one row when the removal goes ahead, none
 * when it must not). Parameters: $1 item, $2 listing, $3 now, $4-$6 snapshot, $7 the decision
 * (jsonb row), $8 events (jsonb), $9-$13 deadline (id null: none), $14 audit records (jsonb).
 */
const EFFECTS_SQL = `
taken_down as (
  update listings set state = 'removed', version = version + 1, updated_at = $3::timestamptz
   where id = $2::uuid and state <> 'removed' and exists (select 1 from gate)
  returning version
),
snapshot as (
  insert into listing_snapshots (id, listing_id, item_id, snapshot, sha256, created_at)
  select $4::uuid, $2::uuid, $1::uuid, $5::jsonb, $6::text, $3::timestamptz from gate
),
decided as (
  ${decisionInsertSql('$7', 'gate')}
),
announced as (
  ${eventsInsertSql('$3', '$8', 'gate')}
),
deadline as (
  insert into deadlines (id, item_id, target_type, target_id, kind, party, due_at, data, created_at)
  select $9::uuid, $1::uuid, 'notice_item', $1::uuid, $10::text, $11::text, $12::timestamptz, $13::jsonb,
         $3::timestamptz
    from gate where $9::uuid is not null
),
audit as (
  ${auditInsertSql('$3', '$14', 'gate')}
)`;

/**
 * The reviewer's removal in one statement: the item moves from pending to removed only while the
 * listing is still at the version the plan was made from (locked for the statement), and every
 * effect is written only if the item moved. $15 decided_by, $16 reason code, $17 reason text,
 * $18 listing version. Nothing moves when another reviewer decided first or the listing changed.
 */
const decideAndRemove = prepared<{ moved: number }>(
  'decide_and_remove',
  `with locked as (
  select id from listings where id = $2::uuid and version = $18::int for no key update
),
gate as (
  ${removePendingItemSql({ item: '$1', now: '$3', decidedBy: '$15', reasonCode: '$16', reasonText: '$17', lockedCte: 'locked' })}
),${EFFECTS_SQL}
select (select count(*) from gate)::int as moved`,
);

/** The effects alone, for a caller whose transaction already moved the item and locked the listing. */
const writeEffects = prepared<{ written: number }>(
  'removal_effects',
  `with gate as (select 1 as go),${EFFECTS_SQL}
select 1 as written`,
);

function effectParameters(
  db: Database,
  plan: RemovalPlan,
  now: Date,
  audit: readonly AuditEntry[],
): unknown[] {
  return [
    plan.itemId,
    plan.listingId,
    now,
    plan.snapshot.id,
    plan.snapshot.json,
    plan.snapshot.sha256,
    decisionParameter(plan.decision),
    eventsParameter(plan.events),
    plan.deadline?.id ?? null,
    plan.deadline?.kind ?? null,
    plan.deadline?.party ?? null,
    plan.deadline?.due_at ?? null,
    plan.deadline?.data ?? null,
    auditEntriesParameter(db, now, audit),
  ];
}

/** Writes the effects of a planned removal inside the caller's transaction (audit: none, or the caller's). */
export async function writeRemovalEffects(
  trx: Database,
  plan: RemovalPlan,
  now: Date,
  audit: readonly AuditEntry[],
): Promise<void> {
  await writeEffects.run(trx, effectParameters(trx, plan, now, audit));
}

/** The decision and its removal as one statement; false when it moved nothing (see above). */
export async function decideAndWriteRemoval(
  db: Database,
  plan: RemovalPlan,
  decision: { now: Date; decidedBy: string | null; reasonCode: string; reasonText: string },
  audit: readonly AuditEntry[],
): Promise<boolean> {
  const row = await decideAndRemove.first(db, [
    ...effectParameters(db, plan, decision.now, audit),
    decision.decidedBy,
    decision.reasonCode,
    decision.reasonText,
    plan.listingVersion,
  ]);
  return (row?.moved ?? 0) > 0;
}
