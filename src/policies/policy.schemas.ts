import { Type } from 'typebox';

/** The bodies of the policies this module defines: validated on write and read, shown in OpenAPI. */

const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 24 * 90 });
export const ReviewSla = Type.Object(
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
export const PutbackBody = Type.Object(
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
export const CalendarsBody = Type.Object(
  {
    calendars: Type.Record(Type.String({ pattern: '^([A-Z]{2}|GENERIC)$' }), Calendar, {
      additionalProperties: false,
    }),
  },
  { additionalProperties: false, description: 'Holiday calendars per jurisdiction; GENERIC is the fallback' },
);
