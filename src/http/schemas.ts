import { Type } from 'typebox';

/** Shared schema pieces. Every route's schema is the single source of validation and OpenAPI. */
export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const IsoDateTime = Type.String({ format: 'date-time' });
export const Sha256 = Type.String({
  pattern: '^[0-9a-f]{64}$',
  description: 'SHA-256 of the content, lowercase hex',
});
export const Jurisdiction = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 country code, or EU for the European Union',
});

export const FieldErrorSchema = Type.Object({
  pointer: Type.String({ description: 'JSON pointer (RFC 6901) to the failing field' }),
  rule: Type.String(),
  detail: Type.String(),
});

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details' },
);

export const Page = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

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

/** A body sent as raw bytes (a document, a CSV file): documented, read by the route itself. */
export const BinaryBody = Type.String({ format: 'binary', description: 'The raw bytes of the file' });

/** `body.content` for a route taking raw bytes in any of `mediaTypes` (OpenAPI and the 415's list). */
export function binaryBodyContent(mediaTypes: readonly string[]): {
  content: Record<string, { schema: typeof BinaryBody }>;
} {
  return { content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: BinaryBody }])) };
}
