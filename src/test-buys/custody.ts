import { type KeyObject, verify } from 'node:crypto';
import { canonicalJson } from '../audit/index.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { FieldError } from '../errors/app-error.ts';

/**
 * The chain of custody as pure rules: the steps in their one order, what each step must record,
 * the hash that links each step to the one before, the message both sides of a hand-over sign,
 * and the walk that names the first broken step. The service supplies rows, document hashes and
 * custodian keys; nothing here reads a database.
 */
export const STEP_KINDS = [
  'purchased',
  'shipped',
  'received',
  'photographed',
  'handed_over',
  'inspected',
  'notarized',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const INSPECTION_RESULTS = ['genuine', 'counterfeit', 'inferior'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export interface StepDocument {
  label: string;
  sha256: string;
}

export interface StepData {
  at?: string;
  orderReference?: string;
  price?: { amountMinor: number; currency: string };
  buyerIdentity?: string;
  carrier?: string;
  trackingNumber?: string;
  receivedBy?: string;
  recipientKind?: 'agency' | 'brand';
  recipientName?: string;
  result?: InspectionResult;
  summary?: string;
  notary?: string;
  note?: string;
}

export interface HandoverParty {
  userId: string;
  keyId: string;
}
export interface HandoverSigned {
  from: HandoverParty & { signature: string };
  to: HandoverParty & { signature: string };
}

/** What a step's hash covers: everything recorded about it and the hash of the step before. */
export interface StepRecord {
  testBuyId: string;
  seq: number;
  kind: StepKind;
  data: StepData;
  documents: StepDocument[];
  handover: HandoverSigned | null;
  recordedBy: string;
  recordedAt: string;
  prevHash: string;
}

export const indexOfStep = (kind: StepKind) => STEP_KINDS.indexOf(kind);

/** The step that may follow `last` (null: nothing recorded yet); null when the chain is complete. */
export function nextStep(last: StepKind | null): StepKind | null {
  return STEP_KINDS[last === null ? 0 : indexOfStep(last) + 1] ?? null;
}

/** The first link of every chain: bound to the test buy, so no step moves between chains. */
export function genesisHash(testBuyId: string): string {
  return sha256Hex(`openipp:test-buy:${testBuyId}`);
}

export function stepHash(record: StepRecord): string {
  return sha256Hex(canonicalJson(record));
}

/** The exact bytes both custodians sign for a hand-over (the same for both). */
export function handoverMessage(input: {
  testBuyId: string;
  seq: number;
  prevHash: string;
  data: StepData;
  documents: readonly StepDocument[];
  from: HandoverParty;
  to: HandoverParty;
}): string {
  return canonicalJson({
    purpose: 'openipp-test-buy-handover',
    testBuyId: input.testBuyId,
    seq: input.seq,
    prevHash: input.prevHash,
    data: input.data,
    documents: input.documents,
    from: { userId: input.from.userId, keyId: input.from.keyId },
    to: { userId: input.to.userId, keyId: input.to.keyId },
  });
}

export function signatureHolds(message: string, signatureBase64: string, key: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(message), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

const REQUIRED: Record<StepKind, readonly (keyof StepData)[]> = {
  purchased: ['at', 'orderReference', 'price', 'buyerIdentity'],
  shipped: ['at', 'carrier', 'trackingNumber'],
  received: ['at', 'receivedBy'],
  photographed: ['at'],
  handed_over: ['at', 'recipientKind', 'recipientName'],
  inspected: ['at', 'result', 'summary'],
  notarized: ['at', 'notary'],
};
const NEEDS_DOCUMENT: Partial<Record<StepKind, string>> = {
  photographed: 'the photos taken on arrival',
  inspected: 'the inspection report',
  notarized: 'the notary certificate',
};

/** What a step must carry beyond its schema; pointers relative to the request body. */
export function checkStep(
  kind: StepKind,
  input: { data: StepData; documents: readonly StepDocument[]; handover?: unknown },
): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of REQUIRED[kind])
    if (input.data[field] === undefined || input.data[field] === '')
      errors.push({
        pointer: `/data/${field}`,
        rule: `required-for-${kind.replace('_', '-')}`,
        detail: `a ${kind.replace('_', ' ')} step records ${field}`,
      });
  const needs = NEEDS_DOCUMENT[kind];
  if (needs && input.documents.length === 0)
    errors.push({ pointer: '/documents', rule: 'document-required', detail: `attach ${needs}` });
  if (kind !== 'handed_over' && input.handover !== undefined)
    errors.push({
      pointer: '/handover',
      rule: 'only-for-handover',
      detail: 'only a hand-over step is signed by two custodians',
    });
  const seen = new Set<string>();
  input.documents.forEach((d, i) => {
    if (seen.has(d.sha256))
      errors.push({
        pointer: `/documents/${i}/sha256`,
        rule: 'unique',
        detail: 'the document is listed twice',
      });
    seen.add(d.sha256);
  });
  if (input.data.at && Number.isNaN(Date.parse(input.data.at)))
    errors.push({ pointer: '/data/at', rule: 'date-time', detail: 'not a date and time' });
  return errors;
}

export interface StoredStep extends StepRecord {
  hash: string;
}

export type BrokenRule =
  | 'sequence'
  | 'order'
  | 'previous-hash'
  | 'step-hash'
  | 'document-missing'
  | 'document-altered'
  | 'signature-missing'
  | 'signature-invalid';

export interface ChainVerdict {
  ok: boolean;
  steps: number;
  headHash: string;
  broken: { seq: number; step: string; rule: BrokenRule; detail: string } | null;
}

/**
 * Walks the chain from the test buy's genesis and names the first broken step: a gap, a step out of
 * order, a record whose hash no longer matches (altered), a link to a different previous hash, a
 * document whose bytes are gone or no longer hash to what was recorded, a hand-over signature that
 * is missing or does not hold under the custodian's registered key.
 */
export function verifyChain(
  testBuyId: string,
  steps: readonly StoredStep[],
  /** The SHA-256 of each document's stored bytes now (undefined: no such document). */
  documentHashes: ReadonlyMap<string, string>,
  /** Custodian keys by key id, with the user each belongs to. */
  keys: ReadonlyMap<string, { userId: string; key: KeyObject }>,
): ChainVerdict {
  let prev = genesisHash(testBuyId);
  let last: StepKind | null = null;
  const fail = (s: StoredStep, rule: BrokenRule, detail: string): ChainVerdict => ({
    ok: false,
    steps: steps.length,
    headHash: prev,
    broken: { seq: s.seq, step: s.kind, rule, detail },
  });
  for (const [i, s] of steps.entries()) {
    if (s.seq !== i + 1)
      return fail(s, 'sequence', `step ${i + 1} is missing: the next recorded is ${s.seq}`);
    if (s.kind !== nextStep(last))
      return fail(s, 'order', `${s.kind} cannot follow ${last ?? 'the start'}; ${nextStep(last)} comes next`);
    if (s.prevHash !== prev)
      return fail(s, 'previous-hash', 'the step does not link to the hash of the step before it');
    if (s.kind === 'handed_over') {
      const h = s.handover;
      if (!h?.from?.signature || !h?.to?.signature)
        return fail(s, 'signature-missing', 'a hand-over is signed by who handed over and who received');
      const message = handoverMessage({ ...s, from: h.from, to: h.to });
      for (const side of ['from', 'to'] as const) {
        const party = h[side];
        const key = keys.get(party.keyId);
        if (!key || key.userId !== party.userId || !signatureHolds(message, party.signature, key.key))
          return fail(
            s,
            'signature-invalid',
            `the ${side === 'from' ? 'handing-over' : 'receiving'} custodian's signature does not hold under key ${party.keyId.slice(0, 12)}…`,
          );
      }
    }
    const { hash, ...record } = s;
    if (stepHash(record) !== hash)
      return fail(s, 'step-hash', 'the recorded step was altered after it was recorded');
    for (const d of s.documents) {
      const now = documentHashes.get(d.sha256);
      if (now === undefined)
        return fail(s, 'document-missing', `the document ${d.label} (${d.sha256.slice(0, 12)}…) is gone`);
      if (now !== d.sha256)
        return fail(
          s,
          'document-altered',
          `the bytes of ${d.label} no longer hash to ${d.sha256.slice(0, 12)}… (now ${now.slice(0, 12)}…)`,
        );
    }
    prev = hash;
    last = s.kind;
  }
  return { ok: true, steps: steps.length, headHash: prev, broken: null };
}
