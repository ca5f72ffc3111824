import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { sha256Hex } from '../auth/secrets.ts';
import {
  genesisHash,
  handoverMessage,
  type StepRecord,
  type StoredStep,
  stepHash,
  verifyChain,
} from './custody.ts';
import { offeredValueMinor } from './outcome.service.ts';
import { checkSamplingPolicy, DEFAULT_TEST_BUY_SAMPLING, drawPlan, type RiskCandidate } from './sampling.ts';

const policy = { ...DEFAULT_TEST_BUY_SAMPLING, riskSampleSize: 3, randomPerCategory: 2, minRiskScore: 0.1 };

const candidateArb = fc.record({
  listingId: fc.uuid(),
  category: fc.constantFrom('bags', 'shoes', null),
  factors: fc.array(
    fc.record({
      source: fc.constantFrom('detection', 'seller_record', 'brand_request'),
      value: fc.double({ min: 0, max: 1, noNaN: true }),
      detail: fc.constant('x'),
    }),
    { maxLength: 3 },
  ),
});
const poolArb = fc.array(
  fc.record({ listingId: fc.uuid(), category: fc.constantFrom('bags', 'shoes', 'toys') }),
  {
    maxLength: 30,
  },
);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('a plan is reproducible: the same seed over the same data draws the same listings, whatever the input order', () => {
  fc.assert(
    fc.property(
      fc.array(candidateArb, { maxLength: 25 }),
      poolArb,
      fc.string({ minLength: 1 }),
      fc.nat(),
      (candidates, pool, seed, shuffleSeed) => {
        const registeredSources = ['detection', 'seller_record', 'brand_request'];
        const a = drawPlan({ seed, policy, candidates, pool, registeredSources });
        const b = drawPlan({
          seed,
          policy,
          candidates: shuffled(candidates, shuffleSeed),
          pool: shuffled(pool, shuffleSeed + 1),
          registeredSources,
        });
        assert.deepEqual(a.drawn, b.drawn);
        // Nothing is drawn twice; the strata keep to their sizes.
        const ids = a.drawn.map((d) => d.listingId);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(a.drawn.filter((d) => d.reason.stratum === 'risk').length <= policy.riskSampleSize);
        for (const c of a.summary.categories) assert.ok(c.drawn <= policy.randomPerCategory);
      },
    ),
  );
});

test('every drawn listing says why: its random position, or its risk factors with weights adding up to its score', () => {
  const candidates: RiskCandidate[] = [
    {
      listingId: 'a',
      category: 'bags',
      factors: [
        { source: 'detection', value: 0.9, detail: 'detection score 0.9 (remove)' },
        { source: 'brand_request', value: 1, detail: 'requested by Acme' },
      ],
    },
    { listingId: 'b', category: 'bags', factors: [{ source: 'detection', value: 0.05, detail: 'low' }] },
  ];
  const { drawn, summary } = drawPlan({
    seed: 's1',
    policy,
    candidates,
    pool: [
      { listingId: 'a', category: 'bags' },
      { listingId: 'c', category: 'bags' },
      { listingId: 'd', category: 'shoes' },
    ],
    registeredSources: ['detection', 'seller_record', 'brand_request'],
  });
  const a = drawn.find((d) => d.listingId === 'a')!;
  assert.equal(a.reason.stratum, 'risk');
  if (a.reason.stratum === 'risk') {
    assert.equal(a.reason.score, 0.9 * 1 + 1 * 2);
    assert.deepEqual(
      a.reason.factors.map((f) => [f.source, f.weight, f.contribution]),
      [
        ['brand_request', 2, 2],
        ['detection', 1, 0.9],
      ],
    );
    assert.equal(a.reason.requested, true);
  }
  assert.ok(!drawn.some((d) => d.listingId === 'b'), 'below the minimum risk score');
  assert.deepEqual(
    drawn
      .filter((d) => d.reason.stratum === 'random')
      .map((d) => d.listingId)
      .sort(),
    ['c', 'd'],
    'the random stratum takes what the risk sample left',
  );
  assert.deepEqual(summary.ignoredSources, ['buyer_complaints'], 'a weighted source nobody registered yet');
  const pool40 = Array.from({ length: 40 }, (_, i) => ({ listingId: `l${i}`, category: 'bags' }));
  const firstOf = (seed: string) =>
    drawPlan({
      seed,
      policy: { ...policy, randomPerCategory: 1 },
      candidates: [],
      pool: pool40,
      registeredSources: [],
    }).drawn[0]?.listingId;
  assert.ok(new Set(['s2', 's3', 's4', 's5'].map(firstOf)).size > 1, 'other seeds draw other listings');
});

test('a sampling policy that draws nothing or weighs nothing is refused, naming the field', () => {
  const rules = checkSamplingPolicy({
    ...DEFAULT_TEST_BUY_SAMPLING,
    randomPerCategory: 0,
    riskSampleSize: 0,
    categories: ['bags', 'bags'],
  }).map((e) => `${e.pointer} ${e.rule}`);
  assert.deepEqual(rules, ['/riskSampleSize draws-something', '/categories/1 unique']);
  assert.deepEqual(
    checkSamplingPolicy({ ...DEFAULT_TEST_BUY_SAMPLING, weights: { detection: 0 } }).map((e) => e.rule),
    ['some-weight'],
  );
  assert.deepEqual(checkSamplingPolicy(DEFAULT_TEST_BUY_SAMPLING), []);
});

/** A chain of all seven steps, hand-over signed by two custodians; documents hashed as stored. */
function chain() {
  const id = '0190c6b8-0000-7000-8000-000000000001';
  const from = generateKeyPairSync('ed25519');
  const to = generateKeyPairSync('ed25519');
  const parties = { from: { userId: 'u-from', keyId: 'k-from' }, to: { userId: 'u-to', keyId: 'k-to' } };
  const docs = new Map<string, string>();
  const doc = (text: string) => {
    const sha = sha256Hex(text);
    docs.set(sha, sha);
    return { label: text, sha256: sha };
  };
  const steps: StoredStep[] = [];
  const kinds = [
    'purchased',
    'shipped',
    'received',
    'photographed',
    'handed_over',
    'inspected',
    'notarized',
  ] as const;
  let prev = genesisHash(id);
  kinds.forEach((kind, i) => {
    const data = { at: `2026-11-0${i + 1}T10:00:00.000Z` };
    const documents = kind === 'photographed' || kind === 'inspected' ? [doc(`${kind} doc`)] : [];
    let handover: StepRecord['handover'] = null;
    if (kind === 'handed_over') {
      const message = handoverMessage({
        testBuyId: id,
        seq: i + 1,
        prevHash: prev,
        data,
        documents,
        ...parties,
      });
      handover = {
        from: {
          ...parties.from,
          signature: sign(null, Buffer.from(message), from.privateKey).toString('base64'),
        },
        to: { ...parties.to, signature: sign(null, Buffer.from(message), to.privateKey).toString('base64') },
      };
    }
    const record: StepRecord = {
      testBuyId: id,
      seq: i + 1,
      kind,
      data,
      documents,
      handover,
      recordedBy: 'staff',
      recordedAt: data.at,
      prevHash: prev,
    };
    const hash = stepHash(record);
    steps.push({ ...record, hash });
    prev = hash;
  });
  const keys = new Map([
    ['k-from', { userId: 'u-from', key: from.publicKey }],
    ['k-to', { userId: 'u-to', key: to.publicKey }],
  ]);
  return { id, steps, docs, keys };
}

test('an intact chain verifies; a gap, an altered step, an altered document or a forged signature is named at its step', () => {
  const { id, steps, docs, keys } = chain();
  assert.deepEqual(verifyChain(id, steps, docs, keys).broken, null);
  const gap = verifyChain(
    id,
    steps.filter((s) => s.seq !== 3),
    docs,
    keys,
  ).broken;
  assert.deepEqual([gap?.seq, gap?.rule], [4, 'sequence']);
  const altered = steps.map((s) => (s.seq === 2 ? { ...s, data: { ...s.data, trackingNumber: 'X' } } : s));
  assert.deepEqual(
    [verifyChain(id, altered, docs, keys).broken?.seq, verifyChain(id, altered, docs, keys).broken?.rule],
    [2, 'step-hash'],
  );
  const photo = steps[3]!.documents[0]!.sha256;
  const changedBytes = new Map(docs).set(photo, sha256Hex('other bytes'));
  const doc = verifyChain(id, steps, changedBytes, keys).broken;
  assert.deepEqual([doc?.seq, doc?.step, doc?.rule], [4, 'photographed', 'document-altered']);
  const gone = new Map(docs);
  gone.delete(photo);
  assert.equal(verifyChain(id, steps, gone, keys).broken?.rule, 'document-missing');
  const other = generateKeyPairSync('ed25519');
  const wrongKey = new Map(keys).set('k-to', { userId: 'u-to', key: other.publicKey });
  const sig = verifyChain(id, steps, docs, wrongKey).broken;
  assert.deepEqual([sig?.seq, sig?.step, sig?.rule], [5, 'handed_over', 'signature-invalid']);
  const unsigned = steps.map((s) =>
    s.handover ? { ...s, handover: { ...s.handover, to: { ...s.handover.to, signature: '' } } } : s,
  );
  assert.equal(verifyChain(id, unsigned, docs, keys).broken?.rule, 'signature-missing');
  const swapped = [steps[0]!, steps[2]!, steps[1]!, ...steps.slice(3)].map((s, i) => ({ ...s, seq: i + 1 }));
  assert.equal(verifyChain(id, swapped, docs, keys).broken?.rule, 'order');
  // A step moved from another test buy's chain does not link.
  assert.equal(
    verifyChain('0190c6b8-0000-7000-8000-000000000002', steps, docs, keys).broken?.rule,
    'previous-hash',
  );
});

test("the value on offer is counted in the minor units of the listing's own currency", () => {
  assert.equal(offeredValueMinor('120.00', 400, 'EUR'), 4_800_000);
  assert.equal(offeredValueMinor('15000', 10, 'JPY'), 150_000, 'the yen has no minor unit');
  assert.equal(offeredValueMinor('1.250', 2, 'KWD'), 2_500, 'three digits');
  assert.equal(offeredValueMinor('9.99', 3, null), 2_997, 'unknown currency: two digits');
  assert.equal(offeredValueMinor(null, 3, 'EUR'), 0);
});
