export type { DecisionInput } from './review.ts';
export { REJECTION_REASONS, REMOVAL_REASONS } from './review.ts';
export { answerInfoRequest, decideItem, itemDetail, reviewQueue } from './review.service.ts';
