import { jurisdictionContains } from '../clocks/index.ts';

/** An IP right in a rights holder's portfolio. */
export type RightType = 'trademark' | 'patent' | 'copyright';
export type RightStatus = 'pending' | 'verified' | 'rejected';

export interface Right {
  id: string;
  orgId: string;
  type: RightType;
  status: RightStatus;
  name: string;
  ownerName: string;
  registrationNumber: string | null;
  office: string | null;
  jurisdiction: string | null;
  niceClasses: number[];
  patentKind: 'invention' | 'utility' | 'design' | null;
  workDescription: string | null;
  validFrom: string | null;
  validUntil: string | null;
  documentShas: string[];
  referenceImageShas: string[];
  reviewNote: string | null;
  verifiedAt: string | null;
  createdAt: string;
}

/**
 * Whether a registration counts in a marketplace's jurisdiction. Trademarks and patents are
 * territorial: they count only where registered (an EU trade mark covers every member state).
 * Copyright needs no registration and counts everywhere (Berne Convention).
 */
export function rightCoversJurisdiction(
  right: Pick<Right, 'type' | 'jurisdiction'>,
  jurisdiction: string,
): boolean {
  if (right.type === 'copyright') return true;
  if (!right.jurisdiction) return false;
  return jurisdictionContains(right.jurisdiction, jurisdiction);
}

/** Why a right cannot support a notice today, or null when it can. */
export function rightUnusableReason(
  right: Pick<Right, 'status' | 'validFrom' | 'validUntil'>,
  today: string,
): string | null {
  if (right.status === 'pending') return 'the right has not been verified by a reviewer yet';
  if (right.status === 'rejected') return 'the right was rejected at verification';
  if (right.validUntil && right.validUntil < today) return `the right expired on ${right.validUntil}`;
  if (right.validFrom && right.validFrom > today) return `the right is valid only from ${right.validFrom}`;
  return null;
}
