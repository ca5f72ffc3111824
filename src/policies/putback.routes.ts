import { Type } from 'typebox';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { problemResponses } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from './policy.service.ts';
import { checkPutbackPolicy, type PutbackPolicy } from './putback.ts';

const Duration = Type.Object(
  {
    unit: Type.Union([
      Type.Literal('business_days'),
      Type.Literal('calendar_days'),
      Type.Literal('hours'),
      Type.Literal('minutes'),
    ]),
    amount: Type.Number({ exclusiveMinimum: 0, maximum: 366 * 24 * 60 }),
  },
  { additionalProperties: false },
);
const Terms = Type.Object(
  {
    procedure: Type.Union([
      Type.Literal('statutory_putback'),
      Type.Literal('respond_or_restore'),
      Type.Literal('evidence_review'),
    ]),
    counterNoticeWindow: Duration,
    responseWindow: Duration,
    reviewWindow: Duration,
  },
  { additionalProperties: false },
);
const ByRightType = Type.Object(
  {
    trademark: Type.Optional(Terms),
    patent: Type.Optional(Terms),
    copyright: Type.Optional(Terms),
    '*': Type.Optional(Terms),
  },
  { additionalProperties: false },
);
const PutbackBody = Type.Object(
  {
    // additionalProperties: a key outside the pattern is an error, not an unchecked extra.
    terms: Type.Record(Type.String({ pattern: '^([A-Z]{2}|\\*)$' }), ByRightType, {
      additionalProperties: false,
    }),
    appealWindowMonths: Type.Integer({ minimum: 1, maximum: 60 }),
    appealReviewWindow: Duration,
  },
  {
    additionalProperties: false,
    description: 'Put-back procedure and clocks per marketplace jurisdiction and right type',
  },
);
const IsoDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Calendar = Type.Object(
  {
    weekend: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 6, uniqueItems: true }),
    holidays: Type.Array(IsoDay, { maxItems: 2000 }),
    workingDays: Type.Array(IsoDay, { maxItems: 2000 }),
    utcOffsetMinutes: Type.Integer({ minimum: -720, maximum: 840 }),
  },
  { additionalProperties: false },
);
const CalendarsBody = Type.Object(
  {
    calendars: Type.Record(Type.String({ pattern: '^([A-Z]{2}|GENERIC)$' }), Calendar, {
      additionalProperties: false,
    }),
  },
  { additionalProperties: false, description: 'Holiday calendars per jurisdiction; GENERIC is the fallback' },
);
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
      const body = request.body as PutbackPolicy;
      const errors = checkPutbackPolicy(body);
      if (errors.length > 0) throw AppError.validation(errors);
      return writePolicy(db, actor, 'putback', body);
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
      if (!request.body.calendars.GENERIC)
        throw AppError.field(
          '/calendars/GENERIC',
          'fallback-required',
          'a GENERIC calendar is required for jurisdictions without their own',
        );
      return writePolicy(db, actor, 'holiday_calendars', request.body);
    },
  );
};
