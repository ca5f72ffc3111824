import { declareTables } from '../shared/tables.ts';
import './counter-notice.deadlines.ts';

export { reinstateOnCounterNotice, sendToReview, upholdCounterNotice } from './counter-notice.decisions.ts';
export {
  closeCounterNotice,
  findById as findCounterNoticeRow,
  lockById as lockCounterNotice,
  lockCounterNoticeOfItem,
} from './counter-notice.repository.ts';
export { counterNoticeRoutes } from './counter-notice.routes.ts';
export { CounterNoticeSchema } from './counter-notice.schema.ts';
export { type CounterNoticeView, counterNoticeOfItem, getCounterNotice } from './counter-notice.service.ts';
export { COUNTER_EVIDENCE_KINDS, COUNTER_GROUNDS, REQUIRED_STATEMENTS } from './counter-notice.ts';
import './counter-notice.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['counter_notices', 'counter_notice_answers'],
});
