import { Type } from 'typebox';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { binaryBodyContent, problemResponses, Sha256, searchTerm } from '../http/schemas.ts';
import { DocumentListQuery, OwnDocumentSchema } from './document.schema.ts';
import { DOCUMENT_MEDIA_TYPES, listDocuments, readDocument, uploadDocument } from './document.service.ts';

const DocumentMeta = Type.Object({
  sha256: Sha256,
  size: Type.Integer(),
  mediaType: Type.String(),
  created: Type.Boolean(),
});

export const documentRoutes: RouteModule = (app, { db, config }) => {
  // Documents arrive as the raw body with their own media type; each route scope parses them as bytes.
  app.addContentTypeParser(
    [...DOCUMENT_MEDIA_TYPES],
    { parseAs: 'buffer', bodyLimit: config.maxDocumentBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/v1/documents',
    {
      bodyLimit: config.maxDocumentBytes,
      schema: {
        tags: ['rights'],
        summary: `Upload a document (certificate, authorization, screenshot, test-buy report, cached page); at most ${config.maxDocumentBytes} bytes`,
        description: `Send the file as the raw body with its media type (${DOCUMENT_MEDIA_TYPES.join(', ')}). Stored by SHA-256: the same bytes uploaded twice are stored once.`,
        querystring: Type.Object(
          { filename: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })) },
          { additionalProperties: false },
        ),
        body: binaryBodyContent(DOCUMENT_MEDIA_TYPES),
        response: { 200: DocumentMeta, 201: DocumentMeta, ...problemResponses },
      },
    },
    async (request, reply) => {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      // Only the raw-body parsers above produce a Buffer; a JSON or form body is the wrong media type.
      if (
        !(DOCUMENT_MEDIA_TYPES as readonly string[]).includes(mediaType) ||
        !Buffer.isBuffer(request.body)
      ) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Send the document as the raw body with one of: ${DOCUMENT_MEDIA_TYPES.join(', ')}`,
        );
      }
      const content = request.body;
      const meta = await uploadDocument(db, principalOf(request), {
        content,
        mediaType,
        filename: request.query.filename ?? null,
      });
      return reply.status(meta.created ? 201 : 200).send(meta);
    },
  );

  app.get(
    '/v1/documents',
    {
      schema: {
        tags: ['rights'],
        summary:
          "The caller organisation's uploaded documents, newest first; by right, those the right cites and those used as evidence under it (for reuse as evidence)",
        description:
          'Paged with limit and offset. `q` narrows the list to documents whose file name (as given at upload) contains the text in any case, or whose SHA-256 starts with it.',
        querystring: DocumentListQuery,
        response: { 200: Type.Object({ items: Type.Array(OwnDocumentSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { q: text, ...filter } = request.query;
      const q = searchTerm(text);
      return { items: await listDocuments(db, principalOf(request), { ...filter, ...(q ? { q } : {}) }) };
    },
  );

  app.get(
    '/v1/documents/:sha256',
    {
      schema: {
        tags: ['rights'],
        summary: 'Download a document (uploader, operator staff, and the parties of a notice that cites it)',
        params: Type.Object({ sha256: Sha256 }, { additionalProperties: false }),
        response: {
          200: Type.String({ contentEncoding: 'binary', description: 'The document bytes' }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const doc = await readDocument(db, principalOf(request), request.params.sha256);
      return (
        reply
          .header('content-type', doc.mediaType)
          .header('etag', `"${doc.sha256}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-disposition', 'attachment')
          // Buffers bypass the JSON serializer; the schema only documents the binary body.
          .send(doc.content as unknown as string)
      );
    },
  );
};
