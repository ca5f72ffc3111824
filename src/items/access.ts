import { readableOrgIds } from '../accounts/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

export type ItemParty = 'staff' | 'rights_holder' | 'seller';

/**
 * How the caller relates to an item: operator staff, the rights holder side (the principal, or an
 * agent whose authorization from it is valid today: having filed the notice is not enough), or
 * the seller whose store holds the listing. Null means no relation.
 */
export async function partyOf(
  db: Database,
  actor: Principal,
  item: { principal_org_id: string; seller_org_id: string | null },
): Promise<ItemParty | null> {
  if (isOperatorStaff(actor)) return 'staff';
  if (hasRole(actor, 'rights_holder', 'agent')) {
    const orgs = await readableOrgIds(db, actor);
    if (orgs.includes(item.principal_org_id)) return 'rights_holder';
  }
  if (hasRole(actor, 'seller') && item.seller_org_id !== null && item.seller_org_id === actor.orgId)
    return 'seller';
  return null;
}

/** What a caller may do with an item. */
export type ItemAction =
  /** see the item, its notice, evidence, clock and timeline */
  | 'read'
  /** withdraw, answer a question or a counter-notice: the rights holder side */
  | 'act_for_notifier'
  /** counter-notify: the seller */
  | 'act_for_seller'
  /** contest a decision: either party, never staff */
  | 'appeal'
  /** decide: operator reviewers and admins */
  | 'review';

const ALLOWED: Record<ItemAction, readonly ItemParty[]> = {
  read: ['staff', 'rights_holder', 'seller'],
  act_for_notifier: ['rights_holder'],
  act_for_seller: ['seller'],
  appeal: ['rights_holder', 'seller'],
  review: ['staff'],
};

const REFUSALS: Record<ItemAction, string> = {
  read: 'You have no part in this item',
  act_for_notifier: 'Only the rights holder or its authorized agent does this',
  act_for_seller: 'Only the seller whose store holds the listing does this',
  appeal: 'Only the seller or the rights holder of the item appeals its decisions',
  review: 'Only operator reviewers decide',
};

const RULES: Record<ItemAction, string> = {
  read: 'item-party',
  act_for_notifier: 'notifier-only',
  act_for_seller: 'seller-only',
  appeal: 'appeal-by-party',
  review: 'reviewer-only',
};

/**
 * The one authorization of item actions, used by every module that touches an item. Answers the
 * caller's party, or throws: 404 when the caller has no relation to the item (ids reveal nothing
 * across organisations), 403 when it has one but not the right one.
 */
export async function can(
  db: Database,
  actor: Principal,
  action: ItemAction,
  item: { principal_org_id: string; seller_org_id: string | null } | null | undefined,
  what = 'Notice item',
): Promise<ItemParty> {
  if (!item) throw AppError.notFound(what);
  const party = await partyOf(db, actor, item);
  if (party === null) throw AppError.notFound(what);
  if (!ALLOWED[action].includes(party))
    throw new AppError('FORBIDDEN', REFUSALS[action], { extra: { rule: RULES[action] } });
  if (action === 'act_for_notifier' && !hasRole(actor, 'rights_holder', 'agent'))
    throw AppError.forbidden(REFUSALS[action]);
  if (action === 'review' && !(actor.orgKind === 'operator' && hasRole(actor, 'reviewer', 'admin')))
    throw AppError.forbidden(REFUSALS[action]);
  return party;
}
