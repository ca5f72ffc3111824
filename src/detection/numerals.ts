/**
 * Counts as sellers write them: Arabic digits with thousands separators ("20,000", "37674") or
 * Chinese numerals ("三万", "一万五千", "两百八十", "二百五十六", "1万", "2.5万"). Used where a count
 * decides something (games bundled on a console, units on hand), not in normalisation: a numeral
 * is matched as written elsewhere.
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNIT: Readonly<Record<string, number>> = {
  万: 10_000,
  萬: 10_000,
  亿: 100_000_000,
  億: 100_000_000,
};

/**
 * Words for a thousand written after a figure ("15k", "8 mil jogos", "10 ribu game", "5 nghìn trò"),
 * lowercase: a seller's shorthand in English and the languages of the marketplaces.
 */
export const THOUSAND_WORDS: readonly string[] = ['k', 'mil', 'ribu', 'rb', 'nghìn', 'ngàn'];
const THOUSANDS = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*(?:${THOUSAND_WORDS.join('|')})$`, 'i');

/** Characters a Chinese numeral is written with (for building patterns). */
export const HAN_NUMERAL_CHARS = '零〇一壹二贰两兩三叁四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

/**
 * A count: Arabic digits (separators "," "." and spaces between groups of three ignored: "20,000",
 * "20 000"), a decimal before 万 ("2.5万"), or a Chinese numeral ("一万五千" = 15000, "二百五十六" = 256,
 * "十二" = 12, "两万" = 20000; digit strings without units such as "二五六" read digit by digit), or a
 * figure with a word for a thousand ("15k", "8 mil").
 * Returns undefined when the text is not a count.
 */
export function readCount(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  // Arabic, possibly with a Chinese large unit after it ("1万", "2.5万")
  const arabic = /^(\d+(?:[.,]\d+)?)\s*([万萬亿億])?$/.exec(text);
  if (arabic) {
    const unit = arabic[2] === undefined ? 1 : LARGE_UNIT[arabic[2]]!;
    if (unit === 1) return Number(arabic[1]!.replace(/[,.]/g, ''));
    const value = Number(arabic[1]!.replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * unit) : undefined;
  }
  if (/^\d{1,3}(?:[,.\s]\d{3})+$/.test(text)) return Number(text.replace(/[,.\s]/g, ''));
  // a figure and a word for a thousand ("15k", "8 mil", "1,5k")
  const thousands = THOUSANDS.exec(text);
  if (thousands) return Math.round(Number(thousands[1]!.replace(',', '.')) * 1000);
  return readHan(text);
}

function readHan(text: string): number | undefined {
  let total = 0; // completed 万 / 亿 sections
  let section = 0; // below 万
  let digit = -1; // a digit waiting for its unit
  let digitsOnly = true;
  let sawAny = false;
  for (const ch of text) {
    const d = DIGIT[ch];
    // 零 after a unit only marks a skipped place ("一百零五" = 105)
    if (d === 0 && !digitsOnly && digit < 0) continue;
    if (d !== undefined) {
      // digits written one after another without units ("二五六") read as a digit string
      if (digit >= 0) {
        if (!digitsOnly) return undefined;
        digit = digit * 10 + d;
      } else digit = d;
      sawAny = true;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      digitsOnly = false;
      // "十二": a bare 十 is one ten
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      sawAny = true;
      continue;
    }
    const large = LARGE_UNIT[ch];
    if (large !== undefined) {
      if (!sawAny) return undefined;
      digitsOnly = false;
      section += digit < 0 ? 0 : digit;
      total = (total + section) * large;
      section = 0;
      digit = -1;
      continue;
    }
    return undefined;
  }
  if (!sawAny && total === 0) return undefined;
  return total + section + (digit < 0 ? 0 : digit);
}
