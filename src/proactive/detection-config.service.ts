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
  validateBrandKnowledge,
  validateDetectionPolicy,
  validateKeywordRuleSet,
} from '../detection/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { getMarketplace } from '../marketplaces/index.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './detection-config.repository.ts';

function toFieldErrors(errors: readonly DetectionInputError[]): FieldError[] {
  return errors.map((e) => ({ pointer: e.pointer, rule: 'detection-input', detail: e.message }));
}

/** A rights holder supplies its brand knowledge (names, aliases, product lines, prices, indicators). */
export async function putBrandKnowledge(db: Database, actor: Principal, input: unknown) {
  if (!(actor.orgKind === 'brand' && actor.roles.has('rights_holder')))
    throw AppError.forbidden('Only a brand (rights holder) supplies its brand knowledge');
  const { knowledge, errors } = validateBrandKnowledge(input);
  if (errors.length > 0) throw AppError.validation(toFieldErrors(errors));
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

export async function putDetectionPolicy(db: Database, actor: Principal, input: unknown) {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator sets the detection policy');
  const { policy, errors } = validateDetectionPolicy(input, DEFAULT_DETECTION_POLICY);
  if (!policy || errors.length > 0) throw AppError.validation(toFieldErrors(errors));
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertPolicy(trx, policy, actor.userId);
    await repo.bumpRevision(trx);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'detection.policy_changed',
        entityType: 'policy',
        entityId: 'detection',
        data: { version: row.version },
      },
    ]);
    return { version: row.version, policy, createdAt: row.created_at.toISOString() };
  });
}

export async function getDetectionPolicy(db: Database, actor: Principal) {
  requireOperator(actor);
  const row = await repo.latestPolicy(db);
  return row
    ? { version: row.version, policy: row.body as DetectionPolicy, createdAt: row.created_at.toISOString() }
    : { version: 0, policy: DEFAULT_DETECTION_POLICY, createdAt: null };
}

function requireOperator(actor: Principal): void {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins manage keyword controls');
}

/** Everything a scanner needs, built once per configuration revision. */
export interface DetectionSetup {
  revision: number;
  policyVersion: string;
  /** Detector per marketplace with its own rules; `null` key is the default. */
  detectors: Map<string | null, Detector>;
  /** Brand id inside the detector -> the brand organisation that supplied it. */
  brandOrg: Map<string, string>;
}

export async function buildDetectionSetup(
  db: Database,
  revision: number,
  now = new Date(),
): Promise<DetectionSetup> {
  const [knowledgeRows, ruleRows, policyRow] = await Promise.all([
    repo.latestKnowledgePerOrg(db),
    repo.latestRuleSets(db),
    repo.latestPolicy(db),
  ]);
  const brandOrg = new Map<string, string>();
  const brands: Brand[] = [];
  for (const row of knowledgeRows) {
    for (const brand of (row.body as BrandKnowledge).brands) {
      // Brand ids are the brand's own; qualify them so two organisations never collide.
      const id = `${row.org_id}:${brand.id}`;
      brandOrg.set(id, row.org_id);
      brands.push({ ...brand, id });
    }
  }
  const knowledge: BrandKnowledge = { version: `rev-${revision}`, brands };
  const policy = (policyRow?.body as DetectionPolicy | undefined) ?? DEFAULT_DETECTION_POLICY;
  const detectors = new Map<string | null, Detector>();
  const defaultRules =
    (ruleRows.find((r) => r.marketplace_id === null)?.body as KeywordRuleSet | undefined) ??
    DEFAULT_KEYWORD_RULES;
  detectors.set(null, new Detector(knowledge, defaultRules, policy, { now }));
  for (const row of ruleRows) {
    if (row.marketplace_id)
      detectors.set(row.marketplace_id, new Detector(knowledge, row.body as KeywordRuleSet, policy, { now }));
  }
  return { revision, policyVersion: policy.version, detectors, brandOrg };
}
