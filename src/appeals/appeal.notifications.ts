import { Type } from 'typebox';
import { DecisionKindSchema } from '../decisions/index.ts';
import { IsoDateTime, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';

/** The other side of a decision learns that it was appealed. */
export const APPEAL_FILED = defineNotification({
  kind: 'appeal.filed',
  description: 'To the other side of a decision: it was appealed; a reviewer decides by the date given',
  body: Type.Object(
    {
      appealId: Uuid,
      decisionId: Uuid,
      decisionKind: DecisionKindSchema,
      grounds: Type.String(),
      decideBy: IsoDateTime,
    },
    { additionalProperties: false },
  ),
});
