/**
 * The `stolen_photo` signal: a listing image matching a brand's reference image, from a seller the
 * brand has not authorized, joins the text signals of the verdict and the policy scores them all.
 */
import { decideAction, scoreSignals } from './scoring.ts';
import type { DetectionPolicy, PhotoMatchEvidence, Signal, Verdict } from './types.ts';

export const STOLEN_PHOTO_DEFAULT_WEIGHT = 0.5;

export interface PhotoMatch extends PhotoMatchEvidence {
  /** The organisation whose reference image it is. */
  orgId: string;
}

export interface PhotoBrand {
  /** The brand's id inside the detector (`org:brand`). */
  id: string;
  orgId: string;
  authorizedSellers: ReadonlySet<string>;
}

const WORDS: Record<PhotoMatchEvidence['transformation'], string> = {
  identical: 'the very same file',
  near_identical: 'a resized, re-encoded, cropped or recoloured copy',
  mirrored: 'a mirrored copy',
};

/**
 * The verdict with one `stolen_photo` signal per matched reference (the closest image), rescored.
 * A match from a seller every brand of that organisation authorized is suppressed, with a reason.
 */
export function withPhotoSignals(
  verdict: Verdict,
  matches: readonly PhotoMatch[],
  brands: readonly PhotoBrand[],
  sellerId: string | undefined,
  policy: DetectionPolicy,
): Verdict {
  if (matches.length === 0) return verdict;
  const weight = policy.weights.stolenPhoto ?? STOLEN_PHOTO_DEFAULT_WEIGHT;
  const best = new Map<string, PhotoMatch>();
  for (const m of matches) {
    const seen = best.get(m.referenceId);
    if (!seen || m.distance < seen.distance) best.set(m.referenceId, m);
  }
  const signals: Signal[] = [...verdict.signals.filter((s) => s.kind !== 'stolen_photo')];
  const suppressed = [...verdict.suppressed];
  const named = [...verdict.brands];
  for (const m of best.values()) {
    const orgBrands = brands.filter((b) => b.orgId === m.orgId);
    if (sellerId !== undefined && orgBrands.some((b) => b.authorizedSellers.has(sellerId))) {
      suppressed.push(
        `stolen_photo: seller ${sellerId} is authorized by the brand whose reference image it uses`,
      );
      continue;
    }
    const brandId = orgBrands[0]?.id;
    signals.push({
      kind: 'stolen_photo',
      rule: 'image-match/pdq',
      ruleVersion: 'pdq-1',
      span: null,
      normalized: m.transformation,
      detail: `image ${m.position + 1} is ${WORDS[m.transformation]} of a reference image (PDQ distance ${m.distance})`,
      weight,
      ...(brandId ? { brandId } : {}),
      image: {
        listingImageId: m.listingImageId,
        position: m.position,
        referenceId: m.referenceId,
        referenceSha256: m.referenceSha256,
        rightId: m.rightId,
        distance: m.distance,
        transformation: m.transformation,
      },
    });
    if (brandId && !named.some((b) => b.brandId === brandId)) named.push({ brandId, nominative: false });
  }
  const score = scoreSignals(signals, policy);
  const action = decideAction(score, policy);
  return { ...verdict, signals, suppressed, brands: named, score, action, flagged: action !== 'allow' };
}
