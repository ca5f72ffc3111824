import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { problemResponses } from '../http/schemas.ts';
import {
  AuditEntityParams,
  AuditHistoryPageSchema,
  AuditHistoryQuery,
  auditHistory,
} from './audit.history.ts';
import { CheckpointPageSchema, PublicKeySchema, VerdictSchema } from './audit.schema.ts';
import { auditPublicKey, checkpointPage, verifyAuditLog } from './audit.service.ts';

/**
 * The audit log's anchors, published: the public key and the signed checkpoints are public so that
 * anyone can keep copies and check the chain against them later; verification is the operator's.
 */
export const auditRoutes: RouteModule = (app, { db, config }) => {
  app.get(
    '/v1/audit/public-key',
    {
      config: { public: true },
      schema: {
        tags: ['audit'],
        summary: 'The Ed25519 public key that signs audit checkpoints, and its fingerprint (public)',
        security: [],
        response: { 200: PublicKeySchema, ...problemResponses },
      },
    },
    async () => auditPublicKey(config.audit),
  );
  app.get(
    '/v1/audit/checkpoints',
    {
      config: { public: true },
      schema: {
        tags: ['audit'],
        summary: 'Signed checkpoints of the audit chain head, oldest first, with their signatures (public)',
        security: [],
        querystring: Type.Object(
          {
            after: Type.Integer({ minimum: 0, default: 0, description: 'Only checkpoints past this seq' }),
            limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: CheckpointPageSchema, ...problemResponses },
      },
    },
    async (request) => checkpointPage(db, request.query.after, request.query.limit),
  );
  app.post(
    '/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Seal pending entries and verify the audit chain: links, writer MACs, and every signed checkpoint (operator admin)',
        response: { 200: VerdictSchema, ...problemResponses },
      },
    },
    async (request) => verifyAuditLog(db, principalOf(request), config.audit, request.log),
  );
  app.get(
    '/v1/audit/entities/:type/:id',
    {
      schema: {
        tags: ['audit'],
        summary: "An entity's audit history: the chain records about it, in order, in pages (operator admin)",
        params: AuditEntityParams,
        querystring: AuditHistoryQuery,
        response: { 200: AuditHistoryPageSchema, ...problemResponses },
      },
    },
    async (request) =>
      auditHistory(db, principalOf(request), request.params, {
        after: request.query.after,
        limit: request.query.limit,
      }),
  );
};
