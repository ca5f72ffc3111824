import { type TSchema, type TSchemaOptions, Type } from 'typebox';

/** Shared schema pieces. Every route's schema is the single source of validation and OpenAPI. */
export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const IsoDateTime = Type.String({ format: 'date-time' });
export const Sha256 = Type.String({
  pattern: '^[0-9a-f]{64}$',
  description: 'SHA-256 of the content, lowercase hex',
});
/** A name or other text that must say something: at least one character that is not a space. */
export const NonBlankText = (maxLength: number, description?: string) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '\\S',
    description: `${description ? `${description}; ` : ''}not blank: at least one character other than a space`,
  });
export const Jurisdiction = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 country code, or EU for the European Union',
});

export const FieldErrorSchema = Type.Object(
  {
    pointer: Type.String({ description: 'JSON pointer (RFC 6901) to the failing field' }),
    rule: Type.String(),
    detail: Type.String(),
  },
  { title: 'FieldError' },
);

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
    rule: Type.Optional(
      Type.String({ description: 'The business rule that refused the request, e.g. appeal-window' }),
    ),
    deadline: Type.Optional(
      Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'The deadline the rule is about',
      }),
    ),
    state: Type.Optional(
      Type.String({ description: 'The state of the subject that made the request conflict' }),
    ),
    decisionInForce: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'The decision now in force, when an earlier one was appealed',
      }),
    ),
    nextAttemptAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'When a pending delivery will be attempted again' }),
    ),
    version: Type.Optional(
      Type.Integer({
        description: 'The version the record is at now, when the request was based on an older one',
      }),
    ),
    acceptedTypes: Type.Optional(
      Type.Array(Type.String(), { description: 'The media types the endpoint accepts (415)' }),
    ),
    retryAfterSeconds: Type.Optional(
      Type.Integer({ description: 'Seconds until a retry may succeed (429)' }),
    ),
    claimedBy: Type.Optional(
      Type.Object(
        { userId: Type.String({ format: 'uuid' }), name: Type.String() },
        {
          additionalProperties: false,
          description: "The reviewer whose running claim on the item refused the request (until 'deadline')",
        },
      ),
    ),
  },
  { additionalProperties: false, title: 'Problem', description: 'RFC 9457 problem details' },
);

export const Page = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

/**
 * Free text a person types into a picker (`q`): matched in any case and literally (`%`, `_` and `\`
 * are not wildcards). Surrounding spaces are ignored; an empty or blank `q` filters nothing.
 */
export const SearchText = (description: string) => Type.String({ maxLength: 200, description });

/** The search text of a `q` parameter, trimmed; undefined when there is nothing to search for. */
export function searchTerm(q: string | undefined): string | undefined {
  const text = q?.trim();
  return text ? text : undefined;
}

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

/** Standard error responses every authenticated route can return. */
export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
  422: ProblemSchema,
};

export const security = [{ bearer: [] }];

/** `T` or null: every nullable field of a response says so with this. */
export const Nullable = <T extends TSchema>(schema: T, options?: TSchemaOptions) =>
  Type.Union([schema, Type.Null()], options);

/** An enum of string values (kept as a union of literals: OpenAPI shows the allowed values). */
export const literals = <const V extends string[]>(values: readonly [...V], options?: TSchemaOptions) =>
  Type.Enum<V>(values, options);

export const ITEM_STATES = [
  'pending',
  'info_requested',
  'removed',
  'rejected',
  'withdrawn',
  'reinstated',
] as const;
export const ItemStateSchema = literals(ITEM_STATES);

/** Whose move it is on an item (`awaiting`, `/clock`); a supervisor when a reviewer clock ran out. */
export const MovePartySchema = literals(['seller', 'rights_holder', 'reviewer', 'supervisor'] as const);

export const ListingStateSchema = literals(['active', 'removed'] as const);

export const EVIDENCE_KINDS = ['screenshot', 'test_buy_report', 'cached_copy', 'other'] as const;

/** Evidence attached to a notice item, as stored and shown back. */
export const EvidenceSchema = Type.Object({
  kind: literals(EVIDENCE_KINDS),
  documentSha256: Sha256,
  url: Type.Optional(Type.String()),
  capturedAt: Type.Optional(Type.String()),
  note: Type.Optional(Type.String()),
});

/** Who decided a notice item or a counter-notice, when and why. */
export const DecisionSummarySchema = Type.Object({
  decidedBy: Nullable(Type.String()),
  decidedAt: IsoDateTime,
  reasonCode: Nullable(Type.String()),
  reasonText: Nullable(Type.String()),
});

/** A body sent as raw bytes (a document, a CSV file): documented, read by the route itself. */
export const BinaryBody = Type.String({ format: 'binary', description: 'The raw bytes of the file' });

/** `body.content` for a route taking raw bytes in any of `mediaTypes` (OpenAPI and the 415's list). */
export function binaryBodyContent(mediaTypes: readonly string[]): {
  content: Record<string, { schema: typeof BinaryBody }>;
} {
  return { content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: BinaryBody }])) };
}
