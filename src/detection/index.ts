/** Public API of the proactive detection engine. */

export { DEFAULT_DETECTION_POLICY } from './data/default-policy.ts';
export { DEFAULT_KEYWORD_RULES } from './data/default-rules.ts';
export { Detector, type DetectorOptions } from './detector.ts';
export { allowedEditDistance, FuzzyIndex } from './fuzzy.ts';
export { BrandKnowledgeSchema, brandKnowledgeJsonSchema } from './knowledge-schema.ts';
export { type CompiledPattern, compilePattern, PatternAutomaton } from './matcher.ts';
export { type NormalizedView, TextNormalizer } from './normalize.ts';
export {
  type PhotoBrand,
  type PhotoMatch,
  STOLEN_PHOTO_DEFAULT_WEIGHT,
  withPhotoSignals,
} from './photo-signal.ts';
export { median, robustStats, robustZ } from './price.ts';
export { KeywordRuleSchema, KeywordRuleSetSchema } from './rules-schema.ts';
export { runScanCommand } from './scan-cli.ts';
export { decideAction, scoreSignals } from './scoring.ts';
export { type NormalizedText, normalizeText } from './skeleton.ts';
export type * from './types.ts';
export {
  parseListingLine,
  type Validated,
  validateBrandKnowledge,
  validateDetectionPolicy,
  validateKeywordRuleSet,
  validateListing,
} from './validate.ts';
