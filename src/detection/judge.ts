/**
 * The judgement of one scan (step 4 of the pipeline in docs/detection.md): from the verified hits
 * of both fields to the Verdict. Innocent contexts, nominative use and authorized sellers discard
 * signals (recorded in `suppressed`); brand mentions are resolved; indicators are computed for the
 * primary brand; signals are scored and mapped to an action.
 *
 * Per-brand state of the current listing lives in one Int32Array row per brand, stamped per
 * listing, so a listing touches one cache line per brand it names instead of six arrays.
 */

import { type CompiledKnowledge, OwnerType } from './compile.ts';
import { innocentContext, isNominative } from './contexts.ts';
import { describeObfuscation, type Hit, round, type SignalFactory } from './evidence.ts';
import { IndicatorChecker } from './indicators.ts';
import type { CompiledPattern } from './matcher.ts';
import type { NormalizedView } from './normalize.ts';
import { decideAction, scoreSignals } from './scoring.ts';
import { SKELETON_MAX_RUN, skeletonOf } from './skeleton.ts';
import type { DetectionPolicy, ListingInput, Signal, TextSpan, Verdict } from './types.ts';

export const FIELD_TITLE = 0;
const NO_BRAND = -1;
/**
 * Fields of a brand's state row. Members of an enum of this file compile to literals; module
 * constants are loaded and checked at every use.
 */
enum State {
  Stamp = 0,
  Exact = 1,
  Weak = 2,
  Line = 3,
  Nominative = 4,
  Mentioned = 5,
  /** Copied from the brand pack, so the first look at a brand's state brings them along. */
  HasSellers = 6,
  Row = 7,
  Stride = 8,
}

export class Judge {
  private readonly indicators: IndicatorChecker;
  private readonly signalFor: SignalFactory = (hit, kind, rule, weight, detail, brandId) =>
    this.signal(hit, kind, rule, weight, detail, brandId);
  private readonly brandState: Int32Array;
  private readonly touched: number[] = [];
  private stamp = 0;
  /** Skeleton string of each pattern, for hits shaped exactly like it (most of them): built once. */
  private readonly skeletons: Array<string | undefined>;
  // the scan being judged
  private listing: ListingInput | null = null;
  private views: readonly NormalizedView[] = [];

  constructor(
    private readonly compiled: CompiledKnowledge,
    private readonly policy: DetectionPolicy,
    private readonly nowMs: number,
  ) {
    this.indicators = new IndicatorChecker(compiled, policy);
    this.brandState = new Int32Array(compiled.brands.length * State.Stride);
    for (let b = 0; b < compiled.brands.length; b++) {
      this.brandState[b * State.Stride + State.HasSellers] = compiled.pack.hasSellers[b]!;
      this.brandState[b * State.Stride + State.Row] = compiled.pack.rowAt[b]!;
    }
    this.skeletons = new Array<string | undefined>(compiled.automaton.patterns.length);
  }

  judge(
    listing: ListingInput,
    views: readonly NormalizedView[],
    hits: readonly Hit[],
    hitCount: number,
  ): Verdict {
    const c = this.compiled;
    this.listing = listing;
    this.views = views;
    const stamp = ++this.stamp;
    const state = this.brandState;
    const signals: Signal[] = [];
    const suppressed: string[] = [];
    // 1. licensed-reproduction cues, brands, their mentions and whether they are nominative
    let licensed = false;
    const touched = this.touched;
    touched.length = 0;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      const type = hit.type;
      if (type === OwnerType.Licensed) licensed = true;
      if (type !== OwnerType.BrandTerm && type !== OwnerType.ProductLine) continue;
      const at = hit.a * State.Stride;
      if (state[at + State.Stamp] !== stamp) {
        state[at + State.Stamp] = stamp;
        state[at + State.Exact] = 0;
        state[at + State.Weak] = 0;
        state[at + State.Line] = -1;
        state[at + State.Nominative] = 0;
        touched.push(hit.a);
      }
      if (type === OwnerType.ProductLine) {
        // a product line ("Trench coat", "Aviator") refines a brand mention but does not make one
        if (state[at + State.Line]! < 0) state[at + State.Line] = hit.b;
      } else if (hit.b === 1) {
        state[at + State.Weak]!++; // misspelling or common word ("coach")
      } else {
        state[at + State.Exact]!++;
      }
      if (isNominative(views, hits, hitCount, hit)) state[at + State.Nominative] = 1;
    }
    let primaryBrand = NO_BRAND;
    const brandsOut: Verdict['brands'] = [];
    for (const brandIndex of touched) {
      const at = brandIndex * State.Stride;
      // a weak mention counts only when a product line of the same brand confirms it
      const mentioned =
        state[at + State.Exact]! > 0 || (state[at + State.Weak]! > 0 && state[at + State.Line]! >= 0);
      state[at + State.Mentioned] = mentioned ? 1 : 0;
      if (!mentioned) continue;
      const nominative = state[at + State.Nominative] === 1;
      const brandId = c.pack.brandIds[brandIndex]!;
      brandsOut.push({ brandId, nominative });
      if (this.sellerAuthorized(listing, brandIndex)) {
        suppressed.push(`seller ${listing.sellerId} is authorized by ${brandId}`);
        continue;
      }
      if (!nominative && primaryBrand === NO_BRAND) primaryBrand = brandIndex;
    }
    // 2. text signals
    let seenRules = 0; // bit set of the first 31 rules hit; later ones checked by scanning signals
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      const type = hit.type;
      if (type === OwnerType.BrandTerm) {
        this.brandTextSignal(hit, hit.a, listing, signals);
      } else if (type === OwnerType.Rule) {
        const ruleIndex = hit.a;
        const rule = c.rules[ruleIndex]!;
        if (ruleIndex < 31 ? (seenRules & (1 << ruleIndex)) !== 0 : signals.some((s) => s.rule === rule.id))
          continue;
        const innocent = innocentContext(c, views, hits, hitCount, hit, ruleIndex);
        if (innocent !== null) {
          suppressed.push(`${rule.id}: innocent context "${innocent}"`);
          continue;
        }
        if (licensed && rule.licensedContextInnocent) {
          suppressed.push(`${rule.id}: licensed or museum reproduction`);
          continue;
        }
        if (rule.categories && rule.categories.length > 0 && !inCategories(listing.category, rule.categories))
          continue;
        if (ruleIndex < 31) seenRules |= 1 << ruleIndex;
        signals.push(
          this.signal(
            hit,
            rule.kind,
            rule.id,
            this.policy.weights.keyword * rule.severity,
            `${rule.kind} "${rule.pattern}"`,
          ),
        );
      } else if (type === OwnerType.Work) {
        this.prereleaseSignal(hit, hits, hitCount, signals);
      }
    }
    // 3. indicators about the brand's goods
    if (primaryBrand !== NO_BRAND) {
      const at = primaryBrand * State.Stride;
      this.indicators.check(
        listing,
        primaryBrand,
        state[at + State.Row]!,
        state[at + State.Line]!,
        hits,
        hitCount,
        signals,
        this.signalFor,
      );
    }
    const score = scoreSignals(signals, this.policy);
    const action = decideAction(score, this.policy);
    return {
      id: listing.id,
      flagged: action !== 'allow',
      action,
      score,
      signals,
      brands: brandsOut,
      suppressed,
      automated: { detection: true, decision: action === 'remove' },
      policyVersion: this.policy.version,
    };
  }

  /** Only brands with authorized sellers have a set to look in (most have none). */
  private sellerAuthorized(listing: ListingInput, brandIndex: number): boolean {
    return (
      listing.sellerId !== undefined &&
      this.brandState[brandIndex * State.Stride + State.HasSellers] === 1 &&
      this.compiled.brands[brandIndex]!.authorizedSellers.has(listing.sellerId)
    );
  }

  private brandTextSignal(hit: Hit, brandIndex: number, listing: ListingInput, signals: Signal[]): void {
    if (this.brandState[brandIndex * State.Stride + State.Mentioned] !== 1) return;
    if (hit.distance < 0 && hit.obfuscation === 0) return;
    if (this.sellerAuthorized(listing, brandIndex)) return;
    const pack = this.compiled.pack;
    const brandId = pack.brandIds[brandIndex]!;
    const kind = hit.distance >= 0 ? 'brand_misspelled' : 'brand_obfuscated';
    if (signals.some((s) => s.kind === kind && s.brandId === brandId)) return;
    signals.push(
      kind === 'brand_misspelled'
        ? this.signal(
            hit,
            kind,
            pack.brandRules[brandIndex]!,
            this.policy.weights.misspelledBrand,
            `"${pack.brandNames[brandIndex]}" misspelled (edit distance ${hit.distance})`,
            brandId,
          )
        : this.signal(
            hit,
            kind,
            pack.brandRules[brandIndex]!,
            this.policy.weights.obfuscatedBrand,
            `"${pack.brandNames[brandIndex]}" disguised by ${describeObfuscation(hit.obfuscation)}`,
            brandId,
          ),
    );
  }

  private prereleaseSignal(hit: Hit, hits: readonly Hit[], hitCount: number, signals: Signal[]): void {
    const tables = this.compiled.brands[hit.a]!;
    const workIndex = hit.b;
    const release = tables.workReleaseTimes[workIndex]!;
    if (!(release > this.nowMs)) return;
    let discHit = false;
    for (let h = 0; h < hitCount; h++) if (hits[h]!.type === OwnerType.Disc) discHit = true;
    if (!discHit || signals.some((s) => s.kind === 'prerelease_disc')) return;
    const work = tables.brand.works![workIndex]!;
    signals.push(
      this.signal(
        hit,
        'prerelease_disc',
        `work:${tables.brand.id}:${work.title}`,
        0.95,
        `"${work.title}" on disc before its release on ${work.discReleaseDate}`,
      ),
    );
  }

  private signal(
    hit: Hit,
    kind: Signal['kind'],
    rule: string,
    weight: number,
    detail: string,
    brandId?: string,
  ): Signal {
    const view = this.views[hit.field]!;
    const ruleVersion =
      kind === 'marker' || kind === 'coded' || kind === 'piracy'
        ? this.compiled.ruleSetVersion
        : this.policy.version;
    const span = this.span(view, hit);
    const normalized = this.skeleton(view, hit);
    // brandId in the literal (same key order as adding it after): no property added to a built object
    if (brandId === undefined)
      return { kind, rule, ruleVersion, span, normalized, detail, weight: round(weight) };
    return { kind, rule, ruleVersion, span, normalized, detail, weight: round(weight), brandId };
  }

  /** skeletonOf(view, hit span), from the pattern's cached skeleton when the span has its shape. */
  private skeleton(view: NormalizedView, hit: Hit): string {
    const id = hit.pattern;
    if (id < 0) return skeletonOf(view, hit.startUnit, hit.endUnit);
    const shaped = hasPatternShape(view, hit, this.compiled.automaton.patterns[id]!);
    const cached = this.skeletons[id];
    if (shaped && cached !== undefined) return cached;
    const text = skeletonOf(view, hit.startUnit, hit.endUnit);
    if (shaped) this.skeletons[id] = text;
    return text;
  }

  private span(view: NormalizedView, hit: Hit): TextSpan {
    const start = view.starts[hit.startUnit]!;
    const end = view.ends[hit.endUnit - 1]!;
    const listing = this.listing!;
    if (hit.field === FIELD_TITLE)
      return { field: 'title', start, end, text: listing.title.slice(start, end) };
    return { field: 'description', start, end, text: (listing.description ?? '').slice(start, end) };
  }
}

/**
 * Whether the skeleton of the hit's span is the pattern's own: the same run lengths as far as
 * skeletonOf shows them (up to 8) and word boundaries in the same places (the codes match anyway).
 */
function hasPatternShape(view: NormalizedView, hit: Hit, pattern: CompiledPattern): boolean {
  const runs = pattern.runs;
  const boundaries = pattern.boundaries;
  for (let k = 0; k < runs.length; k++) {
    const u = hit.startUnit + k;
    if (Math.min(view.runs[u]!, SKELETON_MAX_RUN) !== Math.min(runs[k]!, SKELETON_MAX_RUN)) return false;
    if (k > 0 && view.boundaryBefore[u] !== boundaries[k]) return false;
  }
  return true;
}

function inCategories(category: string | undefined, categories: readonly string[]): boolean {
  if (!category) return false;
  const lower = category.toLowerCase();
  return categories.some((c) => lower.includes(c.toLowerCase()));
}
