import { readableOrgIds } from '../accounts/index.ts';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { cancelDeadlines } from '../deadlines/index.ts';
import type { Signal } from '../detection/index.ts';
import { checkDocumentReferences, uploadDocument } from '../documents/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { fileNotice } from '../notices/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { answersForBrand, brandEntryOf, moveCase } from '../proactive/index.ts';
import { newId } from '../shared/ids.ts';
import { JOINT_FORCE_POLICY_KEY } from './joint-force.policy.ts';
import * as repo from './joint-force.repository.ts';
import type { JointForceAnswer } from './joint-force.table.ts';
import {
  brandFigures,
  type CaseStatus,
  caseStatus,
  type MonthCounts,
  priceCheck,
  verificationRecord,
} from './joint-force.ts';

export type EvidenceKind = 'screenshot' | 'test_buy_report' | 'cached_copy' | 'other';

export interface AnswerInput {
  answer: 'counterfeit' | 'genuine' | 'unsure';
  reason: string;
  evidence?: Array<{ documentSha256: string; kind: 'test_buy_report' | 'other' }>;
  /** counterfeit: the brand's trademark the notice is filed under. */
  rightId?: string;
  /** counterfeit: the notice's statements (good faith, accuracy, authority). */
  statements?: { goodFaith: boolean; accuracy: boolean; authority: boolean };
  /** counterfeit: the notice's contact; defaults to the signed-in person's name and e-mail. */
  contact?: { name: string; email: string; phone?: string };
}

/**
 * Whose cases the caller sees: operator staff all (null); a brand's rights holders their brand's; an
 * agent the brands it validly represents today. Everyone else (sellers, marketplaces...) none.
 */
async function scopeOf(db: Database, actor: Principal): Promise<string[] | null> {
  if (isOperatorStaff(actor)) return null;
  if (actor.orgKind === 'brand' && actor.roles.has('rights_holder')) return [actor.orgId];
  if (actor.orgKind === 'agent' && actor.roles.has('agent'))
    return (await readableOrgIds(db, actor)).filter((id) => id !== actor.orgId);
  throw AppError.forbidden(
    "Joint Force cases are for the brand they were sent to (its rights holders and agents) and the operator's staff",
  );
}

async function visibleCase(db: Database, actor: Principal, id: string) {
  const scope = await scopeOf(db, actor);
  const row = await repo.findCase(db, id);
  if (!row || (scope !== null && !scope.includes(row.brand_org_id as string)))
    throw AppError.notFound('Joint Force case');
  return row;
}

function toSummary(row: repo.CaseRow) {
  const status: CaseStatus = caseStatus(row, row.answer);
  const dueAt = row.due_at ? new Date(row.due_at) : null;
  return {
    id: row.id,
    status,
    brandOrgId: row.brand_org_id as string,
    brandOrgName: row.brand_org_name,
    brandId: row.brand_id,
    score: row.score,
    listing: {
      id: row.listing_id,
      title: row.title,
      url: row.url,
      price: row.price === null ? null : Number(row.price),
      currency: row.currency,
      imageUrls: row.image_urls as string[],
      state: row.listing_state,
      marketplaceId: row.marketplace_id,
      store: { id: row.store_id, name: row.store_name, externalId: row.store_external_id },
    },
    sentAt: row.created_at.toISOString(),
    dueAt: dueAt ? dueAt.toISOString() : null,
    overdue: status === 'waiting' && dueAt !== null && dueAt.getTime() < Date.now(),
    answer: row.answer
      ? {
          answer: row.answer,
          reason: row.reason,
          evidence: (row.evidence ?? []) as Array<{ documentSha256: string; kind: string }>,
          noticeId: row.notice_id,
          exemptionId: row.exemption_id,
          answeredAt: (row.answered_at as Date).toISOString(),
        }
      : null,
  };
}

export async function listCases(
  db: Database,
  actor: Principal,
  filter: { status?: 'waiting' | 'answered'; brandId?: string; limit: number; offset: number },
) {
  const scope = await scopeOf(db, actor);
  const orgIds =
    filter.brandId === undefined
      ? scope
      : scope === null || scope.includes(filter.brandId)
        ? [filter.brandId]
        : [];
  const rows = await repo.listCases(db, {
    orgIds,
    limit: filter.limit,
    offset: filter.offset,
    ...(filter.status ? { status: filter.status } : {}),
  });
  return rows.map(toSummary);
}

export async function getCase(db: Database, actor: Principal, id: string) {
  const row = await visibleCase(db, actor, id);
  const [brand, productLine] = await Promise.all([
    row.brand_id ? brandEntryOf(db, row.brand_id) : null,
    repo.verdictProductLine(db, row.listing_id),
  ]);
  const summary = toSummary(row);
  return {
    ...summary,
    brandName: brand?.name ?? null,
    signals: row.signals as Signal[],
    listing: { ...summary.listing, category: row.category },
    price: priceCheck(
      brand,
      { title: row.title, category: row.category, price: summary.listing.price, currency: row.currency },
      productLine,
    ),
    mayAnswer: summary.status === 'waiting' && (await mayAnswer(db, actor, row.brand_org_id as string)),
  };
}

/** The brand's rights holders, and agents validly representing it today, answer; operator staff do not. */
async function mayAnswer(db: Database, actor: Principal, brandOrgId: string): Promise<boolean> {
  if (actor.orgKind === 'brand') return actor.roles.has('rights_holder') && actor.orgId === brandOrgId;
  if (actor.orgKind === 'agent' && actor.roles.has('agent'))
    return (await readableOrgIds(db, actor)).includes(brandOrgId);
  return false;
}

/** Maps the notice intake's pointers (one item: the listing) back onto the answer's fields. */
function answerPointer(pointer: string): string {
  const evidence = /^\/items\/0\/evidence\/(\d+)(\/.*)?$/.exec(pointer);
  if (evidence) {
    const i = Number(evidence[1]);
    return i === 0 ? '/answer' : `/evidence/${i - 1}${evidence[2] ?? ''}`;
  }
  if (pointer.startsWith('/items/0')) return '/answer';
  if (pointer === '/principalOrgId') return '/answer';
  return pointer;
}

/**
 * The brand answers: counterfeit files a notice for the brand on the listing (the ordinary intake,
 * with the verification record as evidence, so its good-faith standing and expedited path apply);
 * genuine closes the case and exempts the store or listing for that brand (policy); unsure sends the
 * case to the operator's review queue. Each answer is kept as a label.
 */
export async function answerCase(db: Database, actor: Principal, id: string, input: AnswerInput) {
  const row = await visibleCase(db, actor, id);
  const brandOrgId = row.brand_org_id as string;
  if (!(await mayAnswer(db, actor, brandOrgId)))
    throw AppError.forbidden('Only the brand (its rights holders, or an agent representing it) answers');
  if (caseStatus(row, row.answer) !== 'waiting')
    throw new AppError('ALREADY_DECIDED', 'The case is no longer waiting for the brand');
  if (!(await answersForBrand(db, brandOrgId, row.brand_id)))
    throw AppError.forbidden(
      "The brand no longer holds a verified right for the brand this case is about; the operator's reviewers decide it",
    );
  const reason = input.reason.trim();
  if (reason === '')
    throw AppError.field('/reason', 'required', 'say why (a reason is kept with the answer)');
  const evidence = input.evidence ?? [];
  const docErrors = await checkDocumentReferences(
    db,
    evidence.map((e, i) => ({ pointer: `/evidence/${i}/documentSha256`, sha256: e.documentSha256 })),
    [actor.orgId, brandOrgId],
  );
  const errors: FieldError[] = [...docErrors];
  if (input.answer === 'counterfeit') {
    if (!input.rightId)
      errors.push({
        pointer: '/rightId',
        rule: 'required',
        detail: 'the trademark the notice is filed under',
      });
    if (!input.statements)
      errors.push({
        pointer: '/statements',
        rule: 'required',
        detail:
          'a counterfeit answer files a notice: the good-faith, accuracy and authority statements are needed',
      });
  }
  if (errors.length > 0) throw AppError.validation(errors);
  const policy = await currentPolicy(db, JOINT_FORCE_POLICY_KEY);
  const now = new Date();
  const label = {
    case_id: id,
    brand_org_id: brandOrgId,
    brand_id: row.brand_id as string,
    listing_id: row.listing_id,
    store_id: row.store_id,
    answer: input.answer as JointForceAnswer,
    reason,
    evidence: JSON.stringify(evidence),
    answered_by: actor.userId,
    answered_by_org: actor.orgId,
    sent_at: row.created_at,
    answered_at: now,
    policy_version: policy.version,
  };
  let noticeId: string | null = null;
  if (input.answer === 'counterfeit') noticeId = await fileForBrand(db, actor, row, input, reason, now);
  await db.transaction().execute(async (trx) => {
    const audit: AuditEntry[] = [];
    let exemptionId: string | null = null;
    let moved: unknown;
    if (input.answer === 'counterfeit') {
      moved = await moveCase(
        trx,
        id,
        {
          state: 'noticed',
          brand_note: reason,
          decided_by: actor.userId,
          decided_at: now,
          decision_note: `counterfeit according to the brand: notice ${noticeId} filed`,
        },
        'brand_verify',
      );
    } else if (input.answer === 'genuine') {
      moved = await moveCase(
        trx,
        id,
        {
          state: 'dismissed',
          brand_note: reason,
          decided_by: actor.userId,
          decided_at: now,
          decision_note: 'genuine according to the brand',
        },
        'brand_verify',
      );
      if (moved) {
        const scope = policy.body.exemptionScope;
        const exemption = await repo.upsertExemption(trx, {
          id: newId(),
          brand_org_id: brandOrgId,
          brand_id: row.brand_id as string,
          scope,
          store_id: scope === 'store' ? row.store_id : null,
          listing_id: scope === 'listing' ? row.listing_id : null,
          case_id: id,
          created_by: actor.userId,
          created_at: now,
        });
        exemptionId = exemption.id;
        if (exemption.created)
          audit.push({
            actor: actor.label,
            action: 'joint_force.exemption_taught',
            entityType: 'joint_force_exemption',
            entityId: exemption.id,
            data: {
              brandId: row.brand_id,
              scope,
              storeId: row.store_id,
              listingId: row.listing_id,
              caseId: id,
              policyVersion: policy.version,
            },
          });
      }
    } else {
      moved = await moveCase(trx, id, { action: 'review', brand_note: `unsure: ${reason}` }, 'brand_verify');
    }
    if (!moved) throw new AppError('ALREADY_DECIDED', 'The case was decided meanwhile');
    await repo.insertLabel(trx, { ...label, notice_id: noticeId, exemption_id: exemptionId });
    audit.push(
      {
        actor: actor.label,
        action: `joint_force.answered_${input.answer}`,
        entityType: 'proactive_case',
        entityId: id,
        data: {
          brandOrgId,
          reason,
          evidence: evidence.map((e) => e.documentSha256),
          noticeId,
          exemptionId,
        },
      },
      ...(await cancelDeadlines(trx, {
        target: { type: 'proactive_case', id },
        now,
        actorLabel: actor.label,
        kinds: [repo.ANSWER_DEADLINE],
        reason: `answered ${input.answer}`,
      })),
    );
    await appendAudit(trx, audit);
  });
  return getCase(db, actor, id);
}

/**
 * A counterfeit answer becomes a notice filed for the brand on the listing, through the ordinary
 * intake: the verification record (uploaded as a document) and the brand's evidence are its evidence.
 * The same case always files under the same idempotency key, so a retry returns the same notice.
 */
async function fileForBrand(
  db: Database,
  actor: Principal,
  row: repo.CaseRow,
  input: AnswerInput,
  reason: string,
  now: Date,
): Promise<string> {
  const contact =
    input.contact ?? (actor.userId ? await repo.userContact(db, actor.userId) : undefined) ?? undefined;
  if (!contact) throw AppError.field('/contact', 'required', 'a contact for the notice (name and e-mail)');
  const record = verificationRecord({
    caseId: row.id,
    listing: {
      title: row.title,
      url: row.url,
      price: row.price === null ? null : Number(row.price),
      currency: row.currency,
    },
    store: `${row.store_name} (${row.store_external_id})`,
    sentAt: row.created_at,
    score: row.score,
    signals: row.signals as Signal[],
    answeredBy: actor.label,
    answeredAt: now,
    reason,
  });
  const document = await uploadDocument(db, actor, {
    content: Buffer.from(record, 'utf8'),
    mediaType: 'text/plain',
    filename: `joint-force-${row.id}.txt`,
  });
  try {
    const filed = await fileNotice(
      db,
      actor,
      {
        ...(actor.orgKind === 'agent' ? { principalOrgId: row.brand_org_id as string } : {}),
        rightId: input.rightId as string,
        infringementType: 'counterfeit',
        items: [
          {
            listingId: row.listing_id,
            evidence: [
              {
                kind: 'other',
                documentSha256: document.sha256,
                note: 'Joint Force verification by the brand',
              },
              ...(input.evidence ?? []).map((e) => ({ kind: e.kind, documentSha256: e.documentSha256 })),
            ],
            explanation: reason,
          },
        ],
        statements: input.statements as NonNullable<AnswerInput['statements']>,
        contact: { name: contact.name, email: contact.email },
        explanation: `Joint Force: the brand verified this listing as counterfeit. ${reason}`,
      },
      { idempotencyKey: `joint-force:${row.id}` },
    );
    return filed.body.id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED' && error.errors.length > 0)
      throw AppError.validation(error.errors.map((e) => ({ ...e, pointer: answerPointer(e.pointer) })));
    throw error;
  }
}

/** Per brand, the figures of what was sent to it and how it answered, per month and in total. */
export async function figures(db: Database, actor: Principal, brandId?: string) {
  const scope = await scopeOf(db, actor);
  if (brandId !== undefined && scope !== null && !scope.includes(brandId)) throw AppError.notFound('Brand');
  const rows = await repo.figures(db, brandId !== undefined ? [brandId] : scope);
  const byBrand = new Map<string, { name: string; months: MonthCounts[] }>();
  for (const r of rows) {
    const entry = byBrand.get(r.brand_org_id) ?? { name: r.name, months: [] };
    entry.months.push({
      month: r.month,
      sent: r.sent,
      waiting: r.waiting,
      counterfeit: r.counterfeit,
      genuine: r.genuine,
      unsure: r.unsure,
      unanswered: r.unanswered,
    });
    byBrand.set(r.brand_org_id, entry);
  }
  if (brandId !== undefined && !byBrand.has(brandId)) {
    const org = await repo.organisationKind(db, brandId);
    if (!org || org.kind !== 'brand') throw AppError.notFound('Brand');
    byBrand.set(brandId, { name: org.name, months: [] });
  }
  return [...byBrand.entries()].map(([id, b]) => ({
    brandOrgId: id,
    name: b.name,
    ...brandFigures(b.months),
  }));
}
