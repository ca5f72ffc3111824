import type { FastifyReply } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { literals, Nullable, problemResponses, Uuid } from '../http/schemas.ts';
import {
  brandReport,
  latestPublication,
  operatorReport,
  publishFigures,
  reportCsv,
} from './reports.service.ts';
import { METRICS } from './reports.ts';

const Month = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$', description: 'YYYY-MM' });
const Count = Type.Integer({ minimum: 0 });
const Share = Nullable(Type.Number({ minimum: 0, maximum: 1 }), {
  description: 'null when there is nothing to divide',
});

const MetricsSchema = Type.Object(
  Object.fromEntries(METRICS.map((m) => [m, Count])) as Record<(typeof METRICS)[number], typeof Count>,
  {
    title: 'ReportMetrics',
    additionalProperties: false,
    description:
      'Counts in the range: notices received, items targeted (listings named by notices), removed and rejected, removed within 24 h of filing, reactive (notice) and proactive (detection) removals, automated and human decisions, appeals decided and reversed, counter-notices that succeeded and failed, stores warned, suspended and closed, test-buy violations, buyer complaints confirmed counterfeit',
  },
);

const DurationSchema = Type.Object(
  {
    median: Nullable(Type.Number()),
    p90: Nullable(Type.Number()),
    p99: Nullable(Type.Number()),
    count: Count,
  },
  {
    additionalProperties: false,
    description: 'Hours, from a histogram with buckets ~19 % apart (each figure is its bucket’s upper bound)',
  },
);

const MonthRow = Type.Object({ month: Month, metrics: MetricsSchema }, { additionalProperties: false });
const ReasonRow = Type.Object(
  { outcome: literals(['removed', 'rejected']), reasonCode: Type.String(), count: Count },
  { additionalProperties: false },
);
const Query = Type.Object(
  {
    from: Type.Optional(Month),
    to: Type.Optional(Month),
    marketplaceId: Type.Optional(Uuid),
    jurisdiction: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
    format: Type.Optional(literals(['json', 'csv'])),
  },
  { additionalProperties: false },
);

const OperatorReportSchema = Type.Object(
  {
    from: Month,
    to: Month,
    marketplaceId: Nullable(Uuid),
    jurisdiction: Nullable(Type.String()),
    totals: MetricsSchema,
    months: Type.Array(MonthRow),
    marketplaces: Type.Array(
      Type.Object(
        { marketplaceId: Uuid, name: Type.String(), jurisdiction: Type.String(), metrics: MetricsSchema },
        { additionalProperties: false },
      ),
    ),
    reasons: Type.Array(ReasonRow),
    timeToTakedown: Type.Object(
      { ...DurationSchema.properties, within24h: Share },
      { additionalProperties: false, description: 'From filing to removal, in hours' },
    ),
    timeToDecision: DurationSchema,
    proactiveToReactive: Nullable(
      Type.Number({ description: 'Proactive removals per reactive (notice) removal' }),
    ),
    automatedShare: Share,
    registered: Type.Object(
      { brands: Count, validatedRights: Count, goodFaithParticipants: Count },
      { additionalProperties: false, description: 'As they stand now' },
    ),
    goodFaith: Type.Object(
      {
        itemsTargeted: Count,
        itemsRemoved: Count,
        appealsDecided: Count,
        appealsReversed: Count,
        successfulAppealRate: Share,
      },
      { additionalProperties: false, description: 'Notices of the Good Faith Program members, in the range' },
    ),
    testBuys: Type.Object({ bought: Count, counterfeitOrInferior: Count }, { additionalProperties: false }),
    referrals: Count,
    refundsPaid: Type.Array(
      Type.Object({ currency: Type.String(), amount: Type.Integer() }, { additionalProperties: false }),
      { description: 'Buyer refunds paid first, in minor units per currency' },
    ),
  },
  { title: 'OperatorReport', additionalProperties: false },
);

const op = OperatorReportSchema.properties;
const PublicFiguresSchema = Type.Object(
  {
    from: Month,
    to: Month,
    totals: op.totals,
    months: op.months,
    jurisdictions: Type.Array(
      Type.Object({ jurisdiction: Type.String(), metrics: MetricsSchema }, { additionalProperties: false }),
    ),
    reasons: op.reasons,
    timeToTakedown: op.timeToTakedown,
    timeToDecision: op.timeToDecision,
    proactiveToReactive: op.proactiveToReactive,
    automatedShare: op.automatedShare,
    registered: op.registered,
    goodFaith: op.goodFaith,
    testBuys: op.testBuys,
    referrals: op.referrals,
  },
  { title: 'PublicFigures', additionalProperties: false },
);
const PublicationSchema = Type.Object(
  { id: Uuid, publishedAt: Type.String({ format: 'date-time' }), figures: PublicFiguresSchema },
  { title: 'TransparencyPublication', additionalProperties: false },
);

const BrandReportSchema = Type.Object(
  {
    brand: Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }),
    standing: Nullable(
      Type.Object(
        {
          programme: literals(['member', 'removed', 'none'], { description: 'Good Faith Program status' }),
          qualifies: Type.Boolean(),
          decided: Count,
          conformingShare: Share,
          takedownSuccess: Share,
          counterNoticeShare: Type.Number({ minimum: 0, maximum: 1 }),
        },
        { additionalProperties: false },
      ),
      {
        description:
          'Its Good Faith standing over the policy window (GET /v1/notifiers/{orgId}/standing has the detail)',
      },
    ),
    from: Month,
    to: Month,
    marketplaceId: Nullable(Uuid),
    jurisdiction: Nullable(Type.String()),
    totals: MetricsSchema,
    months: Type.Array(MonthRow),
    targetedVsRemoved: Type.Array(
      Type.Object(
        { month: Month, marketplaceId: Uuid, name: Nullable(Type.String()), targeted: Count, removed: Count },
        { additionalProperties: false },
      ),
      { description: 'Per month and marketplace: listings its notices named against listings removed' },
    ),
    reasons: Type.Array(ReasonRow),
    timeToTakedown: Type.Object(
      { ...DurationSchema.properties, within24h: Share },
      { additionalProperties: false },
    ),
    counterNotices: Type.Object(
      { succeeded: Count, failed: Count, successRate: Share },
      { additionalProperties: false },
    ),
    proactiveRemovals: Count,
  },
  { title: 'BrandReport', additionalProperties: false },
);

const answers = (schema: TSchema) => ({
  200: {
    content: {
      'application/json': { schema },
      'text/csv': { schema: Type.String({ description: 'month,metric,value' }) },
    },
  },
  ...problemResponses,
});

/** A report as JSON, or as CSV (month,metric,value) to download. */
function send(
  reply: FastifyReply,
  format: 'json' | 'csv' | undefined,
  name: string,
  report: Parameters<typeof reportCsv>[0] & { from: string; to: string },
) {
  if (format === 'csv')
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}-${report.from}-${report.to}.csv"`)
      .send(reportCsv(report));
  return reply.type('application/json').send(report);
}

export const reportRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/reports/operator',
    {
      schema: {
        tags: ['reports'],
        summary:
          'The operator report: notices, decisions, takedown times, proactive against reactive, stores sanctioned, registered brands and rights, good-faith figures, test buys, referrals, refunds; per month, marketplace or jurisdiction (operator staff)',
        description:
          'Read from counters kept up to date by the event stream, never a scan of the items. Range: YYYY-MM, at most 36 months (default: the last 12). `format=csv` gives month,metric,value.',
        querystring: Query,
        response: answers(OperatorReportSchema),
      },
    },
    async (request, reply) =>
      send(
        reply,
        request.query.format,
        'operator-report',
        await operatorReport(db, principalOf(request), request.query),
      ),
  );

  app.get(
    '/v1/reports/brands/:orgId',
    {
      schema: {
        tags: ['reports'],
        summary:
          "A brand's report: listings its notices targeted against removed, per month and marketplace; time to takedown; outcomes by reason; counter-notices; proactive removals that protected its marks (the brand and its agents; operator staff)",
        params: Type.Object({ orgId: Uuid }, { additionalProperties: false }),
        querystring: Query,
        response: answers(BrandReportSchema),
      },
    },
    async (request, reply) =>
      send(
        reply,
        request.query.format,
        'brand-report',
        await brandReport(db, principalOf(request), request.params.orgId, request.query),
      ),
  );

  app.post(
    '/v1/reports/publications',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Publish the operator figures of a range on the public transparency page (operator admins): a snapshot without personal data, audited',
        body: Type.Object({ from: Month, to: Month }, { additionalProperties: false }),
        response: { 201: PublicationSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishFigures(db, principalOf(request), request.body)),
  );

  app.get(
    '/v1/public/transparency',
    {
      config: { public: true },
      schema: {
        tags: ['reports'],
        summary:
          'The figures the operator last published (public, no login): notices, removals, takedown times, proactive against reactive, stores sanctioned, per month and jurisdiction; no personal data',
        security: [],
        response: { 200: PublicationSchema, ...problemResponses },
      },
    },
    async () => latestPublication(db),
  );
};
