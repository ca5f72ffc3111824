/** Public API of takedowns: applying removals, statements of reasons, and signed webhooks. */

export { LISTING_REINSTATED, LISTING_REMOVED } from './events.ts';
export { applyReinstatement, type ReinstatementInput, type ReinstatementResult } from './reinstatement.ts';
export {
  applyRemoval,
  type DecidedRemoval,
  type DecidedRemovalInput,
  decideRemoval,
  type RemovalInput,
  type RemovalResult,
} from './removal.ts';
export type { StatementBody } from './statement.schema.ts';
export { buildStatement, type StatementInput } from './statement.ts';
export { takedownRoutes } from './takedown.routes.ts';
export type { Statement, StatementSummary } from './takedown.service.ts';
export { getStatement, listStatements, verifySnapshot } from './takedown.service.ts';
