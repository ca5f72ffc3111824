export {
  closeCounterNotice,
  type ItemContext,
  itemContext,
  latestOutcome,
  lockCounterNoticeOfItem,
  transitionItem,
} from './outcome.repository.ts';
export { outcomeRoutes } from './outcome.routes.ts';
export {
  COUNTER_NOTICE_CLOCKS,
  listNotifications,
  type OutcomeView,
  outcomesOfItem,
  recordOutcome,
  reinstateItem,
  withdrawItem,
  withdrawNotice,
} from './outcome.service.ts';
export { buildOutcomeStatement, describeCause, type OutcomeStatement } from './outcome.ts';
export { type ItemParty, partyOf } from './parties.ts';
