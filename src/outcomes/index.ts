import { declareTables } from '../shared/tables.ts';

export { latestOutcome } from './outcome.repository.ts';
export { outcomeRoutes } from './outcome.routes.ts';
export {
  COUNTER_NOTICE_CLOCKS,
  type OutcomeView,
  outcomesOfItem,
  recordOutcome,
  reinstateItem,
  withdrawItem,
  withdrawNotice,
} from './outcome.service.ts';
import './outcome.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['outcomes'],
});
