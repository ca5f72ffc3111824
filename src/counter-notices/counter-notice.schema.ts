import { Type } from 'typebox';
import { DecisionSummarySchema, IsoDateTime, literals, Nullable, Sha256, Uuid } from '../http/schemas.ts';
import { COUNTER_EVIDENCE_KINDS, COUNTER_GROUNDS, REQUIRED_STATEMENTS } from './counter-notice.ts';

/** The counter-notice as filed (request) and as shown (response): the service types derive from these. */
export const Statements = Type.Object(
  Object.fromEntries(
    Object.entries(REQUIRED_STATEMENTS).map(([key, description]) => [key, Type.Boolean({ description })]),
  ) as Record<keyof typeof REQUIRED_STATEMENTS, ReturnType<typeof Type.Boolean>>,
  { additionalProperties: false },
);
export const CounterNoticeBody = Type.Object(
  {
    statements: Statements,
    identification: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'The material removed and where it appeared before removal (512(g)(3)(B))',
    }),
    grounds: Type.Array(literals(COUNTER_GROUNDS), {
      minItems: 1,
      maxItems: COUNTER_GROUNDS.length,
      uniqueItems: true,
    }),
    explanation: Type.String({ minLength: 1, maxLength: 10_000 }),
    evidence: Type.Array(
      Type.Object(
        {
          kind: literals(COUNTER_EVIDENCE_KINDS),
          documentSha256: Sha256,
          note: Type.Optional(Type.String({ maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    contact: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        email: Type.String({ format: 'email', maxLength: 320 }),
        address: Type.String({ minLength: 1, maxLength: 500 }),
        phone: Type.String({ minLength: 3, maxLength: 50 }),
      },
      { additionalProperties: false },
    ),
    signature: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Full legal name as electronic signature (512(g)(3)(A))',
    }),
  },
  { additionalProperties: false },
);
export const CounterNoticeSchema = Type.Object({
  id: Uuid,
  itemId: Uuid,
  status: literals(['open', 'awaiting_review', 'reinstated', 'upheld', 'withdrawn'] as const),
  procedure: literals(['statutory_putback', 'respond_or_restore', 'evidence_review'] as const),
  policyVersion: Type.Integer(),
  statements: Statements,
  identification: Type.String(),
  grounds: Type.Array(literals(COUNTER_GROUNDS)),
  explanation: Type.String(),
  evidence: Type.Array(
    Type.Object({
      kind: literals(COUNTER_EVIDENCE_KINDS),
      documentSha256: Sha256,
      note: Nullable(Type.String()),
      downloadPath: Type.String(),
    }),
  ),
  contact: CounterNoticeBody.properties.contact,
  signature: Type.String(),
  filedAt: IsoDateTime,
  answer: Nullable(
    Type.Object({
      kind: literals(['action_filed', 'response'] as const),
      text: Type.String(),
      caseReference: Nullable(Type.String()),
      court: Nullable(Type.String()),
      documentShas: Type.Array(Sha256),
      answeredAt: IsoDateTime,
    }),
  ),
  decision: Nullable(DecisionSummarySchema),
});
