import { Type } from 'typebox';
import { InfringementType, RightType as RightTypeSchema } from '../decisions/statement.schema.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import {
  DecisionSummarySchema,
  EvidenceSchema,
  IdParams,
  IsoDateTime,
  ItemStateSchema,
  literals,
  MovePartySchema,
  Nullable,
  problemResponses,
  Sha256,
  Uuid,
} from '../http/schemas.ts';
import { ListingSchema } from '../listings/listing.routes.ts';
import { NoticeLetterSchema } from '../notices/notice.routes.ts';
import { RightSchema } from '../rights/right.routes.ts';
import { decideItems } from './decide-items.ts';
import { decideProvisional } from './provisional.ts';
import { claimItem, releaseClaim } from './review.claims.ts';
import {
  BulkDecisionBody,
  BulkDecisionResponse,
  DecisionResultSchema,
  MAX_ITEMS_PER_BULK_DECISION,
  ReasonCodeSchema,
} from './review.schema.ts';
import * as review from './review.service.ts';
import {
  type DecisionInput,
  REJECTION_REASONS,
  REMOVAL_REASONS,
  type RejectionReason,
  type RemovalReason,
} from './review.ts';

const ReasonCode = ReasonCodeSchema;
const ClaimHolder = Type.Object(
  { userId: Uuid, name: Type.String(), expiresAt: IsoDateTime },
  {
    description:
      'The reviewer working on the item and until when (an expired claim is none; shown to operator staff only)',
  },
);
const ClaimSchema = Type.Object({
  itemId: Uuid,
  userId: Uuid,
  name: Type.String(),
  claimedAt: IsoDateTime,
  expiresAt: IsoDateTime,
});
const ClaimFilter = literals(['all', 'mine', 'unclaimed', 'others'] as const, {
  default: 'all',
  description:
    "By reviewers' claims on notice items: mine, unclaimed (none, or expired), others' (all: no filter)",
});
const ProvisionalSchema = Type.Object(
  {
    status: literals(['awaiting', 'confirmed', 'reversed'] as const),
    dueAt: IsoDateTime,
    decidedAt: Nullable(IsoDateTime),
    decisionId: Nullable(Uuid),
  },
  {
    description:
      'A provisional takedown at filing: awaiting a reviewer who confirms or reverses it by dueAt (past it, the listing stays down and the item escalates)',
  },
);
const ItemDetail = Type.Object(
  {
    id: Uuid,
    noticeId: Uuid,
    state: ItemStateSchema,
    awaiting: Nullable(MovePartySchema),
    dueAt: Nullable(IsoDateTime),
    slaDueAt: IsoDateTime,
    pausedAt: Nullable(IsoDateTime),
    notice: Type.Object({
      id: Uuid,
      principalOrgId: Uuid,
      filerOrgId: Uuid,
      infringementType: InfringementType,
      contact: Type.Object({
        name: Type.String(),
        email: Type.String(),
        phone: Type.Optional(Type.String()),
        address: Type.Optional(Type.String()),
      }),
      explanation: Nullable(Type.String()),
      filedAt: IsoDateTime,
      goodFaith: Type.Boolean({ description: 'Filed in good faith (a Good Faith Program member)' }),
      trustedFlagger: Type.Boolean({ description: 'Filed by a trusted flagger (DSA Art 22)' }),
      letter: Nullable(NoticeLetterSchema, {
        description:
          "The letter of authorization behind an agent's notice (which agent, for which brand, scope, expiry); the document's hash only where policy lets the seller see it",
      }),
    }),
    expedited: Nullable(literals(['priority', 'provisional'] as const)),
    provisional: Nullable(ProvisionalSchema),
    counterNoticeId: Nullable(Uuid, {
      description:
        "The seller's counter-notice against this item, if one was filed (GET /v1/items/{id}/counter-notice)",
    }),
    right: Nullable(RightSchema),
    evidence: Type.Array(Type.Object({ ...EvidenceSchema.properties, downloadPath: Type.String() })),
    listing: ListingSchema,
    snapshots: Type.Array(
      Type.Object({
        id: Uuid,
        sha256: Sha256,
        takenAt: IsoDateTime,
        listing: ListingSchema,
      }),
    ),
    infoRequests: Type.Array(
      Type.Object({
        id: Uuid,
        question: Type.String(),
        askedAt: IsoDateTime,
        answer: Nullable(Type.String()),
        answerDocumentShas: Type.Array(Sha256),
        answeredAt: Nullable(IsoDateTime),
      }),
    ),
    decision: Nullable(DecisionSummarySchema),
    version: Type.Integer(),
    claim: Nullable(ClaimHolder),
    notifierSanctions: Type.Array(
      Type.Object(
        {
          sanctionId: Uuid,
          notifierOrgId: Uuid,
          level: Type.Union([
            Type.Literal('warning'),
            Type.Literal('suspension'),
            Type.Literal('termination'),
          ]),
          findingKind: Type.Union([
            Type.Literal('unfounded'),
            Type.Literal('competitor'),
            Type.Literal('channel_control'),
            Type.Literal('burst'),
          ]),
          imposedAt: IsoDateTime,
          endsAt: Nullable(IsoDateTime),
          active: Type.Boolean(),
          reversed: Type.Boolean({ description: 'Reversed on appeal' }),
        },
        { additionalProperties: false },
      ),
      {
        description:
          "The notifier's sanctions for misuse of the notice system whose findings rest on this item (its seller sees that outcome)",
      },
    ),
  },
  { description: 'An item with its notice, right, evidence and listing side by side' },
);
const DecisionResult = DecisionResultSchema;
const QueueKind = literals(['notice_item', 'counter_notice', 'appeal', 'provisional'] as const, {
  description: 'provisional: confirm or reverse a provisional takedown (the listing is already down)',
});
const QueueEntry = Type.Object({
  kind: QueueKind,
  subjectId: Type.String({
    format: 'uuid',
    description: 'What to decide: the item, the counter-notice or the appeal (by kind)',
  }),
  itemId: Uuid,
  noticeId: Uuid,
  infringementType: InfringementType,
  principalName: Type.String(),
  right: Type.Object({ type: RightTypeSchema, name: Type.String() }),
  listing: Type.Object({ id: Uuid, marketplaceId: Uuid, title: Type.String(), url: Type.String() }),
  filedAt: IsoDateTime,
  slaDueAt: IsoDateTime,
  dueAt: Type.String({ format: 'date-time', description: "When the reviewer's decision is due" }),
  overdue: Type.Boolean(),
  claim: Nullable(ClaimHolder),
  priority: Type.Boolean({
    description: 'Priority review (good faith or a trusted flagger); priority work comes first',
  }),
  goodFaith: Type.Boolean(),
  trustedFlagger: Type.Boolean(),
  expedited: Nullable(literals(['priority', 'provisional'] as const)),
});

/** The per-decision rules, checked after the schema so each missing field is named. */
function toDecision(body: {
  decision: 'remove' | 'reject' | 'request_info';
  reasonCode?: string;
  reasonText?: string;
  question?: string;
}): DecisionInput {
  const errors: FieldError[] = [];
  if (body.decision === 'request_info') {
    if (!body.question)
      errors.push({
        pointer: '/question',
        rule: 'required',
        detail: 'say what information the rights holder must provide',
      });
    if (errors.length) throw AppError.validation(errors);
    return { decision: 'request_info', question: body.question! };
  }
  if (!body.reasonText)
    errors.push({
      pointer: '/reasonText',
      rule: 'required',
      detail: 'a decision needs a statement of reasons both parties can read',
    });
  if (body.decision === 'reject') {
    if (!body.reasonCode || !(REJECTION_REASONS as readonly string[]).includes(body.reasonCode)) {
      errors.push({
        pointer: '/reasonCode',
        rule: 'rejection-reason',
        detail: `a rejection needs one of: ${REJECTION_REASONS.join(', ')}`,
      });
    }
  } else if (body.reasonCode && !(REMOVAL_REASONS as readonly string[]).includes(body.reasonCode)) {
    errors.push({
      pointer: '/reasonCode',
      rule: 'removal-reason',
      detail: `a removal reason is one of: ${REMOVAL_REASONS.join(', ')}`,
    });
  }
  if (errors.length) throw AppError.validation(errors);
  return body.decision === 'reject'
    ? { decision: 'reject', reasonCode: body.reasonCode as RejectionReason, reasonText: body.reasonText! }
    : { decision: 'remove', reasonCode: body.reasonCode as RemovalReason, reasonText: body.reasonText! };
}

export const reviewRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/review/queue',
    {
      schema: {
        tags: ['review'],
        summary:
          "Everything whose move is the reviewer's (new items, answered questions, counter-notices and rights-holder answers, appeals), earliest deadline first (operator reviewers)",
        querystring: Type.Object(
          {
            marketplaceId: Type.Optional(Uuid),
            infringementType: Type.Optional(
              Type.Union([
                Type.Literal('counterfeit'),
                Type.Literal('trademark_misuse'),
                Type.Literal('patent'),
                Type.Literal('copyright'),
              ]),
            ),
            overdue: Type.Optional(Type.Boolean()),
            kind: Type.Optional(QueueKind),
            claim: Type.Optional(ClaimFilter),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(QueueEntry) }), ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: await review.reviewQueue(db, principalOf(request), {
          limit: q.limit,
          offset: q.offset,
          ...(q.marketplaceId ? { marketplaceId: q.marketplaceId } : {}),
          ...(q.infringementType ? { infringementType: q.infringementType } : {}),
          ...(q.overdue ? { overdueOnly: true } : {}),
          ...(q.kind ? { kind: q.kind } : {}),
          ...(q.claim && q.claim !== 'all' ? { claim: q.claim } : {}),
        }),
      };
    },
  );

  app.get(
    '/v1/review/supervisor-queue',
    {
      schema: {
        tags: ['review'],
        summary:
          'Overdue decisions escalated to supervisors: notices past their review deadline, counter-notice reviews and appeals past theirs (operator admins)',
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                itemId: Nullable(Uuid),
                target: Type.Object({ type: Type.String(), id: Uuid }),
                reason: Type.Union([
                  Type.Literal('review_overdue'),
                  Type.Literal('counter_notice_review_overdue'),
                  Type.Literal('appeal_overdue'),
                ]),
                subjectId: Nullable(Uuid),
                dueAt: Type.String({ format: 'date-time' }),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ items: await review.supervisorQueue(db, principalOf(request), request.query) }),
  );

  app.get(
    '/v1/items/:id',
    {
      schema: {
        tags: ['review'],
        summary: 'One notice item side by side with notice, right, evidence and listing (its parties only)',
        params: IdParams,
        response: { 200: ItemDetail, ...problemResponses },
      },
    },
    async (request) => review.itemDetail(db, principalOf(request), request.params.id),
  );

  app.post(
    '/v1/items/:id/provisional-decision',
    {
      schema: {
        tags: ['review'],
        summary:
          'Confirm or reverse a provisional takedown (operator reviewers): confirm keeps the listing down, reverse reinstates it and counts against the notifier',
        description:
          'confirm records a takedown_upheld decision (reason provisional_confirmed); reverse reinstates the listing (listing.reinstated) with a reinstatement decision and outcome (reason provisional_reversed). 409 when it was already decided or the item is no longer removed.',
        params: IdParams,
        body: Type.Object(
          {
            decision: literals(['confirm', 'reverse'] as const),
            reasonText: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: ProvisionalSchema, ...problemResponses },
      },
    },
    async (request) => decideProvisional(db, principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/v1/items/:id/decision',
    {
      schema: {
        tags: ['review'],
        summary:
          'Decide an item: remove, reject with a reason code, or request information (operator reviewers)',
        params: IdParams,
        body: Type.Object(
          {
            decision: Type.Union([
              Type.Literal('remove'),
              Type.Literal('reject'),
              Type.Literal('request_info'),
            ]),
            reasonCode: Type.Optional(ReasonCode),
            reasonText: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
            question: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: DecisionResult, ...problemResponses },
      },
    },
    async (request) =>
      review.decideItem(db, principalOf(request), request.params.id, toDecision(request.body)),
  );

  app.post(
    '/v1/review/decisions',
    {
      schema: {
        tags: ['review'],
        summary: `Decide up to ${MAX_ITEMS_PER_BULK_DECISION} items the same way: remove, or reject with a reason code (operator reviewers)`,
        description:
          'Each item is decided exactly as by POST /v1/items/{id}/decision (decision, statement of reasons, events, webhook, audit), one after another. An item that cannot be decided (already decided, waiting for an answer, unknown) is reported in its own result with the problem that refused it; the others stand.',
        body: BulkDecisionBody,
        response: { 200: BulkDecisionResponse, ...problemResponses },
      },
    },
    async (request) => {
      const { itemIds, ...rest } = request.body;
      // The body's schema allows only remove and reject, so the checked input is one of those.
      const input = toDecision(rest) as Exclude<DecisionInput, { decision: 'request_info' }>;
      const results = await decideItems(db, principalOf(request), itemIds, input);
      return {
        decided: results.filter((r) => r.outcome === 'decided').length,
        refused: results.filter((r) => r.outcome === 'refused').length,
        results,
      };
    },
  );

  app.post(
    '/v1/review/items/:id/claim',
    {
      schema: {
        tags: ['review'],
        summary:
          "Claim a pending item so no other reviewer works on it, or renew one's own claim; a claim expires by itself (operator reviewers)",
        description:
          "409 with claimedBy and deadline when another reviewer's claim still runs, or with state when the item is not pending.",
        params: IdParams,
        response: { 200: ClaimSchema, ...problemResponses },
      },
    },
    async (request) => claimItem(db, principalOf(request), request.params.id),
  );

  app.delete(
    '/v1/review/items/:id/claim',
    {
      schema: {
        tags: ['review'],
        summary: "Release one's own claim on an item; a supervisor (operator admin) may release anyone's",
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await releaseClaim(db, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v1/items/:id/info-response',
    {
      schema: {
        tags: ['review'],
        summary: "Answer a reviewer's question (the rights holder or its agent); the review clock resumes",
        params: IdParams,
        body: Type.Object(
          {
            answer: Type.String({ minLength: 1, maxLength: 10_000 }),
            documentShas: Type.Optional(Type.Array(Sha256, { maxItems: 20, uniqueItems: true })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ItemDetail, ...problemResponses },
      },
    },
    async (request) => review.answerInfoRequest(db, principalOf(request), request.params.id, request.body),
  );
};
