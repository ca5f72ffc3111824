import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { snapshotSha256 } from './removal.plan.ts';
import type { StatementBody } from './statement.schema.ts';
import * as repo from './takedown.repository.ts';

export interface StatementSummary {
  id: string;
  itemId: string;
  noticeId: string;
  listingId: string;
  storeId: string;
  marketplaceId: string;
  listingTitle: string;
  createdAt: string;
}

export interface Statement extends StatementSummary {
  body: StatementBody;
}

/**
 * Statements are read by the seller they are addressed to, by the rights holder or agent whose
 * notice led to them, and by operator staff. Roles with no part in a takedown are refused.
 */
function statementScope(actor: Principal): repo.StatementScope {
  if (isOperatorStaff(actor)) return { all: true, sellerOrgId: null, noticeOrgId: null };
  const scope: repo.StatementScope = {
    all: false,
    sellerOrgId: hasRole(actor, 'seller') ? actor.orgId : null,
    noticeOrgId: hasRole(actor, 'rights_holder', 'agent') ? actor.orgId : null,
  };
  if (!scope.sellerOrgId && !scope.noticeOrgId) {
    throw AppError.forbidden(
      'Statements of reasons are visible to the seller, the complainant and operator staff',
    );
  }
  return scope;
}

type StatementRow = NonNullable<Awaited<ReturnType<typeof repo.findStatement>>>;

function toSummary(row: StatementRow): StatementSummary {
  return {
    id: row.id,
    itemId: row.item_id,
    noticeId: row.notice_id,
    listingId: row.listing_id,
    storeId: row.store_id,
    marketplaceId: row.marketplace_id,
    listingTitle: row.listing_title,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listStatements(
  db: Database,
  actor: Principal,
  filter: { listingId?: string; limit: number; offset: number },
): Promise<StatementSummary[]> {
  const rows = await repo.listStatements(db, statementScope(actor), filter);
  return rows.map(toSummary);
}

export async function getStatement(db: Database, actor: Principal, id: string): Promise<Statement> {
  const row = await repo.findStatement(db, statementScope(actor), id);
  if (!row) throw AppError.notFound('Statement of reasons');
  return { ...toSummary(row), body: row.body as unknown as StatementBody };
}

/** Re-hashes an archived snapshot, so anyone can check it was not altered after the removal. */
export async function verifySnapshot(
  db: Database,
  id: string,
): Promise<{ ok: boolean; sha256: string; recomputed: string } | null> {
  const row = await repo.findSnapshot(db, id);
  if (!row) return null;
  const recomputed = snapshotSha256(row.snapshot);
  return { ok: recomputed === row.sha256, sha256: row.sha256, recomputed };
}
