import { Type } from 'typebox';
import { isOperatorAdmin, isOperatorStaff } from '../auth/principal.ts';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, literals, Nullable, problemResponses, Uuid } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import * as complaints from './complaints.service.ts';
import * as deposits from './deposit.service.ts';
import * as orders from './orders.service.ts';
import { DepositsPolicySchema, RefundFirstPolicySchema } from './payments.policy.ts';
import { moneyReport, reportCsv } from './reports.service.ts';

const Amount = Type.Number({ description: 'Minor units (cents): a positive integer' });
const CurrencyText = Type.String({ minLength: 1, maxLength: 8, description: 'ISO 4217 code' });
const DepositStatus = literals(['not_required', 'none', 'below_minimum', 'below_required', 'sufficient']);

const Deposit = Type.Object(
  {
    storeId: Uuid,
    storeName: Type.String(),
    marketplaceId: Uuid,
    currency: Nullable(Type.String()),
    balance: Type.Integer({ description: 'Deposit held now, minor units (from the ledger)' }),
    required: Type.Integer(),
    minimum: Type.Integer(),
    status: DepositStatus,
    policyVersion: Type.Integer(),
    confiscation: Nullable(
      Type.Object(
        { mode: literals(['full', 'partial']), sharePercent: Type.Integer() },
        { additionalProperties: false },
      ),
    ),
    releaseWaitingDays: Nullable(Type.Integer()),
    confiscations: Type.Array(
      Type.Object(
        {
          id: Uuid,
          decisionId: Uuid,
          causeDecisionId: Uuid,
          amount: Type.Integer(),
          currency: Type.String(),
          at: IsoDateTime,
          returnedAt: Nullable(IsoDateTime),
        },
        { additionalProperties: false },
      ),
    ),
    movements: Type.Array(
      Type.Object(
        {
          id: Uuid,
          kind: Type.String(),
          amount: Type.Integer({ description: 'Into (+) or out of (-) the deposit' }),
          currency: Type.String(),
          decisionId: Nullable(Uuid),
          memo: Type.String(),
          at: IsoDateTime,
        },
        { additionalProperties: false },
      ),
    ),
    release: Nullable(
      Type.Object(
        {
          state: literals(['waiting', 'released', 'refused']),
          requestedAt: IsoDateTime,
          dueAt: IsoDateTime,
          outcome: Nullable(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { title: 'StoreDeposit', additionalProperties: false },
);

const StoreMoney = Type.Object(
  {
    storeId: Uuid,
    storeName: Type.String(),
    marketplaceId: Uuid,
    balances: Type.Array(
      Type.Object(
        {
          currency: Type.String(),
          deposit: Type.Integer(),
          held: Type.Integer({ description: 'Proceeds held (not payable)' }),
          payable: Type.Integer({ description: 'Proceeds that may be paid out' }),
          receivable: Type.Integer({ description: 'Negative: what the seller owes the platform' }),
        },
        { additionalProperties: false },
      ),
    ),
    held: Type.Array(
      Type.Object(
        {
          orderId: Type.String(),
          listingId: Uuid,
          listingTitle: Type.String(),
          amount: Type.Integer(),
          currency: Type.String(),
          state: literals(['held', 'kept']),
          reason: Type.String(),
          noticeItemId: Nullable(Uuid),
          caseId: Nullable(Uuid),
          decisionId: Nullable(Uuid),
          since: IsoDateTime,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { title: 'StoreMoney', additionalProperties: false },
);

const MoneyEvent = Type.Object(
  {
    event: literals(['paid', 'cancelled', 'payout']),
    id: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The order's (or payout's) id on the marketplace",
    }),
    listingId: Type.Optional(Uuid),
    listingExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    storeExternalId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'For a payout' }),
    ),
    amount: Amount,
    currency: CurrencyText,
    buyerRef: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: "The buyer's reference on the marketplace" }),
    ),
  },
  { additionalProperties: false },
);

const policyVersion = (body: typeof DepositsPolicySchema | typeof RefundFirstPolicySchema) =>
  Type.Object(
    { key: Type.String(), version: Type.Integer(), body, createdAt: Nullable(Type.String()) },
    { additionalProperties: false },
  );

const Complaint = Type.Object(
  {
    id: Uuid,
    orderId: Type.String({ description: "The order's id on the marketplace" }),
    marketplaceId: Uuid,
    storeId: Uuid,
    storeName: Type.String(),
    listingId: Uuid,
    listingTitle: Type.String(),
    buyerRef: Type.String(),
    explanation: Type.String(),
    evidence: Type.Array(Type.String()),
    status: literals(['refunded', 'confirmed', 'genuine'], {
      description:
        'refunded: paid back at once, claim open; confirmed: counterfeit; genuine: the seller was made whole',
    }),
    refundAmount: Type.Integer(),
    currency: Type.String(),
    filedAt: IsoDateTime,
    decidedAt: Nullable(IsoDateTime),
    claim: Type.Object(
      {
        id: Uuid,
        status: literals(['open', 'counterfeit', 'genuine']),
        fromHeld: Type.Integer(),
        fromDeposit: Type.Integer(),
        fromReceivable: Type.Integer(),
        decisionId: Nullable(Uuid),
      },
      { additionalProperties: false },
    ),
  },
  { title: 'BuyerComplaint', additionalProperties: false },
);
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });
const ListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
    status: Type.Optional(literals(['open', 'counterfeit', 'genuine'])),
  },
  { additionalProperties: false },
);

const ReportRow = Type.Object(
  {
    marketplaceId: Uuid,
    marketplaceName: Type.String(),
    month: Type.String({ description: 'YYYY-MM (UTC)' }),
    currency: Type.String(),
    depositsPaid: Type.Integer(),
    depositsConfiscated: Type.Integer({ description: 'Net of confiscations returned' }),
    depositsReleased: Type.Integer(),
    proceedsHeld: Type.Integer(),
    proceedsReleased: Type.Integer(),
    refundsPaid: Type.Integer(),
    refundsRecovered: Type.Integer({ description: 'Net of recoveries given back (genuine goods)' }),
  },
  { additionalProperties: false },
);
const Month = Type.String({ pattern: '^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

export const paymentRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/reports/money',
    {
      schema: {
        tags: ['money'],
        summary:
          'Deposits paid, confiscated and released, proceeds held and released, refunds paid and recovered, per marketplace, month and currency (operator staff); format=csv for CSV',
        querystring: Type.Object(
          {
            from: Type.Optional(Month),
            to: Type.Optional(Month),
            marketplaceId: Type.Optional(Uuid),
            format: Type.Optional(literals(['json', 'csv'])),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            content: {
              'application/json': {
                schema: Type.Object({ items: Type.Array(ReportRow) }, { additionalProperties: false }),
              },
              'text/csv': { schema: Type.String() },
            },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const items = await moneyReport(db, principalOf(request), request.query);
      if (request.query.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="money-report.csv"')
          .send(reportCsv(items));
      return reply.type('application/json').send({ items });
    },
  );

  app.post(
    '/v1/buyer-complaints',
    {
      schema: {
        tags: ['money'],
        summary:
          "A buyer (with the order's buyer reference) or the marketplace on its behalf complains that an order was counterfeit: refunded at once from the fund within the policy limits; a recovery claim is opened against the seller",
        body: Type.Object(
          {
            marketplaceId: Uuid,
            orderId: Type.String({ minLength: 1, maxLength: 200 }),
            buyerRef: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            explanation: Type.String({ minLength: 1, maxLength: 10_000 }),
            evidence: Type.Array(Sha256, {
              maxItems: 20,
              uniqueItems: true,
              description: 'Documents uploaded first',
            }),
            amount: Type.Optional(Amount),
          },
          { additionalProperties: false },
        ),
        response: { 201: Complaint, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await complaints.fileComplaint(db, principalOf(request), request.body)),
  );
  app.get(
    '/v1/buyer-complaints',
    {
      schema: {
        tags: ['money'],
        summary:
          'Buyer complaints with refund and claim status (a buyer: its own; a marketplace key: its own; staff: all)',
        querystring: ListQuery,
        response: {
          200: Type.Object({ items: Type.Array(Complaint) }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      items: await complaints.listComplaintsFor(db, principalOf(request), {
        ...(request.query.status ? { claimStatus: request.query.status } : {}),
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
      }),
    }),
  );
  app.get(
    '/v1/recovery-claims',
    {
      schema: {
        tags: ['money'],
        summary: 'Recovery claims against sellers, with their complaint (operator reviewers and admins)',
        querystring: ListQuery,
        response: {
          200: Type.Object({ items: Type.Array(Complaint) }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      if (!isOperatorStaff(actor))
        throw AppError.forbidden('Only operator reviewers and admins read recovery claims');
      return {
        items: await complaints.listComplaintsFor(db, actor, {
          ...(request.query.status ? { claimStatus: request.query.status } : {}),
          limit: request.query.limit ?? 50,
          offset: request.query.offset ?? 0,
        }),
      };
    },
  );
  app.post(
    '/v1/recovery-claims/:id/decision',
    {
      schema: {
        tags: ['money'],
        summary:
          'Decide a recovery claim (operator reviewers and admins): counterfeit (counts on the store, buyer_complaint.confirmed) or genuine (the seller is made whole)',
        params: IdParams,
        body: Type.Object(
          {
            result: literals(['counterfeit', 'genuine']),
            reasonText: Type.String({ minLength: 1, maxLength: 20_000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Complaint, ...problemResponses },
      },
    },
    async (request) => complaints.decideClaim(db, principalOf(request), request.params.id, request.body),
  );
  app.post(
    '/v1/refund-fund/top-ups',
    {
      schema: {
        tags: ['money'],
        summary: 'Fund the platform refund fund (operator admins)',
        body: Type.Object(
          {
            amount: Amount,
            currency: CurrencyText,
            reference: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            { currency: Type.String(), balance: Type.Integer() },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async (request) => complaints.topUpRefundFund(db, principalOf(request), request.body),
  );

  app.get(
    '/v1/stores/:id/deposit',
    {
      schema: {
        tags: ['money'],
        summary:
          "A store's deposit: balance, what the policy requires, confiscations (staff, the store's seller, its marketplace key)",
        params: IdParams,
        response: { 200: Deposit, ...problemResponses },
      },
    },
    async (request) => deposits.getDeposit(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/stores/:id/deposit/top-ups',
    {
      schema: {
        tags: ['money'],
        summary:
          "The marketplace reports a deposit payment of the store's seller (its key); idempotent per paymentId",
        params: IdParams,
        body: Type.Object(
          {
            amount: Amount,
            currency: CurrencyText,
            paymentId: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Deposit, ...problemResponses },
      },
    },
    async (request) => deposits.topUp(db, principalOf(request), request.params.id, request.body),
  );
  app.post(
    '/v1/stores/:id/deposit/confiscations',
    {
      schema: {
        tags: ['money'],
        summary:
          'Confiscate a store deposit by hand for an upheld infringement decision (operator reviewers and admins)',
        params: IdParams,
        body: Type.Object(
          { decisionId: Uuid, reasonText: Type.String({ minLength: 1, maxLength: 20_000 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ decisionId: Uuid, deposit: Deposit }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await deposits.confiscateByHand(db, principalOf(request), request.params.id, request.body)),
  );
  app.post(
    '/v1/stores/:id/deposit/release',
    {
      schema: {
        tags: ['money'],
        summary:
          'The marketplace reports the store closed: its deposit is released after the waiting period if in good standing (its key)',
        params: IdParams,
        response: { 200: Deposit, ...problemResponses },
      },
    },
    async (request) => deposits.requestRelease(db, principalOf(request), request.params.id),
  );
  app.get(
    '/v1/stores/:id/money',
    {
      schema: {
        tags: ['money'],
        summary:
          "A store's balances and held proceeds with why (staff, the store's seller, its marketplace key)",
        params: IdParams,
        response: { 200: StoreMoney, ...problemResponses },
      },
    },
    async (request) => orders.storeMoney(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/marketplaces/:id/orders/batch',
    {
      schema: {
        tags: ['money'],
        summary:
          'Order and payout events, up to 1,000, all validated first; idempotent per (order id, event); proceeds of listings under an open notice or case are held; a payout of held money is refused (the marketplace key)',
        params: IdParams,
        body: Type.Object(
          { events: Type.Array(MoneyEvent, { minItems: 1, maxItems: orders.MAX_EVENTS_PER_BATCH }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            {
              accepted: Type.Integer(),
              duplicates: Type.Integer({ description: 'Events already received (no effect)' }),
              held: Type.Integer({ description: 'Orders whose proceeds are held' }),
              items: Type.Array(
                Type.Object(
                  {
                    id: Type.String(),
                    event: Type.String(),
                    result: literals(['accepted', 'duplicate']),
                    hold: Nullable(literals(['held', 'none'])),
                  },
                  { additionalProperties: false },
                ),
              ),
            },
            { additionalProperties: false },
          ),
          ...problemResponses,
        },
      },
    },
    async (request) => orders.ingestBatch(db, principalOf(request), request.params.id, request.body.events),
  );
  for (const [key, schema] of [
    ['deposits', DepositsPolicySchema],
    ['refund-first', RefundFirstPolicySchema],
  ] as const) {
    app.get(
      `/v1/policies/${key}`,
      {
        schema: {
          tags: ['money'],
          summary: `The ${key} policy in force (every signed-in party)`,
          response: { 200: policyVersion(schema), ...problemResponses },
        },
      },
      async (request) => {
        principalOf(request);
        return currentPolicy(db, key);
      },
    );
    app.put(
      `/v1/policies/${key}`,
      {
        schema: {
          tags: ['money'],
          summary: `Set the ${key} policy (operator admin); writes a new version`,
          body: schema,
          response: { 200: policyVersion(schema), ...problemResponses },
        },
      },
      async (request) => {
        const actor = principalOf(request);
        if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins set money policies');
        return writePolicy(db, actor, key, request.body as never);
      },
    );
  }
};
