import { declareTables } from '../shared/tables.ts';

/**
 * Public API of referrals (issue 16 points 4-5): law-enforcement referral cases, their bundle
 * (sections registered by the modules that own the data), the signed archive and its offline check.
 */
import './referral.table.ts';
import './sections.ts';

export { buildArchive, type Manifest, readTar, referralSigningKey, verifyArchive } from './archive.ts';
export { ReferralSchema, referralRoutes } from './referral.routes.ts';
export {
  isLiaison,
  openReferral,
  openReferralByHand,
  type ReferralView,
  referralOfTestBuy,
  updateReferral,
} from './referral.service.ts';
export {
  isSerious,
  measure,
  REFERRAL_STATUSES,
  type ReferralCriteria,
  type ReferralStatus,
} from './referral.ts';
export { runReferralCommand } from './referral-cli.ts';
export {
  type ReferralContext,
  type ReferralSection,
  referralSections,
  registerReferralSection,
  type SectionContent,
} from './sections.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['referral_cases', 'referral_exports'],
});
