import { Type } from 'typebox';
import { IsoDateTime, literals, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';

/** To the custodian's organisation: goods were handed over to it for inspection. */
export const TEST_BUY_HANDED_OVER = defineNotification({
  kind: 'test_buy.handed_over',
  description:
    'To the receiving custodian (an inspection agency or the brand): goods of a test buy to inspect',
  body: Type.Object(
    { testBuyId: Uuid, casePath: Type.String(), at: IsoDateTime },
    { additionalProperties: false },
  ),
});

/** To the seller: a test buy of its listing was decided a violation, with the statement of reasons. */
export const TEST_BUY_VIOLATION = defineNotification({
  kind: 'test_buy.violation',
  description:
    'To the seller: a test buy found its goods counterfeit or inferior; the listing is down, the statement explains why and how to appeal',
  body: Type.Object(
    {
      testBuyId: Uuid,
      listingId: Uuid,
      result: literals(['counterfeit', 'inferior']),
      decisionId: Uuid,
      statementPath: Type.String(),
      outcomePath: Type.String(),
    },
    { additionalProperties: false },
  ),
});

/** To the brand that asked for the test buy: its outcome. */
export const TEST_BUY_OUTCOME = defineNotification({
  kind: 'test_buy.outcome',
  description: 'To the brand that requested a test buy: the result',
  body: Type.Object(
    {
      testBuyId: Uuid,
      listingId: Uuid,
      result: literals(['genuine', 'counterfeit', 'inferior']),
      outcomePath: Type.String(),
    },
    { additionalProperties: false },
  ),
});
