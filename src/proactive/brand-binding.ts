import type { Brand } from '../detection/index.ts';

/**
 * Brand knowledge is bound to the brand's own rights: every name a brand entry answers to (its
 * name, aliases, protected terms, common-word terms and the titles of its works) must be the name
 * of a verified, unexpired trademark or copyright of the supplying organisation, or a name the
 * operator approved for it. Otherwise brand A could name brand B, receive the verification
 * requests for B's listings and dismiss them as genuine.
 */

/** Comparison key of a brand name: case, accents, width, spacing and punctuation do not count. */
export function brandNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface BrandTerm {
  pointer: string;
  term: string;
  key: string;
}

/** Every term of one brand entry that makes a brand mention, with its JSON pointer. */
export function termsOfBrand(brand: Brand, index: number): BrandTerm[] {
  const base = `/brands/${index}`;
  const terms: BrandTerm[] = [{ pointer: `${base}/name`, term: brand.name, key: '' }];
  const lists: Array<[string, readonly string[] | undefined]> = [
    ['aliases', brand.aliases],
    ['protectedTerms', brand.protectedTerms],
    ['commonWordTerms', brand.commonWordTerms],
  ];
  for (const [field, list] of lists)
    list?.forEach((term, i) => {
      terms.push({ pointer: `${base}/${field}/${i}`, term, key: '' });
    });
  brand.works?.forEach((work, w) => {
    terms.push({ pointer: `${base}/works/${w}/title`, term: work.title, key: '' });
    work.aliases?.forEach((alias, a) => {
      terms.push({ pointer: `${base}/works/${w}/aliases/${a}`, term: alias, key: '' });
    });
  });
  for (const t of terms) t.key = brandNameKey(t.term);
  return terms.filter((t) => t.key !== '');
}

/** The terms not covered by the organisation's verified rights or its approved names. */
export function unboundTerms(brands: readonly Brand[], covered: ReadonlySet<string>): BrandTerm[] {
  return brands.flatMap((brand, i) => termsOfBrand(brand, i).filter((t) => !covered.has(t.key)));
}

/** Whether every term of the brand is covered (used when a detector is built). */
export function brandIsBound(brand: Brand, covered: ReadonlySet<string>): boolean {
  return termsOfBrand(brand, 0).every((t) => covered.has(t.key));
}
