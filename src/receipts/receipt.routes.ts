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

const ENDPOINTS: { path: string; kind: ReceiptKind; schema: TSchema; summary: string }[] = [
  {
    path: '/v1/notices/:id/receipt',
    kind: 'notice',
    schema: NoticeReceiptSchema,
    summary: 'A signed receipt of the notice as filed and its audit-chain position (its readers)',
  },
  {
    path: '/v1/decisions/:id/receipt',
    kind: 'decision',
    schema: DecisionReceiptSchema,
    summary: 'A signed receipt of the decision and its audit-chain position (its readers)',
  },
  {
    path: '/v1/statements/:id/receipt',
    kind: 'statement',
    schema: StatementReceiptSchema,
    summary:
      'A signed receipt of the statement of reasons (of decision :id) and its audit-chain position (its readers)',
  },
  {
    path: '/v1/counter-notices/:id/receipt',
    kind: 'counter_notice',
    schema: CounterNoticeReceiptSchema,
    summary: 'A signed receipt of the counter-notice as filed and its audit-chain position (its readers)',
  },
];

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

  for (const endpoint of ENDPOINTS)
    app.get(
      endpoint.path,
      {
        schema: {
          tags,
          summary: endpoint.summary,
          description:
            'Answers 409 with Retry-After while the audit record of the creation is not yet sealed into the chain (the sequencer seals every 200 ms).',
          params: IdParams,
          response: { 200: endpoint.schema, ...problemResponses },
        },
      },
      async (request) =>
        receiptOf(db, principalOf(request), endpoint.kind, (request.params as { id: string }).id, signingKey),
    );
};
