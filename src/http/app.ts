import cookie from '@fastify/cookie';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { authenticate } from '../accounts/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { toProblem } from '../errors/problem.ts';
import type { ListingEventBus } from '../listings/listing-events.ts';
import { invalidUtf8Offset, jsonSyntaxErrorOffset, lineAndColumn, textProblems } from '../shared/text.ts';
import { openApiWebhooks } from '../webhooks/index.ts';
import { installCsrfProtection } from './csrf.ts';
import { installErrorHandling } from './errors.ts';
import { isUnacceptedBody, mediaTypeOf } from './media-types.ts';
import { hoistNamedSchemas } from './openapi-components.ts';
import { installPortal } from './portal.ts';
import type { Readiness } from './readiness.ts';
import { ProblemSchema } from './schemas.ts';
import { validatorCompiler } from './validation.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What every route module receives: the database and configuration, nothing global. */
export interface AppContext {
  db: Database;
  config: Config;
  /** Listing registrations and updates, after commit (proactive detection listens). */
  listingEvents: ListingEventBus;
  /** Start-up steps still under way; /v1 answers 503 "starting" until there are none. */
  readiness: Readiness;
}

declare module 'fastify' {
  interface FastifyRequest {
    principalOrNull: Principal | null;
  }
  interface FastifyContextConfig {
    /** Public routes skip authentication (login, health, the OpenAPI document). */
    public?: boolean;
  }
}

export const SESSION_COOKIE = 'ipp_session';

/** The caller, or a 401 problem when the route needs one and none was given. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principalOrNull)
    throw new AppError(
      'UNAUTHENTICATED',
      'Send an API key or session token as "Authorization: Bearer <token>"',
    );
  return request.principalOrNull;
}

/**
 * A stable camelCase operationId from method and path, so generated clients get readable method
 * names without every route module naming its operations: `GET /v1/notices/:id` -> `getNoticesById`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'v1')
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter((word) => word !== '');
  const capitalised = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return method.toLowerCase() + capitalised.join('');
}

/**
 * Error bodies go out as `application/problem+json` (see errors.ts); declaring 4xx schemas under
 * that media type makes the OpenAPI document say so and lets Fastify serialize them by it.
 */
function asProblemMediaType(response: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(response)) {
    const plain = schema && typeof schema === 'object' && !('content' in schema);
    out[status] =
      status.startsWith('4') && plain
        ? {
            description: (schema as { description?: string }).description ?? 'RFC 9457 problem details',
            content: { 'application/problem+json': { schema } },
          }
        : schema;
  }
  return out;
}

export type RouteModule = (app: App, ctx: AppContext) => void | Promise<void>;

type SerializerCompiler = ReturnType<ReturnType<typeof SerializerSelector>>;
type RouteDefinition = Parameters<SerializerCompiler>[0];
const compiledSerializers = new WeakMap<object, (data: unknown) => string>();

/**
 * Response serializers compiled when a route first answers with that status, not all of them when
 * the app starts: compiling the ~600 response schemas took 2.6 s of CPU at every start (every
 * server, every test harness), most of them for routes that process never serves. A compiled
 * serializer is kept per schema object (the schemas are module constants), so a second app in the
 * same process reuses it. A schema fast-json-stringify cannot compile still fails loudly, at its
 * route's first answer; the OpenAPI fuzz test answers every route.
 */
function lazySerializers(externalSchemas: unknown, options: unknown) {
  const build = SerializerSelector()(externalSchemas, options as object);
  const shareable = !externalSchemas || Object.keys(externalSchemas as object).length === 0;
  return (route: RouteDefinition) => {
    const schema = route.schema as object;
    let serialize = shareable ? compiledSerializers.get(schema) : undefined;
    return (data: unknown) => {
      if (!serialize) {
        serialize = build(route);
        if (shareable) compiledSerializers.set(schema, serialize);
      }
      return serialize(data);
    };
  };
}

export async function buildApp(ctx: AppContext, routeModules: readonly RouteModule[]): Promise<App> {
  const app = Fastify({
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true } },
    return503OnClosing: true,
    // A hop count is valid at run time; the type overloads only list boolean and addresses.
    trustProxy: ctx.config.trustProxy as boolean,
    // Errors raised by the router before any hook runs get the same problem documents.
    frameworkErrors: (error, request, reply) => {
      const code = (error as { code?: string }).code;
      const appError =
        code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? new AppError('URI_TOO_LONG', 'A path segment is longer than 100 characters; no id is that long')
          : new AppError('MALFORMED_URL', 'The URL could not be decoded (bad percent-encoding)');
      const problem = toProblem(appError, request.url.slice(0, 200));
      (reply as FastifyReply).status(problem.status).type('application/problem+json').send(problem);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  installErrorHandling(app);
  installStrictJson(app);
  await app.register(cookie);
  // Added before the swagger plugin so its own onRoute hook already sees the derived id.
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide) return;
    if (route.schema?.operationId) return;
    const method = Array.isArray(route.method) ? route.method[0] : route.method;
    const response = route.schema?.response as Record<string, unknown> | undefined;
    route.schema = {
      ...route.schema,
      operationId: operationIdOf(String(method), route.url),
      ...(response ? { response: asProblemMediaType(response) } : {}),
    };
  });
  await app.register(swagger, {
    transformObject: (documentObject) =>
      'openapiObject' in documentObject
        ? hoistNamedSchemas(documentObject.openapiObject)
        : documentObject.swaggerObject,
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenIPP API',
        version: '1.0.0',
        description: 'Notice-and-takedown, review and statements of reasons for online marketplaces.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
        contact: { name: 'OpenIPP', url: 'https://openipp.dev' },
      },
      servers: [{ url: '/' }],
      // Path items built from the event definitions; their schemas are TypeBox JSON Schema.
      webhooks: openApiWebhooks() as Record<string, {}>,
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'API key (ippk_...) or session token (ipps_...)',
          },
        },
      },
      security: [{ bearer: [] }],
      tags: [
        { name: 'auth', description: 'Login, sessions and the caller' },
        { name: 'organisations', description: 'Organisations, members, API keys, agent authorizations' },
        { name: 'marketplaces', description: 'Marketplaces, stores and listings' },
        { name: 'rights', description: 'IP rights portfolio and documents' },
        { name: 'notices', description: 'Filing notices' },
        { name: 'review', description: 'Review queue and decisions' },
        {
          name: 'decisions',
          description: 'Decisions on any subject and their statements of reasons (DSA Art 17)',
        },
        {
          name: 'webhooks',
          description: 'Signed webhook deliveries to marketplaces, with attempts and replay',
        },
        {
          name: 'detection',
          description:
            'Proactive counterfeit detection: brand knowledge, keyword controls, verdicts, cases, rescans',
        },
        {
          name: 'sellers',
          description:
            'Seller accountability: points, strikes, sanctions, education; related accounts; licences',
        },
        { name: 'notifications', description: "What each party's organisation was told" },
        { name: 'audit', description: 'Hash-chained audit log' },
        { name: 'system', description: 'Health and API description' },
      ],
    },
  });

  app.addHook('onSend', async (request, reply, payload) => {
    applySecurityHeaders(request, reply);
    return payload;
  });

  // Text is checked at the edge, before any schema or service sees it (see text.ts).
  app.addHook('preValidation', async (request) => {
    if (isUnacceptedBody(request))
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `This endpoint does not take a body of type ${mediaTypeOf(request)}`,
      );
    if (request.body === undefined || request.body === null) {
      const schema = request.routeOptions.schema?.body as { type?: string; required?: string[] } | undefined;
      if (schema?.type === 'object' && (schema.required ?? []).length === 0) request.body = {};
    }
    const problems = [
      ...textProblems(request.params, '/params'),
      ...textProblems(request.query, '/query'),
      ...(request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body)
        ? textProblems(request.body)
        : []),
    ];
    if (problems.length > 0) throw AppError.validation(problems);
  });

  app.decorateRequest('principalOrNull', null);
  // Before authentication: while starting, a login must not answer "wrong password".
  app.addHook('onRequest', async (request) => {
    if (!ctx.readiness.ready && request.url.startsWith('/v1'))
      throw new AppError('NOT_READY', ctx.readiness.startingMessage());
  });
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : request.cookies[SESSION_COOKIE];
    const orgHeader = request.headers['x-org-id'];
    request.principalOrNull = token
      ? await authenticate(ctx.db, token, typeof orgHeader === 'string' ? orgHeader : undefined, {
          idleMinutes: ctx.config.sessionIdleMinutes,
        })
      : null;
    if (!request.principalOrNull && !request.routeOptions.config.public && request.routeOptions.url) {
      throw new AppError(
        'UNAUTHENTICATED',
        token
          ? 'The token is unknown, expired or revoked'
          : 'Send an API key or session token as "Authorization: Bearer <token>"',
      );
    }
  });
  installCsrfProtection(app, SESSION_COOKIE);

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        security: [],
        response: {
          200: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] },
        },
      },
    },
    async (_request: FastifyRequest, _reply: FastifyReply) => {
      await ctx.db.selectFrom('audit_head').select('seq').executeTakeFirst();
      return { status: 'ok' };
    },
  );
  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Readiness: migrations applied and start-up data (the demo) loaded',
        description:
          'Answers 200 once the platform serves the API; before that 503 with a problem document whose detail says it is starting. `/healthz` is liveness only.',
        security: [],
        response: {
          200: {
            type: 'object',
            properties: { status: { type: 'string', enum: ['ready'] } },
            required: ['status'],
            additionalProperties: false,
          },
          503: {
            description: 'Still starting (RFC 9457 problem details)',
            content: { 'application/problem+json': { schema: ProblemSchema } },
          },
        },
      },
    },
    async () => {
      if (!ctx.readiness.ready) throw new AppError('NOT_READY', ctx.readiness.startingMessage());
      await ctx.db.selectFrom('audit_head').select('seq').executeTakeFirst();
      return { status: 'ready' as const };
    },
  );

  for (const register of routeModules) await app.register(async (scoped) => register(scoped as App, ctx));
  // The web portal at `/` (static files and the SPA fallback); API paths keep their 404s.
  installPortal(app);
  return app;
}

/**
 * JSON bodies must be valid UTF-8 (invalid bytes are refused with their offset, never replaced
 * with U+FFFD) and valid JSON (the error says where: line and column); prototype poisoning is
 * refused as by Fastify's own parser.
 */
function installStrictJson(app: App): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    const bad = invalidUtf8Offset(bytes);
    if (bad >= 0) {
      done(
        new AppError(
          'MALFORMED_BODY',
          `The body is not valid UTF-8: byte ${bad} (0x${bytes[bad]?.toString(16).padStart(2, '0')}) starts an invalid sequence`,
        ),
        undefined,
      );
      return;
    }
    const text = bytes.toString('utf8');
    if (text.trim() === '') {
      // An empty body is "no body": routes whose fields are all optional take it as {} (below).
      done(null, undefined);
      return;
    }
    parseJson(request, text, (error, value) => {
      if (!error) return done(null, value);
      const offset = jsonSyntaxErrorOffset(text);
      const where =
        offset < 0
          ? ''
          : (() => {
              const { line, column } = lineAndColumn(text, offset);
              return ` at line ${line}, column ${column}`;
            })();
      done(new AppError('MALFORMED_BODY', `The body is not valid JSON${where}: ${error.message}`), undefined);
    });
  });
}

/** What the API's own responses may do in a browser: nothing (they are data, not pages). */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every response. Routes that serve pages (the portal) set their own
 * Content-Security-Policy and Cache-Control first; everything else is personal data by default,
 * never cached and never framed.
 */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  if (request.protocol === 'https')
    reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
