import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, literals, problemResponses, Uuid } from '../http/schemas.ts';
import { StoreAdmissionPolicySchema } from './admission.ts';
import { StoreLinksSchema, TraderSchema } from './trader.schema.ts';
import * as traders from './trader.service.ts';

const RegisteredStore = Type.Object({
  id: Uuid,
  marketplaceId: Uuid,
  externalId: Type.String(),
  name: Type.String(),
  sellerOrgId: Type.Union([Uuid, Type.Null()]),
  status: literals(['active', 'held', 'suspended', 'closed'], {
    description: 'held: linked to a closed or suspended store (policy hold); it lists nothing until admitted',
  }),
});

const AdmissionPolicyVersion = Type.Object({
  key: Type.String(),
  version: Type.Integer({ description: '0: the built-in default (hold everywhere) is in force' }),
  body: StoreAdmissionPolicySchema,
  createdAt: Type.Union([Type.String(), Type.Null()]),
});

export const traderRoutes: RouteModule = (app, { db, config }) => {
  app.post(
    '/v1/marketplaces/:id/stores/batch',
    {
      schema: {
        tags: ['marketplaces'],
        summary:
          'Register or rename up to 1,000 stores with their trader details, all or nothing (the marketplace or an admin)',
        description:
          'Each store is upserted by its external id; with `trader`, its identifiers are replaced by these (stored only as keyed hashes) and it is linked to every store, on any marketplace, sharing one. A store newly linked to a closed or suspended store is held (status `held`, a `store_admission` decision, a `store.held` webhook) or, if the store-admission policy says refuse, the whole batch is refused with 409 naming the linked store and the shared identifier kinds. Malformed identifiers: 400 naming the field and the rule (e164, email, iban-checksum, iban-format, not-empty).',
        params: IdParams,
        body: Type.Object(
          {
            stores: Type.Array(
              Type.Object(
                {
                  externalId: Type.String({ minLength: 1, maxLength: 200 }),
                  name: Type.String({ minLength: 1, maxLength: 300 }),
                  trader: Type.Optional(TraderSchema),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: traders.MAX_STORES_PER_BATCH },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(RegisteredStore) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await traders.registerStores(
        db,
        principalOf(request),
        config.secretKey,
        request.params.id,
        request.body.stores,
        (i) => `/stores/${i}`,
      ),
    }),
  );

  app.get(
    '/v1/stores/:id/links',
    {
      schema: {
        tags: ['marketplaces'],
        summary:
          "A store's linked accounts: its cluster and the evidence of each link (staff; the marketplace and the seller for their own stores)",
        description:
          'Stores sharing a normalised trader identifier are linked, transitively, across marketplaces. Evidence names the kinds of identifier shared and between which stores, never the values. Staff see every store in full; a marketplace key sees its own stores in full, a seller its own; other stores appear only with their id, marketplace and status.',
        params: IdParams,
        response: { 200: StoreLinksSchema, ...problemResponses },
      },
    },
    async (request) => traders.storeLinks(db, principalOf(request), request.params.id),
  );

  app.get(
    '/v1/policies/store-admission',
    {
      schema: {
        tags: ['review'],
        summary: 'The store admission policy in force (operator staff)',
        response: { 200: AdmissionPolicyVersion, ...problemResponses },
      },
    },
    async (request) => traders.admissionPolicy(db, principalOf(request)),
  );

  app.put(
    '/v1/policies/store-admission',
    {
      schema: {
        tags: ['review'],
        summary:
          'Set what happens to stores linked to a closed or suspended store, per marketplace (operator admin)',
        body: StoreAdmissionPolicySchema,
        response: { 200: AdmissionPolicyVersion, ...problemResponses },
      },
    },
    async (request) => traders.setAdmissionPolicy(db, principalOf(request), request.body),
  );
};
