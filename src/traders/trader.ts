import { createHmac } from 'node:crypto';
import type { FieldError } from '../errors/app-error.ts';

/**
 * Trader details (DSA Art 30) as a marketplace sends them with a store, and the pure rules that
 * turn each identifier into the one form two stores are compared in. Only keyed hashes of these
 * normalised forms are stored (see `identifierHashes`); the clear values never reach the database.
 */
export interface TraderDetails {
  legalName?: string;
  registrationNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
  /** An IBAN (checked with its mod-97 checksum) or another payout account id. */
  payoutAccount?: string;
  /** Device or network ids the marketplace saw the trader use. */
  fingerprints?: string[];
}

export const IDENTIFIER_KINDS = [
  'legal_name',
  'registration_number',
  'address',
  'phone',
  'email',
  'payout_account',
  'fingerprint',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** A normalised identifier, in clear: lives only in memory between the request and its hash. */
export interface NormalisedIdentifier {
  kind: IdentifierKind;
  value: string;
}

const FIELD_OF: Record<Exclude<IdentifierKind, 'fingerprint'>, keyof TraderDetails> = {
  legal_name: 'legalName',
  registration_number: 'registrationNumber',
  address: 'address',
  phone: 'phone',
  email: 'email',
  payout_account: 'payoutAccount',
};

/** Letters without their accents, compatibility forms folded (full-width digits, ligatures). */
function folded(value: string): string {
  return value
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * Company-form suffixes dropped from the end of a legal name, so "Golden Dragon Trading Co., Ltd."
 * and "GOLDEN DRAGON TRADING" are one name. Matched as whole words after punctuation is removed,
 * repeatedly ("co ltd").
 */
const COMPANY_FORMS = new Set([
  'ab',
  'ag',
  'as',
  'bv',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'inc',
  'incorporated',
  'kg',
  'kk',
  'limited',
  'llc',
  'llp',
  'lp',
  'ltd',
  'nv',
  'oy',
  'plc',
  'pte',
  'pty',
  'sa',
  'sarl',
  'sas',
  'spa',
  'srl',
  'ug',
]);
const CJK_COMPANY_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '株式会社', '公司'];

export function normaliseLegalName(value: string): string {
  let words = folded(value)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  while (words.length > 1 && COMPANY_FORMS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  let joined = words.join('');
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of CJK_COMPANY_FORMS)
      if (joined.endsWith(form) && joined.length > form.length) {
        joined = joined.slice(0, -form.length);
        changed = true;
      }
  }
  return joined;
}

/** Registration numbers: upper-case letters and digits only ("hrb 12-345" = "HRB12345"). */
export function normaliseRegistrationNumber(value: string): string {
  return folded(value)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const ADDRESS_WORDS: Record<string, string> = {
  street: 'st',
  str: 'st',
  strasse: 'st',
  straße: 'st',
  road: 'rd',
  avenue: 'ave',
  av: 'ave',
  boulevard: 'blvd',
  building: 'bldg',
  floor: 'fl',
  room: 'rm',
  suite: 'ste',
  number: 'no',
  district: 'dist',
};

/** Addresses: folded, punctuation as spaces, common words abbreviated one way, spaces collapsed. */
export function normaliseAddress(value: string): string {
  return folded(value)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map((w) => ADDRESS_WORDS[w] ?? w)
    .join(' ');
}

/**
 * Phones: E.164 after removing spaces, dots, hyphens and brackets; an international prefix 00 is
 * read as +. Anything else (letters, no country code) is refused: a number without its country
 * cannot be compared across marketplaces.
 */
export function normalisePhone(value: string): string | null {
  let v = value.normalize('NFKC').replace(/[\s.\-()/]+/g, '');
  if (v.startsWith('00')) v = `+${v.slice(2)}`;
  return /^\+[1-9]\d{6,14}$/.test(v) ? v : null;
}

const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * E-mail: trimmed and lower-cased; a "+tag" sub-address is dropped (one mailbox, many aliases);
 * for Gmail the dots of the local part too, and googlemail.com is gmail.com.
 */
export function normaliseEmail(value: string): string | null {
  const v = value.normalize('NFKC').trim().toLowerCase();
  const match = /^([^\s@]+)@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/.exec(v);
  if (!match) return null;
  let local = match[1]!.split('+')[0]!;
  let domain = match[2]!;
  if (GMAIL.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return local.length > 0 ? `${local}@${domain}` : null;
}

/** IBAN mod-97 (ISO 13616): the first four characters moved to the end, letters as 10..35. */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/**
 * Payout accounts: upper-case without spaces or hyphens. One that starts like an IBAN (two
 * letters, two digits) is one: 15 to 34 letters and digits, and its checksum must hold. Any other
 * account id (a wallet, a processor's account) is kept as it is then.
 */
export function normalisePayoutAccount(value: string): { value: string } | { rule: string } {
  const v = value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]+/g, '');
  if (v.length === 0) return { rule: 'not-empty' };
  if (/^[A-Z]{2}\d{2}/.test(v)) {
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v)) return { rule: 'iban-format' };
    if (!ibanChecksumValid(v)) return { rule: 'iban-checksum' };
  }
  return { value: v };
}

/** Fingerprints: opaque ids, compared trimmed and lower-cased. */
export function normaliseFingerprint(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

const RULE_TEXT: Record<string, string> = {
  'not-empty': 'must not be empty (or only punctuation and company forms)',
  e164: 'must be a phone number in international form (E.164: + country code and 7 to 15 digits)',
  email: 'must be an e-mail address (name@domain.tld)',
  'iban-format': 'looks like an IBAN but is not 15 to 34 letters and digits',
  'iban-checksum': 'is not a valid IBAN: its check digits do not match (mod 97)',
};

/**
 * Normalises every identifier of one trader; a malformed one is a field error under `pointer`
 * (e.g. `/trader` or `/stores/3/trader`) naming the rule. Duplicates collapse.
 */
export function normaliseTrader(
  trader: TraderDetails,
  pointer: string,
): { identifiers: NormalisedIdentifier[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const found = new Map<string, NormalisedIdentifier>();
  const add = (kind: IdentifierKind, value: string) => found.set(`${kind}\u0000${value}`, { kind, value });
  const fail = (field: string, rule: string) =>
    errors.push({ pointer: `${pointer}/${field}`, rule, detail: `${field} ${RULE_TEXT[rule]}` });

  for (const [kind, field] of Object.entries(FIELD_OF) as [
    Exclude<IdentifierKind, 'fingerprint'>,
    keyof TraderDetails,
  ][]) {
    const raw = trader[field];
    if (raw === undefined || Array.isArray(raw)) continue;
    switch (kind) {
      case 'legal_name':
      case 'registration_number':
      case 'address': {
        const value =
          kind === 'legal_name'
            ? normaliseLegalName(raw)
            : kind === 'address'
              ? normaliseAddress(raw)
              : normaliseRegistrationNumber(raw);
        if (value.length === 0) fail(field, 'not-empty');
        else add(kind, value);
        break;
      }
      case 'phone': {
        const value = normalisePhone(raw);
        if (value === null) fail(field, 'e164');
        else add(kind, value);
        break;
      }
      case 'email': {
        const value = normaliseEmail(raw);
        if (value === null) fail(field, 'email');
        else add(kind, value);
        break;
      }
      case 'payout_account': {
        const result = normalisePayoutAccount(raw);
        if ('rule' in result) fail(field, result.rule);
        else add(kind, result.value);
        break;
      }
    }
  }
  (trader.fingerprints ?? []).forEach((raw, i) => {
    const value = normaliseFingerprint(raw);
    if (value.length === 0) fail(`fingerprints/${i}`, 'not-empty');
    else add('fingerprint', value);
  });
  return { identifiers: [...found.values()], errors };
}

/** The key of one identifier kind, derived from the master key (one key per kind, nothing stored). */
export function identifierKey(masterKey: Buffer, kind: IdentifierKind): Buffer {
  return createHmac('sha256', masterKey).update(`trader-identifier:${kind}`).digest();
}

export interface HashedIdentifier {
  kind: IdentifierKind;
  /** HMAC-SHA256 of the normalised value under the kind's key, hex. */
  hash: string;
}

/** Keys per kind for one master key, derived once. */
export function identifierHasher(masterKey: Buffer): (identifier: NormalisedIdentifier) => HashedIdentifier {
  const keys = new Map(IDENTIFIER_KINDS.map((kind) => [kind, identifierKey(masterKey, kind)]));
  return ({ kind, value }) => ({
    kind,
    hash: createHmac('sha256', keys.get(kind)!).update(value, 'utf8').digest('hex'),
  });
}

/** Words for the kinds, in statements of reasons. */
export const KIND_WORDS: Record<IdentifierKind, string> = {
  legal_name: 'legal name',
  registration_number: 'registration number',
  address: 'address',
  phone: 'phone number',
  email: 'e-mail address',
  payout_account: 'payout account',
  fingerprint: 'device or network fingerprint',
};
