import { type Static, Type } from 'typebox';
import { DecisionKindSchema } from '../decisions/index.ts';
import { IsoDate, IsoDateTime, Jurisdiction, literals, Nullable, Sha256, Uuid } from '../http/schemas.ts';
import { RESTRICTED_CATEGORY_CODES } from './licence.ts';

/** The TypeBox schemas of the licences module: policy, licence, inputs. Types derive from them. */

export const RestrictedCategoryCode = literals([...RESTRICTED_CATEGORY_CODES], {
  description: 'A restricted category: books_press, audiovisual, insurance, lotteries, travel, adult',
});
export const LicenceMode = literals(['refuse', 'hold'] as const, {
  description:
    'refuse: a listing without the licence it needs is refused at registration (422); hold: it is stored and taken down at once until a licence is verified',
});

export const LicencesPolicySchema = Type.Object(
  {
    categories: Type.Array(
      Type.Object(
        {
          code: RestrictedCategoryCode,
          name: Type.String({ minLength: 1, maxLength: 200 }),
          values: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
            minItems: 1,
            maxItems: 200,
            description:
              'Listing category values it covers. A value matches when its path segments (split on >, / or |, any case) are whole consecutive segments of the listing category: "books" matches "Books > Fiction", not "Bookshelves"',
          }),
        },
        { additionalProperties: false },
      ),
      { maxItems: RESTRICTED_CATEGORY_CODES.length },
    ),
    mode: LicenceMode,
    marketplaceModes: Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,39}$' }), LicenceMode, {
      additionalProperties: false,
      description: 'Per marketplace code, overriding mode',
    }),
    warningDays: Type.Integer({
      minimum: 0,
      maximum: 365,
      description: 'Days before a licence lapses that its seller is warned',
    }),
  },
  {
    additionalProperties: false,
    title: 'LicencesPolicy',
    description: 'Restricted categories, what happens to a listing without a licence, the expiry warning',
  },
);

export const LicencesPolicyVersion = Type.Object({
  key: Type.Literal('licences'),
  version: Type.Integer({ description: '0: the built-in default is in force' }),
  body: LicencesPolicySchema,
  createdAt: Nullable(IsoDateTime),
});

export const LicenceStatusSchema = literals(['pending', 'verified', 'refused', 'expired'] as const, {
  description: 'pending review, verified, refused by a reviewer, or verified but past its last day',
});

export const LicenceSchema = Type.Object(
  {
    id: Uuid,
    store: Type.Object(
      { id: Uuid, externalId: Type.String(), name: Type.String() },
      { additionalProperties: false },
    ),
    marketplace: Type.Object(
      { id: Uuid, code: Type.String(), name: Type.String(), jurisdiction: Type.String() },
      { additionalProperties: false },
    ),
    sellerOrgId: Uuid,
    category: Type.String({ description: 'The restricted category code' }),
    categoryName: Type.String(),
    jurisdiction: Type.String(),
    issuer: Type.String(),
    licenceNumber: Type.String(),
    validFrom: IsoDate,
    validUntil: IsoDate,
    lapsesAt: IsoDateTime,
    warnFrom: IsoDateTime,
    expiringSoon: Type.Boolean({ description: 'Verified, and within the warning period before it lapses' }),
    documentSha256: Sha256,
    status: LicenceStatusSchema,
    decision: Nullable(
      Type.Object(
        {
          id: Uuid,
          kind: DecisionKindSchema,
          decidedAt: IsoDateTime,
          decidedBy: Type.String(),
          reasonText: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    uploadedBy: Type.String(),
    createdAt: IsoDateTime,
  },
  { additionalProperties: false, title: 'Licence' },
);
export type Licence = Static<typeof LicenceSchema>;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const NewLicenceBody = Type.Object(
  {
    category: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'A restricted category code of the policy in force',
    }),
    jurisdiction: Jurisdiction,
    issuer: Text(200),
    licenceNumber: Text(100),
    validFrom: IsoDate,
    validUntil: IsoDate,
    documentSha256: Sha256,
  },
  { additionalProperties: false },
);
export type NewLicence = Static<typeof NewLicenceBody>;

export const LicenceDecisionBody = Type.Object(
  {
    result: literals(['verified', 'refused'] as const),
    reasonText: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);
export type LicenceDecisionInput = Static<typeof LicenceDecisionBody>;

export const LicenceQuery = Type.Object(
  {
    status: Type.Optional(LicenceStatusSchema),
    storeId: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);
export type LicenceFilter = Static<typeof LicenceQuery>;
