import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { appealWindowMonths } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { type ClockTerms, clockTerms } from '../policies/index.ts';
import { planRemoval, type RemovalContext, type RemovalDecision } from './removal.plan.ts';
import * as repo from './removal.repository.ts';

export interface RemovalInput extends RemovalDecision {
  itemId: string;
}

export interface RemovalResult {
  statementId: string;
  snapshotId: string;
  snapshotSha256: string;
  /** The `listing.removed` event; a marketplace with a webhook URL gets a delivery of this id. */
  eventId: string;
  /** For the caller to append with its own entries, so the decision commits as one chain run. */
  audit: AuditEntry[];
}

function requireReason(reasonText: string): void {
  if (reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'a removal needs a reason the seller can read');
}

/** The clock policy for the seller's counter-notice window, unless the seller already counter-notified. */
async function clockFor(db: Database, ctx: RemovalContext): Promise<ClockTerms | null> {
  return ctx.has_counter_notice ? null : clockTerms(db, ctx.marketplace_jurisdiction, ctx.right_type);
}

/**
 * Carries out the removal decided on a notice item, inside the caller's transaction (the caller has
 * already moved the item to 'removed' and appends the returned audit entries): archives the listing
 * as it was, removes it, issues the statement of reasons, queues the signed webhook that tells the
 * marketplace and starts the seller's clock. All of it commits or none of it does.
 */
export async function applyRemoval(trx: Database, input: RemovalInput): Promise<RemovalResult> {
  requireReason(input.reasonText);
  const ctx = await repo.removalContext(trx, input.itemId, true);
  if (!ctx) throw AppError.notFound('Notice item');
  if (ctx.item_state !== 'removed') {
    throw AppError.conflict(
      `The notice item is ${ctx.item_state}; only a removed item can be applied to its listing`,
      { rule: 'removed-item-only' },
    );
  }
  const now = new Date();
  const plan = planRemoval(ctx, input, now, await clockFor(trx, ctx), (await appealWindowMonths(trx)).months);
  await repo.writeRemovalEffects(trx, plan, now, []);
  return {
    statementId: plan.decision.row.id,
    snapshotId: plan.snapshot.id,
    snapshotSha256: plan.snapshot.sha256,
    eventId: plan.events[0]?.id as string,
    audit: plan.audit,
  };
}

export interface DecidedRemovalInput extends Omit<RemovalDecision, 'reasonCode'> {
  itemId: string;
  /** The reviewer's reason code, or the default for the notice's claim. */
  reasonCodeFor(infringementType: RemovalContext['infringement_type']): string;
  /** The decision's own audit record, written first, before the removal's. */
  decisionAudit(reasonCode: string): AuditEntry;
}

export type DecidedRemoval =
  | {
      outcome: 'removed';
      reasonCode: string;
      slaDueAt: Date;
      decidedAt: Date;
      statementId: string;
      snapshotSha256: string;
    }
  | { outcome: 'refused'; state: string | null }
  /** Another reviewer holds an unexpired claim on the item (see review's claims). */
  | { outcome: 'claimed'; claim: { userId: string; name: string; expiresAt: Date } };

/** Another reviewer's unexpired claim on the item, read with the removal's context. */
function heldByAnother(ctx: RemovalContext, userId: string | null, now: Date) {
  if (!ctx.claim_user_id || !ctx.claim_expires_at || ctx.claim_user_id === userId) return null;
  const expiresAt = new Date(ctx.claim_expires_at);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { userId: ctx.claim_user_id, name: ctx.claim_user_name ?? '', expiresAt };
}

/** Attempts before giving up when the listing keeps changing under the decision. */
const MAX_ATTEMPTS = 5;

/**
 * A reviewer's removal of a pending item without an explicit transaction: read everything in one
 * query, plan the removal in memory, then write the decision and all its effects in one statement
 * that holds only if the item is still pending and the listing unchanged. Of two reviewers, one
 * statement moves the item and the other moves nothing; a listing edited in between is re-read.
 */
export async function decideRemoval(db: Database, input: DecidedRemovalInput): Promise<DecidedRemoval> {
  requireReason(input.reasonText);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const ctx = await repo.removalContext(db, input.itemId);
    if (!ctx || ctx.item_state !== 'pending') return { outcome: 'refused', state: ctx?.item_state ?? null };
    const now = new Date();
    const claim = heldByAnother(ctx, input.decidedByUserId, now);
    if (claim) return { outcome: 'claimed', claim };
    const reasonCode = input.reasonCodeFor(ctx.infringement_type);
    const plan = planRemoval(
      ctx,
      { ...input, reasonCode },
      now,
      await clockFor(db, ctx),
      (await appealWindowMonths(db)).months,
    );
    const moved = await repo.decideAndWriteRemoval(
      db,
      plan,
      { now, decidedBy: input.decidedByUserId, reasonCode, reasonText: input.reasonText },
      [input.decisionAudit(reasonCode), ...plan.audit],
    );
    if (moved)
      return {
        outcome: 'removed',
        reasonCode,
        slaDueAt: ctx.sla_due_at,
        decidedAt: now,
        statementId: plan.decision.row.id,
        snapshotSha256: plan.snapshot.sha256,
      };
  }
  throw AppError.conflict('The listing kept changing while the removal was written; try again', {
    rule: 'listing-changed',
  });
}
