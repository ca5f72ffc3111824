import type { FieldError } from '../errors/app-error.ts';
import type { Listing } from '../listings/index.ts';
import { type Right, rightCoversJurisdiction, rightUnusableReason } from '../rights/index.ts';

export const MAX_ITEMS_PER_NOTICE = 300;
export type InfringementType = 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
export type EvidenceKind = 'screenshot' | 'test_buy_report' | 'cached_copy' | 'other';
export type ItemState = 'pending' | 'info_requested' | 'removed' | 'rejected' | 'withdrawn' | 'reinstated';
/** Items in these states hold the (listing, right) pair: a second notice on it is refused. */
export const OPEN_ITEM_STATES: readonly ItemState[] = ['pending', 'info_requested', 'removed'];

export interface EvidenceInput {
  kind: EvidenceKind;
  documentSha256: string;
  url?: string;
  capturedAt?: string;
  note?: string;
}

export interface NoticeItemInput {
  listingId?: string;
  marketplaceId?: string;
  externalId?: string;
  url?: string;
  evidence: EvidenceInput[];
  explanation?: string;
}

export interface NoticeInput {
  principalOrgId?: string;
  rightId: string;
  infringementType: InfringementType;
  items: NoticeItemInput[];
  statements: { goodFaith: boolean; accuracy: boolean; authority: boolean };
  contact: { name: string; email: string; phone?: string; address?: string };
  explanation?: string;
}

/** Which kind of right supports which infringement claim. */
export const RIGHT_FOR_INFRINGEMENT: Record<InfringementType, Right['type']> = {
  counterfeit: 'trademark',
  trademark_misuse: 'trademark',
  patent: 'patent',
  copyright: 'copyright',
};

const STATEMENT_RULES: Record<keyof NoticeInput['statements'], string> = {
  goodFaith:
    'you must state a good-faith belief that the use is not authorized by the rights holder, its agent or the law (DMCA 512(c)(3)(A)(v), DSA Art 16(2)(d))',
  accuracy:
    'you must state that the information in the notice is accurate (DMCA 512(c)(3)(A)(vi), DSA Art 16(2)(d))',
  authority:
    'you must state, under penalty of perjury, that you are authorized to act for the rights holder (DMCA 512(c)(3)(A)(vi))',
};

export interface IntakeContext {
  today: string;
  now: number;
  principalOrgId: string;
  right: Right | null;
  /** The listing each item resolved to (null when unknown), in item order. */
  listings: readonly (Listing | null)[];
  jurisdictionOf: ReadonlyMap<string, { code: string; jurisdiction: string }>;
  /** listing id -> id of the open notice that already holds it for this right. */
  openNoticeByListing: ReadonlyMap<string, string>;
  /** Field errors for evidence documents the filer does not own. */
  documentErrors: readonly FieldError[];
  /**
   * The evidence each item must carry (`any`: at least one piece): the full burden, or in good
   * faith less what policy makes optional. Absent: at least one piece (the full default).
   */
  requiredEvidence?: readonly ('any' | EvidenceKind)[];
  /** Whether the filing is in good faith (only for the wording of an evidence error). */
  goodFaith?: boolean;
  /** An agent's letter of authorization: the rights and marketplaces it covers (null: all). */
  letter?: { rightIds: readonly string[] | null; marketplaceIds: readonly string[] | null } | null;
}

/**
 * The whole intake decision as a pure function: every failing field, named, with the rule it
 * broke. An empty result means the notice may be stored.
 */
export function checkNoticeIntake(input: NoticeInput, ctx: IntakeContext): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, rule] of Object.entries(STATEMENT_RULES) as [keyof NoticeInput['statements'], string][]) {
    if (input.statements[name] !== true)
      errors.push({ pointer: `/statements/${name}`, rule: 'statement-required', detail: rule });
  }
  const right = ctx.right;
  if (!right || right.orgId !== ctx.principalOrgId) {
    errors.push({
      pointer: '/rightId',
      rule: 'right-of-principal',
      detail: 'no right with this id belongs to the rights holder filing the notice',
    });
  } else {
    const unusable = rightUnusableReason(right, ctx.today);
    if (unusable) errors.push({ pointer: '/rightId', rule: 'right-usable', detail: unusable });
    const needed = RIGHT_FOR_INFRINGEMENT[input.infringementType];
    if (right.type !== needed) {
      errors.push({
        pointer: '/infringementType',
        rule: 'matches-right',
        detail: `a ${input.infringementType} claim needs a ${needed}, but the right is a ${right.type}`,
      });
    }
  }
  if (ctx.letter?.rightIds && !ctx.letter.rightIds.includes(input.rightId))
    errors.push({
      pointer: '/rightId',
      rule: 'letter-covers-right',
      detail: `the brand's letter of authorization to your firm does not cover this right (it covers ${ctx.letter.rightIds.length} of its rights)`,
    });
  const firstIndexOfListing = new Map<string, number>();
  input.items.forEach((item, index) => {
    const base = `/items/${index}`;
    const refs = [
      item.listingId !== undefined,
      item.marketplaceId !== undefined || item.externalId !== undefined,
      item.url !== undefined,
    ].filter(Boolean).length;
    if (refs !== 1) {
      errors.push({
        pointer: base,
        rule: 'one-listing-reference',
        detail: 'identify the listing by exactly one of: listingId, marketplaceId + externalId, or url',
      });
      return;
    }
    if ((item.marketplaceId === undefined) !== (item.externalId === undefined)) {
      errors.push({
        pointer: `${base}/${item.marketplaceId === undefined ? 'marketplaceId' : 'externalId'}`,
        rule: 'required',
        detail: 'marketplaceId and externalId go together',
      });
      return;
    }
    const listing = ctx.listings[index] ?? null;
    const refField =
      item.listingId !== undefined ? 'listingId' : item.url !== undefined ? 'url' : 'externalId';
    if (!listing) {
      errors.push({
        pointer: `${base}/${refField}`,
        rule: 'listing-known',
        detail: 'no listing with this reference is registered on any marketplace',
      });
      return;
    }
    const earlier = firstIndexOfListing.get(listing.id);
    if (earlier !== undefined) {
      errors.push({
        pointer: `${base}/${refField}`,
        rule: 'unique-in-notice',
        detail: `the same listing is already item ${earlier} of this notice`,
      });
      return;
    }
    firstIndexOfListing.set(listing.id, index);
    const market = ctx.jurisdictionOf.get(listing.marketplaceId);
    if (ctx.letter?.marketplaceIds && !ctx.letter.marketplaceIds.includes(listing.marketplaceId))
      errors.push({
        pointer: base,
        rule: 'letter-covers-marketplace',
        detail: `the brand's letter of authorization to your firm does not cover ${market?.code ?? 'this marketplace'}`,
      });
    if (right && market && !rightCoversJurisdiction(right, market.jurisdiction)) {
      errors.push({
        pointer: base,
        rule: 'right-covers-jurisdiction',
        detail: `${right.type} ${right.registrationNumber ?? right.name} is registered in ${right.jurisdiction ?? 'no jurisdiction'}, but the listing is on ${market.code} (${market.jurisdiction}); a ${right.type} counts only where it is registered`,
      });
    }
    const open = ctx.openNoticeByListing.get(listing.id);
    if (open)
      errors.push({
        pointer: base,
        rule: 'no-open-notice',
        detail: `the listing is already under open notice ${open} for the same right`,
      });
    errors.push(...requiredEvidenceErrors(item.evidence, `${base}/evidence`, ctx));
    errors.push(...checkEvidence(item.evidence, `${base}/evidence`, ctx.now));
  });
  errors.push(...ctx.documentErrors);
  return errors;
}

/** The evidence burden: each required kind present (`any`: at least one piece of any kind). */
function requiredEvidenceErrors(
  evidence: readonly EvidenceInput[],
  pointer: string,
  ctx: IntakeContext,
): FieldError[] {
  const required = ctx.requiredEvidence ?? ['any'];
  const burden = ctx.goodFaith ? ' (required even in good faith by the expedited-path policy)' : '';
  return required.flatMap((kind): FieldError[] => {
    if (kind === 'any')
      return evidence.length > 0
        ? []
        : [
            {
              pointer,
              rule: 'evidence-required',
              detail: `each listing needs at least one piece of evidence${burden}`,
            },
          ];
    return evidence.some((e) => e.kind === kind)
      ? []
      : [
          {
            pointer,
            rule: 'evidence-required',
            detail: `each listing needs a ${kind.replaceAll('_', ' ')}${burden}`,
          },
        ];
  });
}

function checkEvidence(evidence: readonly EvidenceInput[], base: string, now: number): FieldError[] {
  const errors: FieldError[] = [];
  evidence.forEach((e, i) => {
    if (e.kind === 'screenshot' && !e.url)
      errors.push({
        pointer: `${base}/${i}/url`,
        rule: 'screenshot-url',
        detail: 'a screenshot must give the URL it shows',
      });
    if ((e.kind === 'screenshot' || e.kind === 'cached_copy') && !e.capturedAt) {
      errors.push({
        pointer: `${base}/${i}/capturedAt`,
        rule: 'required',
        detail: `a ${e.kind.replace('_', ' ')} must say when it was captured`,
      });
    }
    if (e.capturedAt && Date.parse(e.capturedAt) > now + 5 * 60_000) {
      errors.push({
        pointer: `${base}/${i}/capturedAt`,
        rule: 'not-in-future',
        detail: 'lies in the future',
      });
    }
  });
  return errors;
}
