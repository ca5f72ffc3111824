import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, problemResponses } from '../http/schemas.ts';
import {
  LicenceDecisionBody,
  LicenceQuery,
  LicenceSchema,
  LicencesPolicySchema,
  LicencesPolicyVersion,
  NewLicenceBody,
} from './licence.schema.ts';
import * as licences from './licence.service.ts';

export const licenceRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/policies/licences',
    {
      schema: {
        tags: ['marketplaces'],
        summary:
          'Restricted categories and the licence each needs, refuse or hold per marketplace, the expiry warning (every signed-in party)',
        response: { 200: LicencesPolicyVersion, ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return licences.getLicencesPolicy(db);
    },
  );
  app.put(
    '/v1/policies/licences',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Set the licence policy (operator admin); writes a new version',
        body: LicencesPolicySchema,
        response: { 200: LicencesPolicyVersion, ...problemResponses },
      },
    },
    async (request) => licences.putLicencesPolicy(db, principalOf(request), request.body),
  );
  app.post(
    '/v1/stores/:id/licences',
    {
      schema: {
        tags: ['marketplaces'],
        summary: "Upload a market-access licence for one of the seller's stores; it waits for a reviewer",
        params: IdParams,
        body: NewLicenceBody,
        response: { 201: LicenceSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await licences.uploadLicence(db, principalOf(request), request.params.id, request.body)),
  );
  app.get(
    '/v1/licences',
    {
      schema: {
        tags: ['marketplaces'],
        summary:
          "Licences: a seller's own, a marketplace's stores', all for operator staff (status=pending is the reviewers' queue, oldest first)",
        querystring: LicenceQuery,
        response: { 200: Type.Object({ items: Type.Array(LicenceSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await licences.listLicences(db, principalOf(request), request.query) }),
  );
  app.get(
    '/v1/licences/:id',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'One licence with its status, expiry and the decision on it',
        params: IdParams,
        response: { 200: LicenceSchema, ...problemResponses },
      },
    },
    async (request) => licences.getLicence(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/licences/:id/decision',
    {
      schema: {
        tags: ['review'],
        summary:
          'Verify or refuse a pending licence with reasons (operator reviewers); a refusal can be appealed',
        params: IdParams,
        body: LicenceDecisionBody,
        response: { 200: LicenceSchema, ...problemResponses },
      },
    },
    async (request) => licences.decideLicence(db, principalOf(request), request.params.id, request.body),
  );
};
