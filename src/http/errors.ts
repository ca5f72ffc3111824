import { appendFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { inspect } from 'node:util';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import { fieldErrorsFromSchema, toProblem } from '../errors/problem.ts';
import { withAcceptedTypes } from './media-types.ts';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

const DATABASE_INPUT_ERRORS: Record<string, [ErrorCode, string]> = {
  '23503': ['UNPROCESSABLE', 'The request refers to a record that does not exist'],
  '22001': ['VALIDATION_FAILED', 'A value is longer than the field allows'],
  '22003': ['VALIDATION_FAILED', 'A number is out of the range the field allows'],
  '22007': ['VALIDATION_FAILED', 'A date or time is not valid'],
  '22008': ['VALIDATION_FAILED', 'A date or time is out of range'],
  '22021': ['VALIDATION_FAILED', 'A text holds a character that cannot be stored'],
  '22P02': ['VALIDATION_FAILED', 'A value has the wrong form for its field'],
  '22P05': ['VALIDATION_FAILED', 'A text holds a character that cannot be stored'],
  '54001': ['VALIDATION_FAILED', 'A value is nested too deeply'],
};

/** Maps any thrown error to an RFC 9457 problem document; only unknown errors become a 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { validationContext?: string; type?: string };
  if (fe && Array.isArray(fe.validation)) {
    const part = fe.validationContext ?? 'body';
    return AppError.validation(fieldErrorsFromSchema(fe.validation as never, part));
  }
  if (fe?.code && FASTIFY_CODES[fe.code]) {
    return new AppError(FASTIFY_CODES[fe.code] as ErrorCode, fe.message);
  }
  if (fe instanceof SyntaxError || fe?.type === 'entity.parse.failed') {
    return new AppError('MALFORMED_BODY', `The body is not valid JSON: ${fe.message}`);
  }
  const status = fe?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code: ErrorCode =
      status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : status === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : status === 404
            ? 'NOT_FOUND'
            : status === 405
              ? 'METHOD_NOT_ALLOWED'
              : 'MALFORMED_BODY';
    return new AppError(code, fe.message);
  }
  // Unique-constraint races surface as conflicts, never as 500s.
  const sqlState = (error as { code?: string })?.code;
  if (sqlState === '23505') {
    return AppError.conflict('The record already exists (it was created concurrently)', {
      rule: 'created-concurrently',
    });
  }
  // A safety net: input the schemas should have refused but the database did. Logged as a warning
  // (the edge should catch it first), answered as the client's error, never as a 500.
  const refused = sqlState ? DATABASE_INPUT_ERRORS[sqlState] : undefined;
  if (refused)
    return new AppError(refused[0], refused[1], {
      cause: error,
      internal: `sqlstate ${sqlState}`,
      errors: [{ pointer: '', rule: 'storable', detail: refused[1] }],
    });
  return new AppError('INTERNAL', 'An internal error occurred; it has been logged', { cause: error });
}

/** Oversized bodies are read and dropped up to this much, so the client reads its 413. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 15_000;

/**
 * Reads and discards what is left of a request body. Answering while the client is still sending
 * makes the kernel reset the connection, and the client never sees the answer.
 */
function drainRequest(raw: IncomingMessage): Promise<void> {
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.removeListener('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > DRAIN_LIMIT_BYTES) finish();
    };
    const timer = setTimeout(finish, DRAIN_TIMEOUT_MS);
    raw.on('data', onData);
    raw.once('end', finish);
    raw.once('close', finish);
    raw.once('error', finish);
    raw.resume();
  });
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    let appError = toAppError(error);
    // A 415 always says what the route takes.
    if (appError.code === 'UNSUPPORTED_MEDIA_TYPE') appError = withAcceptedTypes(appError, request, reply);
    if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
    else if (appError.message.startsWith('sqlstate'))
      request.log.warn({ err: error }, 'the database refused input the edge let through');
    if (appError.code === 'INTERNAL' && process.env.IPP_DEBUG_500) debug500(error);
    const problem = toProblem(appError, request.url);
    if (appError.code === 'PAYLOAD_TOO_LARGE') {
      reply.header('connection', 'close');
      await drainRequest(request.raw);
    }
    if (typeof problem.retryAfterSeconds === 'number')
      reply.header('retry-after', String(problem.retryAfterSeconds));
    return reply.status(problem.status).type('application/problem+json').send(problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = toProblem(
      new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`),
      request.url,
    );
    return reply.status(404).type('application/problem+json').send(problem);
  });
}

/** With IPP_DEBUG_500 set, a 500's cause goes to stderr, or to the file it names when it is a path. */
function debug500(error: unknown): void {
  const target = process.env.IPP_DEBUG_500;
  if (target?.startsWith('/')) appendFileSync(target, `${new Date().toISOString()} ${inspect(error)}\n`);
  else console.error(error);
}
