import { Type } from 'typebox';
import { KEYWORD_RULE_KINDS, type KeywordRuleSet } from './types.ts';

/**
 * The keyword controls' JSON shape (a `KeywordRuleSet`), for the API's request and response. The
 * rules it cannot say (unique ids, a pattern with letters or digits, taxonomy categories) are
 * checked by `validateKeywordRuleSet`, which names the rule in each error.
 */
const Phrases = (description: string) =>
  Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 5000, description }));

export const KeywordRuleSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200 }),
    pattern: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Enum([...KEYWORD_RULE_KINDS]),
    severity: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'How strongly the term alone indicates infringement',
    }),
    innocentContexts: Phrases(
      'Phrases that make the term innocent when they overlap the match ("usb type a")',
    ),
    innocentNearby: Phrases('Words that make the term innocent within three words of it ("lessons 1:1")'),
    licensedContextInnocent: Type.Optional(Type.Boolean()),
    stockDeviceInnocent: Type.Optional(Type.Boolean()),
    innocentShipFrom: Type.Optional(
      Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), {
        maxItems: 50,
        description:
          "Countries (ISO 3166-1 alpha-2) where the term is innocent for listings shipped from them (Taiwan's 公司貨)",
      }),
    ),
    categories: Phrases('Piracy: counts only in listings of these categories (empty: any)'),
    needsBrand: Type.Optional(
      Type.Boolean({ description: 'Generic term: counts only in a listing naming a brand, line or work' }),
    ),
    brandFreeCategories: Phrases(
      'With needsBrand: taxonomy categories where the term counts without a brand',
    ),
    brandWithin: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    brandBefore: Type.Optional(Type.Boolean()),
    lineBefore: Type.Optional(
      Type.Boolean({
        description:
          'With brandBefore: one of the brand\'s product lines may stand before the term instead ("Orion 同款")',
      }),
    ),
    titleOnly: Type.Optional(Type.Boolean()),
    requiresNearby: Phrases('The term counts only with one of these words within five words'),
    nearbyFreeCategories: Phrases(
      'With requiresNearby: taxonomy categories where the term counts without the required words',
    ),
    requiresInSentence: Phrases('The term counts only with one of these words in its sentence'),
    nominativeInnocent: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const KeywordRuleSetSchema = Type.Unsafe<KeywordRuleSet>(
  Type.Object(
    {
      marketplace: Type.Optional(Type.String({ maxLength: 200 })),
      version: Type.String({ minLength: 1, maxLength: 200 }),
      rules: Type.Array(KeywordRuleSchema, { maxItems: 20_000 }),
      nominativeCues: Phrases('Cues of nominative use before a brand ("compatible with", "适用于")'),
      licensedReproductionCues: Phrases(
        'Phrases that make a listing about a licensed or museum reproduction',
      ),
      nominativeAfterCues: Phrases('Cues of nominative use after the brand ("Apple Watch compatible band")'),
      thirdPartyCues: Phrases('Disclosures that the goods are third-party ("not made by", "非原厂")'),
      negationCues: Phrases('Words that negate a marker just after them ("not a replica")'),
      negationAfterCues: Phrases(
        'Words that negate a marker just before them ("replika değil", "偽物ではありません")',
      ),
      discussionCues: Phrases('Words of a listing that talks about fakes ("how to spot", "鉴别")'),
      promotionCues: Phrases('A stated sale that explains a moderate discount ("clearance", "双十一")'),
      usedConditionCues: Phrases('Text saying the item is second-hand ("pre-owned", "二手")'),
      newConditionCues: Phrases('Text saying the item is new ("brand new", "全新")'),
      lowPriceCues: Phrases('Text stressing a low price ("cheap", "best price", "低价")'),
    },
    {
      additionalProperties: false,
      description: 'Keyword controls: markers, coded language, piracy terms, cues',
    },
  ),
);
