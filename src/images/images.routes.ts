import { Type } from 'typebox';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import {
  binaryBodyContent,
  IdParams,
  IsoDateTime,
  literals,
  Nullable,
  Page,
  problemResponses,
  Sha256,
  Uuid,
} from '../http/schemas.ts';
import { IMAGE_LIMITS } from './decode.ts';
import * as images from './images.service.ts';
import { HOST_PATTERN, TRANSFORMATIONS } from './images.ts';

const PdqHex = Type.String({
  pattern: '^[0-9a-f]{64}$',
  description: 'PDQ hash, 64 hex digits (reference order)',
});

const ReferenceImage = Type.Object(
  {
    id: Uuid,
    rightId: Uuid,
    orgId: Uuid,
    documentSha256: Sha256,
    label: Nullable(Type.String()),
    pdq: PdqHex,
    pdqMirrored: PdqHex,
    quality: Type.Integer({ minimum: 0, maximum: 100 }),
    width: Type.Integer(),
    height: Type.Integer(),
    indexed: Type.Boolean({
      description: 'False when the quality is under the threshold: kept, never matched',
    }),
    createdAt: IsoDateTime,
  },
  { title: 'ReferenceImage', additionalProperties: false },
);

const ImageStatus = literals(['pending', 'hashed', 'failed', 'skipped'], {
  description:
    'pending: to fetch (or retry); hashed; failed: the fetch failed for good; skipped: the bytes were refused',
});

const ListingImage = Type.Object(
  {
    id: Uuid,
    listingId: Uuid,
    position: Type.Integer(),
    source: literals(['url', 'upload']),
    url: Nullable(Type.String()),
    status: ImageStatus,
    reason: Nullable(
      Type.String({
        description:
          'Why it failed or was skipped: not-an-image, too-large, too-many-pixels, animated, broken-image, too-small, low-quality, no-allowed-hosts, host-not-allowed, blocked-address, body-too-large, http-<status>, timeout, ...',
      }),
    ),
    attempts: Type.Integer(),
    nextAttemptAt: Nullable(IsoDateTime),
    sha256: Nullable(Sha256),
    pdq: Nullable(PdqHex),
    quality: Nullable(Type.Integer()),
    width: Nullable(Type.Integer()),
    height: Nullable(Type.Integer()),
    format: Nullable(Type.String()),
    hashedAt: Nullable(IsoDateTime),
  },
  { title: 'ListingImage', additionalProperties: false },
);

export const ImageMatchSchema = Type.Object(
  {
    listingId: Uuid,
    listingTitle: Type.String(),
    listingState: Type.String(),
    storeId: Uuid,
    storeName: Type.String(),
    listingImageId: Uuid,
    position: Type.Integer(),
    imageUrl: Nullable(Type.String()),
    imageSource: literals(['url', 'upload']),
    referenceId: Uuid,
    referenceSha256: Sha256,
    referenceLabel: Nullable(Type.String()),
    rightId: Uuid,
    orgId: Uuid,
    distance: Type.Integer({ minimum: 0, maximum: 256, description: 'Hamming distance of the PDQ hashes' }),
    transformation: literals([...TRANSFORMATIONS], {
      description:
        'identical: the same bytes; near_identical: resized, re-encoded, cropped, recoloured...; mirrored',
    }),
    matchedAt: IsoDateTime,
    imageThumbnail: Type.Boolean({
      description:
        'A thumbnail of the listing image is kept: GET /v1/listing-images/{listingImageId}/thumbnail',
    }),
    referenceThumbnail: Type.Boolean({
      description:
        'A thumbnail of the reference image is kept: GET /v1/image-references/{referenceId}/thumbnail',
    }),
  },
  { title: 'ImageMatch', additionalProperties: false },
);

const Hosts = Type.Object(
  {
    hosts: Type.Array(Type.String({ pattern: HOST_PATTERN, maxLength: 253 }), {
      maxItems: 100,
      description: 'Host names image URLs may point at: exact names, or "*.example.com" for its subdomains',
    }),
  },
  { additionalProperties: false },
);

const IMAGE_BODY_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/octet-stream'];

export const imageRoutes: RouteModule = (app, { db, listingEvents }) => {
  app.addContentTypeParser(
    IMAGE_BODY_TYPES,
    { parseAs: 'buffer', bodyLimit: IMAGE_LIMITS.maxBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/v1/rights/:id/reference-images',
    {
      schema: {
        tags: ['images'],
        summary:
          "Link an uploaded image document to a right as a reference image: hashed (PDQ) and matched against listing images (the brand's rights holders and agents)",
        params: IdParams,
        body: Type.Object(
          { documentSha256: Sha256, label: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: ReferenceImage, 201: ReferenceImage, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { reference, created } = await images.addReferenceImage(
        db,
        principalOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(reference);
    },
  );

  app.get(
    '/v1/rights/:id/reference-images',
    {
      schema: {
        tags: ['images'],
        summary: "A right's reference images with their hashes and quality (whoever may read the right)",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ReferenceImage) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await images.listReferenceImages(db, principalOf(request), request.params.id),
    }),
  );

  app.get(
    '/v1/rights/:id/image-matches',
    {
      schema: {
        tags: ['images'],
        summary:
          "Listings whose images match the right's reference images, newest first (whoever may read the right): the listings a copyright notice can name in one step",
        params: IdParams,
        querystring: Page,
        response: { 200: Type.Object({ items: Type.Array(ImageMatchSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await images.rightImageMatches(db, principalOf(request), request.params.id, request.query),
    }),
  );

  app.post(
    '/v1/rights/:id/image-matches/notice',
    {
      schema: {
        tags: ['images'],
        summary:
          "File a copyright notice in one step for the listings using the right's reference images: the named samples and every other active matching listing, each with the reference image as evidence (the brand's rights holders and agents; the normal notice intake)",
        params: IdParams,
        body: Type.Object(
          {
            sampleListingIds: Type.Optional(Type.Array(Uuid, { maxItems: 300, uniqueItems: true })),
            includeAllMatches: Type.Optional(Type.Boolean({ default: true })),
            statements: Type.Object(
              { goodFaith: Type.Boolean(), accuracy: Type.Boolean(), authority: Type.Boolean() },
              { additionalProperties: false },
            ),
            contact: Type.Object(
              {
                name: Type.String({ minLength: 1, maxLength: 200 }),
                email: Type.String({ format: 'email', maxLength: 320 }),
                phone: Type.Optional(Type.String({ maxLength: 50 })),
                address: Type.Optional(Type.String({ maxLength: 500 })),
              },
              { additionalProperties: false },
            ),
            explanation: Type.Optional(Type.String({ maxLength: 10_000 })),
            principalOrgId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object(
            {
              noticeId: Uuid,
              listingIds: Type.Array(Uuid),
              left: Type.Integer({
                description: 'Matching listings beyond the per-notice limit, for another notice',
              }),
              alreadyNoticed: Type.Integer({
                description:
                  'Matching listings left out because an open notice for this right holds them already',
              }),
            },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { notice, listingIds, left, alreadyNoticed } = await images.fileMatchNotice(
        db,
        principalOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ noticeId: notice.id, listingIds, left, alreadyNoticed });
    },
  );

  app.get(
    '/v1/listings/:id/images',
    {
      schema: {
        tags: ['images'],
        summary:
          "A listing's images: status, failure reason, attempts, hashes (operator staff, the listing's marketplace)",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ListingImage) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await images.listingImages(db, principalOf(request), request.params.id) }),
  );

  app.put(
    '/v1/listings/:id/images/:position',
    {
      bodyLimit: IMAGE_LIMITS.maxBytes,
      schema: {
        tags: ['images'],
        summary: `Push an image's bytes for a listing position (the listing's marketplace key, operator admins); hashed and matched at once; at most ${IMAGE_LIMITS.maxBytes} bytes`,
        description:
          'The format is read from the bytes (JPEG, PNG, WebP, GIF), never from the Content-Type. Refused bytes (not an image, animated, too many pixels, broken) answer 422 naming the reason, recorded on the image.',
        params: Type.Object(
          { id: Uuid, position: Type.Integer({ minimum: 0, maximum: 99 }) },
          { additionalProperties: false },
        ),
        body: binaryBodyContent(IMAGE_BODY_TYPES),
        response: { 200: ListingImage, ...problemResponses },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Send the image as the raw body with one of: ${IMAGE_BODY_TYPES.join(', ')}`,
        );
      return images.pushListingImage(
        db,
        principalOf(request),
        request.params.id,
        { position: request.params.position, bytes: request.body },
        listingEvents,
      );
    },
  );

  const sendThumbnail = (reply: import('fastify').FastifyReply, thumb: images.ThumbnailFile) =>
    reply
      .header('content-type', 'image/jpeg')
      .header('cache-control', 'private, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      // Buffers bypass the JSON serializer; the schema only documents the binary body.
      .send(thumb.content as unknown as string);
  const thumbnailResponse = {
    200: Type.String({ contentEncoding: 'binary', description: 'A JPEG at most 240 px on a side' }),
    ...problemResponses,
  };

  app.get(
    '/v1/listing-images/:id/thumbnail',
    {
      schema: {
        tags: ['images'],
        summary:
          "A listing image's thumbnail, kept when it was hashed (operator staff; the listing's marketplace; rights holders and agents whose reference image it matches)",
        params: IdParams,
        response: thumbnailResponse,
      },
    },
    async (request, reply) =>
      sendThumbnail(reply, await images.listingImageThumbnail(db, principalOf(request), request.params.id)),
  );

  app.get(
    '/v1/image-references/:id/thumbnail',
    {
      schema: {
        tags: ['images'],
        summary:
          "A reference image's thumbnail (whoever reads its right; a marketplace with a listing whose image matches it)",
        params: IdParams,
        response: thumbnailResponse,
      },
    },
    async (request, reply) =>
      sendThumbnail(reply, await images.referenceImageThumbnail(db, principalOf(request), request.params.id)),
  );

  app.get(
    '/v1/listings/:id/image-matches',
    {
      schema: {
        tags: ['images'],
        summary:
          "A listing's images that match brands' reference images, with distance and transformation (operator staff; rights holders and agents: their brands' references; the listing's marketplace)",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ImageMatchSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await images.listingImageMatches(db, principalOf(request), request.params.id),
    }),
  );

  app.get(
    '/v1/marketplaces/:id/image-hosts',
    {
      schema: {
        tags: ['images'],
        summary:
          "The hosts a marketplace's listing image URLs may be fetched from (operator staff, the marketplace itself)",
        params: IdParams,
        response: { 200: Hosts, ...problemResponses },
      },
    },
    async (request) => ({ hosts: await images.getImageHosts(db, principalOf(request), request.params.id) }),
  );

  app.put(
    '/v1/marketplaces/:id/image-hosts',
    {
      schema: {
        tags: ['images'],
        summary:
          "Set the hosts a marketplace's listing image URLs may be fetched from (operator admins, the marketplace itself)",
        params: IdParams,
        body: Hosts,
        response: { 200: Hosts, ...problemResponses },
      },
    },
    async (request) => ({
      hosts: await images.setImageHosts(db, principalOf(request), request.params.id, request.body.hosts),
    }),
  );
};
