import { EU_MEMBER_STATES, resolveByJurisdiction, territorialScope } from '../clocks/index.ts';
import type { EvidenceRow } from '../db/schema.ts';
import type { EvidenceItem } from './statement.schema.ts';

// Territorial scope is resolved with every other jurisdiction rule, in src/clocks/jurisdiction.ts.
export { EU_MEMBER_STATES, territorialScope } from '../clocks/index.ts';

/**
 * Where the DSA applies: the European Economic Area, the EU member states and Iceland,
 * Liechtenstein and Norway (the Transparency Database's EuropeanCountriesService, which
 * src/transparency's schema is written from and tested against).
 */
export const EEA_STATES = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO'].sort();
const EEA: ReadonlySet<string> = new Set(EEA_STATES);

/** The EEA countries a restriction in `jurisdiction` applies to; empty outside the EEA. */
export function eeaTerritorialScope(jurisdiction: string): string[] {
  return territorialScope(jurisdiction).filter((code) => EEA.has(code));
}

/**
 * The Transparency Database's category and keywords of a decision (the current `Statement`
 * constants): IP infringements by the right's type — counterfeits without a right named infringe a
 * trade mark — and, for a missing licence, goods not permitted on the platform.
 */
export function transparencyCategory(
  licence: boolean,
  right: { type: RightInput['type']; patentKind: string | null } | null,
): { category: string; category_specification: string[] } {
  if (licence)
    return {
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      category_specification: ['KEYWORD_GOODS_SERVICES_NOT_PERMITTED'],
    };
  const keyword =
    right?.type === 'copyright'
      ? 'KEYWORD_COPYRIGHT_INFRINGEMENT'
      : right?.type === 'patent'
        ? right.patentKind === 'design'
          ? 'KEYWORD_DESIGN_INFRINGEMENT'
          : 'KEYWORD_PATENT_INFRINGEMENT'
        : 'KEYWORD_TRADEMARK_INFRINGEMENT';
  return {
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    category_specification: [keyword],
  };
}

/** The pieces every statement of reasons is assembled from: statutes, scope, automation, evidence. */

export interface RightInput {
  id: string;
  type: 'trademark' | 'patent' | 'copyright';
  name: string;
  ownerName: string;
  registrationNumber: string | null;
  office: string | null;
  jurisdiction: string | null;
  patentKind: 'invention' | 'utility' | 'design' | null;
}

export interface NoticeInput {
  id: string;
  itemId: string;
  filedAt: Date;
  infringementType: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
  explanation: string | null;
  contact: Record<string, unknown>;
}

export interface Automation {
  detection: boolean;
  decision: boolean;
}

/** Months a seller may file an internal complaint after the decision (DSA Art 20(1): at least six). */
export const INTERNAL_COMPLAINT_MONTHS = 6;

export function documentDownloadPath(sha256: string): string {
  return `/v1/documents/${sha256}`;
}

/** Statutes cited per right type and jurisdiction; other jurisdictions get a generic citation. */
const STATUTES: Record<RightInput['type'], Record<string, string>> = {
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

const _INFRINGEMENT_WORDS: Record<NoticeInput['infringementType'], string> = {
  counterfeit: 'offers counterfeit goods bearing',
  trademark_misuse: 'uses without authorization',
  patent: 'offers a product covered by',
  copyright: 'reproduces without authorization the work protected by',
};

export function legalGround(right: RightInput, marketplaceJurisdiction: string): string {
  const where = right.jurisdiction ?? marketplaceJurisdiction;
  // A member state without a citation of its own is cited under the EU's (harmonised) law.
  const statute = resolveByJurisdiction(STATUTES[right.type], where) ?? `the ${right.type} law of ${where}`;
  const kind = right.type === 'patent' && right.patentKind === 'design' ? 'design patent' : right.type;
  const registration = right.registrationNumber
    ? ` (registration ${right.registrationNumber}${right.office ? `, ${right.office}` : ''})`
    : '';
  return `Infringement of the ${kind} "${right.name}"${registration} owned by ${right.ownerName}, under ${statute}.`;
}

/**
 * Fully automated means no person decided; a person confirming an automated proposal is partial.
 * A human decision on an automatically detected listing is not an automated decision (Art 17(3)(c)
 * asks for both facts separately, which `automation.detection` carries).
 */
export function automatedDecision(automated: Automation, decidedByUserId: string | null) {
  if (!automated.decision) return 'AUTOMATED_DECISION_NOT_AUTOMATED' as const;
  return decidedByUserId === null
    ? ('AUTOMATED_DECISION_FULLY' as const)
    : ('AUTOMATED_DECISION_PARTIALLY' as const);
}

export function automationDescription(automated: Automation, decidedByUserId: string | null): string {
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

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
