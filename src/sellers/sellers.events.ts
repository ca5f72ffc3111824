import { Type } from 'typebox';
import { defineEvent, type EventData } from '../events/index.ts';
import { IsoDateTime, literals, Nullable, Uuid } from '../http/schemas.ts';
import { defineNotification } from '../notifications/index.ts';
import { SANCTION_LEVELS } from './sellers.ts';

const storeFields = {
  store_id: Uuid,
  store_external_id: Type.String({ description: "The store's id on the marketplace" }),
  status: literals(['active', 'held', 'suspended', 'closed'], {
    description: "The store's status after this change",
  }),
  sanction_id: Uuid,
  sanction: literals([...SANCTION_LEVELS]),
  decision_id: Uuid,
  statement_path: Type.String({
    description: 'Where the statement of reasons is read (GET with the API key)',
  }),
};

const sanctionData = Type.Object(
  {
    ...storeFields,
    strikes: Type.Integer({ description: 'Strikes in force when the sanction was imposed' }),
    balance: Type.Integer({ description: "Points left in the store's yearly allotment" }),
    education_required: Type.Boolean({
      description: 'The seller must acknowledge the education module before listing again',
    }),
    listing_limit: Nullable(Type.Integer({ description: 'Active listings allowed, for a listing limit' })),
    ends_at: Nullable(IsoDateTime, { description: 'When a suspension ends' }),
  },
  { additionalProperties: false },
);

/** What seller accountability tells the marketplace: each reaches it as a signed webhook. */
export const STORE_WARNED = defineEvent({
  type: 'store.warned',
  subjectType: 'store',
  description:
    'The store was warned (and, when education_required, may list nothing new until its seller acknowledges the education module) or its active listings were capped (sanction listing_limit).',
  webhook: true,
  data: sanctionData,
});
export const STORE_SUSPENDED = defineEvent({
  type: 'store.suspended',
  subjectType: 'store',
  description:
    'The store is suspended until ends_at: it lists nothing new; its existing listings stay unless removed.',
  webhook: true,
  data: sanctionData,
});
export const STORE_CLOSED = defineEvent({
  type: 'store.closed',
  subjectType: 'store',
  description:
    'The store is closed: every active listing of it is taken down (each with its own listing.removed and statement), and it lists nothing new.',
  webhook: true,
  data: sanctionData,
});
export const STORE_RESTORED = defineEvent({
  type: 'store.restored',
  subjectType: 'store',
  description:
    'A sanction on the store ended: served, lifted because the decisions it rested on were reversed, or reversed on appeal. `status` is what the store may do now; listings a closure took down come back with listing.reinstated.',
  webhook: true,
  data: Type.Object(
    {
      ...storeFields,
      cause: literals(['suspension_served', 'basis_reversed', 'appeal', 'operator'], {
        description: 'Why it ended',
      }),
    },
    { additionalProperties: false },
  ),
});
export type StoreSanctionData = EventData<typeof STORE_WARNED>;
export type StoreRestoredData = EventData<typeof STORE_RESTORED>;

/** The seller learns of each sanction and of its end, with the decision to read. */
export const STORE_SANCTIONED = defineNotification({
  kind: 'store.sanctioned',
  description: "To the seller: a sanction on one of its stores, with the decision's statement of reasons",
  body: Type.Object(
    {
      storeId: Uuid,
      storeName: Type.String(),
      sanction: literals([...SANCTION_LEVELS]),
      decisionId: Uuid,
      strikes: Type.Integer(),
      balance: Type.Integer(),
      educationRequired: Type.Boolean(),
      endsAt: Nullable(IsoDateTime),
    },
    { additionalProperties: false },
  ),
});
export const STORE_SANCTION_LIFTED = defineNotification({
  kind: 'store.sanction_lifted',
  description: 'To the seller: a sanction on one of its stores ended, and why',
  body: Type.Object(
    {
      storeId: Uuid,
      storeName: Type.String(),
      sanction: literals([...SANCTION_LEVELS]),
      decisionId: Uuid,
      cause: Type.String(),
    },
    { additionalProperties: false },
  ),
});
