import { declareTables } from '../shared/tables.ts';

export { type ClockTerms, clockTerms } from './clock-terms.ts';
export {
  definePolicy,
  definePolicyConstraint,
  type PolicyConstraint,
  type PolicyDefinition,
  policyDefinitions,
} from './define.ts';
export { currentPolicy, listPolicies, policyHistory, readPolicy, writePolicy } from './policy.service.ts';
export type { ReviewSlaPolicy } from './policy.ts';
export { DEFAULT_INFO_REQUEST, slaDueAt } from './policy.ts';
export type {
  HolidayCalendarsPolicy,
  Procedure,
  ProcedureTerms,
  PutbackPolicy,
  RightType,
} from './putback.ts';
export { checkPutbackPolicy, termsFor } from './putback.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['policies'],
});
