import { Type } from 'typebox';
import type { FieldError } from '../errors/app-error.ts';
import { literals } from '../http/schemas.ts';
import { definePolicy, definePolicyConstraint, type ReviewSlaPolicy } from '../policies/index.ts';

/**
 * What good faith buys (issue 12, point 3), as policy: the evidence a good-faith filing may leave
 * out, and the expedited path per marketplace.
 *
 * Evidence: `requiredEvidence` is what every item of a notice must carry (all of the listed kinds;
 * `any` = at least one piece of any kind, today's rule). A filing in good faith needs only the
 * required kinds that are not in `optionalEvidence` (with the default, none: a member may file
 * an item without evidence).
 *
 * Path: `priority` (good-faith and trusted-flagger items get `slaHours` instead of the review SLA
 * and come first in the reviewer queue) or `provisional` (good-faith items: the listing comes down
 * at filing, a reviewer confirms or reverses within `slaHours`; trusted flaggers still get priority).
 */
export type EvidenceRequirement = 'any' | 'screenshot' | 'test_buy_report' | 'cached_copy' | 'other';
export type ExpeditedPath = 'priority' | 'provisional';

export interface PathTerms {
  path: ExpeditedPath;
  slaHours: number;
}

export interface ExpeditedPathPolicy {
  default: PathTerms;
  /** Per marketplace id; marketplaces not named take the default. */
  marketplaces: Record<string, PathTerms>;
  requiredEvidence: EvidenceRequirement[];
  optionalEvidence: EvidenceRequirement[];
  /** Whether the seller may download the letter of authorization behind an agent's notice. */
  sellerSeesLetterDocument: boolean;
}

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'expedited-path': ExpeditedPathPolicy;
  }
}

const Requirement = literals(['any', 'screenshot', 'test_buy_report', 'cached_copy', 'other'], {
  description: 'An evidence kind, or `any`: at least one piece of evidence of any kind',
});

const Terms = Type.Object(
  {
    path: literals(['priority', 'provisional'], {
      description:
        'priority: good-faith items are reviewed first, within slaHours; provisional: the listing is taken down at filing and a reviewer confirms or reverses within slaHours',
    }),
    slaHours: Type.Number({
      description: 'Hours from filing to the review (priority) or the confirmation (provisional)',
    }),
  },
  { additionalProperties: false },
);

export const ExpeditedPathPolicySchema = Type.Object(
  {
    default: Terms,
    marketplaces: Type.Record(
      Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }),
      Terms,
      { additionalProperties: false, maxProperties: 1000 },
    ),
    requiredEvidence: Type.Array(Requirement, { maxItems: 5 }),
    optionalEvidence: Type.Array(Requirement, { maxItems: 5 }),
    sellerSeesLetterDocument: Type.Boolean(),
  },
  {
    additionalProperties: false,
    title: 'ExpeditedPathPolicy',
    description:
      'What a notice filed in good faith gets: the evidence it may leave out, and per marketplace the expedited path (priority or provisional takedown) with its SLA',
  },
);

const MAX_SLA_HOURS = 24 * 30;

/** Rules the schema cannot say (pointers relative to the body). */
export function checkExpeditedPolicy(body: ExpeditedPathPolicy): FieldError[] {
  const errors: FieldError[] = [];
  const terms: [string, PathTerms][] = [
    ['/default', body.default],
    ...Object.entries(body.marketplaces).map(([id, t]): [string, PathTerms] => [`/marketplaces/${id}`, t]),
  ];
  for (const [pointer, t] of terms) {
    if (!Number.isFinite(t.slaHours) || t.slaHours <= 0 || t.slaHours > MAX_SLA_HOURS)
      errors.push({
        pointer: `${pointer}/slaHours`,
        rule: 'positive-sla',
        detail: `the SLA must be a positive number of hours, at most ${MAX_SLA_HOURS}`,
      });
  }
  for (const field of ['requiredEvidence', 'optionalEvidence'] as const) {
    if (new Set(body[field]).size !== body[field].length)
      errors.push({ pointer: `/${field}`, rule: 'unique', detail: 'each kind at most once' });
  }
  body.optionalEvidence.forEach((kind, i) => {
    if (!body.requiredEvidence.includes(kind))
      errors.push({
        pointer: `/optionalEvidence/${i}`,
        rule: 'optional-is-required',
        detail: `${kind} is not required of anyone (requiredEvidence), so it cannot be made optional`,
      });
  });
  return errors;
}

export const EXPEDITED_PATH_POLICY = definePolicy<ExpeditedPathPolicy>({
  key: 'expedited-path',
  description:
    'Good faith: the evidence a Good Faith Program member may leave out, and the expedited path per marketplace (priority review with its SLA, or provisional takedown confirmed or reversed within it)',
  schema: ExpeditedPathPolicySchema,
  defaultValue: {
    default: { path: 'priority', slaHours: 4 },
    marketplaces: {},
    requiredEvidence: ['any'],
    optionalEvidence: ['any'],
    sellerSeesLetterDocument: false,
  },
  check: checkExpeditedPolicy,
  readableBy: 'everyone',
});

export function pathFor(policy: ExpeditedPathPolicy, marketplaceId: string): PathTerms {
  return policy.marketplaces[marketplaceId] ?? policy.default;
}

/** The evidence required of one filing: all of it, or (in good faith) less what is optional. */
export function requiredEvidenceFor(policy: ExpeditedPathPolicy, goodFaith: boolean): EvidenceRequirement[] {
  return goodFaith
    ? policy.requiredEvidence.filter((k) => !policy.optionalEvidence.includes(k))
    : policy.requiredEvidence;
}

/**
 * Priority review is faster than ordinary review: every priority SLA is shorter than the shortest
 * review SLA (`review_sla`). Checked whichever of the two is written.
 */
definePolicyConstraint({
  keys: ['expedited-path', 'review_sla'],
  check(bodies, writing) {
    const expedited = bodies['expedited-path'] as ExpeditedPathPolicy;
    const review = bodies.review_sla as ReviewSlaPolicy;
    const [shortestType, shortest] = Object.entries(review.hours).sort((a, b) => a[1] - b[1])[0] ?? [];
    if (shortest === undefined || shortestType === undefined) return [];
    // Priority review only: a provisional takedown is down at once, and its SLA is the reviewer's
    // window to confirm or reverse it.
    const terms = (
      [
        ['/default', expedited.default],
        ...Object.entries(expedited.marketplaces).map(([id, t]): [string, PathTerms] => [
          `/marketplaces/${id}`,
          t,
        ]),
      ] as [string, PathTerms][]
    ).filter(([, t]) => t.path === 'priority');
    if (terms.length === 0) return [];
    const slowest = terms.reduce((a, b) => (b[1].slaHours > a[1].slaHours ? b : a));
    if (slowest[1].slaHours < shortest) return [];
    return writing === 'expedited-path'
      ? terms
          .filter(([, t]) => t.slaHours >= shortest)
          .map(([pointer, t]) => ({
            pointer: `${pointer}/slaHours`,
            rule: 'shorter-than-review-sla',
            detail: `a priority review SLA (${t.slaHours} h) must be shorter than ordinary review (review_sla: ${shortest} h for ${shortestType})`,
          }))
      : [
          {
            pointer: `/hours/${shortestType}`,
            rule: 'longer-than-expedited-sla',
            detail: `ordinary review (${shortest} h) must stay longer than the priority review SLA in force (expedited-path ${slowest[0]}: ${slowest[1].slaHours} h)`,
          },
        ];
  },
});
