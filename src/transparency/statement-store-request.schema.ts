import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * JSON Schema (draft 2020-12) of one statement of reasons as the EU DSA Transparency Database takes
 * it, written here from its validation rules:
 *   digital-services-act/transparency-database, commit 69e80a0bc8eb3cbfbe8246e898194c3bdf490a4b
 *   (2026-06-24): app/Http/Requests/StatementStoreRequest.php (fields, conditions, limits),
 *   app/Models/Statement.php (the allowed constants), app/Services/EuropeanCountriesService.php
 *   (EUROPEAN_COUNTRY_CODES: EEA) and app/Http/Controllers/Api/v1/StatementMultipleAPIController.php
 *   (`statements` between 1 and 100, puids unique in a batch).
 * Laravel's `required_if` / `exclude_unless` pairs become if/then; `exclude_unless` (the field is
 * dropped) is stated here as "must be absent", so we never send what they would throw away.
 * Cross-field date order and puid uniqueness across a batch are checked in code (transparency.ts).
 */

export const DECISION_VISIBILITIES = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
] as const;
export const DECISION_MONETARIES = [
  'DECISION_MONETARY_SUSPENSION',
  'DECISION_MONETARY_TERMINATION',
  'DECISION_MONETARY_OTHER',
] as const;
export const DECISION_PROVISIONS = [
  'DECISION_PROVISION_PARTIAL_SUSPENSION',
  'DECISION_PROVISION_TOTAL_SUSPENSION',
  'DECISION_PROVISION_PARTIAL_TERMINATION',
  'DECISION_PROVISION_TOTAL_TERMINATION',
] as const;
export const DECISION_ACCOUNTS = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'] as const;
export const ACCOUNT_TYPES = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'] as const;
export const DECISION_GROUNDS = [
  'DECISION_GROUND_ILLEGAL_CONTENT',
  'DECISION_GROUND_INCOMPATIBLE_CONTENT',
] as const;
export const CONTENT_TYPES = [
  'CONTENT_TYPE_APP',
  'CONTENT_TYPE_AUDIO',
  'CONTENT_TYPE_IMAGE',
  'CONTENT_TYPE_PRODUCT',
  'CONTENT_TYPE_SYNTHETIC_MEDIA',
  'CONTENT_TYPE_TEXT',
  'CONTENT_TYPE_VIDEO',
  'CONTENT_TYPE_OTHER',
] as const;
export const STATEMENT_CATEGORIES = [
  'STATEMENT_CATEGORY_ANIMAL_WELFARE',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_SELF_HARM',
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_VIOLENCE',
] as const;
/** The keywords this platform uses (IP infringements and the terms' own); the full list is longer. */
export const KEYWORDS = [
  'KEYWORD_COPYRIGHT_INFRINGEMENT',
  'KEYWORD_DESIGN_INFRINGEMENT',
  'KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT',
  'KEYWORD_PATENT_INFRINGEMENT',
  'KEYWORD_TRADE_SECRET_INFRINGEMENT',
  'KEYWORD_TRADEMARK_INFRINGEMENT',
  'KEYWORD_GOODS_SERVICES_NOT_PERMITTED',
  'KEYWORD_INAUTHENTIC_LISTINGS',
  'KEYWORD_PROHIBITED_PRODUCTS',
  'KEYWORD_OTHER',
] as const;
export const SOURCE_TYPES = [
  'SOURCE_ARTICLE_16',
  'SOURCE_TRUSTED_FLAGGER',
  'SOURCE_TYPE_OTHER_NOTIFICATION',
  'SOURCE_VOLUNTARY',
] as const;
export const AUTOMATED_DECISIONS = [
  'AUTOMATED_DECISION_FULLY',
  'AUTOMATED_DECISION_PARTIALLY',
  'AUTOMATED_DECISION_NOT_AUTOMATED',
] as const;
/** EuropeanCountriesService::EUROPEAN_COUNTRY_CODES: the EU member states and IS, LI, NO. */
export const EEA_COUNTRY_CODES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;
/** The multiple-statement endpoint takes `statements` between 1 and 100. */
export const TRANSPARENCY_BATCH_SIZE = 100;

const MONTH_DAY = '-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
/** Y-m-d between `fromYear`-01-01 and 2038-01-01 (both rules' `before_or_equal:2038-01-01`). */
const dateFrom = (fromYear: number) => ({
  type: 'string',
  format: 'date',
  pattern: `^((${fromYear === 2000 ? '20[0-2][0-9]|203[0-7]' : '202[0-9]|203[0-7]'})${MONTH_DAY}|2038-01-01)$`,
});
const endDate = { anyOf: [dateFrom(2000), { type: 'null' }] };
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const nullableEnum = (values: readonly string[]) => ({ enum: [...values, null] });
const contains = (field: string, value: string) => ({
  properties: { [field]: { type: 'array', contains: { const: value } } },
  required: [field],
});
const equals = (field: string, value: string) => ({
  properties: { [field]: { const: value } },
  required: [field],
});
const absent = (...fields: string[]) => ({ not: { anyOf: fields.map((f) => ({ required: [f] })) } });
/** JSON Schema's if/then/else (built by name: `then` on an object literal reads as a thenable to linters). */
const when = (condition: object, then: object, otherwise?: object) =>
  Object.fromEntries([['if', condition], ['then', then], ...(otherwise ? [['else', otherwise]] : [])]);
const present = (field: string) => ({
  required: [field],
  properties: { [field]: { not: { type: 'null' } } },
});

export const STATEMENT_STORE_REQUEST_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://openipp.example/schemas/dsa/StatementStoreRequest.json',
  title: 'StatementStoreRequest',
  type: 'object',
  additionalProperties: false,
  required: [
    'decision_ground',
    'content_type',
    'category',
    'content_date',
    'application_date',
    'decision_facts',
    'source_type',
    'automated_detection',
    'automated_decision',
    'puid',
  ],
  properties: {
    decision_visibility: {
      anyOf: [
        { type: 'array', minItems: 1, uniqueItems: true, items: { enum: DECISION_VISIBILITIES } },
        { type: 'null' },
      ],
    },
    decision_visibility_other: text(500),
    decision_monetary: nullableEnum(DECISION_MONETARIES),
    decision_monetary_other: text(500),
    decision_provision: nullableEnum(DECISION_PROVISIONS),
    decision_account: nullableEnum(DECISION_ACCOUNTS),
    account_type: nullableEnum(ACCOUNT_TYPES),
    category_specification: {
      anyOf: [{ type: 'array', uniqueItems: true, items: { enum: KEYWORDS } }, { type: 'null' }],
    },
    category_specification_other: { type: 'string', maxLength: 500 },
    decision_ground: { enum: DECISION_GROUNDS },
    decision_ground_reference_url: {
      anyOf: [{ type: 'string', format: 'uri', maxLength: 500 }, { type: 'null' }],
    },
    illegal_content_legal_ground: text(500),
    illegal_content_explanation: text(2000),
    incompatible_content_ground: text(500),
    incompatible_content_explanation: text(2000),
    incompatible_content_illegal: { enum: ['Yes', 'No'] },
    content_type: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: CONTENT_TYPES } },
    content_type_other: text(500),
    category: { enum: STATEMENT_CATEGORIES },
    category_addition: { type: 'array', uniqueItems: true, items: { enum: STATEMENT_CATEGORIES } },
    territorial_scope: {
      anyOf: [{ type: 'array', uniqueItems: true, items: { enum: EEA_COUNTRY_CODES } }, { type: 'null' }],
    },
    content_language: { anyOf: [{ type: 'string', pattern: '^[A-Z]{2}$' }, { type: 'null' }] },
    content_date: dateFrom(2000),
    application_date: dateFrom(2020),
    end_date_account_restriction: endDate,
    end_date_monetary_restriction: endDate,
    end_date_service_restriction: endDate,
    end_date_visibility_restriction: endDate,
    decision_facts: text(5000),
    source_type: { enum: SOURCE_TYPES },
    source_identity: { type: 'string', maxLength: 500 },
    automated_detection: { enum: ['Yes', 'No'] },
    automated_decision: { enum: AUTOMATED_DECISIONS },
    puid: { type: 'string', minLength: 1, maxLength: 500, pattern: '^[a-zA-Z0-9\\-_]+$' },
  },
  allOf: [
    // required_without_all: at least one kind of restriction is stated.
    {
      anyOf: [
        present('decision_visibility'),
        present('decision_monetary'),
        present('decision_provision'),
        present('decision_account'),
      ],
    },
    when(
      contains('decision_visibility', 'DECISION_VISIBILITY_OTHER'),
      { required: ['decision_visibility_other'] },
      absent('decision_visibility_other'),
    ),
    when(
      equals('decision_monetary', 'DECISION_MONETARY_OTHER'),
      { required: ['decision_monetary_other'] },
      absent('decision_monetary_other'),
    ),
    when(
      equals('decision_ground', 'DECISION_GROUND_ILLEGAL_CONTENT'),
      { required: ['illegal_content_legal_ground', 'illegal_content_explanation'] },
      absent('illegal_content_legal_ground', 'illegal_content_explanation'),
    ),
    when(
      equals('decision_ground', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'),
      { required: ['incompatible_content_ground', 'incompatible_content_explanation'] },
      absent(
        'incompatible_content_ground',
        'incompatible_content_explanation',
        'incompatible_content_illegal',
      ),
    ),
    when(
      contains('content_type', 'CONTENT_TYPE_OTHER'),
      { required: ['content_type_other'] },
      absent('content_type_other'),
    ),
    when(equals('source_type', 'SOURCE_VOLUNTARY'), absent('source_identity')),
  ],
} as const;

/** The body of `POST /api/v1/statements` (the multiple-statement endpoint). */
export const STATEMENTS_BATCH_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://openipp.example/schemas/dsa/StatementsStoreRequest.json',
  type: 'object',
  additionalProperties: false,
  required: ['statements'],
  properties: {
    statements: {
      type: 'array',
      minItems: 1,
      maxItems: TRANSPARENCY_BATCH_SIZE,
      items: { $ref: 'StatementStoreRequest.json' },
    },
  },
} as const;

// ajv and ajv-formats are CommonJS: under NodeNext their classes are the `default` members.
// Compiled on first use, not on import: every process that loads the platform (each test file,
// each CLI command) imports this module, and compiling the schema costs about 0.4 s of CPU.
let validators: { one: ValidateFunction; batch: ValidateFunction } | undefined;
function compiled() {
  if (validators) return validators;
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats.default(ajv);
  ajv.addSchema(STATEMENT_STORE_REQUEST_SCHEMA);
  validators = {
    one: ajv.getSchema(STATEMENT_STORE_REQUEST_SCHEMA.$id)!,
    batch: ajv.compile(STATEMENTS_BATCH_SCHEMA),
  };
  return validators;
}

/** Why an object is not a valid submission: `/pointer message` per error; empty when valid. */
export function statementErrors(statement: unknown): string[] {
  const validateOne = compiled().one;
  if (validateOne(statement)) return [];
  return (validateOne.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

export function batchErrors(batch: unknown): string[] {
  const validateBatch = compiled().batch;
  if (validateBatch(batch)) return [];
  return (validateBatch.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}
