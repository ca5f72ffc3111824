import { readableOrgIds } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { currentPolicy } from '../policies/index.ts';
import { respondToFinding } from './misuse.detect.ts';
import { MISUSE_POLICY_KEY } from './misuse.policy.ts';
import * as repo from './misuse.repository.ts';
import { imposeNotifierSanction, liftNotifierSanction, type MisuseActor } from './misuse.sanctions.ts';
import type { FindingStatus, NotifierSanctionRow } from './misuse.table.ts';
import { type FindingKind, type NotifierSanctionLevel, rankOfLevel, statusOf } from './misuse.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

type FindingRow = NonNullable<Awaited<ReturnType<typeof repo.findFinding>>>;
type ItemRow = Awaited<ReturnType<typeof repo.itemsOfFindings>>[number];

function toFinding(f: FindingRow, items: readonly ItemRow[]) {
  return {
    id: f.id,
    orgId: f.org_id,
    kind: f.kind,
    status: f.status,
    figures: f.figures as Record<string, number | string | string[]>,
    summary: f.summary,
    storeId: f.store_id,
    windowStart: f.window_start.toISOString(),
    windowEnd: f.window_end.toISOString(),
    policyVersion: f.policy_version,
    sanctionId: f.sanction_id,
    createdAt: f.created_at.toISOString(),
    items: items
      .filter((i) => i.finding_id === f.id)
      .map((i) => ({
        itemId: i.item_id,
        noticeId: i.notice_id,
        listingId: i.listing_id,
        storeId: i.store_id,
        decisionId: i.decision_id,
        reasonCode: i.reason_code,
      })),
  };
}

function toSanction(s: NotifierSanctionRow, now: Date, kinds: ReadonlyMap<string, FindingKind>) {
  return {
    id: s.id,
    orgId: s.org_id,
    level: s.level,
    active: s.lifted_at === null && (s.ends_at === null || s.ends_at > now),
    decisionId: s.decision_id,
    statementPath: `/v1/statements/${s.decision_id}`,
    findingId: s.finding_id,
    findingKind: s.finding_id ? (kinds.get(s.finding_id) ?? null) : null,
    reasonText: s.reason_text,
    startsAt: s.starts_at.toISOString(),
    endsAt: iso(s.ends_at),
    liftedAt: iso(s.lifted_at),
    liftedCause: s.lifted_cause,
    liftedDecisionId: s.lifted_decision_id,
    manual: s.manual,
  };
}

/** The notifier itself (its members, or an agent acting for it today) and operator staff; others 404. */
async function readableNotifier(db: Database, actor: Principal, orgId: string) {
  const org = await repo.orgName(db, orgId);
  const may =
    org &&
    (org.kind === 'brand' || org.kind === 'agent') &&
    (isOperatorStaff(actor) ||
      (hasRole(actor, 'rights_holder', 'agent') && (await readableOrgIds(db, actor)).includes(orgId)));
  if (!org || !may) throw AppError.notFound('Notifier');
  return org;
}

export async function getMisuse(db: Database, actor: Principal, orgId: string) {
  const org = await readableNotifier(db, actor, orgId);
  const now = new Date();
  const [findings, sanctions] = await Promise.all([repo.findingsOf(db, orgId), repo.sanctionsOf(db, orgId)]);
  const items = await repo.itemsOfFindings(
    db,
    findings.map((f) => f.id),
  );
  const kinds = new Map(findings.map((f) => [f.id, f.kind]));
  const standing = statusOf(
    sanctions.map((s) => ({ level: s.level, liftedAt: s.lifted_at, endsAt: s.ends_at })),
    now,
  );
  return {
    org: { id: org.id, name: org.name, kind: org.kind as 'brand' | 'agent' },
    status: standing.status,
    until: iso(standing.until),
    findings: findings.map((f) => toFinding(f, items)),
    sanctions: sanctions.map((s) => toSanction(s, now, kinds)),
  };
}

export async function listFindings(
  db: Database,
  actor: Principal,
  filter: {
    kind?: FindingKind | undefined;
    status?: FindingStatus | undefined;
    limit: number;
    offset: number;
  },
) {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins list misuse findings');
  const now = new Date();
  const rows = await repo.listFindings(db, filter);
  const items = await repo.itemsOfFindings(
    db,
    rows.map((r) => r.id),
  );
  const sanctioned = await repo.sanctionedNotifiers(db);
  const kinds = new Map(rows.map((r) => [r.id, r.kind]));
  return {
    items: rows.map((r) => ({ ...toFinding(r, items), orgName: r.org_name })),
    sanctioned: sanctioned.map((s) => ({ ...toSanction(s, now, kinds), orgName: s.org_name })),
  };
}

export interface SanctionByHand {
  level: NotifierSanctionLevel;
  reasonText: string;
  suspensionDays?: number;
  findingId?: string;
}

function actorOf(actor: Principal): MisuseActor {
  return { kind: 'reviewer', userId: actor.userId, label: actor.label };
}

/** Operator staff warn, suspend or terminate a notifier by hand (on a finding or not), as a decision. */
export async function sanctionByHand(db: Database, actor: Principal, orgId: string, input: SanctionByHand) {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins sanction notifiers');
  const org = await readableNotifier(db, actor, orgId);
  const errors: FieldError[] = [];
  if (input.reasonText.trim() === '')
    errors.push({
      pointer: '/reasonText',
      rule: 'required',
      detail: 'a sanction needs reasons the notifier can read',
    });
  if (input.level === 'suspension' && !input.suspensionDays)
    errors.push({
      pointer: '/suspensionDays',
      rule: 'required-for-suspension',
      detail: 'a suspension needs its number of days',
    });
  if (input.level !== 'suspension' && input.suspensionDays !== undefined)
    errors.push({
      pointer: '/suspensionDays',
      rule: 'only-for-suspension',
      detail: `a ${input.level} has no days`,
    });
  const finding = input.findingId ? await repo.findFinding(db, input.findingId) : undefined;
  if (input.findingId && (!finding || finding.org_id !== orgId))
    errors.push({
      pointer: '/findingId',
      rule: 'finding-of-this-notifier',
      detail: 'no finding with this id about this notifier',
    });
  else if (finding && finding.status !== 'open')
    errors.push({ pointer: '/findingId', rule: 'finding-open', detail: `the finding is ${finding.status}` });
  if (errors.length > 0) throw AppError.validation(errors);
  const now = new Date();
  const sanctionId = await db.transaction().execute(async (trx) => {
    await repo.lockNotifier(trx, orgId);
    const inForce = (await repo.sanctionsOf(trx, orgId)).filter(
      (s) => s.lifted_at === null && (s.ends_at === null || s.ends_at > now),
    );
    if (inForce.some((s) => rankOfLevel(s.level) >= rankOfLevel(input.level)))
      throw AppError.conflict('The notifier already has this sanction or a harsher one in force', {
        rule: 'harsher-than-in-force',
      });
    const policy = await currentPolicy(trx, MISUSE_POLICY_KEY);
    if (finding) {
      const audit = await respondToFinding(trx, finding.id, policy, actorOf(actor), now, {
        level: input.level,
        days: input.suspensionDays ?? null,
        reasonText: input.reasonText,
      });
      await appendAudit(trx, audit);
      return (await repo.findFinding(trx, finding.id))!.sanction_id!;
    }
    const imposed = await imposeNotifierSanction(trx, {
      org,
      level: input.level,
      days: input.suspensionDays ?? null,
      finding: null,
      basedOn: [],
      noticeIds: [],
      policyVersion: null,
      rule: 'operator staff acted by hand',
      reasonText: input.reasonText,
      manual: true,
      actor: actorOf(actor),
      now,
    });
    await appendAudit(trx, imposed.audit);
    return imposed.sanctionId;
  });
  return sanctionView(db, sanctionId);
}

async function sanctionView(db: Database, id: string) {
  const s = (await repo.findSanction(db, id))!;
  const finding = s.finding_id ? await repo.findFinding(db, s.finding_id) : undefined;
  return toSanction(s, new Date(), new Map(finding ? [[finding.id, finding.kind]] : []));
}

/** Operator admins lift a sanction by hand with reasons (a notifier_restoration decision). */
export async function liftByHand(
  db: Database,
  actor: Principal,
  sanctionId: string,
  input: { reasonText: string },
) {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins lift sanctions by hand');
  if (input.reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'lifting a sanction needs reasons');
  const found = await repo.findSanction(db, sanctionId);
  if (!found) throw AppError.notFound('Notifier sanction');
  await db.transaction().execute(async (trx) => {
    await repo.lockNotifier(trx, found.org_id);
    const sanction = (await repo.findSanction(trx, sanctionId))!;
    const now = new Date();
    if (sanction.lifted_at !== null || (sanction.ends_at !== null && sanction.ends_at <= now))
      throw AppError.conflict('The sanction is no longer in force', { rule: 'sanction-in-force' });
    const org = (await repo.orgName(trx, sanction.org_id))!;
    const audit = await liftNotifierSanction(trx, org, sanction, {
      cause: 'operator',
      reasonText: input.reasonText,
      actor: actorOf(actor),
      now,
    });
    await appendAudit(trx, audit);
  });
  return sanctionView(db, sanctionId);
}

/** Operator staff dismiss a flagged finding with reasons (nothing is imposed). */
export async function dismissFinding(
  db: Database,
  actor: Principal,
  findingId: string,
  input: { reasonText: string },
) {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins dismiss findings');
  const finding = await repo.findFinding(db, findingId);
  if (!finding) throw AppError.notFound('Finding');
  if (finding.status !== 'open')
    throw AppError.conflict(`The finding is ${finding.status}`, { rule: 'finding-open' });
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    await repo.setFindingStatus(trx, findingId, 'dismissed', null, now);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'notifier.finding_dismissed',
        entityType: 'organisation',
        entityId: finding.org_id,
        data: { findingId, reasonText: input.reasonText },
      },
    ]);
  });
  const items = await repo.itemsOfFindings(db, [findingId]);
  return toFinding((await repo.findFinding(db, findingId))!, items);
}

/**
 * What a party reading a notice item learns about its notifier's misuse: the sanctions whose
 * findings rest on this item (the seller whose listing it targeted sees that outcome).
 */
export async function misuseOutcomesOfItem(db: Database, itemId: string) {
  const now = new Date();
  return (await repo.sanctionsBehindItem(db, itemId)).map((s) => ({
    sanctionId: s.id,
    notifierOrgId: s.org_id,
    level: s.level,
    findingKind: s.finding_kind,
    imposedAt: s.starts_at.toISOString(),
    endsAt: iso(s.ends_at),
    active: s.lifted_at === null && (s.ends_at === null || s.ends_at > now),
    reversed: s.lifted_cause === 'appeal',
  }));
}
