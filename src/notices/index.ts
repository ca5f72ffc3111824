import { declareTables } from '../shared/tables.ts';

export type { NoticeItemView, NoticeView } from './notice.service.ts';
export { fileNotice, getNotice, listItems, listNotices, toItemView } from './notice.service.ts';
export { type NoticeSummary, summarizeNotices } from './notice.summary.ts';
export type { InfringementType, ItemState, NoticeInput } from './notice.ts';
export { MAX_ITEMS_PER_NOTICE, OPEN_ITEM_STATES } from './notice.ts';
import './notice.timeline.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['notices', 'idempotency_keys', 'intake_refusals'],
  alsoWrites: {
    notice_items:
      'a notice and its items are created in the one intake statement (items owns every later write)',
  },
});
