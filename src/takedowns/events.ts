import { defineEvent } from '../events/index.ts';

/** What takedowns announce. Both reach the marketplace as signed webhooks. */
export const LISTING_REMOVED = defineEvent({
  type: 'listing.removed',
  subjectType: 'listing',
  description:
    'A listing was taken down: on a notice, proactively, or after an appeal. Carries the decision and the path of its statement of reasons.',
  webhook: true,
});

export const LISTING_REINSTATED = defineEvent({
  type: 'listing.reinstated',
  subjectType: 'listing',
  description:
    'A removed listing is active again: a counter-notice, a withdrawal or an appeal lifted the last removal holding it.',
  webhook: true,
});
