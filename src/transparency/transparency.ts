import type { DecisionKind, StatementBody } from '../decisions/index.ts';
import { eeaTerritorialScope, transparencyCategory } from '../decisions/index.ts';
import { statementErrors } from './statement-store-request.schema.ts';

/**
 * Our decisions as the EU DSA Transparency Database takes them (`StatementStoreRequest`). Pure: a
 * decision read with its context goes in; out comes a submission that passed the JSON Schema, or
 * the reason it cannot be exported. Never an invalid submission.
 */

/** A decision and what the export needs beside its statement (read by transparency.repository.ts). */
export interface ExportableDecision {
  id: string;
  kind: DecisionKind;
  createdAt: Date;
  automatedDetection: boolean;
  automatedDecision: 'fully' | 'partially' | 'not';
  statement: StatementBody;
  marketplaceJurisdiction: string | null;
  listingCreatedAt: Date | null;
  /** The notice behind it, if any: filed by a trusted flagger (DSA Art 22), and by whom. */
  notice: { trustedFlagger: boolean; notifierName: string } | null;
  right: { type: 'trademark' | 'patent' | 'copyright'; patentKind: string | null } | null;
  /** The store sanction this decision imposed, for account and service restrictions. */
  sanction: { level: 'warning' | 'listing_limit' | 'suspension' | 'closure'; endsAt: Date | null } | null;
}

export type StatementStoreRequest = Record<string, unknown> & { puid: string };

export type Mapped = { ok: true; statement: StatementStoreRequest } | { ok: false; reason: string };

/** Restrictions Art 17(1) asks a statement for; a rejected notice or a reinstatement restricts nothing. */
export const EXPORTED_RESTRICTIONS = ['listing_removed', 'account_restricted'] as const;

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Cuts at a word boundary with an ellipsis: the full text stays in our statement. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function restriction(decision: ExportableDecision): Record<string, unknown> | string {
  const kind = decision.statement.restriction.kind;
  if (kind === 'listing_removed') return { decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'] };
  if (decision.kind === 'store_sanction' && decision.sanction) {
    const end = decision.sanction.endsAt ? day(decision.sanction.endsAt) : null;
    switch (decision.sanction.level) {
      case 'warning':
        return 'a warning restricts nothing';
      case 'listing_limit':
        return {
          decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
          ...(end ? { end_date_service_restriction: end } : {}),
        };
      case 'suspension':
        return {
          decision_account: 'DECISION_ACCOUNT_SUSPENDED',
          decision_provision: 'DECISION_PROVISION_TOTAL_SUSPENSION',
          ...(end ? { end_date_account_restriction: end, end_date_service_restriction: end } : {}),
        };
      case 'closure':
        return {
          decision_account: 'DECISION_ACCOUNT_TERMINATED',
          decision_provision: 'DECISION_PROVISION_TOTAL_TERMINATION',
        };
    }
  }
  if (decision.kind === 'deposit_confiscation')
    return {
      decision_monetary: 'DECISION_MONETARY_OTHER',
      decision_monetary_other: "Confiscation of the store's deposit",
    };
  return `no mapping for a ${decision.kind} that restricts the account`;
}

export function toStatementStoreRequest(decision: ExportableDecision): Mapped {
  const s = decision.statement;
  if (!(EXPORTED_RESTRICTIONS as readonly string[]).includes(s.restriction.kind))
    return { ok: false, reason: `restricts nothing (${s.restriction.kind})` };
  const jurisdiction = decision.marketplaceJurisdiction;
  if (!jurisdiction) return { ok: false, reason: 'no marketplace: no territorial scope' };
  const scope = eeaTerritorialScope(jurisdiction);
  if (scope.length === 0)
    return {
      ok: false,
      reason: `marketplace jurisdiction ${jurisdiction} is outside the EEA (DSA does not apply)`,
    };
  const restricted = restriction(decision);
  if (typeof restricted === 'string') return { ok: false, reason: restricted };
  const contentDate = decision.listingCreatedAt ?? decision.createdAt;

  const illegal = s.ground.decisionGround === 'DECISION_GROUND_ILLEGAL_CONTENT';
  let ground: Record<string, unknown>;
  if (illegal) {
    if (!s.ground.legalGround)
      return { ok: false, reason: 'illegal content without a legal ground in the statement' };
    ground = {
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: clip(s.ground.legalGround, 500),
      illegal_content_explanation: clip(s.ground.explanation, 2000),
    };
  } else {
    ground = {
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      incompatible_content_ground: clip(s.ground.policyGround, 500),
      incompatible_content_explanation: clip(s.ground.explanation, 2000),
      // Counterfeits and infringing copies are illegal too; the terms are what was applied.
      incompatible_content_illegal: decision.kind === 'licence_restriction' ? 'No' : 'Yes',
    };
  }
  const licence = decision.kind === 'licence_restriction';
  // Source: the notice behind it (Art 16, or a trusted flagger's under Art 22), else our own initiative.
  // The notifier is named only when it is a trusted flagger, whose identity the Commission publishes
  // (Art 22(5)); the database is public and must hold no personal data (Art 24(5)).
  const source = decision.notice
    ? decision.notice.trustedFlagger
      ? { source_type: 'SOURCE_TRUSTED_FLAGGER', source_identity: clip(decision.notice.notifierName, 500) }
      : { source_type: 'SOURCE_ARTICLE_16' }
    : { source_type: 'SOURCE_VOLUNTARY' };
  const statement: StatementStoreRequest = {
    ...restricted,
    ...ground,
    // The same category and keywords as the statement's own transparency record (src/decisions).
    ...transparencyCategory(licence, decision.right),
    content_type: ['CONTENT_TYPE_PRODUCT'],
    territorial_scope: scope,
    content_date: day(contentDate),
    application_date: day(decision.createdAt),
    decision_facts: clip(s.facts.summary, 5000),
    ...source,
    automated_detection: decision.automatedDetection ? 'Yes' : 'No',
    automated_decision:
      decision.automatedDecision === 'fully'
        ? 'AUTOMATED_DECISION_FULLY'
        : decision.automatedDecision === 'partially'
          ? 'AUTOMATED_DECISION_PARTIALLY'
          : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    puid: decision.id,
  };
  const errors = statementErrors(statement);
  if (errors.length > 0)
    return { ok: false, reason: `invalid for the Transparency Database: ${errors.join('; ')}` };
  return { ok: true, statement };
}

/** A half-year, `2026-H2`, as [from, to) instants. */
export function halfYear(period: string): { from: Date; to: Date } | null {
  const match = /^(20[0-9]{2})-H([12])$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const first = match[2] === '1';
  return {
    from: new Date(Date.UTC(year, first ? 0 : 6, 1)),
    to: new Date(Date.UTC(first ? year : year + 1, first ? 6 : 0, 1)),
  };
}

/** Keyset cursor over decisions: (created_at, id), opaque to clients. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { at: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!iso || !id || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) || at.toISOString() !== iso ? null : { at, id };
}
