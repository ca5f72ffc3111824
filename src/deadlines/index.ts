import { declareTables } from '../shared/tables.ts';

/**
 * Durable deadlines: scheduling and reading. The worker that fires them is deadline.worker.ts,
 * imported by whoever runs it (the serve command, tests), because firing composes every module
 * whose clocks it runs and must not be pulled into their imports.
 */

export {
  DEADLINE_ACTOR,
  type DeadlineEffect,
  type DeadlineKindDefinition,
  deadlineKind,
  deadlineKinds,
  escalation,
  moot,
  registerDeadlineKind,
} from './deadline.kinds.ts';
export {
  cancelDeadlines,
  type Deadline,
  deadlinesOfItem,
  deadlinesOfItems,
  escalatedDeadlines,
  type PlannedDeadline,
  planDeadline,
  type ScheduleInput,
  scheduleDeadline,
  toDeadline,
} from './deadline.service.ts';
import './deadline.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['deadlines'],
});
