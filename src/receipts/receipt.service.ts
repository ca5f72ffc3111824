import type { KeyObject } from 'node:crypto';
import { chainPositionOf } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal, type Role } from '../auth/principal.ts';
import { getCounterNotice } from '../counter-notices/index.ts';
import type { Database } from '../db/database.ts';
import { getDecision, statementOf } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { getNotice } from '../notices/index.ts';
import { issueReceipt, publicKeyOf, type Receipt, type ReceiptKind } from './receipt.ts';
import { counterNoticeRecord, decisionRecord, noticeRecord, statementRecord } from './records.ts';

/** Seconds a caller waits before asking again for a receipt whose audit record is not sealed yet. */
export const RETRY_AFTER_SECONDS = 1;

/** The audit entry that records each kind's creation (the statement is its decision's). */
const CREATION: Record<ReceiptKind, { entityType: string; action: string }> = {
  notice: { entityType: 'notice', action: 'notice.filed' },
  decision: { entityType: 'decision', action: 'decision.made' },
  statement: { entityType: 'decision', action: 'decision.made' },
  counter_notice: { entityType: 'counter_notice', action: 'counter_notice.filed' },
};

const LABEL: Record<ReceiptKind, string> = {
  notice: 'Notice',
  decision: 'Decision',
  statement: 'Statement of reasons',
  counter_notice: 'Counter-notice',
};

/**
 * Roles that can ever read each kind (403 for the others, before any look-up); within them the
 * record's own read function decides (404 for another tenant's record).
 */
const READERS: Record<'notice' | 'counter_notice', readonly Role[]> = {
  notice: ['rights_holder', 'agent'],
  counter_notice: ['rights_holder', 'agent', 'seller'],
};

function requireReader(actor: Principal, kind: 'notice' | 'counter_notice') {
  if (isOperatorStaff(actor) || hasRole(actor, ...READERS[kind])) return;
  throw AppError.forbidden(
    `Receipts of ${kind === 'notice' ? 'notices' : 'counter-notices'} are for the parties and operator staff`,
  );
}

/**
 * The receipt of a record the caller may read. Its audit record must be in the chain: while the
 * sequencer has not sealed it (it does every 200 ms), the answer is 409 with Retry-After, never a
 * receipt without a chain position.
 */
export async function receiptOf(
  db: Database,
  actor: Principal,
  kind: ReceiptKind,
  id: string,
  signingKey: KeyObject,
): Promise<Receipt> {
  const record = await readRecord(db, actor, kind, id);
  const position = await chainPositionOf(db, { ...CREATION[kind], entityId: id });
  if (position === 'pending')
    throw new AppError(
      'CONFLICT',
      `${LABEL[kind]} ${id} is recorded, but its audit record is not sealed into the chain yet; ask again in ${RETRY_AFTER_SECONDS} s`,
      { extra: { rule: 'audit-record-not-sealed', retryAfterSeconds: RETRY_AFTER_SECONDS } },
    );
  if (position === null)
    throw new AppError(
      'CONFLICT',
      `${LABEL[kind]} ${id} has no audit record of its creation in the chain, so no receipt can be issued; the operator's audit verification names why`,
      {
        extra: { rule: 'audit-record-missing' },
        internal: `no ${CREATION[kind].action} audit record for ${CREATION[kind].entityType} ${id}`,
      },
    );
  return issueReceipt({ kind, id, record, audit: position, privateKey: signingKey, now: new Date() });
}

async function readRecord(db: Database, actor: Principal, kind: ReceiptKind, id: string): Promise<unknown> {
  switch (kind) {
    case 'notice':
      requireReader(actor, 'notice');
      return noticeRecord(await getNotice(db, actor, id));
    case 'decision':
      return decisionRecord(await getDecision(db, actor, id));
    case 'statement':
      return statementRecord(statementOf(await getDecision(db, actor, id)));
    case 'counter_notice':
      requireReader(actor, 'counter_notice');
      return counterNoticeRecord(await getCounterNotice(db, actor, id));
  }
}

export function receiptPublicKey(signingKey: KeyObject) {
  return { ...publicKeyOf(signingKey), algorithm: 'Ed25519' as const };
}
