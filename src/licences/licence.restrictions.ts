import type { AuditEntry } from '../audit/index.ts';
import { jurisdictionContains } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { newId } from '../shared/ids.ts';
import { restoreListing, takeDownListing } from '../takedowns/index.ts';
import * as repo from './licence.repository.ts';
import { isValidAt, type LicenceTerms, licenceNeeded, type RestrictedCategory } from './licence.ts';

/** Who acts when the rules restrict or lift (the gate, the lapse, a verification's follow-up). */
export const LICENCE_ACTOR = 'system:licences';

/**
 * Takes one listing down for want of a licence, the normal way (snapshot, `licence_restriction`
 * decision with its statement naming the licence needed, signed `listing.removed` with source
 * `licence`), and records the restriction so that a licence verified later lifts it. Nothing when
 * the listing is not active.
 */
export async function restrictListing(
  trx: Database,
  input: {
    listingId: string;
    storeId: string;
    category: RestrictedCategory;
    jurisdiction: string;
    cause: 'held' | 'lapsed';
    lapsedLicenceId: string | null;
    policyVersion: number;
    now: Date;
  },
): Promise<{ decisionId: string; audit: AuditEntry[] } | null> {
  const needed = licenceNeeded(input.category, input.jurisdiction);
  const reasonText =
    input.cause === 'held'
      ? `The listing is in the restricted category ${input.category.name} and its store has no ${needed.replace(/^a /, '')}. It is held until such a licence is verified.`
      : `The store's licence for ${input.category.name} lapsed and no other licence covers the listing. It needs ${needed} and stays restricted until one is verified.`;
  const result = await takeDownListing(trx, {
    listingId: input.listingId,
    source: 'licence',
    actorLabel: LICENCE_ACTOR,
    now: input.now,
    decision: () => ({
      kind: 'licence_restriction',
      notice: null,
      right: null,
      complainant: null,
      filer: null,
      evidence: [],
      reasonCode: input.cause === 'held' ? 'licence_missing' : 'licence_lapsed',
      reasonText,
      automated: { detection: false, decision: true },
      decidedBy: { kind: 'system', userId: null, label: LICENCE_ACTOR },
      notifierOrgId: null,
      policy: { key: 'licences', version: input.policyVersion },
    }),
  });
  if (!result) return null;
  await repo.insertRestriction(trx, {
    id: newId(),
    listing_id: input.listingId,
    store_id: input.storeId,
    category: input.category.code,
    jurisdiction: input.jurisdiction,
    cause: input.cause,
    decision_id: result.decisionId,
    lapsed_licence_id: input.lapsedLicenceId,
    created_at: input.now,
  });
  return { decisionId: result.decisionId, audit: result.audit };
}

/**
 * A licence was verified (by a reviewer, or on appeal): the listings of its store held or restricted
 * for its category, on a marketplace in a jurisdiction it covers, are restored (unless a notice still
 * keeps one down) with a signed `listing.reinstated` naming the verification decision.
 */
export async function liftRestrictions(
  trx: Database,
  licence: LicenceTerms & { id: string; storeId: string },
  input: { decisionId: string; actorLabel: string; now: Date },
): Promise<{ restored: number; audit: AuditEntry[] }> {
  if (!isValidAt(licence, input.now)) return { restored: 0, audit: [] };
  const open = await repo.openRestrictions(trx, licence.storeId, licence.category);
  const audit: AuditEntry[] = [];
  let restored = 0;
  for (const restriction of open) {
    if (!jurisdictionContains(licence.jurisdiction, restriction.jurisdiction)) continue;
    const lifted = await restoreListing(trx, {
      listingId: restriction.listing_id,
      exceptItemId: null,
      actorLabel: input.actorLabel,
      cause: 'licence_verified',
      reasonText: `A licence for the listing's category covering ${restriction.jurisdiction} was verified.`,
      outcomeId: input.decisionId,
      now: input.now,
      event: {
        source: 'licence',
        notice_id: null,
        item_id: null,
        decision_id: input.decisionId,
        appealed_decision_id: null,
      },
    });
    await repo.liftRestriction(trx, restriction.id, licence.id, input.now);
    if (lifted.restored) restored += 1;
    audit.push(...lifted.audit, {
      actor: input.actorLabel,
      action: 'licence.restriction_lifted',
      entityType: 'listing',
      entityId: restriction.listing_id,
      data: {
        licenceId: licence.id,
        restrictionDecisionId: restriction.decision_id,
        restored: lifted.restored,
      },
    });
  }
  return { restored, audit };
}
