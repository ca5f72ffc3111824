import { Type } from 'typebox';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import {
  DEADLINE_ACTOR,
  type DeadlineEffect,
  moot,
  registerDeadlineKind,
  scheduleDeadline,
} from '../deadlines/index.ts';
import { Uuid } from '../http/schemas.ts';
import { defineNotification, notify } from '../notifications/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { moveCase, registerBrandVerificationHooks } from '../proactive/index.ts';
import { JOINT_FORCE_POLICY_KEY, type JointForcePolicy } from './joint-force.policy.ts';
import * as repo from './joint-force.repository.ts';

/**
 * What Joint Force registers at load: the exemptions the scanner honours, the answer clock started
 * with every case sent to a brand, and what the clock does when nobody answered.
 */

export const CASE_SENT = defineNotification({
  kind: 'joint_force.case_sent',
  description: 'Detection sent a suspicious listing to the brand for verification (Joint Force)',
  body: Type.Object(
    { caseId: Uuid, listingId: Uuid, answerBy: Type.String({ format: 'date-time' }) },
    { additionalProperties: false },
  ),
});

export const CASE_UNANSWERED = defineNotification({
  kind: 'joint_force.unanswered',
  description:
    "A Joint Force case was not answered by the brand in time: it went to the operator's review queue, or closed (policy)",
  body: Type.Object(
    {
      caseId: Uuid,
      listingId: Uuid,
      brandOrgId: Uuid,
      dueAt: Type.String({ format: 'date-time' }),
      escalation: Type.Union([Type.Literal('operator_review'), Type.Literal('dismiss')]),
    },
    { additionalProperties: false },
  ),
});

const DAY_MS = 86_400_000;

registerBrandVerificationHooks({
  exempted: (db, candidates) => repo.exemptedListings(db, candidates),
  async opened(trx, cases, now) {
    const policy = await currentPolicy(trx, JOINT_FORCE_POLICY_KEY);
    const audit: AuditEntry[] = [];
    for (const c of cases) {
      const dueAt = new Date(c.createdAt.getTime() + policy.body.answerDays * DAY_MS);
      const scheduled = await scheduleDeadline(trx, {
        target: { type: 'proactive_case', id: c.id },
        kind: repo.ANSWER_DEADLINE,
        party: 'rights_holder',
        dueAt,
        now,
        actorLabel: 'system:detection',
        data: {
          answerDays: policy.body.answerDays,
          escalation: policy.body.escalation,
          notifyOperator: policy.body.notifyOperator,
          policyVersion: policy.version,
        },
      });
      audit.push(scheduled.audit);
      await notify(trx, {
        orgIds: [c.brandOrgId],
        itemId: null,
        of: CASE_SENT,
        body: { caseId: c.id, listingId: c.listingId, answerBy: dueAt.toISOString() },
        now,
      });
    }
    await appendAudit(trx, audit);
  },
});

registerDeadlineKind({
  kind: repo.ANSWER_DEADLINE,
  action: 'The brand answers the verification request: counterfeit, genuine or unsure',
  async fire(trx: Database, deadline, now): Promise<DeadlineEffect> {
    const row = await repo.findCase(trx, deadline.target.id);
    if (!row || row.answer || !(row.state === 'open' && row.action === 'brand_verify'))
      return moot('the case was answered or decided');
    const terms = deadline.data as Partial<JointForcePolicy> & { policyVersion?: number };
    const escalation = terms.escalation ?? 'operator_review';
    const moved =
      escalation === 'operator_review'
        ? await moveCase(trx, row.id, { action: 'review' }, 'brand_verify')
        : await moveCase(
            trx,
            row.id,
            {
              state: 'dismissed',
              decided_by: null,
              decided_at: now,
              decision_note: 'not answered by the brand in time',
            },
            'brand_verify',
          );
    if (!moved) return moot('the case was answered or decided');
    await repo.insertLabel(trx, {
      case_id: row.id,
      brand_org_id: row.brand_org_id as string,
      brand_id: row.brand_id as string,
      listing_id: row.listing_id,
      store_id: row.store_id,
      answer: 'unanswered',
      reason: null,
      evidence: '[]',
      notice_id: null,
      exemption_id: null,
      answered_by: null,
      answered_by_org: null,
      sent_at: row.created_at,
      answered_at: now,
      policy_version: terms.policyVersion ?? 0,
    });
    const body = {
      caseId: row.id,
      listingId: row.listing_id,
      brandOrgId: row.brand_org_id as string,
      dueAt: deadline.dueAt.toISOString(),
      escalation,
    };
    await notify(trx, {
      orgIds: [...(terms.notifyOperator === false ? [] : await repo.operatorOrgIds(trx)), row.brand_org_id],
      itemId: null,
      of: CASE_UNANSWERED,
      body,
      now,
    });
    return {
      result: escalation === 'operator_review' ? 'escalated' : 'dismissed',
      audit: [
        {
          actor: DEADLINE_ACTOR,
          action: 'joint_force.unanswered',
          entityType: 'proactive_case',
          entityId: row.id,
          data: body,
        },
      ],
    };
  },
});
