import { Type } from 'typebox';
import type { OutcomeKind } from '../db/schema.ts';
import { StatementBodySchema } from '../decisions/index.ts';
import { Uuid } from '../http/schemas.ts';
import { defineNotification, type NotificationDefinition } from '../notifications/index.ts';

/** An outcome that decided nothing (a withdrawal of an item never removed) is told in brief. */
const OutcomeInBrief = Type.Object(
  {
    kind: Type.String({ description: 'The outcome kind' }),
    cause: Type.String(),
    summary: Type.String(),
    itemId: Uuid,
    noticeId: Uuid,
  },
  { additionalProperties: false },
);

const body = Type.Union([StatementBodySchema, OutcomeInBrief], {
  description: 'The statement of reasons of the decision, or the outcome in brief when nothing was decided',
});

const DESCRIPTIONS: Record<OutcomeKind, string> = {
  reinstated:
    'To every party: the listing was reinstated (counter-notice upheld, no answer, or court action)',
  upheld: 'To every party: the takedown stays after a counter-notice',
  withdrawn: 'To every party: the notifier withdrew the item',
  appeal_upheld: 'To every party: an appeal was decided and the decision stands',
  appeal_reversed: 'To every party: an appeal was decided and the decision was reversed',
};

/** One notification kind per outcome kind: `outcome.<kind>`. */
export const OUTCOME_NOTIFICATIONS = Object.fromEntries(
  (Object.keys(DESCRIPTIONS) as OutcomeKind[]).map((kind) => [
    kind,
    defineNotification({ kind: `outcome.${kind}`, description: DESCRIPTIONS[kind], body }),
  ]),
) as Record<OutcomeKind, NotificationDefinition<typeof body>>;
