import { Type } from 'typebox';
import { IsoDateTime, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';

/** A reviewer asked the notifier side for information about an item. */
export const ITEM_INFO_REQUESTED = defineNotification({
  kind: 'item.info_requested',
  description: 'To the notifier side: a reviewer asks for information; answer by the deadline',
  body: Type.Object(
    {
      itemId: Uuid,
      noticeId: Uuid,
      question: Type.String(),
      answerBy: IsoDateTime,
      onSilence: Type.String({ description: 'What happens without an answer' }),
    },
    { additionalProperties: false },
  ),
});
