import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { type DecisionView, getDecision, listDecisions } from '../decisions/index.ts';
import type { Signal, Verdict } from '../detection/index.ts';
import { AppError } from '../errors/app-error.ts';
import { answersForBrand } from './detection-config.service.ts';
import * as repo from './proactive.repository.ts';
import { removeProactively } from './removal.ts';

type CaseRow = NonNullable<Awaited<ReturnType<typeof repo.findCase>>>;

function toCase(row: CaseRow & { listing_title?: string; listing_url?: string; marketplace_id?: string }) {
  return {
    id: row.id,
    listingId: row.listing_id,
    listingVersion: row.listing_version,
    ...(row.listing_title !== undefined
      ? {
          listing: {
            title: row.listing_title,
            url: row.listing_url ?? '',
            marketplaceId: row.marketplace_id ?? '',
          },
        }
      : {}),
    action: row.action,
    state: row.state,
    brandOrgId: row.brand_org_id,
    score: row.score,
    signals: row.signals as Signal[],
    brandNote: row.brand_note,
    automated: row.automated,
    decision: row.decided_at
      ? { decidedBy: row.decided_by, decidedAt: row.decided_at.toISOString(), note: row.decision_note }
      : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** Operator staff see the review queue; a brand sees the listings sent to it for verification. */
export async function listCases(
  db: Database,
  actor: Principal,
  filter: {
    action?: 'review' | 'brand_verify';
    state?: 'open' | 'removed' | 'dismissed' | 'noticed';
    limit: number;
    offset: number;
  },
) {
  if (isOperatorStaff(actor)) return (await repo.listCases(db, filter)).map(toCase);
  if (actor.orgKind === 'brand' && actor.roles.has('rights_holder')) {
    return (await repo.listCases(db, { ...filter, brandOrgId: actor.orgId })).map(toCase);
  }
  throw AppError.forbidden('Only operator staff and brands (for verification requests) see detection cases');
}

async function visibleCase(db: Database, actor: Principal, id: string): Promise<CaseRow> {
  const row = await repo.findCase(db, id);
  if (!row) throw AppError.notFound('Detection case');
  if (isOperatorStaff(actor)) return row;
  // The brand keeps seeing the cases sent to it, also after its answer moved them on.
  if (actor.orgKind === 'brand' && row.brand_org_id === actor.orgId) return row;
  throw AppError.notFound('Detection case');
}

export async function getCase(db: Database, actor: Principal, id: string) {
  return toCase(await visibleCase(db, actor, id));
}

/** A reviewer confirms (removes) or dismisses a detection case. */
export async function decideCase(
  db: Database,
  actor: Principal,
  id: string,
  input: { decision: 'remove' | 'dismiss'; note: string },
) {
  if (!(actor.orgKind === 'operator' && (actor.roles.has('reviewer') || actor.roles.has('admin'))))
    throw AppError.forbidden('Only operator reviewers decide detection cases');
  const row = await repo.findCase(db, id);
  if (!row) throw AppError.notFound('Detection case');
  if (row.state !== 'open') throw new AppError('ALREADY_DECIDED', `The case is already ${row.state}`);
  if (input.decision === 'remove') {
    const removed = await removeProactively(db, {
      listingId: row.listing_id,
      verdict: {
        score: row.score,
        signals: row.signals as Signal[],
        automated: { detection: true, decision: false },
      },
      decidedByUserId: actor.userId,
      actorLabel: actor.label,
      automatedDecision: false,
      note: input.note,
      caseId: id,
    });
    if (!removed)
      throw new AppError(
        'ALREADY_DECIDED',
        'The case was decided meanwhile, or the listing is no longer active',
      );
  } else {
    await db.transaction().execute(async (trx) => {
      const moved = await repo.transitionCase(trx, id, {
        state: 'dismissed',
        decided_by: actor.userId,
        decided_at: new Date(),
        decision_note: input.note,
      });
      if (!moved) throw new AppError('ALREADY_DECIDED', 'The case was decided meanwhile');
      await appendAudit(trx, [
        {
          actor: actor.label,
          action: 'detection.case_dismissed',
          entityType: 'proactive_case',
          entityId: id,
          data: { note: input.note },
        },
      ]);
    });
  }
  return getCase(db, actor, id);
}

/**
 * The brand answers a verification request: counterfeit sends the case to the operator's review
 * queue with the brand's note (the operator still decides); genuine closes it.
 */
export async function brandVerdict(
  db: Database,
  actor: Principal,
  id: string,
  input: { verdict: 'counterfeit' | 'genuine'; note: string },
) {
  const row = await visibleCase(db, actor, id);
  if (!(actor.orgKind === 'brand' && actor.roles.has('rights_holder')))
    throw AppError.forbidden('Only the brand answers a verification request');
  if (row.action !== 'brand_verify')
    throw AppError.conflict('This case is not waiting for the brand', { rule: 'case-awaiting-brand' });
  if (!(await answersForBrand(db, actor.orgId, row.brand_id)))
    throw AppError.forbidden(
      "Your organisation no longer holds a verified right for the brand this case is about; the operator's reviewers decide it",
    );
  await db.transaction().execute(async (trx) => {
    const moved =
      input.verdict === 'counterfeit'
        ? await repo.transitionCase(trx, id, { action: 'review', brand_note: input.note })
        : await repo.transitionCase(trx, id, {
            state: 'dismissed',
            brand_note: input.note,
            decided_by: actor.userId,
            decided_at: new Date(),
            decision_note: 'genuine according to the brand',
          });
    if (!moved) throw new AppError('ALREADY_DECIDED', 'The case was decided meanwhile');
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: `detection.brand_${input.verdict}`,
        entityType: 'proactive_case',
        entityId: id,
        data: { note: input.note },
      },
    ]);
  });
  return getCase(db, actor, id);
}

/** Statements of proactive removals: the decisions of kind proactive_removal, with their case. */
export async function listStatements(
  db: Database,
  actor: Principal,
  page: { limit: number; offset: number },
) {
  if (!isOperatorStaff(actor) && !actor.roles.has('seller'))
    throw AppError.forbidden('Statements of proactive removals are for the seller and operator staff');
  const decisions = await listDecisions(db, actor, { ...page, kinds: ['proactive_removal'] });
  const cases = await repo.casesOfDecisions(
    db,
    decisions.map((d) => d.id),
  );
  return decisions.map((d) => toStatement(d, cases.get(d.id) ?? null));
}

export async function getStatement(db: Database, actor: Principal, id: string) {
  if (!isOperatorStaff(actor) && !actor.roles.has('seller')) throw AppError.notFound('Statement');
  const decision = await getDecision(db, actor, id).catch(() => null);
  if (!decision || decision.kind !== 'proactive_removal') throw AppError.notFound('Statement');
  const cases = await repo.casesOfDecisions(db, [id]);
  return toStatement(decision, cases.get(id) ?? null);
}

function toStatement(decision: DecisionView, caseId: string | null) {
  return {
    id: decision.id,
    caseId,
    listingId: decision.listingId as string,
    storeId: decision.storeId as string,
    snapshotSha256: decision.statement.restriction.snapshot?.sha256 ?? '',
    body: decision.statement,
    createdAt: decision.decidedAt,
  };
}

export async function listingVerdict(db: Database, actor: Principal, listingId: string) {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Detection verdicts are for operator staff');
  const row = await repo.findVerdict(db, listingId);
  if (!row) throw AppError.notFound('Verdict for this listing');
  return {
    listingId: row.listing_id,
    listingVersion: row.listing_version,
    score: row.score,
    action: row.action,
    flagged: row.flagged,
    signals: row.signals as Signal[],
    brands: row.brands as Verdict['brands'],
    revision: row.revision,
    policyVersion: row.policy_version,
    scannedAt: row.scanned_at.toISOString(),
  };
}

/** Proactive removals counted apart from notice-driven ones (the seeds' 25:1 ratio). */
export async function detectionStats(db: Database, actor: Principal) {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Detection statistics are for operator staff');
  const { verdicts, cases, noticeRemovals } = await repo.stats(db);
  const verdictCount = (action: string) => verdicts.find((v) => v.action === action)?.n ?? 0;
  const caseCount = (state: string, automated?: boolean) =>
    cases
      .filter((c) => c.state === state && (automated === undefined || c.automated === automated))
      .reduce((sum, c) => sum + c.n, 0);
  const proactiveRemovals = caseCount('removed');
  return {
    scannedListings: verdicts.reduce((sum, v) => sum + v.n, 0),
    verdicts: {
      remove: verdictCount('remove'),
      review: verdictCount('review'),
      brand_verify: verdictCount('brand_verify'),
      allow: verdictCount('allow'),
    },
    openCases: caseCount('open'),
    dismissedCases: caseCount('dismissed'),
    proactiveRemovals: {
      total: proactiveRemovals,
      automatedDecision: caseCount('removed', true),
      reviewerDecision: caseCount('removed', false),
    },
    noticeRemovals,
    proactiveToNoticeRatio:
      noticeRemovals === 0 ? null : Math.round((proactiveRemovals / noticeRemovals) * 100) / 100,
  };
}
