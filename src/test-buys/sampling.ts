import { createHash } from 'node:crypto';
import type { FieldError } from '../errors/app-error.ts';

/**
 * The sampling plan as a pure function of its inputs: the candidates each risk source nominated
 * with their values, the random pool of each category, the policy and the seed. Nothing here reads
 * a clock or a database, and nothing depends on the order the inputs arrive in, so the same seed
 * over the same data draws the same listings (the property test holds it to that).
 */

export const INFRINGEMENT_SEVERITIES = ['counterfeit', 'trademark_misuse', 'patent', 'copyright'] as const;
export type ViolationSeverity = (typeof INFRINGEMENT_SEVERITIES)[number];

export interface TestBuySamplingPolicy {
  /** Listings drawn uniformly at random per category each period (the random stratum). */
  randomPerCategory: number;
  /** The categories the random stratum covers; empty: every category with active listings. */
  categories: string[];
  /** Listings drawn by risk each period, with probability proportional to their risk score. */
  riskSampleSize: number;
  /** Each risk source nominates at most this many listings per draw. */
  candidatesPerSource: number;
  /** A listing whose weighted risk is below this is not drawn by risk. */
  minRiskScore: number;
  /**
   * Weight of each risk source by name (detection, seller_record, brand_request, and those other
   * programs register, such as buyer_complaints); a source without a weight counts 0.
   */
  weights: Record<string, number>;
  /** What an upheld violation costs: the seller-accountability severity of each result. */
  violation: {
    counterfeitSeverity: ViolationSeverity;
    inferiorSeverity: ViolationSeverity;
    /** Take down the store's other active listings with the same title. */
    takeDownCopies: boolean;
  };
  /**
   * A violation is referred to law enforcement when any criterion set here is met (null: not used):
   * the value on offer (price x quantity of the listing and its copies, minor units), the units on
   * offer, the store's strikes after this violation, the stores linked to it by trader identity.
   */
  referral: {
    minValueMinor: number | null;
    minUnits: number | null;
    minStrikes: number | null;
    minLinkedStores: number | null;
  };
}

export const DEFAULT_TEST_BUY_SAMPLING: TestBuySamplingPolicy = {
  randomPerCategory: 2,
  categories: [],
  riskSampleSize: 10,
  candidatesPerSource: 200,
  minRiskScore: 0.2,
  weights: { detection: 1, seller_record: 1, brand_request: 2, buyer_complaints: 1.5 },
  violation: {
    counterfeitSeverity: 'counterfeit',
    inferiorSeverity: 'trademark_misuse',
    takeDownCopies: true,
  },
  referral: { minValueMinor: 500_000, minUnits: 200, minStrikes: 3, minLinkedStores: 2 },
};

export function checkSamplingPolicy(body: TestBuySamplingPolicy): FieldError[] {
  const errors: FieldError[] = [];
  if (body.randomPerCategory === 0 && body.riskSampleSize === 0)
    errors.push({
      pointer: '/riskSampleSize',
      rule: 'draws-something',
      detail: 'with no random and no risk sample a plan would draw nothing',
    });
  const seen = new Set<string>();
  body.categories.forEach((c, i) => {
    if (seen.has(c))
      errors.push({ pointer: `/categories/${i}`, rule: 'unique', detail: `${c} is listed twice` });
    seen.add(c);
  });
  if (body.riskSampleSize > 0 && !Object.values(body.weights).some((w) => w > 0))
    errors.push({
      pointer: '/weights',
      rule: 'some-weight',
      detail: 'a risk sample needs at least one source with a positive weight',
    });
  return errors;
}

/** One risk source's view of one listing: a value between 0 and 1 and why. */
export interface RiskFactorInput {
  source: string;
  value: number;
  detail: string;
}

export interface RiskCandidate {
  listingId: string;
  category: string | null;
  factors: readonly RiskFactorInput[];
}

export interface PoolListing {
  listingId: string;
  category: string;
}

export interface RiskFactor extends RiskFactorInput {
  weight: number;
  contribution: number;
}

export type DrawReason =
  | { stratum: 'random'; category: string; rank: number; of: number }
  | { stratum: 'risk'; score: number; factors: RiskFactor[]; requested: boolean };

export interface Drawn {
  listingId: string;
  reason: DrawReason;
}

export interface DrawSummary {
  riskCandidates: number;
  riskEligible: number;
  riskDrawn: number;
  categories: { category: string; pool: number; drawn: number }[];
  ignoredSources: string[];
}

/** A uniform number in (0, 1) from the seed and a listing id: the draw's only randomness. */
export function uniformOf(seed: string, listingId: string): number {
  const digest = createHash('sha256').update(`${seed}\u0000${listingId}`).digest();
  // 48 bits, shifted off zero so that a logarithm of it is finite.
  return (digest.readUIntBE(0, 6) + 0.5) / 2 ** 48;
}

/** The random stratum's order inside a category (the database pre-filters with the same key). */
export function randomKeyOf(seed: string, listingId: string): string {
  return createHash('md5').update(`${seed}:${listingId}`).digest('hex');
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The weighted risk of a candidate and each factor's share of it. */
export function scoreCandidate(
  candidate: RiskCandidate,
  weights: Readonly<Record<string, number>>,
): { score: number; factors: RiskFactor[] } {
  const factors = candidate.factors
    .map((f) => {
      const weight = weights[f.source] ?? 0;
      const value = Math.min(1, Math.max(0, f.value));
      return { ...f, value: round(value), weight, contribution: round(weight * value) };
    })
    .sort((a, b) => b.contribution - a.contribution || a.source.localeCompare(b.source));
  return { score: round(factors.reduce((s, f) => s + f.contribution, 0)), factors };
}

/**
 * Draws the plan: first the risk sample (weighted sampling without replacement, Efraimidis and
 * Spirakis: the k smallest of -ln(u)/score), then per category the first listings in the seed's
 * random order that the risk sample did not take.
 */
export function drawPlan(input: {
  seed: string;
  policy: TestBuySamplingPolicy;
  candidates: readonly RiskCandidate[];
  pool: readonly PoolListing[];
  registeredSources: readonly string[];
}): { drawn: Drawn[]; summary: DrawSummary } {
  const { seed, policy } = input;
  const merged = new Map<string, RiskCandidate>();
  for (const c of input.candidates) {
    const known = merged.get(c.listingId);
    merged.set(c.listingId, {
      listingId: c.listingId,
      category: c.category ?? known?.category ?? null,
      factors: dedupeFactors([...(known?.factors ?? []), ...c.factors]),
    });
  }
  const scored = [...merged.values()]
    .map((c) => ({ c, ...scoreCandidate(c, policy.weights) }))
    .filter((s) => s.score >= policy.minRiskScore && s.score > 0);
  const keyed = scored
    .map((s) => ({ ...s, key: -Math.log(uniformOf(seed, s.c.listingId)) / s.score }))
    .sort((a, b) => a.key - b.key || a.c.listingId.localeCompare(b.c.listingId));
  const risk = keyed.slice(0, policy.riskSampleSize);
  const drawn: Drawn[] = risk.map((r) => ({
    listingId: r.c.listingId,
    reason: {
      stratum: 'risk',
      score: r.score,
      factors: r.factors,
      requested: r.factors.some((f) => f.source === 'brand_request'),
    },
  }));
  const taken = new Set(drawn.map((d) => d.listingId));
  const byCategory = new Map<string, PoolListing[]>();
  for (const p of input.pool) {
    if (policy.categories.length > 0 && !policy.categories.includes(p.category)) continue;
    const list = byCategory.get(p.category) ?? [];
    if (!list.some((x) => x.listingId === p.listingId)) list.push(p);
    byCategory.set(p.category, list);
  }
  const categories: DrawSummary['categories'] = [];
  for (const category of [...byCategory.keys()].sort()) {
    const ordered = byCategory
      .get(category)!
      .map((p) => ({ p, key: randomKeyOf(seed, p.listingId) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const free = ordered.filter((o) => !taken.has(o.p.listingId));
    const picked = free.slice(0, policy.randomPerCategory);
    picked.forEach((o, i) => {
      taken.add(o.p.listingId);
      drawn.push({
        listingId: o.p.listingId,
        reason: { stratum: 'random', category, rank: i + 1, of: ordered.length },
      });
    });
    categories.push({ category, pool: ordered.length, drawn: picked.length });
  }
  const registered = new Set(input.registeredSources);
  return {
    drawn,
    summary: {
      riskCandidates: merged.size,
      riskEligible: scored.length,
      riskDrawn: risk.length,
      categories,
      ignoredSources: Object.keys(policy.weights)
        .filter((s) => !registered.has(s))
        .sort(),
    },
  };
}

function dedupeFactors(factors: readonly RiskFactorInput[]): RiskFactorInput[] {
  const bySource = new Map<string, RiskFactorInput>();
  for (const f of factors) {
    const known = bySource.get(f.source);
    if (!known || f.value > known.value) bySource.set(f.source, f);
  }
  return [...bySource.values()];
}

/** The explanation of one drawn listing, in words. */
export function explain(reason: DrawReason): string {
  if (reason.stratum === 'random')
    return `Random sample of category "${reason.category}": position ${reason.rank} of ${reason.of} in this seed's order`;
  const parts = reason.factors
    .filter((f) => f.contribution > 0)
    .map((f) => `${f.source} ${f.value} x ${f.weight} = ${f.contribution} (${f.detail})`);
  return `Risk-weighted sample, score ${reason.score}: ${parts.join('; ')}`;
}
