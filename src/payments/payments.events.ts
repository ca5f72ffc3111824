import { Type } from 'typebox';
import { defineEvent, type EventData } from '../events/index.ts';
import { literals, Nullable, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';

const depositData = Type.Object(
  {
    store_id: Uuid,
    store_external_id: Type.String({ description: "The store's id on the marketplace" }),
    currency: Type.String({ description: 'ISO 4217' }),
    amount: Type.Integer({ description: 'Minor units moved by this change' }),
    balance: Type.Integer({ description: 'The deposit after this change, in minor units' }),
    required: Type.Integer({ description: 'The deposit the policy requires of the store' }),
    minimum: Type.Integer({ description: 'Below this the store must top up' }),
    status: literals(['not_required', 'none', 'below_minimum', 'below_required', 'sufficient']),
    movement_id: Uuid,
    decision_id: Nullable(Uuid, { description: 'The decision behind the change (confiscation, return)' }),
  },
  { additionalProperties: false },
);

const deposit = (type: string, description: string) =>
  defineEvent({ type, subjectType: 'store', description, webhook: true, data: depositData });

/** What the marketplace learns of a store's deposit: each reaches it as a signed webhook. */
export const DEPOSIT_TOPPED_UP = deposit(
  'store.deposit_topped_up',
  "The store's deposit was topped up with a payment the marketplace reported.",
);
export const DEPOSIT_CONFISCATED = deposit(
  'store.deposit_confiscated',
  "All or part of the store's deposit was confiscated by a deposit_confiscation decision (statement of reasons at /v1/decisions/{decision_id}).",
);
export const DEPOSIT_RETURNED = deposit(
  'store.deposit_returned',
  'A confiscation was undone (the infringement decision reversed, or the confiscation reversed on appeal): the amount is back in the deposit.',
);
export const DEPOSIT_RELEASED = deposit(
  'store.deposit_released',
  'The deposit of a closed store in good standing was released to the marketplace for the seller after the waiting period.',
);
export const DEPOSIT_RECOVERED = deposit(
  'store.deposit_recovered',
  "Part of the store's deposit paid back the refund-first refund of a buyer's complaint (a recovery claim); returned if the goods prove genuine.",
);
export const DEPOSIT_BELOW_MINIMUM = deposit(
  'store.deposit_below_minimum',
  'The deposit fell below the minimum of the deposits policy: the store must top it up.',
);
export type DepositEventData = EventData<typeof DEPOSIT_TOPPED_UP>;

/** A buyer complaint about an order confirmed counterfeit: for test-buy and referral programs. */
export const BUYER_COMPLAINT_CONFIRMED = defineEvent({
  type: 'buyer_complaint.confirmed',
  subjectType: 'buyer_complaint',
  description:
    "A reviewer confirmed that the goods of a buyer's complaint were counterfeit: evidence against the store (it counts on its record).",
  data: Type.Object(
    { storeId: Uuid, listingId: Uuid, orderId: Uuid, complaintId: Uuid },
    { additionalProperties: false },
  ),
});

/** The seller learns what is taken from or held of its money, with the decision to read. */
export const MONEY_CHANGED = defineNotification({
  kind: 'money.changed',
  description:
    "To the seller: its store's deposit was confiscated or returned, or a recovery claim was decided",
  body: Type.Object(
    {
      storeId: Uuid,
      what: literals(['deposit_confiscated', 'deposit_returned', 'recovery_counterfeit', 'recovery_genuine']),
      amount: Type.Integer(),
      currency: Type.String(),
      decisionId: Nullable(Uuid),
    },
    { additionalProperties: false },
  ),
});
