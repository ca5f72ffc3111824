import { sql } from 'kysely';
import { type AuditEntry, auditEntriesParameter, auditInsertSql } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import type { MovementInput, StoredMovement } from './ledger.ts';
import './ledger.table.ts';

/**
 * The SQL that inserts movements and their pairs of entries from a CTE named `source` with the
 * columns id, kind, currency, amount, from_account, to_account, marketplace_id, store_id,
 * decision_id, audit_entity, reference, reverses, memo. A writer puts it in its own statement (the
 * order batch does), so that a movement and its two entries are written by one statement: whole
 * or absent, whatever happens to the process. Yields the CTEs `ledger_m` and `ledger_e`.
 */
export function movementsInsertCtes(source: string, at: string): string {
  return `ledger_m as (
  insert into ledger_movements (id, kind, currency, amount, from_account, to_account, marketplace_id,
                                store_id, decision_id, audit_entity, reference, reverses, memo, created_at)
  select id, kind, currency, amount, from_account, to_account, marketplace_id, store_id, decision_id,
         audit_entity, reference, reverses, memo, ${at}::timestamptz
    from ${source}
  returning id, currency, amount, from_account, to_account
),
ledger_e as (
  insert into ledger_entries (movement_id, leg, account, currency, amount)
  select m.id, l.leg, case l.leg when 1 then m.from_account else m.to_account end, m.currency,
         case l.leg when 1 then -m.amount else m.amount end
    from ledger_m m cross join (values (1::smallint), (2::smallint)) as l(leg)
  returning 1
)`;
}

const SOURCE = `input as (
  select x.* from jsonb_to_recordset($2::jsonb) as x(id uuid, kind text, currency text, amount bigint,
    from_account text, to_account text, marketplace_id uuid, store_id uuid, decision_id uuid,
    audit_entity text, reference text, reverses uuid, memo text)
)`;

const postStatement = prepared<{ movements: number }>(
  'ledger_post',
  `with ${SOURCE},
${movementsInsertCtes('input', '$1')},
audit as (${auditInsertSql('$1', '$3')})
select (select count(*)::int from ledger_m) as movements`,
);

function movementsParameter(movements: readonly MovementInput[]): string {
  return JSON.stringify(
    movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      currency: m.currency,
      amount: m.amount,
      from_account: m.from,
      to_account: m.to,
      marketplace_id: m.marketplaceId,
      store_id: m.storeId,
      decision_id: m.decisionId,
      audit_entity: m.id,
      reference: m.reference,
      reverses: m.reverses,
      memo: m.memo,
    })),
  );
}

/**
 * Writes movements, each with its pair of entries and its audit entry, in ONE statement: a pair is
 * whole or absent even if the process dies between two writes, and no movement lacks its audit.
 */
export async function insertMovements(
  db: Database,
  movements: readonly MovementInput[],
  actor: string,
  extraAudit: readonly AuditEntry[] = [],
): Promise<void> {
  if (movements.length === 0 && extraAudit.length === 0) return;
  const at = new Date();
  const audit: AuditEntry[] = [
    ...movements.map((m) => ({
      actor,
      action: `ledger.${m.kind}`,
      entityType: 'ledger_movement',
      entityId: m.id,
      data: {
        currency: m.currency,
        amount: m.amount,
        from: m.from,
        to: m.to,
        decisionId: m.decisionId,
        reference: m.reference,
        reverses: m.reverses,
      },
    })),
    ...extraAudit,
  ];
  await postStatement.run(db, [at, movementsParameter(movements), auditEntriesParameter(db, at, audit)]);
}

/** Balances of the named accounts, by account and currency, summed from their entries. */
export async function balancesOfAccounts(db: Database, accounts: readonly string[]) {
  if (accounts.length === 0) return [];
  const { rows } = await sql<{ account: string; currency: string; amount: number }>`
    select account, currency, sum(amount)::bigint as amount
      from ledger_entries where account = any(${[...accounts]}::text[])
     group by account, currency`.execute(db);
  return rows;
}

/** Movements whose pair is not whole (not two entries, or not summing to zero), at most `limit`. */
export async function suspectMovements(db: Database, limit: number): Promise<StoredMovement[]> {
  const { rows } = await sql<{
    id: string;
    kind: string;
    currency: string;
    amount: number;
    from_account: string;
    to_account: string;
    entries: Array<{ leg: number; account: string; currency: string; amount: number }> | null;
  }>`
    select m.id, m.kind, m.currency, m.amount, m.from_account, m.to_account,
           (select jsonb_agg(jsonb_build_object('leg', e.leg, 'account', e.account,
                   'currency', e.currency, 'amount', e.amount)) from ledger_entries e
             where e.movement_id = m.id) as entries
      from ledger_movements m
     where (select count(*) from ledger_entries e where e.movement_id = m.id) <> 2
        or (select coalesce(sum(e.amount), 0) from ledger_entries e where e.movement_id = m.id) <> 0
        or exists (select 1 from ledger_entries e where e.movement_id = m.id
                    and (e.currency <> m.currency
                         or (e.leg = 1 and (e.account <> m.from_account or e.amount <> -m.amount))
                         or (e.leg = 2 and (e.account <> m.to_account or e.amount <> m.amount))))
     order by m.created_at, m.id
     limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    currency: r.currency,
    amount: Number(r.amount),
    from: r.from_account,
    to: r.to_account,
    entries: (r.entries ?? []).map((e) => ({
      leg: e.leg as 1 | 2,
      account: e.account,
      currency: e.currency,
      amount: Number(e.amount),
    })),
  }));
}

/** Entries whose movement does not exist (the table has no foreign key: the hot path writes both). */
export async function orphanEntries(db: Database, limit: number) {
  const { rows } = await sql<{ movement_id: string; entries: number }>`
    select e.movement_id, count(*)::int as entries from ledger_entries e
     where not exists (select 1 from ledger_movements m where m.id = e.movement_id)
     group by e.movement_id order by e.movement_id limit ${limit}`.execute(db);
  return rows;
}

/** The sum of all entries per currency: zero in a whole ledger. */
export async function totalsByCurrency(db: Database) {
  const { rows } = await sql<{ currency: string; total: number; entries: number; movements: number }>`
    select e.currency, sum(e.amount)::bigint as total, count(*)::int as entries,
           count(distinct e.movement_id)::int as movements
      from ledger_entries e group by e.currency order by e.currency`.execute(db);
  return rows;
}

export async function movementCount(db: Database): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ledger_movements`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function findMovement(db: Database, id: string) {
  return db.selectFrom('ledger_movements').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A movement already reversed (its reversal exists), by the movements' ids. */
export async function reversedAmong(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('ledger_movements')
    .select('reverses')
    .where('reverses', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.reverses).filter((r): r is string => r !== null));
}
