import '../modules.ts';
import { attachAuditMacKey } from '../audit/index.ts';
import { testConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { newId } from '../shared/ids.ts';
import { post } from './ledger.service.ts';
import { account } from './ledger.ts';

/**
 * A separate OS process for the kill test: posts movements against DATABASE_URL in a loop, each
 * statement several movements, until it is killed. Prints a line after each statement.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const database = await openDatabase({ kind: 'postgres', url });
attachAuditMacKey(database.db, testConfig().secretKey);
for (let i = 0; ; i++) {
  const movements = Array.from({ length: 5 }, (_, j) => ({
    id: newId(),
    kind: 'fund_topup' as const,
    currency: j % 2 === 0 ? ('EUR' as const) : ('JPY' as const),
    amount: 1 + ((i * 7 + j) % 997),
    from: account.funding,
    to: account.refundFund,
    marketplaceId: null,
    storeId: null,
    decisionId: null,
    reference: `kill-${i}`,
    reverses: null,
    memo: 'kill test',
  }));
  await post(database.db, movements, 'kill-test');
  process.stdout.write(`${i}\n`);
}
