import { Type } from 'typebox';
import { literals, Nullable, Uuid } from '../http/schemas.ts';
import { IDENTIFIER_KINDS } from './trader.ts';

const text = (maxLength: number, description: string) =>
  Type.String({ minLength: 1, maxLength, description });

/** Trader details as a marketplace sends them with a store (DSA Art 30). Stored only as keyed hashes. */
export const TraderSchema = Type.Object(
  {
    legalName: Type.Optional(
      text(
        300,
        'Legal name; compared without case, accents, punctuation and company forms (Ltd, GmbH, 有限公司)',
      ),
    ),
    registrationNumber: Type.Optional(
      text(100, 'Trade-register or tax number; compared as upper-case letters and digits'),
    ),
    address: Type.Optional(
      text(500, 'Postal address; compared folded, punctuation-free, with common words abbreviated'),
    ),
    phone: Type.Optional(
      text(
        40,
        'Phone number; must be E.164 (+ and 7 to 15 digits) after removing spaces, dots, hyphens, brackets; 00 reads as +',
      ),
    ),
    email: Type.Optional(text(254, 'E-mail; compared lower-case without +tag (and without dots for Gmail)')),
    payoutAccount: Type.Optional(
      text(
        100,
        'IBAN (checked mod 97) or another payout account id; compared upper-case without spaces and hyphens',
      ),
    ),
    fingerprints: Type.Optional(
      Type.Array(text(200, 'A device or network id'), {
        maxItems: 20,
        description:
          'Device or network ids the marketplace saw the trader use; compared trimmed and lower-case',
      }),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    title: 'TraderDetails',
    description:
      "Who runs the store (DSA Art 30). Each identifier is normalised and only its HMAC-SHA256 under a per-kind key is stored; sending `trader` replaces the store's identifiers. Stores sharing an identifier are linked.",
  },
);

export const IdentifierKindSchema = literals([...IDENTIFIER_KINDS]);

export const LinkedStoreSchema = Type.Object(
  {
    id: Uuid,
    marketplaceId: Uuid,
    marketplaceName: Type.String(),
    status: literals(['active', 'held', 'suspended', 'closed']),
    disclosed: Type.Boolean({
      description:
        "Whether the store's name, external id and seller are shown: staff see every store, a marketplace its own, a seller its own",
    }),
    externalId: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
    sellerOrgId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false, title: 'LinkedStore' },
);

export const StoreLinksSchema = Type.Object(
  {
    store: LinkedStoreSchema,
    cluster: Nullable(
      Type.Object(
        {
          id: Uuid,
          size: Type.Integer({ description: 'Stores in the cluster' }),
          shown: Type.Integer({ description: 'Stores listed here (at most 500)' }),
        },
        { additionalProperties: false },
      ),
      { description: 'Null: the store has no trader details yet' },
    ),
    stores: Type.Array(LinkedStoreSchema),
    evidence: Type.Array(
      Type.Object(
        {
          kinds: Type.Array(IdentifierKindSchema),
          storeIds: Type.Array(Uuid, { description: 'The stores that share one identifier of these kinds' }),
        },
        { additionalProperties: false },
      ),
    ),
    admission: Nullable(
      Type.Object(
        {
          decisionId: Uuid,
          decidedAt: Type.String({ format: 'date-time' }),
          reasonText: Type.String(),
          appealableUntil: Nullable(Type.String({ format: 'date-time' })),
        },
        { additionalProperties: false },
      ),
      {
        description:
          'While the store is held: the decision holding it (appeal it at POST /v1/decisions/{id}/appeals)',
      },
    ),
  },
  { additionalProperties: false, title: 'StoreLinks' },
);
