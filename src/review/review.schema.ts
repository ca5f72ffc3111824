import { type Static, Type } from 'typebox';
import { ERROR_CODES } from '../errors/app-error.ts';
import {
  DecisionSummarySchema,
  IsoDateTime,
  ItemStateSchema,
  literals,
  MovePartySchema,
  Nullable,
  Sha256,
  Uuid,
} from '../http/schemas.ts';
import { REJECTION_REASONS, REMOVAL_REASONS } from './review.ts';

/** Every reason code a reviewer may give (removal and rejection). */
export const ReasonCodeSchema = literals([...new Set([...REMOVAL_REASONS, ...REJECTION_REASONS])]);

/** What a decided item looks like after the decision. */
export const DecisionResultSchema = Type.Object({
  id: Uuid,
  state: ItemStateSchema,
  awaiting: Nullable(MovePartySchema),
  slaDueAt: IsoDateTime,
  decision: Nullable(DecisionSummarySchema),
  statementId: Nullable(Uuid),
  snapshotSha256: Nullable(Sha256),
});
export type DecisionResult = Static<typeof DecisionResultSchema>;

export const MAX_ITEMS_PER_BULK_DECISION = 100;

export const BulkDecisionBody = Type.Object(
  {
    itemIds: Type.Array(Uuid, { minItems: 1, maxItems: MAX_ITEMS_PER_BULK_DECISION, uniqueItems: true }),
    decision: literals(['remove', 'reject'] as const),
    reasonCode: Type.Optional(ReasonCodeSchema),
    reasonText: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);
export type BulkDecisionInput = Static<typeof BulkDecisionBody>;

export const BulkItemResultSchema = Type.Object({
  itemId: Uuid,
  outcome: literals(['decided', 'refused'] as const),
  result: Nullable(DecisionResultSchema),
  problem: Nullable(
    Type.Object({
      status: Type.Integer(),
      code: literals(Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]),
      detail: Type.String(),
    }),
  ),
});
export type BulkItemResult = Static<typeof BulkItemResultSchema>;

export const BulkDecisionResponse = Type.Object({
  decided: Type.Integer({ minimum: 0 }),
  refused: Type.Integer({ minimum: 0 }),
  results: Type.Array(BulkItemResultSchema, { description: 'One per item, in the order sent' }),
});
