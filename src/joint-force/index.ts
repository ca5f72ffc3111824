import { declareTables } from '../shared/tables.ts';

/**
 * Joint Force (issue 15 point 5): brands verify the suspicious listings detection sends them. The
 * answer is kept as a label; counterfeit files a notice through the ordinary intake, genuine exempts
 * the store or listing for that brand (the scanner honours it), unsure and silence go to the operator.
 */
import './joint-force.table.ts';
import './joint-force.policy.ts';
import './joint-force.effects.ts';

export { CASE_SENT, CASE_UNANSWERED } from './joint-force.effects.ts';
export { JOINT_FORCE_POLICY, type JointForcePolicy } from './joint-force.policy.ts';
export { jointForceRoutes } from './joint-force.routes.ts';
export {
  answerCase,
  figures as jointForceFigures,
  getCase as getJointForceCase,
} from './joint-force.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['joint_force_labels', 'joint_force_exemptions'],
});
