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
