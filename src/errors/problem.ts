import {
  type AppError,
  ERROR_CODES,
  type ErrorCode,
  type FieldError,
  type ProblemExtensions,
} from './app-error.ts';

/** RFC 9457 problem details, extended with `code` and per-field `errors`. */
export interface Problem extends ProblemExtensions {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_TYPE_BASE = 'https://openipp.dev/problems/';

export function toProblem(error: AppError, instance?: string): Problem {
  const { status, title } = ERROR_CODES[error.code];
  return {
    ...error.extra,
    type: `${PROBLEM_TYPE_BASE}${error.code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    detail: error.userMessage,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
}

interface AjvLikeError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const FORMAT_DETAILS: Record<string, string> = {
  date: 'must be a calendar date YYYY-MM-DD between 1800-01-01 and 2999-12-31',
  'date-time': 'must be an RFC 3339 date-time with an offset, between the years 1800 and 2999',
  uuid: 'must be a UUID',
  email: 'must be an e-mail address',
  uri: 'must be an absolute URI',
};

/**
 * Turns schema-validation errors into field errors with JSON pointers that name the field. A value
 * outside an enum (a union of constants) is one error listing the allowed values, not one per
 * constant.
 */
export function fieldErrorsFromSchema(errors: readonly AjvLikeError[], part: string): FieldError[] {
  const prefix = part === 'body' ? '' : `/${part}`;
  // A union of constants fails with one const/enum error per branch plus anyOf: collapse them.
  const allowedAt = new Map<string, unknown[]>();
  const unionAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const error of errors) {
    if (!unionAt.has(error.instancePath)) continue;
    const values =
      error.keyword === 'const'
        ? [error.params.allowedValue]
        : error.keyword === 'enum'
          ? ((error.params.allowedValues as unknown[]) ?? [])
          : [];
    if (values.length === 0) continue;
    const list = allowedAt.get(error.instancePath) ?? [];
    for (const v of values) if (!list.includes(v)) list.push(v);
    allowedAt.set(error.instancePath, list);
  }
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    let pointer = `${prefix}${error.instancePath}`;
    let detail = error.message ?? 'is invalid';
    let rule = error.keyword;
    const allowed = allowedAt.get(error.instancePath);
    if (allowed && ['const', 'enum', 'anyOf', 'type'].includes(error.keyword)) {
      rule = 'enum';
      detail = `must be one of: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (error.keyword === 'enum') {
      detail = `must be one of: ${((error.params.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty);
      pointer = `${pointer}/${escapePointer(name)}`;
      detail = 'is not a known field';
    } else if (error.keyword === 'required') {
      const name = String(error.params.missingProperty);
      pointer = `${pointer}/${escapePointer(name)}`;
      detail = 'is required';
    } else if (error.keyword === 'format') {
      detail = FORMAT_DETAILS[String(error.params.format)] ?? detail;
    }
    const key = `${pointer}|${rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, rule, detail });
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
