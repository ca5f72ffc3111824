import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { isJsonMediaType } from './validation.ts';

/**
 * Which media types a route takes as its body, read from its schema: the keys of `body.content`
 * for routes that take other formats (CSV, multipart uploads, documents), JSON for a body schema,
 * and JSON for any other POST, PUT or PATCH (their bodies, when sent, are JSON). Empty for routes
 * without a body. One source for the 415 problem and the OpenAPI document.
 */
export function acceptedMediaTypes(request: FastifyRequest): string[] {
  const body = request.routeOptions.schema?.body as { content?: Record<string, unknown> } | undefined;
  if (body?.content) return Object.keys(body.content);
  if (body) return ['application/json'];
  return ['POST', 'PUT', 'PATCH'].includes(request.method) ? ['application/json'] : [];
}

/** The request's media type without parameters, lower case; null without a Content-Type. */
export function mediaTypeOf(request: FastifyRequest): string | null {
  const header = request.headers['content-type'];
  if (typeof header !== 'string' || header.trim() === '') return null;
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * A body in a media type the route does not take (a parser exists elsewhere, e.g. JSON sent to the
 * CSV endpoint or text sent to a JSON one) is refused before validation, as an unknown type is.
 */
export function isUnacceptedBody(request: FastifyRequest): boolean {
  if (request.body === undefined || request.body === null) return false;
  const mediaType = mediaTypeOf(request);
  const accepted = acceptedMediaTypes(request);
  if (mediaType === null || accepted.length === 0) return false;
  if (accepted.includes(mediaType)) return false;
  return !(isJsonMediaType(mediaType) && accepted.includes('application/json'));
}

/**
 * Adds to a 415 what the route does take: in the detail, as `acceptedTypes`, and in the header a
 * client reads for it (`Accept-Post`, `Accept-Patch` per RFC 5789; `Accept` otherwise).
 */
export function withAcceptedTypes(error: AppError, request: FastifyRequest, reply: FastifyReply): AppError {
  const accepted = acceptedMediaTypes(request);
  if (accepted.length === 0) return error;
  const header =
    request.method === 'POST' ? 'accept-post' : request.method === 'PATCH' ? 'accept-patch' : 'accept';
  reply.header(header, accepted.join(', '));
  const list = accepted.join(', ');
  const detail = error.userMessage.includes(list)
    ? error.userMessage
    : `${error.userMessage}. Accepted: ${list}`;
  return new AppError(error.code, detail, {
    errors: error.errors,
    extra: { ...error.extra, acceptedTypes: accepted },
    internal: error.message,
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  });
}
