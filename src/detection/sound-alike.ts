/**
 * Sound keys of Chinese characters: the toneless Mandarin reading of each character of GB 2312
 * (data/pinyin.ts), with the distinctions that sellers' input methods and southern speech blur
 * folded together (zh/z, ch/c, sh/s, -ng/-n: "fuzzy pinyin"). Two characters with one key sound
 * alike; a brand's Chinese name written with such characters (精功 for 精工, 万待 for 万代, 佳敏 for
 * 佳明) is read as a misspelling of it (detector.ts, hanVariants). 0 is "no key" (not a character
 * of the table).
 */
import { PINYIN_TABLE } from './data/pinyin.ts';

const FIRST_HAN = 0x4e00;
const LAST_HAN = 0x9fff;

function fuzzySyllable(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/ng$/, 'n');
}

/** The first letter of each character's reading, upper case ("Q" for 琴). */
const INITIALS = new Map<string, string>();
/** Each character's toneless reading ("fen" for 芬), not folded. */
const READINGS = new Map<string, string>();

const KEYS: Uint16Array = (() => {
  const keys = new Uint16Array(LAST_HAN - FIRST_HAN + 1);
  const ids = new Map<string, number>();
  for (const line of PINYIN_TABLE.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    const syllable = fuzzySyllable(line.slice(0, space));
    let id = ids.get(syllable);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(syllable, id);
    }
    const initial = line.charAt(0).toUpperCase();
    for (const ch of line.slice(space + 1)) {
      INITIALS.set(ch, initial);
      READINGS.set(ch, line.slice(0, space));
      const code = ch.codePointAt(0)!;
      if (code >= FIRST_HAN && code <= LAST_HAN) keys[code - FIRST_HAN] = id;
    }
  }
  return keys;
})();

/** The sound key of a (folded) character code, 0 when it has none. */
export function soundKeyOf(code: number): number {
  return code >= FIRST_HAN && code <= LAST_HAN ? KEYS[code - FIRST_HAN]! : 0;
}

/** The key of two adjacent characters, for indexing names by their first two sounds (0: none). */
export function soundPairKey(first: number, second: number): number {
  const a = soundKeyOf(first);
  const b = soundKeyOf(second);
  return a === 0 || b === 0 ? 0 : a * 1024 + b;
}

/** The first letter of a Chinese character's reading, upper case ("Q" for 琴), if the table has it. */
export function pinyinInitialOf(ch: string): string | undefined {
  return INITIALS.get(ch);
}

/** The toneless Mandarin reading of a Chinese character ("fen" for 芬), if the table has it. */
export function pinyinOf(ch: string): string | undefined {
  return READINGS.get(ch);
}
