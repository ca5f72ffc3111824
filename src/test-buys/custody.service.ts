import { createPublicKey, type KeyObject } from 'node:crypto';
import { readableOrgIds } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { documentReferenceErrors } from '../documents/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { notify } from '../notifications/index.ts';
import {
  type ChainVerdict,
  checkStep,
  genesisHash,
  type HandoverSigned,
  handoverMessage,
  nextStep,
  type StepData,
  type StepDocument,
  type StepKind,
  type StepRecord,
  signatureHolds,
  stepHash,
  verifyChain,
} from './custody.ts';
import { TEST_BUY_HANDED_OVER } from './test-buy.notifications.ts';
import * as repo from './test-buy.repository.ts';

/** Who may see a test buy's investigation: operator staff, enforcement liaison, and whoever received the goods. */
export async function mayReadCase(db: Database, actor: Principal, testBuyId: string): Promise<boolean> {
  if (isOperatorStaff(actor)) return true;
  if (actor.orgKind === 'operator' && hasRole(actor, 'enforcement_liaison')) return true;
  return actor.userId !== null && (await repo.receivedBy(db, testBuyId, actor.userId));
}

export interface StepInput {
  step: StepKind;
  data: StepData;
  documents: StepDocument[];
  handover?: {
    from: { userId: string; keyId: string; signature?: string | undefined };
    to: { userId: string; keyId: string; signature?: string | undefined };
  };
}

export function toStepRecord(row: repo.StepRow): StepRecord & { hash: string } {
  return {
    testBuyId: row.test_buy_id,
    seq: row.seq,
    kind: row.kind,
    data: row.data,
    documents: row.documents,
    handover: row.handover,
    recordedBy: row.recorded_by,
    recordedAt: row.created_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Who may record a step: operator staff the buying and shipping; the receiver of the goods (or staff) the inspection and notarization. */
async function mayRecord(
  db: Database,
  actor: Principal,
  testBuyId: string,
  step: StepKind,
): Promise<boolean> {
  if (isOperatorStaff(actor)) return true;
  if (step !== 'inspected' && step !== 'notarized') return false;
  return actor.userId !== null && (await repo.receivedBy(db, testBuyId, actor.userId));
}

/** The SHA-256 of the stored bytes of each document, hashed now. */
async function documentHashes(db: Database, shas: readonly string[]) {
  const rows = await repo.documentContents(db, shas);
  return new Map(rows.map((r) => [r.sha256, sha256Hex(r.content)]));
}

async function keyMap(db: Database, ids: readonly string[]) {
  const rows = await repo.keysByIds(db, ids);
  const map = new Map<string, { userId: string; key: KeyObject; revoked: boolean }>();
  for (const r of rows)
    map.set(r.key_id, {
      userId: r.user_id,
      key: createPublicKey(r.public_key_pem),
      revoked: r.revoked_at !== null,
    });
  return map;
}

/**
 * Records the next step of the chain of custody. Refused, with nothing written: a step out of
 * order, a required field or document missing, a document not uploaded or whose stored bytes do not
 * hash to the recorded SHA-256, a hand-over not signed by both custodians under their registered
 * keys. Steps of one test buy are recorded one at a time (row lock).
 */
export async function recordStep(db: Database, actor: Principal, testBuyId: string, input: StepInput) {
  const found = await repo.findTestBuy(db, testBuyId);
  if (!found || !(await mayReadCase(db, actor, testBuyId))) throw AppError.notFound('Test buy');
  if (!(await mayRecord(db, actor, testBuyId, input.step)))
    throw AppError.forbidden(
      input.step === 'inspected' || input.step === 'notarized'
        ? 'Only operator staff and the custodian who received the goods record this step'
        : 'Only operator reviewers and admins record this step',
    );
  const errors: FieldError[] = checkStep(input.step, input);
  const shas = input.documents.map((d) => d.sha256);
  const hashes = await documentHashes(db, shas);
  const orgs = isOperatorStaff(actor) ? [actor.orgId] : await readableOrgIds(db, actor);
  const owned = await repo.documentsOwnedBy(db, shas, orgs);
  errors.push(
    ...documentReferenceErrors(
      input.documents.map((d, i) => ({ pointer: `/documents/${i}/sha256`, sha256: d.sha256 })),
      owned,
    ),
  );
  input.documents.forEach((d, i) => {
    const now = hashes.get(d.sha256);
    if (now !== undefined && now !== d.sha256)
      errors.push({
        pointer: `/documents/${i}/sha256`,
        rule: 'document-bytes-match-hash',
        detail: `the stored bytes hash to ${now.slice(0, 12)}…, not to the SHA-256 given`,
      });
  });
  if (input.step === 'handed_over') {
    if (!input.handover)
      errors.push({
        pointer: '/handover',
        rule: 'handover-signed-by-both',
        detail: 'a hand-over is signed by who handed over and who received',
      });
    else
      for (const side of ['from', 'to'] as const)
        if (!input.handover[side].signature)
          errors.push({
            pointer: `/handover/${side}/signature`,
            rule: 'handover-signed-by-both',
            detail: `the ${side === 'from' ? 'handing-over' : 'receiving'} custodian has not signed`,
          });
    if (input.handover && input.handover.from.userId === input.handover.to.userId)
      errors.push({
        pointer: '/handover/to/userId',
        rule: 'two-custodians',
        detail: 'who hands over and who receives are two people',
      });
  }
  if (errors.length > 0) throw AppError.validation(errors);
  const now = new Date();
  const seq = await db.transaction().execute(async (trx) => {
    const locked = await repo.lockTestBuy(trx, testBuyId);
    if (!locked) throw AppError.notFound('Test buy');
    if (['genuine', 'counterfeit', 'inferior'].includes(locked.status) && input.step !== 'notarized')
      throw AppError.conflict('The test buy is decided; only its notarization may still be recorded', {
        rule: 'decided',
        state: locked.status,
      });
    const steps = await repo.stepsOf(trx, testBuyId);
    const last = steps.at(-1);
    const expected = nextStep(last?.kind ?? null);
    if (input.step !== expected)
      throw new AppError(
        'UNPROCESSABLE',
        expected
          ? `A ${input.step.replace('_', ' ')} step cannot come now: ${expected.replace('_', ' ')} comes next`
          : 'The chain of custody is complete',
        {
          errors: [{ pointer: '/step', rule: 'step-order', detail: `next step: ${expected ?? 'none'}` }],
          extra: { rule: 'step-order', state: last?.kind ?? 'none' },
        },
      );
    const seq = steps.length + 1;
    const prevHash = last?.hash ?? genesisHash(testBuyId);
    let handover: HandoverSigned | null = null;
    if (input.step === 'handed_over' && input.handover) {
      const h = input.handover;
      const message = handoverMessage({
        testBuyId,
        seq,
        prevHash,
        data: input.data,
        documents: input.documents,
        from: h.from,
        to: h.to,
      });
      const keys = await keyMap(trx, [h.from.keyId, h.to.keyId]);
      const bad: FieldError[] = [];
      for (const side of ['from', 'to'] as const) {
        const key = keys.get(h[side].keyId);
        if (!key || key.userId !== h[side].userId || key.revoked)
          bad.push({
            pointer: `/handover/${side}/keyId`,
            rule: 'registered-custodian-key',
            detail: 'not a key this custodian registered (or it was revoked)',
          });
        else if (!signatureHolds(message, h[side].signature!, key.key))
          bad.push({
            pointer: `/handover/${side}/signature`,
            rule: 'signature-valid',
            detail: `the signature does not hold over this hand-over (step ${seq}, previous hash ${prevHash.slice(0, 12)}…)`,
          });
      }
      if (bad.length > 0) throw AppError.validation(bad);
      handover = {
        from: { userId: h.from.userId, keyId: h.from.keyId, signature: h.from.signature! },
        to: { userId: h.to.userId, keyId: h.to.keyId, signature: h.to.signature! },
      };
    }
    const record: StepRecord = {
      testBuyId,
      seq,
      kind: input.step,
      data: input.data,
      documents: input.documents,
      handover,
      recordedBy: actor.label,
      recordedAt: now.toISOString(),
      prevHash,
    };
    const hash = stepHash(record);
    await repo.insertStep(trx, {
      test_buy_id: testBuyId,
      seq,
      kind: input.step,
      data: input.data,
      documents: input.documents,
      handover,
      recorded_by: actor.label,
      recorded_by_user: actor.userId,
      prev_hash: prevHash,
      hash,
      created_at: now,
    });
    if (handover) {
      const receiver = await repo.findKey(trx, handover.to.keyId);
      await notify(trx, {
        orgIds: [receiver?.org_id],
        itemId: null,
        of: TEST_BUY_HANDED_OVER,
        body: { testBuyId, casePath: `/v1/test-buys/${testBuyId}`, at: now.toISOString() },
        now,
      });
    }
    if (input.step === 'purchased') await repo.setStatus(trx, testBuyId, { status: 'in_custody' });
    if (input.step === 'inspected') await repo.setStatus(trx, testBuyId, { status: 'inspected' });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: `test_buy.${input.step}`,
        entityType: 'test_buy',
        entityId: testBuyId,
        data: { seq, hash, prevHash, documents: input.documents.map((d) => d.sha256) },
      },
    ]);
    return seq;
  });
  const steps = await repo.stepsOf(db, testBuyId);
  return toStepView(steps.find((s) => s.seq === seq)!);
}

export function toStepView(row: repo.StepRow) {
  return {
    seq: row.seq,
    step: row.kind,
    data: row.data,
    documents: row.documents,
    handover: row.handover,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedAt: row.created_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Walks the chain and names the first broken step (gap, order, altered record or document, signature). */
export async function verifyCustody(db: Database, testBuyId: string): Promise<ChainVerdict> {
  const steps = (await repo.stepsOf(db, testBuyId)).map(toStepRecord);
  const hashes = await documentHashes(
    db,
    steps.flatMap((s) => s.documents.map((d) => d.sha256)),
  );
  const keyIds = steps.flatMap((s) => (s.handover ? [s.handover.from?.keyId, s.handover.to?.keyId] : []));
  const keys = await keyMap(
    db,
    keyIds.filter((k): k is string => typeof k === 'string'),
  );
  return verifyChain(testBuyId, steps, hashes, keys);
}

export async function verifyCustodyAs(db: Database, actor: Principal, testBuyId: string) {
  const found = await repo.findTestBuy(db, testBuyId);
  if (!found || !(await mayReadCase(db, actor, testBuyId))) throw AppError.notFound('Test buy');
  return verifyCustody(db, testBuyId);
}

// Custodian keys.

const CUSTODIAN_ROLES = ['admin', 'reviewer', 'inspector', 'rights_holder', 'enforcement_liaison'] as const;

/**
 * Registers the caller's Ed25519 public key for signing hand-overs. The private key stays with the
 * custodian: the platform can check a hand-over signature but never make one.
 */
export async function registerCustodianKey(db: Database, actor: Principal, input: { publicKeyPem: string }) {
  if (actor.userId === null || !hasRole(actor, ...CUSTODIAN_ROLES))
    throw AppError.forbidden('Only staff, inspectors and brand members hold custodian keys');
  let key: KeyObject;
  try {
    key = createPublicKey(input.publicKeyPem.trim());
  } catch {
    throw AppError.field('/publicKeyPem', 'spki-pem', 'not a public key in PEM (SubjectPublicKeyInfo)');
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw AppError.field(
      '/publicKeyPem',
      'ed25519',
      `an Ed25519 key is needed, not ${key.asymmetricKeyType}`,
    );
  const pem = key.export({ type: 'spki', format: 'pem' }).toString();
  const keyId = sha256Hex(key.export({ type: 'spki', format: 'der' }));
  const existing = await repo.findKey(db, keyId);
  if (existing && existing.user_id !== actor.userId)
    throw AppError.conflict('This key is registered to someone else', { rule: 'one-holder-per-key' });
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    if (
      await repo.insertKey(trx, {
        key_id: keyId,
        user_id: actor.userId!,
        org_id: actor.orgId,
        public_key_pem: pem,
        created_at: now,
      })
    )
      await appendAudit(trx, [
        {
          actor: actor.label,
          action: 'custodian_key.registered',
          entityType: 'custodian_key',
          entityId: keyId,
          data: { userId: actor.userId },
        },
      ]);
  });
  const row = (await repo.findKey(db, keyId))!;
  return {
    keyId,
    userId: row.user_id,
    publicKeyPem: row.public_key_pem,
    createdAt: row.created_at.toISOString(),
  };
}

export async function myCustodianKeys(db: Database, actor: Principal) {
  if (actor.userId === null) throw AppError.forbidden('API keys hold no custodian keys');
  const rows = await repo.keysOfUser(db, actor.userId);
  return {
    items: rows.map((r) => ({
      keyId: r.key_id,
      userId: r.user_id,
      publicKeyPem: r.public_key_pem,
      createdAt: r.created_at.toISOString(),
    })),
  };
}
