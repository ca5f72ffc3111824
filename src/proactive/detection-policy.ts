import { Type } from 'typebox';
import {
  DEFAULT_DETECTION_POLICY,
  type DetectionPolicy,
  validateDetectionPolicy,
} from '../detection/index.ts';
import { definePolicy } from '../policies/index.ts';
import { bumpRevision } from './detection-config.repository.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    detection: DetectionPolicy;
  }
}

const Weight = Type.Number({ minimum: 0 });

/** The stored detection policy: complete (a partial update is merged with the defaults first). */
export const DetectionPolicySchema = Type.Object(
  {
    version: Type.String({ minLength: 1, maxLength: 200 }),
    thresholds: Type.Array(
      Type.Object(
        {
          minScore: Type.Number(),
          action: Type.Enum(['remove', 'review', 'brand_verify', 'allow']),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20 },
    ),
    weights: Type.Record(Type.String({ pattern: '^[A-Za-z]{1,64}$' }), Weight, {
      additionalProperties: false,
    }),
    priceZThreshold: Type.Number(),
    usedPriceFactor: Type.Number(),
    bulkQuantity: Type.Number(),
    indicatorOnlyScoreCap: Type.Number(),
    currencyRates: Type.Record(Type.String({ pattern: '^[A-Z]{3}$' }), Type.Number(), {
      additionalProperties: false,
    }),
    maxTextLength: Type.Number(),
    maxPrice: Type.Number(),
    priceRatios: Type.Optional(
      Type.Object(
        { extreme: Type.Number(), strong: Type.Number(), weak: Type.Number() },
        { additionalProperties: false },
      ),
    ),
    descriptionWeakFactor: Type.Optional(Type.Number()),
    calibration: Type.Optional(Type.Array(Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }))),
  },
  {
    additionalProperties: false,
    title: 'DetectionPolicy',
    description: 'Score thresholds to actions, signal weights, price rules',
  },
);

/** The detection policy, one of the platform's policies: versioned in `policies`, validated on read. */
export const DETECTION_POLICY = definePolicy<DetectionPolicy>({
  key: 'detection',
  description: 'Proactive detection: score thresholds to actions, signal weights, price and bulk rules',
  schema: DetectionPolicySchema,
  defaultValue: DEFAULT_DETECTION_POLICY,
  check: (body) =>
    validateDetectionPolicy(body, DEFAULT_DETECTION_POLICY).errors.map((e) => ({
      pointer: e.pointer,
      rule: 'detection-policy',
      detail: e.message,
    })),
  readableBy: 'operator_staff',
  // Every process rebuilds its detectors when the revision moves.
  onChange: bumpRevision,
});
