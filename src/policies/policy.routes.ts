import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { problemResponses } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from './policy.service.ts';

const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 24 * 90 });
const ReviewSla = Type.Object(
  {
    hours: Type.Object(
      { counterfeit: Hours, trademark_misuse: Hours, patent: Hours, copyright: Hours },
      { additionalProperties: false },
    ),
    infoRequest: Type.Optional(
      Type.Object(
        {
          window: Type.Object(
            {
              unit: Type.Union([
                Type.Literal('business_days'),
                Type.Literal('calendar_days'),
                Type.Literal('hours'),
                Type.Literal('minutes'),
              ]),
              amount: Type.Integer({ minimum: 1, maximum: 365 }),
            },
            { additionalProperties: false },
          ),
          onSilence: Type.Literal('reject'),
        },
        {
          additionalProperties: false,
          description:
            "The rights holder's time to answer a reviewer's question; silence rejects the notice for missing information",
        },
      ),
    ),
  },
  { additionalProperties: false },
);
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
};
