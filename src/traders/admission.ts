import { Type } from 'typebox';
import { defineEvent, type EventData } from '../events/index.ts';
import { literals, Uuid } from '../http/schemas.ts';
import { definePolicy } from '../policies/index.ts';
import { type IdentifierKind, KIND_WORDS } from './trader.ts';

/**
 * Admission at registration: a store (new, or updated with new trader details) that comes to be
 * linked to a closed or suspended store is refused or held, by policy per marketplace. This file
 * holds the policy, the webhook events and the pure wording; admission.service.ts applies them.
 */
export type AdmissionAction = 'refuse' | 'hold';

export interface StoreAdmissionPolicy {
  /** For marketplaces not named below. */
  default: AdmissionAction;
  /** Per marketplace id. */
  marketplaces: Record<string, AdmissionAction>;
}

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'store-admission': StoreAdmissionPolicy;
  }
}

const Action = literals(['refuse', 'hold'], {
  description:
    'refuse: the registration is refused (409) naming the linked store and the shared identifier kinds, nothing stored; hold: the store is stored as held, with a decision the seller can appeal',
});

export const StoreAdmissionPolicySchema = Type.Object(
  {
    default: Action,
    marketplaces: Type.Record(
      Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
      Action,
      { additionalProperties: false, maxProperties: 1000 },
    ),
  },
  {
    additionalProperties: false,
    title: 'StoreAdmissionPolicy',
    description: 'What happens to a store linked to a closed or suspended store, per marketplace',
  },
);

export const STORE_ADMISSION_POLICY = definePolicy<StoreAdmissionPolicy>({
  key: 'store-admission',
  description:
    'Stores linked (shared trader identifiers) to a closed or suspended store: refused or held at registration, per marketplace',
  schema: StoreAdmissionPolicySchema,
  defaultValue: { default: 'hold', marketplaces: {} },
  readableBy: 'operator_staff',
});

export function admissionAction(policy: StoreAdmissionPolicy, marketplaceId: string): AdmissionAction {
  return policy.marketplaces[marketplaceId] ?? policy.default;
}

const storeFields = {
  store_id: Uuid,
  store_external_id: Type.String({ description: "The store's id on the marketplace" }),
  decision_id: Uuid,
  statement_path: Type.String({
    description: 'Where the marketplace reads the statement of reasons (GET with its API key)',
  }),
};

export const STORE_HELD = defineEvent({
  type: 'store.held',
  subjectType: 'store',
  description:
    'A store was held at registration: its trader details link it to a closed or suspended store. It lists nothing until a reviewer admits it on appeal.',
  webhook: true,
  data: Type.Object(
    {
      ...storeFields,
      shared_identifier_kinds: Type.Array(
        literals([
          'legal_name',
          'registration_number',
          'address',
          'phone',
          'email',
          'payout_account',
          'fingerprint',
        ]),
        { description: 'Which kinds of identifier link the store to the barred one (never the values)' },
      ),
      reason: Type.Object({ text: Type.String() }, { additionalProperties: false }),
    },
    { additionalProperties: false },
  ),
});
export type StoreHeldData = EventData<typeof STORE_HELD>;

export const STORE_ADMITTED = defineEvent({
  type: 'store.admitted',
  subjectType: 'store',
  description: 'A held store was admitted: an appeal reversed the hold. It lists again.',
  webhook: true,
  data: Type.Object(
    {
      ...storeFields,
      appealed_decision_id: Uuid,
      reason: Type.Object({ text: Type.String() }, { additionalProperties: false }),
    },
    { additionalProperties: false },
  ),
});
export type StoreAdmittedData = EventData<typeof STORE_ADMITTED>;

/** One step of the chain from a store to the barred store: the next store and what they share. */
export interface LinkStep {
  storeId: string;
  marketplaceName: string;
  kinds: IdentifierKind[];
}

export interface BarredLink {
  barred: { id: string; marketplaceName: string; status: 'closed' | 'suspended' };
  /** From the store to the barred one (the last step is the barred store). */
  path: LinkStep[];
}

/** Every kind shared along the chain, in a fixed order. */
export function kindsOf(link: BarredLink): IdentifierKind[] {
  const kinds = new Set(link.path.flatMap((s) => s.kinds));
  return (Object.keys(KIND_WORDS) as IdentifierKind[]).filter((k) => kinds.has(k));
}

function words(kinds: readonly IdentifierKind[]): string {
  const w = kinds.map((k) => KIND_WORDS[k]);
  return w.length <= 1 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} and ${w[w.length - 1]}`;
}

/**
 * The link in words, for the statement of reasons and the refusal: which store, where, in what
 * state, and which kinds of identifier join them (never their values, never another seller's
 * store name).
 */
export function describeLink(link: BarredLink): string {
  let who = 'This store';
  const parts = link.path.map((step) => {
    const part = `${who} shares its ${words(step.kinds)} with store ${step.storeId} on ${step.marketplaceName}`;
    who = `store ${step.storeId}`;
    return part;
  });
  return `${parts.join('; ')}, which is ${link.barred.status}.`;
}

/** The registration's refusal for one store (policy refuse): what the 409 names. */
export function refusalDetail(link: BarredLink): string {
  return `${describeLink(link)} The marketplace's admission policy refuses such stores.`;
}
