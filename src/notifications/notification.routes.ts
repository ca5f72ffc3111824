import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IsoDateTime, Nullable, problemResponses, Uuid } from '../http/schemas.ts';
import { notificationDefinitions } from './notification.kinds.ts';
import { listNotifications, type NotificationView } from './notification.service.ts';

/** One entry per notification kind, each with its exact body (defined by the sending module). */
function notificationSchema() {
  return Type.Union(
    notificationDefinitions().map((d) =>
      Type.Object(
        {
          id: Uuid,
          kind: Type.Literal(d.kind),
          itemId: Nullable(Uuid),
          createdAt: IsoDateTime,
          body: d.body,
        },
        { description: d.description },
      ),
    ),
  );
}

export const notificationRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: "What the caller's organisation was told: counter-notices, answers and outcome statements",
        querystring: Type.Object(
          {
            itemId: Type.Optional(Uuid),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(Type.Unsafe<NotificationView>(notificationSchema())) }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: await listNotifications(db, principalOf(request), {
          limit: q.limit,
          offset: q.offset,
          ...(q.itemId ? { itemId: q.itemId } : {}),
        }),
      };
    },
  );
};
