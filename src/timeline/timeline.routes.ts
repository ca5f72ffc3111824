import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import {
  IdParams,
  ItemStateSchema,
  MovePartySchema,
  Nullable,
  problemResponses,
  Uuid,
} from '../http/schemas.ts';
import { itemClock, itemTimeline } from './timeline.service.ts';

const Move = {
  party: Nullable(MovePartySchema, {
    description: 'Whose move it is: reviewer, rights_holder, seller, supervisor (overdue), or null',
  }),
  action: Type.String(),
  dueAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
};
const TimelineSchema = Type.Object({
  itemId: Uuid,
  noticeId: Uuid,
  state: ItemStateSchema,
  move: Type.Object(Move),
  deadlines: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Type.String(),
      party: Type.String(),
      dueAt: Type.String(),
      status: Type.String(),
      result: Nullable(Type.String()),
    }),
  ),
  events: Type.Array(
    Type.Object({
      at: Type.String(),
      kind: Type.String(),
      by: Type.String(),
      title: Type.String({ description: 'The event in English; `facts` holds what it is made of' }),
      facts: Type.Object(
        {
          deadline: Type.Optional(Type.String({ description: "A clock's kind" })),
          party: Type.Optional(Type.String({ description: 'Whose move the clock was' })),
          dueAt: Type.Optional(Type.String()),
          result: Type.Optional(Type.String({ description: 'What the clock did when it ran out' })),
          decision: Type.Optional(
            Type.String({ description: 'The decision kind (taken, or appealed against)' }),
          ),
          reasonCode: Type.Optional(Type.String()),
          cause: Type.Optional(
            Type.String({
              description: 'Why: putback_elapsed, no_response, reviewer, court_action_filed, …',
            }),
          ),
          stillDown: Type.Optional(
            Type.Boolean({
              description: 'A reinstatement that changed nothing: another notice keeps the listing down',
            }),
          ),
          infringementType: Type.Optional(Type.String()),
          grounds: Type.Optional(Type.Array(Type.String())),
          procedure: Type.Optional(Type.String()),
          caseReference: Type.Optional(Type.String()),
        },
        {
          additionalProperties: false,
          description: 'The codes the title is made of, for clients that word it in their language',
        },
      ),
      reasons: Nullable(Type.String()),
      ref: Nullable(Type.Object({ type: Type.String(), id: Type.String() })),
    }),
  ),
});

export const timelineRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/items/:id/timeline',
    {
      schema: {
        tags: ['review'],
        summary:
          "An item's full history (notice, decisions, counter-notice, answers, clocks, outcome, appeals) with reasons (its parties)",
        params: IdParams,
        response: { 200: TimelineSchema, ...problemResponses },
      },
    },
    async (request) => itemTimeline(db, principalOf(request), request.params.id),
  );
  app.get(
    '/v1/items/:id/clock',
    {
      schema: {
        tags: ['review'],
        summary: 'Whose move it is on an item and by when (its parties)',
        params: IdParams,
        response: {
          200: Type.Object({ itemId: Uuid, state: ItemStateSchema, ...Move }),
          ...problemResponses,
        },
      },
    },
    async (request) => itemClock(db, principalOf(request), request.params.id),
  );
};
