import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, literals, Nullable, Page, problemResponses, Uuid } from '../http/schemas.ts';
import { referralSigningKey } from './archive.ts';
import * as referrals from './referral.service.ts';
import { REFERRAL_STATUSES } from './referral.ts';

const tags = ['referrals'];
const Status = literals([...REFERRAL_STATUSES], {
  description: 'open (drafted), referred (sent to the agency), investigating, closed',
});
const Figure = Type.Object(
  { value: Type.Number(), threshold: Nullable(Type.Number()), met: Type.Boolean() },
  { additionalProperties: false },
);
const Money = Type.Object(
  {
    amountMinor: Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000, description: 'Minor units' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  },
  { additionalProperties: false },
);

export const ReferralSchema = Type.Object(
  {
    id: Uuid,
    testBuyId: Nullable(Uuid),
    store: Type.Object(
      { id: Uuid, name: Type.String(), externalId: Type.String() },
      { additionalProperties: false },
    ),
    seller: Nullable(Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false })),
    marketplace: Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }),
    jurisdiction: Type.String(),
    criteria: Type.Object(
      { valueMinor: Figure, units: Figure, strikes: Figure, linkedStores: Figure, manual: Type.Boolean() },
      {
        additionalProperties: false,
        description: 'The seriousness criteria measured when the case was opened',
      },
    ),
    openedBy: Type.String(),
    agency: Nullable(Type.String()),
    referenceNumber: Nullable(Type.String()),
    status: Status,
    arrests: Nullable(Type.Integer()),
    valueSeized: Nullable(Money),
    version: Type.Integer(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    closedAt: Nullable(IsoDateTime),
  },
  { additionalProperties: false, title: 'ReferralCase' },
);

const ReferralDetail = Type.Object(
  {
    ...ReferralSchema.properties,
    sections: Type.Array(
      Type.Object({ name: Type.String(), title: Type.String() }, { additionalProperties: false }),
    ),
    exports: Type.Array(
      Type.Object(
        {
          id: Uuid,
          archiveSha256: Type.String(),
          manifestSha256: Type.String(),
          keyId: Type.String(),
          files: Type.Integer(),
          exportedBy: Type.String(),
          exportedAt: IsoDateTime,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'ReferralCaseDetail' },
);

export const referralRoutes: RouteModule = (app, { db, config }) => {
  const signingKey = referralSigningKey(config.secretKey);

  app.get(
    '/v1/referrals/public-key',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'The Ed25519 public key that signs referral bundle manifests (public: agencies verify offline)',
        security: [],
        response: {
          200: Type.Object(
            { publicKeyPem: Type.String(), keyId: Type.String(), algorithm: Type.Literal('Ed25519') },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async () => referrals.referralPublicKey(signingKey),
  );
  app.get(
    '/v1/referrals',
    {
      schema: {
        tags,
        summary:
          'Referral cases, newest first, by status, marketplace, jurisdiction and month (enforcement liaison; audited)',
        querystring: Type.Object(
          {
            ...Page.properties,
            status: Type.Optional(Status),
            marketplaceId: Type.Optional(Uuid),
            jurisdiction: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
            month: Type.Optional(
              Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(ReferralSchema) }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request) => referrals.listReferrals(db, principalOf(request), request.query),
  );
  app.get(
    '/v1/referrals/:id',
    {
      schema: {
        tags,
        summary: 'A referral case with its bundle sections and exports (enforcement liaison; audited)',
        params: IdParams,
        response: { 200: ReferralDetail, ...problemResponses },
      },
    },
    async (request) => referrals.getReferral(db, principalOf(request), request.params.id),
  );
  app.patch(
    '/v1/referrals/:id',
    {
      schema: {
        tags,
        summary:
          'Record the agency, its reference number, the status and the outcome (arrests, value seized) (enforcement liaison)',
        params: IdParams,
        body: Type.Object(
          {
            version: Type.Integer({
              minimum: 1,
              description: 'The version read (the case changed since: 409)',
            }),
            agency: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
            referenceNumber: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
            status: Type.Optional(Status),
            arrests: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000 }))),
            valueSeized: Type.Optional(Nullable(Money)),
          },
          { additionalProperties: false },
        ),
        response: { 200: ReferralSchema, ...problemResponses },
      },
    },
    async (request) => referrals.updateReferral(db, principalOf(request), request.params.id, request.body),
  );
  app.post(
    '/v1/referrals/:id/export',
    {
      schema: {
        tags,
        summary:
          'Export the case bundle as one tar archive with a manifest (SHA-256 of every file) signed with Ed25519; verify offline with `ipp referral verify` (enforcement liaison; audited)',
        params: IdParams,
        response: {
          200: Type.String({ contentEncoding: 'binary', description: 'application/x-tar' }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const out = await referrals.exportReferral(db, principalOf(request), request.params.id, signingKey);
      return reply
        .header('content-type', 'application/x-tar')
        .header('content-disposition', `attachment; filename="${out.filename}"`)
        .header('x-archive-sha256', out.archiveSha256)
        .send(out.archive as unknown as string);
    },
  );
};
