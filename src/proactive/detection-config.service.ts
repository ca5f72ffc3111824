import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal, requireRole } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import {
  type Brand,
  type BrandKnowledge,
  DEFAULT_DETECTION_POLICY,
  DEFAULT_KEYWORD_RULES,
  type DetectionInputError,
  type DetectionPolicy,
  Detector,
  type KeywordRuleSet,
  type PhotoBrand,
  validateBrandKnowledge,
  validateDetectionPolicy,
  validateKeywordRuleSet,
} from '../detection/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { getMarketplace } from '../marketplaces/index.ts';
import { readPolicy, writePolicy } from '../policies/index.ts';
import { rightNamesInForce } from '../rights/index.ts';
import { newId } from '../shared/ids.ts';
import { brandIsBound, brandNameKey, unboundTerms } from './brand-binding.ts';
import * as repo from './detection-config.repository.ts';
import './detection-policy.ts';

function toFieldErrors(errors: readonly DetectionInputError[]): FieldError[] {
  return errors.map((e) => ({ pointer: e.pointer, rule: 'detection-input', detail: e.message }));
}

/** A rights holder supplies its brand knowledge (names, aliases, product lines, prices, indicators). */
export async function putBrandKnowledge(db: Database, actor: Principal, input: unknown) {
  if (!(actor.orgKind === 'brand' && actor.roles.has('rights_holder')))
    throw AppError.forbidden('Only a brand (rights holder) supplies its brand knowledge');
  const { knowledge, errors } = validateBrandKnowledge(input);
  if (errors.length > 0) throw AppError.validation(toFieldErrors(errors));
  const covered = (await coveredNameKeys(db, [actor.orgId])).get(actor.orgId) ?? new Set<string>();
  const unbound = unboundTerms(knowledge.brands, covered);
  if (unbound.length > 0)
    throw AppError.validation(
      unbound.map((t) => ({
        pointer: t.pointer,
        rule: 'brand-name-verified',
        detail: `"${t.term}" is not the name of a verified trademark or copyright of your organisation in force today; register and verify the right, or ask the operator to approve the name`,
      })),
    );
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertKnowledge(trx, actor.orgId, knowledge, actor.userId);
    await repo.bumpRevision(trx);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'detection.brand_knowledge_changed',
        entityType: 'organisation',
        entityId: actor.orgId,
        data: { version: row.version, brands: knowledge.brands.length },
      },
    ]);
    return { orgId: actor.orgId, version: row.version, knowledge, createdAt: row.created_at.toISOString() };
  });
}

export async function getBrandKnowledge(db: Database, actor: Principal, orgId: string) {
  if (!isOperatorStaff(actor) && actor.orgId !== orgId) throw AppError.notFound('Brand knowledge');
  const row = await repo.latestKnowledgeOf(db, orgId);
  if (!row) throw AppError.notFound('Brand knowledge');
  return {
    orgId,
    version: row.version,
    knowledge: row.body as BrandKnowledge,
    createdAt: row.created_at.toISOString(),
  };
}

/** Operator staff set keyword controls per marketplace (or the default set, marketplaceId null). */
export async function putKeywordRules(
  db: Database,
  actor: Principal,
  marketplaceId: string | null,
  input: unknown,
) {
  requireOperator(actor);
  if (marketplaceId) await getMarketplace(db, marketplaceId);
  const { ruleSet, errors } = validateKeywordRuleSet(input);
  if (errors.length > 0) throw AppError.validation(toFieldErrors(errors));
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertRuleSet(trx, newId(), marketplaceId, ruleSet, actor.userId);
    await repo.bumpRevision(trx);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'detection.rules_changed',
        entityType: 'marketplace',
        entityId: marketplaceId ?? 'default',
        data: { version: row.version, rules: ruleSet.rules.length },
      },
    ]);
    return { marketplaceId, version: row.version, ruleSet, createdAt: row.created_at.toISOString() };
  });
}

export async function getKeywordRules(db: Database, actor: Principal, marketplaceId: string | null) {
  requireOperator(actor);
  const row = await repo.latestRuleSetOf(db, marketplaceId);
  if (!row) return { marketplaceId, version: 0, ruleSet: DEFAULT_KEYWORD_RULES, createdAt: null };
  return {
    marketplaceId,
    version: row.version,
    ruleSet: row.body as KeywordRuleSet,
    createdAt: row.created_at.toISOString(),
  };
}

/** A partial policy is merged with the defaults, then written as a version of the `detection` policy. */
export async function putDetectionPolicy(db: Database, actor: Principal, input: unknown) {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator sets the detection policy');
  const { policy, errors } = validateDetectionPolicy(input, DEFAULT_DETECTION_POLICY);
  if (!policy || errors.length > 0) throw AppError.validation(toFieldErrors(errors));
  const written = await writePolicy(db, actor, 'detection', policy);
  return { version: written.version, policy: written.body, createdAt: written.createdAt };
}

export async function getDetectionPolicy(db: Database, actor: Principal) {
  requireOperator(actor);
  const current = await readPolicy(db, 'detection');
  return { version: current.version, policy: current.body, createdAt: current.createdAt };
}

function requireOperator(actor: Principal): void {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins manage keyword controls');
}

/**
 * Per organisation, the name keys its brand knowledge may use: names of its verified trademarks and
 * copyrights in force, and names an operator approved for it.
 */
export async function coveredNameKeys(
  db: Database,
  orgIds: readonly string[],
  now = new Date(),
): Promise<Map<string, Set<string>>> {
  const [rightNames, approvals] = await Promise.all([
    rightNamesInForce(db, orgIds, now),
    repo.approvedNameKeys(db, orgIds),
  ]);
  const out = new Map<string, Set<string>>(orgIds.map((id) => [id, new Set<string>()]));
  for (const [orgId, names] of rightNames) for (const name of names) out.get(orgId)?.add(brandNameKey(name));
  for (const row of approvals) out.get(row.org_id)?.add(row.name_key);
  return out;
}

/** An operator admin approves names an organisation may use without a verified right of that name. */
export async function approveBrandNames(
  db: Database,
  actor: Principal,
  orgId: string,
  names: readonly string[],
) {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only operator admins approve brand names');
  const org = await db.selectFrom('organisations').select('kind').where('id', '=', orgId).executeTakeFirst();
  if (!org) throw AppError.notFound('Organisation');
  if (org.kind !== 'brand')
    throw AppError.field('/id', 'brand-organisation', 'brand names are approved for brand organisations');
  const keys = names.map((name, i) => ({ name, key: brandNameKey(name), i }));
  const empty = keys.filter((k) => k.key === '');
  if (empty.length > 0)
    throw AppError.validation(
      empty.map((k) => ({
        pointer: `/names/${k.i}`,
        rule: 'brand-name',
        detail: 'a name needs a letter or digit',
      })),
    );
  await db.transaction().execute(async (trx) => {
    await repo.insertApprovals(
      trx,
      keys.map((k) => ({ org_id: orgId, name_key: k.key, name: k.name, approved_by: actor.label })),
    );
    await repo.bumpRevision(trx);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'detection.brand_names_approved',
        entityType: 'organisation',
        entityId: orgId,
        data: { names: [...names] },
      },
    ]);
  });
  return listApprovedBrandNames(db, actor, orgId);
}

export async function listApprovedBrandNames(db: Database, actor: Principal, orgId: string) {
  if (!isOperatorStaff(actor) && actor.orgId !== orgId) throw AppError.notFound('Organisation');
  const rows = await repo.approvedNameKeys(db, [orgId]);
  return rows.map((r) => ({
    name: r.name,
    approvedBy: r.approved_by,
    approvedAt: r.created_at.toISOString(),
  }));
}

export async function withdrawBrandNameApproval(db: Database, actor: Principal, orgId: string, name: string) {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only operator admins approve brand names');
  await db.transaction().execute(async (trx) => {
    const removed = await repo.deleteApproval(trx, orgId, brandNameKey(name));
    if (!removed) throw AppError.notFound('Approved brand name');
    await repo.bumpRevision(trx);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'detection.brand_name_approval_withdrawn',
        entityType: 'organisation',
        entityId: orgId,
        data: { name },
      },
    ]);
  });
}

/** Everything a scanner needs, built once per configuration revision. */
export interface DetectionSetup {
  revision: number;
  policyVersion: string;
  /** Detector per marketplace with its own rules; `null` key is the default. */
  detectors: Map<string | null, Detector>;
  /** Brand id inside the detector -> the brand organisation that supplied it. */
  brandOrg: Map<string, string>;
  /** The policy the detectors score with (the photo signal is scored with it too). */
  policy: DetectionPolicy;
  /** Each brand with its organisation and authorized sellers, for the `stolen_photo` signal. */
  photoBrands: PhotoBrand[];
}

export async function buildDetectionSetup(
  db: Database,
  revision: number,
  now = new Date(),
): Promise<DetectionSetup> {
  const [knowledgeRows, ruleRows, policyVersion] = await Promise.all([
    repo.latestKnowledgePerOrg(db),
    repo.latestRuleSets(db),
    readPolicy(db, 'detection'),
  ]);
  const brandOrg = new Map<string, string>();
  const brands: Brand[] = [];
  const photoBrands: PhotoBrand[] = [];
  // A brand whose right lapsed or was revoked since its knowledge was written stops counting.
  const covered = await coveredNameKeys(
    db,
    knowledgeRows.map((r) => r.org_id),
    now,
  );
  for (const row of knowledgeRows) {
    const orgCovered = covered.get(row.org_id) ?? new Set<string>();
    for (const brand of (row.body as BrandKnowledge).brands) {
      if (!brandIsBound(brand, orgCovered)) continue;
      // Brand ids are the brand's own; qualify them so two organisations never collide.
      const id = `${row.org_id}:${brand.id}`;
      brandOrg.set(id, row.org_id);
      brands.push({ ...brand, id });
      photoBrands.push({ id, orgId: row.org_id, authorizedSellers: new Set(brand.authorizedSellers ?? []) });
    }
  }
  const knowledge: BrandKnowledge = { version: `rev-${revision}`, brands };
  const policy = policyVersion.body;
  const detectors = new Map<string | null, Detector>();
  const defaultRules =
    (ruleRows.find((r) => r.marketplace_id === null)?.body as KeywordRuleSet | undefined) ??
    DEFAULT_KEYWORD_RULES;
  detectors.set(null, new Detector(knowledge, defaultRules, policy, { now }));
  for (const row of ruleRows) {
    if (row.marketplace_id)
      detectors.set(row.marketplace_id, new Detector(knowledge, row.body as KeywordRuleSet, policy, { now }));
  }
  return { revision, policyVersion: policy.version, detectors, brandOrg, policy, photoBrands };
}

/**
 * Whether the organisation may answer a verification request about `brandId` (the qualified id a
 * case records): the brand is in its latest knowledge and every name of it is still covered by the
 * organisation's verified rights or approved names.
 */
export async function answersForBrand(db: Database, orgId: string, brandId: string | null): Promise<boolean> {
  if (!brandId?.startsWith(`${orgId}:`)) return false;
  const localId = brandId.slice(orgId.length + 1);
  const row = await repo.latestKnowledgeOf(db, orgId);
  const brand = (row?.body as BrandKnowledge | undefined)?.brands.find((b) => b.id === localId);
  if (!brand) return false;
  const covered = (await coveredNameKeys(db, [orgId])).get(orgId) ?? new Set<string>();
  return brandIsBound(brand, covered);
}

/** The brand entry a qualified brand id (`<org id>:<brand id>`) names in its organisation's latest knowledge. */
export async function brandEntryOf(db: Database, brandId: string): Promise<Brand | null> {
  const at = brandId.indexOf(':');
  if (at < 0) return null;
  const row = await repo.latestKnowledgeOf(db, brandId.slice(0, at));
  return (
    (row?.body as BrandKnowledge | undefined)?.brands.find((b) => b.id === brandId.slice(at + 1)) ?? null
  );
}
