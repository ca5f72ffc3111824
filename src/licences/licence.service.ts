import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import { jurisdictionContains } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { notify } from '../notifications/index.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { afterVerification } from './licence.expiry.ts';
import { LICENCE_DECIDED } from './licence.notifications.ts';
import { allowedCodes, dateOf, type LicencesPolicy } from './licence.ts';
import './licence.policy.ts';
import * as repo from './licence.repository.ts';
import type { Licence, LicenceDecisionInput, LicenceFilter, NewLicence } from './licence.schema.ts';
import { toLicence } from './licence.view.ts';

/**
 * Who reads which licences: operator staff all (the reviewers' queue); a seller its organisation's;
 * a marketplace key those of its stores. Anyone else is refused.
 */
function scopeOf(actor: Principal): repo.LicenceScope {
  if (isOperatorStaff(actor)) return { all: true, sellerOrgId: null, marketplaceId: null };
  if (hasRole(actor, 'seller') && actor.orgKind === 'seller')
    return { all: false, sellerOrgId: actor.orgId, marketplaceId: null };
  if (hasRole(actor, 'marketplace') && actor.marketplaceId)
    return { all: false, sellerOrgId: null, marketplaceId: actor.marketplaceId };
  throw AppError.forbidden(
    'Licences are read by their seller, the marketplace of the store and operator staff',
  );
}

function inScope(scope: repo.LicenceScope, row: repo.LicenceRow): boolean {
  return (
    scope.all ||
    (scope.sellerOrgId !== null && row.seller_org_id === scope.sellerOrgId) ||
    (scope.marketplaceId !== null && row.marketplace_id === scope.marketplaceId)
  );
}

export async function getLicencesPolicy(db: Database) {
  const policy = await currentPolicy(db, 'licences');
  return {
    key: 'licences' as const,
    version: policy.version,
    body: policy.body,
    createdAt: policy.createdAt,
  };
}

export async function putLicencesPolicy(db: Database, actor: Principal, body: LicencesPolicy) {
  const written = await writePolicy(db, actor, 'licences', body);
  return {
    key: 'licences' as const,
    version: written.version,
    body: written.body,
    createdAt: written.createdAt,
  };
}

export async function listLicences(
  db: Database,
  actor: Principal,
  filter: LicenceFilter,
): Promise<Licence[]> {
  const scope = scopeOf(actor);
  const now = new Date();
  const policy = (await currentPolicy(db, 'licences')).body;
  const rows = await repo.listLicences(db, scope, { ...filter, today: dateOf(now) });
  return rows.map((row) => toLicence(row, policy, now));
}

export async function getLicence(db: Database, actor: Principal, id: string): Promise<Licence> {
  const scope = scopeOf(actor);
  const row = await repo.findLicence(db, id);
  if (!row || !inScope(scope, row)) throw AppError.notFound('Licence');
  return toLicence(row, (await currentPolicy(db, 'licences')).body, new Date());
}

/** Rules the schema cannot say about an upload; every failing field named. */
function checkUpload(
  input: NewLicence,
  policy: LicencesPolicy,
  marketplaceJurisdiction: string,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!policy.categories.some((c) => c.code === input.category))
    errors.push({
      pointer: '/category',
      rule: 'restricted-category',
      detail: `"${input.category}" is not a restricted category; allowed: ${allowedCodes(policy)}`,
    });
  if (!jurisdictionContains(input.jurisdiction, marketplaceJurisdiction))
    errors.push({
      pointer: '/jurisdiction',
      rule: 'covers-marketplace',
      detail: `a licence for ${input.jurisdiction} does not cover the store's marketplace in ${marketplaceJurisdiction}`,
    });
  if (input.validUntil < input.validFrom)
    errors.push({ pointer: '/validUntil', rule: 'after-valid-from', detail: 'must not be before validFrom' });
  else if (input.validUntil < dateOf(now))
    errors.push({ pointer: '/validUntil', rule: 'not-expired', detail: 'the licence has already expired' });
  return errors;
}

/** A seller uploads a licence for one of its stores; it waits for a reviewer. */
export async function uploadLicence(
  db: Database,
  actor: Principal,
  storeId: string,
  input: NewLicence,
): Promise<Licence> {
  if (!hasRole(actor, 'seller') || actor.orgKind !== 'seller')
    throw AppError.forbidden("Licences are uploaded by the seller's own members");
  const store = await repo.storeWithMarketplace(db, storeId);
  if (!store || store.seller_org_id !== actor.orgId) throw AppError.notFound('Store');
  const now = new Date();
  const policy = await currentPolicy(db, 'licences');
  const errors = [
    ...checkUpload(input, policy.body, store.jurisdiction, now),
    ...(await checkDocumentReferences(
      db,
      [{ pointer: '/documentSha256', sha256: input.documentSha256 }],
      [actor.orgId],
    )),
  ];
  if (errors.length > 0) throw AppError.validation(errors);
  const id = newId();
  return db.transaction().execute(async (trx) => {
    await repo.insertLicence(trx, {
      id,
      store_id: store.id,
      seller_org_id: actor.orgId,
      category: input.category,
      jurisdiction: input.jurisdiction,
      issuer: input.issuer,
      licence_number: input.licenceNumber,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      document_sha256: input.documentSha256,
      uploaded_by: actor.label,
      created_at: now,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'licence.uploaded',
        entityType: 'licence',
        entityId: id,
        data: { storeId: store.id, ...input },
      },
    ]);
    const row = await repo.findLicence(trx, id);
    return toLicence(row!, policy.body, now);
  });
}

/**
 * A reviewer verifies or refuses a pending licence with reasons: a `licence_verification` decision
 * (a refusal can be appealed). Verifying starts its expiry clocks and restores the listings held
 * or restricted for want of it.
 */
export async function decideLicence(
  db: Database,
  actor: Principal,
  id: string,
  input: LicenceDecisionInput,
): Promise<Licence> {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Licences are verified by operator reviewers');
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockLicence(trx, id);
    if (!locked) throw AppError.notFound('Licence');
    if (locked.status !== 'pending')
      throw AppError.conflict(`The licence was already decided (${locked.status})`, {
        state: locked.status,
        rule: 'licence-decided',
      });
    const row = (await repo.findLicence(trx, id))!;
    const policy = await currentPolicy(trx, 'licences');
    const categoryName = policy.body.categories.find((c) => c.code === row.category)?.name ?? row.category;
    const verified = input.result === 'verified';
    const decisionId = newId();
    const recorded = await recordDecision(trx, {
      id: decisionId,
      kind: 'licence_verification',
      subject: { type: 'licence', id },
      marketplace: {
        id: row.marketplace_id,
        code: row.marketplace_code,
        name: row.marketplace_name,
        jurisdiction: row.marketplace_jurisdiction,
      },
      listing: null,
      store: { id: row.store_id, externalId: row.store_external_id, name: row.store_name },
      snapshot: null,
      notice: null,
      right: null,
      complainant: null,
      filer: null,
      evidence: [],
      reasonCode: verified ? 'licence_verified' : 'licence_refused',
      reasonText: input.reasonText,
      automated: { detection: false, decision: false },
      decidedBy: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      sellerOrgId: row.seller_org_id,
      notifierOrgId: null,
      policy: { key: 'licences', version: policy.version },
      account: verified
        ? {
            restriction: 'no_change',
            description: `The licence ${row.licence_number} (${row.issuer}) for ${categoryName} in ${row.jurisdiction} is verified for store ${row.store_name}, valid ${row.valid_from} to ${row.valid_until}.`,
          }
        : {
            restriction: 'account_refused',
            description: `The licence ${row.licence_number} (${row.issuer}) for ${categoryName} in ${row.jurisdiction} is refused: store ${row.store_name} may not list in ${categoryName} on its strength.`,
          },
      // Only a refusal hurts the seller; a verification is not something to contest.
      appealable: !verified,
      now,
    });
    const changed = await repo.decideLicence(trx, id, 'pending', {
      status: verified ? 'verified' : 'refused',
      decisionId,
      at: now,
      by: actor.label,
    });
    if (!changed)
      throw AppError.conflict('The licence was decided by someone else meanwhile', {
        rule: 'licence-decided',
      });
    const audit: AuditEntry[] = [
      {
        actor: actor.label,
        action: verified ? 'licence.verified' : 'licence.refused',
        entityType: 'licence',
        entityId: id,
        data: { decisionId, reasonText: input.reasonText },
      },
      ...recorded.audit,
    ];
    if (verified)
      audit.push(...(await afterVerification(trx, row, { decisionId, actorLabel: actor.label, now })).audit);
    await notify(trx, {
      orgIds: [row.seller_org_id],
      itemId: null,
      of: LICENCE_DECIDED,
      now,
      body: {
        licenceId: id,
        storeId: row.store_id,
        category: row.category,
        categoryName,
        jurisdiction: row.jurisdiction,
        result: input.result,
        decisionId,
      },
    });
    await appendAudit(trx, audit);
    return toLicence((await repo.findLicence(trx, id))!, policy.body, now);
  });
}
