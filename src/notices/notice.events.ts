import { Type } from 'typebox';
import { defineEvent, type EventData } from '../events/index.ts';
import { literals, Uuid } from '../http/schemas.ts';

/**
 * A notice was filed (not a webhook: marketplaces learn of removals, not of filings). Written in
 * the intake statement itself, so it exists if and only if the notice does; notifier standing
 * counts filings from it.
 */
export const NOTICE_FILED = defineEvent({
  type: 'notice.filed',
  subjectType: 'notice',
  description:
    'A notice was filed, with its brand, the organisation that filed it, its claim and its item count',
  data: Type.Object(
    {
      principalOrgId: Uuid,
      filerOrgId: Uuid,
      infringementType: literals(['counterfeit', 'trademark_misuse', 'patent', 'copyright']),
      items: Type.Integer({ minimum: 1 }),
    },
    { additionalProperties: false },
  ),
});
export type NoticeFiledData = EventData<typeof NOTICE_FILED>;

/**
 * A notice was refused at intake for the submission rules (`INTAKE_RULES`): nothing of it is
 * stored but the refusal, which notifier standing counts as non-conforming at intake.
 */
export const NOTICE_REFUSED = defineEvent({
  type: 'notice.refused',
  subjectType: 'intake_refusal',
  description: 'A notice was refused at intake for not conforming to the submission rules',
  data: Type.Object(
    {
      principalOrgId: Uuid,
      filerOrgId: Uuid,
      infringementType: literals(['counterfeit', 'trademark_misuse', 'patent', 'copyright']),
      items: Type.Integer({ minimum: 0 }),
      rules: Type.Array(Type.String()),
      refusedAt: Type.String({ format: 'date-time' }),
    },
    { additionalProperties: false },
  ),
});
export type NoticeRefusedData = EventData<typeof NOTICE_REFUSED>;
