import { Type } from 'typebox';
import type { RouteModule } from '../http/app.ts';
import { principalOf } from '../http/app.ts';
import { problemResponses } from '../http/schemas.ts';
import { ExpeditedPathPolicySchema } from './expedite.policy.ts';
import { expeditedPolicy, setExpeditedPolicy } from './expedite.ts';

const ExpeditedPathPolicyVersion = Type.Object({
  key: Type.String(),
  version: Type.Integer({ description: '0: the built-in default is in force' }),
  body: ExpeditedPathPolicySchema,
  createdAt: Type.Union([Type.String(), Type.Null()]),
});

export const expediteRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/policies/expedited-path',
    {
      schema: {
        tags: ['review'],
        summary:
          'What good faith buys, in force: evidence a member may leave out, the expedited path per marketplace (every signed-in party)',
        response: { 200: ExpeditedPathPolicyVersion, ...problemResponses },
      },
    },
    async () => expeditedPolicy(db),
  );

  app.put(
    '/v1/policies/expedited-path',
    {
      schema: {
        tags: ['review'],
        summary:
          'Set the expedited path per marketplace (priority or provisional takedown, with its SLA) and the evidence burden of good faith (operator admin)',
        description:
          'Refused with 422 naming the rule: an SLA that is not a positive number of hours (positive-sla), an unknown marketplace (marketplace-known), an optional evidence kind that is not required (optional-is-required). Nothing is stored on refusal.',
        body: ExpeditedPathPolicySchema,
        response: { 200: ExpeditedPathPolicyVersion, ...problemResponses },
      },
    },
    async (request) => setExpeditedPolicy(db, principalOf(request), request.body),
  );
};
