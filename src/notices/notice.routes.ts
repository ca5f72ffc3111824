import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { AppError } from '../errors/app-error.ts';
import { type App, principalOf, type RouteModule } from '../http/app.ts';
import {
  BinaryBody,
  DecisionSummarySchema,
  EvidenceSchema,
  IdParams,
  IsoDateTime,
  ITEM_STATES,
  ItemStateSchema,
  ListingStateSchema,
  literals,
  MovePartySchema,
  Nullable,
  problemResponses,
  Sha256,
  Uuid,
} from '../http/schemas.ts';
import { CSV_COLUMNS, errorsToCsvLines, itemsFromCsv } from './notice.csv.ts';
import { CSV_MEDIA_TYPES, csvBytesOf } from './notice.csv-body.ts';
import * as notices from './notice.service.ts';
import { summarizeNotices, UPCOMING_LIMIT } from './notice.summary.ts';
import { MAX_ITEMS_PER_NOTICE, type NoticeInput } from './notice.ts';

const InfringementType = Type.Union([
  Type.Literal('counterfeit'),
  Type.Literal('trademark_misuse'),
  Type.Literal('patent'),
  Type.Literal('copyright'),
]);
const EvidenceKind = Type.Union([
  Type.Literal('screenshot'),
  Type.Literal('test_buy_report'),
  Type.Literal('cached_copy'),
  Type.Literal('other'),
]);
const Evidence = Type.Object(
  {
    kind: EvidenceKind,
    documentSha256: Sha256,
    url: Type.Optional(
      Type.String({ format: 'uri', maxLength: 2048, description: 'For a screenshot: the URL it shows' }),
    ),
    capturedAt: Type.Optional(IsoDateTime),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
const Item = Type.Object(
  {
    listingId: Type.Optional(Uuid),
    marketplaceId: Type.Optional(Uuid),
    externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2048 })),
    evidence: Type.Array(Evidence, {
      maxItems: 20,
      description:
        'At least one piece per listing (the expedited-path policy says which kinds; a Good Faith Program member may leave out the kinds it makes optional)',
    }),
    explanation: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  {
    additionalProperties: false,
    description: 'One listing, identified by listingId, by marketplaceId + externalId, or by url',
  },
);
const Statements = Type.Object(
  {
    goodFaith: Type.Boolean({
      description: 'Good-faith belief that the use is not authorized (DMCA 512(c)(3)(A)(v), DSA 16(2)(d))',
    }),
    accuracy: Type.Boolean({ description: 'The information is accurate (DMCA 512(c)(3)(A)(vi))' }),
    authority: Type.Boolean({
      description: 'Under penalty of perjury, authorized to act for the rights holder',
    }),
  },
  { additionalProperties: false },
);
const Contact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 320 }),
    phone: Type.Optional(Type.String({ maxLength: 50 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export const NoticeBody = Type.Object(
  {
    principalOrgId: Type.Optional(Uuid),
    rightId: Uuid,
    infringementType: InfringementType,
    items: Type.Array(Item, { minItems: 1, maxItems: MAX_ITEMS_PER_NOTICE }),
    statements: Statements,
    contact: Contact,
    explanation: Type.Optional(
      Type.String({ maxLength: 10_000, description: 'Why the listings infringe (DSA 16(2)(a))' }),
    ),
  },
  { additionalProperties: false },
);

export const NoticeItemSchema = Type.Object({
  id: Uuid,
  noticeId: Uuid,
  position: Type.Integer(),
  listing: Type.Object({
    id: Uuid,
    marketplaceId: Uuid,
    externalId: Type.String(),
    url: Type.String(),
    title: Type.String(),
    state: ListingStateSchema,
  }),
  state: ItemStateSchema,
  evidence: Type.Array(EvidenceSchema),
  slaDueAt: IsoDateTime,
  awaiting: Nullable(MovePartySchema),
  dueAt: Nullable(IsoDateTime),
  appealableUntil: Nullable(IsoDateTime),
  decision: Nullable(DecisionSummarySchema),
  expedited: Nullable(
    literals(['priority', 'provisional'], {
      description:
        "The item's expedited path: priority review (its own shorter SLA), or provisional takedown at filing confirmed or reversed by a reviewer; null: ordinary review",
    }),
  ),
});
/** The letter of authorization behind an agent's notice, as it was at filing. */
export const NoticeLetterSchema = Type.Object(
  {
    agentOrgId: Uuid,
    agentName: Type.String(),
    agentVetted: Type.Boolean({ description: 'The operator vetted the agent firm' }),
    principalOrgId: Uuid,
    principalName: Type.String(),
    rightIds: Nullable(Type.Array(Uuid), { description: "The rights covered; null: all of the brand's" }),
    marketplaceIds: Nullable(Type.Array(Uuid), { description: 'The marketplaces covered; null: all' }),
    validUntil: Nullable(Type.String()),
    authorizationSha256: Nullable(Type.String(), {
      description: 'The letter document (shown to the seller only when policy allows)',
    }),
    grantedAt: IsoDateTime,
  },
  { additionalProperties: false, title: 'NoticeLetter' },
);
export const NoticeSchema = Type.Object({
  id: Uuid,
  principalOrgId: Uuid,
  filerOrgId: Uuid,
  rightId: Uuid,
  infringementType: InfringementType,
  source: Type.Enum(['api', 'csv']),
  status: Type.Enum(['open', 'closed'], {
    description:
      'Open while any item has a move due (review, answer, counter-notice) or an appeal window open',
  }),
  statements: Statements,
  contact: Type.Object({
    name: Type.String(),
    email: Type.String(),
    phone: Type.Optional(Type.String()),
    address: Type.Optional(Type.String()),
  }),
  explanation: Nullable(Type.String()),
  createdAt: IsoDateTime,
  itemCount: Type.Integer(),
  items: Type.Array(NoticeItemSchema),
  goodFaith: Type.Boolean({
    description: 'Filed in good faith: the brand (or the agent filing for it) is a Good Faith Program member',
  }),
  viaOrgId: Nullable(Uuid, { description: 'The member whose standing applied (the brand, or the agent)' }),
  trustedFlagger: Type.Boolean({ description: 'Filed by a trusted flagger (DSA Art 22)' }),
  letter: Nullable(NoticeLetterSchema),
});
const count = Type.Integer({ minimum: 0 });
const NoticeSummarySchema = Type.Object(
  {
    totalNotices: count,
    totalItems: count,
    itemsByState: Type.Object(
      Object.fromEntries(ITEM_STATES.map((state) => [state, count])) as Record<
        (typeof ITEM_STATES)[number],
        typeof count
      >,
      { additionalProperties: false, description: 'Items in each state (0 when none)' },
    ),
    awaiting: Type.Object(
      {
        rights_holder: count,
        reviewer: count,
        seller: count,
        supervisor: count,
      },
      {
        additionalProperties: false,
        description:
          'Items whose move is due from each party: the count of each `awaiting` value of the item view',
      },
    ),
    upcoming: Type.Array(
      Type.Object({
        id: Uuid,
        noticeId: Uuid,
        listingTitle: Type.String(),
        state: ItemStateSchema,
        awaiting: MovePartySchema,
        dueAt: IsoDateTime,
      }),
      { maxItems: UPCOMING_LIMIT, description: `The ${UPCOMING_LIMIT} open items whose move is due soonest` },
    ),
  },
  { additionalProperties: false },
);
const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Repeat a submission safely: the same key returns the first result',
    }),
  ),
});
const BoolText = Type.Union([Type.Literal('true'), Type.Literal('false')]);

export const noticeRoutes: RouteModule = (app, { db, config }) => {
  app.post(
    '/v1/notices',
    {
      schema: {
        tags: ['notices'],
        summary: `File a notice: one right, 1 to ${MAX_ITEMS_PER_NOTICE} listings on any marketplace, evidence per listing`,
        headers: IdempotencyHeaders,
        body: NoticeBody,
        response: { 201: NoticeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await notices.fileNotice(
        db,
        principalOf(request),
        request.body as NoticeInput,
        key ? { idempotencyKey: key } : {},
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body);
    },
  );

  app.register(async (scope) => {
    const csvScope = scope as App;
    csvScope.addContentTypeParser(
      'text/csv',
      { parseAs: 'buffer', bodyLimit: config.maxCsvBytes },
      (_request, body, done) => done(null, body),
    );
    // The same file as a form upload (multipart/form-data, one part named "file"), in this scope only.
    await csvScope.register(multipart, {
      limits: { fileSize: config.maxCsvBytes, files: 1, fields: 10, fieldSize: 1024, parts: 11 },
    });
    csvScope.post(
      '/v1/notices/csv',
      {
        bodyLimit: config.maxCsvBytes,
        schema: {
          tags: ['notices'],
          summary: 'File a notice from a CSV file (one listing per row)',
          description: `Body: a UTF-8 CSV (RFC 4180, header row, at most ${MAX_ITEMS_PER_NOTICE} rows, at most ${config.maxCsvBytes} bytes) with columns ${CSV_COLUMNS.join(', ')}, sent either as the raw body (Content-Type: text/csv) or as a form upload (multipart/form-data with the file in a part named "file"). Identify each listing by listing_id, by marketplace_id + external_id, or by url. The notice fields go in the query string. Errors name the CSV line and column; another media type is answered 415 with the accepted ones.`,
          body: {
            content: {
              [CSV_MEDIA_TYPES[0]]: { schema: BinaryBody },
              [CSV_MEDIA_TYPES[1]]: {
                schema: Type.Object(
                  { file: { ...BinaryBody, description: 'The CSV file' } },
                  { additionalProperties: false },
                ),
              },
            },
          },
          headers: IdempotencyHeaders,
          querystring: Type.Object(
            {
              rightId: Uuid,
              infringementType: InfringementType,
              principalOrgId: Type.Optional(Uuid),
              contactName: Type.String({ minLength: 1, maxLength: 200 }),
              contactEmail: Type.String({ format: 'email', maxLength: 320 }),
              contactPhone: Type.Optional(Type.String({ maxLength: 50 })),
              goodFaith: BoolText,
              accuracy: BoolText,
              authority: BoolText,
              explanation: Type.Optional(Type.String({ maxLength: 10_000 })),
            },
            { additionalProperties: false },
          ),
          response: { 201: NoticeSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const { items, lines } = itemsFromCsv(await csvBytesOf(request));
        const input: NoticeInput = {
          rightId: q.rightId,
          infringementType: q.infringementType,
          ...(q.principalOrgId ? { principalOrgId: q.principalOrgId } : {}),
          items,
          statements: {
            goodFaith: q.goodFaith === 'true',
            accuracy: q.accuracy === 'true',
            authority: q.authority === 'true',
          },
          contact: {
            name: q.contactName,
            email: q.contactEmail,
            ...(q.contactPhone ? { phone: q.contactPhone } : {}),
          },
          ...(q.explanation ? { explanation: q.explanation } : {}),
        };
        const key = request.headers['idempotency-key'];
        try {
          const result = await notices.fileNotice(db, principalOf(request), input, {
            source: 'csv',
            ...(key ? { idempotencyKey: key } : {}),
          });
          if (result.replayed) reply.header('idempotent-replayed', 'true');
          return reply.status(result.status).send(result.body);
        } catch (error) {
          throw (error as AppError).code ? errorsToCsvLines(error as AppError, lines) : error;
        }
      },
    );
  });

  app.get(
    '/v1/notices',
    {
      schema: {
        tags: ['notices'],
        summary: 'Notices filed by or for the caller (all for operator staff), newest first',
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(NoticeSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await notices.listNotices(db, principalOf(request), request.query) }),
  );

  app.get(
    '/v1/notices/summary',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Counts over every notice the caller can list (GET /v1/notices): items by state, whose move, totals, and the soonest deadlines',
        response: { 200: NoticeSummarySchema, ...problemResponses },
      },
    },
    async (request) => summarizeNotices(db, principalOf(request)),
  );

  app.get(
    '/v1/notices/:id',
    {
      schema: {
        tags: ['notices'],
        summary: 'One notice with its items, their states and deadlines',
        params: IdParams,
        response: { 200: NoticeSchema, ...problemResponses },
      },
    },
    async (request) => notices.getNotice(db, principalOf(request), request.params.id),
  );

  app.get(
    '/v1/items',
    {
      schema: {
        tags: ['notices'],
        summary:
          "Notice items from the caller's side, newest first: a seller's items against its own listings, a rights holder's or agent's items, a marketplace's, or all (operator staff)",
        querystring: Type.Object(
          {
            state: Type.Optional(
              Type.Array(ItemStateSchema, {
                maxItems: 6,
                description:
                  'Only items in these states (repeat the parameter); pending items: state=pending',
              }),
            ),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(NoticeItemSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: await notices.listItems(db, principalOf(request), {
          limit: q.limit,
          offset: q.offset,
          ...(q.state ? { states: q.state } : {}),
        }),
      };
    },
  );
};
