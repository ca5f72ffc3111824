import type { AuditEntry } from '../audit/index.ts';
import { isOperatorAdmin, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import * as repo from './ledger.repository.ts';
import { balancesOf, type MovementInput, movementProblem } from './ledger.ts';

/**
 * Posts movements inside the caller's transaction (or alone: one statement is atomic), each as a
 * whole pair of entries with its audit entry. The caller has validated amounts and currencies.
 */
export async function post(
  trx: Database,
  movements: readonly MovementInput[],
  actor: string,
  extraAudit: readonly AuditEntry[] = [],
): Promise<void> {
  for (const m of movements)
    if (!Number.isSafeInteger(m.amount) || m.amount <= 0)
      throw new Error(`movement ${m.id}: amount ${m.amount} is not a positive integer of minor units`);
  await repo.insertMovements(trx, movements, actor, extraAudit);
}

/** Balances of accounts (0 for an account with no entries), keyed `${account} ${currency}`. */
export async function balances(db: Database, accounts: readonly string[]): Promise<Map<string, number>> {
  return balancesOf(await repo.balancesOfAccounts(db, accounts));
}

/** The balance of one account in one currency. */
export async function balanceOf(db: Database, account: string, currency: string): Promise<number> {
  return (await balances(db, [account])).get(`${account} ${currency}`) ?? 0;
}

export interface LedgerCheck {
  ok: boolean;
  movements: number;
  currencies: Array<{ currency: string; total: number; entries: number }>;
  problems: Array<{ movementId: string; kind: string; problem: string }>;
}

/** The whole ledger checked: every movement a whole pair, every currency summing to zero. */
export async function checkLedger(db: Database): Promise<LedgerCheck> {
  const [suspects, orphans, totals, movements] = await Promise.all([
    repo.suspectMovements(db, 100),
    repo.orphanEntries(db, 100),
    repo.totalsByCurrency(db),
    repo.movementCount(db),
  ]);
  const problems: LedgerCheck['problems'] = [];
  for (const m of suspects) {
    const problem = movementProblem(m);
    if (problem) problems.push({ movementId: m.id, kind: m.kind, problem });
  }
  for (const o of orphans)
    problems.push({
      movementId: o.movement_id,
      kind: 'orphan',
      problem: `${o.entries} entries name a movement that does not exist`,
    });
  for (const t of totals)
    if (Number(t.total) !== 0)
      problems.push({
        movementId: '',
        kind: 'currency',
        problem: `the entries in ${t.currency} sum to ${t.total}, not 0`,
      });
  return {
    ok: problems.length === 0,
    movements,
    currencies: totals.map((t) => ({ currency: t.currency, total: Number(t.total), entries: t.entries })),
    problems,
  };
}

/** The check over HTTP: operator admins only. */
export async function checkLedgerFor(db: Database, actor: Principal): Promise<LedgerCheck> {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins check the ledger');
  return checkLedger(db);
}
