import { declareTables } from '../shared/tables.ts';

/** Public API of items: the notice item's context, state machine and the one authorization of item actions. */
export { can, type ItemAction, type ItemParty, partyOf } from './access.ts';
export { decisionPartsOf } from './decision-parts.ts';
export {
  type ClockedItem,
  clockOfItem,
  clocksOfItems,
  type ItemClock,
  type Move,
  type MoveParty,
  moveOf,
  whoseMove,
} from './item.clock.ts';
export {
  type ItemContext,
  type ItemPatch,
  itemContext,
  itemState,
  rejectPendingItem,
  removePendingItemSql,
  transitionItem,
} from './item.repository.ts';
export { canTransition, ITEM_TRANSITIONS, OPEN_STATES, requireTransition } from './item.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['notice_items'],
});
