import { Type } from 'typebox';
import { isOperatorStaff } from '../auth/principal.ts';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, literals, Nullable, Page, problemResponses, Uuid } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { MISUSE_POLICY_KEY, NotifierMisuseSchema } from './misuse.policy.ts';
import * as misuse from './misuse.service.ts';
import { FINDING_KINDS, NOTIFIER_SANCTION_LEVELS } from './misuse.ts';

const Kind = literals([...FINDING_KINDS], {
  description:
    'unfounded: rejections for no infringement; competitor: a notifier linked to competing sellers; channel_control: notices against genuine, second-hand or parallel-imported goods; burst: many notices against one store in a short time',
});
const Level = literals([...NOTIFIER_SANCTION_LEVELS]);
const FindingStatus = literals(['open', 'acted', 'dismissed']);

const Finding = Type.Object(
  {
    id: Uuid,
    orgId: Uuid,
    kind: Kind,
    status: FindingStatus,
    figures: Type.Record(
      Type.String(),
      Type.Union([Type.Number(), Type.String(), Type.Array(Type.String())]),
      {
        description: 'The figures that crossed the threshold, with the thresholds and the window',
      },
    ),
    summary: Type.String(),
    storeId: Nullable(Uuid),
    windowStart: IsoDateTime,
    windowEnd: IsoDateTime,
    policyVersion: Type.Integer(),
    sanctionId: Nullable(Uuid),
    createdAt: IsoDateTime,
    items: Type.Array(
      Type.Object(
        {
          itemId: Uuid,
          noticeId: Uuid,
          listingId: Uuid,
          storeId: Uuid,
          decisionId: Nullable(Uuid),
          reasonCode: Nullable(Type.String()),
        },
        { additionalProperties: false },
      ),
      { description: 'The notice items (and their notices and decisions) behind the finding' },
    ),
  },
  { title: 'MisuseFinding', additionalProperties: false },
);

const Sanction = Type.Object(
  {
    id: Uuid,
    orgId: Uuid,
    level: Level,
    active: Type.Boolean({ description: 'In force now (not lifted, not served)' }),
    decisionId: Uuid,
    statementPath: Type.String(),
    findingId: Nullable(Uuid),
    findingKind: Nullable(Kind),
    reasonText: Type.String(),
    startsAt: IsoDateTime,
    endsAt: Nullable(IsoDateTime),
    liftedAt: Nullable(IsoDateTime),
    liftedCause: Nullable(literals(['suspension_served', 'appeal', 'operator'])),
    liftedDecisionId: Nullable(Uuid),
    manual: Type.Boolean({ description: 'Imposed by a person rather than by the policy' }),
  },
  { title: 'NotifierSanction', additionalProperties: false },
);

const Misuse = Type.Object(
  {
    org: Type.Object(
      { id: Uuid, name: Type.String(), kind: literals(['brand', 'agent']) },
      { additionalProperties: false },
    ),
    status: literals(['good_standing', 'warned', 'suspended', 'terminated']),
    until: Nullable(IsoDateTime, { description: 'When a suspension ends' }),
    findings: Type.Array(Finding, { description: 'Newest first' }),
    sanctions: Type.Array(Sanction, { description: 'Warnings, suspensions and terminations, newest first' }),
  },
  { title: 'NotifierMisuse', additionalProperties: false },
);

const PolicyVersion = Type.Object(
  {
    key: Type.String(),
    version: Type.Integer(),
    body: NotifierMisuseSchema,
    createdAt: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
const OrgParams = Type.Object({ orgId: Uuid }, { additionalProperties: false });
const Reasons = Type.Object(
  { reasonText: Type.String({ maxLength: 20_000 }) },
  { additionalProperties: false },
);

export const misuseRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/notifiers/:orgId/misuse',
    {
      schema: {
        tags: ['notifiers'],
        summary:
          "A notifier's misuse findings (with the notices behind them), warnings and sanctions, and where it stands (the notifier itself, operator staff)",
        params: OrgParams,
        response: { 200: Misuse, ...problemResponses },
      },
    },
    async (request) => misuse.getMisuse(db, principalOf(request), request.params.orgId),
  );

  app.get(
    '/v1/misuse/findings',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'Misuse findings, newest first, and the notifiers under a sanction now (operator staff)',
        querystring: Type.Object(
          { ...Page.properties, kind: Type.Optional(Kind), status: Type.Optional(FindingStatus) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            {
              items: Type.Array(
                Type.Object(
                  { ...Finding.properties, orgName: Type.String() },
                  { additionalProperties: false },
                ),
              ),
              sanctioned: Type.Array(
                Type.Object(
                  { ...Sanction.properties, orgName: Type.String() },
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
      const q = request.query;
      return misuse.listFindings(db, principalOf(request), {
        kind: q.kind,
        status: q.status,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  app.post(
    '/v1/misuse/findings/:id/dismissal',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'Dismiss an open finding with reasons; nothing is imposed (operator reviewers and admins)',
        params: IdParams,
        body: Reasons,
        response: { 200: Finding, ...problemResponses },
      },
    },
    async (request) => misuse.dismissFinding(db, principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/v1/notifiers/:orgId/sanctions',
    {
      schema: {
        tags: ['notifiers'],
        summary:
          'Warn, suspend or terminate a notifier by hand, on a finding or not, with reasons (operator reviewers and admins); a notifier_sanction decision',
        params: OrgParams,
        body: Type.Object(
          {
            level: Level,
            reasonText: Type.String({ maxLength: 20_000 }),
            suspensionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
            findingId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: { 201: Sanction, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await misuse.sanctionByHand(db, principalOf(request), request.params.orgId, request.body)),
  );

  app.post(
    '/v1/notifier-sanctions/:id/lift',
    {
      schema: {
        tags: ['notifiers'],
        summary: "Lift a notifier's sanction with reasons (operator admins); a notifier_restoration decision",
        params: IdParams,
        body: Reasons,
        response: { 200: Sanction, ...problemResponses },
      },
    },
    async (request) => misuse.liftByHand(db, principalOf(request), request.params.id, request.body),
  );

  app.get(
    '/v1/policies/notifier-misuse',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'The notifier-misuse policy in force (operator staff)',
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      if (!isOperatorStaff(actor)) throw AppError.forbidden('Only operator staff read this policy');
      return currentPolicy(db, MISUSE_POLICY_KEY);
    },
  );
  app.put(
    '/v1/policies/notifier-misuse',
    {
      schema: {
        tags: ['notifiers'],
        summary: 'Set the notifier-misuse policy (operator admin); writes a new version',
        body: NotifierMisuseSchema,
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => writePolicy(db, principalOf(request), MISUSE_POLICY_KEY, request.body),
  );
};
