import { declareTables } from '../shared/tables.ts';

/** Public API of decisions: any decision on any subject, with its one statement of reasons. */

export { adoptStoreDecisions, decisionInsertSql, decisionParameter } from './decision.repository.ts';
export {
  DecisionSchema,
  decisionRoutes,
  StatementSchema,
  type StatementView,
  statementOf,
} from './decision.routes.ts';
export {
  appealWindowMonths,
  type DecisionView,
  decisionScope,
  decisionsOfItem,
  decisionsOfSubject,
  findDecisionRow,
  getDecision,
  listDecisions,
  recordDecision,
  toDecisionView,
} from './decision.service.ts';
export {
  APPEALABLE_BY,
  DECISION_MADE,
  type DecisionInput,
  type DecisionMadeData,
  type PlannedDecision,
  planDecision,
} from './decision.ts';
export {
  EEA_STATES,
  eeaTerritorialScope,
  territorialScope,
  transparencyCategory,
} from './statement.parts.ts';
export type { DecisionKind, StatementBody, SubjectType } from './statement.schema.ts';
export {
  DecisionKind as DecisionKindSchema,
  StatementBody as StatementBodySchema,
} from './statement.schema.ts';
export { describeCause, renderStatement, type StatementInput } from './statement.ts';
import './decision.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['decisions'],
});
