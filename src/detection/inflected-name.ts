/**
 * A brand's name declined by the grammar of the listing's language, not misspelled: the Finnish
 * genitive with its consonant gradation ("ei Hurtan tuote" of Hurtta), the Turkish cases written
 * without the apostrophe ("Vakkonun", "Vakkodan"), the Polish and Czech cases ("Wittchena",
 * "Wittchenem", "Mafellu"), the Hungarian ones ("Mafellen", "Mafellnek"). The name's stem is the name,
 * the name without its last vowel, or either with its last double consonant made single.
 */

/** Case endings of the inflecting languages of the marketplaces (FI, TR, PL, CS, SK, HR, HU, RO). */
const CASE_ENDINGS = new Set([
  // Finnish
  'n',
  'an',
  'en',
  'in',
  'un',
  'lla',
  'llä',
  'lle',
  'lta',
  'ltä',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'ksi',
  'na',
  'nä',
  'ta',
  'tä',
  'iin',
  // Turkish
  'nın',
  'nin',
  'nun',
  'nün',
  'ın',
  'ün',
  'da',
  'de',
  'dan',
  'den',
  'te',
  'tan',
  'ten',
  'ya',
  'ye',
  'yı',
  'yi',
  'yu',
  'yü',
  // Polish, Czech, Slovak, Croatian
  'a',
  'u',
  'em',
  'om',
  'ie',
  'owi',
  'ovi',
  'ą',
  'ę',
  'y',
  'i',
  'e',
  'ou',
  'ov',
  'ów',
  // Hungarian
  'nak',
  'nek',
  'ban',
  'ben',
  'on',
  'ön',
  'hoz',
  'hez',
  'tól',
  'től',
  'ul',
  // Romanian
  'ul',
  'ului',
]);
const VOWEL = /[aeiouyäöüıé]$/;

function degeminate(word: string): string {
  for (let i = word.length - 1; i > 0; i--) {
    if (word[i] === word[i - 1] && !VOWEL.test(word[i]!)) return word.slice(0, i) + word.slice(i + 1);
  }
  return word;
}

/**
 * Whether `token` is `name` (one word, at least four letters) followed by a case ending. With
 * `plainlyNamed` false (the name not also written as registered) only an ending of two letters or
 * more counts: a single added letter is also a typist's slip.
 */
export function inflectedName(token: string, name: string, plainlyNamed: boolean): boolean {
  const word = token.toLowerCase();
  const base = name.toLowerCase();
  if (
    base.length < 4 ||
    word.length <= base.length - 2 ||
    word.length > base.length + 5 ||
    base.includes(' ')
  )
    return false;
  const bare = VOWEL.test(base) ? base.slice(0, -1) : base;
  const dropped = bare === base ? '' : base[base.length - 1]!;
  for (const stem of [base, bare, degeminate(base), degeminate(bare)]) {
    if (stem.length < 4 || !word.startsWith(stem)) continue;
    const ending = word.slice(stem.length);
    if (ending.length === 0) continue;
    // a letter doubled at the seam ("Gardenna" of Gardena) or the dropped vowel written back with
    // another after it ("Lippie" of Lippi) is a typist's doubling, not a case
    if (ending[0] === stem[stem.length - 1] || (stem.length < base.length && ending[0] === dropped)) continue;
    if (CASE_ENDINGS.has(ending) && (plainlyNamed || ending.length >= 2)) return true;
  }
  return false;
}
