export {
  findRightById,
  getRight,
  listRights,
  registerRight,
  rightNamesInForce,
  toRight,
  verifyRight,
} from './right.service.ts';
export type { Right, RightType } from './right.ts';
export { rightCoversJurisdiction, rightUnusableReason } from './right.ts';
