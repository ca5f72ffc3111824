/**
 * Reproductions of an object (twelfth round): "1:1 replica of a 17th-century astrolabe", "mirror
 * copy of a 1920s railway map", "Replica of the Rosetta Stone". An explicit copy marker followed by
 * "of a", "of an" or "of the" and the thing copied, in a listing that names no brand, product line
 * or protected work (none at all, not even one named only as what the item fits), says what the object is a reproduction of: museum shops, props and prints
 * (every such phrase in the training splits was a legit listing). Not when the thing is described
 * as a brand's goods without naming the brand ("replica of a famous Swiss watch", "copy of the
 * runway bag"): the words that stand in for a brand keep the marker.
 */

/** "of a/an/the" right after the marker, then the first words of what is copied. */
const OF_OBJECT = /^\s*of\s+(?:a|an|the)\s+([^\s,.;:!?]+)(?:\s+([^\s,.;:!?]+))?/i;

/** Words that describe a brand's goods without naming the brand. */
const STANDS_FOR_A_BRAND =
  /^(?:famous|luxury|designer|brand(?:ed)?|big|top|popular|well-?known|iconic|certain|cult|viral|high-?end|expensive|original|genuine|real|authentic|best-?selling|bestselling|premium|runway|swiss|italian|french|german|japanese|trendy|hot|celebrity|name)$/i;

/**
 * The phrase ("of a 17th-century astrolabe") when the text after a copy marker, `after`, names an
 * object it reproduces and no word standing for a brand; else null.
 */
export function reproducedObject(after: string): string | null {
  const m = OF_OBJECT.exec(after);
  if (m === null) return null;
  if (STANDS_FOR_A_BRAND.test(m[1]!) || (m[2] !== undefined && STANDS_FOR_A_BRAND.test(m[2]))) return null;
  // a name in the possessive is a maker's ("copy of the Levi's Vintage Clothing cut")
  if (/['’]s$/i.test(m[1]!)) return null;
  return m[0].trim();
}
