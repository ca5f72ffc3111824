import type { FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, problemResponses } from '../http/schemas.ts';
import { receiptOf, receiptPublicKey } from './receipt.service.ts';
import type { ReceiptKind } from './receipt.ts';
import { receiptSigningKey } from './receipt.ts';
import {
  CounterNoticeReceiptSchema,
  DecisionReceiptSchema,
  NoticeReceiptSchema,
  StatementReceiptSchema,
} from './records.ts';

const tags = ['receipts'];

/**
 * Signed receipts: each record's readers get a receipt they can check offline with
 * `ipp verify-receipt` against the public key served here.
 */
export const receiptRoutes: RouteModule = (app, { db, config }) => {
  const signingKey = receiptSigningKey(config.secretKey);

  app.get(
    '/v1/receipts/public-key',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The Ed25519 public key that signs receipts (public: notifiers and sellers verify offline)',
        security: [],
        response: {
          200: Type.Object(
            { publicKeyPem: Type.String(), keyId: Type.String(), algorithm: Type.Literal('Ed25519') },
            { additionalProperties: false, title: 'ReceiptPublicKey' },
          ),
          ...problemResponses,
        },
      },
    },
    async () => receiptPublicKey(signingKey),
  );

  // One route per kind, written out so that each path is greppable (and in the URL-to-file map).
  const receiptRoute = (kind: ReceiptKind, schema: TSchema, summary: string) => ({
    options: {
      schema: {
        tags,
        summary,
        description:
          'Answers 409 with Retry-After while the audit record of the creation is not yet sealed into the chain (the sequencer seals every 200 ms).',
        params: IdParams,
        response: { 200: schema, ...problemResponses },
      },
    },
    handler: async (request: FastifyRequest) =>
      receiptOf(db, principalOf(request), kind, (request.params as { id: string }).id, signingKey),
  });
  const notice = receiptRoute(
    'notice',
    NoticeReceiptSchema,
    'A signed receipt of the notice as filed and its audit-chain position (its readers)',
  );
  app.get('/v1/notices/:id/receipt', notice.options, notice.handler);
  const decision = receiptRoute(
    'decision',
    DecisionReceiptSchema,
    'A signed receipt of the decision and its audit-chain position (its readers)',
  );
  app.get('/v1/decisions/:id/receipt', decision.options, decision.handler);
  const statement = receiptRoute(
    'statement',
    StatementReceiptSchema,
    'A signed receipt of the statement of reasons (of decision :id) and its audit-chain position (its readers)',
  );
  app.get('/v1/statements/:id/receipt', statement.options, statement.handler);
  const counterNotice = receiptRoute(
    'counter_notice',
    CounterNoticeReceiptSchema,
    'A signed receipt of the counter-notice as filed and its audit-chain position (its readers)',
  );
  app.get('/v1/counter-notices/:id/receipt', counterNotice.options, counterNotice.handler);
};
