import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import type { StoreStatus } from '../db/schema.ts';
import { decisionsOfSubject } from '../decisions/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { ensureStores, getMarketplace, requireMarketplaceClient, type Store } from '../marketplaces/index.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { barredLink, holdStore } from './admission.service.ts';
import {
  admissionAction,
  type BarredLink,
  kindsOf,
  refusalDetail,
  type StoreAdmissionPolicy,
} from './admission.ts';
import { linkStores } from './linking.ts';
import * as repo from './trader.repository.ts';
import { type IdentifierKind, identifierHasher, normaliseTrader, type TraderDetails } from './trader.ts';

export const MAX_STORES_PER_BATCH = 1000;

export interface StoreRegistration {
  externalId: string;
  name: string;
  trader?: TraderDetails;
}

const hashers = new WeakMap<Buffer, ReturnType<typeof identifierHasher>>();
function hasherFor(masterKey: Buffer) {
  let hasher = hashers.get(masterKey);
  if (!hasher) {
    hasher = identifierHasher(masterKey);
    hashers.set(masterKey, hasher);
  }
  return hasher;
}

function toStore(row: repo.ClusterStoreRow): Store {
  return {
    id: row.id,
    marketplaceId: row.marketplace_id,
    externalId: row.external_id,
    name: row.name,
    sellerOrgId: row.seller_org_id,
    status: row.status,
  };
}

/**
 * Registers or renames stores of one marketplace with their trader details, all or nothing: the
 * identifiers are normalised (a malformed one is a 400 naming the field and rule), hashed with the
 * kind's key, linked into clusters, and each store newly linked to a closed or suspended store is
 * refused (409, nothing stored) or held, by the store-admission policy. A store sent without
 * `trader` keeps the details it had; a store sent with `trader` gets exactly these details.
 * `pointerOf(i)` places errors in the caller's body (`` for one store, `/stores/3` in a batch).
 */
export async function registerStores(
  db: Database,
  actor: Principal,
  masterKey: Buffer,
  marketplaceId: string,
  stores: readonly StoreRegistration[],
  pointerOf: (index: number) => string,
): Promise<Store[]> {
  requireMarketplaceClient(actor, marketplaceId);
  const marketplace = await getMarketplace(db, marketplaceId);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const hash = hasherFor(masterKey);
  const hashed = stores.map((s, i) => {
    if (seen.has(s.externalId))
      errors.push({
        pointer: `${pointerOf(i)}/externalId`,
        rule: 'unique',
        detail: `store ${s.externalId} appears twice in the batch`,
      });
    seen.add(s.externalId);
    if (!s.trader) return null;
    const normalised = normaliseTrader(s.trader, `${pointerOf(i)}/trader`);
    errors.push(...normalised.errors);
    return normalised.identifiers.map(hash);
  });
  if (errors.length > 0) throw AppError.validation(errors);
  const now = new Date();

  return db.transaction().execute(async (trx) => {
    const ids = await ensureStores(trx, marketplaceId, stores);
    const entries = stores.flatMap((s, i) => {
      const identifiers = hashed[i];
      return identifiers ? [{ storeId: ids.get(s.externalId)!, identifiers, index: i }] : [];
    });
    const linked = await linkStores(trx, entries);
    const rows = new Map((await repo.storesByIds(trx, [...ids.values()])).map((r) => [r.id, r]));

    const policy = await currentPolicy(trx, 'store-admission');
    const action = admissionAction(policy.body, marketplaceId);
    const refusals: FieldError[] = [];
    const audit: AuditEntry[] = [];
    for (const entry of entries) {
      const row = rows.get(entry.storeId)!;
      const clusterId = linked.after.get(entry.storeId)!;
      audit.push({
        actor: actor.label,
        action: 'store.trader_details',
        entityType: 'store',
        entityId: entry.storeId,
        // Counts and the cluster only: the details themselves are never written anywhere in clear.
        data: { identifiers: entry.identifiers.length, clusterId },
      });
      if (row.status !== 'active') continue;
      const before = linked.barredBefore.get(entry.storeId) ?? new Set();
      const fresh = new Set(
        [...(linked.barredAfter.get(entry.storeId) ?? [])].filter(
          (s) => s !== entry.storeId && !before.has(s),
        ),
      );
      if (fresh.size === 0) continue;
      const link = await barredLink(trx, entry.storeId, clusterId, fresh);
      if (!link) continue;
      if (action === 'refuse') {
        refusals.push({
          pointer: `${pointerOf(entry.index)}/trader`,
          rule: 'linked-to-barred-store',
          detail: `store ${row.external_id}: ${refusalDetail(link)} Shared: ${kindsOf(link).join(', ')}.`,
        });
        continue;
      }
      audit.push(
        ...(await holdStore(trx, {
          store: { id: row.id, externalId: row.external_id, name: row.name, sellerOrgId: row.seller_org_id },
          marketplace,
          link,
          policyVersion: policy.version,
          now,
        })),
      );
      row.status = 'held';
    }
    if (refusals.length > 0)
      throw new AppError(
        'CONFLICT',
        'The store is linked to a closed or suspended store and the admission policy refuses it; nothing was stored',
        { errors: refusals },
      );
    await appendAudit(trx, audit);
    return stores.map((s) => toStore(rows.get(ids.get(s.externalId)!)!));
  });
}

/** One store in a cluster view: in full when the caller may see it, otherwise only where and in what state. */
export interface LinkedStore {
  id: string;
  marketplaceId: string;
  marketplaceName: string;
  status: StoreStatus;
  /** Whether name, external id and seller are shown (see `visibleTo`). */
  disclosed: boolean;
  externalId?: string;
  name?: string;
  sellerOrgId?: string | null;
}

export interface StoreLinks {
  store: LinkedStore;
  cluster: { id: string; size: number; shown: number } | null;
  stores: LinkedStore[];
  /** Each group of stores that share one identifier, by kind (never the value). */
  evidence: { kinds: IdentifierKind[]; storeIds: string[] }[];
  /** The decision that holds the store, while it is held: what the seller appeals. */
  admission: {
    decisionId: string;
    decidedAt: string;
    reasonText: string;
    appealableUntil: string | null;
  } | null;
}

const MAX_SHOWN = 500;

/**
 * Who sees which store of a cluster in full. Staff: every store. A marketplace key: the stores of
 * its marketplace. A seller: its own stores. Every other store appears only as its id, its
 * marketplace and its status, and by the kinds of identifier it shares: enough for a seller to see
 * why it is linked and to contest it, without another trader's name, store or account (DSA Art 30
 * data is personal data; the link itself is the seller's own identifier, which it already knows).
 */
function visibleTo(actor: Principal, row: repo.ClusterStoreRow): boolean {
  if (isOperatorStaff(actor)) return true;
  if (hasRole(actor, 'marketplace')) return actor.marketplaceId === row.marketplace_id;
  return hasRole(actor, 'seller') && row.seller_org_id === actor.orgId;
}

function linkedStore(actor: Principal, row: repo.ClusterStoreRow): LinkedStore {
  const base = {
    id: row.id,
    marketplaceId: row.marketplace_id,
    marketplaceName: row.marketplace_name,
    status: row.status,
  };
  return visibleTo(actor, row)
    ? {
        ...base,
        disclosed: true,
        externalId: row.external_id,
        name: row.name,
        sellerOrgId: row.seller_org_id,
      }
    : { ...base, disclosed: false };
}

/** A store's cluster with the evidence of each link: staff any store, a marketplace its own, a seller its own. */
export async function storeLinks(db: Database, actor: Principal, storeId: string): Promise<StoreLinks> {
  if (!isOperatorStaff(actor) && !hasRole(actor, 'marketplace', 'seller'))
    throw AppError.forbidden('Only operator staff, the marketplace and the seller read store links');
  const [row] = await repo.storesByIds(db, [storeId]);
  if (!row || !visibleTo(actor, row)) throw AppError.notFound('Store');
  const [membership] = await repo.clustersOfStores(db, [storeId]);
  const admission = await admissionOf(db, row);
  if (!membership)
    return {
      store: linkedStore(actor, row),
      cluster: null,
      stores: [linkedStore(actor, row)],
      evidence: [],
      admission,
    };
  const size = (await repo.clusterSizes(db, [membership.cluster_id])).get(membership.cluster_id) ?? 1;
  const members = await repo.storesOfCluster(db, membership.cluster_id, MAX_SHOWN);
  if (!members.some((m) => m.id === storeId)) members.push(row);
  const identifiers = await repo.identifiersOfStores(
    db,
    members.map((m) => m.id),
  );
  const groups = new Map<string, { kind: IdentifierKind; stores: string[] }>();
  for (const r of identifiers) {
    const g = groups.get(r.hash) ?? { kind: r.kind, stores: [] };
    g.stores.push(r.store_id);
    groups.set(r.hash, g);
  }
  const evidence = new Map<string, { kinds: Set<IdentifierKind>; storeIds: string[] }>();
  for (const g of groups.values()) {
    if (g.stores.length < 2) continue;
    const storeIds = [...g.stores].sort();
    const key = storeIds.join(',');
    const e = evidence.get(key) ?? { kinds: new Set(), storeIds };
    e.kinds.add(g.kind);
    evidence.set(key, e);
  }
  return {
    store: linkedStore(actor, row),
    cluster: { id: membership.cluster_id, size, shown: members.length },
    stores: members.map((m) => linkedStore(actor, m)),
    evidence: [...evidence.values()]
      .map((e) => ({ kinds: [...e.kinds].sort(), storeIds: e.storeIds }))
      .sort((a, b) => (a.storeIds.join() < b.storeIds.join() ? -1 : 1)),
    admission,
  };
}

async function admissionOf(db: Database, row: repo.ClusterStoreRow): Promise<StoreLinks['admission']> {
  if (row.status !== 'held') return null;
  const held = (await decisionsOfSubject(db, 'store', row.id))
    .filter((d) => d.kind === 'store_admission')
    .sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1))[0];
  return held
    ? {
        decisionId: held.id,
        decidedAt: held.decidedAt,
        reasonText: held.reasonText,
        appealableUntil: held.appealableUntil,
      }
    : null;
}

export async function admissionPolicy(db: Database, actor: Principal) {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator staff read the store admission policy');
  return currentPolicy(db, 'store-admission');
}

export async function setAdmissionPolicy(db: Database, actor: Principal, body: StoreAdmissionPolicy) {
  return writePolicy(db, actor, 'store-admission', body);
}

export type { BarredLink };
