import { type Static, type TSchema, Type } from 'typebox';
import { Value } from 'typebox/value';
import { CounterNoticeSchema, type CounterNoticeView } from '../counter-notices/index.ts';
import {
  DecisionSchema,
  type DecisionView,
  StatementSchema,
  type StatementView,
} from '../decisions/index.ts';
import { IsoDateTime, Sha256, Uuid } from '../http/schemas.ts';
import type { NoticeView } from '../notices/index.ts';
import { NoticeItemSchema, NoticeSchema } from '../notices/notice.routes.ts';
import { RECEIPT_FORMAT, type ReceiptKind } from './receipt.ts';

/**
 * What each receipt covers: the record as its parties read it, cut to the fields that never
 * change after it was made, so a receipt issued today and one issued next year for the same
 * record cover the same bytes (the same recordSha256). Fields that move on (a notice's status, an
 * item's state, clock and decision, a counter-notice's status, answer and decision, a listing's
 * current title and URL) are left out; each of those changes has its own record and receipt (the
 * decision) or its own audit record.
 */

const { status: _noticeStatus, items: _noticeItems, ...stableNotice } = NoticeSchema.properties;

export const NoticeRecordSchema = Type.Object(
  {
    ...stableNotice,
    items: Type.Array(
      Type.Object(
        {
          id: Uuid,
          position: Type.Integer(),
          listing: Type.Object(
            {
              id: Uuid,
              marketplaceId: Uuid,
              externalId: Type.String({ description: "The listing's id on its marketplace" }),
            },
            { additionalProperties: false },
          ),
          evidence: NoticeItemSchema.properties.evidence,
          expedited: NoticeItemSchema.properties.expedited,
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    description:
      'The notice as filed: who filed it for whom, the right, the statements, contact, explanation, and each listing with its evidence',
  },
);
export type NoticeRecord = Static<typeof NoticeRecordSchema>;

const {
  status: _cnStatus,
  answer: _cnAnswer,
  decision: _cnDecision,
  ...stableCounterNotice
} = CounterNoticeSchema.properties;

export const CounterNoticeRecordSchema = Type.Object(stableCounterNotice, {
  additionalProperties: false,
  description: 'The counter-notice as filed (its status, the answer and the decision are left out)',
});
export type CounterNoticeRecord = Static<typeof CounterNoticeRecordSchema>;

/** A decision and its statement of reasons never change once made: the whole view is stable. */
export const DecisionRecordSchema = DecisionSchema;
export const StatementRecordSchema = StatementSchema;

/**
 * The value as the response serializer would write it under `schema`: members the schema does not
 * name are dropped, so what is hashed and signed is exactly what the caller receives.
 */
function asServed<T extends TSchema>(schema: T, value: unknown): Static<T> {
  return Value.Clean(schema, structuredClone(value)) as Static<T>;
}

export function noticeRecord(n: NoticeView): NoticeRecord {
  return asServed(NoticeRecordSchema, {
    id: n.id,
    principalOrgId: n.principalOrgId,
    filerOrgId: n.filerOrgId,
    rightId: n.rightId,
    infringementType: n.infringementType,
    source: n.source,
    statements: n.statements,
    contact: n.contact,
    explanation: n.explanation,
    createdAt: n.createdAt,
    itemCount: n.itemCount,
    goodFaith: n.goodFaith,
    viaOrgId: n.viaOrgId,
    trustedFlagger: n.trustedFlagger,
    letter: n.letter,
    items: n.items.map((i) => ({
      id: i.id,
      position: i.position,
      listing: { id: i.listing.id, marketplaceId: i.listing.marketplaceId, externalId: i.listing.externalId },
      evidence: i.evidence,
      expedited: i.expedited,
    })),
  });
}

export function counterNoticeRecord(c: CounterNoticeView): CounterNoticeRecord {
  const { status: _s, answer: _a, decision: _d, ...stable } = c;
  return asServed(CounterNoticeRecordSchema, stable);
}

export function decisionRecord(d: DecisionView): Static<typeof DecisionRecordSchema> {
  return asServed(DecisionRecordSchema, d);
}

export function statementRecord(s: StatementView): StatementView {
  return asServed(StatementRecordSchema, s);
}

// --- receipts as served ---

function receiptSchema<K extends ReceiptKind, R extends TSchema>(kind: K, record: R, title: string) {
  return Type.Object(
    {
      format: Type.Literal(RECEIPT_FORMAT),
      kind: Type.Literal(kind),
      id: Uuid,
      record,
      recordSha256: Type.String({
        pattern: '^[0-9a-f]{64}$',
        description: 'SHA-256 (hex) of the canonical JSON of `record` (keys sorted at every level)',
      }),
      audit: Type.Object(
        {
          seq: Type.Integer({
            minimum: 1,
            description: "Position of the record's creation in the audit chain",
          }),
          hash: Sha256,
          at: IsoDateTime,
        },
        { additionalProperties: false },
      ),
      issuedAt: IsoDateTime,
      keyId: Type.String({ description: 'SHA-256 (hex) of the signing public key (SPKI DER)' }),
      signature: Type.String({
        description:
          'Ed25519 signature (base64) over the canonical JSON of every other member (ipp verify-receipt checks it offline)',
      }),
    },
    { additionalProperties: false, title },
  );
}

export const NoticeReceiptSchema = receiptSchema('notice', NoticeRecordSchema, 'NoticeReceipt');
export const DecisionReceiptSchema = receiptSchema('decision', DecisionRecordSchema, 'DecisionReceipt');
export const StatementReceiptSchema = receiptSchema('statement', StatementRecordSchema, 'StatementReceipt');
export const CounterNoticeReceiptSchema = receiptSchema(
  'counter_notice',
  CounterNoticeRecordSchema,
  'CounterNoticeReceipt',
);
