/**
 * Which brands a listing names, and how: resolved from the brand, nickname, misspelling and
 * product-line hits of both fields together with the listing's categories.
 *
 * - A brand word in a listing whose category is known and is none of the brand's categories is an
 *   ordinary word ("coach bus", "apple slicer", "Michelin-star guide"), decided from the brand's
 *   categories for every brand.
 * - Ordinary-word spellings (legacy commonWordTerms), short aliases, misspellings and nicknames
 *   count only with a product line of the brand or in one of its categories.
 * - A short alias must be written as registered: a fold that turns a model code into it ("5D IV"
 *   to "LV") is not a mention.
 * - A distinctive product-line term ("126610LN", "Air Jordan 1") names its brand by itself.
 * - Nominative cues before or after a mention, and third-party disclosures, make it nominative.
 *
 * Per-brand state of the current listing lives in one Int32Array row per brand, stamped per
 * listing, so a listing touches one cache line per brand it names.
 */
import {
  alnumOf,
  LINE_DISTINCTIVE,
  LINE_MODEL,
  literalForm,
  TERM_COMMON,
  TERM_DERIVED,
  TERM_PROTECTED,
  TERM_SHORT,
  TERM_WORD,
} from './brand-terms.ts';
import { type CompiledKnowledge, OwnerType } from './compile.ts';
import { isNominative } from './contexts.ts';
import { CATEGORY_WORDS } from './data/categories.ts';
import { FUNCTION_WORDS } from './data/vocabulary.ts';
import type { Hit } from './evidence.ts';
import { DEPARTMENT_MASKS, type ListingContext } from './listing-context.ts';
import {
  OBFUSCATION_DOUBLED,
  OBFUSCATION_HOMOGLYPH,
  OBFUSCATION_LEET,
  OBFUSCATION_SEPARATORS,
} from './matcher.ts';
import { type NormalizedView, UNIT_UNSPACED_SCRIPT } from './normalize.ts';
import type { ListingInput, Verdict } from './types.ts';

export const NO_BRAND = -1;
/**
 * Symbols that end some registered names and make them names ("ONE+", "Galaxy S24+"): see
 * missingSymbol. Not "!", which sellers drop from a name ("Yu-Gi-Oh" for "Yu-Gi-Oh!").
 */
const TERM_END_SYMBOLS = ['+'];
const FIELD_TITLE = 0;
/** A short model code: up to three letters and up to three digits, four characters at most ("L20", "FR-80"). */
const SHORT_CODE = /^(?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){2,4}[^A-Za-z0-9]*$)[A-Za-z]{1,3}[\s-]?\d{1,3}[A-Za-z]?$/;

/** Fields of a brand's state row (members of a file-local enum compile to literals). */
enum State {
  Stamp = 0,
  Exact = 1,
  Weak = 2,
  Common = 3,
  Short = 4,
  Derived = 5,
  Line = 6,
  LineFlags = 7,
  Nominative = 8,
  Mentioned = 9,
  CatState = 10,
  HasSellers = 11,
  Row = 12,
  /** Hits of the brand's name or aliases (not only protected terms or lines). */
  Named = 13,
  LineLength = 14,
  /** Hits of a short alias or abbreviation of the brand's name (not a short protected term: "XT-6"). */
  ShortName = 15,
  /** Hits of the brand's name where the words are also a colour ("Off-White"): need a line. */
  ColourWord = 16,
  /** Hits of the brand's name in any form (not a protected term) in the title. */
  TitleWritten = 17,
  /** Hits of the brand's name where it is a function word ("On", "Nothing"): need a line. */
  Word = 18,
  /**
   * Length of the longest line hit dropped because the line's category is not the listing's ("Tabi"
   * socks: the line is boots).
   */
  LineDenied = 19,
  /** Line hits written with words, not only a short model code ("L20", "FR-80"). */
  LineWords = 20,
  /** Length of the longest hit of a protected term of the brand (not its name). */
  ProtectedLength = 21,
  /** Hits counted as Exact that were disguised (look-alikes, accents, separators). */
  Disguised = 22,
  Stride = 23,
}

/** How a brand relates to the listing's categories. */
export enum CatState {
  /** The listing's category is known and is none of the brand's. */
  Mismatch = 0,
  /** The listing's category is unknown. */
  Unknown = 1,
  Match = 2,
  /** The brand names no categories (knowledge of schema version 1). */
  Unspecified = 3,
  /** Another category of a department of the brand's (an outdoor brand's backpack filed under bags). */
  Near = 4,
}

/** How strongly a brand is named (State.Mentioned). */
export enum Mention {
  None = 0,
  /** A distinctive product-line term without the brand's name. */
  Implied = 1,
  /** An ordinary word, short alias or misspelling confirmed by a line or the category. */
  Confirmed = 2,
  /** The brand's name, an alias or protected term (possibly disguised), or a nickname. */
  Named = 3,
}

export class MentionResolver {
  private readonly state: Int32Array;
  private stamp = 0;
  readonly touched: number[] = [];
  /** Results of the last `resolve`. */
  primary = NO_BRAND;
  /**
   * Some brand (any, not nominative, not one the seller is authorized for) or protected work is
   * named: generic markers count.
   */
  brandContext = false;
  /**
   * A brand is named as itself (no nominative cue at the mention) in a listing that disclaims any
   * affiliation: a disclaimer does not make an explicit copy claim innocent ("Disclaimer: 1:1
   * product. Not affiliated with the brand.").
   */
  disclaimedContext = false;
  brandsOut: Verdict['brands'] = [];
  private ctx: ListingContext | null = null;
  private listing: ListingInput | null = null;
  private views: readonly NormalizedView[] = [];
  private hits: readonly Hit[] = [];
  private hitCount = 0;

  constructor(private readonly compiled: CompiledKnowledge) {
    this.state = new Int32Array(compiled.brands.length * State.Stride);
    for (let b = 0; b < compiled.brands.length; b++) {
      this.state[b * State.Stride + State.HasSellers] = compiled.pack.hasSellers[b]!;
      this.state[b * State.Stride + State.Row] = compiled.pack.rowAt[b]!;
    }
  }

  /** Whether the listing writes the brand's name or an alias as registered. */
  named(brand: number): boolean {
    return this.state[brand * State.Stride + State.Named]! > 0;
  }
  line(brand: number): number {
    return this.state[brand * State.Stride + State.Line]!;
  }
  /**
   * Whether the brand's line is named by a term specific enough to name the brand by itself
   * (LINE_DISTINCTIVE), written with words and not only as a short model code ("L20", "GS-3").
   */
  lineDistinctive(brand: number): boolean {
    const at = brand * State.Stride;
    return (
      this.state[at + State.Line]! >= 0 &&
      (this.state[at + State.LineFlags]! & LINE_DISTINCTIVE) !== 0 &&
      this.state[at + State.LineWords]! > 0
    );
  }
  mentioned(brand: number): Mention {
    return this.state[brand * State.Stride + State.Mentioned]! as Mention;
  }
  catState(brand: number): CatState {
    return this.state[brand * State.Stride + State.CatState]! as CatState;
  }
  /** Whether brand indicators (price, colour, origin, quantity) may apply to the brand. */
  indicatorsApply(brand: number): boolean {
    const at = brand * State.Stride;
    const cat = this.state[at + State.CatState]!;
    if (cat === CatState.Match || cat === CatState.Unspecified) return true;
    // a line without the listing's category: only with the brand's own name ("Nautilus fossil" is not
    // one), also a name that is an ordinary word ("Tudor Black Bay GMT", "Canon EOS R5 Mark II")
    return (
      this.state[at + State.Line]! >= 0 &&
      this.state[at + State.Named]! +
        this.state[at + State.Common]! +
        this.state[at + State.ColourWord]! +
        this.state[at + State.Word]! >
        0
    );
  }

  /**
   * Why the brand's indicators (price, origin, quantity, colour) do not apply although the brand is
   * read, or null. Two readings are too unsure for them, because the brand's name is not written and
   * what names it is also what other goods are called:
   * - the brand's protected term is the name of one of its lines, and that line is not of the
   *   listing's category ("Tabi" socks, the line being boots; a "Flamenco" shoe, the line being a bag);
   * - the line is read only through a short model code ("L20", "FR-80", "GS-3") in a title whose own
   *   words name goods of other departments than the line's ("FR-80 welding gloves", the line a ratchet).
   */
  indicatorsDenied(brand: number): string | null {
    const at = brand * State.Stride;
    const state = this.state;
    if (this.onlyOtherGoods(brand)) {
      const name = this.compiled.pack.brandNames[brand];
      return `"${name}": a title naming only goods the brand does not make (no line of it, no goods of its departments) is no sign of the brand's goods`;
    }
    if (this.written(brand)) return null;
    const name = this.compiled.pack.brandNames[brand];
    // ... only the term itself: more of the line's name ("Saint Louis PM", "MaxiCOM MK808") is the line
    if (
      state[at + State.Line]! < 0 &&
      state[at + State.LineDenied]! > 0 &&
      state[at + State.LineDenied]! <= state[at + State.ProtectedLength]!
    )
      return `"${name}": its line's name, outside the line's category and without the brand's name, is no sign of the brand's goods`;
    const ctx = this.ctx;
    const line = state[at + State.Line]!;
    if (
      ctx !== null &&
      line >= 0 &&
      state[at + State.Mentioned] === Mention.Implied &&
      state[at + State.LineWords] === 0 &&
      (ctx.titleLo !== 0 || ctx.titleHi !== 0)
    ) {
      const lineCategory = this.compiled.brands[brand]!.lineCategory[line]!;
      if (lineCategory < 0) return null;
      let lo = lineCategory < 32 ? 1 << lineCategory : 0;
      let hi = lineCategory < 32 ? 0 : 1 << (lineCategory - 32);
      for (const [deptLo, deptHi] of DEPARTMENT_MASKS)
        if ((lineCategory < 32 ? deptLo & lo : deptHi & hi) !== 0) {
          lo |= deptLo;
          hi |= deptHi;
        }
      if ((ctx.titleLo & lo) === 0 && (ctx.titleHi & hi) === 0)
        return `"${name}": a short model code of its line in a title naming other goods is no sign of the brand's goods`;
    }
    if (
      ctx !== null &&
      line >= 0 &&
      state[at + State.Mentioned] === Mention.Implied &&
      this.otherGoodsThanLine(brand, line)
    )
      return `"${name}": a model code of its line in a title naming goods of another kind than the line is no sign of the brand's goods`;
    return null;
  }

  /**
   * Whether the title names goods the taxonomy has no category for (PART_WORDS: a trolling lure, a
   * hygrometer, a relay) and none of the goods of the brand's departments, no line of the brand is
   * read, and none of the brand's lines is itself such goods: the brand's name there is the ordinary
   * word ("Wahoo trolling lure", the brand a maker of bike trainers), whatever the category field
   * says. The brand's own goods, or one of its lines, named in the title keep it the brand.
   */
  private onlyOtherGoods(brand: number): boolean {
    const ctx = this.ctx;
    if (ctx === null || !ctx.titleParts) return false;
    const at = brand * State.Stride;
    if (this.state[at + State.Line]! >= 0) return false;
    const tables = this.compiled.brands[brand]!;
    if (tables.departmentLo === 0 && tables.departmentHi === 0) return false;
    if ((ctx.titleLo & tables.departmentLo) !== 0 || (ctx.titleHi & tables.departmentHi) !== 0) return false;
    for (const part of tables.linePart) if (part) return false;
    return true;
  }

  /**
   * Whether the listing's category field names goods of departments none of the brand's categories is
   * in, and the brand's categories come only from title words of goods none of its lines is named by.
   */
  private filedAsOtherGoods(
    listing: ListingInput,
    views: readonly NormalizedView[],
    hits: readonly Hit[],
    hitCount: number,
    brand: number,
  ): boolean {
    const ctx = this.ctx!;
    const tables = this.compiled.brands[brand]!;
    const lo = tables.categoryLo;
    const hi = tables.categoryHi;
    if ((ctx.fieldLo & lo) !== 0 || (ctx.fieldHi & hi) !== 0) return false;
    for (const [deptLo, deptHi] of DEPARTMENT_MASKS)
      if (
        ((deptLo & ctx.fieldLo) !== 0 || (deptHi & ctx.fieldHi) !== 0) &&
        ((deptLo & lo) !== 0 || (deptHi & hi) !== 0)
      )
        return false;
    const lineText = (tables.brand.productLines ?? [])
      .map((line) => [line.name, ...(line.shortNames ?? [])].join(' '))
      .join(' ')
      .toLowerCase();
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.Category || hit.field !== FIELD_TITLE) continue;
      const index = hit.a;
      if (index < 32 ? ((lo >>> index) & 1) === 0 : ((hi >>> (index - 32)) & 1) === 0) continue;
      if (lineText.length === 0 || lineText.includes(spanText(listing, views, hit).toLowerCase()))
        return false;
    }
    return true;
  }

  /**
   * Whether the line is read only through its model codes ("JJ15", "WH36DC", "TE 30") and the title
   * names goods (the taxonomy's words, or parts the taxonomy has no category for: a relay, a fuse, a
   * pipe fitting) none of which is the line's kind ("JJ15 relay module", the line a gel pen; "TE6
   * 保险丝", the line a rotary hammer). Goods are the line's kind when they are of a department of the
   * line's category (a kettle filed as an appliance or as kitchenware), when the title shares a word
   * with the line's names ("wind deflectors"), or when the line is itself a part (a hose connector
   * named in English, "水管接头" in the title).
   */
  private otherGoodsThanLine(brand: number, line: number): boolean {
    const listing = this.listing;
    if (listing === null) return false;
    const hits = this.hits;
    const hitCount = this.hitCount;
    const views = this.views;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.ProductLine || hit.a !== brand || hit.dropped || hit.distance >= 0) continue;
      if (!modelCode(spanText(listing, views, hit))) return false;
    }
    const tables = this.compiled.brands[brand]!;
    const productLine = tables.brand.productLines![line]!;
    if (tables.linePart[line]) return false;
    const lineText = [productLine.name, ...(productLine.shortNames ?? [])].join(' ').toLowerCase();
    const title = listing.title.toLowerCase();
    for (const word of lineText.split(NOT_LETTERS))
      if (word.length >= 4 && (wordIn(title, word) || wordIn(title, `${word}s`))) return false;
    const lineCategory = tables.lineCategory[line]!;
    let lo = 0;
    let hi = 0;
    if (lineCategory >= 0) {
      if (lineCategory < 32) lo = 1 << lineCategory;
      else hi = 1 << (lineCategory - 32);
      for (const [deptLo, deptHi] of DEPARTMENT_MASKS)
        if ((deptLo & lo) !== 0 || (deptHi & hi) !== 0) {
          lo |= deptLo;
          hi |= deptHi;
        }
    }
    let goods = false;
    const view = views[FIELD_TITLE]!;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.Category || hit.field !== FIELD_TITLE) continue;
      // a Chinese goods word with more characters after it qualifies the word it begins (电脑椅, a
      // computer chair): the goods are the longer word's
      const after = listing.title.charCodeAt(view.ends[hit.endUnit - 1]!);
      if (view.flags[hit.startUnit]! & UNIT_UNSPACED_SCRIPT && after >= 0x4e00 && after <= 0x9fff) continue;
      // a container before "of" and a count is how many come in it ("bag of 200", "case of 12"),
      // not the goods
      if (packagingUnit(listing.title, view.ends[hit.endUnit - 1]!)) continue;
      const index = hit.a;
      if (index < 32 ? ((lo >>> index) & 1) === 1 : ((hi >>> (index - 32)) & 1) === 1) return false;
      goods = true;
    }
    return goods || this.ctx!.titleParts;
  }

  resolve(
    listing: ListingInput,
    ctx: ListingContext,
    views: readonly NormalizedView[],
    hits: readonly Hit[],
    hitCount: number,
    suppressed: string[],
  ): void {
    const c = this.compiled;
    const stamp = ++this.stamp;
    const state = this.state;
    const touched = this.touched;
    touched.length = 0;
    this.brandContext = false;
    this.disclaimedContext = false;
    this.primary = NO_BRAND;
    this.ctx = ctx;
    this.listing = listing;
    this.views = views;
    this.hits = hits;
    this.hitCount = hitCount;
    const brandsOut: Verdict['brands'] = [];
    this.brandsOut = brandsOut;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      const type = hit.type;
      if (type === OwnerType.Work) this.brandContext = true;
      if (type !== OwnerType.BrandTerm && type !== OwnerType.ProductLine) continue;
      const at = hit.a * State.Stride;
      if (state[at + State.Stamp] !== stamp) {
        state.fill(0, at, at + State.HasSellers);
        state[at + State.Named] = 0;
        state[at + State.LineLength] = 0;
        state[at + State.ShortName] = 0;
        state[at + State.ColourWord] = 0;
        state[at + State.TitleWritten] = 0;
        state[at + State.Word] = 0;
        state[at + State.LineDenied] = 0;
        state[at + State.LineWords] = 0;
        state[at + State.ProtectedLength] = 0;
        state[at + State.Disguised] = 0;
        state[at + State.Stamp] = stamp;
        state[at + State.Line] = -1;
        touched.push(hit.a);
      }
      const flags = hit.flags;
      // a code of capital letters continued by a hyphen and digits is another code ("TTX-2",
      // "HC-05", "AES-256" are not a line's or protected term's "TTX", "HC", "AES"); a longer
      // registered code that begins with it ("DW-5600") is its own hit. Brand names and aliases
      // keep their models after a hyphen ("LG-55UK6300").
      if (
        (type === OwnerType.ProductLine || hit.flags & TERM_PROTECTED) &&
        continuedCode(listing, views, hit)
      ) {
        hit.dropped = true;
        continue;
      }
      // a term whose symbol is part of its name ("ONE+") is not its bare word ("about one metre")
      if (
        type === OwnerType.BrandTerm &&
        hit.flags & TERM_PROTECTED &&
        this.missingSymbol(listing, views, hit)
      ) {
        hit.dropped = true;
        continue;
      }
      if (type === OwnerType.ProductLine) {
        // a line of another category than the listing's is not what is sold ("Switch" in a listing
        // of a controller); the first line named wins, unless a later one is more specific
        const lineCategory = c.brands[hit.a]!.lineCategory[hit.b]!;
        if (
          lineCategory >= 0 &&
          (ctx.catLo !== 0 || ctx.catHi !== 0) &&
          !ctx.fromDescription &&
          !inMask(ctx, lineCategory)
        ) {
          state[at + State.LineDenied] = Math.max(state[at + State.LineDenied]!, hit.endUnit - hit.startUnit);
          hit.dropped = true;
          continue;
        }
        // 仿 ("imitation") before a line named by its goods words (仿珍珠耳钉, "imitation-pearl
        // studs") says what the goods look like, not which maker's line they are; before a
        // distinctive name it is a copy claim, read as written
        if (imitationOf(listing, views, hit)) {
          hit.dropped = true;
          continue;
        }
        // a line's model code written in its parts ("AD200 Pro", "CRP 129X", "X-431", "GO WALK"):
        // sellers disguise a brand's name, not its model numbers
        if (hit.obfuscation === OBFUSCATION_SEPARATORS && splitLineCode(listing, views, hit))
          hit.obfuscation = 0;
        const length = hit.endUnit - hit.startUnit;
        if (hit.distance < 0 && !SHORT_CODE.test(spanText(listing, views, hit)))
          state[at + State.LineWords]!++;
        if (hit.distance >= 0) state[at + State.Weak]!++;
        else if (
          state[at + State.Line]! < 0 ||
          (flags & LINE_DISTINCTIVE && !(state[at + State.LineFlags]! & LINE_DISTINCTIVE)) ||
          length > state[at + State.LineLength]!
        ) {
          // the longest name wins: "Black Bay Fifty-Eight" over "Black Bay"
          state[at + State.Line] = hit.b;
          state[at + State.LineFlags] = flags;
          state[at + State.LineLength] = length;
        }
      } else if (flags & TERM_WORD && hit.obfuscation === 0) {
        // a name that is a function word ("On", "Nothing") is that word in running text ("try items
        // on indoors"): the brand only with one of its lines, like a name that is a colour
        state[at + State.Word]!++;
      } else if (flags & TERM_SHORT && !this.writtenAsRegistered(listing, views, hit)) {
        hit.dropped = true;
        continue;
      } else if (flags & TERM_SHORT && flags & TERM_DERIVED) {
        // an abbreviation the brand did not register: only in capitals ("PP", not "pp" or "mW")
        if (!upperCaseLetters(spanText(listing, views, hit))) {
          hit.dropped = true;
          continue;
        }
        state[at + State.Short]!++;
        state[at + State.ShortName]!++;
      } else if (flags & TERM_DERIVED) {
        // a nickname is written as derived: "双11" is not "双L" (initials may be dotted: "P.P.")
        if (
          (hit.obfuscation & ~(OBFUSCATION_SEPARATORS | OBFUSCATION_HOMOGLYPH)) !== 0 ||
          beginsWord(listing, views, hit)
        ) {
          hit.dropped = true;
          continue;
        }
        state[at + State.Derived]!++;
      } else if (hit.distance >= 0) {
        // the name cut short is often a word of its own ("Garden" of Gardena): one the listing also
        // writes in lower case as a running word ("tested in the garden") is that word, the brand
        // only with one of its lines, like a name that is a function word
        if (this.cutShortWord(listing, views, hit)) state[at + State.Word]!++;
        else state[at + State.Weak]!++;
      } else if (flags & TERM_COMMON) {
        state[at + State.Common]!++;
      } else if (flags & TERM_SHORT) {
        // a short spelling the brand registered, written as registered ("PS5", whose digit also
        // reads as a letter), is no disguise; nor is one inside a longer registered spelling ("Ox5" of
        // "Ox 5 Labs")
        if (
          hit.obfuscation !== 0 &&
          (this.isRegisteredSpelling(listing, views, hit) ||
            (hit.obfuscation === OBFUSCATION_SEPARATORS && insideRegistered(hits, hitCount, hit)))
        )
          hit.obfuscation = 0;
        state[at + State.Short]!++;
        if ((flags & TERM_PROTECTED) === 0) state[at + State.ShortName]!++;
      } else {
        if (hit.obfuscation !== 0 && this.isRegisteredSpelling(listing, views, hit)) hit.obfuscation = 0;
        // a registered spelling with spaces in it ("飞亚达 航天") has no look-alike in it: what is
        // left to judge is the spaces
        else if (
          hit.obfuscation & OBFUSCATION_HOMOGLYPH &&
          this.isRegisteredSpelling(listing, views, hit, true)
        )
          hit.obfuscation &= ~OBFUSCATION_HOMOGLYPH;
        else if (hit.obfuscation === 0 && this.addedLookAlike(listing, views, hit))
          hit.obfuscation = OBFUSCATION_HOMOGLYPH;
        // a Chinese name matched through the sound-alike groups with the group's own first character
        // (博肯 for 勃肯, 喜力得 for 喜利得) folds without a mark: it is not a registered spelling
        else if (
          hit.obfuscation === 0 &&
          type === OwnerType.BrandTerm &&
          this.soundAlikeSpelling(listing, views, hit)
        )
          hit.obfuscation = OBFUSCATION_HOMOGLYPH;
        // spaces between the characters of a Chinese name are how titles stack words, not a disguise
        if (hit.obfuscation === OBFUSCATION_SEPARATORS && spacedChinese(listing, views, hit))
          hit.obfuscation = 0;
        // function words of running text that spell a name between them ("… and is ready" for Andis)
        if (hit.obfuscation === OBFUSCATION_SEPARATORS && runningWords(listing, views, hit)) {
          hit.dropped = true;
          continue;
        }
        // a name split once into parts of three letters or more is a spelling ("Mont Blanc"), not "G.u.c.c.i";
        // so is a number set apart from a word ("11 bit", "7 Eleven")
        if (hit.obfuscation === OBFUSCATION_SEPARATORS && splitSpelling(listing, views, hit))
          hit.obfuscation = 0;
        // a spelling inside another the brand registered, written as registered, is that spelling: the
        // alias "Acme5" in the name "Acme 5 Labs" is no disguise of the alias
        if (hit.obfuscation === OBFUSCATION_SEPARATORS && insideRegistered(hits, hitCount, hit))
          hit.obfuscation = 0;
        // a protected term is often a line's model code ("AD200Pro", "CRP129X"): written in its parts
        if (
          hit.obfuscation === OBFUSCATION_SEPARATORS &&
          flags & TERM_PROTECTED &&
          splitLineCode(listing, views, hit)
        )
          hit.obfuscation = 0;
        // a two-character Chinese name through a sound-alike (案踏, 框威) is read like a misspelling:
        // a mention only in the brand's category or with one of its lines; too many ordinary words
        // sound like one. Any other disguise of two characters is not one.
        if (
          hit.obfuscation !== 0 &&
          hit.endUnit - hit.startUnit <= 2 &&
          views[hit.field]!.flags[hit.startUnit]! & UNIT_UNSPACED_SCRIPT
        ) {
          // ... and only standing alone, not inside a longer Chinese word (范思哲 is not 范斯)
          if (
            hit.obfuscation === OBFUSCATION_HOMOGLYPH &&
            c.brands[hit.a]!.categoryLo + c.brands[hit.a]!.categoryHi !== 0 &&
            standsAlone(listing, views, hit)
          ) {
            hit.distance = 1;
            state[at + State.Weak]!++;
          } else hit.dropped = true;
          continue;
        }
        // digits for letters alone ("D10R", "B0SE-2") is often a model code: a mention only when
        // confirmed like a misspelling (by a line of the brand or its category)
        const tables = c.brands[hit.a]!;
        if (
          hit.obfuscation !== 0 &&
          (hit.obfuscation & ~(OBFUSCATION_LEET | OBFUSCATION_DOUBLED)) === 0 &&
          (tables.categoryLo !== 0 || tables.categoryHi !== 0)
        ) {
          state[at + State.Weak]!++;
          continue;
        }
        // a name that is also a colour ("Off-White linen shirt") is the brand only with one of its lines
        if (type === OwnerType.BrandTerm && spansColour(hits, hitCount, hit)) state[at + State.ColourWord]!++;
        else {
          state[at + State.Exact]!++;
          if (hit.obfuscation !== 0) state[at + State.Disguised]!++;
        }
        if ((flags & TERM_PROTECTED) === 0) state[at + State.Named]!++;
        else
          state[at + State.ProtectedLength] = Math.max(
            state[at + State.ProtectedLength]!,
            hit.endUnit - hit.startUnit,
          );
      }
      if (
        type === OwnerType.BrandTerm &&
        (flags & (TERM_PROTECTED | TERM_WORD)) === 0 &&
        hit.field === FIELD_TITLE
      )
        state[at + State.TitleWritten]!++;
      const ownCategory = type === OwnerType.ProductLine ? c.brands[hit.a]!.lineCategory[hit.b]! : -1;
      const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
      if (isNominative(views, hits, hitCount, hit, ownCategory, text)) state[at + State.Nominative] = 1;
      else if (ctx.thirdParty && state[at + State.Nominative] === 0) state[at + State.Nominative] = 2;
    }
    let best = 0;
    for (const brandIndex of touched) {
      const at = brandIndex * State.Stride;
      const tables = c.brands[brandIndex]!;
      const line = state[at + State.Line]!;
      let cat = categoryState(
        ctx,
        tables.categoryLo,
        tables.categoryHi,
        line >= 0 ? tables.lineCategory[line]! : -1,
      );
      // the brand's category read only from a title word of goods it does not sell, in a listing filed
      // under goods of another department ("AGV robot chassis kit, mecanum wheels" filed under toys,
      // the brand a helmet maker; "The Eiger Nordwand: climbing history" filed under books): the
      // brand's name is the ordinary word
      if (cat === CatState.Match && line < 0 && (ctx.fieldLo !== 0 || ctx.fieldHi !== 0))
        if (this.filedAsOtherGoods(listing, views, hits, hitCount, brandIndex)) cat = CatState.Mismatch;
      state[at + State.CatState] = cat;
      const mention = mentionOf(state, at, cat);
      state[at + State.Mentioned] = mention;
      if (mention === Mention.None) {
        // not a mention for indicators, but enough for a generic marker: "Speedy bag 1:1", "apple 1:1"
        const named =
          state[at + State.Exact]! +
            state[at + State.Common]! +
            state[at + State.Short]! +
            state[at + State.Weak]! +
            state[at + State.ColourWord]! >
            0 || state[at + State.Line]! >= 0;
        if (
          named &&
          cat !== CatState.Mismatch &&
          state[at + State.Nominative] === 0 &&
          !this.sellerAuthorized(listing, brandIndex)
        )
          this.brandContext = true;
        if (named && cat !== CatState.Mismatch && state[at + State.Nominative] === 2)
          this.disclaimedContext = true;
        if (cat === CatState.Mismatch && state[at + State.Exact]! + state[at + State.Common]! > 0)
          suppressed.push(
            `"${c.pack.brandNames[brandIndex]}" read as an ordinary word: not a category of the brand`,
          );
        continue;
      }
      const nominative = state[at + State.Nominative] !== 0;
      // named as the brand itself, with only a disclaimer elsewhere ("Not affiliated with the brand")
      if (state[at + State.Nominative] === 2) this.disclaimedContext = true;
      const brandId = c.pack.brandIds[brandIndex]!;
      if (line >= 0) {
        brandsOut.push({ brandId, nominative, productLine: tables.brand.productLines![line]!.name });
      } else brandsOut.push({ brandId, nominative });
      // a brand the seller is authorized for gives generic words no brand to lean on: "1:1 exchange
      // warranty", 门店同款 are its own shop's terms, not copy talk about it
      const authorized = this.sellerAuthorized(listing, brandIndex);
      if (!nominative && !authorized) this.brandContext = true;
      if (authorized) {
        suppressed.push(`seller ${listing.sellerId} is authorized by ${brandId}`);
        continue;
      }
      if (!nominative && mention > best) {
        best = mention;
        this.primary = brandIndex;
      }
    }
  }

  /**
   * Whether the listing writes the brand's name in any form (name, alias, short alias, nickname,
   * misspelling); a protected term ("HERO", "Nexode") is not its name.
   */
  /** Whether the title writes the brand's name in a form that counts here (see written). */
  writtenInTitle(brand: number): boolean {
    return this.state[brand * State.Stride + State.TitleWritten]! > 0;
  }

  written(brand: number): boolean {
    const at = brand * State.Stride;
    const state = this.state;
    return (
      state[at + State.Named]! +
        state[at + State.Common]! +
        state[at + State.ShortName]! +
        state[at + State.Weak]! +
        state[at + State.Derived]! >
      0
    );
  }

  /** Whether a mention of the brand is nominative (a cue at the mention or a disclaimer). */
  nominative(brand: number): boolean {
    return this.state[brand * State.Stride + State.Nominative]! !== 0;
  }

  /**
   * The brand is named by letters standing for its name before one of its lines ("G📷 HERO13",
   * "KRV tote · Ondina"): a mention, and the primary brand when no other brand is.
   */
  /**
   * A brand no hit named, written as letters next to an emoji in its category ("UG⚡ 充电头"): it
   * joins the listing's brands, confirmed, in its category.
   */
  adopt(brand: number, listing: ListingInput): void {
    const at = brand * State.Stride;
    const state = this.state;
    if (state[at + State.Stamp] !== this.stamp) {
      state.fill(0, at, at + State.HasSellers);
      state[at + State.Named] = 0;
      state[at + State.LineLength] = 0;
      state[at + State.ShortName] = 0;
      state[at + State.ColourWord] = 0;
      state[at + State.TitleWritten] = 0;
      state[at + State.Word] = 0;
      state[at + State.LineDenied] = 0;
      state[at + State.LineWords] = 0;
      state[at + State.ProtectedLength] = 0;
      state[at + State.Stamp] = this.stamp;
      state[at + State.Line] = -1;
      this.touched.push(brand);
    }
    state[at + State.CatState] = CatState.Match;
    this.confirm(brand, listing);
  }

  /** Whether a hit of this listing named the brand (or one of its lines). */
  isTouched(brand: number): boolean {
    return this.state[brand * State.Stride + State.Stamp] === this.stamp;
  }

  confirm(brand: number, listing: ListingInput): void {
    const at = brand * State.Stride;
    if (this.state[at + State.Mentioned]! < Mention.Confirmed) {
      if (this.state[at + State.Mentioned]! === Mention.None) {
        const line = this.state[at + State.Line]!;
        const productLine =
          line >= 0 ? this.compiled.brands[brand]!.brand.productLines![line]!.name : undefined;
        const brandId = this.compiled.pack.brandIds[brand]!;
        this.brandsOut.push(
          productLine === undefined
            ? { brandId, nominative: false }
            : { brandId, nominative: false, productLine },
        );
      }
      this.state[at + State.Mentioned] = Mention.Confirmed;
    }
    if (this.sellerAuthorized(listing, brand)) return;
    this.brandContext = true;
    if (this.primary === NO_BRAND) this.primary = brand;
  }

  /**
   * Whether a misspelling is a spelling of the brand with its last letters left off ("Garden" of
   * "Gardena") that the listing also writes elsewhere in lower case, as a word of its running text.
   */
  private cutShortWord(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
    const span = spanText(listing, views, hit);
    const word = span.toLowerCase();
    if (!/^\p{Ll}+$/u.test(word)) return false;
    let cut = false;
    for (const spelling of this.compiled.brands[hit.a]!.spellings)
      if (word.length < spelling.length && spelling.startsWith(word)) cut = true;
    if (!cut) return false;
    return lowerCaseWordIn(listing.title, word) || lowerCaseWordIn(listing.description ?? '', word);
  }

  /** Only brands with authorized sellers have a set to look in (most have none). */
  sellerAuthorized(listing: ListingInput, brandIndex: number): boolean {
    return (
      listing.sellerId !== undefined &&
      this.state[brandIndex * State.Stride + State.HasSellers] === 1 &&
      this.compiled.brands[brandIndex]!.authorizedSellers.has(listing.sellerId)
    );
  }

  /**
   * A short alias ("LV") counts when its letters are the alias's, or when it is visibly disguised
   * (non-ASCII look-alikes, separators); plain ASCII that only folds into it ("IV", "1V") does not.
   */
  private writtenAsRegistered(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
    const text = spanText(listing, views, hit);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
    return alnumOf(text) === alnumOf(this.compiled.ownerText[hit.owner]!);
  }

  /**
   * A Latin name that folds to the brand's but is written with an accent no registered spelling has
   * ("Lóngines", "Versàce") or a capital I for an l ("SaIomon"): a disguise. Leaving an accent out
   * ("Estee") is how ASCII keyboards write, not a disguise.
   */
  private addedLookAlike(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
    const text = spanText(listing, views, hit);
    let suspect = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0xc0 && c <= 0x24f) || (c === 73 && i > 0 && text.charCodeAt(i - 1) >= 97)) suspect = true;
      else if (c > 0x24f && c !== 0x2019) return false;
    }
    if (!suspect) return false;
    // an accent of a registered spelling ("Hermès", the "Lumière" of "Maison Lumière") is the brand's own
    const brand = this.compiled.brands[hit.a]!;
    const literal = literalForm(text);
    return (
      !brand.spellings.has(literal) && !literal.split(' ').every((word) => brand.spellingWords.has(word))
    );
  }

  /** A span of Chinese characters only that is no registered spelling of the brand (see resolve). */
  private soundAlikeSpelling(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
    if ((views[hit.field]!.flags[hit.startUnit]! & UNIT_UNSPACED_SCRIPT) === 0) return false;
    const text = spanText(listing, views, hit).replace(/[\s\u3000]+/g, '');
    return /^\p{Script=Han}+$/u.test(text) && !this.compiled.brands[hit.a]!.spellings.has(literalForm(text));
  }

  /**
   * Whether the hit is a registered spelling's words without the symbol that ends it: the brand
   * registered "ONE+" (a battery platform), the text says "one" with no "+" after it. A symbol is
   * what makes such a term a name; without it the word is the ordinary one.
   */
  private missingSymbol(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
    const view = views[hit.field]!;
    const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
    const end = view.ends[hit.endUnit - 1]!;
    const spellings = this.compiled.brands[hit.a]!.spellings;
    const literal = literalForm(text.slice(view.starts[hit.startUnit]!, end));
    if (spellings.has(literal)) return false;
    for (const symbol of TERM_END_SYMBOLS)
      if (spellings.has(literal + symbol) && text.charAt(end) !== symbol) return true;
    return false;
  }

  private isRegisteredSpelling(
    listing: ListingInput,
    views: readonly NormalizedView[],
    hit: Hit,
    withoutSpaces = false,
  ): boolean {
    const text = spanText(listing, views, hit);
    return this.compiled.brands[hit.a]!.spellings.has(
      literalForm(withoutSpaces ? text.replace(/[\s\u3000]+/g, '') : text),
    );
  }
}

function upperCaseLetters(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

function mentionOf(state: Int32Array, at: number, cat: CatState): Mention {
  if (cat === CatState.Mismatch) return Mention.None;
  const lineFound = state[at + State.Line]! >= 0;
  // the brand's name written plainly names it in a category near its own (an outdoor brand's
  // backpack filed under bags); a disguised one only in its own: "Élan" on a T-shirt is the French
  // word with its accent, not a ski maker's name in disguise
  if (
    state[at + State.Exact]! > state[at + State.Disguised]! ||
    (state[at + State.Exact]! > 0 && cat !== CatState.Near)
  )
    return Mention.Named;
  if (cat === CatState.Near) return Mention.None;
  if (state[at + State.Derived]! > 0 && (cat === CatState.Match || lineFound)) return Mention.Named;
  const weak = state[at + State.Common]! + state[at + State.Short]! + state[at + State.Weak]!;
  if (weak > 0 && (lineFound || cat === CatState.Match)) return Mention.Confirmed;
  if (state[at + State.ColourWord]! + state[at + State.Word]! > 0 && lineFound) return Mention.Confirmed;
  // a product line alone: only distinctive terms, in the listing's category (of the line, else of
  // the brand), and only for brands that name their categories
  const lineFlags = state[at + State.LineFlags]!;
  if (lineFound && lineFlags & LINE_DISTINCTIVE && cat === CatState.Match) return Mention.Implied;
  // ... or in a listing whose category is unknown (nothing says it is anything else)
  if (lineFound && lineFlags & LINE_DISTINCTIVE && cat === CatState.Unknown) return Mention.Implied;
  // a long model or reference number ("5167A", "M79030N") names its brand even without a category
  if (lineFound && lineFlags & LINE_MODEL && state[at + State.LineLength]! >= 5 && cat === CatState.Unknown)
    return Mention.Implied;
  return Mention.None;
}

function inMask(ctx: ListingContext, index: number): boolean {
  return index < 32 ? ((ctx.catLo >>> index) & 1) === 1 : ((ctx.catHi >>> (index - 32)) & 1) === 1;
}

function categoryState(
  ctx: ListingContext,
  brandLo: number,
  brandHi: number,
  lineCategory: number,
): CatState {
  if (brandLo === 0 && brandHi === 0 && lineCategory < 0) return CatState.Unspecified;
  if (ctx.catLo === 0 && ctx.catHi === 0) return CatState.Unknown;
  let lo = brandLo;
  let hi = brandHi;
  if (lineCategory >= 0) {
    if (lineCategory < 32) lo |= 1 << lineCategory;
    else hi |= 1 << (lineCategory - 32);
  }
  if ((ctx.catLo & lo) !== 0 || (ctx.catHi & hi) !== 0) return CatState.Match;
  // categories read from a description's boilerplate never deny a brand
  if (ctx.fromDescription) return CatState.Unknown;
  return (ctx.nearLo & lo) !== 0 || (ctx.nearHi & hi) !== 0 ? CatState.Near : CatState.Mismatch;
}

/**
 * A model code: letters and digits only, with a digit, no run of letters longer than three, parts
 * joined by at most a space, hyphen or dot ("JJ15", "WH36DC", "TE 30", "PI-TG001"), not a name written
 * with words ("Sarasa Clip", "L20 Ultra").
 */
function modelCode(text: string): boolean {
  let digit = false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) {
      if (++run > 3) return false;
    } else if (c >= 48 && c <= 57) {
      digit = true;
      run = 0;
    } else if (c === 0x20 || c === 0x2d || c === 0x2e) run = 0;
    else return false;
  }
  return digit;
}

const NOT_LETTERS = /[^a-z]+/;

/** Whether `text` at `end` goes on with " of " and a number ("bag of 200", "box of 12 pcs"). */
function packagingUnit(text: string, end: number): boolean {
  let at = end;
  if (text.charCodeAt(at) !== 0x20) return false;
  while (text.charCodeAt(at) === 0x20) at++;
  if ((text.charCodeAt(at) | 0x20) !== 0x6f || (text.charCodeAt(at + 1) | 0x20) !== 0x66) return false; // of
  at += 2;
  if (text.charCodeAt(at) !== 0x20) return false;
  while (text.charCodeAt(at) === 0x20) at++;
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}

/** Whether lower-case `text` holds `word` with no letter or digit right before or after it. */
function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!alnumCode(before) && !alnumCode(after)) return true;
  }
  return false;
}

function alnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether `text` holds `word` as a whole word written in lower case ("the garden", not "Garden"). */
function lowerCaseWordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : ' ';
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && (after === '' || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

export function spanText(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): string {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  return text.slice(view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!);
}

/**
 * A line named in Chinese goods words (it holds a word of the taxonomy: 珍珠耳钉 "pearl studs") with
 * 仿 ("imitation") right before it, not the copy-grade 高仿/超仿/精仿/顶仿 (a copy's grade, not a
 * material's). A line's own name after 仿 (仿<line>) stays a copy claim.
 */
function imitationOf(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const start = view.starts[hit.startUnit]!;
  if (start < 1 || text.charCodeAt(start - 1) !== 0x4eff) return false; // 仿
  if (COPY_GRADE.test(text.charAt(start - 2))) return false;
  const name = text.slice(start, view.ends[hit.endUnit - 1]!);
  return HAN_ONLY.test(name) && GOODS_ZH.some((word) => name.includes(word));
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The taxonomy's Chinese goods words of two characters or more. */
const GOODS_ZH: readonly string[] = Object.values(CATEGORY_WORDS).flatMap(({ zh }) =>
  zh.filter((word) => word.length >= 2),
);

const COPY_GRADE = /[高超精顶頂]/;

/** Capital letters only (two to five), followed by a hyphen and a digit: "TTX-2", "HC-05". */
function continuedCode(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const end = view.ends[hit.endUnit - 1]!;
  const start = view.starts[hit.startUnit]!;
  if (end - start < 2 || end - start > 5) return false;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  return CONTINUED.test(text.slice(end, end + 2)) && CAPITALS.test(text.slice(start, end));
}

const CONTINUED = /^-\d/;
const CAPITALS = /^[A-Z]{2,5}$/;

/** The hit is Chinese and only whitespace stands between its characters. */
const HAN = /\p{Script=Han}/u;

/** No Chinese character right before or after the hit. */
function standsAlone(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const start = view.starts[hit.startUnit]!;
  const end = view.ends[hit.endUnit - 1]!;
  return !HAN.test(text.charAt(start - 1)) && !HAN.test(text.charAt(end));
}

/** Colour words cover every unit of the hit, and no more ("off-white", "ivory-white"). */
function spansColour(hits: readonly Hit[], hitCount: number, hit: Hit): boolean {
  let covered = hit.startUnit;
  for (let pass = 0; pass < 4 && covered < hit.endUnit; pass++) {
    // a pass that covers nothing more leaves the next ones the same: stop (most names hold no colour)
    const before = covered;
    for (let h = 0; h < hitCount; h++) {
      const other = hits[h]!;
      if (
        other.type === OwnerType.Colour &&
        other.field === hit.field &&
        other.startUnit <= covered &&
        other.endUnit > covered &&
        other.startUnit >= hit.startUnit &&
        other.endUnit <= hit.endUnit
      )
        covered = other.endUnit;
    }
    if (covered === before) break;
  }
  return covered === hit.endUnit;
}

/**
 * Words that 家 ("house") and 牌 ("brand") begin: a nickname such as "儿家" or "百家" that runs on
 * into one (森贝儿家族 "family", 百家乐 "baccarat", 牌子 "brand") is a piece of another word.
 */
const HOUSE_WORD_ENDINGS = new Set([...'族庭乐居具电用园人里乡纺务政装常私教']);
const BRAND_WORD_ENDINGS = new Set([...'子匾楼坊照价']);

function beginsWord(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const end = view.ends[hit.endUnit - 1]!;
  const last = text.charAt(end - 1);
  const next = text.charAt(end);
  // after a Latin initial ("N家电竞机") 家 ends the nickname: no Chinese word ends in a Latin letter,
  // and "N家电" read as N's appliances names the brand all the same
  if (last === '家') return HOUSE_WORD_ENDINGS.has(next) && !/[A-Za-z]/.test(text.charAt(end - 2));
  if (last === '牌') return BRAND_WORD_ENDINGS.has(next);
  return false;
}

/**
 * A name written in two or three parts (Latin of three letters or more, or Chinese words of two
 * characters or more), separated by spaces or one punctuation mark ("Mont Blanc", "Play-Station",
 * "反重力/唇釉"): a way of spelling it, not a disguise.
 */
function splitSpelling(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const span = text.slice(view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!);
  const parts = span.split(/\s*[\s\-_.·・/~]\s*/);
  if (parts.length < 2 || parts.length > 3) return false;
  if (parts.every((p) => /^[A-Za-z]{3,}$/.test(p)) || parts.every((p) => /^\p{Script=Han}{2,}$/u.test(p)))
    return true;
  // a number and words of three letters or more, the number not split itself ("11 bit", "4-moms",
  // "7 Eleven", not "1 1 bit")
  let words = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^[A-Za-z]{3,}$/.test(part)) words++;
    else if (!/^\d+$/.test(part) || (i > 0 && /^\d+$/.test(parts[i - 1]!))) return false;
  }
  return words > 0 && words < parts.length;
}

/**
 * Words of running text that happen to spell a name between them: "… and is ready" (Andis), "… is
 * on …" (Ison). Every part is a function word, the parts apart by single spaces.
 */
function runningWords(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const span = text.slice(view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!);
  if (!/^[A-Za-z]+(?: [A-Za-z]+){1,2}$/.test(span)) return false;
  return span.split(' ').every((p) => FUNCTION_WORDS.has(p.toLowerCase()));
}

/** Another hit of the same brand, found as written (no disguise, no misspelling), covers this one. */
function insideRegistered(hits: readonly Hit[], hitCount: number, hit: Hit): boolean {
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if (
      other !== hit &&
      other.a === hit.a &&
      other.field === hit.field &&
      (other.type === OwnerType.BrandTerm || other.type === OwnerType.ProductLine) &&
      other.distance < 0 &&
      other.obfuscation === 0 &&
      !other.dropped &&
      other.startUnit <= hit.startUnit &&
      other.endUnit >= hit.endUnit &&
      other.endUnit - other.startUnit > hit.endUnit - hit.startUnit
    )
      return true;
  }
  return false;
}

/**
 * A line's name or model code split once or twice by a space or a hyphen into parts of two
 * characters or more, or cut where letters meet digits ("X-431", "AD200 Pro", "CRP 129X"): how
 * model codes are written, not letters pulled apart ("G.u.c.c.i" has parts of one letter).
 */
function splitLineCode(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const span = text.slice(view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!);
  const parts = span.split(/ ?[\s-] ?/);
  if (parts.length < 2 || parts.length > 3) return false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!/^[\p{L}\d+]+$/u.test(part)) return false;
    if (part.length >= 2) continue;
    // one character: only where letters meet digits ("X-431")
    const next = parts[i + 1];
    const previous = parts[i - 1];
    const letter = /\p{L}/u.test(part);
    const meetsDigits = (other: string | undefined) => other !== undefined && /^\d/.test(other) === letter;
    if (!meetsDigits(next) && !meetsDigits(previous)) return false;
  }
  return true;
}

function spacedChinese(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): boolean {
  const view = views[hit.field]!;
  if ((view.flags[hit.startUnit]! & UNIT_UNSPACED_SCRIPT) === 0) return false;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  for (let u = hit.startUnit + 1; u < hit.endUnit; u++) {
    if (text.slice(view.ends[u - 1]!, view.starts[u]!).trim() !== '') return false;
  }
  return true;
}
