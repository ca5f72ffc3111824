/** Fixture builders shared by the detection tests. */
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput } from './types.ts';

export const TEST_BRANDS: BrandKnowledge = {
  version: 'test-1',
  brands: [
    {
      id: 'gucci',
      name: 'Gucci',
      aliases: ['古驰'],
      manufacturingCountries: ['IT'],
      authorizedSellers: ['gucci-store'],
      colours: ['black', 'beige', 'red'],
      productLines: [
        {
          name: 'Marmont',
          referencePrice: { min: 1500, max: 3000, currency: 'USD' },
          colours: ['black', 'beige', 'red'],
        },
      ],
    },
    {
      id: 'louis-vuitton',
      name: 'Louis Vuitton',
      aliases: ['路易威登'],
      manufacturingCountries: ['FR'],
      productLines: [{ name: 'Neverfull', referencePrice: { min: 1700, max: 2600, currency: 'USD' } }],
    },
    { id: 'chanel', name: 'Chanel', aliases: ['香奈儿'], manufacturingCountries: ['FR'] },
    {
      id: 'apple',
      name: 'Apple',
      protectedTerms: ['iPhone', 'AirPods'],
      commonWordTerms: ['apple'],
      productLines: [{ name: 'AirPods Pro', referencePrice: { min: 199, max: 249, currency: 'USD' } }],
    },
    {
      id: 'coach',
      name: 'Coach New York',
      commonWordTerms: ['Coach'],
      productLines: [{ name: 'Tabby', referencePrice: { min: 350, max: 650, currency: 'USD' } }],
    },
    {
      id: 'studio',
      name: 'Northwind Pictures',
      works: [
        { title: 'Starfall Legacy', discReleaseDate: '2026-11-20' },
        { title: 'Quiet Harbor', discReleaseDate: '2025-03-04' },
      ],
    },
  ],
};

export function testDetector(): Detector {
  return new Detector(TEST_BRANDS, undefined, undefined, { now: new Date('2026-06-01') });
}

let sequence = 0;
export function listing(title: string, extra: Partial<ListingInput> = {}): ListingInput {
  return { id: `t${++sequence}`, title, ...extra };
}
