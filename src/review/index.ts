import { declareTables } from '../shared/tables.ts';

export { decideItems } from './decide-items.ts';
export {
  decideProvisional,
  PROVISIONAL_REASON_CODES,
  PROVISIONAL_REVIEW,
  type ProvisionalView,
  provisionalOf,
  startProvisionalTakedowns,
} from './provisional.ts';
export { type BulkItemResult, MAX_ITEMS_PER_BULK_DECISION, ReasonCodeSchema } from './review.schema.ts';
export {
  answerInfoRequest,
  decideItem,
  itemDetail,
  reviewQueue,
  type SupervisorEntry,
  supervisorQueue,
} from './review.service.ts';
export type { DecisionInput } from './review.ts';
export { DEFAULT_REMOVAL_REASON, REJECTION_REASONS, REMOVAL_REASONS } from './review.ts';
import './review.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['info_requests', 'review_claims', 'provisional_takedowns'],
});
