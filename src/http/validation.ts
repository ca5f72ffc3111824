import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from '../errors/app-error.ts';
import { fieldErrorsFromSchema } from '../errors/problem.ts';

/**
 * Bodies are validated strictly: no type coercion, no silently dropped unknown fields, every
 * error reported. Query strings and path parameters are text on the wire, so they are coerced.
 */
/** Calendar dates the platform accepts: real dates between these years (no year 0000, no 10000). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2999;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

export function isValidDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** RFC 3339 date-time with a real calendar date in range, a real time of day and an offset. */
export function isValidDateTime(text: string): boolean {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

function makeAjv(coerce: boolean) {
  const ajv = new Ajv.default({
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
  });
  addFormats.default(ajv);
  ajv.addFormat('date', { type: 'string', validate: isValidDate });
  ajv.addFormat('date-time', { type: 'string', validate: isValidDateTime });
  return ajv;
}

const bodyAjv = makeAjv(false);
const textAjv = makeAjv(true);

/** Whether a media type carries JSON (`application/json`, `application/problem+json`, ...). */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[^;]+\+json$/.test(mediaType);
}

const acceptAsParsed = () => true;

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart, contentType }) => {
  // A body in another media type (CSV, a multipart upload, a document) is read by its route, which
  // names errors in that format's terms (a CSV line and column); its schema documents it only.
  if (httpPart === 'body' && contentType && !isJsonMediaType(contentType))
    return acceptAsParsed as ReturnType<FastifySchemaCompiler<unknown>>;
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  // Compiled at the route's first request, not for every route when the app starts (a process
  // serves a fraction of them; Ajv keeps what it compiled, per schema, for the next app).
  let validate: ValidateFunction | undefined;
  const lazy = (data: unknown, context?: Parameters<ValidateFunction>[1]) => {
    validate ??= ajv.compile(schema as object);
    const valid = validate(data, context);
    lazy.errors = validate.errors;
    return valid;
  };
  lazy.errors = null as ValidateFunction['errors'];
  // Fastify passes the parent (the request) to an Ajv function, marked by `schemaEnv`, so that a
  // coerced or defaulted root value replaces the request's: keep that.
  lazy.schemaEnv = true;
  return lazy as unknown as ReturnType<FastifySchemaCompiler<unknown>>;
};

/**
 * A validator for a JSON value outside a request (a stored policy read back, a file): the same
 * rules and error shapes as a request body, pointers relative to the value.
 */
export function compileValueValidator(schema: object): (value: unknown) => FieldError[] {
  const validate = bodyAjv.compile(schema);
  return (value) => (validate(value) ? [] : fieldErrorsFromSchema(validate.errors ?? [], 'body'));
}
