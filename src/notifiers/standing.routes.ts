import { Type } from 'typebox';
import { DecisionKindSchema } from '../decisions/index.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IsoDateTime, literals, Nullable, problemResponses, Uuid } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { GoodFaithPolicySchema } from './good-faith.policy.ts';
import { GOOD_FAITH_PRESETS } from './good-faith.rules.ts';
import * as standing from './standing.service.ts';
import { REASON_CODES } from './standing.ts';

const Share = Nullable(Type.Number());
const Figures = Type.Object(
  {
    notices: Type.Integer(),
    items: Type.Integer(),
    nonconforming: Type.Integer({
      description: 'Items rejected at review for missing or wrong evidence or a right that does not apply',
    }),
    removed: Type.Integer({ description: 'Items removed (takedown success)' }),
    rejectedOther: Type.Integer({
      description: 'Items rejected for other reasons (not infringing, genuine, second-hand, ...)',
    }),
    counterNoticesSucceeded: Type.Integer(),
    appealReversals: Type.Integer({ description: 'Removals reversed on appeal' }),
    intakeRefused: Type.Integer({
      description:
        'Notices refused at intake for the submission rules (evidence, right, jurisdiction, letter)',
    }),
    provisionalReversals: Type.Integer({
      description: 'Provisional takedowns (good-faith expedited path) a reviewer reversed',
    }),
    withdrawals: Type.Integer(),
  },
  { additionalProperties: false, title: 'NotifierFigures' },
);
const Rates = Type.Object(
  {
    decided: Type.Integer(),
    conformingShare: Share,
    counterNoticeShare: Type.Number(),
    takedownSuccess: Share,
  },
  { additionalProperties: false, title: 'NotifierRates' },
);
const ReasonCode = literals([...REASON_CODES]);
const Check = Type.Object(
  {
    rule: literals(['monthly-volume', 'conforming-share', 'counter-notice-share', 'takedown-success']),
    reasonCode: Nullable(ReasonCode),
    actual: Share,
    threshold: Type.Number(),
    met: Type.Boolean(),
    more: Nullable(Type.Integer({ minimum: 0 }), {
      description:
        'How many more of what the rule counts would meet it (conforming items, removals that stand, successful takedowns, notices this month); null when met, when nothing was decided yet, or when no number can',
    }),
    monthsShort: Nullable(Type.Integer({ minimum: 0 }), {
      description: 'monthly-volume: months of the window below the minimum (null otherwise, or when met)',
    }),
    toQualify: Type.String({ description: 'What the notifier must change, in English (empty when met)' }),
  },
  { additionalProperties: false },
);
const Programme = Type.Object(
  {
    status: literals(['member', 'removed', 'none']),
    basis: Nullable(literals(['own', 'agent', 'trial'])),
    viaAgentOrgId: Nullable(Uuid),
    since: Nullable(IsoDateTime),
    rejoinAfter: Nullable(IsoDateTime),
    decisionId: Nullable(Uuid),
  },
  { additionalProperties: false, title: 'GoodFaithProgramme' },
);
const PolicyVersion = Type.Object(
  {
    key: Type.String(),
    version: Type.Integer(),
    body: GoodFaithPolicySchema,
    createdAt: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
const Month = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' });

const Standing = Type.Object(
  {
    organisation: Type.Object(
      { id: Uuid, name: Type.String(), kind: Type.String() },
      { additionalProperties: false },
    ),
    asOf: IsoDateTime,
    policy: Type.Object(
      { version: Type.Integer(), body: GoodFaithPolicySchema },
      { additionalProperties: false },
    ),
    programme: Programme,
    window: Type.Array(Month, { description: 'The months the policy looks at, oldest first' }),
    months: Type.Array(
      Type.Object(
        { month: Month, reasonCode: ReasonCode, figures: Figures },
        { additionalProperties: false },
      ),
      { description: 'Figures month by month and reason code (the last 12 months, or the window if longer)' },
    ),
    totals: Figures,
    rates: Rates,
    byReason: Type.Array(
      Type.Object({ reasonCode: ReasonCode, totals: Figures, rates: Rates }, { additionalProperties: false }),
    ),
    checks: Type.Array(Check),
    qualifies: Type.Boolean(),
    toQualify: Type.Array(Type.String()),
    history: Type.Array(
      Type.Object(
        {
          decisionId: Uuid,
          kind: DecisionKindSchema,
          reasonCode: Nullable(Type.String()),
          reasonText: Type.String(),
          decidedAt: IsoDateTime,
          appealableUntil: Nullable(IsoDateTime),
          statementPath: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'NotifierStanding' },
);

const NotifierRow = Type.Object(
  {
    orgId: Uuid,
    name: Type.String(),
    kind: Type.String(),
    programme: Programme,
    totals: Figures,
    rates: Rates,
    qualifies: Type.Boolean(),
    trustedFlagger: Nullable(
      Type.Object(
        {
          authority: Type.String({ description: 'The authority that awarded the status (DSA Art 22)' }),
          notices: Type.Integer({ description: 'Notices filed as a trusted flagger' }),
        },
        { additionalProperties: false },
      ),
    ),
    vettedAgent: Type.Boolean({ description: 'An agent firm vetted by the operator' }),
  },
  { additionalProperties: false },
);

const Preview = Type.Object(
  {
    currentVersion: Type.Integer(),
    asOf: IsoDateTime,
    gains: Type.Integer(),
    loses: Type.Integer(),
    items: Type.Array(
      Type.Object(
        {
          orgId: Uuid,
          name: Type.String(),
          status: literals(['member', 'removed', 'none']),
          qualifiesNow: Type.Boolean(),
          qualifiesWithCandidate: Type.Boolean(),
          change: literals(['gains', 'loses', 'stays_member', 'stays_out']),
          why: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'GoodFaithPreview' },
);

export const notifierRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/notifiers/:orgId/standing',
    {
      schema: {
        tags: ['notifiers'],
        summary:
          "A notifier's standing: figures month by month, rates, thresholds met or not, what to change, programme history (the notifier, its agents, operator staff)",
        params: Type.Object({ orgId: Uuid }, { additionalProperties: false }),
        response: { 200: Standing, ...problemResponses },
      },
    },
    async (request) => standing.getStanding(db, principalOf(request), request.params.orgId),
  );
  app.get(
    '/v1/notifiers',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'Every notifier with its current figures, sortable and paginated (operator staff)',
        querystring: Type.Object(
          {
            sort: Type.Optional(literals([...standing.SORT_KEYS], { default: 'name' })),
            order: Type.Optional(literals(['asc', 'desc'], { default: 'asc' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            { items: Type.Array(NotifierRow), total: Type.Integer(), policyVersion: Type.Integer() },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      standing.listNotifiers(db, principalOf(request), {
        sort: request.query.sort ?? 'name',
        order: request.query.order ?? 'asc',
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
      }),
  );
  app.post(
    '/v1/notifiers/standing/rebuild',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'Recompute every figure from notices, decisions and outcomes (operator admin)',
        response: {
          200: Type.Object(
            { cells: Type.Integer(), rebuiltAt: IsoDateTime },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async (request) => standing.rebuildStanding(db, principalOf(request)),
  );
  app.get(
    '/v1/policies/good-faith',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'The Good Faith Program policy in force (visible to every party)',
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return currentPolicy(db, 'good-faith');
    },
  );
  app.put(
    '/v1/policies/good-faith',
    {
      schema: {
        tags: ['notifiers'],
        summary:
          'Publish a Good Faith Program policy (operator admin): a new version; every notifier is evaluated against it at once',
        body: GoodFaithPolicySchema,
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => writePolicy(db, principalOf(request), 'good-faith', request.body),
  );
  app.get(
    '/v1/policies/good-faith/presets',
    {
      schema: {
        tags: ['notifiers'],
        summary: "The shipped policies: the seeds' rules (the default) and the later public rules",
        response: {
          200: Type.Object(
            {
              items: Type.Array(
                Type.Object(
                  { name: Type.String(), description: Type.String(), body: GoodFaithPolicySchema },
                  { additionalProperties: false },
                ),
              ),
            },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      principalOf(request);
      return { items: GOOD_FAITH_PRESETS.map((p) => ({ ...p, body: { ...p.body } })) };
    },
  );
  app.post(
    '/v1/policies/good-faith/preview',
    {
      schema: {
        tags: ['notifiers'],
        summary:
          'What-if (operator admin): over the recorded figures, who would gain or lose standing with this policy compared with the one in force; nothing is written',
        body: GoodFaithPolicySchema,
        response: { 200: Preview, ...problemResponses },
      },
    },
    async (request) => standing.previewPolicy(db, principalOf(request), request.body),
  );
};
