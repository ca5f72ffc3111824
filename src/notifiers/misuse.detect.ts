import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { DecisionKind } from '../decisions/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { MISUSE_POLICY_KEY } from './misuse.policy.ts';
import * as repo from './misuse.repository.ts';
import { imposeNotifierSanction, MISUSE_SYSTEM } from './misuse.sanctions.ts';
import {
  competitorBasis,
  type Detected,
  detectBurst,
  detectChannelControl,
  detectCompetitor,
  detectUnfounded,
  type FindingKind,
  type NotifierMisusePolicy,
  nextStep,
} from './misuse.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The window a kind looks at: the policy's, starting no earlier than the last finding of the kind. */
async function windowFor(trx: Database, orgId: string, kind: FindingKind, days: number, now: Date) {
  const last = await repo.lastFindingAt(trx, orgId, kind);
  const start = new Date(Math.max(now.getTime() - days * DAY, last ? last.getTime() + 1 : 0));
  return { start, end: now };
}

/**
 * Looks for misuse after a decision on one notice item, for each notifier behind it (the principal,
 * and the filing agent when another organisation), and answers each new finding as the policy says.
 * Runs in the subscriber's transaction; returns the audit entries.
 */
export async function detectAfterDecision(
  trx: Database,
  decision: { itemId: string; kind: DecisionKind },
  now: Date,
): Promise<AuditEntry[]> {
  const policy = await currentPolicy(trx, MISUSE_POLICY_KEY);
  // A removal only matters to a burst policy that asks for no share of rejections.
  if (decision.kind !== 'notice_rejection' && policy.body.burst.minRejectedShare > 0) return [];
  const ctx = await repo.itemContext(trx, decision.itemId);
  if (!ctx) return [];
  const audit: AuditEntry[] = [];
  for (const orgId of new Set([ctx.principal_org_id, ctx.filer_org_id])) {
    const found: Detected[] = [];
    const p = policy.body;
    if (decision.kind === 'notice_rejection') {
      const w1 = await windowFor(trx, orgId, 'unfounded', p.unfounded.windowDays, now);
      const u = detectUnfounded(await repo.decidedItemsOf(trx, orgId, w1.start, w1.end), p.unfounded, w1);
      if (u) found.push(u);
      const w2 = await windowFor(trx, orgId, 'channel_control', p.channelControl.windowDays, now);
      const c = detectChannelControl(
        await repo.decidedItemsOf(trx, orgId, w2.start, w2.end),
        p.channelControl,
        w2,
      );
      if (c) found.push(c);
      const competitor = await detectCompetitorFinding(trx, orgId, p, now);
      if (competitor) found.push(competitor);
    }
    // A removal cannot raise a burst's share of rejections: only a rejection (or a policy that
    // asks for no share) can complete a burst, so removals cost no read here.
    if (decision.kind === 'notice_rejection' || p.burst.minRejectedShare === 0) {
      const burst = await detectBurstFinding(trx, orgId, ctx, p);
      if (burst) found.push(burst);
    }
    for (const detected of found) audit.push(...(await recordFinding(trx, orgId, detected, policy, now)));
  }
  return audit;
}

/**
 * A burst can be seen at filing when the policy counts volume alone (`burst.minRejectedShare` 0):
 * after a notice is filed, each store it targets is looked at for the principal and the filing
 * agent. With a share of rejections required (the default), a burst waits for its decisions.
 */
export async function detectAfterFiling(trx: Database, noticeId: string, now: Date): Promise<AuditEntry[]> {
  const policy = await currentPolicy(trx, MISUSE_POLICY_KEY);
  if (policy.body.burst.minRejectedShare > 0) return [];
  const audit: AuditEntry[] = [];
  for (const ctx of await repo.noticeStoreContexts(trx, noticeId))
    for (const orgId of new Set([ctx.principal_org_id, ctx.filer_org_id])) {
      const burst = await detectBurstFinding(trx, orgId, ctx, policy.body);
      if (burst) audit.push(...(await recordFinding(trx, orgId, burst, policy, now)));
    }
  return audit;
}

async function detectCompetitorFinding(trx: Database, orgId: string, p: NotifierMisusePolicy, now: Date) {
  const links = await repo.competitorLinks(trx, orgId);
  if (links.length === 0) return null;
  const w = await windowFor(trx, orgId, 'competitor', p.competitor.windowDays, now);
  const linked = (await repo.decidedItemsOf(trx, orgId, w.start, w.end)).flatMap((i) => {
    const link = competitorBasis(links, {
      sellerOrgId: i.sellerOrgId,
      marketplaceId: i.marketplaceId,
      category: i.category,
    });
    return link ? [{ ...i, link }] : [];
  });
  return detectCompetitor(linked, p.competitor, w);
}

async function detectBurstFinding(
  trx: Database,
  orgId: string,
  ctx: NonNullable<Awaited<ReturnType<typeof repo.itemContext>>>,
  p: NotifierMisusePolicy,
) {
  const span = p.burst.windowHours * HOUR;
  const around = await repo.itemsAgainstStore(
    trx,
    orgId,
    ctx.store_id,
    new Date(ctx.filed_at.getTime() - span),
    new Date(ctx.filed_at.getTime() + span),
  );
  if (around.length < p.burst.minItems) return null;
  const seen = await repo.itemsInFindings(
    trx,
    orgId,
    'burst',
    around.map((i) => i.itemId),
  );
  return detectBurst(
    around.filter((i) => !seen.has(i.itemId)),
    p.burst,
    ctx.store_id,
  );
}

const RULE_WORDS: Record<FindingKind, string> = {
  unfounded: 'manifestly unfounded notices',
  competitor: "notices against a competitor's listings",
  channel_control: 'notices used to control distribution channels',
  burst: 'a burst of notices against one store',
};

function actionOf(p: NotifierMisusePolicy, kind: FindingKind) {
  return kind === 'unfounded'
    ? p.unfounded.action
    : kind === 'channel_control'
      ? p.channelControl.action
      : kind === 'burst'
        ? p.burst.action
        : p.competitor.action;
}

async function recordFinding(
  trx: Database,
  orgId: string,
  detected: Detected,
  policy: { version: number; body: NotifierMisusePolicy },
  now: Date,
): Promise<AuditEntry[]> {
  const id = newId();
  await repo.insertFinding(
    trx,
    {
      id,
      org_id: orgId,
      kind: detected.kind,
      status: 'open',
      figures: JSON.stringify(detected.figures),
      summary: detected.summary,
      store_id: detected.storeId,
      window_start: detected.windowStart,
      window_end: detected.windowEnd,
      policy_version: policy.version,
      sanction_id: null,
      created_at: now,
      updated_at: now,
    },
    detected.items.map((i) => ({
      finding_id: id,
      item_id: i.itemId,
      notice_id: i.noticeId,
      listing_id: i.listingId,
      store_id: i.storeId,
      decision_id: i.decisionId,
      reason_code: i.reasonCode,
    })),
  );
  const audit: AuditEntry[] = [
    {
      actor: MISUSE_SYSTEM.label,
      action: 'notifier.misuse_found',
      entityType: 'organisation',
      entityId: orgId,
      data: { findingId: id, kind: detected.kind, figures: detected.figures, items: detected.items.length },
    },
  ];
  if (policy.body.enforcement !== 'enforce' || actionOf(policy.body, detected.kind) !== 'sanction')
    return audit;
  return [...audit, ...(await respondToFinding(trx, id, policy, MISUSE_SYSTEM, now))];
}

/**
 * Imposes the next step of the escalation for a finding (automatically, or when operator staff act
 * on a flagged finding without choosing the level). Nothing when the notifier is already terminated.
 */
export async function respondToFinding(
  trx: Database,
  findingId: string,
  policy: { version: number; body: NotifierMisusePolicy },
  actor: typeof MISUSE_SYSTEM,
  now: Date,
  override?: { level: 'warning' | 'suspension' | 'termination'; days: number | null; reasonText: string },
): Promise<AuditEntry[]> {
  const finding = await repo.findFinding(trx, findingId);
  if (!finding) return [];
  await repo.lockNotifier(trx, finding.org_id);
  const org = await repo.orgName(trx, finding.org_id);
  if (!org) return [];
  const history = await repo.sanctionsOf(trx, finding.org_id);
  const next = nextStep(
    history.map((h) => ({ level: h.level, startsAt: h.starts_at, liftedCause: h.lifted_cause })),
    policy.body.escalation,
    now,
  );
  const level = override?.level ?? next?.step.level;
  if (!level) return [];
  const items = await repo.itemsOfFindings(trx, [findingId]);
  const decided = items.filter((i) => i.decision_id !== null);
  const decisions = decided.length
    ? await trx
        .selectFrom('decisions')
        .select(['id', 'kind', 'created_at'])
        .where(
          'id',
          'in',
          decided.map((i) => i.decision_id!),
        )
        .orderBy('created_at')
        .execute()
    : [];
  const stepWords = next
    ? `step ${next.index + 1} of the escalation (${policy.body.escalation.steps.map((s) => (s.days ? `${s.level} ${s.days} days` : s.level)).join(', ')}) follows ${next.counted} earlier sanction(s) within ${policy.body.escalation.lookbackDays} days`
    : 'the escalation has no further step';
  const imposed = await imposeNotifierSanction(trx, {
    org,
    level,
    days: override ? override.days : (next?.step.days ?? null),
    finding: { id: finding.id, kind: finding.kind, summary: finding.summary },
    basedOn: decisions.map((d) => ({ decisionId: d.id, kind: d.kind, at: d.created_at })),
    noticeIds: [...new Set(items.map((i) => i.notice_id))],
    policyVersion: policy.version,
    rule: `${RULE_WORDS[finding.kind]} call for a ${level}: ${stepWords}`,
    ...(override ? { reasonText: override.reasonText } : {}),
    manual: override !== undefined,
    actor,
    now,
  });
  return imposed.audit;
}
