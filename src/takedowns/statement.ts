import { addMonthsUtc } from '../clocks/index.ts';
import type { EvidenceRow } from '../db/schema.ts';
import type { EvidenceItem, RedressOption, StatementBody } from './statement.schema.ts';

/**
 * Pure builder of the statement of reasons (DSA Art 17) given to the seller when a listing is
 * removed on a notice. Everything the seller needs to understand and contest the decision is in
 * it: what was restricted and where, the facts, the ground, automation, the complainant, the
 * evidence, and every way to seek redress. It also carries the record in the shape of the EU
 * transparency database (Art 24(5)) so submitting it later is a mapping, not a reconstruction.
 */
export interface StatementInput {
  statementId: string;
  issuedAt: Date;
  marketplace: { id: string; code: string; name: string; jurisdiction: string };
  listing: { id: string; externalId: string; title: string; url: string; createdAt: Date };
  store: { id: string; externalId: string; name: string };
  snapshot: { id: string; sha256: string };
  notice: {
    id: string;
    itemId: string;
    filedAt: Date;
    infringementType: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
    explanation: string | null;
    contact: Record<string, unknown>;
  };
  right: {
    id: string;
    type: 'trademark' | 'patent' | 'copyright';
    name: string;
    ownerName: string;
    registrationNumber: string | null;
    office: string | null;
    jurisdiction: string | null;
    patentKind: 'invention' | 'utility' | 'design' | null;
  };
  complainant: { id: string; name: string };
  filer: { id: string; name: string };
  evidence: readonly EvidenceRow[];
  reasonCode: string | null;
  reasonText: string;
  automated: { detection: boolean; decision: boolean };
  decidedByUserId: string | null;
  actorLabel: string;
}

/** The member states, so an EU-wide marketplace's territorial scope is explicit country by country. */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

/** Months a seller may file an internal complaint after the decision (DSA Art 20(1): at least six). */
export const INTERNAL_COMPLAINT_MONTHS = 6;

export function territorialScope(jurisdiction: string): string[] {
  return jurisdiction === 'EU' ? [...EU_MEMBER_STATES] : [jurisdiction];
}

export function documentDownloadPath(sha256: string): string {
  return `/v1/documents/${sha256}`;
}

/** Statutes cited per right type and jurisdiction; other jurisdictions get a generic citation. */
const STATUTES: Record<StatementInput['right']['type'], Record<string, string>> = {
  trademark: {
    EU: 'Regulation (EU) 2017/1001 on the European Union trade mark, Art 9, and the national trade mark laws of the member states (Directive (EU) 2015/2436, Art 10)',
    US: 'the Lanham Act, 15 U.S.C. § 1114 and § 1125(a)',
    CN: "the Trademark Law of the People's Republic of China, Art 57",
    GB: 'the Trade Marks Act 1994, s 10',
  },
  copyright: {
    EU: 'Directive 2001/29/EC (reproduction and communication to the public, Art 2-4) as implemented in the law of the member states',
    US: 'the Copyright Act, 17 U.S.C. § 106 and § 501; removal following a notice under the DMCA, 17 U.S.C. § 512(c)',
    CN: "the Copyright Law of the People's Republic of China, Art 52-53",
    GB: 'the Copyright, Designs and Patents Act 1988, s 16-23',
  },
  patent: {
    EU: 'the patent laws of the member states and, for unitary patents, the Agreement on a Unified Patent Court, Art 25',
    US: 'the Patent Act, 35 U.S.C. § 271',
    CN: "the Patent Law of the People's Republic of China, Art 11 and Art 65",
    GB: 'the Patents Act 1977, s 60',
  },
};

const INFRINGEMENT_WORDS: Record<StatementInput['notice']['infringementType'], string> = {
  counterfeit: 'offers counterfeit goods bearing',
  trademark_misuse: 'uses without authorization',
  patent: 'offers a product covered by',
  copyright: 'reproduces without authorization the work protected by',
};

export function legalGround(right: StatementInput['right'], marketplaceJurisdiction: string): string {
  const where = right.jurisdiction ?? marketplaceJurisdiction;
  const statute = STATUTES[right.type][where] ?? `the ${right.type} law of ${where}`;
  const kind = right.type === 'patent' && right.patentKind === 'design' ? 'design patent' : right.type;
  const registration = right.registrationNumber
    ? ` (registration ${right.registrationNumber}${right.office ? `, ${right.office}` : ''})`
    : '';
  return `Infringement of the ${kind} "${right.name}"${registration} owned by ${right.ownerName}, under ${statute}.`;
}

export function categorySpecification(right: StatementInput['right']): string[] {
  switch (right.type) {
    case 'trademark':
      return ['KEYWORD_TRADEMARK_INFRINGEMENT'];
    case 'copyright':
      return ['KEYWORD_COPYRIGHT_INFRINGEMENT'];
    case 'patent':
      return [right.patentKind === 'design' ? 'KEYWORD_DESIGN_INFRINGEMENT' : 'KEYWORD_PATENT_INFRINGEMENT'];
  }
}

/**
 * Fully automated means no person decided; a person confirming an automated proposal is partial.
 * A human decision on an automatically detected listing is not an automated decision (Art 17(3)(c)
 * asks for both facts separately, which `automation.detection` carries).
 */
export function automatedDecision(automated: StatementInput['automated'], decidedByUserId: string | null) {
  if (!automated.decision) return 'AUTOMATED_DECISION_NOT_AUTOMATED' as const;
  return decidedByUserId === null
    ? ('AUTOMATED_DECISION_FULLY' as const)
    : ('AUTOMATED_DECISION_PARTIALLY' as const);
}

function automationDescription(
  automated: StatementInput['automated'],
  decidedByUserId: string | null,
): string {
  const detection = automated.detection
    ? 'The listing was identified by automated detection.'
    : "The listing was identified by the rights holder's notice, not by automated detection.";
  const decision = !automated.decision
    ? 'A reviewer decided the notice; no automated means were used for the decision.'
    : decidedByUserId === null
      ? 'The decision was taken by automated means without a person reviewing it.'
      : 'An automated system proposed the decision and a reviewer confirmed it.';
  return `${detection} ${decision}`;
}

export function redressOptions(
  input: Pick<StatementInput, 'issuedAt' | 'right' | 'marketplace' | 'notice'>,
): RedressOption[] {
  const dmca = input.right.type === 'copyright' && input.marketplace.jurisdiction === 'US';
  const courts =
    input.marketplace.jurisdiction === 'EU'
      ? 'the courts of the member state concerned'
      : `the courts of ${input.marketplace.jurisdiction}`;
  return [
    {
      kind: 'counter_notice',
      description: `If you believe the listing does not infringe (for example genuine, second-hand or licensed goods) or that the notice is mistaken, file a counter-notice for notice item ${input.notice.itemId} with your explanation and evidence. The rights holder is told and, unless it starts proceedings in time, the listing is reinstated.`,
      legalBasis: dmca
        ? '17 U.S.C. § 512(g)(2)-(3) (DMCA counter-notification and put-back)'
        : 'Regulation (EU) 2022/2065 (Digital Services Act), Art 17(3)(f) and Art 20; marketplace notice-and-takedown procedure',
      availableUntil: null,
    },
    {
      kind: 'internal_complaint',
      description: `Appeal the decision through the internal complaint-handling system within ${INTERNAL_COMPLAINT_MONTHS} months. A person not involved in the original decision reviews it free of charge and reverses it without delay if the complaint is founded.`,
      legalBasis: 'Regulation (EU) 2022/2065 (Digital Services Act), Art 20',
      availableUntil: addMonthsUtc(input.issuedAt, INTERNAL_COMPLAINT_MONTHS).toISOString(),
    },
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
  ];
}

export function evidenceItems(rows: readonly EvidenceRow[]): EvidenceItem[] {
  return rows.map((row) => ({
    kind: row.kind,
    documentSha256: row.documentSha256,
    url: row.url ?? null,
    capturedAt: row.capturedAt ?? null,
    note: row.note ?? null,
    downloadPath: documentDownloadPath(row.documentSha256),
  }));
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function buildStatement(input: StatementInput): StatementBody {
  const scope = territorialScope(input.marketplace.jurisdiction);
  const ground = legalGround(input.right, input.marketplace.jurisdiction);
  const issuedAt = input.issuedAt.toISOString();
  const filedBy = input.filer.id === input.complainant.id ? null : input.filer;
  const complainantText = filedBy
    ? `${input.complainant.name} (filed by its agent ${filedBy.name})`
    : input.complainant.name;
  const summary =
    `On ${input.notice.filedAt.toISOString().slice(0, 10)} ${complainantText} notified that the listing "${input.listing.title}" (${input.listing.url}) ` +
    `${INFRINGEMENT_WORDS[input.notice.infringementType]} its ${input.right.type} "${input.right.name}". ` +
    `The notice was reviewed with ${input.evidence.length} piece(s) of evidence and the listing was removed: ${input.reasonText}`;
  const explanation = `${input.reasonText}${input.notice.explanation ? ` Complainant's explanation: ${input.notice.explanation}` : ''}`;
  const policyGround = `The ${input.marketplace.name} terms of service prohibit listings that infringe the intellectual property rights of others.`;
  const automation = automatedDecision(input.automated, input.decidedByUserId);
  return {
    schemaVersion: 1,
    statementId: input.statementId,
    issuedAt,
    marketplace: input.marketplace,
    restriction: {
      kind: 'listing_removed',
      description: `The listing "${input.listing.title}" (${input.listing.externalId}) of the store "${input.store.name}" was removed from ${input.marketplace.name} and can no longer be seen or bought in ${scope.join(', ')}.`,
      listing: {
        id: input.listing.id,
        externalId: input.listing.externalId,
        title: input.listing.title,
        url: input.listing.url,
      },
      store: input.store,
      territorialScope: scope,
      snapshot: input.snapshot,
    },
    facts: {
      summary,
      notice: {
        id: input.notice.id,
        itemId: input.notice.itemId,
        filedAt: input.notice.filedAt.toISOString(),
        infringementType: input.notice.infringementType,
        explanation: input.notice.explanation,
      },
      right: {
        id: input.right.id,
        type: input.right.type,
        name: input.right.name,
        ownerName: input.right.ownerName,
        registrationNumber: input.right.registrationNumber,
        office: input.right.office,
        jurisdiction: input.right.jurisdiction,
      },
    },
    // A notice-based IP removal is a decision on illegal content; the terms are cited as well
    // because the marketplace's policy forbids the same listing independently of the statute.
    ground: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      legalGround: ground,
      explanation,
      policyGround,
    },
    automation: {
      detection: input.automated.detection,
      decision: input.automated.decision,
      automatedDecision: automation,
      description: automationDescription(input.automated, input.decidedByUserId),
    },
    reason: { code: input.reasonCode, text: input.reasonText },
    decidedBy: { kind: input.decidedByUserId === null ? 'system' : 'reviewer', label: input.actorLabel },
    complainant: {
      organisation: input.complainant,
      filedBy,
      contact: {
        name: stringOrNull(input.notice.contact.name),
        email: stringOrNull(input.notice.contact.email),
      },
    },
    evidence: evidenceItems(input.evidence),
    redress: redressOptions(input),
    transparencyDatabase: {
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: ground,
      illegal_content_explanation: explanation,
      incompatible_content_ground: null,
      incompatible_content_explanation: null,
      category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
      category_specification: categorySpecification(input.right),
      content_type: ['CONTENT_TYPE_PRODUCT'],
      territorial_scope: scope,
      countries_list: scope,
      source_type: 'SOURCE_ARTICLE_16',
      automated_detection: input.automated.detection ? 'Yes' : 'No',
      automated_decision: automation,
      decision_facts: summary,
      application_date: issuedAt.slice(0, 10),
      content_date: input.listing.createdAt.toISOString().slice(0, 10),
      puid: input.listing.externalId,
    },
  };
}
