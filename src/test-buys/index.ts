import { declareTables } from '../shared/tables.ts';

/**
 * Public API of test buys (issue 16 points 1-3): the sampling plan and its policy, brand requests,
 * the chain of custody, and the outcome as a decision with its penalties and referral.
 */
import './test-buy.table.ts';
import './sampling.policy.ts';
import './risk-sources.ts';
import './test-buy.appeals.ts';
import './test-buy.referral.ts';

export {
  recordStep,
  registerCustodianKey,
  type StepInput,
  verifyCustody,
} from './custody.service.ts';
export {
  type ChainVerdict,
  genesisHash,
  handoverMessage,
  INSPECTION_RESULTS,
  STEP_KINDS,
  type StepKind,
  stepHash,
  verifyChain,
} from './custody.ts';
export { decideOutcome } from './outcome.service.ts';
export { createPlan, requestTestBuy } from './plan.service.ts';
export { type RiskScope, type RiskSource, registerRiskSource, riskSources } from './risk-sources.ts';
export { SAMPLING_POLICY_KEY, TEST_BUY_SAMPLING_POLICY } from './sampling.policy.ts';
export { DEFAULT_TEST_BUY_SAMPLING, drawPlan, type TestBuySamplingPolicy } from './sampling.ts';
export { testBuyRoutes } from './test-buy.routes.ts';
export { runTestBuyCommand } from './test-buy-cli.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['test_buy_plans', 'test_buy_requests', 'test_buys', 'test_buy_steps', 'custodian_keys'],
});
