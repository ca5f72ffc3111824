/** Review decisions and their reason codes: a closed set, so outcomes can be counted per reason. */
export const REJECTION_REASONS = [
  'insufficient_evidence',
  'right_not_applicable',
  'not_infringing',
  'genuine_goods',
  'second_hand_goods',
  'parallel_import',
  'nominative_use',
  'listing_changed',
  'duplicate',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REMOVAL_REASONS = [
  'counterfeit',
  'trademark_infringement',
  'patent_infringement',
  'copyright_infringement',
  'stolen_images',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export type DecisionInput =
  | { decision: 'remove'; reasonCode: RemovalReason; reasonText: string }
  | { decision: 'reject'; reasonCode: RejectionReason; reasonText: string }
  | { decision: 'request_info'; question: string };

/** The removal reason that fits a notice's claim when the reviewer gives none. */
export const DEFAULT_REMOVAL_REASON: Record<
  'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright',
  RemovalReason
> = {
  counterfeit: 'counterfeit',
  trademark_misuse: 'trademark_infringement',
  patent: 'patent_infringement',
  copyright: 'copyright_infringement',
};

/** A paused clock resumes with the time it spent waiting added to the deadline. */
export function resumedDeadline(slaDueAt: Date, pausedAt: Date, now: Date): Date {
  return new Date(slaDueAt.getTime() + Math.max(0, now.getTime() - pausedAt.getTime()));
}
