import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { problemResponses } from '../http/schemas.ts';
import { checkLedgerFor } from './ledger.service.ts';

export const LedgerCheckSchema = Type.Object(
  {
    ok: Type.Boolean({ description: 'Every movement is a whole pair and every currency sums to zero' }),
    movements: Type.Integer(),
    currencies: Type.Array(
      Type.Object(
        {
          currency: Type.String(),
          total: Type.Integer({ description: 'Sum of all entries in minor units (0 when balanced)' }),
          entries: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
    problems: Type.Array(
      Type.Object(
        {
          movementId: Type.String({ description: 'The movement at fault (empty for a currency total)' }),
          kind: Type.String(),
          problem: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { title: 'LedgerCheck', additionalProperties: false },
);

export const ledgerRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/ledger/check',
    {
      schema: {
        tags: ['money'],
        summary:
          'Check the double-entry ledger: each movement a whole pair, each currency summing to zero (operator admins)',
        response: { 200: LedgerCheckSchema, ...problemResponses },
      },
    },
    async (request) => checkLedgerFor(db, principalOf(request)),
  );
};
