import type { Static } from 'typebox';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import type { CounterNoticeProcedure } from '../db/schema.ts';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { type ItemContext, itemContext, partyOf } from '../items/index.ts';
import { notify } from '../notifications/index.ts';
import { clockTerms } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { COUNTER_NOTICE_FILED } from './counter-notice.notifications.ts';
import * as repo from './counter-notice.repository.ts';
import type { CounterNoticeSchema } from './counter-notice.schema.ts';
import { type CounterNoticeInput, counterNoticeRefusal, statementErrors } from './counter-notice.ts';

export type CounterNoticeRow = NonNullable<Awaited<ReturnType<typeof repo.findById>>>;
type AnswerRow = NonNullable<Awaited<ReturnType<typeof repo.answerOf>>>;

export type CounterNoticeView = Static<typeof CounterNoticeSchema>;

const docPath = (counterNoticeId: string, sha: string) =>
  `/v1/counter-notices/${counterNoticeId}/documents/${sha}`;

function toView(row: CounterNoticeRow, answer: AnswerRow | undefined): CounterNoticeView {
  return {
    id: row.id,
    itemId: row.item_id,
    status: row.status,
    procedure: row.procedure,
    policyVersion: row.policy_version,
    // Written through CounterNoticeBody's schema, so the stored jsonb has its shape.
    statements: row.statements as CounterNoticeView['statements'],
    identification: row.identification,
    grounds: row.grounds as CounterNoticeView['grounds'],
    explanation: row.explanation,
    evidence: row.evidence.map((e) => ({
      kind: e.kind as CounterNoticeView['evidence'][number]['kind'],
      documentSha256: e.documentSha256,
      note: e.note ?? null,
      downloadPath: docPath(row.id, e.documentSha256),
    })),
    contact: row.contact as CounterNoticeView['contact'],
    signature: row.signature,
    filedAt: row.created_at.toISOString(),
    answer: answer
      ? {
          kind: answer.kind,
          text: answer.text,
          caseReference: answer.case_reference,
          court: answer.court,
          documentShas: answer.document_shas,
          answeredAt: answer.created_at.toISOString(),
        }
      : null,
    decision: row.decided_at
      ? {
          decidedBy: row.decided_by,
          decidedAt: row.decided_at.toISOString(),
          reasonCode: row.reason_code,
          reasonText: row.reason_text,
        }
      : null,
  };
}

export async function requireParty(
  db: Database,
  actor: Principal,
  itemId: string,
): Promise<{ ctx: ItemContext; party: 'staff' | 'rights_holder' | 'seller' }> {
  const ctx = await itemContext(db, itemId);
  const party = ctx ? await partyOf(db, actor, ctx) : null;
  if (!ctx || !party) throw AppError.notFound('Notice item');
  return { ctx, party };
}

/**
 * The seller of a removed item counter-notifies. The procedure in force for the marketplace's
 * jurisdiction and the right type is frozen on the counter-notice, the seller's window clock
 * stops, the rights holder's clock starts, and the rights holder is told.
 */
export async function fileCounterNotice(
  db: Database,
  actor: Principal,
  itemId: string,
  input: CounterNoticeInput,
): Promise<CounterNoticeView> {
  const { party } = await requireParty(db, actor, itemId);
  if (party !== 'seller')
    throw AppError.forbidden('Only the seller whose listing was removed files a counter-notice');
  const errors = [
    ...statementErrors(input.statements),
    ...(await checkDocumentReferences(
      db,
      input.evidence.map((e, i) => ({ pointer: `/evidence/${i}/documentSha256`, sha256: e.documentSha256 })),
      [actor.orgId],
    )),
  ];
  try {
    return await db.transaction().execute(async (trx) => {
      const now = new Date();
      const ctx = await itemContext(trx, itemId);
      if (!ctx) throw AppError.notFound('Notice item');
      const [existing, window] = await Promise.all([
        repo.findByItem(trx, itemId),
        repo.windowClock(trx, itemId),
      ]);
      const refusal = counterNoticeRefusal({
        itemState: ctx.state,
        hasCounterNotice: existing !== undefined,
        windowEndsAt: window?.due_at ?? null,
        now,
      });
      if (refusal) throw refusal;
      // State problems first (they make the input moot), then every field problem at once.
      if (errors.length > 0)
        throw AppError.validation(
          errors,
          errors.length === 1
            ? undefined
            : `The counter-notice has ${errors.length} problems; nothing was stored`,
        );
      const clock = await clockTerms(trx, ctx.jurisdiction, ctx.right_type);
      const row = await repo.insertCounterNotice(trx, {
        id: newId(),
        item_id: itemId,
        seller_org_id: actor.orgId,
        filed_by_user: actor.userId,
        filed_by_key: actor.keyId,
        statements: JSON.stringify(input.statements),
        identification: input.identification,
        grounds: JSON.stringify(input.grounds),
        explanation: input.explanation,
        evidence: JSON.stringify(input.evidence),
        contact: JSON.stringify(input.contact),
        signature: input.signature,
        procedure: clock.terms.procedure,
        policy_version: clock.putbackVersion,
        created_at: now,
      });
      const audit: AuditEntry[] = [
        {
          actor: actor.label,
          action: 'counter_notice.filed',
          entityType: 'counter_notice',
          entityId: row.id,
          data: {
            itemId,
            procedure: row.procedure,
            policyVersion: row.policy_version,
            grounds: input.grounds,
            evidence: input.evidence.length,
          },
        },
        ...(await cancelDeadlines(trx, {
          itemId,
          now,
          actorLabel: actor.label,
          kinds: ['counter_notice_window'],
          reason: 'counter-notice filed',
        })),
      ];
      const statutory = clock.terms.procedure === 'statutory_putback';
      const next = await scheduleDeadline(trx, {
        itemId,
        kind: statutory ? 'putback' : 'rights_holder_response',
        subjectId: row.id,
        party: 'rights_holder',
        dueAt: deadlineAfter(now, clock.terms.responseWindow, clock.calendar),
        now,
        actorLabel: actor.label,
        data: {
          procedure: clock.terms.procedure,
          onSilence: clock.terms.procedure === 'evidence_review' ? 'review' : 'reinstate',
          window: clock.terms.responseWindow,
          reviewWindow: clock.terms.reviewWindow,
          calendarPolicyVersion: clock.calendarVersion,
        },
      });
      audit.push(next.audit);
      await notify(trx, {
        orgIds: [ctx.principal_org_id, ctx.filer_org_id],
        itemId,
        of: COUNTER_NOTICE_FILED,
        body: {
          counterNoticeId: row.id,
          itemId,
          procedure: row.procedure,
          answerBy: next.deadline.dueAt.toISOString(),
          path: `/v1/counter-notices/${row.id}`,
          summary: statutory
            ? `The seller counter-notified. The listing will be reinstated at ${next.deadline.dueAt.toISOString()} unless you show that you have filed a court action.`
            : `The seller counter-notified. Answer with your evidence by ${next.deadline.dueAt.toISOString()}${clock.terms.procedure === 'respond_or_restore' ? ', or the listing will be reinstated' : '; a reviewer then weighs both sides'}.`,
        },
      });
      await appendAudit(trx, audit);
      return toView(row, undefined);
    });
  } catch (error) {
    // Two counter-notices at the same moment: the unique item_id lets one in.
    if ((error as { code?: string }).code === '23505')
      throw AppError.conflict(
        'A counter-notice was already filed for this item; one counter-notice per item',
        { rule: 'one-counter-notice-per-item' },
      );
    throw error;
  }
}

export async function getCounterNotice(
  db: Database,
  actor: Principal,
  id: string,
): Promise<CounterNoticeView> {
  const row = await repo.findById(db, id);
  if (!row) throw AppError.notFound('Counter-notice');
  await requireParty(db, actor, row.item_id).catch(() => {
    throw AppError.notFound('Counter-notice');
  });
  return toView(row, await repo.answerOf(db, id));
}

export async function counterNoticeOfItem(db: Database, itemId: string): Promise<CounterNoticeView | null> {
  const row = await repo.findByItem(db, itemId);
  return row ? toView(row, await repo.answerOf(db, row.id)) : null;
}

export async function counterNoticeDocument(db: Database, actor: Principal, id: string, sha256: string) {
  const view = await getCounterNotice(db, actor, id);
  const referenced =
    view.evidence.some((e) => e.documentSha256 === sha256) ||
    (view.answer?.documentShas ?? []).includes(sha256);
  const doc = referenced ? await repo.documentContent(db, sha256) : undefined;
  if (!doc) throw AppError.notFound('Document');
  return { content: Buffer.from(doc.content), mediaType: doc.media_type };
}
