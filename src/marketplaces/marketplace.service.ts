import { findOrganisation } from '../accounts/accounts.repository.ts';
import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, mayReadWebhooksOf, type Principal, requireRole } from '../auth/principal.ts';
import { webhookSecret } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import type { StoreStatus } from '../db/schema.ts';
import { adoptStoreDecisions } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { OUTBOUND_FAILURES, type OutboundPolicy, outboundPolicy, refusalOfUrl } from '../net/index.ts';
import { newId } from '../shared/ids.ts';
import { CachedPerDatabase } from '../shared/ttl-value.ts';
import * as repo from './marketplace.repository.ts';

const allMarketplaces = new CachedPerDatabase<Marketplace[]>(5_000);

export interface Marketplace {
  id: string;
  code: string;
  name: string;
  jurisdiction: string;
  webhookUrl: string | null;
  createdAt: string;
}

/**
 * A marketplace as one caller may see it: the webhook URL only for operator admins and the
 * marketplace's own key (absent for everyone else; null means none is configured).
 */
export type MarketplaceView = Omit<Marketplace, 'webhookUrl'> & { webhookUrl?: string | null };

export function marketplaceViewFor(actor: Principal | null, marketplace: Marketplace): MarketplaceView {
  if (actor === null || mayReadWebhooksOf(actor, marketplace.id)) return marketplace;
  const { webhookUrl: _hidden, ...rest } = marketplace;
  return rest;
}

/** With no allow-list: what production allows. Callers with a configuration pass its policy. */
const PRODUCTION_OUTBOUND = outboundPolicy();

/**
 * Refuses a webhook URL the platform must not call (private or local targets in any notation,
 * credentials, plain http, odd ports) with a field error naming the rule. No DNS here: delivery
 * checks every address again, and that check is the authority.
 */
function checkWebhookUrl(url: string, policy: OutboundPolicy): void {
  const refusal = refusalOfUrl(url, policy);
  if (refusal) throw AppError.field('/webhookUrl', refusal, `the webhook URL ${OUTBOUND_FAILURES[refusal]}`);
}

export interface Store {
  id: string;
  marketplaceId: string;
  externalId: string;
  name: string;
  sellerOrgId: string | null;
  /** active, held (at registration, for review), suspended, closed: see the sellers module. */
  status: StoreStatus;
}

type MarketplaceRow = NonNullable<Awaited<ReturnType<typeof repo.findMarketplace>>>;

function toMarketplace(row: MarketplaceRow): Marketplace {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    jurisdiction: row.jurisdiction,
    webhookUrl: row.webhook_url,
    createdAt: row.created_at.toISOString(),
  };
}

function toStore(row: {
  id: string;
  marketplace_id: string;
  external_id: string;
  name: string;
  seller_org_id: string | null;
  status: StoreStatus;
}): Store {
  return {
    status: row.status,
    id: row.id,
    marketplaceId: row.marketplace_id,
    externalId: row.external_id,
    name: row.name,
    sellerOrgId: row.seller_org_id,
  };
}

export async function createMarketplace(
  db: Database,
  actor: Principal | null,
  masterKey: Buffer,
  input: { code: string; name: string; jurisdiction: string; webhookUrl?: string },
  outbound: OutboundPolicy = PRODUCTION_OUTBOUND,
) {
  if (actor) requireRole(actor, 'admin');
  if (input.webhookUrl !== undefined) checkWebhookUrl(input.webhookUrl, outbound);
  return db.transaction().execute(async (trx) => {
    if (await repo.findMarketplaceByCode(trx, input.code))
      throw AppError.field('/code', 'unique', `a marketplace with code ${input.code} already exists`);
    const row = await repo.insertMarketplace(trx, {
      id: newId(),
      code: input.code,
      name: input.name,
      jurisdiction: input.jurisdiction,
      webhook_url: input.webhookUrl ?? null,
    });
    allMarketplaces.invalidate(db);
    await appendAudit(trx, [
      {
        actor: actor?.label ?? 'system',
        action: 'marketplace.created',
        entityType: 'marketplace',
        entityId: row.id,
        data: { code: row.code, jurisdiction: row.jurisdiction },
      },
    ]);
    return {
      ...marketplaceViewFor(actor, toMarketplace(row)),
      webhookSecret: webhookSecret(masterKey, row.id, row.secret_version),
    };
  });
}

export async function listMarketplaces(db: Database): Promise<Marketplace[]> {
  return (await repo.listMarketplaces(db)).map(toMarketplace);
}

/** The marketplace list for hot paths (notice intake): cached for a few seconds per process. */
export async function cachedMarketplaces(db: Database): Promise<Marketplace[]> {
  return allMarketplaces.get(db, () => listMarketplaces(db));
}

export async function getMarketplace(db: Database, id: string): Promise<Marketplace> {
  const row = await repo.findMarketplace(db, id);
  if (!row) throw AppError.notFound('Marketplace');
  return toMarketplace(row);
}

/** Every signed-in party reads the marketplaces; each sees what `marketplaceViewFor` allows. */
export async function listMarketplacesFor(db: Database, actor: Principal): Promise<MarketplaceView[]> {
  return (await listMarketplaces(db)).map((m) => marketplaceViewFor(actor, m));
}

export async function getMarketplaceFor(
  db: Database,
  actor: Principal,
  id: string,
): Promise<MarketplaceView> {
  return marketplaceViewFor(actor, await getMarketplace(db, id));
}

export async function updateMarketplace(
  db: Database,
  actor: Principal,
  id: string,
  patch: { name?: string; jurisdiction?: string; webhookUrl?: string | null },
  outbound: OutboundPolicy = PRODUCTION_OUTBOUND,
) {
  requireRole(actor, 'admin');
  if (typeof patch.webhookUrl === 'string') checkWebhookUrl(patch.webhookUrl, outbound);
  return db.transaction().execute(async (trx) => {
    const row = await repo.updateMarketplace(trx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.jurisdiction !== undefined ? { jurisdiction: patch.jurisdiction } : {}),
      ...(patch.webhookUrl !== undefined ? { webhook_url: patch.webhookUrl } : {}),
    });
    if (!row) throw AppError.notFound('Marketplace');
    allMarketplaces.invalidate(db);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'marketplace.updated',
        entityType: 'marketplace',
        entityId: id,
        data: { ...patch },
      },
    ]);
    return marketplaceViewFor(actor, toMarketplace(row));
  });
}

/** Issues a new signing secret; the old one stops validating at once. */
export async function rotateWebhookSecret(db: Database, actor: Principal, masterKey: Buffer, id: string) {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const row = await repo.updateMarketplace(trx, id, { bumpSecret: true });
    if (!row) throw AppError.notFound('Marketplace');
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'marketplace.secret_rotated',
        entityType: 'marketplace',
        entityId: id,
        data: { version: row.secret_version },
      },
    ]);
    return { webhookSecret: webhookSecret(masterKey, row.id, row.secret_version) };
  });
}

/** A marketplace key speaks only for its own marketplace; admins speak for all. */
export function requireMarketplaceClient(actor: Principal, marketplaceId: string): void {
  if (actor.roles.has('admin')) return;
  if (actor.roles.has('marketplace') && actor.marketplaceId === marketplaceId) return;
  throw AppError.forbidden('Only this marketplace (its API key) or an admin can do this');
}

export async function upsertStore(
  db: Database,
  actor: Principal,
  marketplaceId: string,
  externalId: string,
  name: string,
): Promise<Store> {
  requireMarketplaceClient(actor, marketplaceId);
  await getMarketplace(db, marketplaceId);
  const [row] = await repo.upsertStores(db, [
    { id: newId(), marketplace_id: marketplaceId, external_id: externalId, name },
  ]);
  const store = await repo.findStore(db, row!.id);
  return toStore(store!);
}

export async function listStores(
  db: Database,
  actor: Principal,
  filter: { marketplaceId?: string; limit: number; offset: number },
): Promise<Store[]> {
  if (isOperatorStaff(actor)) return (await repo.listStores(db, filter)).map(toStore);
  if (actor.roles.has('marketplace') && actor.marketplaceId)
    return (await repo.listStores(db, { ...filter, marketplaceId: actor.marketplaceId })).map(toStore);
  if (actor.roles.has('seller'))
    return (await repo.listStores(db, { ...filter, sellerOrgId: actor.orgId })).map(toStore);
  throw AppError.forbidden('Only operator staff, marketplaces and sellers list stores');
}

/** Links a store to the seller organisation whose people may read its statements of reasons. */
export async function linkStoreToSeller(
  db: Database,
  actor: Principal,
  storeId: string,
  sellerOrgId: string | null,
): Promise<Store> {
  requireRole(actor, 'admin');
  if (sellerOrgId) {
    const org = await findOrganisation(db, sellerOrgId);
    if (!org || org.kind !== 'seller')
      throw AppError.field('/sellerOrgId', 'seller-organisation', 'must be the id of a seller organisation');
  }
  return db.transaction().execute(async (trx) => {
    const row = await repo.setStoreSeller(trx, storeId, sellerOrgId);
    if (!row) throw AppError.notFound('Store');
    const adopted = sellerOrgId ? await adoptStoreDecisions(trx, storeId, sellerOrgId) : 0;
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'store.linked',
        entityType: 'store',
        entityId: storeId,
        data: { sellerOrgId, decisionsAdopted: adopted },
      },
    ]);
    return toStore(row);
  });
}

/** A store locked for a change of status, with the status it had. */
export async function lockStore(trx: Database, storeId: string) {
  return repo.lockStore(trx, storeId);
}

/** The stores that exist among these, locked until the transaction ends (see lockStore). */
export async function lockStores(trx: Database, storeIds: readonly string[]): Promise<Set<string>> {
  return new Set(await repo.lockStores(trx, storeIds));
}

/**
 * Sets a store's status (the sellers module's sanctions, admission at registration). The one
 * writer of `stores.status`; the caller records the decision and the audit in the same transaction.
 */
export async function setStoreStatus(
  trx: Database,
  storeId: string,
  status: StoreStatus,
  now: Date,
): Promise<void> {
  await repo.setStoreStatus(trx, storeId, status, now);
}

/** Creates or renames the named stores of one marketplace; returns their ids by external id. */
export async function ensureStores(
  trx: Database,
  marketplaceId: string,
  stores: readonly { externalId: string; name: string }[],
): Promise<Map<string, string>> {
  const unique = new Map(stores.map((s) => [s.externalId, s.name]));
  const rows = await repo.upsertStores(
    trx,
    [...unique]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([externalId, name]) => ({
        id: newId(),
        marketplace_id: marketplaceId,
        external_id: externalId,
        name,
      })),
  );
  return new Map(rows.map((r) => [r.external_id, r.id]));
}
