/**
 * An admission that names the brand it disowns: the brand's own name stands inside the denial, so
 * no fixed phrase reaches it ("these are not made in France by Staub", "it is not an HP-made
 * cartridge", "Das ist kein Roland-Set", "non sono prodotte da Bialetti", "这批不是膳魔师官方渠道的",
 * "不是德国斯蒂尔原厂的机器"), and the item is said, in that sentence, the next or the one before, to imitate it
 * anyway (its logo or label reproduced, a copy, the same design or recipe, a workshop that makes
 * it: "They come from a foundry that … puts the logo on", "是国内照着做的仿机").
 *
 * Read around each brand mention of a description (few per listing): the clause before it must
 * hold a negation with at most a few words between it and the name, and either a word of origin
 * (made, by, from, store, official, 官方, 原厂...) among them or right after the name, or nothing but
 * an article ("kein Roland", "not a Stihl"). A statement that the goods are genuine anyway ("not
 * from an authorized dealer, but 100% genuine") or that they fit the brand ("not made by Apple,
 * compatible with") is not an admission.
 */

/** Punctuation that closes a clause (. ; : ! ? 。 ， , ； ： ！ ？ and a line break): the negation must be in the brand's own clause. */
function isClauseBreak(code: number): boolean {
  switch (code) {
    case 0x2e: // .
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x2c: // ,
    case 0x0a: // line break
    case 0x3002: // 。
    case 0xff0c: // ，
    case 0xff1b: // ；
    case 0xff1a: // ：
    case 0xff01: // ！
    case 0xff1f: // ？
      return true;
    default:
      return false;
  }
}
/** The last negation of a clause, and the words after it (up to the brand). */
const NEGATION =
  /(?:(?<![\p{L}'])((?:not|never|isn't|aren't|wasn't|weren't|kein|keine|keinen|keinem|nicht|pas|ni|non|niet|geen|nie|no (?:es|son|está|están|viene|vienen|proviene|provienen))(?!\p{L}))|(不是|并非|並非|并不是|並不是|绝不是|絕不是|绝非|不属于|非))((?:(?!不是|并非|并不是|\bnot\b|\bnicht\b|\bkein).)*)$/isu;
const LATIN_WORDS = /[\p{L}\p{N}'-]+/gu;
const HAN = /\p{Script=Han}/gu;
/** At most this many words (or Han characters) between the negation and the brand. */
const MAX_GAP_WORDS = 6;
const MAX_GAP_HAN = 6;
/** A gap of nothing but an article: "not a Stihl", "kein Roland", "ce n'est pas une Staub". */
const ARTICLE_ONLY =
  /^\s*(?:(?:a|an|the|ein|eine|einen|un|une|una|uno|de|del|la|le|il|lo|een|die|der|das)\s+)?$/i;
/** Words that say where the item comes from, between the negation and the brand. */
const ORIGIN_BEFORE = new RegExp(
  [
    '\\b(?:from|by|made|produced|manufactured|built|poured|sewn|cast|assembled|sourced|supplied|sold|bought|purchased|official|officially|original|genuine|authentic|authori[sz]ed|licensed)\\b',
    '\\b(?:von|vom|aus|durch|hergestellt|produziert|gefertigt|offiziell\\w*|original\\w*|echt\\w*)\\b',
    '\\b(?:de|du|des|par|chez|acheté\\w*|fabriqué\\w*|produit\\w*|officiel\\w*|original\\w*|authentique\\w*)(?![\\p{L}])',
    '\\b(?:por|fabricad\\w*|producid\\w*|oficial\\w*|originales?|auténtic\\w*)(?![\\p{L}])',
    '\\b(?:da|di|dalla|dal|prodott\\w*|fatt[oaie]|fabbricat\\w*|ufficial\\w*|original[ei])\\b',
    '官方|原厂|原廠|原装|原裝|正品|授权|授權|专卖|專賣|专柜|專櫃|旗舰|旗艦|官网|官網|正规|正規|生产|生產|出品|产的|產的|出的|买的|買的',
  ].join('|'),
  'iu',
);
/** Words right after the brand that make it the origin: "an On store", "HP-made", "Schwalbe-Lieferkette". */
const ORIGIN_AFTER =
  /^[\s-]?(?:(?:made|built|branded|brand|store|shop|outlet|dealer|product|products|stock|factory|item|original|official|warranty|supply|supply chain|laden|händler|lieferkette|werk|produkt|boutique|magasin|produit|tienda|producto|negozio|prodotto)\b|官方|原厂|原廠|原装|原裝|正品|授权|授權|专卖|專賣|专柜|專櫃|旗舰|旗艦|官网|官網|生产|生產|出品|工厂|工廠)/iu;
/** The item imitates the brand anyway: its marks reproduced, a copy, the same design, another maker. */
const IMITATION = new RegExp(
  [
    '\\b(?:logos?|labels?|labell?ed|markings?|decals?|stamp(?:ed|ing)?|badges?|emblem|imprint(?:ed)?|printed|cop(?:y|ies|ied)|replicas?|reproduc\\w*|imitat\\w*|clones?|knock-?offs?|dupes?|counterfeit|fakes?|lookalikes?|look(?:s)? like|same (?:design|pattern|mou?ld|model|recipe|formula|specs?|shape|packaging|bags?|box(?:es)?|markings?|logo|name)|identical|equivalent|open[- ]mou?ld|third[- ]party|workshop|foundry|packer|built off|based on|made to match|(?:in|the) \\w+ style|style (?:bags?|box(?:es)?|packaging))\\b',
    '\\b(?:logos?|aufdruck|schriftzug|etikett\\w*|markenzeichen|nachgemacht\\w*|nachgebaut\\w*|nachbau\\w*|nachfertigung\\w*|nachgefertigt\\w*|nachbildung\\w*|kopie\\w*|fälschung\\w*|imitat\\w*|baugleich\\w*|identisch\\w*|fremdhersteller\\w*|zulieferer\\w*|werkstatt|manufaktur)\\b',
    '(?:étiquette\\w*|copie\\w*|réplique\\w*|reprodui\\w*|reproduction\\w*|imitation\\w*|identique\\w*|atelier\\w*|contrefaçon\\w*)',
    '(?:etiqueta\\w*|copia\\w*|réplica\\w*|replica\\w*|imitaci\\w*|idéntic\\w*|taller\\w*|mismo logo|misma marca)',
    '(?:etichett\\w*|riprodu\\w*|imitazion\\w*|identic\\w*|laboratorio|stesso logo)',
    '仿|复刻|復刻|同款|一样|一樣|一模一样|同配方|同模具|代工|开模|開模|公版|贴标|貼標|印了|标志|標誌|logo|照着做|照著做|自行制作|自己做|a货|同厂|同廠|同源|山寨',
  ].join('|'),
  'iu',
);
/** The goods said to be genuine anyway (gray market), or only to fit the brand's goods. */
const GENUINE_OR_FITS =
  /\b(?:100\s?% (?:genuine|authentic|original)|(?:but|still|is|are|fully|completely) (?:genuine|authentic)|guaranteed (?:genuine|authentic|original)|compatible|fits?|works with|for use with|replacement for|echt|kompatibel|passend|compatibles?|compatibili?)\b|正品保证|保证正品|假一赔|兼容|适用|適用|适配/iu;

/** Where one clause or sentence ends, searching `text` from `from` (the length when none). */
function nextBreak(text: string, from: number, re: RegExp): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m === null ? text.length : m.index;
}

const SENTENCE_BREAK = /[.!?。！？\n](?:\s|$)|[。！？\n]/g;

/**
 * Whether the brand named at [start, end) of a description is disowned as the item's origin in an
 * admission (see the module comment). Returns the span of the denial ("not made in France by
 * Staub", "不是德国斯蒂尔原厂"), or null.
 */
export function disownedBrand(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  // the clause: back from the brand to the last clause break within 80 characters (read backwards,
  // it stops at the first break found instead of matching every break of the reach)
  const reachStart = Math.max(0, start - 80);
  let clauseStart = reachStart;
  for (let i = start - 1; i >= reachStart; i--) {
    if (isClauseBreak(text.charCodeAt(i))) {
      clauseStart = i + 1;
      break;
    }
  }
  const clause = text.slice(clauseStart, start);
  const neg = NEGATION.exec(clause);
  if (neg === null) return null;
  const word = neg[1] ?? neg[2]!;
  const gap = neg[3] ?? '';
  const han = gap.match(HAN)?.length ?? 0;
  const words = gap.replace(HAN, ' ').match(LATIN_WORDS)?.length ?? 0;
  if (words > MAX_GAP_WORDS || han > MAX_GAP_HAN) return null;
  const after = text.slice(end, end + 24);
  const direct = ARTICLE_ONLY.test(gap) && !/^(?:non?|ni)$/i.test(word);
  const origin = ORIGIN_AFTER.exec(after);
  if (!direct && !ORIGIN_BEFORE.test(gap) && origin === null) return null;
  // the statement: the brand's sentence and the next one
  let sentenceStart = start;
  while (sentenceStart > 0 && !/[.!?。！？\n]/.test(text[sentenceStart - 1]!)) sentenceStart--;
  const first = nextBreak(text, end, SENTENCE_BREAK);
  const second = nextBreak(text, Math.min(text.length, first + 1), SENTENCE_BREAK);
  const lineEnd = text.indexOf('\n', end);
  const stop = Math.min(second + 1, lineEnd < 0 ? text.length : Math.max(lineEnd, first + 1));
  // ... or the one before it, which may say what the item is ("this chair is a replica of the
  // Leap V2. It is well built, but it is not a Steelcase chair")
  let previousStart = sentenceStart - 1;
  while (previousStart > 0 && /[.!?。！？\s]/.test(text[previousStart - 1]!)) previousStart--;
  while (previousStart > 0 && !/[.!?。！？\n]/.test(text[previousStart - 1]!)) previousStart--;
  const previous = text.slice(Math.max(0, previousStart), sentenceStart);
  const statement = text.slice(sentenceStart, stop);
  const rest = statement.slice(end - sentenceStart);
  const denialStart = start - clause.length + neg.index + (neg[0].length - word.length - gap.length);
  const before = text.slice(sentenceStart, Math.max(sentenceStart, denialStart));
  if (!IMITATION.test(before) && !IMITATION.test(rest) && !IMITATION.test(previous)) return null;
  if (GENUINE_OR_FITS.test(statement) || GENUINE_OR_FITS.test(previous)) return null;
  return { start: denialStart, end: end + (origin === null ? 0 : origin[0].length) };
}
