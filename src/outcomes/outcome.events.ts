import { Type } from 'typebox';
import { OUTCOME_KINDS } from '../db/schema.ts';
import { defineEvent, type EventData } from '../events/index.ts';
import { literals, Nullable, Uuid } from '../http/schemas.ts';

/**
 * An outcome was recorded on an item (not a webhook: the listing's own events tell marketplaces).
 * Written with the outcome row, including outcomes that decide nothing (a withdrawal of a pending
 * item), so followers such as notifier standing see every one.
 */
export const OUTCOME_RECORDED = defineEvent({
  type: 'outcome.recorded',
  subjectType: 'outcome',
  description:
    'An outcome of a notice item (reinstated, upheld, withdrawn, appeal upheld or reversed) was recorded',
  data: Type.Object(
    {
      kind: literals(OUTCOME_KINDS),
      itemId: Uuid,
      counterNoticeSucceeded: Type.Boolean(),
      decisionId: Nullable(Uuid),
    },
    { additionalProperties: false },
  ),
});
export type OutcomeRecordedData = EventData<typeof OUTCOME_RECORDED>;
