import { sql } from 'kysely';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

export interface MoneyReportRow {
  marketplaceId: string;
  marketplaceName: string;
  month: string;
  currency: string;
  depositsPaid: number;
  depositsConfiscated: number;
  depositsReleased: number;
  proceedsHeld: number;
  proceedsReleased: number;
  refundsPaid: number;
  refundsRecovered: number;
}

/**
 * Money per marketplace, month and currency, summed from the ledger's movements: deposits paid,
 * confiscated (net of returns) and released; proceeds held and released; refunds paid and
 * recovered (net of recoveries given back). Operator staff.
 */
export async function moneyReport(
  db: Database,
  actor: Principal,
  range: { from?: string | undefined; to?: string | undefined; marketplaceId?: string | undefined },
): Promise<MoneyReportRow[]> {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins read money reports');
  const from = range.from ? new Date(`${range.from}-01T00:00:00Z`) : new Date('1970-01-01T00:00:00Z');
  const toStart = range.to ? new Date(`${range.to}-01T00:00:00Z`) : new Date('2999-12-01T00:00:00Z');
  const to = new Date(Date.UTC(toStart.getUTCFullYear(), toStart.getUTCMonth() + 1, 1));
  if (to <= from) throw AppError.field('/to', 'to-after-from', 'the last month must not be before the first');
  const { rows } = await sql<{
    marketplace_id: string;
    marketplace_name: string;
    month: string;
    currency: string;
    deposits_paid: number;
    deposits_confiscated: number;
    deposits_released: number;
    proceeds_held: number;
    proceeds_released: number;
    refunds_paid: number;
    refunds_recovered: number;
  }>`
    select m.marketplace_id, k.name as marketplace_name,
           to_char(date_trunc('month', m.created_at at time zone 'UTC'), 'YYYY-MM') as month, m.currency,
           coalesce(sum(m.amount) filter (where m.kind = 'deposit_topup'), 0)::bigint as deposits_paid,
           (coalesce(sum(m.amount) filter (where m.kind = 'deposit_confiscation'), 0)
             - coalesce(sum(m.amount) filter (where m.kind = 'deposit_return'), 0))::bigint as deposits_confiscated,
           coalesce(sum(m.amount) filter (where m.kind = 'deposit_release'), 0)::bigint as deposits_released,
           coalesce(sum(m.amount) filter (where m.kind = 'order_proceeds' and m.to_account like '%:held'), 0)::bigint as proceeds_held,
           coalesce(sum(m.amount) filter (where m.kind = 'proceeds_release'), 0)::bigint as proceeds_released,
           coalesce(sum(m.amount) filter (where m.kind = 'refund'), 0)::bigint as refunds_paid,
           (coalesce(sum(m.amount) filter (where m.kind = 'recovery'), 0)
             - coalesce(sum(m.amount) filter (where m.kind = 'recovery_reversal'), 0))::bigint as refunds_recovered
      from ledger_movements m join marketplaces k on k.id = m.marketplace_id
     where m.created_at >= ${from} and m.created_at < ${to}
       and (${range.marketplaceId ?? null}::uuid is null or m.marketplace_id = ${range.marketplaceId ?? null}::uuid)
     group by m.marketplace_id, k.name, 3, m.currency
     order by 3, k.name, m.currency`.execute(db);
  return rows.map((r) => ({
    marketplaceId: r.marketplace_id,
    marketplaceName: r.marketplace_name,
    month: r.month,
    currency: r.currency,
    depositsPaid: Number(r.deposits_paid),
    depositsConfiscated: Number(r.deposits_confiscated),
    depositsReleased: Number(r.deposits_released),
    proceedsHeld: Number(r.proceeds_held),
    proceedsReleased: Number(r.proceeds_released),
    refundsPaid: Number(r.refunds_paid),
    refundsRecovered: Number(r.refunds_recovered),
  }));
}

const COLUMNS: Array<keyof MoneyReportRow> = [
  'month',
  'marketplaceId',
  'marketplaceName',
  'currency',
  'depositsPaid',
  'depositsConfiscated',
  'depositsReleased',
  'proceedsHeld',
  'proceedsReleased',
  'refundsPaid',
  'refundsRecovered',
];

/** RFC 4180 CSV, amounts in minor units; a cell starting with = + - @ is quoted with a leading '. */
export function reportCsv(rows: readonly MoneyReportRow[]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}
