import { declareTables } from '../shared/tables.ts';

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

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['rights'],
});
