import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import {
  cancelDeadlines,
  escalation,
  moot,
  registerDeadlineKind,
  scheduleDeadline,
} from '../deadlines/index.ts';
import { AppError } from '../errors/app-error.ts';
import { itemContext } from '../items/index.ts';
import { recordOutcome, reinstateItem } from '../outcomes/index.ts';
import { decideRemoval } from '../takedowns/index.ts';
import { DEFAULT_REMOVAL_REASON } from './review.ts';

/**
 * Provisional takedown (issue 12, point 3): a good-faith notice on a marketplace whose expedited
 * path is `provisional` takes the listing down at filing, through the ordinary removal (snapshot,
 * statement of reasons as a fully automated decision, `listing.removed` webhook, the seller's
 * counter-notice clock). A reviewer then confirms it (the removal stands: a `takedown_upheld`
 * decision, reason `provisional_confirmed`) or reverses it (the listing is reinstated: a
 * `reinstatement` decision and outcome with reason `provisional_reversed`, counted against the
 * notifier) by the SLA. Unreviewed past the SLA, the listing stays down and the item escalates to
 * the supervisor queue (it stays in the reviewer queue, overdue, until someone decides).
 */
declare module '../db/schema.ts' {
  interface DB {
    provisional_takedowns: ProvisionalTakedownsTable;
  }
}

export interface ProvisionalTakedownsTable {
  item_id: string;
  notice_id: string;
  marketplace_id: string;
  due_at: Date;
  status: 'awaiting' | 'confirmed' | 'reversed';
  decided_by: string | null;
  decided_at: Date | null;
  decision_id: string | null;
  created_at: Date;
}

export const PROVISIONAL_REVIEW = 'provisional_review';
export const PROVISIONAL_REASON_CODES = {
  confirmed: 'provisional_confirmed',
  reversed: 'provisional_reversed',
} as const;
const ACTOR = 'system:provisional-takedown';

registerDeadlineKind({
  kind: PROVISIONAL_REVIEW,
  action: 'a reviewer confirms or reverses the provisional takedown',
  escalates: true,
  async fire(trx, deadline) {
    const row = deadline.itemId
      ? await trx
          .selectFrom('provisional_takedowns')
          .select('status')
          .where('item_id', '=', deadline.itemId)
          .executeTakeFirst()
      : undefined;
    if (!row || row.status !== 'awaiting') return moot(`provisional takedown is ${row?.status ?? 'gone'}`);
    // Stays down: nobody decides for the reviewer; the supervisor sees it.
    return escalation(deadline);
  },
});

/**
 * Takes the listings of a notice's provisional items down at once (after the filing committed):
 * first the provisional record and the reviewer's deadline, then each removal through the ordinary
 * path. Should the process stop in between, an item stays pending with its record, and the
 * reviewer decides it as any other item (the confirm action then answers 409).
 */
export async function startProvisionalTakedowns(
  db: Database,
  input: {
    noticeId: string;
    items: readonly { itemId: string; dueAt: Date }[];
    policyVersion: number;
    now: Date;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const listings = await trx
      .selectFrom('notice_items as i')
      .innerJoin('listings as l', 'l.id', 'i.listing_id')
      .select(['i.id', 'l.marketplace_id'])
      .where(
        'i.id',
        'in',
        input.items.map((i) => i.itemId),
      )
      .execute();
    const marketOf = new Map(listings.map((l) => [l.id, l.marketplace_id]));
    await trx
      .insertInto('provisional_takedowns')
      .values(
        input.items.map((i) => ({
          item_id: i.itemId,
          notice_id: input.noticeId,
          marketplace_id: marketOf.get(i.itemId) as string,
          due_at: i.dueAt,
          status: 'awaiting' as const,
          decided_by: null,
          decided_at: null,
          decision_id: null,
          created_at: input.now,
        })),
      )
      .execute();
    const audit: AuditEntry[] = [];
    for (const item of input.items) {
      const scheduled = await scheduleDeadline(trx, {
        itemId: item.itemId,
        kind: PROVISIONAL_REVIEW,
        party: 'reviewer',
        dueAt: item.dueAt,
        now: input.now,
        actorLabel: ACTOR,
        data: { expeditedPolicyVersion: input.policyVersion },
      });
      audit.push(scheduled.audit);
    }
    await appendAudit(trx, audit);
  });
  for (const item of input.items) {
    const due = item.dueAt.toISOString();
    await decideRemoval(db, {
      itemId: item.itemId,
      decidedByUserId: null,
      actorLabel: ACTOR,
      reasonText: `Taken down provisionally at filing: the notice was filed in good faith by a member of the Good Faith Program, and this marketplace takes such notices down at once. A reviewer confirms or reverses the takedown by ${due}.`,
      automated: { detection: false, decision: true },
      reasonCodeFor: (type) => DEFAULT_REMOVAL_REASON[type],
      decisionAudit: (reasonCode) => ({
        actor: ACTOR,
        action: 'item.removed_provisionally',
        entityType: 'notice_item',
        entityId: item.itemId,
        data: { reasonCode, confirmBy: due, expeditedPolicyVersion: input.policyVersion },
      }),
    });
  }
}

export interface ProvisionalView {
  status: 'awaiting' | 'confirmed' | 'reversed';
  dueAt: string;
  decidedAt: string | null;
  decisionId: string | null;
}

export async function provisionalOf(db: Database, itemId: string): Promise<ProvisionalView | null> {
  const row = await db
    .selectFrom('provisional_takedowns')
    .selectAll()
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row
    ? {
        status: row.status,
        dueAt: row.due_at.toISOString(),
        decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
        decisionId: row.decision_id,
      }
    : null;
}

/**
 * A reviewer confirms or reverses a provisional takedown. The conditional update of the record
 * decides: of two reviewers, one wins and the other gets 409.
 */
export async function decideProvisional(
  db: Database,
  actor: Principal,
  itemId: string,
  input: { decision: 'confirm' | 'reverse'; reasonText: string },
): Promise<ProvisionalView> {
  if (!(actor.orgKind === 'operator' && (actor.roles.has('reviewer') || actor.roles.has('admin'))))
    throw AppError.forbidden('Only operator reviewers confirm or reverse provisional takedowns');
  if (input.reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'the decision needs a reason the parties can read');
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const status = input.decision === 'confirm' ? 'confirmed' : 'reversed';
    const claimed = await trx
      .updateTable('provisional_takedowns')
      .set({ status, decided_by: actor.userId, decided_at: now })
      .where('item_id', '=', itemId)
      .where('status', '=', 'awaiting')
      .returningAll()
      .executeTakeFirst();
    if (!claimed) {
      const existing = await provisionalOf(trx, itemId);
      if (!existing) throw AppError.notFound('Provisional takedown');
      throw new AppError('ALREADY_DECIDED', `The provisional takedown was already ${existing.status}`, {
        extra: { rule: 'provisional-decided', state: existing.status },
      });
    }
    const ctx = await itemContext(trx, itemId);
    if (!ctx || ctx.state !== 'removed')
      throw new AppError(
        'ALREADY_DECIDED',
        `The item is ${ctx?.state ?? 'gone'}: only a listing still down on the provisional takedown can be confirmed or reversed`,
        { extra: { rule: 'provisional-removed', state: ctx?.state ?? 'gone' } },
      );
    const audit: AuditEntry[] = [];
    let decisionId: string;
    if (input.decision === 'confirm') {
      const outcome = await recordOutcome(trx, ctx, {
        kind: 'upheld',
        cause: 'provisional_confirmed',
        reasonCode: PROVISIONAL_REASON_CODES.confirmed,
        reasonText: input.reasonText,
        decidedByUserId: actor.userId,
        decidedBy: 'reviewer',
        actorLabel: actor.label,
        now,
        counterNoticeSucceeded: false,
        listingRestored: false,
        appealable: true,
      });
      decisionId = outcome.id;
      audit.push(...outcome.audit);
    } else {
      const reinstated = await reinstateItem(trx, itemId, {
        kind: 'reinstated',
        itemState: 'reinstated',
        cause: 'provisional_reversed',
        reasonCode: PROVISIONAL_REASON_CODES.reversed,
        reasonText: input.reasonText,
        decidedByUserId: actor.userId,
        decidedBy: 'reviewer',
        actorLabel: actor.label,
        now,
        counterNoticeSucceeded: false,
      });
      if (!reinstated) throw new AppError('ALREADY_DECIDED', 'The item is no longer removed');
      const outcome = reinstated.find((a) => a.action === 'outcome.reinstated');
      decisionId = (outcome?.data as { outcomeId?: string } | undefined)?.outcomeId ?? '';
      audit.push(...reinstated);
    }
    await trx
      .updateTable('provisional_takedowns')
      .set({ decision_id: decisionId || null })
      .where('item_id', '=', itemId)
      .execute();
    audit.push(
      ...(await cancelDeadlines(trx, {
        itemId,
        now,
        actorLabel: actor.label,
        kinds: [PROVISIONAL_REVIEW],
        reason: `provisional takedown ${status}`,
      })),
      {
        actor: actor.label,
        action: `provisional_takedown.${status}`,
        entityType: 'notice_item',
        entityId: itemId,
        data: { decisionId, reasonText: input.reasonText, dueAt: claimed.due_at.toISOString() },
      },
    );
    await appendAudit(trx, audit);
    return {
      status,
      dueAt: claimed.due_at.toISOString(),
      decidedAt: now.toISOString(),
      decisionId: decisionId || null,
    };
  });
}
