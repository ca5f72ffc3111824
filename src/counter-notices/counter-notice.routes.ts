import { Type } from 'typebox';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import {
  DecisionSummarySchema,
  IdParams,
  IsoDateTime,
  literals,
  Nullable,
  problemResponses,
  Sha256,
  Uuid,
} from '../http/schemas.ts';
import { REJECTION_REASONS, REMOVAL_REASONS } from '../review/index.ts';
import * as decisions from './counter-notice.decisions.ts';
import { CounterNoticeBody, CounterNoticeSchema } from './counter-notice.schema.ts';
import * as service from './counter-notice.service.ts';

export { CounterNoticeSchema };

export const counterNoticeRoutes: RouteModule = (app, { db }) => {
  app.post(
    '/v1/items/:id/counter-notice',
    {
      schema: {
        tags: ['takedowns'],
        summary: 'File a counter-notice for a removed item (its seller), within the policy window',
        params: IdParams,
        body: CounterNoticeBody,
        response: { 201: CounterNoticeSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.fileCounterNotice(db, principalOf(request), request.params.id, request.body)),
  );
  app.get(
    '/v1/items/:id/counter-notice',
    {
      schema: {
        tags: ['takedowns'],
        summary: "An item's counter-notice with the rights holder's answer (the item's parties)",
        params: IdParams,
        response: { 200: CounterNoticeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      const view = await service.counterNoticeOfItem(db, request.params.id);
      if (!view) throw AppError.notFound('Counter-notice');
      return service.getCounterNotice(db, actor, view.id);
    },
  );
  app.get(
    '/v1/counter-notices/:id',
    {
      schema: {
        tags: ['takedowns'],
        summary: 'A counter-notice (the seller, the rights holder and its agent, operator staff)',
        params: IdParams,
        response: { 200: CounterNoticeSchema, ...problemResponses },
      },
    },
    async (request) => service.getCounterNotice(db, principalOf(request), request.params.id),
  );
  app.get(
    '/v1/counter-notices/:id/documents/:sha256',
    {
      schema: {
        tags: ['takedowns'],
        summary: 'Download evidence attached to a counter-notice or its answer (the parties)',
        params: Type.Object({ id: Uuid, sha256: Sha256 }, { additionalProperties: false }),
        response: {
          200: Type.String({ contentEncoding: 'binary', description: 'The document bytes' }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const doc = await service.counterNoticeDocument(
        db,
        principalOf(request),
        request.params.id,
        request.params.sha256,
      );
      return reply
        .type(doc.mediaType)
        .header('x-content-type-options', 'nosniff')
        .send(doc.content as unknown as string);
    },
  );
  app.post(
    '/v1/counter-notices/:id/answer',
    {
      schema: {
        tags: ['takedowns'],
        summary:
          'The rights holder answers a counter-notice: proof of a filed court action, or a response with evidence',
        params: IdParams,
        body: Type.Object(
          {
            kind: Type.Union([Type.Literal('action_filed'), Type.Literal('response')]),
            text: Type.String({ minLength: 1, maxLength: 10_000 }),
            caseReference: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            court: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            documentShas: Type.Optional(Type.Array(Sha256, { maxItems: 20, uniqueItems: true })),
          },
          { additionalProperties: false },
        ),
        response: { 200: CounterNoticeSchema, ...problemResponses },
      },
    },
    async (request) =>
      decisions.answerCounterNotice(db, principalOf(request), request.params.id, request.body),
  );
  app.post(
    '/v1/counter-notices/:id/decision',
    {
      schema: {
        tags: ['review'],
        summary:
          'Decide a counter-notice in review: reinstate the listing or uphold the takedown, with reasons (operator reviewers)',
        params: IdParams,
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('reinstate'), Type.Literal('uphold')]),
            reasonCode: Type.Optional(Type.String({ maxLength: 100 })),
            reasonText: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: CounterNoticeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { decision, reasonCode, reasonText } = request.body;
      const allowed: readonly string[] = decision === 'reinstate' ? REJECTION_REASONS : REMOVAL_REASONS;
      if (reasonCode && !allowed.includes(reasonCode))
        throw AppError.field(
          '/reasonCode',
          decision === 'reinstate' ? 'rejection-reason' : 'removal-reason',
          `one of: ${allowed.join(', ')}`,
        );
      return decisions.decideCounterNotice(db, principalOf(request), request.params.id, {
        decision,
        reasonCode: reasonCode ?? null,
        reasonText,
      });
    },
  );
};
