import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { problemResponses } from '../http/schemas.ts';
import { CalendarsBody, PutbackBody } from './policy.schemas.ts';
import { currentPolicy, writePolicy } from './policy.service.ts';
import type { PutbackPolicy } from './putback.ts';

const version = <T extends typeof PutbackBody | typeof CalendarsBody>(body: T) =>
  Type.Object({
    key: Type.String(),
    version: Type.Integer(),
    body,
    createdAt: Type.Union([Type.String(), Type.Null()]),
  });

export const putbackPolicyRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/policies/putback',
    {
      schema: {
        tags: ['review'],
        summary: 'Counter-notice procedures and put-back clocks in force (visible to every party)',
        response: { 200: version(PutbackBody), ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return currentPolicy(db, 'putback');
    },
  );
  app.put(
    '/v1/policies/putback',
    {
      schema: {
        tags: ['review'],
        summary: 'Set counter-notice procedures and clocks (operator admin); writes a new version',
        body: PutbackBody,
        response: { 200: version(PutbackBody), ...problemResponses },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      return writePolicy(db, actor, 'putback', request.body as PutbackPolicy);
    },
  );
  app.get(
    '/v1/policies/holiday-calendars',
    {
      schema: {
        tags: ['review'],
        summary: 'Holiday calendars used to count business days, per jurisdiction',
        response: { 200: version(CalendarsBody), ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return currentPolicy(db, 'holiday_calendars');
    },
  );
  app.put(
    '/v1/policies/holiday-calendars',
    {
      schema: {
        tags: ['review'],
        summary: 'Set holiday calendars (operator admin); writes a new version',
        body: CalendarsBody,
        response: { 200: version(CalendarsBody), ...problemResponses },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      return writePolicy(db, actor, 'holiday_calendars', request.body);
    },
  );
};
