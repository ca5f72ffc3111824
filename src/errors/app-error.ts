/**
 * One error type for the whole platform, with a closed set of domain codes. The HTTP edge maps
 * codes to statuses (see problem.ts); services never think in status codes.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_BODY: { status: 400, title: 'The request body could not be parsed' },
  MALFORMED_URL: { status: 400, title: 'The request URL could not be parsed' },
  URI_TOO_LONG: { status: 414, title: 'A path segment is too long' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  FORBIDDEN: { status: 403, title: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONFLICT: { status: 409, title: 'The request conflicts with the current state' },
  ALREADY_DECIDED: { status: 409, title: 'The item has already been decided' },
  IDEMPOTENCY_MISMATCH: { status: 422, title: 'The Idempotency-Key was used with a different request' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  UNPROCESSABLE: { status: 422, title: 'The request cannot be processed' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  NOT_READY: { status: 503, title: 'The platform is starting' },
  INTERNAL: { status: 500, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One failing field: a JSON pointer into the request (RFC 6901), the rule it broke, and why. */
export interface FieldError {
  pointer: string;
  rule: string;
  detail: string;
}

/**
 * Members a problem may carry beyond RFC 9457's and our `code`/`errors` (closed: each is described
 * in the OpenAPI problem schema, src/http/schemas.ts).
 */
export interface ProblemExtensions {
  /** The business rule that refused the request (e.g. appeal-window, different-reviewer). */
  rule?: string;
  /** The deadline the rule is about (ISO 8601), or null when none applies. */
  deadline?: string | null;
  /** The state of the subject that made the request conflict (an item's or an appeal's). */
  state?: string;
  /** The decision now in force, when an earlier one was appealed. */
  decisionInForce?: string;
  /** When a pending delivery will be attempted again. */
  nextAttemptAt?: string;
  /** The version a record is at now, when the request was based on an older one. */
  version?: number;
  /** Media types the endpoint accepts (415). */
  acceptedTypes?: string[];
  /** Seconds until a throttled request may be retried (429). */
  retryAfterSeconds?: number;
  /** The reviewer whose running claim on an item refused the request (until `deadline`). */
  claimedBy?: { userId: string; name: string };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe to show to the caller; `message` may hold internal detail for the logs. */
  readonly userMessage: string;
  readonly errors: FieldError[];
  readonly extra: ProblemExtensions;

  constructor(
    code: ErrorCode,
    userMessage: string,
    options: {
      errors?: FieldError[];
      internal?: string;
      extra?: ProblemExtensions;
      cause?: unknown;
    } = {},
  ) {
    super(
      options.internal ?? userMessage,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.errors = options.errors ?? [];
    this.extra = options.extra ?? {};
  }

  static validation(errors: FieldError[], detail?: string): AppError {
    const first = errors[0];
    const summary =
      detail ??
      (errors.length === 1 && first
        ? `${first.pointer || 'body'}: ${first.detail}`
        : `${errors.length} fields are invalid`);
    return new AppError('VALIDATION_FAILED', summary, { errors });
  }

  static field(pointer: string, rule: string, detail: string): AppError {
    return AppError.validation([{ pointer, rule, detail }]);
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found`);
  }

  static forbidden(why: string, extra?: ProblemExtensions): AppError {
    return new AppError('FORBIDDEN', why, extra ? { extra } : {});
  }

  static conflict(why: string, extra?: ProblemExtensions): AppError {
    return new AppError('CONFLICT', why, extra ? { extra } : {});
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
