import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { itemState } from '../items/index.ts';
import * as repo from './review.repository.ts';
import { requireReviewer } from './review.service.ts';

/**
 * How long a claim holds before it frees itself. A named constant rather than a field of the
 * review SLA policy: that policy has its own routes and body schema in src/policies, and a claim's
 * length is a working convention of the queue, not a deadline owed to a party.
 */
export const CLAIM_MINUTES = 30;

export interface Claim {
  itemId: string;
  userId: string;
  name: string;
  claimedAt: string;
  expiresAt: string;
}

/** Who holds an item, as the queue and the item page show it (an expired claim is no claim). */
export interface ClaimHolder {
  userId: string;
  name: string;
  expiresAt: string;
}

/** The 409 a reviewer gets when another reviewer's claim still runs. */
export function claimedByAnother(holder: { userId: string; name: string; expiresAt: Date }): AppError {
  return AppError.conflict(
    `The item is claimed by ${holder.name} until ${holder.expiresAt.toISOString()}; it is theirs to decide`,
    {
      rule: 'review-claim',
      claimedBy: { userId: holder.userId, name: holder.name },
      deadline: holder.expiresAt.toISOString(),
    },
  );
}

/** A claim is a person's: a machine client with a reviewer key has no one to hold it. */
function claimant(actor: Principal): string {
  requireReviewer(actor);
  if (actor.userId === null)
    throw AppError.forbidden('A claim is held by a signed-in reviewer, not an API key');
  return actor.userId;
}

/** A supervisor (operator admin) may release anyone's claim. */
function isSupervisor(actor: Principal): boolean {
  return actor.orgKind === 'operator' && actor.roles.has('admin');
}

/** Claims a pending item for the caller, or renews the caller's own claim. */
export async function claimItem(
  db: Database,
  actor: Principal,
  itemId: string,
  now = new Date(),
): Promise<Claim> {
  const userId = claimant(actor);
  const expiresAt = new Date(now.getTime() + CLAIM_MINUTES * 60_000);
  const claimed = await repo.claimItem(db, { itemId, userId, now, expiresAt });
  if (claimed) return toClaim(claimed);
  // Nothing was written: say why (the item is not awaiting the reviewer, or someone holds it).
  const state = await itemState(db, itemId);
  if (state === null) throw AppError.notFound('Notice item');
  if (state !== 'pending')
    throw new AppError('ALREADY_DECIDED', `The item is ${state}; only a pending item can be claimed`, {
      extra: { state },
    });
  const holder = await repo.claimOf(db, itemId);
  if (holder)
    throw claimedByAnother({ userId: holder.user_id, name: holder.user_name, expiresAt: holder.expires_at });
  throw AppError.conflict('The item was claimed or decided at the same moment; try again', {
    rule: 'claimed-concurrently',
  });
}

/** Releases the caller's own claim; a supervisor may release anyone's. No claim: nothing to do. */
export async function releaseClaim(db: Database, actor: Principal, itemId: string): Promise<void> {
  const userId = claimant(actor);
  const { released } = await repo.releaseClaim(db, itemId, {
    userId,
    anyone: isSupervisor(actor),
    now: new Date(),
  });
  if (released) return;
  const holder = await repo.claimOf(db, itemId);
  if (holder)
    throw AppError.forbidden(`The claim is ${holder.user_name}'s; only they or a supervisor may release it`);
}

/** The item's running claim, if any. */
export async function claimHolder(
  db: Database,
  itemId: string,
  now = new Date(),
): Promise<ClaimHolder | null> {
  const claim = await repo.claimOf(db, itemId);
  if (!claim || claim.expires_at.getTime() <= now.getTime()) return null;
  return { userId: claim.user_id, name: claim.user_name, expiresAt: claim.expires_at.toISOString() };
}

/**
 * Inside a decision's transaction: releases the item's claim and refuses the decision when another
 * reviewer's claim still runs (the transaction's rollback puts the claim back).
 */
export async function releaseForDecision(trx: Database, actor: Principal, itemId: string, now: Date) {
  const claim = await repo.takeClaimForDecision(trx, itemId);
  if (claim && claim.user_id !== actor.userId && claim.expires_at.getTime() > now.getTime())
    throw claimedByAnother({ userId: claim.user_id, name: claim.user_name, expiresAt: claim.expires_at });
}

function toClaim(row: repo.ClaimRow): Claim {
  return {
    itemId: row.item_id,
    userId: row.user_id,
    name: row.user_name,
    claimedAt: row.claimed_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}
