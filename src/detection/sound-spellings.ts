/**
 * Latin brand names written the way they sound (fifteenth round): sellers who keep a name out of
 * search write its vowels as another spelling of the same sound ("Tumy" for Tumi, "Mavee" for
 * Mavi, "Haygen" for Hegen, "Dywa" for Daiwa), a hard c as k ("Kanon"), ph as f, or the digits of
 * a name as English words ("Seventymai" for 70mai). Edit distance misses these (a short name must
 * be exact but for an added or swapped letter; two letters for one is two edits), so each name's
 * sound spellings are indexed as exact misspellings (compile.ts): the detector reads them like any
 * misspelling, in the brand's category.
 */

/**
 * Spellings of one vowel sound, as sellers swap them. A group of the name is replaced by each of its
 * alternatives, one group at a time: "i" (as in Tumi) by "y", "ee", "ie", "ea"; "ai" (as in Daiwa,
 * the sound of "eye") by "y", "ie", "ye"; "e" (as in Hegen) by "ay", "ai", "ei", "ey".
 */
const VOWEL_SOUNDS: Readonly<Record<string, readonly string[]>> = {
  i: ['y', 'ee', 'ie', 'ea', 'ey'],
  y: ['i', 'ie', 'ee', 'ai', 'ey'],
  ee: ['i', 'y', 'ea', 'ie'],
  ie: ['i', 'y', 'ee'],
  ea: ['ee', 'i'],
  e: ['ay', 'ai', 'ei', 'ey'],
  ai: ['y', 'ie', 'ye', 'ay', 'ei'],
  ay: ['ai', 'ei', 'ey', 'e'],
  ei: ['ai', 'ay', 'ey'],
  ey: ['ay', 'ei', 'y'],
  oo: ['u'],
  u: ['oo'],
  ou: ['ow'],
  au: ['aw'],
  oa: ['o'],
};

/** Consonants written another way with the same sound. */
const CONSONANT_SOUNDS: ReadonlyArray<[RegExp, string]> = [
  [/c(?=[aou]|[^aeiouy]|$)/g, 'k'],
  [/k(?=[aou]|[^aeiouy]|$)/g, 'c'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/f/g, 'ph'],
  [/qu/g, 'kw'],
  [/x/g, 'ks'],
];

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number below 10,000 in English words, run together ("seventy", "threehundredsixtyone"). */
export function numberInWords(n: number): string {
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 === 0 ? '' : ONES[n % 10]!);
  if (n < 1000) return `${ONES[Math.floor(n / 100)]!}hundred${n % 100 === 0 ? '' : numberInWords(n % 100)}`;
  return `${numberInWords(Math.floor(n / 1000))}thousand${n % 1000 === 0 ? '' : numberInWords(n % 1000)}`;
}

/** The name's digits as words: the number ("seventy") and digit by digit ("sevenzero"). */
function numberSpellings(name: string): string[] {
  if (!/\d/.test(name) || !/[a-z]/.test(name)) return [];
  const out = new Set<string>();
  const whole = name.replace(/\d+/g, (digits) =>
    digits.length <= 4 && !digits.startsWith('0') ? numberInWords(Number(digits)) : digits,
  );
  const single = name.replace(/\d/g, (d) => ONES[Number(d)]!);
  for (const s of [whole, single]) if (!/\d/.test(s)) out.add(s);
  return [...out];
}

/** Groups of a lower-case word: runs of vowels (y a vowel unless it begins a syllable) and consonants. */
function groupsOf(word: string): string[] {
  const groups: string[] = [];
  let current = '';
  let vowel = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const isVowel = /[aeiou]/.test(ch) || (ch === 'y' && !(i === 0 || /[aeiou]/.test(word[i + 1] ?? '')));
    if (current !== '' && isVowel !== vowel) {
      groups.push(current);
      current = '';
    }
    current += ch;
    vowel = isVowel;
  }
  if (current !== '') groups.push(current);
  return groups;
}

/**
 * Sound spellings of a one-word Latin name (letters, possibly digits; lower case): one vowel group
 * or one consonant spelled another way, or its digits as words. The name itself is left out; so
 * are spellings shorter than four letters.
 */
export function soundSpellings(name: string): string[] {
  const lower = name.toLowerCase();
  if (!/^[a-z\d]+$/.test(lower) || lower.replace(/\d/g, '').length < 3) return [];
  const out = new Set<string>();
  for (const spelled of numberSpellings(lower)) out.add(spelled);
  if (/^[a-z]{4,}$/.test(lower)) {
    const groups = groupsOf(lower);
    groups.forEach((group, k) => {
      for (const alternative of VOWEL_SOUNDS[group] ?? []) {
        const variant = [...groups.slice(0, k), alternative, ...groups.slice(k + 1)].join('');
        out.add(variant);
      }
    });
    for (const [pattern, replacement] of CONSONANT_SOUNDS) {
      const variant = lower.replace(pattern, replacement);
      if (variant !== lower) out.add(variant);
    }
  }
  out.delete(lower);
  return [...out].filter((s) => s.length >= 4);
}
