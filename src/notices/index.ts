export type { NoticeItemView, NoticeView } from './notice.service.ts';
export { fileNotice, getNotice, listNotices, toItemView } from './notice.service.ts';
export type { InfringementType, ItemState, NoticeInput } from './notice.ts';
export { MAX_ITEMS_PER_NOTICE, OPEN_ITEM_STATES } from './notice.ts';
import './notice.timeline.ts';
