import { type AppError, ERROR_CODES, type ErrorCode, type FieldError } from './app-error.ts';

/** RFC 9457 problem details, extended with `code` and per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
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

/** Turns schema-validation errors into field errors with JSON pointers that name the field. */
export function fieldErrorsFromSchema(errors: readonly AjvLikeError[], part: string): FieldError[] {
  const prefix = part === 'body' ? '' : `/${part}`;
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    let pointer = `${prefix}${error.instancePath}`;
    let detail = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty);
      pointer = `${pointer}/${escapePointer(name)}`;
      detail = 'is not a known field';
    } else if (error.keyword === 'required') {
      const name = String(error.params.missingProperty);
      pointer = `${pointer}/${escapePointer(name)}`;
      detail = 'is required';
    }
    const key = `${pointer}|${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer, rule: error.keyword, detail });
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
