import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { FieldErrorSchema, problemResponses } from '../http/schemas.ts';
import { policyDefinitions } from './define.ts';
import { ReviewSla } from './policy.schemas.ts';
import { currentPolicy, listPolicies, policyHistory, writePolicy } from './policy.service.ts';

const ReviewSlaVersion = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  body: ReviewSla,
  createdAt: Type.Union([Type.String(), Type.Null()]),
});

export const policyRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/policies/review-sla',
    {
      schema: {
        tags: ['review'],
        summary: 'Review deadlines in force, per infringement type (visible to every party)',
        response: { 200: ReviewSlaVersion, ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return currentPolicy(db, 'review_sla');
    },
  );
  app.put(
    '/v1/policies/review-sla',
    {
      schema: {
        tags: ['review'],
        summary: 'Set review deadlines (operator admin); writes a new version',
        body: ReviewSla,
        response: { 200: ReviewSlaVersion, ...problemResponses },
      },
    },
    async (request) => writePolicy(db, principalOf(request), 'review_sla', request.body),
  );

  // Every policy a module defined (definePolicy), one mechanism: listed with the version in force,
  // and each with its history. The body schemas are the definitions' own.
  const keys = policyDefinitions().map((d) => d.key);
  const AnyPolicyBody = Type.Union(policyDefinitions().map((d) => d.schema));
  app.get(
    '/v1/policies',
    {
      schema: {
        tags: ['review'],
        summary: 'Every policy the caller may read, with the version in force (defined with definePolicy)',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                key: Type.Enum(keys),
                description: Type.String(),
                readableBy: Type.Enum(['everyone', 'operator_staff']),
                version: Type.Integer({ description: '0: the built-in default is in force' }),
                createdAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ items: await listPolicies(db, principalOf(request)) }),
  );
  app.get(
    '/v1/policies/:key/versions',
    {
      schema: {
        tags: ['review'],
        summary: "A policy's versions, newest first, each with its body and whether it still validates",
        params: Type.Object({ key: Type.Enum(keys) }, { additionalProperties: false }),
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            key: Type.Enum(keys),
            defaultValue: AnyPolicyBody,
            versions: Type.Array(
              Type.Object({
                version: Type.Integer(),
                body: Type.Union([AnyPolicyBody, Type.Null()]),
                valid: Type.Boolean(),
                problems: Type.Array(FieldErrorSchema),
                createdBy: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
                createdAt: Type.String({ format: 'date-time' }),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => policyHistory(db, principalOf(request), request.params.key, request.query) as never,
  );
};
