import { type Duration, describeDuration } from '../clocks/index.ts';
import { DEADLINE_ACTOR, escalation, moot, registerDeadlineKind } from '../deadlines/index.ts';
import { itemContext } from '../items/index.ts';
import { reinstateOnCounterNotice, sendToReview } from './counter-notice.decisions.ts';
import { lockById as lockCounterNotice } from './counter-notice.repository.ts';

/** The clocks of the counter-notice procedure, registered with the deadline worker. */

registerDeadlineKind({
  kind: 'counter_notice_window',
  action: 'the seller may file a counter-notice until the window closes',
  async fire(trx, deadline) {
    const ctx = deadline.itemId ? await itemContext(trx, deadline.itemId) : undefined;
    if (!ctx || ctx.state !== 'removed') return moot(`item is ${ctx?.state ?? 'gone'}`);
    return {
      result: 'window_closed',
      audit: [
        {
          actor: DEADLINE_ACTOR,
          action: 'counter_notice.window_closed',
          entityType: 'notice_item',
          entityId: ctx.id,
          data: { deadlineId: deadline.id, dueAt: deadline.dueAt.toISOString() },
        },
      ],
    };
  },
});

/** Put-back and the rights holder's answer: silence reinstates, or sends the case to a reviewer. */
for (const kind of ['putback', 'rights_holder_response'] as const) {
  registerDeadlineKind({
    kind,
    action:
      kind === 'putback'
        ? 'the rights holder must show a filed court action, or the listing is reinstated'
        : 'the rights holder answers the counter-notice with its evidence',
    async fire(trx, deadline, now) {
      const cn = deadline.subjectId ? await lockCounterNotice(trx, deadline.subjectId) : undefined;
      if (!cn || cn.status !== 'open') return moot(`counter-notice is ${cn?.status ?? 'gone'}`);
      const window = deadline.data.window as Duration | undefined;
      const period = window ? ` (${describeDuration(window)})` : '';
      if (kind === 'putback' || deadline.data.onSilence === 'reinstate') {
        const audit = await reinstateOnCounterNotice(trx, cn, {
          cause: kind === 'putback' ? 'putback_elapsed' : 'no_response',
          reasonCode: null,
          reasonText:
            kind === 'putback'
              ? `The put-back period${period} ended without proof that the rights holder filed a court action.`
              : `The rights holder did not answer the counter-notice within its time${period}.`,
          decidedByUserId: null,
          decidedBy: 'system',
          actorLabel: DEADLINE_ACTOR,
          now,
        });
        return audit.length > 0 ? { result: 'reinstated', audit } : moot('counter-notice already closed');
      }
      const ctx = deadline.itemId ? await itemContext(trx, deadline.itemId) : undefined;
      if (!ctx) return moot('item gone');
      return {
        result: 'to_review',
        audit: await sendToReview(
          trx,
          cn,
          ctx,
          DEADLINE_ACTOR,
          now,
          `the rights holder's time to add evidence${period} ended`,
        ),
      };
    },
  });
}

registerDeadlineKind({
  kind: 'review_decision',
  action: 'a reviewer decides the counter-notice',
  escalates: true,
  async fire(trx, deadline) {
    const cn = deadline.subjectId ? await lockCounterNotice(trx, deadline.subjectId) : undefined;
    if (!cn || (cn.status !== 'open' && cn.status !== 'awaiting_review')) return moot('already decided');
    return escalation(deadline);
  },
});
