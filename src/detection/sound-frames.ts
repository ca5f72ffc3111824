/**
 * Sound frames: how a Latin name and a Chinese transliteration of it are compared (分大 or 芬达 for
 * Fender, 司体 for Stihl, 欧尔法 for OLFA, 斯兰 for SRAM, 塔尼什克 for Tanishq, 麦琪塔 for Mykita, 七零迈
 * for 70mai). Both are cut to their consonants in classes Mandarin does not tell apart in loan words:
 * l/r (L), m/n (N), d/t (T), b/p (P), g/k (K), f/v (F), s/z/c/j/q/x/sh/zh/ch (S); h and y are dropped;
 * a name that begins with a vowel begins with V; digits stay digits. A Chinese syllable gives its
 * initial and its -n/-ng (N); 儿/尔 ("er") is an L.
 *
 * A name has several frames, one per way Chinese renders it, and so has a Chinese word; they match
 * when they share one. The regular correspondences of loan words give the alternatives:
 * - Latin k/g before i/e is written with pinyin q/j (Mykita 麦琪塔, Gillette 吉列): j and q are K or S;
 * - a w, a v, or an o/u gliding into a vowel is written with pinyin w (Volvo 沃尔沃, Amouage 阿慕瓦), or
 *   not at all;
 * - an r before a consonant is dropped (Martin 马丁, Carter 卡特), and so is a last l/r (Fender 芬达);
 *   a t/d between an n and a consonant may be (Montblanc 万宝龙, Montbell 蒙贝尔);
 *   so may be any last consonant, in a word of three characters (Amouage 阿慕瓦, Louboutin 卢布托);
 * - silent letters are silent: gh after the first letter ("light"), k before n at the start;
 * - x is "ks" (克斯) or s;
 * - a character with several readings is read in each (什 shi/shen, 卡 ka/qia, 伽 jia/ga);
 * - digits of a name are written as Chinese numerals, one by one or as a number (70mai 七零迈).
 *
 * Syllable frames (`syllables`) keep a class repeated across a vowel or a syllable: Taito is "TT"
 * as 泰托 is, where its frame is "T". Too short to tell a name from a word alone, they are read only
 * where one of the brand's lines says whose name the word stands for (disguised-names.ts).
 */
import { readCount } from './numerals.ts';
import { pinyinOf } from './sound-alike.ts';

/** Frames of one name or word are capped: each alternative doubles them. */
const MAX_FRAMES = 64;

const LATIN_CLASS: Readonly<Record<string, string>> = {
  l: 'L',
  r: 'L',
  m: 'N',
  n: 'N',
  d: 'T',
  t: 'T',
  b: 'P',
  p: 'P',
  g: 'K',
  k: 'K',
  q: 'K',
  f: 'F',
  s: 'S',
  z: 'S',
  j: 'S',
};

const VOWELS = 'aeiou';

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && VOWELS.includes(ch);
}

/** Where a syllable ends, in syllable frames: a class on each side of it is written twice. */
const SYLLABLE_BREAK = '.';

/**
 * Every choice of one option per position, runs of one class merged (not across a syllable break,
 * which is then dropped), at most MAX_FRAMES.
 */
function expand(options: readonly (readonly string[])[]): string[] {
  let frames = [''];
  for (const choice of options) {
    const next: string[] = [];
    for (const frame of frames)
      for (const option of choice) if (next.length < MAX_FRAMES) next.push(frame + option);
    frames = next;
  }
  return [...new Set(frames.map((f) => f.replace(/(\D)\1+/g, '$1').replaceAll(SYLLABLE_BREAK, '')))];
}

/** Enough of a name to tell it from a word: three classes or digits (a leading V counts). */
function longEnough(frame: string): boolean {
  return frame.length >= 3;
}

/**
 * The frames of a Latin name of letters and digits ("tanishq", "70mai"), lower case; none when it
 * gives fewer than three classes (中文, 现货 would match too much). With `lastLost`, also the frames
 * without its last consonant, as French endings and nasals are lost (Amouage 阿慕瓦, Louboutin 卢布托):
 * they take a longer Chinese word to tell from a word (轻薄 is not Champion).
 */
export function latinFrames(name: string, lastLost = false, syllables = false): string[] {
  const options: string[][] = [];
  if (isVowel(name[0])) options.push(['V']);
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const next = name[i + 1];
    if (syllables && isVowel(ch) && !isVowel(name[i - 1])) options.push([SYLLABLE_BREAK]);
    if (ch >= '0' && ch <= '9') options.push([ch]);
    else if (isVowel(ch)) {
      // o/u gliding into a vowel after a consonant: "Amouage" 阿慕瓦
      const glide = ch === 'o' && next === 'u' ? name[i + 2] : ch === 'u' ? next : undefined;
      const after = name[i - 1];
      if (isVowel(glide) && i > 0 && !isVowel(after) && after !== 'g' && after !== 'q') {
        options.push(['W', '']);
        if (ch === 'o') i++;
      }
    } else if (ch === next && name[i + 2] === 'h' && !isVowel(ch)) {
      // a doubled letter is one sound, the second one in a digraph with h: "Sapphire" 萨菲尔 (s-ph-r),
      // "Matthew"
    } else if (ch === 'p' && next === 'h') {
      options.push(['F']);
      i++;
    } else if ((ch === 's' || ch === 'c') && next === 'h') {
      options.push(['S']);
      i++;
    } else if (ch === 'g' && next === 'h' && i > 0) {
      // silent: "light", "Vaughan"
      i++;
    } else if (ch === 'k' && next === 'n' && i === 0) {
      // silent: "Knirps"
    } else if (ch === 't' && next === 'h') {
      options.push(['T']);
      i++;
    } else if (ch === 'c') options.push([next === 'e' || next === 'i' || next === 'y' ? 'S' : 'K']);
    else if (ch === 'w') options.push(['W', '']);
    else if (ch === 'v') options.push(['F', 'W']);
    else if (ch === 'x') options.push(['KS', 'S']);
    else if (ch === 'r' && i > 0 && next !== undefined && !isVowel(next) && next !== 'y')
      options.push(['L', '']);
    else if (
      (ch === 't' || ch === 'd') &&
      name[i - 1] === 'n' &&
      next !== undefined &&
      /[b-df-hj-np-tv-z]/.test(next)
    )
      options.push(['T', '']);
    else if (LATIN_CLASS[ch] !== undefined) options.push([LATIN_CLASS[ch]!]);
  }
  // a last l/r dropped (Fender 芬达); with lastLost, any last consonant (Amouage 阿慕瓦, Louboutin 卢布托)
  // that ends the name or is followed only by a mute e: a last consonant that opens a sounded syllable
  // ("Tescoma", "-ma") is written (特级花椒 is not Tescoma)
  if (lastLost && /[aiouy]$|[aeiouy]e$/.test(name)) lastLost = false;
  for (let k = options.length - 1; k >= 0; k--) {
    const last = options[k]!;
    if (last.includes('') || last[0] === SYLLABLE_BREAK) continue;
    if (last.length === 1 && (last[0] === 'L' || (lastLost && /^[A-UX-Z]$/.test(last[0]!))))
      options[k] = [last[0]!, ''];
    break;
  }
  // syllable frames are read beside one of the brand's lines only: two classes are enough there
  return expand(options).filter((f) => longEnough(f) || (syllables && f.length === 2));
}

/**
 * Readings a character has beside the one of the table (sound-alike.ts), as loan words use them:
 * the polyphonic characters transliterations are written with.
 */
const MORE_READINGS: Readonly<Record<string, readonly string[]>> = {
  什: ['shi'],
  卡: ['qia'],
  伽: ['ga', 'qie'],
  茄: ['jia'],
  乐: ['yue'],
  长: ['zhang'],
  重: ['chong'],
  行: ['hang'],
  莎: ['suo'],
  单: ['shan'],
  朴: ['piao', 'po'],
  查: ['zha'],
  柏: ['bo'],
  伯: ['bai'],
  薄: ['bo'],
  贾: ['gu'],
  区: ['ou'],
  约: ['yao'],
  会: ['kuai'],
  那: ['nei'],
  阿: ['e'],
  奇: ['ji'],
  咖: ['ga'],
  塞: ['se'],
  色: ['shai'],
  厦: ['xia'],
  模: ['mu'],
  佛: ['fu'],
  番: ['pan'],
  蕃: ['bo'],
  给: ['ji'],
  调: ['diao'],
  得: ['dei'],
  参: ['shen'],
  大: ['dai'],
  都: ['dou'],
  盖: ['ge'],
  露: ['lou'],
  秘: ['bi'],
  便: ['pian'],
  提: ['di'],
  石: ['dan'],
  拓: ['ta'],
  率: ['lv'],
  似: ['shi'],
  还: ['hai'],
  叶: ['xie'],
  期: ['ji'],
  其: ['ji'],
  系: ['ji'],
  谷: ['yu'],
  蔓: ['wan'],
  曾: ['ceng'],
  角: ['jue'],
  解: ['xie'],
  省: ['xing'],
  校: ['jiao'],
  差: ['chai'],
  纶: ['guan'],
  脉: ['mo'],
};

const PINYIN_INITIAL: ReadonlyArray<[string, readonly string[]]> = [
  ['zh', ['S']],
  ['ch', ['S']],
  ['sh', ['S']],
  ['b', ['P']],
  ['p', ['P']],
  ['d', ['T']],
  ['t', ['T']],
  ['g', ['K']],
  ['k', ['K']],
  ['f', ['F']],
  ['l', ['L']],
  ['r', ['L']],
  ['m', ['N']],
  ['n', ['N']],
  ['j', ['S', 'K']],
  ['q', ['S', 'K']],
  ['x', ['S']],
  ['z', ['S']],
  ['c', ['S']],
  ['s', ['S']],
  ['h', ['']],
  ['w', ['W', '']],
  ['y', ['']],
];

/** The classes one syllable gives, each way it can be read. */
function syllableOptions(syllable: string, first: boolean): string[] {
  if (syllable === 'er') return ['L'];
  const initial = PINYIN_INITIAL.find(([p]) => syllable.startsWith(p));
  const rest = initial ? syllable.slice(initial[0].length) : syllable;
  const nasal = /ng?$/.test(rest) ? 'N' : '';
  // a first w stands for a vowel as well ("Oura" 欧拉, 沃 for "Vo")
  const heads = initial ? (first && initial[0] === 'w' ? ['W', 'V'] : initial[1]) : [first ? 'V' : ''];
  return heads.map((h) => h + nasal);
}

const NUMERAL = /^[零〇一二两三四五六七八九十百]+/u;

/**
 * The frames of a Chinese word (its characters), or none when a character has no reading. A run of
 * numerals is read as its digits too ("七零" 70).
 */
export function hanFrames(word: readonly string[], syllables = false): string[] {
  // titles repeat their words (商品 words, shop names, goods nouns): remembered, ~2 µs each otherwise
  const key = syllables ? `\u0001${word.join('')}` : word.join('');
  const known = HAN_FRAMES.get(key);
  if (known !== undefined) return known;
  const frames = readHanFrames(word, syllables);
  if (HAN_FRAMES.size >= MAX_REMEMBERED) HAN_FRAMES.clear();
  HAN_FRAMES.set(key, frames);
  return frames;
}

/** Frames of Chinese words read before, by word (a leading U+0001 for syllable frames). */
const HAN_FRAMES = new Map<string, string[]>();
const MAX_REMEMBERED = 20_000;

function readHanFrames(word: readonly string[], syllables: boolean): string[] {
  const options: string[][] = [];
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    if (syllables && k > 0) options.push([SYLLABLE_BREAK]);
    const numerals = NUMERAL.exec(word.slice(k).join(''))?.[0];
    if (numerals !== undefined && (k === 0 || !NUMERAL.test(word[k - 1]!))) {
      // the run as a number, or each numeral by its sound
      const value = readCount(numerals);
      if (value !== undefined) {
        const length = [...numerals].length;
        const sounds: string[][] = [];
        for (const c of word.slice(k, k + length)) {
          const s = pinyinOf(c);
          if (s === undefined) return [];
          sounds.push(syllableOptions(s, k === 0 && sounds.length === 0));
        }
        options.push([String(value), ...expand(sounds)]);
        k += length - 1;
        continue;
      }
    }
    const reading = pinyinOf(ch);
    if (reading === undefined) return [];
    const readings = [reading, ...(MORE_READINGS[ch] ?? [])];
    options.push([...new Set(readings.flatMap((r) => syllableOptions(r, k === 0)))]);
  }
  return expand(options);
}
