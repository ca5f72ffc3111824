import { declareTables } from '../shared/tables.ts';

export { closeCounterNotice, latestOutcome, lockCounterNoticeOfItem } from './outcome.repository.ts';
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
  alsoWrites: {
    counter_notices:
      'an outcome that ends an item closes its open counter-notice in the same transaction (debt: should call counter-notices)',
  },
});
