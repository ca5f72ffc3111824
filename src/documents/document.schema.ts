import { type Static, Type } from 'typebox';
import { IsoDateTime, Nullable, SearchText, Sha256, Uuid } from '../http/schemas.ts';

/** One of the caller organisation's documents, as listed for reuse. */
export const OwnDocumentSchema = Type.Object({
  sha256: Sha256,
  size: Type.Integer({ minimum: 1 }),
  mediaType: Type.String(),
  filename: Nullable(Type.String()),
  uploadedAt: IsoDateTime,
});
export type OwnDocument = Static<typeof OwnDocumentSchema>;

export const DocumentListQuery = Type.Object(
  {
    rightId: Type.Optional(Uuid),
    q: Type.Optional(
      SearchText('Part of the file name given at upload (any case), or the start of the SHA-256'),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);
