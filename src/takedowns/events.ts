import { Type } from 'typebox';
import { defineEvent, type EventData } from '../events/index.ts';
import { literals, Nullable, Uuid } from '../http/schemas.ts';

/** The listing an event is about, as the marketplace knows it. */
const listingFields = {
  marketplace_listing_id: Type.String({ description: "The listing's id on the marketplace" }),
  listing_id: Uuid,
  listing_version: Type.Integer({ description: "The listing's version after this change" }),
  store_external_id: Nullable(Type.String({ description: "The store's id on the marketplace" })),
  source: literals(['notice', 'proactive_detection', 'store_closure', 'licence', 'test_buy'], {
    description:
      "What the removal came from: a notice, proactive detection, the store's closure, a missing or lapsed market-access licence, or a test buy that found the goods counterfeit or inferior",
  }),
  notice_id: Nullable(Uuid),
  item_id: Nullable(Uuid),
  statement_path: Type.String({
    description: 'Where the marketplace reads the statement of reasons (GET with its API key)',
  }),
};

/** What takedowns announce. Both reach the marketplace as signed webhooks. */
export const LISTING_REMOVED = defineEvent({
  type: 'listing.removed',
  subjectType: 'listing',
  description:
    'A listing was taken down: on a notice, proactively, or after an appeal. Carries the decision and the path of its statement of reasons.',
  webhook: true,
  data: Type.Object(
    {
      ...listingFields,
      case_id: Nullable(Uuid, { description: 'The detection case, for a proactive removal' }),
      decision_id: Uuid,
      statement_id: Uuid,
      automated_decision: Type.Boolean({ description: 'Whether automation decided it (DSA Art 17(3)(c))' }),
      reason: Type.Object(
        { code: Nullable(Type.String()), text: Type.String() },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
});
export type ListingRemovedData = EventData<typeof LISTING_REMOVED>;

export const LISTING_REINSTATED = defineEvent({
  type: 'listing.reinstated',
  subjectType: 'listing',
  description:
    'A removed listing is active again: a counter-notice, a withdrawal or an appeal lifted the last removal holding it.',
  webhook: true,
  data: Type.Object(
    {
      ...listingFields,
      outcome_id: Uuid,
      decision_id: Uuid,
      appealed_decision_id: Nullable(Uuid, {
        description: 'The appealed decision, when an appeal reversed it',
      }),
      cause: Type.String({ description: 'Why: no_response, counter_notice_upheld, withdrawn, appeal, ...' }),
      reason: Type.Object({ text: Type.String() }, { additionalProperties: false }),
    },
    { additionalProperties: false },
  ),
});
export type ListingReinstatedData = EventData<typeof LISTING_REINSTATED>;
