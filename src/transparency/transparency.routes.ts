import { Readable } from 'node:stream';
import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IsoDate, IsoDateTime, literals, Nullable, problemResponses, Uuid } from '../http/schemas.ts';
import * as transparency from './transparency.service.ts';

const RangeQuery = Type.Object(
  {
    from: IsoDate,
    to: Type.String({
      format: 'date',
      description: 'Last calendar day included, YYYY-MM-DD (at most 366 days after from)',
    }),
    marketplaceId: Type.Optional(Uuid),
    after: Type.Optional(
      Type.String({ maxLength: 200, description: 'The `next` cursor of the previous batch' }),
    ),
  },
  { additionalProperties: false },
);

const TransparencyStatement = Type.Record(Type.String(), Type.Unknown(), {
  title: 'TransparencyStatement',
  description:
    'One StatementStoreRequest of the EU DSA Transparency Database, validated against src/transparency/statement-store-request.schema.ts',
});

const StatementBatch = Type.Object(
  {
    statements: Type.Array(TransparencyStatement, { maxItems: 100 }),
    next: Nullable(Type.String()),
    skipped: Type.Array(
      Type.Object({ decisionId: Uuid, reason: Type.String() }, { additionalProperties: false }),
    ),
  },
  { title: 'TransparencyStatementBatch', additionalProperties: false },
);

const Figure = (properties: Parameters<typeof Type.Object>[0], title: string) =>
  Type.Array(Type.Object(properties, { title, additionalProperties: false }));
const MedianHours = Nullable(Type.Number());

const TransparencyReport = Type.Object(
  {
    period: Type.String(),
    from: IsoDateTime,
    to: IsoDateTime,
    noticesReceived: Figure(
      {
        infringementType: Type.String(),
        trustedFlagger: Type.Boolean(),
        notices: Type.Integer(),
        items: Type.Integer(),
      },
      'TransparencyNoticesReceived',
    ),
    noticeActions: Figure(
      { kind: Type.String(), decisions: Type.Integer(), medianHours: MedianHours },
      'TransparencyNoticeActions',
    ),
    ownInitiative: Figure(
      {
        kind: Type.String(),
        decisions: Type.Integer(),
        automated: Type.Integer(),
        automatedShare: Type.Number(),
        automatedDetection: Type.Integer(),
      },
      'TransparencyOwnInitiative',
    ),
    complaints: Figure(
      {
        basis: Type.String(),
        received: Type.Integer(),
        upheld: Type.Integer(),
        reversed: Type.Integer(),
        open: Type.Integer(),
        medianHours: MedianHours,
      },
      'TransparencyComplaints',
    ),
    suspensions: Figure(
      { subject: literals(['notifier', 'store']), level: Type.String(), count: Type.Integer() },
      'TransparencySuspensions',
    ),
    outOfCourtDisputes: Type.Object(
      { count: Type.Integer(), note: Type.String() },
      { additionalProperties: false },
    ),
    automatedMeans: Figure(
      { automatedDecision: Type.String(), decisions: Type.Integer(), automatedDetection: Type.Integer() },
      'TransparencyAutomatedMeans',
    ),
  },
  { title: 'TransparencyReport', additionalProperties: false },
);

export const transparencyRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/transparency/statements',
    {
      schema: {
        tags: ['transparency'],
        summary:
          'A batch of up to 100 statements of reasons in the EU DSA Transparency Database format (operator staff), with the cursor to the next batch and the decisions that could not be mapped',
        querystring: RangeQuery,
        response: { 200: StatementBatch, ...problemResponses },
      },
    },
    async (request) => transparency.statementBatch(db, principalOf(request), request.query),
  );

  app.get(
    '/v1/transparency/statements.ndjson',
    {
      schema: {
        tags: ['transparency'],
        summary:
          'Every statement of reasons of the range, one Transparency Database JSON object a line, streamed (operator staff)',
        querystring: RangeQuery,
        response: {
          200: { content: { 'application/x-ndjson': { schema: Type.String() } } },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const lines = await transparency.statementLines(db, principalOf(request), request.query);
      return (
        reply
          .type('application/x-ndjson; charset=utf-8')
          .header('content-disposition', 'attachment; filename="statements.ndjson"')
          // The response schema documents the body as text; Fastify streams a Readable as it comes.
          .send(Readable.from(lines) as unknown as string)
      );
    },
  );

  app.get(
    '/v1/transparency/reports/:period',
    {
      schema: {
        tags: ['transparency'],
        summary:
          'The DSA Art 24 (with Art 15) transparency report of a half-year (operator staff); format=csv for CSV',
        params: Type.Object(
          { period: Type.String({ maxLength: 7, description: 'A half-year: 2026-H1 or 2026-H2' }) },
          { additionalProperties: false },
        ),
        querystring: Type.Object(
          { format: Type.Optional(literals(['json', 'csv'])) },
          { additionalProperties: false },
        ),
        response: {
          200: {
            content: {
              'application/json': { schema: TransparencyReport },
              'text/csv': { schema: Type.String() },
            },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const report = await transparency.transparencyReport(db, principalOf(request), request.params.period);
      if (request.query.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="dsa-report-${report.period}.csv"`)
          .send(transparency.reportCsv(report));
      return reply.type('application/json').send(report);
    },
  );
};
