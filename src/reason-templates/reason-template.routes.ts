import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, problemResponses } from '../http/schemas.ts';
import {
  NewReasonTemplateBody,
  ReasonTemplateQuery,
  ReasonTemplateSchema,
  ReasonTemplateUpdateBody,
} from './reason-template.schema.ts';
import * as templates from './reason-template.service.ts';

export const reasonTemplateRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/reason-templates',
    {
      schema: {
        tags: ['review'],
        summary:
          "The operator's reason templates, by reason code and language (operator reviewers and admins)",
        querystring: ReasonTemplateQuery,
        response: { 200: Type.Object({ items: Type.Array(ReasonTemplateSchema) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await templates.listReasonTemplates(db, principalOf(request), request.query),
    }),
  );

  app.post(
    '/v1/reason-templates',
    {
      schema: {
        tags: ['review'],
        summary: 'Add a reason template (operator admins)',
        body: NewReasonTemplateBody,
        response: { 201: ReasonTemplateSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await templates.createReasonTemplate(db, principalOf(request), request.body)),
  );

  app.put(
    '/v1/reason-templates/:id',
    {
      schema: {
        tags: ['review'],
        summary: 'Change a reason template at the version read (operator admins)',
        params: IdParams,
        body: ReasonTemplateUpdateBody,
        response: { 200: ReasonTemplateSchema, ...problemResponses },
      },
    },
    async (request) =>
      templates.updateReasonTemplate(db, principalOf(request), request.params.id, request.body),
  );

  app.delete(
    '/v1/reason-templates/:id',
    {
      schema: {
        tags: ['review'],
        summary: 'Remove a reason template (operator admins); decisions already made keep their text',
        params: IdParams,
        response: { 200: ReasonTemplateSchema, ...problemResponses },
      },
    },
    async (request) => templates.deleteReasonTemplate(db, principalOf(request), request.params.id),
  );
};
