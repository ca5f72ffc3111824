/**
 * The compiled detector: built once from (brands, rules, policy), then `scan(listing)` returns a
 * verdict that explains itself. Scanning reuses buffers (normalizer views, hit arrays) so a clean
 * listing allocates little more than its verdict; it is not re-entrant, so use one Detector per
 * worker thread.
 */
import { type CompiledKnowledge, compileKnowledge, OwnerType } from './compile.ts';
import { innocentContext, isNominative } from './contexts.ts';
import { DEFAULT_DETECTION_POLICY } from './data/default-policy.ts';
import { DEFAULT_KEYWORD_RULES } from './data/default-rules.ts';
import { describeObfuscation, type Hit, round, type SignalFactory } from './evidence.ts';
import { allowedEditDistance, FuzzyIndex } from './fuzzy.ts';
import { IndicatorChecker } from './indicators.ts';
import {
  type CompiledPattern,
  OBFUSCATION_DOUBLED,
  OBFUSCATION_FULLWIDTH,
  OBFUSCATION_HOMOGLYPH,
} from './matcher.ts';
import { type NormalizedView, skeletonOf, TextNormalizer, UNIT_UNSPACED_SCRIPT } from './normalize.ts';
import { decideAction, scoreSignals } from './scoring.ts';
import type {
  BrandKnowledge,
  DetectionInputError,
  DetectionPolicy,
  KeywordRuleSet,
  ListingInput,
  Signal,
  TextSpan,
  Verdict,
} from './types.ts';

export interface DetectorOptions {
  /** Reference time for release-date checks; defaults to the time the detector is built. */
  now?: Date;
}

const FIELD_TITLE = 0;
const FIELD_DESCRIPTION = 1;
const NO_BRAND = -1;
/** Words shorter than this are never looked up as misspellings (see queryFuzzy). */
const MIN_FUZZY_UNITS = 4;

export class Detector {
  readonly compiled: CompiledKnowledge;
  readonly policy: DetectionPolicy;
  /** Rules and brand entries that could not be compiled; the rest works. */
  readonly errors: readonly DetectionInputError[];
  private readonly nowMs: number;
  private readonly views: [TextNormalizer, TextNormalizer] = [new TextNormalizer(), new TextNormalizer()];
  private hits: Hit[] = [];
  private hitCount = 0;
  private currentField = 0;
  private currentView: NormalizedView = this.views[0];
  private coveredStarts = new Int32Array(16);
  private coveredEnds = new Int32Array(16);
  private coveredCount = 0;
  private stamp = 0;
  private readonly indicators: IndicatorChecker;
  private readonly signalFor: SignalFactory = (hit, kind, rule, weight, detail) =>
    this.signal(hit, kind, rule, weight, detail);
  private readonly touchedBrands: number[] = [];
  private brandStamp = new Int32Array(0);
  private brandExact = new Int32Array(0);
  private brandWeak = new Int32Array(0);
  private brandLine = new Int32Array(0);
  private brandNominative = new Uint8Array(0);
  private brandMentioned = new Uint8Array(0);
  private readonly onHit = (
    pattern: CompiledPattern,
    startUnit: number,
    endUnit: number,
    obfuscation: number,
  ) => {
    // a brand name with one doubled letter goes to the misspelling check, which knows "channel"
    if (
      obfuscation === OBFUSCATION_DOUBLED &&
      this.compiled.ownerType[pattern.payload] === OwnerType.BrandTerm
    )
      return;
    let bits = obfuscation & ~OBFUSCATION_DOUBLED;
    if (bits & OBFUSCATION_FULLWIDTH) {
      bits &= ~OBFUSCATION_FULLWIDTH;
      if (this.currentView.plainLatinUnits > 0) bits |= OBFUSCATION_HOMOGLYPH;
    }
    this.pushHit(pattern.payload, startUnit, endUnit, bits, -1);
  };
  constructor(
    knowledge: BrandKnowledge,
    rules: KeywordRuleSet = DEFAULT_KEYWORD_RULES,
    policy: DetectionPolicy = DEFAULT_DETECTION_POLICY,
    options: DetectorOptions = {},
  ) {
    this.policy = policy;
    this.compiled = compileKnowledge(knowledge, rules, policy);
    this.errors = this.compiled.errors;
    this.nowMs = (options.now ?? new Date()).getTime();
    this.indicators = new IndicatorChecker(this.compiled, policy);
    const brandCount = this.compiled.brands.length;
    this.brandStamp = new Int32Array(brandCount);
    this.brandExact = new Int32Array(brandCount);
    this.brandWeak = new Int32Array(brandCount);
    this.brandLine = new Int32Array(brandCount);
    this.brandNominative = new Uint8Array(brandCount);
    this.brandMentioned = new Uint8Array(brandCount);
  }

  scan(listing: ListingInput): Verdict {
    this.hitCount = 0;
    this.stamp++;
    this.lastListing = listing;
    const title = this.views[FIELD_TITLE].normalize(listing.title);
    const description = this.views[FIELD_DESCRIPTION].normalize(listing.description ?? '');
    this.collect(title, FIELD_TITLE);
    if (description.length > 0) this.collect(description, FIELD_DESCRIPTION);
    return this.judge(listing);
  }

  private collect(view: NormalizedView, field: number): void {
    this.currentField = field;
    this.currentView = view;
    const before = this.hitCount;
    this.compiled.automaton.scan(view, this.onHit);
    this.fuzzyWords(view, field, before);
  }

  private pushHit(
    owner: number,
    startUnit: number,
    endUnit: number,
    obfuscation: number,
    distance: number,
  ): void {
    let hit = this.hits[this.hitCount];
    if (!hit) {
      hit = { owner: 0, field: 0, startUnit: 0, endUnit: 0, obfuscation: 0, distance: -1 };
      this.hits.push(hit);
    }
    hit.owner = owner;
    hit.field = this.currentField;
    hit.startUnit = startUnit;
    hit.endUnit = endUnit;
    hit.obfuscation = obfuscation;
    hit.distance = distance;
    this.hitCount++;
  }

  /** Looks up words (and word pairs) not already explained by a hit in the misspelling index. */
  private fuzzyWords(view: NormalizedView, field: number, firstHit: number): void {
    const n = view.length;
    const fuzzy = this.compiled.fuzzy;
    if (fuzzy.terms.length === 0 || n < 4) return;
    // spans explained by hits (colours, cues and disc words do not explain a word)
    let coveredCount = 0;
    for (let h = firstHit; h < this.hitCount; h++) {
      const hit = this.hits[h]!;
      const type = this.compiled.ownerType[hit.owner];
      if (type === OwnerType.Colour || type === OwnerType.Nominative || type === OwnerType.Disc) continue;
      if (coveredCount >= this.coveredStarts.length) this.growCovered();
      this.coveredStarts[coveredCount] = hit.startUnit;
      this.coveredEnds[coveredCount] = hit.endUnit;
      coveredCount++;
    }
    this.coveredCount = coveredCount;
    const words = view.wordCount;
    const starts = view.wordStarts;
    let previousStart = -1;
    let previousH1 = 0;
    let previousH2 = 0;
    for (let w = 0; w < words; w++) {
      const start = starts[w]!;
      let end = w + 1 < words ? starts[w + 1]! : n;
      let h1 = view.wordHash[w]!;
      let h2 = view.wordCheck[w]!;
      // spaced-out letters ("g u c i") form one word
      if (end === start + 1) {
        let last = w;
        while (last + 1 < words && (last + 2 < words ? starts[last + 2]! : n) === starts[last + 1]! + 1)
          last++;
        if (last - w >= 2) {
          for (let k = w + 1; k <= last; k++) {
            h1 = FuzzyIndex.combine(h1, view.wordHash[k]!, 1, false);
            h2 = FuzzyIndex.combine(h2, view.wordCheck[k]!, 1, true);
          }
          end = starts[last]! + 1;
          w = last;
        }
      }
      if ((view.flags[start]! & UNIT_UNSPACED_SCRIPT) !== 0) {
        previousStart = -1;
        continue;
      }
      const free = this.isUncovered(start, end);
      if (free && end - start >= MIN_FUZZY_UNITS) this.queryFuzzy(view, start, end, field, h1, h2);
      // a pair outside the indexed lengths cannot match: skip combining its hashes
      if (
        previousStart >= 0 &&
        free &&
        end - previousStart <= fuzzy.maxLength + 1 &&
        this.isUncovered(previousStart, start)
      ) {
        const length = end - start;
        this.queryFuzzy(
          view,
          previousStart,
          end,
          field,
          FuzzyIndex.combine(previousH1, h1, length, false),
          FuzzyIndex.combine(previousH2, h2, length, true),
        );
      }
      previousStart = start;
      previousH1 = h1;
      previousH2 = h2;
    }
  }

  private isUncovered(from: number, to: number): boolean {
    for (let k = 0; k < this.coveredCount; k++) {
      if (this.coveredStarts[k]! < to && this.coveredEnds[k]! > from) return false;
    }
    return true;
  }

  private growCovered(): void {
    const size = this.coveredStarts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.coveredStarts);
    ends.set(this.coveredEnds);
    this.coveredStarts = starts;
    this.coveredEnds = ends;
  }

  private queryFuzzy(
    view: NormalizedView,
    from: number,
    to: number,
    field: number,
    h1: number,
    h2: number,
  ): void {
    const fuzzy = this.compiled.fuzzy;
    if (to - from < MIN_FUZZY_UNITS || to - from > fuzzy.maxLength + 1) return;
    const found = fuzzy.queryHashed(view.codes, from, to, h1, h2);
    if (found < 0) return;
    const best = fuzzy.terms[found >> 2]!;
    // equal skeletons that failed exact verification differ in doubled letters: one edit
    const distance = Math.max(found & 3, 1);
    if (distance > allowedEditDistance(best.expandedLength)) return;
    this.currentField = field;
    this.pushHit(-1 - best.payload, from, to, 0, distance);
  }

  private judge(listing: ListingInput): Verdict {
    const c = this.compiled;
    const signals: Signal[] = [];
    const suppressed: string[] = [];
    let licensed = false;
    // 1. contexts present in the listing
    for (let h = 0; h < this.hitCount; h++) {
      const hit = this.hits[h]!;
      if (hit.owner >= 0 && c.ownerType[hit.owner] === OwnerType.Licensed) licensed = true;
    }
    // 2. brands, their mentions and whether they are nominative ("fits", "compatible with")
    const touched = this.touchedBrands;
    touched.length = 0;
    for (let h = 0; h < this.hitCount; h++) {
      const hit = this.hits[h]!;
      const type = hit.owner < 0 ? OwnerType.BrandTerm : c.ownerType[hit.owner];
      if (type !== OwnerType.BrandTerm && type !== OwnerType.ProductLine) continue;
      const brandIndex = hit.owner < 0 ? -1 - hit.owner : c.ownerA[hit.owner]!;
      if (this.brandStamp[brandIndex] !== this.stamp) {
        this.brandStamp[brandIndex] = this.stamp;
        this.brandExact[brandIndex] = 0;
        this.brandWeak[brandIndex] = 0;
        this.brandLine[brandIndex] = -1;
        this.brandNominative[brandIndex] = 0;
        touched.push(brandIndex);
      }
      if (type === OwnerType.ProductLine) {
        // a product line ("Trench coat", "Aviator") refines a brand mention but does not make one
        if (this.brandLine[brandIndex]! < 0) this.brandLine[brandIndex] = c.ownerB[hit.owner]!;
      } else if (hit.owner < 0 || c.ownerB[hit.owner] === 1) {
        this.brandWeak[brandIndex]!++; // misspelling or common word ("coach")
      } else {
        this.brandExact[brandIndex]!++;
      }
      if (isNominative(this.compiled, this.views, this.hits, this.hitCount, hit))
        this.brandNominative[brandIndex] = 1;
    }
    let primaryBrand = NO_BRAND;
    const brandsOut: Verdict['brands'] = [];
    for (const brandIndex of touched) {
      // a weak mention counts only when a product line of the same brand confirms it
      const mentioned =
        this.brandExact[brandIndex]! > 0 ||
        (this.brandWeak[brandIndex]! > 0 && this.brandLine[brandIndex]! >= 0);
      this.brandMentioned[brandIndex] = mentioned ? 1 : 0;
      if (!mentioned) continue;
      const nominative = this.brandNominative[brandIndex] === 1;
      brandsOut.push({ brandId: c.brands[brandIndex]!.brand.id, nominative });
      if (listing.sellerId !== undefined && c.brands[brandIndex]!.authorizedSellers.has(listing.sellerId)) {
        suppressed.push(`seller ${listing.sellerId} is authorized by ${c.brands[brandIndex]!.brand.id}`);
        continue;
      }
      if (!nominative && primaryBrand === NO_BRAND) primaryBrand = brandIndex;
    }
    // 3. text signals
    let seenRules = 0; // bit set of the first 31 rules hit; later ones checked by scanning signals
    for (let h = 0; h < this.hitCount; h++) {
      const hit = this.hits[h]!;
      if (hit.owner < 0) {
        this.brandTextSignal(hit, -1 - hit.owner, listing, signals);
        continue;
      }
      const type = c.ownerType[hit.owner];
      if (type === OwnerType.BrandTerm) {
        this.brandTextSignal(hit, c.ownerA[hit.owner]!, listing, signals);
      } else if (type === OwnerType.Rule) {
        const ruleIndex = c.ownerA[hit.owner]!;
        const rule = c.rules[ruleIndex]!;
        if (ruleIndex < 31 ? (seenRules & (1 << ruleIndex)) !== 0 : signals.some((s) => s.rule === rule.id))
          continue;
        const innocent = innocentContext(this.compiled, this.views, this.hits, this.hitCount, hit, ruleIndex);
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
        this.prereleaseSignal(hit, signals);
      }
    }
    // 4. indicators about the brand's goods
    if (primaryBrand !== NO_BRAND) {
      const line = this.brandLine[primaryBrand]!;
      this.indicators.check(listing, primaryBrand, line, this.hits, this.hitCount, signals, this.signalFor);
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

  private brandTextSignal(hit: Hit, brandIndex: number, listing: ListingInput, signals: Signal[]): void {
    const tables = this.compiled.brands[brandIndex]!;
    if (listing.sellerId !== undefined && tables.authorizedSellers.has(listing.sellerId)) return;
    if (this.brandMentioned[brandIndex] !== 1) return;
    const brandId = tables.brand.id;
    if (hit.distance >= 0) {
      if (signals.some((s) => s.kind === 'brand_misspelled' && s.brandId === brandId)) return;
      const signal = this.signal(
        hit,
        'brand_misspelled',
        `brand:${brandId}`,
        this.policy.weights.misspelledBrand,
        `"${tables.brand.name}" misspelled (edit distance ${hit.distance})`,
      );
      signal.brandId = brandId;
      signals.push(signal);
    } else if (hit.obfuscation !== 0) {
      if (signals.some((s) => s.kind === 'brand_obfuscated' && s.brandId === brandId)) return;
      const signal = this.signal(
        hit,
        'brand_obfuscated',
        `brand:${brandId}`,
        this.policy.weights.obfuscatedBrand,
        `"${tables.brand.name}" disguised by ${describeObfuscation(hit.obfuscation)}`,
      );
      signal.brandId = brandId;
      signals.push(signal);
    }
  }

  private prereleaseSignal(hit: Hit, signals: Signal[]): void {
    const c = this.compiled;
    const tables = c.brands[c.ownerA[hit.owner]!]!;
    const workIndex = c.ownerB[hit.owner]!;
    const release = tables.workReleaseTimes[workIndex]!;
    if (!(release > this.nowMs)) return;
    let discHit = false;
    for (let h = 0; h < this.hitCount; h++) {
      const other = this.hits[h]!;
      if (other.owner >= 0 && c.ownerType[other.owner] === OwnerType.Disc) discHit = true;
    }
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

  private signal(hit: Hit, kind: Signal['kind'], rule: string, weight: number, detail: string): Signal {
    const view = this.views[hit.field as 0 | 1];
    return {
      kind,
      rule,
      ruleVersion:
        kind === 'marker' || kind === 'coded' || kind === 'piracy'
          ? this.compiled.ruleSetVersion
          : this.policy.version,
      span: this.span(view, hit),
      normalized: skeletonOf(view, hit.startUnit, hit.endUnit),
      detail,
      weight: round(weight),
    };
  }

  private span(view: NormalizedView, hit: Hit): TextSpan {
    const start = view.starts[hit.startUnit]!;
    const end = view.ends[hit.endUnit - 1]!;
    const field = hit.field === FIELD_TITLE ? 'title' : 'description';
    return { field, start, end, text: this.fieldText(field).slice(start, end) };
  }

  private lastListing: ListingInput | null = null;
  private fieldText(field: 'title' | 'description'): string {
    const listing = this.lastListing;
    if (!listing) return '';
    return field === 'title' ? listing.title : (listing.description ?? '');
  }
}

function inCategories(category: string | undefined, categories: readonly string[]): boolean {
  if (!category) return false;
  const lower = category.toLowerCase();
  return categories.some((c) => lower.includes(c.toLowerCase()));
}
