/**
 * The compiled detector: built once from (brands, rules, policy), then `scan(listing)` returns a
 * verdict that explains itself. Scanning reuses buffers (normalizer views, hit arrays) so a clean
 * listing allocates little more than its verdict; it is not re-entrant, so use one Detector per
 * worker thread.
 */

import { BoilerplateMemo, type SnapshotMaker } from './boilerplate.ts';
import { LINE_DISTINCTIVE } from './brand-terms.ts';
import { type CompiledKnowledge, OwnerType, sharedCompiledKnowledge } from './compile.ts';
import { DEFAULT_DETECTION_POLICY } from './data/default-policy.ts';
import { DEFAULT_KEYWORD_RULES } from './data/default-rules.ts';
import type { Hit } from './evidence.ts';
import { allowedEditDistance, FuzzyIndex } from './fuzzy.ts';
import { FIELD_TITLE, Judge } from './judge.ts';
import {
  OBFUSCATION_DOUBLED,
  OBFUSCATION_FULLWIDTH,
  OBFUSCATION_HOMOGLYPH,
  OBFUSCATION_REPEATED,
} from './matcher.ts';
import {
  endsOpen,
  type NormalizedView,
  TextNormalizer,
  UNIT_HAS_DIGIT,
  UNIT_UNSPACED_SCRIPT,
} from './normalize.ts';
import { soundKeyOf, soundPairKey } from './sound-alike.ts';
import type {
  BrandKnowledge,
  DetectionInputError,
  DetectionPolicy,
  KeywordRuleSet,
  ListingInput,
  Verdict,
} from './types.ts';

export interface DetectorOptions {
  /** Reference time for release-date checks; defaults to the time the detector is built. */
  now?: Date;
  /**
   * Skip description lines found clean before, and copy the view and hits of lines with hits met
   * four times (seller boilerplate, see boilerplate.ts); default true. false scans every line, so a
   * verdict never depends on earlier listings.
   */
  skipBoilerplate?: boolean;
}

const FIELD_DESCRIPTION = 1;
/** Owners of misspelling hits (real owners are >= 0). */
const FUZZY_BRAND_OWNER = -1;
const FUZZY_LINE_OWNER = -2;
/** Words shorter than this are never looked up as misspellings (see queryFuzzy). */
const MIN_FUZZY_UNITS = 4;
/** Keywords of fewer units than this read a doubled letter as another word, not as a disguise. */
const MIN_DOUBLED_KEYWORD_UNITS = 6;

/**
 * A hit of fewer than MIN_DOUBLED_KEYWORD_UNITS letters (Latin, no digits) in which one letter is
 * written twice: a keyword's grade letters repeated ("AAAA" for "AAA") are runs of more than two.
 */
function doubledShortWord(view: NormalizedView, start: number, end: number): boolean {
  if (end - start >= MIN_DOUBLED_KEYWORD_UNITS) return false;
  let doubled = false;
  for (let u = start; u < end; u++) {
    if (view.flags[u]! & (UNIT_HAS_DIGIT | UNIT_UNSPACED_SCRIPT)) return false;
    if (view.runs[u] === 2) doubled = true;
  }
  return doubled;
}

export class Detector {
  readonly compiled: CompiledKnowledge;
  readonly policy: DetectionPolicy;
  /** Rules and brand entries that could not be compiled; the rest works. */
  readonly errors: readonly DetectionInputError[];
  private readonly views: [TextNormalizer, TextNormalizer] = [new TextNormalizer(), new TextNormalizer()];
  private readonly judge: Judge;
  private hits: Hit[] = [];
  private hitCount = 0;
  private currentField = 0;
  /** covered[u] === coverStamp: unit u of the current view is inside a hit (see fuzzyWords). */
  private covered = new Int32Array(256);
  private coverStamp = 0;
  /** Brand (and line) of the misspelling being pushed (see reportFuzzy). */
  private fuzzyBrand = 0;
  private fuzzyLine = 0;
  /** The title being scanned (misspellings are read in titles only; see writtenAsOrdinaryWord). */
  private titleText = '';
  /** Clean seller boilerplate, skipped in later descriptions (null: every paragraph is scanned). */
  private readonly boilerplate: BoilerplateMemo | null;
  private hitStarts: Int32Array = new Int32Array(64);
  private hitEnds: Int32Array = new Int32Array(64);
  /** Normalizes description lines on their own for the memo (see snapshotMaker). */
  private readonly lineNormalizer = new TextNormalizer();
  /** Folded short brand names (shortNamesBeforeLines), by brand index; null: not a short name. */
  private readonly shortNames = new Map<number, string | null>();
  private readonly nameNormalizer = new TextNormalizer();
  /** Units of copied lines, which the automaton does not walk (see findHits). */
  private holeFrom: Int32Array = new Int32Array(16);
  private holeTo: Int32Array = new Int32Array(16);

  constructor(
    knowledge: BrandKnowledge,
    rules: KeywordRuleSet = DEFAULT_KEYWORD_RULES,
    policy: DetectionPolicy = DEFAULT_DETECTION_POLICY,
    options: DetectorOptions = {},
  ) {
    this.policy = policy;
    this.compiled = sharedCompiledKnowledge(knowledge, rules, policy);
    this.errors = this.compiled.errors;
    this.judge = new Judge(this.compiled, policy, (options.now ?? new Date()).getTime());
    this.boilerplate = options.skipBoilerplate === false ? null : new BoilerplateMemo();
  }

  scan(listing: ListingInput): Verdict {
    this.hitCount = 0;
    const title = this.views[FIELD_TITLE];
    title.normalize(listing.title);
    this.titleText = listing.title;
    this.collect(title, FIELD_TITLE);
    // most listings have no description: no hit can then refer to that view, so leave it be
    const text = listing.description;
    if (!text) return this.judge.judge(listing, this.views, this.hits, this.hitCount);
    const memo = this.boilerplate;
    const view = this.views[FIELD_DESCRIPTION];
    const segments = memo === null ? -1 : memo.plan(text);
    if (memo === null || segments < 0) view.normalize(text);
    else view.normalizePieces(text, memo.segmentStart, memo.segmentEnd, memo.segmentSnapshot, segments);
    const titleHits = this.hitCount;
    if (view.length > 0) this.collect(view, FIELD_DESCRIPTION);
    const verdict = this.judge.judge(listing, this.views, this.hits, this.hitCount);
    if (memo !== null) this.learnBoilerplate(memo, view, titleHits);
    return verdict;
  }

  private learnBoilerplate(memo: BoilerplateMemo, view: NormalizedView, from: number): void {
    const count = this.hitCount - from;
    if (this.hitStarts.length < count) {
      this.hitStarts = new Int32Array(count * 2);
      this.hitEnds = new Int32Array(count * 2);
    }
    for (let k = 0; k < count; k++) {
      const hit = this.hits[from + k]!;
      this.hitStarts[k] = view.starts[hit.startUnit]!;
      this.hitEnds[k] = view.ends[hit.endUnit - 1]!;
    }
    memo.learn(this.hitStarts, this.hitEnds, count, this.snapshotMaker);
  }

  /**
   * A description line's view and automaton hits, normalized and matched on its own (see
   * boilerplate.ts); learned after the listing's scan, so the automaton's hits are free to reuse.
   */
  private readonly snapshotMaker: SnapshotMaker = (line) => {
    const snapshot = this.lineNormalizer.snapshotLine(line);
    // its last unit may grow with the next line, and its hits with it: scanned every time
    if (endsOpen(snapshot)) return null;
    const automaton = this.compiled.automaton;
    const count = automaton.find(this.lineNormalizer);
    const hits = new Int32Array(count * 5);
    for (let k = 0; k < count; k++) {
      hits[k * 5] = automaton.hitPattern[k]!;
      hits[k * 5 + 1] = automaton.hitPayload[k]!;
      hits[k * 5 + 2] = automaton.hitStart[k]!;
      hits[k * 5 + 3] = automaton.hitEnd[k]!;
      hits[k * 5 + 4] = automaton.hitObfuscation[k]!;
    }
    snapshot.hits = hits;
    return snapshot;
  };

  /**
   * The automaton's hits in a view: copied lines (see boilerplate.ts) are not walked, their hits
   * are added, moved to where the line's units begin.
   */
  private findHits(view: TextNormalizer): number {
    const automaton = this.compiled.automaton;
    const copied = view.copiedLines;
    if (copied === 0) return automaton.find(view);
    if (this.holeFrom.length < copied) {
      this.holeFrom = new Int32Array(copied * 2);
      this.holeTo = new Int32Array(copied * 2);
    }
    for (let k = 0; k < copied; k++) {
      this.holeFrom[k] = view.copiedUnits[k]!;
      this.holeTo[k] = view.copiedUnits[k]! + view.copiedSnapshots[k]!.length;
    }
    automaton.findAround(view, this.holeFrom, this.holeTo, copied);
    for (let k = 0; k < copied; k++) {
      const hits = view.copiedSnapshots[k]!.hits!;
      const at = view.copiedUnits[k]!;
      for (let h = 0; h < hits.length; h += 5)
        automaton.addHit(hits[h]!, hits[h + 1]!, hits[h + 2]! + at, hits[h + 3]! + at, hits[h + 4]!);
    }
    return automaton.sortFound();
  }

  private collect(view: TextNormalizer, field: number): void {
    this.currentField = field;
    const before = this.hitCount;
    const automaton = this.compiled.automaton;
    const count = this.findHits(view);
    const ownerType = this.compiled.ownerType;
    for (let k = 0; k < count; k++) {
      const owner = automaton.hitPayload[k]!;
      const obfuscation = automaton.hitObfuscation[k]!;
      const type = ownerType[owner]!;
      // a brand name with one doubled letter goes to the misspelling check, which knows "channel"
      if (obfuscation === OBFUSCATION_DOUBLED && type === OwnerType.BrandTerm) continue;
      // only names and keywords are disguised by repeated letters: "will" is not "wii"
      if (
        obfuscation & (OBFUSCATION_DOUBLED | OBFUSCATION_REPEATED) &&
        type > OwnerType.Rule &&
        type !== OwnerType.BrandTerm &&
        type !== OwnerType.ProductLine
      )
        continue;
      // a short keyword with a letter doubled is another word ("rooms" is no "roms", "coppia" no
      // "copia", "mood" no "mod"): sellers disguise a cue by repeating a letter three times or more
      if (
        obfuscation & OBFUSCATION_DOUBLED &&
        type === OwnerType.Rule &&
        doubledShortWord(view, automaton.hitStart[k]!, automaton.hitEnd[k]!)
      )
        continue;
      let bits = obfuscation & ~OBFUSCATION_DOUBLED;
      if (bits & OBFUSCATION_FULLWIDTH) {
        bits &= ~OBFUSCATION_FULLWIDTH;
        // Chinese input methods in fullwidth mode type all Latin fullwidth: a disguise only where
        // the same text has letters typed halfwidth ("Ｄｅｗａｌｔ 起子机 DCF887")
        if (view.plainLatinUnits > 0) bits |= OBFUSCATION_HOMOGLYPH;
      }
      this.pushHit(owner, automaton.hitPattern[k]!, automaton.hitStart[k]!, automaton.hitEnd[k]!, bits, -1);
    }
    // misspelled brands and abbreviations are looked for in titles only: in a description every
    // word of the boilerplate would cost a look-up for what sellers write in the title
    if (field === FIELD_TITLE) {
      const titleOnly = this.compiled.titleAutomaton;
      const found = titleOnly.find(view);
      for (let k = 0; k < found; k++)
        this.pushHit(
          titleOnly.hitPayload[k]!,
          -1,
          titleOnly.hitStart[k]!,
          titleOnly.hitEnd[k]!,
          titleOnly.hitObfuscation[k]! & ~OBFUSCATION_DOUBLED,
          -1,
        );
      this.fuzzyWords(view, field, before);
      if (view.nonAsciiUnits > 0 && this.compiled.hanNames.brand.length > 0) this.hanVariants(view, before);
      this.shortNamesBeforeLines(view, before);
    }
  }

  /**
   * A short brand name (three or four letters, too short for the misspelling index) written with one
   * edit right before one of the brand's lines ("Aser Swift Go 14", "KEEF LS50 Wireless II"): the
   * line says which name the word stands for, as it confirms any misspelling. Reported as a
   * misspelling (edit distance 1).
   */
  private shortNamesBeforeLines(view: NormalizedView, firstHit: number): void {
    const hitEnd = this.hitCount;
    for (let h = firstHit; h < hitEnd; h++) {
      const line = this.hits[h]!;
      if (line.type !== OwnerType.ProductLine || line.distance >= 0 || line.dropped) continue;
      const start = line.startUnit;
      if (start === 0 || view.boundaryBefore[start]! === 0) continue;
      let from = start - 1;
      while (from > 0 && view.boundaryBefore[from]! === 0) from--;
      const length = start - from;
      if (length < 3 || length > 5) continue;
      const name = this.shortFoldedName(line.a);
      if (name === null || Math.abs(name.length - length) > 1) continue;
      let word = '';
      let plain = true;
      for (let u = from; u < start && plain; u++) {
        if (view.flags[u]! & (UNIT_HAS_DIGIT | UNIT_UNSPACED_SCRIPT)) plain = false;
        else word += String.fromCodePoint(view.codes[u]!);
      }
      // equal folded words differ in a doubled letter ("KEEF", "Sin" for Sinn): the exact name was
      // reported as a brand hit, the doubled one left to the misspelling check
      if (!plain || (word !== name && !withinOneEdit(word, name))) continue;
      if (this.brandHitOverlaps(firstHit, hitEnd, from, start)) continue;
      this.fuzzyBrand = line.a;
      this.pushHit(FUZZY_BRAND_OWNER, -1, from, start, 0, 1);
    }
  }

  /** A brand's name folded as titles are, when it is one word of three or four letters, else null. */
  private shortFoldedName(brand: number): string | null {
    let name = this.shortNames.get(brand);
    if (name === undefined) {
      const raw = this.compiled.pack.brandNames[brand]!;
      name = null;
      if (/^[A-Za-z]{3,4}$/.test(raw)) {
        const view = this.nameNormalizer.normalize(raw);
        let folded = '';
        for (let u = 0; u < view.length; u++) folded += String.fromCodePoint(view.codes[u]!);
        name = folded;
      }
      this.shortNames.set(brand, name);
    }
    return name;
  }

  /**
   * Chinese brand names written with one character swapped (日默娃 for 日默瓦, 姿生堂 for 资生堂; names of
   * three characters or more) or with characters that sound alike (精功 for 精工, 万待 for 万代; any
   * length, a two-character name only standing alone), in titles: reported as misspellings (edit
   * distance 1), which name the brand only in its categories or with one of its lines. Not where a
   * brand or line is named.
   */
  private hanVariants(view: NormalizedView, firstHit: number): void {
    const names = this.compiled.hanNames;
    const n = view.length;
    const codes = view.codes;
    const flags = view.flags;
    const unspaced = UNIT_UNSPACED_SCRIPT | 0;
    const hitEnd = this.hitCount;
    for (let i = 0; i + 1 < n; i++) {
      if ((flags[i]! & unspaced) === 0) continue;
      for (let pass = 0; pass < 2 && i + 2 < n; pass++) {
        const list = pass === 0 ? names.byFirst.get(codes[i]!) : names.bySecond.get(codes[i + 1]!);
        if (list === undefined) continue;
        for (const index of list) {
          const name = names.codes[index]!;
          const length = name.length;
          if (i + length > n) continue;
          let swapped = 0;
          for (let k = 0; k < length && swapped < 2; k++) {
            if ((flags[i + k]! & unspaced) === 0) swapped = 2;
            else if (codes[i + k] !== name[k]) swapped++;
          }
          if (swapped !== 1 || this.brandHitOverlaps(firstHit, hitEnd, i, i + length)) continue;
          this.fuzzyBrand = names.brand[index]!;
          this.pushHit(FUZZY_BRAND_OWNER, -1, i, i + length, 0, 1);
        }
      }
      const sounds = names.bySound.get(soundPairKey(codes[i]!, codes[i + 1]!));
      if (sounds !== undefined) this.soundAlikeNames(view, sounds, i, firstHit, hitEnd);
    }
  }

  /** Names of `list` written at unit `at` with sound-alike characters (see hanVariants). */
  private soundAlikeNames(
    view: NormalizedView,
    list: readonly number[],
    at: number,
    firstHit: number,
    hitEnd: number,
  ): void {
    const names = this.compiled.hanNames;
    const codes = view.codes;
    const flags = view.flags;
    const unspaced = UNIT_UNSPACED_SCRIPT | 0;
    for (const index of list) {
      const name = names.codes[index]!;
      const length = name.length;
      if (at + length > view.length) continue;
      let swapped = 0;
      for (let k = 0; k < length && swapped >= 0; k++) {
        const code = codes[at + k]!;
        if ((flags[at + k]! & unspaced) === 0 || (k > 0 && view.boundaryBefore[at + k]! !== 0)) swapped = -1;
        else if (code !== name[k]) swapped = soundKeyOf(code) === soundKeyOf(name[k]!) ? swapped + 1 : -1;
      }
      // one swap in a longer name is read by the swapped-character search already
      if (swapped <= 0 || (swapped === 1 && length >= 3)) continue;
      const end = at + length;
      // a two-character name stands alone, or is marked as a name by a suffix sellers put after
      // brands ("华伪同款", "戴深家": "the same style as", "house of")
      // ... or by a word for the brand's goods glued after it (哇呼骑行台, "<name> cycling trainer")
      const marked =
        length === 2 &&
        (nameSuffixAt(view, end) ||
          (end < view.length &&
            view.boundaryBefore[end]! === 0 &&
            this.categoryWordAt(names.brand[index]!, firstHit, hitEnd, end)));
      if (
        length === 2 &&
        ((at > 0 && flags[at - 1]! & unspaced && view.boundaryBefore[at]! === 0) ||
          (!marked && end < view.length && flags[end]! & unspaced && view.boundaryBefore[end]! === 0))
      )
        continue;
      if (this.brandHitOverlaps(firstHit, hitEnd, at, end)) continue;
      // a two-character name read by its sound names the brand only before one of its lines or
      // marked as a name: ordinary words and personal names sound like many (家明, 佳明)
      if (length === 2 && !marked && !this.lineHitOf(names.brand[index]!, firstHit, hitEnd)) continue;
      this.fuzzyBrand = names.brand[index]!;
      this.pushHit(FUZZY_BRAND_OWNER, -1, at, end, 0, 1);
    }
  }

  /** A category word of one of the brand's categories begins at unit `at` (a hit in hits[from, to)). */
  private categoryWordAt(brand: number, from: number, to: number, at: number): boolean {
    const tables = this.compiled.brands[brand]!;
    for (let h = from; h < to; h++) {
      const hit = this.hits[h]!;
      if (hit.type !== OwnerType.Category || hit.startUnit !== at) continue;
      const index = hit.a;
      if (index < 32 ? (tables.categoryLo >>> index) & 1 : (tables.categoryHi >>> (index - 32)) & 1)
        return true;
    }
    return false;
  }

  /** A hit in hits[from, to) names one of the brand's lines. */
  private lineHitOf(brand: number, from: number, to: number): boolean {
    for (let h = from; h < to; h++) {
      const hit = this.hits[h]!;
      if (hit.type === OwnerType.ProductLine && hit.a === brand) return true;
    }
    return false;
  }

  /** A brand or line hit in hits[from, to) overlaps units [start, end). */
  private brandHitOverlaps(from: number, to: number, start: number, end: number): boolean {
    for (let h = from; h < to; h++) {
      const hit = this.hits[h]!;
      if (hit.type !== OwnerType.BrandTerm && hit.type !== OwnerType.ProductLine) continue;
      if (hit.startUnit < end && hit.endUnit > start) return true;
    }
    return false;
  }

  private pushHit(
    owner: number,
    pattern: number,
    startUnit: number,
    endUnit: number,
    obfuscation: number,
    distance: number,
  ): void {
    let hit = this.hits[this.hitCount];
    if (!hit) {
      hit = {
        owner: 0,
        pattern: -1,
        type: 0,
        a: 0,
        b: 0,
        field: 0,
        startUnit: 0,
        endUnit: 0,
        obfuscation: 0,
        distance: -1,
        flags: 0,
        dropped: false,
      };
      this.hits.push(hit);
    }
    hit.owner = owner;
    hit.pattern = pattern;
    hit.dropped = false;
    if (owner >= 0) {
      const c = this.compiled;
      hit.type = c.ownerType[owner]!;
      hit.a = c.ownerA[owner]!;
      hit.b = c.ownerB[owner]!;
      hit.flags = c.ownerFlags[owner]!;
    } else if (owner === FUZZY_BRAND_OWNER) {
      hit.type = OwnerType.BrandTerm;
      hit.a = this.fuzzyBrand;
      hit.b = 1;
      hit.flags = 0;
    } else {
      hit.type = OwnerType.ProductLine;
      hit.a = this.fuzzyBrand;
      hit.b = this.fuzzyLine;
      hit.flags = LINE_DISTINCTIVE;
    }
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
    // units explained by hits (colours, cues and disc words do not explain a word), stamped per view
    if (this.covered.length < n + 1) this.covered = new Int32Array(Math.max(n + 1, this.covered.length * 2));
    if (this.coverStamp === 0x7fffffff) {
      this.covered.fill(0);
      this.coverStamp = 0;
    }
    const stamp = ++this.coverStamp;
    const covered = this.covered;
    for (let h = firstHit; h < this.hitCount; h++) {
      const hit = this.hits[h]!;
      const type = hit.type;
      if (type === OwnerType.Colour || type === OwnerType.Nominative || type === OwnerType.Disc) continue;
      for (let u = hit.startUnit; u < hit.endUnit; u++) covered[u] = stamp;
    }
    // constants and buffers into locals: imported and module constants are reloaded at every use
    const unspaced = UNIT_UNSPACED_SCRIPT | 0;
    const minUnits = MIN_FUZZY_UNITS | 0;
    const maxPair = fuzzy.maxLength + 1;
    const words = view.wordCount;
    const starts = view.wordStarts;
    const wordHash = view.wordHash;
    const wordCheck = view.wordCheck;
    let previousStart = -1;
    let previousH1 = 0;
    let previousH2 = 0;
    for (let w = 0; w < words; w++) {
      const start = starts[w]!;
      let end = w + 1 < words ? starts[w + 1]! : n;
      let h1 = wordHash[w]!;
      let h2 = wordCheck[w]!;
      // spaced-out letters ("g u c i") form one word
      if (end === start + 1) {
        let last = w;
        while (last + 1 < words && (last + 2 < words ? starts[last + 2]! : n) === starts[last + 1]! + 1)
          last++;
        if (last - w >= 2) {
          for (let k = w + 1; k <= last; k++) {
            h1 = FuzzyIndex.combine(h1, wordHash[k]!, 1, false);
            h2 = FuzzyIndex.combine(h2, wordCheck[k]!, 1, true);
          }
          end = starts[last]! + 1;
          w = last;
        }
      }
      if ((view.flags[start]! & unspaced) !== 0) {
        previousStart = -1;
        continue;
      }
      const free = this.isUncovered(start, end);
      const length = end - start;
      // a pair outside the indexed lengths cannot match: skip combining its hashes
      if (
        previousStart >= 0 &&
        free &&
        end - previousStart <= maxPair &&
        this.isUncovered(previousStart, start)
      ) {
        // the word and the pair it ends in one look-up (word first, as hits are reported)
        const found = fuzzy.queryWithPair(
          view.codes,
          previousStart,
          start,
          end,
          previousH1,
          previousH2,
          h1,
          h2,
        );
        if (length >= minUnits) this.reportFuzzy(found, start, end, field);
        this.reportFuzzy(fuzzy.pairFound, previousStart, end, field);
      } else if (free && length >= minUnits) {
        this.queryFuzzy(view, start, end, field, h1, h2);
      }
      previousStart = start;
      previousH1 = h1;
      previousH2 = h2;
    }
  }

  private isUncovered(from: number, to: number): boolean {
    const covered = this.covered;
    const stamp = this.coverStamp;
    for (let u = from; u < to; u++) if (covered[u] === stamp) return false;
    return true;
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
    this.reportFuzzy(fuzzy.queryHashed(view.codes, from, to, h1, h2), from, to, field);
  }

  /** Records a misspelling hit for a FuzzyIndex result (term * 4 + distance, or -1 for none). */
  private reportFuzzy(found: number, from: number, to: number, field: number): void {
    const view = this.views[field]!;
    if (found < 0) return;
    const best = this.compiled.fuzzy.terms[found >> 2]!;
    // equal skeletons that failed exact verification differ in doubled letters: one edit
    const distance = Math.max(found & 3, 1);
    if (distance > (best.limit ?? allowedEditDistance(best.expandedLength))) return;
    this.currentField = field;
    // a short name's misspelling is letters only: "双十一Sony" is not "1Sony"
    if (best.limit !== undefined && hasDigit(view, from, to)) return;
    const word = this.titleText.slice(view.starts[from]!, view.ends[to - 1]!);
    if (writtenAsOrdinaryWord(this.titleText, word, view.starts[from]!)) return;
    if (best.payload >= 0) {
      const tables = this.compiled.brands[best.payload]!;
      if (gluedName(word, tables.spellings)) return;
      this.fuzzyBrand = best.payload;
      // the name's singular or plural that the brand builds its own names from ("Tonie" of
      // "tonies", whose box is the "Toniebox") is the name written plainly, not a misspelling of it
      const plain = inflectedName(word, tables.spellings) && ownStem(word, tables.registeredWords);
      this.pushHit(FUZZY_BRAND_OWNER, -1, from, to, 0, plain ? -1 : distance);
    } else {
      const line = this.compiled.fuzzyLines[-2 - best.payload]!;
      this.fuzzyBrand = line.brand;
      this.fuzzyLine = line.line;
      this.pushHit(FUZZY_LINE_OWNER, -1, from, to, 0, distance);
    }
  }
}

function hasDigit(view: NormalizedView, from: number, to: number): boolean {
  for (let u = from; u < to; u++) if (view.flags[u]! & UNIT_HAS_DIGIT) return true;
  return false;
}

/** Skeleton codes of 家, 同 and 款 (as folded, like every unit of a view). */
const [HOUSE, SAME, STYLE] = Array.from(new TextNormalizer().normalize('家同款').codes.subarray(0, 3));

/** 家 or 同款 at unit `at`, ending a name: "戴深家", "华伪同款" (not 家族, 家庭: see mentions.ts). */
function nameSuffixAt(view: NormalizedView, at: number): boolean {
  if (at >= view.length || view.boundaryBefore[at]! !== 0) return false;
  const code = view.codes[at]!;
  if (code === SAME) return at + 1 < view.length && view.codes[at + 1] === STYLE;
  if (code !== HOUSE) return false;
  return (
    at + 1 >= view.length ||
    view.boundaryBefore[at + 1]! !== 0 ||
    (view.flags[at + 1]! & UNIT_UNSPACED_SCRIPT) === 0
  );
}

/** Whether two words differ by exactly one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) {
        if (first < 0) first = i;
        diffs++;
      }
    if (diffs === 1) return true;
    return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first] && first + 1 < a.length;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const LATIN_WORDS = /\p{Script=Latin}[\p{L}\p{N}'’-]*/gu;

/**
 * A misspelling read in a word written in lower case, not the title's first word, in a title that
 * capitalizes another word ("L1 lunch box, 3 tier", "fits many VW", "DENSO iridium plugs"): whoever
 * writes capitals writes a name with one, so the word is an ordinary one that happens to be an edit
 * away from a name ("tier" of Tiger, "many" of Mann). A title all in lower case says nothing
 * ("sealed swaroski crystal watch"), nor does a first word after a banner in capitals ("HOT swaroski").
 */
function writtenAsOrdinaryWord(title: string, word: string, at: number): boolean {
  if (!LOWER_INITIAL.test(word)) return false;
  let first = true;
  let capitalized = false;
  for (const match of title.matchAll(LATIN_WORDS)) {
    if (match.index === at) {
      if (first) return false;
    } else if (UPPER_INITIAL.test(match[0])) capitalized = true;
    // a banner in capitals before it ("HOT", "NEW") leaves the word first
    if (match[0] !== match[0].toUpperCase()) first = false;
  }
  return capitalized;
}

/** Endings of an English plural (or, taken off a registered plural, its singular). */
const PLURAL_ENDINGS = ['s', 'es'];
/** Names shorter than this are not inflected: one letter more makes another word of a short name. */
const MIN_INFLECTED_STEM = 4;

/** Whether `word` is a registered spelling with a plural ending added or taken off ("Tonie", "tonies"). */
function inflectedName(word: string, spellings: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  for (const ending of PLURAL_ENDINGS) {
    const stem = lower.slice(0, -ending.length);
    if (lower.endsWith(ending) && stem.length >= MIN_INFLECTED_STEM && spellings.has(stem)) return true;
    if (lower.length >= MIN_INFLECTED_STEM && spellings.has(lower + ending)) return true;
  }
  return false;
}

/**
 * Whether a name the brand registered begins with `word` and goes on past a plural ending
 * ("Toniebox" for "Tonie"): the brand writes the form itself. Sellers' inflections the brand never
 * writes ("Skecher" of "Skechers", "Vanss") stay misspellings.
 */
function ownStem(word: string, registeredWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  for (const registered of registeredWords)
    if (
      registered.length > lower.length &&
      registered.startsWith(lower) &&
      !PLURAL_ENDINGS.includes(registered.slice(lower.length))
    )
      return true;
  return false;
}

/**
 * The name itself glued to another word by a change of case ("BromptonC线", "metaBOX"): the word
 * is the name and a model letter or product word, not a misspelling of the name.
 */
function gluedName(word: string, spellings: ReadonlySet<string>): boolean {
  for (let i = 1; i < word.length; i++) {
    const before = word[i - 1]!;
    const here = word[i]!;
    if (before === before.toUpperCase() || here !== here.toUpperCase() || here === here.toLowerCase())
      continue;
    if (spellings.has(word.slice(0, i).toLowerCase()) || spellings.has(word.slice(i).toLowerCase()))
      return true;
  }
  return false;
}
