/**
 * Context rules that make a match innocent, negated or nominative: innocent phrases covering a
 * keyword hit, innocent words near it, words a rule needs near it, negations just before it
 * ("not a replica", "绝非高仿"), and cues of nominative use before a brand ("compatible with",
 * "for") or after it ("Apple Watch compatible band", "苹果 兼容").
 */
import {
  type CompiledKnowledge,
  CueKind,
  NEGATION_AFTER,
  OwnerType,
  REQUIRED_IN_SENTENCE,
  ruleUsesList,
  WordList,
} from './compile.ts';
import { type Hit, insideLongerHit } from './evidence.ts';
import { type NormalizedView, UNIT_UNSPACED_SCRIPT } from './normalize.ts';

const NEARBY_WORDS = 4;
const REQUIRED_WORDS = 6;
const NEGATION_WORDS = 2;
/** Words that may stand between a marker and a negation after it ("replika bir ürün değildir"). */
const NEGATION_AFTER_WORDS = 2;
/** Punctuation that ends a phrase: a negation before it does not reach past it. */
const PHRASE_BREAK = /[,.;:!?|/\n，。；：！？、|【】()（）]/;
/**
 * Words before the negated item that are earlier items of the same list, joined by "/" or "or",
 * each with its article ("NOT a replica or a dupe") or, a verb, with its particle ("never opened up
 * or modded", "never taken apart or chipped").
 */
const NEGATED_LIST =
  /^\s*(?:(?:an? )?[\p{L}\p{N}'-]+(?: (?:up|apart|out|open|down|into))?\s*(?:\/|\bor\b|\bnor\b|、)\s*(?:an? )?["'“]?)+$/iu;
const NEGATED_LIST_WORDS = 5;
/** At most four Chinese characters, nothing else, between a negation and what it negates. */
const HAN_QUALIFIER = /^\p{Script=Han}{1,4}$/u;

/**
 * Words between units [from, to) of a view: word boundaries, plus one word per two characters of
 * a script written without spaces (a Chinese run has no boundaries, yet is not one word).
 */
export function gapWords(view: NormalizedView, from: number, to: number): number {
  let words = 0;
  let unspaced = 0;
  for (let u = from; u < to; u++) {
    words += view.boundaryBefore[u]!;
    if (view.flags[u]! & UNIT_UNSPACED_SCRIPT) unspaced++;
  }
  return words + (unspaced >> 1);
}

/**
 * A nominative cue ends within its window (ownerB words) before the brand or line mention. A noun
 * after the mention ("iPhone case") is nominative unless it names the mention's own category
 * (`ownCategory`, the category of a product line: "Nexode 100W charger" is the charger itself).
 */
export function isNominative(
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  ownCategory = -1,
  text = '',
): boolean {
  const view = views[hit.field]!;
  for (let h = 0; h < hitCount; h++) {
    const cue = hits[h]!;
    if (cue.field !== hit.field) continue;
    if (cue.type === OwnerType.Nominative) {
      if (cue.endUnit > hit.startUnit) continue;
      if (cueInsideWord(view, text, cue)) continue;
      // a plain "for" (window -1) counts right before the mention, in the title only
      if (cue.b < 0 && hit.field !== 0) continue;
      if (cue.b < 0 && fitAsCut(view, text, cue)) continue;
      // words strictly between (the boundary before the mention itself is not counted)
      if (gapWords(view, cue.endUnit, hit.startUnit) <= Math.max(cue.b, 0)) return true;
    } else if (cue.type === OwnerType.Cue && cue.a === CueKind.NominativeAfter) {
      if (cue.startUnit < hit.endUnit) continue;
      if (cueInsideWord(view, text, cue) || versionAlternative(view, text, cue)) continue;
      // a word of a registered name is no accessory noun: "Skin" of "<line> Skin Barrier Cream"
      if (insideLongerHit(cue, hits, hitCount, isRegisteredName)) continue;
      const gap = gapWords(view, hit.endUnit, cue.startUnit);
      // the line's own noun may stand between: "JBL Flip 6 speaker case" is a case; a Chinese title
      // tags what the item fits anywhere after the mention ("DT770同规格 耳罩海绵套 通用", "… 配件 适用于")
      if (
        gap > cue.b &&
        !(gap === cue.b + 1 && ownNounBetween(hits, hitCount, hit, cue, ownCategory)) &&
        !compatibilityTag(view, hit, cue, text)
      )
        continue;
      if (ownCategory >= 0 && namesCategory(hits, hitCount, cue, ownCategory)) continue;
      // a cue in the next sentence speaks of something else: "Breitling Chronomat. Strap length fits"
      if (
        text !== '' &&
        SENTENCE_END.test(text.slice(view.ends[hit.endUnit - 1]!, view.starts[cue.startUnit]!))
      )
        continue;
      return true;
    }
  }
  return false;
}

const isRegisteredName = (type: number) => type === OwnerType.BrandTerm || type === OwnerType.ProductLine;

/**
 * Chinese words that hold a cue's characters without its sense: 顶配 ("top spec"), 标配, 高配, 满配
 * are no 配 ("for"), 男女通用 ("unisex"), 四季通用 ("for all seasons") no 通用 ("fits all").
 */
const CUE_INSIDE_WORD = /(?:[顶标高低满选]配|(?:男女|四季|老少|春秋|秋冬|冬夏|大人小孩|中性)通用)$/;

function cueInsideWord(view: NormalizedView, text: string, cue: Hit): boolean {
  if (text === '') return false;
  const start = view.starts[cue.startUnit]!;
  return CUE_INSIDE_WORD.test(text.slice(Math.max(0, start - 4), view.ends[cue.endUnit - 1]!));
}

/**
 * French "version alternative" (an alternative version of the goods, a copy's euphemism beside "même
 * matière") is no "<brand> alternative" (an alternative to the brand): the word follows "version".
 */
function versionAlternative(view: NormalizedView, text: string, cue: Hit): boolean {
  if (text === '') return false;
  const start = view.starts[cue.startUnit]!;
  return /\bversion[\s,]+$/i.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * A bare "fit" that is a noun, the cut of a garment, not the verb "fits": a word of its own stands
 * right before it ("Slim Fit", "Regular Fit", "relaxed fit"), where the verb follows a break (a
 * comma, a dash, the title's start: "domes, fit <brand>") or a word that leads a verb ("to", "will",
 * "that", "also", "and").
 */
function fitAsCut(view: NormalizedView, text: string, cue: Hit): boolean {
  if (text === '') return false;
  const start = view.starts[cue.startUnit]!;
  const end = view.ends[cue.endUnit - 1]!;
  // "fit", not "fits" nor "for" (its second letter an i)
  if (end - start !== 3 || (text.charCodeAt(start + 1) | 32) !== 105) return false;
  const before = /([\p{L}\p{N}]+)\s*$/u.exec(text.slice(Math.max(0, start - 24), start));
  return before !== null && !VERB_LEADS.has(before[1]!.toLowerCase());
}

/** Words after which "fit" is a verb. */
const VERB_LEADS: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'should',
  'can',
  'may',
  'that',
  'which',
  'also',
  'and',
  'they',
  'it',
  'perfectly',
  'easily',
  'designed',
  'made',
]);

/**
 * A compatibility word in Chinese (兼容, 通用, 适用, 适配, 替换...: the after-cues read at a distance)
 * later in the same title as the mention: Chinese titles stack their words and put such a tag
 * after the product noun, out of reach of the word window.
 */
function compatibilityTag(view: NormalizedView, hit: Hit, cue: Hit, text: string): boolean {
  if (hit.field !== 0 || cue.b <= 0 || (view.flags[cue.startUnit]! & UNIT_UNSPACED_SCRIPT) === 0)
    return false;
  // "X专用" glued to a Chinese word names who or where the item is for ("美发店专用" for salons,
  // "老人专用" for the elderly), not the brand the title named before it: only a tag standing
  // apart, or glued to a name or a model, tells what the item fits
  const start = view.starts[cue.startUnit]!;
  return !(text.startsWith('专用', start) && start > 0 && HAN_CHAR.test(text.charAt(start - 1)));
}
const HAN_CHAR = /\p{Script=Han}/u;

/** The end of a sentence: a full stop before a space or the end, or other closing punctuation. */
const SENTENCE_END = /\.(?:\s|$)|[!?。！？;；\n]/;
/** How far a sentence is read on each side of a hit (characters): a statement, not a page. */
const SENTENCE_REACH = 320;

/**
 * Whether the character at `i` ends a sentence (a full stop only before a space or the end). A
 * semicolon does not: "made to the same design; they are not supplied by the brand" is one statement.
 */
export function endsSentence(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch === 46) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 9;
  }
  return ch === 10 || ch === 33 || ch === 63 || ch === 0x3002 || ch === 0xff01 || ch === 0xff1f;
}

/**
 * The units of the sentence that holds `hit`, as [from, to): from the end of the sentence before it
 * to the end of its own, within SENTENCE_REACH characters each way.
 */
export function sentenceUnits(view: NormalizedView, text: string, hit: Hit): [number, number] {
  const hitStart = view.starts[hit.startUnit]!;
  const hitEnd = view.ends[hit.endUnit - 1]!;
  let start = hitStart;
  const floor = Math.max(0, hitStart - SENTENCE_REACH);
  while (start > floor && !endsSentence(text, start - 1)) start--;
  let end = hitEnd;
  const ceiling = Math.min(text.length, hitEnd + SENTENCE_REACH);
  while (end < ceiling && !endsSentence(text, end)) end++;
  let from = hit.startUnit;
  while (from > 0 && view.starts[from - 1]! >= start) from--;
  let to = hit.endUnit;
  while (to < view.length && view.ends[to]! <= end) to++;
  return [from, to];
}

/**
 * Whether one of the rule's sentence-wide required words is among `hits` (found in the sentence of
 * `hit`) and none of its innocent words is: for such a rule the sentence is the statement, so "not
 * purchased from an authorized dealer, but 100% genuine" is innocent however far "genuine" stands.
 * Words inside the hit itself ("genuine" of "not genuine") do not count as innocent.
 */
export function requiredInSentence(
  c: CompiledKnowledge,
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  ruleIndex: number,
  views?: readonly NormalizedView[],
  text?: string,
): boolean {
  let required = false;
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if (
      other.type === OwnerType.Required &&
      other.b === REQUIRED_IN_SENTENCE &&
      ruleUsesList(c, ruleIndex, WordList.RequiresInSentence, other.a)
    )
      required = true;
    else if (
      other.type === OwnerType.Innocent &&
      other.b === 1 &&
      ruleUsesList(c, ruleIndex, WordList.InnocentNearby, other.a) &&
      (other.startUnit < hit.startUnit || other.endUnit > hit.endUnit) &&
      !(views !== undefined && text !== undefined && innocentWordVoid(views, other, text))
    )
      return false;
  }
  return required;
}

/**
 * An innocent word of an admission's sentence that clears nothing: the thing the goods must not be
 * passed off as ("do not resell them as genuine", "nicht als echt verkaufen", "ne pas revendre comme
 * authentique", "nie sprzedawać jako oryginał") or denied right before it ("copies, not genuine").
 * A Chinese denial glued to the word is not read here: 不是正品包退 promises the goods genuine.
 */
function innocentWordVoid(views: readonly NormalizedView[], word: Hit, text: string): boolean {
  const start = views[word.field]!.starts[word.startUnit]!;
  return PASSED_OFF_AS.test(text.slice(Math.max(0, start - 8), start));
}

/** "as", or a negation, right before a word, in the languages of the marketplaces. */
const PASSED_OFF_AS = /(?:^|[^\p{L}])(?:as|als|comme|como|jako|sebagai|not|never|nicht|pas|nie|non)\s+$/iu;

/** A category word of `category` lies between the mention and the cue ("Flip 6 speaker case"). */
function ownNounBetween(
  hits: readonly Hit[],
  hitCount: number,
  mention: Hit,
  cue: Hit,
  category: number,
): boolean {
  if (category < 0) return false;
  for (let h = 0; h < hitCount; h++) {
    const word = hits[h]!;
    if (
      word.type === OwnerType.Category &&
      word.a === category &&
      word.field === cue.field &&
      word.startUnit >= mention.endUnit &&
      word.endUnit <= cue.startUnit
    )
      return true;
  }
  return false;
}

/** A category word of `category` spans exactly the cue's words ("charger" of phone-accessories). */
function namesCategory(hits: readonly Hit[], hitCount: number, cue: Hit, category: number): boolean {
  for (let h = 0; h < hitCount; h++) {
    const word = hits[h]!;
    if (
      word.type === OwnerType.Category &&
      word.a === category &&
      word.field === cue.field &&
      word.startUnit === cue.startUnit &&
      word.endUnit === cue.endUnit
    )
      return true;
  }
  return false;
}

/** Words strictly between two hits of the same field (0 when adjacent or overlapping). */
export function wordsBetween(view: NormalizedView, a: Hit, b: Hit): number {
  const from = a.endUnit <= b.startUnit ? a.endUnit : b.endUnit;
  const to = a.endUnit <= b.startUnit ? b.startUnit : a.startUnit;
  return from < to ? gapWords(view, from, to) : 0;
}

/** The innocent phrase of the rule that covers this hit ("usb type a" over "type a"), if any. */
export function innocentContext(
  c: CompiledKnowledge,
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  ruleIndex: number,
): string | null {
  for (let h = 0; h < hitCount; h++) {
    const context = hits[h]!;
    if (
      context.type !== OwnerType.Innocent ||
      context.field !== hit.field ||
      !ruleUsesList(c, ruleIndex, WordList.InnocentContexts, context.a)
    )
      continue;
    if (context.startUnit <= hit.startUnit && context.endUnit >= hit.endUnit)
      return c.ownerText[context.owner]!;
  }
  return null;
}

/** An innocent word of the rule within four words of the hit ("lessons 1:1"), among the context hits. */
export function innocentNearby(
  c: CompiledKnowledge,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  ruleIndex: number,
  text?: string,
): string | null {
  for (let h = 0; h < hitCount; h++) {
    const word = hits[h]!;
    if (word.type !== OwnerType.Innocent || !ruleUsesList(c, ruleIndex, WordList.InnocentNearby, word.a))
      continue;
    // a word of the pattern itself is not its context ("grade" of "grade AAA" is not "AAA-grade pearls")
    if (word.field === hit.field && word.startUnit >= hit.startUnit && word.endUnit <= hit.endUnit) continue;
    // an innocent word the seller denies clears nothing: "复刻款，非官方渠道", "高配复刻版，不是X官方原装",
    // "a replica, not official" say the opposite of "官方复刻" (an official reissue)
    if (text !== undefined && innocentWordDenied(c, views, hits, hitCount, word, text)) continue;
    if (wordsBetween(views[hit.field]!, word, hit) <= NEARBY_WORDS) return c.context.text[word.owner]!;
  }
  return null;
}

/**
 * Whether an innocent word is itself negated, by a negation cue right before it in its phrase (the
 * same reach as a negated rule hit, negatedBy) or one that names the brand between ("不是罗西尼官方",
 * "并非X官方出品": the cue, a run of Chinese characters, the word).
 */
function innocentWordDenied(
  c: CompiledKnowledge,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  word: Hit,
  text: string,
): boolean {
  if (negatedBy(c, views, hits, hitCount, word, text) !== null) return true;
  const view = views[word.field]!;
  for (let h = 0; h < hitCount; h++) {
    const cue = hits[h]!;
    if (cue.type !== OwnerType.Cue || cue.a !== CueKind.Negation || cue.b !== 0) continue;
    if (cue.field !== word.field || cue.endUnit > word.startUnit) continue;
    const gap = text.slice(view.ends[cue.endUnit - 1]!, view.starts[word.startUnit]!);
    if (DENIED_NAME_GAP.test(gap)) return true;
  }
  return false;
}

/** What may stand between a negation and the innocent word it denies: a name of up to six characters. */
const DENIED_NAME_GAP = /^\p{Script=Han}{1,6}$/u;

/** Whether one of the words the rule requires stands within six words of the hit (context hits). */
export function requiredNearby(
  c: CompiledKnowledge,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  ruleIndex: number,
): boolean {
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if (
      other.type !== OwnerType.Required ||
      other.b !== 0 ||
      !ruleUsesList(c, ruleIndex, WordList.RequiresNearby, other.a)
    )
      continue;
    if (wordsBetween(views[hit.field]!, other, hit) <= REQUIRED_WORDS) return true;
  }
  return false;
}

/**
 * The negation that ends at most two words before the hit, with no punctuation between ("not a
 * replica", "绝非 高仿"; not "No box, AAA quality"), if any.
 */
export function negatedBy(
  c: CompiledKnowledge,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  text: string,
): string | null {
  const view = views[hit.field]!;
  for (let h = 0; h < hitCount; h++) {
    const cue = hits[h]!;
    if (cue.type !== OwnerType.Cue || cue.a !== CueKind.Negation) continue;
    if (cue.b === NEGATION_AFTER) {
      if (deniedAfter(view, cue, hit, text)) return c.context.text[cue.owner]!;
      continue;
    }
    if (cue.endUnit > hit.startUnit) continue;
    // a one-character negation ("不", "无") must touch what it negates
    if (cue.b === 1 && cue.endUnit !== hit.startUnit) continue;
    const gap = text.slice(view.ends[cue.endUnit - 1]!, view.starts[hit.startUnit]!);
    const words = gapWords(view, cue.endUnit, hit.startUnit);
    // ... and reaches the items of a list it heads: "not mirror/clone", "Not a Clone or "Inspired By""
    const list = words <= NEGATED_LIST_WORDS && NEGATED_LIST.test(gap);
    // ... and past a short Chinese qualifier of who made the copy, numerals included ("不是第三方仿制",
    // "并非一般高仿": 三 and 一 are read as digits, so their words are not counted the Chinese way)
    const qualifier = cue.b !== 1 && HAN_QUALIFIER.test(gap);
    if (cue.b !== 1 && words > NEGATION_WORDS && !list && !qualifier) continue;
    if (PHRASE_BREAK.test(gap) && !list) continue;
    return c.context.text[cue.owner]!;
  }
  return null;
}

/**
 * A negation that follows the hit within one word of it in its phrase, in languages that deny after
 * the noun: "çakma değil", "replika bir ürün değildir" (an article or particle may stand between),
 * "偽物ではありません", "가품 아닙니다".
 */
function deniedAfter(view: NormalizedView, cue: Hit, hit: Hit, text: string): boolean {
  if (cue.startUnit < hit.endUnit) return false;
  const gap = text.slice(view.ends[hit.endUnit - 1]!, view.starts[cue.startUnit]!);
  if (PHRASE_BREAK.test(gap)) return false;
  return gapWords(view, hit.endUnit, cue.startUnit) <= NEGATION_AFTER_WORDS;
}

/** A word of a listing about fakes (a guide, an authentication service) within four words of the hit. */
export function discussedNearby(
  c: CompiledKnowledge,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
): string | null {
  for (let h = 0; h < hitCount; h++) {
    const cue = hits[h]!;
    if (cue.type !== OwnerType.Cue || cue.a !== CueKind.Discussion) continue;
    // the hit's own word ("认准版本", "the version to insist on", holds 认准 of "认准正品")
    if (cue.field === hit.field && cue.startUnit >= hit.startUnit && cue.endUnit <= hit.endUnit) continue;
    if (wordsBetween(views[hit.field]!, cue, hit) <= NEARBY_WORDS) return c.context.text[cue.owner]!;
  }
  return null;
}
