import { Type } from 'typebox';
import { literals } from '../http/schemas.ts';
import { definePolicy } from '../policies/index.ts';

/**
 * The `joint-force` policy: what a brand's "genuine" teaches the detector (the whole store, or only
 * the listing, is no longer sent to that brand), how many days a brand has to answer, and what
 * happens to a case nobody answered in time.
 */
export interface JointForcePolicy {
  exemptionScope: 'store' | 'listing';
  answerDays: number;
  /** operator_review: an unanswered case goes to the operator's review queue; dismiss: it closes. */
  escalation: 'operator_review' | 'dismiss';
  /** Whether the operator is notified of each unanswered case. */
  notifyOperator: boolean;
}

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'joint-force': JointForcePolicy;
  }
}

export const JOINT_FORCE_POLICY_KEY = 'joint-force' as const;

export const JointForcePolicySchema = Type.Object(
  {
    exemptionScope: literals(['store', 'listing'], {
      description:
        "What a brand's genuine answer exempts from being sent to that brand again: the seller's store, or only the listing",
    }),
    answerDays: Type.Integer({
      minimum: 1,
      maximum: 60,
      description: 'Days a brand has to answer a verification request',
    }),
    escalation: literals(['operator_review', 'dismiss'], {
      description:
        "An unanswered case at its deadline: operator_review sends it to the operator's review queue; dismiss closes it",
    }),
    notifyOperator: Type.Boolean({ description: 'Notify the operator of each unanswered case' }),
  },
  {
    additionalProperties: false,
    title: 'JointForcePolicy',
    description:
      'Joint Force: brand verification of suspicious listings (exemptions, answer deadline, escalation)',
  },
);

export const JOINT_FORCE_POLICY = definePolicy<JointForcePolicy>({
  key: JOINT_FORCE_POLICY_KEY,
  description:
    "Joint Force: what a brand's genuine answer exempts (store or listing), the days a brand has to answer, and what happens to unanswered cases",
  schema: JointForcePolicySchema,
  defaultValue: {
    exemptionScope: 'store',
    answerDays: 5,
    escalation: 'operator_review',
    notifyOperator: true,
  },
  readableBy: 'everyone',
});
