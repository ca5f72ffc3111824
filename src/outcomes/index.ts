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
