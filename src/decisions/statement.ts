import type { EvidenceRow } from '../db/schema.ts';
import {
  type Automation,
  automatedDecision,
  automationDescription,
  eeaTerritorialScope,
  evidenceItems,
  legalGround,
  type NoticeInput,
  type RightInput,
  stringOrNull,
  territorialScope,
  transparencyCategory,
} from './statement.parts.ts';
import type {
  DecisionKind,
  DetectionSignal,
  RedressOption,
  StatementBody,
  SubjectType,
  TransparencyRecord,
} from './statement.schema.ts';

/**
 * The one renderer of statements of reasons (DSA Art 17): every decision, whatever its kind and
 * subject, is explained in the same shape. Pure: the decision record and the context read with it
 * go in, the statement comes out; it is stored with the decision and served as is.
 */
export interface StatementInput {
  decision: {
    id: string;
    kind: DecisionKind;
    subject: { type: SubjectType; id: string };
    previousDecisionId: string | null;
  };
  issuedAt: Date;
  marketplace: { id: string; code: string; name: string; jurisdiction: string } | null;
  listing: { id: string; externalId: string; title: string; url: string; createdAt: Date } | null;
  store: { id: string; externalId: string; name: string } | null;
  snapshot: { id: string | null; sha256: string } | null;
  notice: NoticeInput | null;
  right: RightInput | null;
  complainant: { id: string; name: string } | null;
  filer: { id: string; name: string } | null;
  evidence: readonly EvidenceRow[];
  signals?: readonly DetectionSignal[];
  reasonCode: string | null;
  reasonText: string;
  automated: Automation;
  decidedBy: { kind: 'reviewer' | 'system' | 'rights_holder'; userId: string | null; label: string };
  /** Until when the decision can be appealed (from the appeal policy); null: not appealable. */
  appealUntil: Date | null;
  /** Why a removal ended or stands (counter-notice, withdrawal, appeal...), for those kinds. */
  cause?: string;
  /** For a reinstatement: false when another removal still keeps the listing down. */
  listingRestored?: boolean;
  /**
   * For decisions about an account (a store, a licence): what happens to it, in the seller's words.
   * Without it such a decision restricts nothing.
   */
  account?: {
    restriction: 'account_restricted' | 'account_restored' | 'account_refused' | 'no_change';
    description: string;
  };
  /** The earlier decisions this one rests on (the infringements behind a sanction). */
  basedOn?: ReadonlyArray<{ decisionId: string; kind: DecisionKind; at: Date }>;
}

const INFRINGEMENT_WORDS: Record<NoticeInput['infringementType'], string> = {
  counterfeit: 'offers counterfeit goods bearing',
  trademark_misuse: 'uses without authorization',
  patent: 'offers a product covered by',
  copyright: 'reproduces without authorization the work protected by',
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

/** The causes a decision may record (clients word each one). */
export const DECISION_CAUSES: readonly string[] = Object.keys(CAUSES);

export function describeCause(cause: string): string {
  return CAUSES[cause] ?? cause.replaceAll('_', ' ');
}

/** Decisions that restrict the seller's content, submitted to the EU transparency database. */
const RESTRICTS: ReadonlySet<DecisionKind> = new Set(['notice_removal', 'proactive_removal']);

function restrictionOf(input: StatementInput): StatementBody['restriction']['kind'] {
  switch (input.decision.kind) {
    case 'notice_removal':
    case 'proactive_removal':
      return 'listing_removed';
    case 'notice_rejection':
      return 'notice_rejected';
    case 'reinstatement':
      return input.listingRestored === false ? 'no_change' : 'listing_restored';
    case 'takedown_upheld':
    case 'appeal_upheld':
      return 'removal_kept';
    case 'appeal_reversed':
      // A reversal that archived the listing took it down; otherwise it lifted a removal, or not.
      if (input.snapshot) return 'listing_removed';
      if (input.account) return input.account.restriction;
      return input.listingRestored ? 'listing_restored' : 'no_change';
    case 'licence_restriction':
      if (input.snapshot) return 'listing_removed';
      return input.account?.restriction ?? 'no_change';
    case 'test_buy_violation':
      if (input.snapshot) return 'listing_removed';
      return input.account?.restriction ?? 'removal_kept';
    case 'store_sanction':
      // A closure's takedown of one listing archives it; the closure itself restricts the account.
      if (input.snapshot) return 'listing_removed';
      return input.account?.restriction ?? 'no_change';
    case 'store_restoration':
    case 'store_admission':
    case 'licence_verification':
    case 'notifier_sanction':
    case 'notifier_restoration':
    case 'notifier_admission':
    case 'notifier_removal':
    case 'deposit_confiscation':
    case 'recovery_decision':
      return input.account?.restriction ?? 'no_change';
  }
}

const TITLES: Record<DecisionKind, string> = {
  notice_removal: 'Listing removed on a notice',
  notice_rejection: 'Notice rejected',
  proactive_removal: 'Listing removed by proactive detection',
  reinstatement: 'Listing reinstated',
  takedown_upheld: 'Takedown upheld after a counter-notice',
  appeal_upheld: 'Appeal rejected: the decision stands',
  appeal_reversed: 'Appeal granted: the decision is reversed',
  store_sanction: 'Store sanctioned',
  store_restoration: 'Store sanction lifted',
  store_admission: 'Store registration decided',
  licence_verification: 'Licence decided',
  licence_restriction: 'Listing restricted for a missing or lapsed licence',
  notifier_sanction: 'Notifier sanctioned for misuse of the notice system',
  notifier_restoration: 'Notifier sanction ended',
  notifier_admission: 'Good Faith Program: notifier admitted',
  notifier_removal: 'Good Faith Program: notifier removed',
  test_buy_violation: 'Listing removed after a test buy',
  deposit_confiscation: 'Store deposit confiscated',
  recovery_decision: 'Recovery claim for a buyer refund decided',
};

function where(input: StatementInput): string {
  return input.listing
    ? `"${input.listing.title}"${input.marketplace ? ` on ${input.marketplace.name}` : ''}`
    : `the ${input.decision.subject.type.replaceAll('_', ' ')}`;
}

function restrictionDescription(input: StatementInput, scope: readonly string[]): string {
  const kind = restrictionOf(input);
  const listing = input.listing;
  const store = input.store ? ` of the store "${input.store.name}"` : '';
  switch (kind) {
    case 'listing_removed':
      return listing
        ? `The listing "${listing.title}" (${listing.externalId})${store} was removed from ${input.marketplace?.name ?? 'the marketplace'} and can no longer be seen or bought in ${scope.join(', ')}.`
        : `The content was removed.`;
    case 'listing_restored':
      return `The listing ${where(input)} is visible again.`;
    case 'removal_kept':
      return `The listing ${where(input)} stays removed.`;
    case 'notice_rejected':
      return `The notice about the listing ${where(input)} was rejected; the listing stays visible.`;
    case 'account_restricted':
    case 'account_restored':
    case 'account_refused':
      return input.account?.description ?? `The ${input.decision.subject.type} was changed.`;
    case 'no_change':
      if (input.account) return input.account.description;
      return input.decision.kind === 'reinstatement'
        ? `This notice no longer keeps the listing ${where(input)} down; it stays removed under another notice.`
        : `The listing ${where(input)} is unchanged by this decision.`;
  }
}

function summaryOf(input: StatementInput): string {
  const { notice, complainant, filer, listing, right } = input;
  if (input.decision.kind === 'notice_removal' && notice && right && complainant && listing) {
    const filedBy = filer && filer.id !== complainant.id ? ` (filed by its agent ${filer.name})` : '';
    return (
      `On ${notice.filedAt.toISOString().slice(0, 10)} ${complainant.name}${filedBy} notified that the listing "${listing.title}" (${listing.url}) ` +
      `${INFRINGEMENT_WORDS[notice.infringementType]} its ${right.type} "${right.name}". ` +
      `The notice was reviewed with ${input.evidence.length} piece(s) of evidence and the listing was removed: ${input.reasonText}`
    );
  }
  if (input.decision.kind === 'proactive_removal') {
    const found = (input.signals ?? []).map((s) => s.kind).join(', ');
    return `Automated counterfeit detection flagged the listing ${where(input)}${found ? ` (${found})` : ''} and it was removed: ${input.reasonText}`;
  }
  const cause = input.cause ? `: ${describeCause(input.cause)}` : '';
  return `${TITLES[input.decision.kind]}${cause}. ${restrictionDescription(input, territorialScope(input.marketplace?.jurisdiction ?? '*'))} Reason: ${input.reasonText}`;
}

function automationText(input: StatementInput): string {
  if (
    input.notice &&
    (input.decision.kind === 'notice_removal' || input.decision.kind === 'notice_rejection')
  )
    return automationDescription(input.automated, input.decidedBy.userId);
  const detection = input.automated.detection
    ? 'The listing was identified by automated detection.'
    : 'No automated detection was involved.';
  const decision = !input.automated.decision
    ? input.decidedBy.kind === 'reviewer'
      ? 'A reviewer decided; no automated means were used for the decision.'
      : input.decidedBy.kind === 'rights_holder'
        ? "The rights holder's own act (a withdrawal) led to it."
        : 'It followed from the rules of the procedure (a clock that ran out), without a person deciding.'
    : input.decidedBy.userId === null
      ? 'The decision was taken by automated means without a person reviewing it.'
      : 'An automated system proposed the decision and a reviewer confirmed it.';
  return `${detection} ${decision}`;
}

function redressOf(input: StatementInput): RedressOption[] {
  const jurisdiction = input.marketplace?.jurisdiction ?? null;
  const courts =
    jurisdiction === null
      ? 'the competent courts'
      : jurisdiction === 'EU'
        ? 'the courts of the member state concerned'
        : `the courts of ${jurisdiction}`;
  const options: RedressOption[] = [];
  if (input.decision.kind === 'notice_removal' && input.notice) {
    const dmca = input.right?.type === 'copyright' && jurisdiction === 'US';
    options.push({
      kind: 'counter_notice',
      description: `If you believe the listing does not infringe (for example genuine, second-hand or licensed goods) or that the notice is mistaken, file a counter-notice for notice item ${input.notice.itemId} with your explanation and evidence. The rights holder is told and, unless it starts proceedings in time, the listing is reinstated.`,
      legalBasis: dmca
        ? '17 U.S.C. § 512(g)(2)-(3) (DMCA counter-notification and put-back)'
        : 'Regulation (EU) 2022/2065 (Digital Services Act), Art 17(3)(f) and Art 20; marketplace notice-and-takedown procedure',
      availableUntil: null,
    });
  }
  if (input.appealUntil) {
    options.push({
      kind: 'internal_complaint',
      description: `Appeal decision ${input.decision.id} through the internal complaint-handling system until ${input.appealUntil.toISOString().slice(0, 10)}. A person not involved in the decision reviews it free of charge and reverses it without delay if the complaint is founded.`,
      legalBasis: 'Regulation (EU) 2022/2065 (Digital Services Act), Art 20',
      availableUntil: input.appealUntil.toISOString(),
    });
  }
  options.push(
    {
      kind: 'out_of_court_settlement',
      description:
        'Refer the dispute to a certified out-of-court dispute settlement body of your choice; the marketplace engages with it in good faith.',
      legalBasis: 'Regulation (EU) 2022/2065 (Digital Services Act), Art 21',
      availableUntil: null,
    },
    {
      kind: 'judicial_redress',
      description: `Bring the matter before ${courts}; using the other options does not affect this right.`,
      legalBasis: 'Regulation (EU) 2022/2065 (Digital Services Act), Art 17(3)(f) and Art 21(1)',
      availableUntil: null,
    },
  );
  return options;
}

/** The terms of service a decision applies, in the words of its kind. */
function policyGroundOf(input: StatementInput): string {
  const terms = `The ${input.marketplace?.name ?? 'marketplace'} terms of service`;
  switch (input.decision.kind) {
    case 'licence_restriction':
    case 'licence_verification':
      return `${terms} require a seller to hold a valid licence, for the jurisdiction it sells in, before listing in a restricted category (books, magazines and newspapers; music, film, TV and audiovisual; insurance; lotteries; travel; adult products).`;
    case 'store_sanction':
    case 'store_restoration':
      return `${terms} prohibit listings that infringe the intellectual property rights of others, and provide for points, warnings, listing limits, suspension and closure of stores that infringe repeatedly.`;
    case 'notifier_sanction':
    case 'notifier_restoration':
      return `${terms} and Regulation (EU) 2022/2065, Art 23(2), provide that the processing of notices from those who frequently submit manifestly unfounded notices (or use notices against competitors or to control distribution) is, after a prior warning, suspended for a reasonable period, and in the end terminated.`;
    case 'deposit_confiscation':
    case 'recovery_decision':
      return `${terms} require stores to lodge a deposit that is confiscated, in full or in part, when they are found to sell counterfeit or infringing goods, and allow buyers of counterfeit goods to be refunded first and the refund recovered from the seller's held proceeds, deposit or account.`;
    case 'store_admission':
      return `${terms} require traders to be identifiable (Regulation (EU) 2022/2065, Art 30) and allow the marketplace to refuse or hold a store linked to a store closed or suspended for infringements.`;
    default:
      return `${terms} prohibit listings that infringe the intellectual property rights of others, counterfeit goods and listings that imitate protected brands.`;
  }
}

export function renderStatement(input: StatementInput): StatementBody {
  const scope = input.marketplace ? territorialScope(input.marketplace.jurisdiction) : [];
  const issuedAt = input.issuedAt.toISOString();
  const noticeBased = input.notice !== null && input.right !== null;
  const legal =
    noticeBased && input.right ? legalGround(input.right, input.marketplace?.jurisdiction ?? '*') : null;
  const policyGround = policyGroundOf(input);
  const licence = input.decision.kind === 'licence_restriction';
  const explanation = `${input.reasonText}${input.notice?.explanation ? ` Complainant's explanation: ${input.notice.explanation}` : ''}`;
  const summary = summaryOf(input);
  const automation = automatedDecision(input.automated, input.decidedBy.userId);
  // A notice-based IP decision is about illegal content; detection's own removals apply the terms.
  const decisionGround = noticeBased
    ? 'DECISION_GROUND_ILLEGAL_CONTENT'
    : 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  const filedBy =
    input.filer && input.complainant && input.filer.id !== input.complainant.id ? input.filer : null;
  const restricts = RESTRICTS.has(input.decision.kind) || restrictionOf(input) === 'listing_removed';
  // The Transparency Database takes statements about the EEA only (DSA Art 2(1)): its countries.
  const eeaScope = input.marketplace ? eeaTerritorialScope(input.marketplace.jurisdiction) : [];
  const transparency: TransparencyRecord | null =
    restricts && input.listing && eeaScope.length > 0
      ? {
          decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
          decision_ground: decisionGround,
          illegal_content_legal_ground: legal,
          illegal_content_explanation: noticeBased ? explanation : null,
          incompatible_content_ground: noticeBased ? null : policyGround,
          incompatible_content_explanation: noticeBased ? null : explanation,
          ...transparencyCategory(licence, input.right),
          content_type: ['CONTENT_TYPE_PRODUCT'],
          territorial_scope: eeaScope,
          source_type: noticeBased ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
          automated_detection: input.automated.detection ? 'Yes' : 'No',
          automated_decision: automation,
          decision_facts: summary.slice(0, 5000),
          application_date: issuedAt.slice(0, 10),
          content_date: input.listing.createdAt.toISOString().slice(0, 10),
          // The statement's own identifier, as the export sends it: two decisions on one listing
          // are two statements (the database refuses a puid it already holds).
          puid: input.decision.id,
        }
      : null;
  return {
    schemaVersion: 2,
    statementId: input.decision.id,
    issuedAt,
    decision: {
      id: input.decision.id,
      kind: input.decision.kind,
      subject: input.decision.subject,
      previousDecisionId: input.decision.previousDecisionId,
    },
    marketplace: input.marketplace,
    restriction: {
      kind: restrictionOf(input),
      description: restrictionDescription(input, scope),
      listing: input.listing
        ? {
            id: input.listing.id,
            externalId: input.listing.externalId,
            title: input.listing.title,
            url: input.listing.url,
          }
        : null,
      store: input.store,
      territorialScope: scope,
      snapshot: input.snapshot,
    },
    facts: {
      summary,
      notice: input.notice
        ? {
            id: input.notice.id,
            itemId: input.notice.itemId,
            filedAt: input.notice.filedAt.toISOString(),
            infringementType: input.notice.infringementType,
            explanation: input.notice.explanation,
          }
        : null,
      right: input.right
        ? {
            id: input.right.id,
            type: input.right.type,
            name: input.right.name,
            ownerName: input.right.ownerName,
            registrationNumber: input.right.registrationNumber,
            office: input.right.office,
            jurisdiction: input.right.jurisdiction,
          }
        : null,
      ...(input.signals ? { signals: [...input.signals] } : {}),
      ...(input.basedOn
        ? {
            basedOn: input.basedOn.map((b) => ({
              decisionId: b.decisionId,
              kind: b.kind,
              at: b.at.toISOString(),
            })),
          }
        : {}),
    },
    ground: { decisionGround, legalGround: legal, explanation, policyGround },
    automation: {
      detection: input.automated.detection,
      decision: input.automated.decision,
      automatedDecision: automation,
      description: automationText(input),
    },
    reason: { code: input.reasonCode, text: input.reasonText },
    decidedBy: { kind: input.decidedBy.kind, label: input.decidedBy.label },
    complainant:
      input.complainant && input.notice
        ? {
            organisation: input.complainant,
            filedBy,
            contact: {
              name: stringOrNull(input.notice.contact.name),
              email: stringOrNull(input.notice.contact.email),
            },
          }
        : null,
    evidence: evidenceItems(input.evidence),
    redress: redressOf(input),
    transparencyDatabase: transparency,
  };
}
