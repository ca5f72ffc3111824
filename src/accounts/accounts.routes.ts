import { Type } from 'typebox';
import { ORG_KINDS, ROLES } from '../auth/principal.ts';
import { principalOf, type RouteModule, SESSION_COOKIE } from '../http/app.ts';
import {
  IdParams,
  IsoDate,
  literals,
  NonBlankText,
  Nullable,
  Page,
  problemResponses,
  SearchText,
  Sha256,
  searchTerm,
  Uuid,
} from '../http/schemas.ts';
import * as accounts from './accounts.service.ts';

const OrgKind = Type.Enum([...ORG_KINDS]);
const Role = Type.Enum([...ROLES]);
const TrustedFlagger = Type.Object(
  {
    authority: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'The Digital Services Coordinator (or other authority) that awarded the status',
    }),
    since: IsoDate,
  },
  { additionalProperties: false },
);
const Organisation = Type.Object({
  id: Uuid,
  kind: OrgKind,
  name: Type.String(),
  createdAt: Type.String(),
  vettedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When the operator vetted this agent firm; null: not vetted',
  }),
  trustedFlagger: Type.Union([TrustedFlagger, Type.Null()], {
    description: 'Trusted-flagger status (DSA Art 22), copied onto each notice the organisation files',
  }),
  memberRoles: Type.Array(Role, { description: 'The roles its members may have (by its kind)' }),
  keyRoles: Type.Array(Role, {
    description:
      "The roles its API keys may have (a member's, or the marketplace role of the operator's keys)",
  }),
});
const ApiKey = Type.Object({
  id: Uuid,
  orgId: Uuid,
  name: Type.String(),
  role: Role,
  marketplaceId: Type.Union([Uuid, Type.Null()]),
  prefix: Type.String(),
  createdAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const Representation = Type.Object({
  agentOrgId: Uuid,
  principalOrgId: Uuid,
  authorizationSha256: Type.Union([Sha256, Type.Null()]),
  validUntil: Type.Union([IsoDate, Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')], {
    description: 'Only an active authorization grants the agent anything',
  }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String(),
  rightIds: Type.Union([Type.Array(Uuid), Type.Null()], {
    description: 'The rights the letter covers; null: every right of the brand',
  }),
  marketplaceIds: Type.Union([Type.Array(Uuid), Type.Null()], {
    description: 'The marketplaces the letter covers; null: every marketplace',
  }),
});
/** A listed authorization names both parties, so a person need not recognise organisation ids. */
const RepresentationWithNames = Type.Object({
  ...Representation.properties,
  agentOrgName: Type.String({ description: 'Name of the agent organisation' }),
  principalOrgName: Type.String({ description: 'Name of the brand the agent acts for' }),
});

export const accountRoutes: RouteModule = (app, { db, config }) => {
  app.post(
    '/v1/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; returns a session token (also set as a cookie)',
        security: [],
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 320 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            token: Type.String(),
            expiresAt: Type.String({
              format: 'date-time',
              description: 'The session ends at this time at the latest',
            }),
            idleTimeoutSeconds: Type.Integer({
              description: 'The session also ends after this long without a request',
            }),
            user: Type.Object({ id: Uuid, email: Type.String(), name: Type.String() }),
            memberships: Type.Array(
              Type.Object({
                orgId: Uuid,
                orgName: Type.String(),
                orgKind: OrgKind,
                role: Role,
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const result = await accounts.login(db, request.body.email, request.body.password, {
        address: request.ip,
        settings: { idleMinutes: config.sessionIdleMinutes },
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        // Secure whenever the client reached us over TLS (directly, or through a trusted proxy).
        secure: request.protocol === 'https',
        path: '/',
        expires: new Date(result.expiresAt),
      });
      return result;
    },
  );

  app.post(
    '/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : request.cookies[SESSION_COOKIE];
      if (token) await accounts.logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The caller: person or API key, organisation and roles, and when a session ends',
        response: {
          200: Type.Object({
            session: Nullable(
              Type.Object(
                {
                  expiresAt: Type.String({
                    format: 'date-time',
                    description: 'The hard end of the session, whatever the activity',
                  }),
                  idleTimeoutSeconds: Type.Integer({ minimum: 1 }),
                  lastSeenAt: Type.String({
                    format: 'date-time',
                    description: 'The activity the idle timeout counts from (recorded at most once a minute)',
                  }),
                  endsAt: Type.String({
                    format: 'date-time',
                    description:
                      'When the session ends without another request: the earlier of expiresAt and lastSeenAt + the idle timeout',
                  }),
                },
                { description: 'The session signed in with; null for an API key' },
              ),
            ),
            kind: literals(['user', 'api_key'] as const),
            userId: Type.Union([Uuid, Type.Null()]),
            apiKeyId: Type.Union([Uuid, Type.Null()]),
            organisation: Type.Union([Organisation, Type.Null()]),
            roles: Type.Array(literals(ROLES)),
            marketplaceId: Type.Union([Uuid, Type.Null()]),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) =>
      accounts.describeSelf(db, principalOf(request), { idleMinutes: config.sessionIdleMinutes }),
  );

  app.post(
    '/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation (admin)',
        body: Type.Object(
          { kind: OrgKind, name: NonBlankText(200, "The organisation's name") },
          { additionalProperties: false },
        ),
        response: { 201: Organisation, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createOrganisation(db, principalOf(request), request.body)),
  );

  app.get(
    '/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary:
          "Organisations visible to the caller (all for operator staff; a brand's members also every agent firm with kind=agent; its own for anyone else)",
        description:
          'Ordered by creation time and paged with limit and offset. `q` narrows the list to organisations whose name contains the text in any case; `kind` to one kind.',
        querystring: Type.Object(
          {
            q: Type.Optional(SearchText('Part of the name (any case)')),
            kind: Type.Optional(OrgKind),
            ...Page.properties,
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Organisation) }), ...problemResponses },
      },
    },
    async (request) => {
      const { kind, limit, offset } = request.query;
      const q = searchTerm(request.query.q);
      return {
        items: await accounts.listOrganisations(db, principalOf(request), {
          limit,
          offset,
          ...(q ? { q } : {}),
          ...(kind ? { kind } : {}),
        }),
      };
    },
  );

  app.get(
    '/v1/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One organisation (its members and operator staff only)',
        params: IdParams,
        response: { 200: Organisation, ...problemResponses },
      },
    },
    async (request) => accounts.getOrganisation(db, principalOf(request), request.params.id),
  );

  app.get(
    '/v1/organisations/:id/members',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Members of an organisation',
        params: IdParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ userId: Uuid, email: Type.String(), name: Type.String(), role: Role }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({ items: await accounts.listMembers(db, principalOf(request), request.params.id) }),
  );

  app.post(
    '/v1/organisations/:id/members',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Add a person to an organisation with a role (admin)',
        params: IdParams,
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 320 }),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            password: Type.String({ minLength: 12, maxLength: 200, description: 'At least 12 characters' }),
            role: Role,
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            userId: Uuid,
            email: Type.String(),
            name: Type.String(),
            orgId: Uuid,
            role: Role,
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await accounts.addMember(db, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/v1/organisations/:id/api-keys',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Create an API key for a machine client (admin); the key is shown once',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200 }),
            role: Role,
            marketplaceId: Type.Optional(Uuid),
            expiresAt: Type.Optional(
              Type.String({ format: 'date-time', description: 'The key stops working at this time' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([ApiKey, Type.Object({ key: Type.String() })]), ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await accounts.createApiKey(db, principalOf(request), request.params.id, request.body)),
  );

  app.get(
    '/v1/organisations/:id/api-keys',
    {
      schema: {
        tags: ['organisations'],
        summary: 'API keys of an organisation (admin)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ApiKey) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await accounts.listApiKeys(db, principalOf(request), request.params.id) }),
  );

  app.delete(
    '/v1/api-keys/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Revoke an API key (admin)',
        params: IdParams,
        response: { 200: ApiKey, ...problemResponses },
      },
    },
    async (request) => accounts.revokeApiKey(db, principalOf(request), request.params.id),
  );

  app.post(
    '/v1/representations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Authorize an agent firm to file notices for a brand (letter of authorization)',
        body: Type.Object(
          {
            agentOrgId: Uuid,
            principalOrgId: Type.Optional(Uuid),
            authorizationSha256: Type.Optional(Sha256),
            validUntil: Type.Optional(IsoDate),
            rightIds: Type.Optional(
              Type.Union([Type.Array(Uuid, { minItems: 1, maxItems: 500, uniqueItems: true }), Type.Null()], {
                description: "The brand's rights the agent may file on; absent or null: all of them",
              }),
            ),
            marketplaceIds: Type.Optional(
              Type.Union([Type.Array(Uuid, { minItems: 1, maxItems: 500, uniqueItems: true }), Type.Null()], {
                description: 'The marketplaces the agent may file on; absent or null: all',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Representation, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.grantRepresentation(db, principalOf(request), request.body)),
  );

  app.get(
    '/v1/representations',
    {
      schema: {
        tags: ['organisations'],
        summary: "Agent authorizations involving the caller's organisation",
        response: { 200: Type.Object({ items: Type.Array(RepresentationWithNames) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await accounts.listRepresentations(db, principalOf(request)) }),
  );

  app.delete(
    '/v1/representations/:agentOrgId',
    {
      schema: {
        tags: ['organisations'],
        summary: "Revoke an agent's authorization at once (the brand, or an admin naming the brand)",
        params: Type.Object({ agentOrgId: Uuid }, { additionalProperties: false }),
        querystring: Type.Object({ principalOrgId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Representation, ...problemResponses },
      },
    },
    async (request) =>
      accounts.revokeRepresentation(db, principalOf(request), {
        agentOrgId: request.params.agentOrgId,
        ...(request.query.principalOrgId ? { principalOrgId: request.query.principalOrgId } : {}),
      }),
  );

  app.put(
    '/v1/organisations/:id/trust',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Vet an agent firm, or set or clear trusted-flagger status (DSA Art 22) (operator admin)',
        description:
          'vettedAgent: the operator vetted the agent firm (agents only); trustedFlagger: the awarding authority and date, or null to clear. Audited.',
        params: IdParams,
        body: Type.Object(
          {
            vettedAgent: Type.Optional(Type.Boolean()),
            trustedFlagger: Type.Optional(Type.Union([TrustedFlagger, Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: { 200: Organisation, ...problemResponses },
      },
    },
    async (request) =>
      accounts.setOrganisationTrust(db, principalOf(request), request.params.id, request.body),
  );
};
