import type { OutcomeKind } from '../db/schema.ts';

/**
 * The statement both parties receive when a takedown ends or is confirmed: what happened to the
 * listing, why, who decided, and how to contest it. Pure; stored with the outcome it explains.
 */
export interface OutcomeStatementInput {
  outcomeId: string;
  kind: OutcomeKind;
  cause: string;
  itemId: string;
  noticeId: string;
  listing: { id: string; title: string; url: string };
  marketplaceName: string;
  reasonCode: string | null;
  reasonText: string;
  decidedBy: 'reviewer' | 'system' | 'rights_holder';
  listingRestored: boolean;
  issuedAt: Date;
  appealUntil: Date | null;
}

export interface OutcomeStatement {
  outcomeId: string;
  kind: OutcomeKind;
  cause: string;
  title: string;
  summary: string;
  itemId: string;
  noticeId: string;
  listing: { id: string; title: string; url: string; restored: boolean };
  reason: { code: string | null; text: string };
  decidedBy: 'reviewer' | 'system' | 'rights_holder';
  issuedAt: string;
  redress: { kind: 'internal_complaint'; description: string; availableUntil: string }[];
}

const TITLES: Record<OutcomeKind, string> = {
  reinstated: 'Listing reinstated after a counter-notice',
  upheld: 'Takedown upheld after a counter-notice',
  withdrawn: 'Notice withdrawn by the rights holder',
  appeal_upheld: 'Appeal rejected: the decision stands',
  appeal_reversed: 'Appeal granted: the decision is reversed',
};

/** Why, in words a seller and a rights holder both understand, keyed by the cause recorded. */
const CAUSES: Record<string, string> = {
  putback_elapsed:
    'the rights holder did not show, within the put-back period, that it had filed a court action',
  no_response: 'the rights holder did not answer the counter-notice within its time',
  reviewer: 'a reviewer weighed the evidence of both sides',
  court_action_filed: 'the rights holder showed that it has filed a court action about the listing',
  notice_withdrawn: 'the rights holder withdrew the notice',
  item_withdrawn: 'the rights holder withdrew the notice for this listing',
  appeal: 'a reviewer who took no part in the decision reviewed the appeal',
};

export function describeCause(cause: string): string {
  return CAUSES[cause] ?? cause.replaceAll('_', ' ');
}

export function buildOutcomeStatement(input: OutcomeStatementInput): OutcomeStatement {
  const where = `"${input.listing.title}" on ${input.marketplaceName}`;
  const effect = input.listingRestored
    ? `The listing ${where} is visible again.`
    : input.kind === 'reinstated' || input.kind === 'withdrawn'
      ? `This notice no longer keeps the listing ${where} down; it stays removed under another notice.`
      : `The listing ${where} is unchanged by this outcome.`;
  return {
    outcomeId: input.outcomeId,
    kind: input.kind,
    cause: input.cause,
    title: TITLES[input.kind],
    summary: `${TITLES[input.kind]}: ${describeCause(input.cause)}. ${effect} Reason: ${input.reasonText}`,
    itemId: input.itemId,
    noticeId: input.noticeId,
    listing: { ...input.listing, restored: input.listingRestored },
    reason: { code: input.reasonCode, text: input.reasonText },
    decidedBy: input.decidedBy,
    issuedAt: input.issuedAt.toISOString(),
    redress: input.appealUntil
      ? [
          {
            kind: 'internal_complaint',
            description:
              'Either party may appeal this decision; a reviewer who took no part in it decides (DSA Art 20).',
            availableUntil: input.appealUntil.toISOString(),
          },
        ]
      : [],
  };
}
