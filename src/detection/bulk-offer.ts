/**
 * Bulk and wholesale offers as a title states them, read as structures rather than phrases: wholesale
 * terms (a minimum order, a price for quantity, a trade price, a lot: "十件起批", "量大从优", "整箱更便宜",
 * "job lot", "trade price", "lot de 12", "Großhandel", "al por mayor", "toptan", "grosir", "giá sỉ",
 * "まとめ売り"), and a number of units the seller offers or holds: a count with a word for units next to
 * a wholesale or stock word ("300 Stück Großhandel", "批发47个", "bulk 20 pcs"), a count of the
 * product's containers as a phrase of its own ("– 25 boxes,", "– 40 tubs"), a count at the end of a
 * phrase ("x20", "bags ×5"), or "I have N" in the marketplaces' languages ("elimde 6 tane var", "ne ho
 * 5", "tengo 10", "mam 8 sztuk", "ada 20 pcs").
 *
 * Not units offered: the size of a pack or set ("2 pack", "3个装", "set of 6 glasses", "12件套", "100张
 * 卡套", "36包 补充包盒" before the product it fills), measurements ("5lb", "100ml", "240ml"), years
 * and model codes (a count needs a word for units, a wholesale word or the end of a phrase after it).
 * The reader runs over the title of a listing whose brand's indicators apply (indicators.ts), so
 * it costs nothing on the unbranded bulk of a marketplace.
 */
import { HAN_NUMERAL_CHARS, readCount } from './numerals.ts';

export interface BulkOffer {
  /** Units the title says are offered or on hand, when it gives a number. */
  units: number | undefined;
  /** Wholesale terms stated: a minimum order, a price for quantity, a trade price, a lot. */
  wholesale: boolean;
  /** The words read, as written in the title. */
  text: string;
}

const N = `(\\d{1,5}|[${HAN_NUMERAL_CHARS}]{1,5})`;
const D = '(\\d{1,5})';

/**
 * Wholesale terms that say by themselves that many units are sold: a minimum order, a discount for
 * quantity, a trade price, a lot, in Chinese, English and the marketplaces' languages.
 */
const WHOLESALE_TERMS = new RegExp(
  [
    // Chinese: a minimum order (十件起批, 5箱起订), a price for quantity, a trade price
    `[${HAN_NUMERAL_CHARS}\\d]+\\s*[件个台双箱盒瓶只条支套副桶罐包]?\\s*起(?:批|订|拿)`,
    '量大(?:从优|优惠|价优|更优|可谈|价格另议)|量多从优|多拿(?:优惠|更便宜)|整箱(?:更便宜|优惠|价|批发|拿)|批发价|拿货价|进货价|代理价',
    // English
    '\\bjob ?lots?\\b|\\bjoblots?\\b|\\btrade pric(?:e|es|ing)\\b|\\bwholesale (?:pric(?:e|es|ing)|only|lots?)\\b',
    '\\bbulk (?:discount|pric(?:e|es|ing)|deal)s?\\b|\\bvolume discounts?\\b|\\bmin(?:imum)?\\.? order\\b|\\bmoq\\b',
    // German, French, Spanish, Portuguese, Italian
    'gro(?:ß|ss)handel|mengenrabatt|händlerpreis|wiederverkäuferpreis|\\bkonvolut\\b|mindestabnahme',
    `\\ben gros\\b|\\bprix de gros\\b|\\bgrossiste\\b|\\bprix revendeur\\b|\\bcommande minimum\\b|\\blots? de ${D}\\b`,
    `\\bal por mayor\\b|\\bpor mayor\\b|\\bmayoreo\\b|\\bmayorista\\b|\\bpedido m[ií]nimo\\b|\\blotes? de ${D}\\b`,
    `\\b(?:por )?atacado\\b|\\batacadista\\b|\\blotes? com ${D}\\b`,
    `all['’]ingrosso|\\bingrosso\\b|\\bprezzo (?:da )?rivenditore\\b|\\bordine minimo\\b|\\blott[oi] (?:di|da) ${D}\\b|\\bstock di ${D}\\b`,
    // Turkish, Polish, Indonesian, Vietnamese, Japanese
    '\\btoptan|\\bminimum sipari[sş]|\\bhurtow|\\bhurtem\\b|\\bminimalne zam[oó]wienie|\\bgrosir\\b|\\bborongan\\b',
    'giá sỉ|bán sỉ|lấy sỉ|sỉ lẻ|giá buôn|bán buôn|卸売|卸値|卸価格|まとめ売り|業者(?:様)?向け',
  ].join('|'),
  'iu',
);

/** A wholesale word too common in shops' own titles to say so alone ("批发", "wholesale", "bulk"). */
const WHOLESALE_WORD = /批发|\bwholesale\b|\bbulk\b/iu;

/** A price for one unit ("一元一个", "5元一件", "$3 each", "€2/Stück"): the seller sells by the unit. */
const PRICE_PER_UNIT = new RegExp(
  `[${HAN_NUMERAL_CHARS}\\d.]+\\s*[元块]\\s*[一每]?[个件只条双支瓶]|\\d\\s*(?:each|ea\\.|per (?:unit|piece|pc)|/\\s?(?:pc|pcs|unit|stück|stk|pz|szt|adet))\\b`,
  'iu',
);

/** Words for units, in the marketplaces' languages, after a count. */
const UNIT_WORDS =
  'units?|pcs|pieces|pairs|boxes|cases|cartons|tubs|tins|crates|bottles|stück|stk|kartons|dosen|paar|pièces|unités|boîtes|paires|unidades|uds|piezas|pzas|cajas|pares|peças|unid|caixas|pezzi|pz|scatole|confezioni|paia|adet|tane|kutu|çift|sztuk[i]?|szt|opakowań|pudełek|buah|pasang|lusin|kodi|dus|cái|chiếc|hộp|đôi|thùng';
/** The product's own containers or whole units: a count of them standing alone is units offered. */
const CONTAINER_WORDS =
  'units|boxes|cases|cartons|tubs|tins|crates|kartons|boîtes|cajas|caixas|scatole|kutu|pudełek|dus|thùng';
const HAN_UNITS = '件个台双箱盒瓶只条支副桶罐';

/** The end of a word in any script (`\\b` knows only ASCII letters: "opakowań", "cái"). */
const E = '(?![\\p{L}\\d])';
/** Where a phrase begins or ends in a title. */
const SEP = '[,;:|/·•~\\-–—()（）【】\\[\\]，。；：、!！?？]';

/** A count next to a wholesale or stock word, in either order: "300 Stück Großhandel", "批发47个". */
const COUNT_BY_WHOLESALE = new RegExp(
  [
    `\\b${D}\\s*(?:${UNIT_WORDS})${E}\\.?\\s+(?:wholesale|bulk|job ?lot|gro(?:ß|ss)handel|en gros|grosir|toptan|hurtowo|ingrosso|al por mayor|atacado|ready|available|in stock|on hand|lot)\\b`,
    `\\b(?:wholesale|bulk|gro(?:ß|ss)handel|grosir|toptan|hurtowo|ingrosso|atacado)\\s+${D}\\s*(?:${UNIT_WORDS})${E}`,
    `批发\\s*${N}\\s*[${HAN_UNITS}]|${N}\\s*[${HAN_UNITS}]\\s*批发`,
    `\\b(?:wholesale|bulk)\\s*[x×]\\s?${D}\\b`,
  ].join('|'),
  'iu',
);

/** A count of containers or units as a phrase of its own: "– 25 boxes,", ", 300 units,". */
const CONTAINERS_ALONE = new RegExp(`(?:^|${SEP})\\s*${D}\\s*(?:${CONTAINER_WORDS})\\s*(?=$|${SEP})`, 'iu');

/**
 * A count ending a phrase ("wholesale x20", "brushcutter x30", "8kg bags ×5"), not a multipack of a
 * measured size ("100ml x3") nor one followed by its pack word ("x3 bundle").
 */
const TIMES_COUNT = new RegExp(
  `(?<!\\d\\s?(?:ml|cl|l|g|kg|oz|lb|lbs))(?:^|\\s|${SEP})[x×]\\s?${D}\\s*(?=$|${SEP}|\\s(?:available|in stock|assorted|units|pcs|lot|bulk|wholesale|left)\\b)`,
  // a capital X before a number is a model's name ("Enco X3", "X100"): counts are written x or ×
  'u',
);

/** "x2", "x4" after goods are their set: a pair, a car's four tyres or plugs ("spark plugs x4"). */
const MIN_TIMES_COUNT = 5;

/**
 * "I have N" and "N on hand", as sellers write it in the marketplaces' languages; not a measurement
 * or an age after the number ("tengo 10 años", "ada 20 cm").
 */
const MEASURE =
  '(?!\\s*(?:ml|cl|l|g|kg|lb|lbs|oz|cm|mm|m|in|inch|"|%|gb|tb|mah|w|v|años|anni|yaş|lat|tahun|năm|jahre|ans|years?)\\b)';
const HAVE_COUNT = new RegExp(
  [
    `\\bi (?:have|got) ${D}\\b${MEASURE}`,
    `\\belimde ${D}\\b${MEASURE}|\\b${D} (?:tane|adet) (?:var|mevcut|stokta)\\b`,
    `\\bne ho ${D}\\b${MEASURE}|\\b${D} pezzi disponibili\\b`,
    `\\b(?:tengo|tenho|me quedan) ${D}\\b${MEASURE}|\\b${D} (?:unidades|uds) dispon`,
    `\\bj['’]en ai ${D}\\b|\\b${D} (?:pièces|exemplaires|unités) disponibles\\b`,
    `\\b(?:ich )?habe? ${D}\\s*(?:stück|stk)\\b`,
    `\\bmam ${D}\\s*(?:sztuk|szt|opakowań|pudełek|par)\\b|\\b${D} (?:sztuk|szt)\\.? (?:dostępn|na stanie)`,
    `\\bada ${D}\\s*(?:pcs|buah|unit|pasang|box|lusin|kodi|dus)\\b|\\bstok ${D}\\b${MEASURE}`,
    `\\bcòn ${D}\\s*(?:cái|chiếc|hộp|đôi|bộ|thùng)|\\bcó ${D}\\s*(?:cái|chiếc|hộp|đôi|bộ|thùng)`,
    `在庫\\s*${D}|${D}\\s*[個点箱台本足]\\s*(?:あり|在庫)`,
    `(?:手上|手里|手头)(?:还)?有\\s*${N}\\s*[${HAN_UNITS}]`,
  ].join('|'),
  'iu',
);

/** A set or pack before the count ("set 12 pcs", "pack of 24"): the count is what one item holds. */
const PACK_BEFORE = /(?:\bset|\bkit|\bpack|\bbox|套装|套)\s*(?:of\s*)?$/iu;
/** A pack word after the count ("12 pcs set", "6 pairs pack"). */
const PACK_AFTER = /^\s*(?:set|kit|pack|pk|bundle|in (?:a|one) box|装|套)/iu;

/**
 * Cheap tests that must pass before the patterns above are tried (an alternation of many words under
 * the `iu` flags costs ~20 µs a title in V8, tried at every position; these ~0.2 µs): each
 * alternative of WHOLESALE_TERMS holds one of TERM_ANCHORS' words, of HAVE_COUNT one of
 * HAVE_ANCHORS', of COUNT_BY_WHOLESALE one of COUNT_ANCHORS', of CONTAINERS_ALONE one of
 * CONTAINER_ANCHORS', read in the lower-cased title; TIMES_COUNT an x or × before a digit; and every count needs a digit or a Han numeral.
 */
const TERM_ANCHORS =
  /起[批订拿]|量[大多]|多拿|整箱|货价|发价|代理价|卸|まとめ売り|業者|\blot|job ?lot|trade pric|wholesale|bulk|volume disc|\bmin|mindest|\bmoq|handel|mengenrabatt|händler|wiederverk|konvolut|\bgros|revendeur|commande min|mayor|pedido m|atacad|ingrosso|rivenditore|ordine min|stock di|toptan|sipari|hurt|grosir|borongan|sỉ|buôn/;
const HAVE_ANCHORS =
  /have|got|elimde|tane|adet|ne ho|pezzi|tengo|tenho|quedan|unidades|en ai|pièces|exemplaires|unités|hab|mam |szt|ada |stok|còn |có |在庫|あり|手[上里头]/;
/**
 * "uds" is an anchor of HAVE_COUNT only in "N uds dispon…", but it is also the end of "earbuds": the
 * phrase is asked for too (ſ is the long s, which the `iu` flags read as "s" and lower-casing keeps).
 */
const UDS_DISPON = /ud[sſ] di[sſ]pon/;
const COUNT_ANCHORS =
  /wholesale|bulk|lot|handel|gros|toptan|hurtowo|ingrosso|mayor|atacado|ready|available|in stock|on hand|批发/;
const CONTAINER_ANCHORS =
  /units|boxes|cases|cartons|tubs|tins|crates|kartons|boîtes|cajas|caixas|scatole|kutu|pudełek|dus|thùng/;
const TIMES_ANCHOR = /[x×]\s?\d/;

/**
 * Han numerals as a bit set over their code units' range (〇 U+3007 to 零 U+96F6, all in the BMP):
 * `hasNumeral` reads a title with one lookup a character where the class `[\d零〇一…]` costs a
 * search of its ranges at each two-byte character (~0.15 µs against ~0.05 for a title).
 */
const HAN_NUMERAL_CODES = [...HAN_NUMERAL_CHARS].map((c) => c.charCodeAt(0));
const HAN_NUMERAL_LO = Math.min(...HAN_NUMERAL_CODES);
const HAN_NUMERAL_HI = Math.max(...HAN_NUMERAL_CODES);
const HAN_NUMERAL_BITS = new Uint32Array(((HAN_NUMERAL_HI - HAN_NUMERAL_LO) >>> 5) + 1);
for (const c of HAN_NUMERAL_CODES)
  HAN_NUMERAL_BITS[(c - HAN_NUMERAL_LO) >>> 5]! |= 1 << ((c - HAN_NUMERAL_LO) & 31);

/** Whether the text holds an ASCII digit or a Han numeral: `/[\d${HAN_NUMERAL_CHARS}]/.test(text)`, faster. */
export function hasNumeral(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_NUMERAL_LO) {
      if (c <= 57 && c >= 48) return true;
    } else if (
      c <= HAN_NUMERAL_HI &&
      (HAN_NUMERAL_BITS[(c - HAN_NUMERAL_LO) >>> 5]! >>> ((c - HAN_NUMERAL_LO) & 31)) & 1
    )
      return true;
  }
  return false;
}

/** Reads the bulk offer a title states, or null when it states none. */
export function readBulkOffer(title: string): BulkOffer | null {
  const lower = title.toLowerCase();
  let terms = TERM_ANCHORS.test(lower) ? WHOLESALE_TERMS.exec(title) : null;
  // a minimum order of one ("1件起订") is a shop's retail terms
  if (terms !== null && (termUnits(terms) ?? 2) < 2) terms = null;
  const numeral = hasNumeral(title);
  const counted = !numeral
    ? null
    : ((COUNT_ANCHORS.test(lower) ? countMatch(COUNT_BY_WHOLESALE, title) : null) ??
      (HAVE_ANCHORS.test(lower) || (lower.includes('uds') && UDS_DISPON.test(lower))
        ? countMatch(HAVE_COUNT, title)
        : null) ??
      (CONTAINER_ANCHORS.test(lower) ? countMatch(CONTAINERS_ALONE, title) : null) ??
      (TIMES_ANCHOR.test(title) ? countMatch(TIMES_COUNT, title, MIN_TIMES_COUNT) : null));
  if (terms !== null || counted !== null) {
    // a bare wholesale word says wholesale with a count ("批发47个", "bulk 20 pcs")
    const wholesale = terms !== null || (counted !== null && WHOLESALE_WORD.test(title));
    return {
      units: counted?.units ?? (terms ? termUnits(terms) : undefined),
      wholesale,
      text: counted?.text ?? terms![0],
    };
  }
  // ... or with a price for one unit ("一元一个 批发", "$3 each, wholesale")
  if (!numeral) return null;
  const word = WHOLESALE_WORD.exec(title);
  if (word === null) return null;
  const perUnit = PRICE_PER_UNIT.exec(title);
  return perUnit === null ? null : { units: undefined, wholesale: true, text: `${perUnit[0]} … ${word[0]}` };
}

function countMatch(pattern: RegExp, title: string, min = 2): { units: number; text: string } | null {
  const m = pattern.exec(title);
  if (m === null) return null;
  const raw = m.slice(1).find((g) => g !== undefined);
  if (raw === undefined) return null;
  // what stands right before the number ("set 12 pcs"), not before the separator that opens the phrase
  const before = title.slice(0, m.index + m[0].indexOf(raw));
  const after = title.slice(m.index + m[0].length);
  if (PACK_BEFORE.test(before) || PACK_AFTER.test(after)) return null;
  const units = readCount(raw);
  return units === undefined || units < min ? null : { units, text: m[0].trim() };
}

const TERM_COUNT = new RegExp(`\\d{1,5}|[${HAN_NUMERAL_CHARS}]+`, 'u');

/** The number inside a wholesale term ("十件起批" = 10, "lot de 12" = 12). */
function termUnits(terms: RegExpExecArray): number | undefined {
  const n = TERM_COUNT.exec(terms[0]);
  return n === null ? undefined : readCount(n[0]);
}
