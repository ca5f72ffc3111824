import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, problemResponses, Uuid } from '../http/schemas.ts';
import { withdrawItem, withdrawNotice } from './outcome.service.ts';

const WithdrawBody = Type.Object(
  { reasonText: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })) },
  { additionalProperties: false },
);

export const outcomeRoutes: RouteModule = (app, { db }) => {
  app.post(
    '/v1/items/:id/withdraw',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Withdraw one item of a notice at any time (the rights holder or its agent); a removed listing is reinstated',
        params: IdParams,
        body: WithdrawBody,
        response: {
          200: Type.Object({ itemId: Uuid, state: Type.Literal('withdrawn') }),
          ...problemResponses,
        },
      },
    },
    async (request) => withdrawItem(db, principalOf(request), request.params.id, request.body.reasonText),
  );
  app.post(
    '/v1/notices/:id/withdraw',
    {
      schema: {
        tags: ['notices'],
        summary:
          'Withdraw every open item of a notice (the rights holder or its agent); removed listings are reinstated',
        params: IdParams,
        body: WithdrawBody,
        response: {
          200: Type.Object({ noticeId: Uuid, withdrawnItemIds: Type.Array(Uuid) }),
          ...problemResponses,
        },
      },
    },
    async (request) => withdrawNotice(db, principalOf(request), request.params.id, request.body.reasonText),
  );
};
