export type { Right, RightType } from './right.ts';
export { rightCoversJurisdiction, rightUnusableReason } from './right.ts';
export { findRightById, getRight, listRights, registerRight, toRight, verifyRight } from './right.service.ts';
