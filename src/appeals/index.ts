import { declareTables } from '../shared/tables.ts';

export type { AppealResultBase } from './appeal.effects.ts';
export {
  type AppealEffect,
  type AppealedDecision,
  appealedContext,
  registerAppealEffect,
} from './appeal.registry.ts';
export { appealRoutes } from './appeal.routes.ts';
export {
  type AppealView,
  appealsOfItem,
  decideAppeal,
  fileAppeal,
  fileAppealOnItem,
  getAppeal,
} from './appeal.service.ts';
export { appealRefusal, decisionInForce, mayDecideAppeal } from './appeal.ts';
export { reverseListingRemoval, upholdListingRemoval } from './listing-restriction.ts';
import './appeal.deadlines.ts';
import './appeal.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['appeals'],
});
