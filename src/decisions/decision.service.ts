import { readableOrgIds } from '../accounts/index.ts';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { appendEvents } from '../events/index.ts';
import { currentPolicy } from '../policies/index.ts';
import * as repo from './decision.repository.ts';
import type { DecisionsTable } from './decision.table.ts';
import { type DecisionInput, type PlannedDecision, planDecision } from './decision.ts';
import type { DecisionKind, StatementBody, SubjectType } from './statement.schema.ts';

/**
 * The months a decision can be appealed (DSA Art 20: at least six), read from policy in this one
 * place for every kind of decision.
 */
export async function appealWindowMonths(db: Database): Promise<{ months: number; version: number }> {
  const policy = await currentPolicy(db, 'putback');
  return { months: policy.body.appealWindowMonths, version: policy.version };
}

/**
 * Records a decision inside the caller's transaction: the row with its statement of reasons, the
 * `decision.made` event, and the audit record (returned for the caller to append with its own).
 */
export async function recordDecision(
  trx: Database,
  input: DecisionInput,
  options: { appendAuditNow?: boolean } = {},
): Promise<{ planned: PlannedDecision; audit: AuditEntry[] }> {
  const { months } = await appealWindowMonths(trx);
  const planned = planDecision(input, months);
  await repo.insertDecision(trx, planned);
  await appendEvents(trx, [planned.event]);
  if (options.appendAuditNow) await appendAudit(trx, [planned.audit]);
  return { planned, audit: options.appendAuditNow ? [] : [planned.audit] };
}

export interface DecisionView {
  id: string;
  kind: DecisionKind;
  subject: { type: SubjectType; id: string };
  previousDecisionId: string | null;
  itemId: string | null;
  listingId: string | null;
  storeId: string | null;
  marketplaceId: string | null;
  reasonCode: string | null;
  reasonText: string;
  /** Why a removal ended or stands, for reinstatements, upheld takedowns and appeal results. */
  cause: string | null;
  automatedDetection: boolean;
  automatedDecision: DecisionsTable['automated_decision'];
  decidedAt: string;
  appealableUntil: string | null;
  statement: StatementBody;
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findDecision>>>;

export function toDecisionView(row: Row): DecisionView {
  return {
    id: row.id,
    kind: row.kind,
    subject: { type: row.subject_type, id: row.subject_id },
    previousDecisionId: row.previous_decision_id,
    itemId: row.item_id,
    listingId: row.listing_id,
    storeId: row.store_id,
    marketplaceId: row.marketplace_id,
    reasonCode: row.reason_code,
    reasonText: row.reason_text,
    cause: row.cause,
    automatedDetection: row.automated_detection,
    automatedDecision: row.automated_decision,
    decidedAt: row.created_at.toISOString(),
    appealableUntil: row.appealable_until?.toISOString() ?? null,
    statement: row.statement,
  };
}

/**
 * Who reads which decisions: operator staff all; a seller those about its stores; a rights holder
 * or agent those of the brands it acts for today; a marketplace key those on its marketplace (the
 * statement its `listing.removed` webhook links to). Anyone else is refused.
 */
export async function decisionScope(db: Database, actor: Principal): Promise<repo.DecisionScope> {
  if (isOperatorStaff(actor))
    return { all: true, sellerOrgId: null, notifierOrgIds: [], marketplaceId: null };
  const scope: repo.DecisionScope = {
    all: false,
    sellerOrgId: hasRole(actor, 'seller') ? actor.orgId : null,
    notifierOrgIds: hasRole(actor, 'rights_holder', 'agent') ? await readableOrgIds(db, actor) : [],
    marketplaceId: hasRole(actor, 'marketplace') ? actor.marketplaceId : null,
  };
  if (!scope.sellerOrgId && scope.notifierOrgIds.length === 0 && !scope.marketplaceId)
    throw AppError.forbidden(
      'Decisions and their statements of reasons are visible to the parties, the marketplace and operator staff',
    );
  return scope;
}

export async function getDecision(db: Database, actor: Principal, id: string): Promise<DecisionView> {
  const row = await repo.findScopedDecision(db, await decisionScope(db, actor), id);
  if (!row) throw AppError.notFound('Decision');
  return toDecisionView(row);
}

export async function listDecisions(
  db: Database,
  actor: Principal,
  filter: Parameters<typeof repo.listDecisions>[2],
): Promise<DecisionView[]> {
  return (await repo.listDecisions(db, await decisionScope(db, actor), filter)).map(toDecisionView);
}

/** The decisions about a subject, oldest first (for timelines and appeals; no authorization). */
export async function decisionsOfSubject(db: Database, subjectType: SubjectType, subjectId: string) {
  return (await repo.decisionsOfSubject(db, subjectType, subjectId)).map(toDecisionView);
}

export async function decisionsOfItem(db: Database, itemId: string) {
  return (await repo.decisionsOfItem(db, itemId)).map(toDecisionView);
}

export async function findDecisionRow(db: Database, id: string, lock = false) {
  return lock ? repo.lockDecision(db, id) : repo.findDecision(db, id);
}
