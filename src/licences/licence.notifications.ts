import { Type } from 'typebox';
import { IsoDate, IsoDateTime, literals, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';

const licenceFields = {
  licenceId: Uuid,
  storeId: Uuid,
  category: Type.String(),
  categoryName: Type.String(),
  jurisdiction: Type.String(),
};

/** To the seller: a reviewer verified or refused its licence (with the decision to read or appeal). */
export const LICENCE_DECIDED = defineNotification({
  kind: 'licence.decided',
  description: 'To the seller: its licence was verified or refused (a refusal can be appealed)',
  body: Type.Object(
    { ...licenceFields, result: literals(['verified', 'refused'] as const), decisionId: Uuid },
    { additionalProperties: false },
  ),
});

/** To the seller: a verified licence lapses soon (the policy's warning days ahead). */
export const LICENCE_EXPIRING = defineNotification({
  kind: 'licence.expiring',
  description: 'To the seller: a licence lapses soon; upload a renewal so its listings stay up',
  body: Type.Object(
    { ...licenceFields, validUntil: IsoDate, lapsesAt: IsoDateTime },
    { additionalProperties: false },
  ),
});

/** To the seller: a licence lapsed and the listings it covered were restricted. */
export const LICENCE_LAPSED = defineNotification({
  kind: 'licence.lapsed',
  description: 'To the seller: a licence lapsed; its listings in that category were restricted',
  body: Type.Object(
    { ...licenceFields, validUntil: IsoDate, restrictedListings: Type.Integer({ minimum: 0 }) },
    { additionalProperties: false },
  ),
});
