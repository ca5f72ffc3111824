import type { AuditEntry } from '../audit/index.ts';
import { jurisdictionContains } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { type Deadline, moot, registerDeadlineKind, scheduleDeadline } from '../deadlines/index.ts';
import { notify } from '../notifications/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { LICENCE_EXPIRING, LICENCE_LAPSED } from './licence.notifications.ts';
import { lapsesAt, licenceCovers, restrictedCategoryOf, warningAt } from './licence.ts';
import './licence.policy.ts';
import * as repo from './licence.repository.ts';
import { LICENCE_ACTOR, liftRestrictions, restrictListing } from './licence.restrictions.ts';

export const LICENCE_WARNING = 'licence_expiry_warning';
export const LICENCE_LAPSE = 'licence_lapse';

type Row = repo.LicenceRow;

const termsOf = (row: Pick<Row, 'status' | 'category' | 'jurisdiction' | 'valid_from' | 'valid_until'>) => ({
  status: row.status,
  category: row.category,
  jurisdiction: row.jurisdiction,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
});

/**
 * A licence just verified (by a reviewer or on appeal): its two clocks start (the warning the
 * policy's days ahead, the lapse at the start of the day after its last day) and the listings held
 * or restricted for want of it are restored. The licence row is already verified.
 */
export async function afterVerification(
  trx: Database,
  row: Row,
  input: { decisionId: string; actorLabel: string; now: Date },
): Promise<{ restored: number; audit: AuditEntry[] }> {
  const policy = await currentPolicy(trx, 'licences');
  const target = { type: 'licence', id: row.id };
  const data = { validUntil: row.valid_until, category: row.category, jurisdiction: row.jurisdiction };
  const warning = await scheduleDeadline(trx, {
    target,
    kind: LICENCE_WARNING,
    party: 'seller',
    dueAt: warningAt(row.valid_until, policy.body.warningDays, input.now),
    now: input.now,
    actorLabel: input.actorLabel,
    data: { ...data, warningDays: policy.body.warningDays },
  });
  const lapse = await scheduleDeadline(trx, {
    target,
    kind: LICENCE_LAPSE,
    party: 'seller',
    dueAt: lapsesAt(row.valid_until),
    now: input.now,
    actorLabel: input.actorLabel,
    data,
  });
  const lifted = await liftRestrictions(
    trx,
    { ...termsOf({ ...row, status: 'verified' }), id: row.id, storeId: row.store_id },
    input,
  );
  return { restored: lifted.restored, audit: [warning.audit, lapse.audit, ...lifted.audit] };
}

/** Another verified licence of the store that covers the category where this one did, valid at `now`. */
async function renewalOf(trx: Database, row: Row, now: Date) {
  const others = await repo.verifiedLicencesOf(trx, [row.store_id], [row.category]);
  return others.find(
    (other) =>
      other.id !== row.id &&
      licenceCovers(termsOf(other), row.category, row.marketplace_jurisdiction, now) &&
      other.valid_until > row.valid_until,
  );
}

async function licenceToFire(trx: Database, deadline: Deadline) {
  const row = await repo.findLicence(trx, deadline.target.id);
  if (!row || row.status !== 'verified') return { row: null, why: 'the licence is not verified' } as const;
  return { row, why: null } as const;
}

registerDeadlineKind({
  kind: LICENCE_WARNING,
  action: 'Upload and have verified a renewal of the licence before it lapses',
  async fire(trx, deadline, now) {
    const { row, why } = await licenceToFire(trx, deadline);
    if (!row) return moot(why);
    // A renewal valid on the lapse day makes the warning pointless.
    const renewal = await renewalOf(trx, row, lapsesAt(row.valid_until));
    if (renewal) return moot(`renewed by licence ${renewal.id}`);
    const policy = await currentPolicy(trx, 'licences');
    await notify(trx, {
      orgIds: [row.seller_org_id],
      itemId: null,
      of: LICENCE_EXPIRING,
      now,
      body: {
        licenceId: row.id,
        storeId: row.store_id,
        category: row.category,
        categoryName: policy.body.categories.find((c) => c.code === row.category)?.name ?? row.category,
        jurisdiction: row.jurisdiction,
        validUntil: row.valid_until,
        lapsesAt: lapsesAt(row.valid_until).toISOString(),
      },
    });
    return {
      result: 'warned',
      audit: [
        {
          actor: LICENCE_ACTOR,
          action: 'licence.expiry_warned',
          entityType: 'licence',
          entityId: row.id,
          data: { validUntil: row.valid_until, sellerOrgId: row.seller_org_id },
        },
      ],
    };
  },
});

registerDeadlineKind({
  kind: LICENCE_LAPSE,
  action: 'The licence lapses: its listings in that category are restricted unless a renewal is verified',
  async fire(trx, deadline, now) {
    const { row, why } = await licenceToFire(trx, deadline);
    if (!row) return moot(why);
    if (!jurisdictionContains(row.jurisdiction, row.marketplace_jurisdiction))
      return moot(`the licence did not cover ${row.marketplace_jurisdiction}`);
    const renewal = await renewalOf(trx, row, now);
    if (renewal) return moot(`renewed by licence ${renewal.id}`);
    const policy = await currentPolicy(trx, 'licences');
    const category = policy.body.categories.find((c) => c.code === row.category);
    if (!category) return moot(`${row.category} is no longer a restricted category`);
    const audit: AuditEntry[] = [];
    let restricted = 0;
    for (const listing of await repo.activeCategorisedListings(trx, row.store_id)) {
      if (restrictedCategoryOf(policy.body, listing.category)?.code !== category.code) continue;
      const done = await restrictListing(trx, {
        listingId: listing.id,
        storeId: row.store_id,
        category,
        jurisdiction: row.marketplace_jurisdiction,
        cause: 'lapsed',
        lapsedLicenceId: row.id,
        policyVersion: policy.version,
        now,
      });
      if (!done) continue;
      restricted += 1;
      audit.push(...done.audit);
    }
    await notify(trx, {
      orgIds: [row.seller_org_id],
      itemId: null,
      of: LICENCE_LAPSED,
      now,
      body: {
        licenceId: row.id,
        storeId: row.store_id,
        category: row.category,
        categoryName: category.name,
        jurisdiction: row.jurisdiction,
        validUntil: row.valid_until,
        restrictedListings: restricted,
      },
    });
    audit.push({
      actor: LICENCE_ACTOR,
      action: 'licence.lapsed',
      entityType: 'licence',
      entityId: row.id,
      data: { validUntil: row.valid_until, restrictedListings: restricted },
    });
    return { result: `lapsed: ${restricted} listing(s) restricted`, audit };
  },
});
