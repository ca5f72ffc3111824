import { registerTimelineSource } from '../timeline/sources.ts';
import { decisionsOfItem } from './decision.service.ts';
import type { DecisionKind } from './statement.schema.ts';
import { describeCause } from './statement.ts';

const TITLES: Record<DecisionKind, string> = {
  notice_removal: 'Listing removed; statement of reasons issued to the seller',
  notice_rejection: 'Notice rejected; statement of reasons issued',
  proactive_removal: 'Listing removed by proactive detection',
  reinstatement: 'Listing reinstated',
  takedown_upheld: 'Takedown upheld after the counter-notice',
  appeal_upheld: 'Appeal rejected: the decision stands',
  appeal_reversed: 'Appeal granted: the decision is reversed',
  store_sanction: 'Store sanctioned',
  store_restoration: 'Store sanction lifted',
  store_admission: 'Store registration decided',
  licence_verification: 'Licence decided',
  licence_restriction: 'Listing restricted for a missing or lapsed licence',
  notifier_sanction: 'Notifier sanctioned for misuse of the notice system',
  notifier_restoration: 'Notifier sanction ended',
  notifier_admission: 'Notifier admitted to the Good Faith Program',
  notifier_removal: 'Notifier removed from the Good Faith Program',
  test_buy_violation: 'Listing removed: a test buy found the goods counterfeit or inferior',
  deposit_confiscation: 'Store deposit confiscated',
  recovery_decision: 'Recovery claim for a buyer refund decided',
};

/** Every decision about the item, with its reasons and a link to its statement. */
registerTimelineSource(
  'decisions',
  async (db, itemId) =>
    (await decisionsOfItem(db, itemId)).map((d) => {
      const cause =
        d.statement.restriction.kind === 'no_change' ? ' (another notice still keeps it down)' : '';
      const why = d.cause ? `: ${describeCause(d.cause)}` : '';
      return {
        at: d.decidedAt,
        kind: `decision.${d.kind}`,
        by: d.statement.decidedBy.kind,
        title: `${TITLES[d.kind]}${d.reasonCode ? ` (${d.reasonCode})` : ''}${why}${cause}`,
        facts: {
          decision: d.kind,
          ...(d.reasonCode ? { reasonCode: d.reasonCode } : {}),
          ...(d.cause ? { cause: d.cause } : {}),
          ...(cause ? { stillDown: true } : {}),
        },
        reasons: d.reasonText,
        ref: { type: 'decision', id: d.id },
      };
    }),
  Object.keys(TITLES).map((kind) => `decision.${kind}`),
);
