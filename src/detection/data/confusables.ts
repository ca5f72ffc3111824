/**
 * Homoglyph folding: a hand-picked SUBSET of Unicode UTS #39 confusables.txt (version 15.1),
 * restricted to the Cyrillic, Greek, Armenian, Cherokee and Latin-extension letters that are
 * actually used to disguise Latin brand names. Fullwidth forms and mathematical alphanumerics are
 * not listed because NFKC already folds them. Keys are single code points; values are the Latin
 * lowercase prototype. Upper-case entries are applied before case folding, so "М" (Cyrillic
 * capital em) becomes "m" even though its lower-case form "м" looks different.
 */
const PAIRS: string =
  // Cyrillic capitals
  'АaВbЕeЅsІlЈjКkМmНhОoРpСcТtХxУyԌgԚqԜwЁeЇlҮyҺhӀlԀdЬb' +
  // Cyrillic small
  'аaеeѕsіlјjоoрpсcхxуyԁdԛqԝwһhӏlёeїlүyɡgԍgʏyһhᴄcᴏoᴠvᴡwᴢz' +
  // Greek capitals
  'ΑaΒbΕeΖzΗhΙlΚkΜmΝnΟoΡpΤtΥyΧxϜf' +
  // Greek small
  'αaβbεeιlκkνvοoρpτtυuχxϲcϳjγyωw' +
  // Armenian
  'օoսuհhոnցgզqլl' +
  // Cherokee capitals that look Latin
  'ᎪaᏴbᏟcᎠdᎬeᎻhᏆjᏦkᏞlᎷmᏢpᏚsᎢtᏙvᏔwᏃz' +
  // Latin extensions and IPA
  'ıiȷjɑaɒaɛeɩlɪlʟlɴnʀrꞮlǀlƖlɯwɸfƽsƅbƄbđdħhŀlłlŧtƶzȥz' +
  // Latin small capitals ("fancy text" generators)
  'ᴀaʙbᴅdᴇeꜰfɢgʜhᴊjᴋkᴍmᴘpꜱsᴛtᴜu' +
  // Latin letters with hooks, strokes and slashes that NFD does not take apart
  'ƈcɗdɠgƙkɱmƥpʠqʂsƭtʋvⱳwƴyɓbƒfɦhɲnɽrʐzȶtȴløoØoðdĸk' +
  // Cyrillic and Greek small letters that look like Latin small capitals or italics
  'кkмmтtвbнhпnгrшwηnμuςc' +
  // "faux Cyrillic" and Greek letters used for the Latin letters they resemble ("ΛDIDΛS", "ЯOLEX")
  'ΛaλaΔaΣeЯrИnПnФoЦuШwЖxБbДaЄeєeƐeƎeƆcɔcÞpþp';

/**
 * Enclosed and symbol letters that NFKC leaves alone: regional indicators (🇦..🇿), negative
 * circled (🅐..🅩) and negative squared (🅰..🆉) letters. First code point of each A..Z block.
 */
export const ENCLOSED_LETTER_BLOCKS: readonly number[] = [0x1f1e6, 0x1f150, 0x1f170];

/**
 * Chinese numerals (with their financial and Traditional forms) fold to digits, so "一比一" is
 * "1比1" and "二代" is "2代". Positional 十/百 are left alone.
 */
export const CJK_NUMERALS: ReadonlyMap<number, number> = buildPairs(
  '〇0零0一1二2三3四4五5六6七7八8九9壹1贰2貳2叁3參3肆4伍5陆6陸6柒7捌8玖9',
);

export const CONFUSABLE_TO_LATIN: ReadonlyMap<number, number> = buildPairs(PAIRS);

/**
 * Skeleton merges after case folding: UTS #39 maps I, l, 1 and | to one prototype; once case is
 * folded "I" is "i", so i and l share the prototype "l".
 */
export const SKELETON_MERGES: ReadonlyMap<number, number> = buildPairs('il');

/**
 * Leetspeak substitutions, applied only where the character sits inside a word made of letters
 * (see normalize.ts) so "1:1", prices and model numbers keep their digits.
 */
export const LEET_TO_LATIN: ReadonlyMap<number, number> = buildPairs('0o1l3e4a5s7t8b9g@a$s!l€e¡l¢c©c®r¥y+t');

function buildPairs(pairs: string): Map<number, number> {
  const map = new Map<number, number>();
  const codePoints = Array.from(pairs);
  for (let i = 0; i + 1 < codePoints.length; i += 2) {
    const from = codePoints[i]!.codePointAt(0)!;
    const to = codePoints[i + 1]!.codePointAt(0)!;
    map.set(from, to);
  }
  return map;
}
