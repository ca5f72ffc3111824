import { readableOrgIds } from '../accounts/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';

export type ItemParty = 'staff' | 'rights_holder' | 'seller';

/**
 * How the caller relates to an item: operator staff, the rights holder side (the principal, or
 * the agent that filed or acts for it) or the seller whose store holds the listing. Null means
 * no relation, and callers answer 404 so that ids reveal nothing across organisations.
 */
export async function partyOf(
  db: Parameters<typeof readableOrgIds>[0],
  actor: Principal,
  item: { principal_org_id: string; filer_org_id: string; seller_org_id: string | null },
): Promise<ItemParty | null> {
  if (isOperatorStaff(actor)) return 'staff';
  if (hasRole(actor, 'rights_holder', 'agent')) {
    const orgs = await readableOrgIds(db, actor);
    if (orgs.includes(item.principal_org_id) || orgs.includes(item.filer_org_id)) return 'rights_holder';
  }
  if (hasRole(actor, 'seller') && item.seller_org_id !== null && item.seller_org_id === actor.orgId)
    return 'seller';
  return null;
}
