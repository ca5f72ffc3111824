import { declareTables } from '../shared/tables.ts';

/**
 * Public API of notifier standing (issue 12): measured standing of brands and agents, the Good
 * Faith Program, what good faith buys, trusted agents, and protection against misuse.
 */
import './programme.table.ts';
import './misuse.table.ts';
import './misuse.policy.ts';
import './misuse.effects.ts';

export {
  type EvidenceRequirement,
  EXPEDITED_PATH_POLICY,
  type ExpeditedPath,
  type ExpeditedPathPolicy,
  pathFor,
} from './expedite.policy.ts';
export { type ExpeditedTerms, expeditedPolicy, expeditedTerms, setExpeditedPolicy } from './expedite.ts';
import './standing.table.ts';
import './good-faith.policy.ts';
import './programme.service.ts';
import './standing.effects.ts';

export {
  checkGoodFaith,
  GOOD_FAITH_PRESETS,
  type GoodFaithPolicy,
  PUBLIC_GOOD_FAITH,
  SEED_GOOD_FAITH,
} from './good-faith.rules.ts';
export { type GoodFaith, goodFaithFor, goodFaithOf, INTAKE_PROGRAMME_SQL } from './good-faith.ts';
export { INTAKE_BLOCKS_SQL, type IntakeBlock, intakeRefusal } from './misuse.intake.ts';
export { misuseRoutes } from './misuse.routes.ts';
export {
  getMisuse,
  misuseOutcomesOfItem,
  sanctionByHand as sanctionNotifierByHand,
} from './misuse.service.ts';
export { DEFAULT_NOTIFIER_MISUSE, type NotifierMisusePolicy } from './misuse.ts';
export { type ProgrammeRow, programmeRows, writeProgramme } from './programme.repository.ts';
export { evaluateNotifiers } from './programme.service.ts';
export type { ProgrammeBasis, ProgrammeStatus } from './programme.table.ts';
export { notifierRoutes } from './standing.routes.ts';
export { getStanding, listNotifiers, previewPolicy, rebuildStanding } from './standing.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: [
    'notifier_programme',
    'notifier_figures',
    'notifier_findings',
    'notifier_finding_items',
    'notifier_sanctions',
  ],
});
