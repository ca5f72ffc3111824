/** Shared shapes for hits and evidence. */
import {
  OBFUSCATION_HOMOGLYPH,
  OBFUSCATION_INVISIBLE,
  OBFUSCATION_LEET,
  OBFUSCATION_REPEATED,
  OBFUSCATION_SEPARATORS,
} from './matcher.ts';
import type { Signal } from './types.ts';

/**
 * A verified match in one field; `owner` < 0 marks a misspelling of brand `-1 - owner`. The owner's
 * type and indices are copied in (a misspelling is a weak brand term: type BrandTerm, b = 1) so
 * the judgement reads them from the hit instead of from the owner tables.
 */
export interface Hit {
  owner: number;
  /** Id of the automaton pattern that matched (index in PatternAutomaton.patterns), -1 for misspellings. */
  pattern: number;
  /** OwnerType of the owner. */
  type: number;
  /** CompiledKnowledge.ownerA / ownerB of the owner. */
  a: number;
  b: number;
  field: number;
  startUnit: number;
  endUnit: number;
  obfuscation: number;
  /** Fuzzy hits carry their edit distance; exact hits -1. */
  distance: number;
  /** TERM_* / LINE_* flags of brand and line terms (brand-terms.ts). */
  flags: number;
  /** Set by the judgement when the hit turned out not to be what it matched ("IV" is not "LV"). */
  dropped: boolean;
}

/**
 * Whether a longer hit in the same field, of a type `accepts` takes, covers this hit (a colour word
 * inside a longer colour or a registered name, a category word inside a longer category).
 */
export function insideLongerHit(
  hit: Hit,
  hits: readonly Hit[],
  hitCount: number,
  accepts: (type: number) => boolean,
): boolean {
  const start = hit.startUnit;
  const end = hit.endUnit;
  const field = hit.field;
  // the span test first: few hits cover this one, and `accepts` (a different closure at each
  // caller, so a call that is not inlined) then runs only for those; it is a pure type test
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if (other.startUnit > start || other.endUnit < end || other.endUnit - other.startUnit <= end - start)
      continue;
    if (other !== hit && other.field === field && accepts(other.type)) return true;
  }
  return false;
}

/** Builds a text signal with its span; `brandId` (last key of the signal) when it is about a brand. */
export type SignalFactory = (
  hit: Hit,
  kind: Signal['kind'],
  rule: string,
  weight: number,
  detail: string,
  brandId?: string,
) => Signal;

export function describeObfuscation(bits: number): string {
  const parts: string[] = [];
  if (bits & OBFUSCATION_HOMOGLYPH) parts.push('look-alike or sound-alike characters');
  if (bits & OBFUSCATION_LEET) parts.push('digits or symbols for letters');
  if (bits & OBFUSCATION_SEPARATORS) parts.push('separators between letters');
  if (bits & OBFUSCATION_INVISIBLE) parts.push('invisible characters');
  if (bits & OBFUSCATION_REPEATED) parts.push('repeated letters');
  if (parts.length === 0) parts.push('a nickname');
  return parts.join(', ');
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
