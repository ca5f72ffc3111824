/**
 * Context rules that make a match innocent or nominative: innocent phrases covering a keyword hit,
 * innocent words near it, and cues such as "compatible with" or "fits" just before a brand name.
 */
import { type CompiledKnowledge, OwnerType } from './compile.ts';
import type { Hit } from './evidence.ts';
import type { NormalizedView } from './normalize.ts';

const NEARBY_WORDS = 3;
const NOMINATIVE_WINDOW_WORDS = 3;

/** A nominative cue ends at most three words before the brand mention. */
export function isNominative(
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
): boolean {
  const view = views[hit.field]!;
  for (let h = 0; h < hitCount; h++) {
    const cue = hits[h]!;
    if (cue.type !== OwnerType.Nominative || cue.field !== hit.field) continue;
    if (cue.endUnit > hit.startUnit) continue;
    let words = 0;
    for (let u = cue.endUnit; u < hit.startUnit; u++) words += view.boundaryBefore[u]!;
    if (words <= NOMINATIVE_WINDOW_WORDS) return true;
  }
  return false;
}

/** Words strictly between two hits of the same field (0 when adjacent or overlapping). */
function wordsBetween(view: NormalizedView, a: Hit, b: Hit): number {
  const from = a.endUnit <= b.startUnit ? a.endUnit : b.endUnit;
  const to = a.endUnit <= b.startUnit ? b.startUnit : a.startUnit;
  let words = 0;
  for (let u = from + 1; u < to; u++) words += view.boundaryBefore[u]!;
  return from < to ? words : 0;
}

/** The innocent context of the rule that excuses this hit, if any. */
export function innocentContext(
  c: CompiledKnowledge,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  ruleIndex: number,
): string | null {
  for (let h = 0; h < hitCount; h++) {
    const context = hits[h]!;
    if (context.type !== OwnerType.Innocent || context.field !== hit.field || context.a !== ruleIndex)
      continue;
    if (context.b === 1) {
      if (wordsBetween(views[hit.field]!, context, hit) <= NEARBY_WORDS) return c.ownerText[context.owner]!;
    } else if (context.startUnit <= hit.startUnit && context.endUnit >= hit.endUnit) {
      return c.ownerText[context.owner]!;
    }
  }
  return null;
}
