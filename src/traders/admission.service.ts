import type { AppealResultBase } from '../appeals/index.ts';
import { appealedContext, registerAppealEffect } from '../appeals/index.ts';
import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import { appendEvents } from '../events/index.ts';
import { registerListingGate } from '../listings/index.ts';
import { lockStore, type Marketplace, setStoreStatus } from '../marketplaces/index.ts';
import { newId } from '../shared/ids.ts';
import {
  type BarredLink,
  describeLink,
  kindsOf,
  STORE_ADMITTED,
  STORE_HELD,
  type StoreAdmittedData,
  type StoreHeldData,
} from './admission.ts';
import * as repo from './trader.repository.ts';
import type { IdentifierKind } from './trader.ts';

/**
 * The shortest chain of shared identifiers from a store to one of `targets` (closed or suspended
 * stores of its cluster): breadth-first over the cluster's identifier index. Run only when a store
 * is refused or held, so reading the whole cluster is fine.
 */
export async function barredLink(
  trx: Database,
  storeId: string,
  clusterId: string,
  targets: ReadonlySet<string>,
): Promise<BarredLink | null> {
  const members = await repo.membersOfClusters(trx, [clusterId]);
  const identifiers = await repo.identifiersOfStores(
    trx,
    members.map((m) => m.store_id),
  );
  const holders = new Map<string, { kind: IdentifierKind; stores: string[] }>();
  const hashesOf = new Map<string, string[]>();
  for (const row of identifiers) {
    const h = holders.get(row.hash) ?? { kind: row.kind, stores: [] };
    h.stores.push(row.store_id);
    holders.set(row.hash, h);
    hashesOf.set(row.store_id, [...(hashesOf.get(row.store_id) ?? []), row.hash]);
  }
  const previous = new Map<string, string | null>([[storeId, null]]);
  const queue = [storeId];
  let found: string | null = null;
  for (let i = 0; i < queue.length && found === null; i++) {
    const at = queue[i]!;
    for (const hash of hashesOf.get(at) ?? [])
      for (const next of holders.get(hash)!.stores)
        if (!previous.has(next)) {
          previous.set(next, at);
          queue.push(next);
          if (targets.has(next) && found === null) found = next;
        }
  }
  if (found === null) return null;
  const chain: string[] = [];
  for (let s: string | null = found; s !== null; s = previous.get(s) ?? null) chain.unshift(s);
  const rows = new Map((await repo.storesByIds(trx, chain)).map((r) => [r.id, r]));
  const shared = (a: string, b: string): IdentifierKind[] => {
    const ofB = new Set(hashesOf.get(b) ?? []);
    return [...new Set((hashesOf.get(a) ?? []).filter((h) => ofB.has(h)).map((h) => holders.get(h)!.kind))];
  };
  const barred = rows.get(found)!;
  return {
    barred: {
      id: found,
      marketplaceName: barred.marketplace_name,
      status: barred.status === 'suspended' ? 'suspended' : 'closed',
    },
    path: chain.slice(1).map((s, i) => ({
      storeId: s,
      marketplaceName: rows.get(s)!.marketplace_name,
      kinds: shared(chain[i]!, s),
    })),
  };
}

/** Holds a store at registration: its status, the decision that tells the seller, the webhook. */
export async function holdStore(
  trx: Database,
  input: {
    store: { id: string; externalId: string; name: string; sellerOrgId: string | null };
    marketplace: Marketplace;
    link: BarredLink;
    policyVersion: number;
    now: Date;
  },
): Promise<AuditEntry[]> {
  const { store, marketplace, link, now } = input;
  await setStoreStatus(trx, store.id, 'held', now);
  const id = newId();
  const reasonText = `${describeLink(link)} Stores linked to a closed or suspended store are held until a reviewer admits them. If the link is wrong (the details are not yours, or the other store is not related to you), appeal this decision.`;
  const recorded = await recordDecision(trx, {
    id,
    kind: 'store_admission',
    subject: { type: 'store', id: store.id },
    sellerOrgId: store.sellerOrgId,
    notifierOrgId: null,
    marketplace: {
      id: marketplace.id,
      code: marketplace.code,
      name: marketplace.name,
      jurisdiction: marketplace.jurisdiction,
    },
    listing: null,
    store: { id: store.id, externalId: store.externalId, name: store.name },
    snapshot: null,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
    reasonCode: 'linked_to_barred_store',
    reasonText,
    automated: { detection: true, decision: true },
    decidedBy: { kind: 'system', userId: null, label: 'store admission' },
    policy: { key: 'store-admission', version: input.policyVersion },
    account: {
      restriction: 'account_refused',
      description: `The store "${store.name}" is held: it cannot list on ${marketplace.name} until it is admitted.`,
    },
    now,
  });
  await appendEvents(trx, [
    {
      type: STORE_HELD.type,
      subjectType: 'store',
      subjectId: store.id,
      marketplaceId: marketplace.id,
      data: {
        store_id: store.id,
        store_external_id: store.externalId,
        decision_id: id,
        statement_path: `/v1/statements/${id}`,
        shared_identifier_kinds: kindsOf(link),
        reason: { text: reasonText },
      } satisfies StoreHeldData,
    },
  ]);
  return [
    ...recorded.audit,
    {
      actor: 'store admission',
      action: 'store.held',
      entityType: 'store',
      entityId: store.id,
      data: { decisionId: id, barredStoreId: link.barred.id, kinds: kindsOf(link) },
    },
  ];
}

registerAppealEffect('store_admission', {
  /** The hold stands: recorded with the reviewer's reasons; the store stays held. */
  async uphold(trx, decision, input: AppealResultBase) {
    const recorded = await recordDecision(trx, {
      ...appealedContext(decision),
      id: newId(),
      kind: 'appeal_upheld',
      previousDecisionId: decision.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
      account: { restriction: 'no_change', description: 'The store stays held.' },
      now: input.now,
    });
    return recorded.audit;
  },
  /** The link was wrong or does not justify the hold: the store is admitted and lists again. */
  async reverse(trx, decision, input: AppealResultBase) {
    const store = await lockStore(trx, decision.subject_id);
    const admitted = store?.status === 'held';
    if (store && admitted) await setStoreStatus(trx, store.id, 'active', input.now);
    const id = newId();
    const recorded = await recordDecision(trx, {
      ...appealedContext(decision),
      id,
      kind: 'appeal_reversed',
      previousDecisionId: decision.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
      account: admitted
        ? { restriction: 'account_restored', description: 'The store is admitted and may list again.' }
        : {
            restriction: 'no_change',
            description: `The hold is lifted; the store is ${store?.status ?? 'gone'} for another reason.`,
          },
      now: input.now,
    });
    if (store && admitted)
      await appendEvents(trx, [
        {
          type: STORE_ADMITTED.type,
          subjectType: 'store',
          subjectId: store.id,
          marketplaceId: store.marketplace_id,
          data: {
            store_id: store.id,
            store_external_id: store.external_id,
            decision_id: id,
            statement_path: `/v1/statements/${id}`,
            appealed_decision_id: decision.id,
            reason: { text: input.reasonText },
          } satisfies StoreAdmittedData,
        },
      ]);
    return [
      ...recorded.audit,
      ...(admitted
        ? [
            {
              actor: input.actorLabel,
              action: 'store.admitted',
              entityType: 'store',
              entityId: decision.subject_id,
              data: { decisionId: id, appealedDecisionId: decision.id },
            },
          ]
        : []),
    ];
  },
});

/** A held store lists nothing until it is admitted. */
registerListingGate('store-admission', async (trx, { listings }) => {
  const held = await repo.heldStores(trx, [...new Set(listings.map((l) => l.storeId))]);
  return {
    refusals: listings
      .filter((l) => held.has(l.storeId))
      .map((l) => ({
        pointer: `${l.pointer}/store`,
        rule: 'store-held',
        detail: `the store ${l.input.store.externalId} is held at registration (linked to a closed or suspended store) and lists nothing until it is admitted on appeal`,
      })),
  };
});
