/**
 * What a listing says about itself, read once per scan from its hits: its categories (from the
 * category field, else the title, else the description) and listing-wide cues (licensed
 * reproduction, third-party goods, a stated sale, stated second-hand or new condition).
 */
import { type CompiledKnowledge, CueKind, GIFT_WORD, OwnerType } from './compile.ts';
import { CATEGORY_IDS, CATEGORY_WORDS, type CategoryId, DEPARTMENTS } from './data/categories.ts';
import { type Hit, insideLongerHit } from './evidence.ts';
import { type NormalizedView, TextNormalizer } from './normalize.ts';

const FIELD_TITLE = 0;
const FIELD_DESCRIPTION = 1;
const FIELD_CACHE_LIMIT = 20_000;

export interface ListingContext {
  /** Category bit masks: categories 0-31 and 32+. Both 0: unknown. */
  catLo: number;
  catHi: number;
  /** The categories come from the description only (boilerplate): they confirm a brand, never deny it. */
  fromDescription: boolean;
  /** Categories in the departments of the listing's categories (see DEPARTMENTS). */
  nearLo: number;
  nearHi: number;
  /** The categories the category field names (0 and 0: none or no field). */
  fieldLo: number;
  fieldHi: number;
  /** The categories the title's own words name (not the category field): what the seller says is sold. */
  titleLo: number;
  titleHi: number;
  /** The title names goods the taxonomy has no category for (PART_WORDS: a relay, a hygrometer, a lure). */
  titleParts: boolean;
  /** The categories without those another present category is an accessory of (the thing sold). */
  soldLo: number;
  soldHi: number;
  licensed: boolean;
  thirdParty: boolean;
  promotion: boolean;
  usedStated: boolean;
  newStated: boolean;
  /** The seller stresses a low price ("cheap", "低价"): with an extreme price, a second cue. */
  lowPriceStated: boolean;
  /** The text says proof of provenance is missing ("no receipt", 无保卡). */
  provenanceMissing: boolean;
  /** The title says both the papers and the packaging are missing ("no box, no receipt", 无盒 无发票): two weak cues. */
  provenanceBoth: boolean;
  /** The title tells the seller's story: a hurry to sell or a gift passed on ("urgent sale", 别人送的). */
  sellerStory: boolean;
  /** The title tells both stories, a gift passed on and a hurry to sell: two weak cues. */
  bothStories: boolean;
  /** The title states the device as its maker left it ("unmodified", 未改机): its built-in games are its own. */
  stockStated: boolean;
}

const CATEGORY_INDEX = new Map<string, number>(CATEGORY_IDS.map((id, index) => [id, index]));
/** Separators of a category path ("Electronics > audio", "箱包/女包"). */
const FIELD_PARTS = /[>/|,;›»]/;

/** Parent masks: bit i set in accessoryParents[c] when category c is an accessory of category i. */
const accessoryParentsLo: number[] = [];
const accessoryParentsHi: number[] = [];
CATEGORY_IDS.forEach((id) => {
  let lo = 0;
  let hi = 0;
  for (const parent of CATEGORY_WORDS[id].accessoryOf ?? []) {
    const index = CATEGORY_IDS.indexOf(parent);
    if (index < 32) lo |= 1 << index;
    else hi |= 1 << (index - 32);
  }
  accessoryParentsLo.push(lo);
  accessoryParentsHi.push(hi);
});

export const DEPARTMENT_MASKS: Array<[number, number]> = DEPARTMENTS.map((dept) => {
  let lo = 0;
  let hi = 0;
  for (const id of dept) {
    const index = CATEGORY_IDS.indexOf(id);
    if (index < 32) lo |= 1 << index;
    else hi |= 1 << (index - 32);
  }
  return [lo, hi];
});

export function categoriesOf(lo: number, hi: number): CategoryId[] {
  const out: CategoryId[] = [];
  // the set bits only, lowest first (a listing names a few of the taxonomy's categories)
  for (let bits = lo; bits !== 0; bits &= bits - 1) {
    const id = CATEGORY_IDS[lowestBit(bits)];
    if (id !== undefined) out.push(id);
  }
  for (let bits = hi; bits !== 0; bits &= bits - 1) {
    const id = CATEGORY_IDS[32 + lowestBit(bits)];
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** The index of the lowest set bit of a non-zero 32-bit mask. */
function lowestBit(bits: number): number {
  return 31 - Math.clz32(bits & -bits);
}

export class ContextReader {
  private readonly fieldCache = new Map<string, [number, number]>();
  private readonly normalizer = new TextNormalizer();
  readonly context: ListingContext = {
    catLo: 0,
    catHi: 0,
    fromDescription: false,
    nearLo: 0,
    nearHi: 0,
    fieldLo: 0,
    fieldHi: 0,
    titleLo: 0,
    titleHi: 0,
    titleParts: false,
    soldLo: 0,
    soldHi: 0,
    licensed: false,
    thirdParty: false,
    promotion: false,
    usedStated: false,
    newStated: false,
    lowPriceStated: false,
    provenanceMissing: false,
    provenanceBoth: false,
    sellerStory: false,
    bothStories: false,
    stockStated: false,
  };

  constructor(private readonly compiled: CompiledKnowledge) {}

  /**
   * `title` and its view, when given, let a bare "gift" count as a phrase of its own in the title;
   * `description` and its view let a missing proof or a seller story count when the description
   * states it as a sentence of its own ("No invoice.", "Urgent sale.", 无购买凭证。).
   */
  read(
    category: string | undefined,
    hits: readonly Hit[],
    hitCount: number,
    title = '',
    titleView?: NormalizedView,
    description?: string,
    descriptionView?: NormalizedView,
  ): ListingContext {
    const c = this.context;
    c.licensed = false;
    c.thirdParty = false;
    c.promotion = false;
    c.usedStated = false;
    c.newStated = false;
    c.lowPriceStated = false;
    c.provenanceMissing = false;
    c.provenanceBoth = false;
    c.sellerStory = false;
    c.bothStories = false;
    c.stockStated = false;
    let titleLo = 0;
    let titleHi = 0;
    let titleParts = false;
    let descriptionCategories = false;
    let story = false;
    let stories = 0;
    let proofs = 0;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      const type = hit.type;
      if (type === OwnerType.Licensed) c.licensed = true;
      else if (type === OwnerType.Cue) {
        const kind = hit.a;
        if (kind === CueKind.ThirdParty) c.thirdParty = true;
        // a sale of the item is stated in its title; a shop's description speaks of its policies
        // ("no offers on items already reduced", "sale items are final"), not of this item's price
        else if (kind === CueKind.Promotion) c.promotion ||= hit.field === FIELD_TITLE;
        else if (kind === CueKind.UsedCondition) c.usedStated = true;
        else if (kind === CueKind.NewCondition) c.newStated = true;
        else if (kind === CueKind.LowPrice) c.lowPriceStated = true;
        // in the title, where the seller describes the item (returns policies say "without receipt")
        else if (kind === CueKind.NoProvenance) {
          const stated =
            hit.field === FIELD_TITLE ||
            sentenceOfItsOwn(hit, FIELD_DESCRIPTION, description, descriptionView);
          c.provenanceMissing ||= stated;
          if (stated) proofs |= 1 << hit.b;
        }
        // in the title too: shops' descriptions say "quick sale wanted" and "gift idea" as boilerplate
        else if (kind === CueKind.SellerStory) {
          if (hit.b === GIFT_WORD) {
            if (hit.field !== FIELD_TITLE || !titleView || !phraseOfItsOwn(title, titleView, hit)) continue;
            if (insideLongerHit(hit, hits, hitCount, (other) => other === OwnerType.Cue)) continue;
          }
          const stated =
            hit.field === FIELD_TITLE ||
            (hit.b !== GIFT_WORD && sentenceOfItsOwn(hit, FIELD_DESCRIPTION, description, descriptionView));
          c.sellerStory ||= stated;
          if (stated) stories |= 1 << Math.min(hit.b, 1);
          story = true;
        } else if (kind === CueKind.StockDevice && hit.field === FIELD_TITLE && hit.b === 0)
          c.stockStated ||= !insideLongerHit(hit, hits, hitCount, (other) => other === OwnerType.Cue);
      } else if (type === OwnerType.Category) {
        // the description's categories are read below, only when they are needed
        if (hit.field !== FIELD_TITLE) descriptionCategories = true;
        else if (!insideLongerHit(hit, hits, hitCount, isCategory)) {
          const index = hit.a;
          if (index < 32) titleLo |= 1 << index;
          else titleHi |= 1 << (index - 32);
        }
      } else if (type === OwnerType.Part) titleParts ||= hit.field === FIELD_TITLE;
    }
    // "urgent sale", "quick sale": a private seller's hurry (a seller story), not a shop's sale
    if (c.promotion && story) c.promotion = promotionOutsideStory(hits, hitCount);
    c.bothStories = stories === 3;
    c.provenanceBoth = proofs === 3;
    // the category field and the title together; the description (boilerplate, "watch our video")
    // only when neither names one
    let lo = titleLo;
    let hi = titleHi;
    c.fieldLo = 0;
    c.fieldHi = 0;
    if (category) {
      const [fieldLo, fieldHi] = this.fieldCategories(category);
      lo |= fieldLo;
      hi |= fieldHi;
      c.fieldLo = fieldLo;
      c.fieldHi = fieldHi;
    }
    c.fromDescription = false;
    if (lo === 0 && hi === 0 && descriptionCategories) {
      for (let h = 0; h < hitCount; h++) {
        const hit = hits[h]!;
        if (hit.type !== OwnerType.Category || hit.field === FIELD_TITLE) continue;
        if (insideLongerHit(hit, hits, hitCount, isCategory)) continue;
        const index = hit.a;
        if (index < 32) lo |= 1 << index;
        else hi |= 1 << (index - 32);
      }
      c.fromDescription = lo !== 0 || hi !== 0;
    }
    c.catLo = lo;
    c.catHi = hi;
    c.titleLo = titleLo;
    c.titleHi = titleHi;
    c.titleParts = titleParts;
    // what is sold: drop categories that another present category is an accessory of
    // (only the categories present are visited; with none, no parent and no department)
    let parentLo = 0;
    let parentHi = 0;
    for (let bits = lo; bits !== 0; bits &= bits - 1) {
      const i = lowestBit(bits);
      parentLo |= accessoryParentsLo[i]!;
      parentHi |= accessoryParentsHi[i]!;
    }
    for (let bits = hi; bits !== 0; bits &= bits - 1) {
      const i = 32 + lowestBit(bits);
      parentLo |= accessoryParentsLo[i]!;
      parentHi |= accessoryParentsHi[i]!;
    }
    c.soldLo = lo & ~parentLo;
    c.soldHi = hi & ~parentHi;
    let nearLo = 0;
    let nearHi = 0;
    if (lo !== 0 || hi !== 0) {
      for (const [deptLo, deptHi] of DEPARTMENT_MASKS) {
        if ((deptLo & lo) !== 0 || (deptHi & hi) !== 0) {
          nearLo |= deptLo;
          nearHi |= deptHi;
        }
      }
    }
    c.nearLo = nearLo;
    c.nearHi = nearHi;
    return c;
  }

  /** Categories named by a category field ("Women > Bags > Shoulder Bags", "箱包/女包"), cached. */
  private fieldCategories(category: string): [number, number] {
    let found = this.fieldCache.get(category);
    if (found !== undefined) return found;
    let lo = 0;
    let hi = 0;
    // the taxonomy's own ids ("audio", "small-leather-goods", "Electronics > audio") say it exactly;
    // the words of a category would miss those no seller writes ("film-tv") or read two ("camera-lenses")
    for (const part of category.toLowerCase().split(FIELD_PARTS)) {
      const index = CATEGORY_INDEX.get(part.trim());
      if (index === undefined) continue;
      if (index < 32) lo |= 1 << index;
      else hi |= 1 << (index - 32);
    }
    if (lo !== 0 || hi !== 0) {
      found = [lo, hi];
      if (this.fieldCache.size < FIELD_CACHE_LIMIT) this.fieldCache.set(category, found);
      return found;
    }
    const automaton = this.compiled.automaton;
    const count = automaton.find(this.normalizer.normalize(category));
    for (let k = 0; k < count; k++) {
      const owner = automaton.hitPayload[k]!;
      if (this.compiled.ownerType[owner] !== OwnerType.Category) continue;
      const index = this.compiled.ownerA[owner]!;
      if (index < 32) lo |= 1 << index;
      else hi |= 1 << (index - 32);
    }
    found = [lo, hi];
    if (this.fieldCache.size < FIELD_CACHE_LIMIT) this.fieldCache.set(category, found);
    return found;
  }
}

const isCategory = (type: number) => type === OwnerType.Category;

const isCue = (hit: Hit, kind: number) => hit.type === OwnerType.Cue && hit.a === kind;

/** A denial right before a licence cue: "不是官方正版", "not officially licensed", "非官方授权". */
const LICENCE_DENIED_BEFORE =
  /(?:不是|并非|並非|并不是|绝非|非|没有|沒有|无|無|(?<!\p{L})(?:not|non|no|nicht|kein\w*|pas|nie|não|bukan|tidak|không)\s+(?:an?\s+|un\s+|une\s+|una\s+|ein\w*\s+)?)$/iu;
/** A denial right after it, in the languages that deny after the noun ("lisanslı değil", "公式ライセンスではない"). */
const LICENCE_DENIED_AFTER = /^\s*(?:değil|ではありません|ではない|じゃない|아님|아닙니다)/u;

/**
 * Whether the listing is about a licensed or museum reproduction: some licence cue among the hits
 * that is not denied where it stands ("这是复刻卡，不是官方正版" disowns the licence it names).
 */
export function licenceAffirmed(
  texts: readonly (string | undefined)[],
  views: readonly { starts: Int32Array; ends: Int32Array }[],
  hits: readonly Hit[],
  hitCount: number,
): boolean {
  for (let h = 0; h < hitCount; h++) {
    const hit = hits[h]!;
    if (hit.type !== OwnerType.Licensed) continue;
    const text = texts[hit.field] ?? '';
    const view = views[hit.field]!;
    const start = view.starts[hit.startUnit]!;
    const end = view.ends[hit.endUnit - 1]!;
    if (LICENCE_DENIED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (LICENCE_DENIED_AFTER.test(text.slice(end, end + 16))) continue;
    return true;
  }
  return false;
}

/** Whether a promotion cue of the title stands outside every seller story ("sale" of "urgent sale" does not). */
/** Punctuation that ends a phrase of a title: a dash, a comma, a bracket, a bar. */
const PHRASE_EDGE = /[-–—,;:|/()（）【】[\]·•，、!！.]/;

/**
 * Whether a hit stands as a phrase of its own in the title: only punctuation (or the title's start
 * or end) on both sides, spaces aside ("– gift, no box"; not "gift set", "perfect gift").
 */
function phraseOfItsOwn(title: string, view: NormalizedView, hit: Hit): boolean {
  let i = view.starts[hit.startUnit]! - 1;
  while (i >= 0 && title.charCodeAt(i) === 32) i--;
  if (i >= 0 && !PHRASE_EDGE.test(title[i]!)) return false;
  let j = view.ends[hit.endUnit - 1]!;
  while (j < title.length && title.charCodeAt(j) === 32) j++;
  return j >= title.length || PHRASE_EDGE.test(title[j]!);
}

/** What ends a sentence of a description: a full stop, a mark, a line break. */
const SENTENCE_END = /[.!?。！？\n]/;

/**
 * Whether a hit of the description is a whole sentence of its own ("Fits true to size. Urgent sale.
 * Please check…", "…。无购买凭证。…"): the seller's own statement about this item. The same words
 * inside a longer sentence are a shop's policy ("no returns without the receipt", "ideal as a gift
 * for…") and are not read.
 */
export function sentenceOfItsOwn(
  hit: Hit,
  field: number,
  text: string | undefined,
  view: NormalizedView | undefined,
): boolean {
  if (hit.field !== field || text === undefined || view === undefined) return false;
  const start = view.starts[hit.startUnit]!;
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000)) i--;
  let j = view.ends[hit.endUnit - 1]!;
  const before = i < 0 || SENTENCE_END.test(text[i]!);
  const after = j >= text.length || SENTENCE_END.test(text[j]!);
  if (before && after) return true;
  // an item of a short list the seller writes of the item ("Also: quick sale, no packaging.", "Note:
  // gift, never used; no receipt.", "另外：不带原盒，没有发票。"): the phrase stands between list marks
  // and the sentence is short, not a shop's policy that runs on around the words
  if (!before && (i < 0 || !LIST_EDGE.test(text[i]!))) return false;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  if (!after && j < text.length && !LIST_EDGE.test(text[j]!) && !SENTENCE_END.test(text[j]!)) return false;
  let from = i;
  while (from >= 0 && !SENTENCE_END.test(text[from]!)) from--;
  let to = j;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to - from > LIST_SENTENCE_MAX) return false;
  // a bulleted line is a shop's spec sheet ("- Packaging: bagged, no box"), not a remark of the seller
  from++;
  while (from < start && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 0x3000)) from++;
  return !SPEC_BULLET.test(text[from]!);
}

/** Bullets of a spec sheet's lines. */
const SPEC_BULLET = /[-–•*·●▪◆]/;

/** Marks between the items of a list in a sentence (a label's colon, commas, semicolons). */
const LIST_EDGE = /[,;:，、；：]/;
/** The longest sentence read as a list of the seller's statements (in UTF-16 units). */
const LIST_SENTENCE_MAX = 80;

function promotionOutsideStory(hits: readonly Hit[], hitCount: number): boolean {
  for (let h = 0; h < hitCount; h++) {
    const hit = hits[h]!;
    if (!isCue(hit, CueKind.Promotion) || hit.field !== FIELD_TITLE) continue;
    let inside = false;
    for (let o = 0; o < hitCount && !inside; o++) {
      const other = hits[o]!;
      inside =
        isCue(other, CueKind.SellerStory) &&
        other.field === hit.field &&
        other.startUnit <= hit.startUnit &&
        other.endUnit >= hit.endUnit;
    }
    if (!inside) return true;
  }
  return false;
}
