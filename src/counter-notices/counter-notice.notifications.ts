import { Type } from 'typebox';
import { IsoDateTime, literals, Nullable, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';

/** What the parties of a counter-notice are told. */
export const COUNTER_NOTICE_FILED = defineNotification({
  kind: 'counter_notice.filed',
  description: 'To the notifier side: the seller counter-notified; answer by the deadline',
  body: Type.Object(
    {
      counterNoticeId: Uuid,
      itemId: Uuid,
      procedure: literals(['statutory_putback', 'respond_or_restore', 'evidence_review'] as const),
      answerBy: IsoDateTime,
      path: Type.String({ description: 'Where the counter-notice is read' }),
      summary: Type.String(),
    },
    { additionalProperties: false },
  ),
});

export const COUNTER_NOTICE_ANSWERED = defineNotification({
  kind: 'counter_notice.answered',
  description:
    'To the seller: the notifier side answered the counter-notice (a response, or proof of a court action)',
  body: Type.Object(
    {
      counterNoticeId: Uuid,
      kind: literals(['action_filed', 'response'] as const),
      text: Type.String(),
      caseReference: Nullable(Type.String()),
      path: Type.String({ description: 'Where the counter-notice and its answer are read' }),
    },
    { additionalProperties: false },
  ),
});
