import type { Database } from '../db/database.ts';
import type { OutcomeKind } from '../db/schema.ts';
import '../decisions/decision.table.ts';

/** All SQL of outcomes, item parties and notifications. */

export type { ItemContext } from '../items/index.ts';

export async function insertOutcome(
  trx: Database,
  row: {
    id: string;
    item_id: string;
    kind: OutcomeKind;
    cause: string;
    counter_notice_id: string | null;
    appeal_id: string | null;
    principal_org_id: string;
    filer_org_id: string;
    seller_org_id: string | null;
    original_reason_code: string | null;
    reason_code: string | null;
    reason_text: string;
    counter_notice_succeeded: boolean;
    listing_restored: boolean;
    decided_by: string | null;
    decision_id: string | null;
    created_at: Date;
  },
) {
  await trx.insertInto('outcomes').values(row).execute();
}

export async function outcomesOfItem(db: Database, itemId: string) {
  return db
    .selectFrom('outcomes')
    .leftJoin('decisions', 'decisions.id', 'outcomes.decision_id')
    .selectAll('outcomes')
    .select('decisions.statement')
    .where('outcomes.item_id', '=', itemId)
    .orderBy('outcomes.created_at')
    .execute();
}

export async function latestOutcome(db: Database, itemId: string) {
  return db
    .selectFrom('outcomes')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function openItemsOfNotice(trx: Database, noticeId: string) {
  return trx
    .selectFrom('notice_items')
    .select(['id', 'state'])
    .where('notice_id', '=', noticeId)
    .where('state', 'in', ['pending', 'info_requested', 'removed'])
    .orderBy('position')
    .execute();
}

export async function noticeParties(db: Database, noticeId: string) {
  return db
    .selectFrom('notices')
    .select(['id', 'principal_org_id', 'filer_org_id'])
    .where('id', '=', noticeId)
    .executeTakeFirst();
}
