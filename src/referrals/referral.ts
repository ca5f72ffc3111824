/**
 * Referrals as pure rules: the statuses of a case and the order they move in, the seriousness
 * criteria a violation is measured against, and who may see a case.
 */
export const REFERRAL_STATUSES = ['open', 'referred', 'investigating', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A case only moves forward (a closed case stays closed). */
export function statusMayMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_STATUSES.indexOf(to) >= REFERRAL_STATUSES.indexOf(from) && from !== 'closed';
}

export interface CriterionFigure {
  /** The figure measured. */
  value: number;
  /** The policy's threshold (null: the criterion is not used). */
  threshold: number | null;
  met: boolean;
}

export interface ReferralCriteria {
  valueMinor: CriterionFigure;
  units: CriterionFigure;
  strikes: CriterionFigure;
  linkedStores: CriterionFigure;
  /** Opened by a person rather than by the criteria. */
  manual: boolean;
}

export function measure(
  figures: { valueMinor: number; units: number; strikes: number; linkedStores: number },
  thresholds: {
    minValueMinor: number | null;
    minUnits: number | null;
    minStrikes: number | null;
    minLinkedStores: number | null;
  },
  manual = false,
): ReferralCriteria {
  const at = (value: number, threshold: number | null): CriterionFigure => ({
    value,
    threshold,
    met: threshold !== null && value >= threshold,
  });
  return {
    valueMinor: at(figures.valueMinor, thresholds.minValueMinor),
    units: at(figures.units, thresholds.minUnits),
    strikes: at(figures.strikes, thresholds.minStrikes),
    linkedStores: at(figures.linkedStores, thresholds.minLinkedStores),
    manual,
  };
}

export function isSerious(criteria: ReferralCriteria): boolean {
  return criteria.valueMinor.met || criteria.units.met || criteria.strikes.met || criteria.linkedStores.met;
}
