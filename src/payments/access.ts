import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { type StoreContext, storeContext } from './payments.repository.ts';

/** A store's money: operator staff, the store's seller, the store's marketplace key; others 404. */
export async function readableStore(db: Database, actor: Principal, storeId: string): Promise<StoreContext> {
  const ctx = await storeContext(db, storeId);
  const may =
    ctx &&
    (isOperatorStaff(actor) ||
      (actor.orgKind === 'seller' && hasRole(actor, 'seller') && ctx.seller_org_id === actor.orgId) ||
      (hasRole(actor, 'marketplace') && actor.marketplaceId === ctx.marketplace_id));
  if (!ctx || !may) throw AppError.notFound('Store');
  return ctx;
}

/** A store the caller reports money for: its marketplace's key (or an operator admin); others 404/403. */
export async function marketplaceStore(
  db: Database,
  actor: Principal,
  storeId: string,
): Promise<StoreContext> {
  const isAdmin = actor.orgKind === 'operator' && hasRole(actor, 'admin');
  if (!isAdmin && !hasRole(actor, 'marketplace'))
    throw AppError.forbidden(
      "Only the store's marketplace (its API key) or an operator admin reports payments",
    );
  const ctx = await storeContext(db, storeId);
  if (!ctx || (!isAdmin && actor.marketplaceId !== ctx.marketplace_id)) throw AppError.notFound('Store');
  return ctx;
}

export function requireStaff(actor: Principal, what: string): void {
  if (!isOperatorStaff(actor)) throw AppError.forbidden(`Only operator reviewers and admins ${what}`);
}

/** How a store appears in a decision's statement. */
export function aboutStore(ctx: StoreContext) {
  return {
    subject: { type: 'store' as const, id: ctx.id },
    sellerOrgId: ctx.seller_org_id,
    notifierOrgId: null,
    marketplace: {
      id: ctx.marketplace_id,
      code: ctx.marketplace_code,
      name: ctx.marketplace_name,
      jurisdiction: ctx.jurisdiction,
    },
    store: { id: ctx.id, externalId: ctx.external_id, name: ctx.name },
    listing: null,
    snapshot: null,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
  };
}
