import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { clocksOfItems, type MoveParty, whoseMove } from '../items/index.ts';
import * as repo from './notice.repository.ts';
import { noticeScope } from './notice.service.ts';
import type { ItemState } from './notice.ts';

/** How many upcoming deadlines a summary lists. */
export const UPCOMING_LIMIT = 8;

export interface UpcomingItem {
  id: string;
  noticeId: string;
  listingTitle: string;
  state: ItemState;
  awaiting: MoveParty;
  dueAt: string;
}

/** The caller's notices in numbers: what a dashboard shows, however many notices there are. */
export interface NoticeSummary {
  totalNotices: number;
  totalItems: number;
  itemsByState: Record<ItemState, number>;
  /** Items whose move is due from each party (the item view's `awaiting`). */
  awaiting: Record<MoveParty, number>;
  /** The open items whose move is due soonest, earliest first. */
  upcoming: UpcomingItem[];
}

/**
 * Summarises the notices the caller may list (`GET /v1/notices`: the same scope and the same
 * refusal). Counting happens in the database, by classes of items that share every input of the
 * move rule; the rule itself (`whoseMove`) runs once per class, so `awaiting` here is the item
 * view's `awaiting` without reading every item.
 */
export async function summarizeNotices(db: Database, actor: Principal): Promise<NoticeSummary> {
  const scope = await noticeScope(db, actor);
  const now = new Date();
  const [classes, totalNotices, upcoming] = await Promise.all([
    repo.itemClasses(db, scope, now),
    repo.countNotices(db, scope),
    upcomingItems(db, scope, now),
  ]);
  const itemsByState: Record<ItemState, number> = {
    pending: 0,
    info_requested: 0,
    removed: 0,
    rejected: 0,
    withdrawn: 0,
    reinstated: 0,
  };
  const awaiting: Record<MoveParty, number> = { rights_holder: 0, reviewer: 0, seller: 0, supervisor: 0 };
  let totalItems = 0;
  for (const row of classes) {
    totalItems += row.count;
    itemsByState[row.state] += row.count;
    const move = whoseMove({
      state: row.state,
      slaDueAt: row.sla_due_at,
      openDeadlines:
        row.next_party && row.next_kind && row.next_due_at
          ? [{ kind: row.next_kind, party: row.next_party, dueAt: row.next_due_at }]
          : [],
      escalated:
        row.escalation_kind && row.escalation_due_at
          ? [{ kind: row.escalation_kind, dueAt: row.escalation_due_at }]
          : [],
      now,
    });
    if (move.party) awaiting[move.party] += row.count;
  }
  return { totalNotices, totalItems, itemsByState, awaiting, upcoming };
}

/**
 * The open items whose move is due soonest. Candidates come earliest clock first; that date is
 * never later than the move's own due date, so once the last candidate read is later than the
 * eighth move found, no unread item can come before it.
 */
async function upcomingItems(db: Database, scope: repo.NoticeScope, now: Date): Promise<UpcomingItem[]> {
  const pageSize = UPCOMING_LIMIT * 4;
  const found: UpcomingItem[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const rows = await repo.itemsByEarliestClock(db, scope, { limit: pageSize, offset });
    const clocks = await clocksOfItems(
      db,
      rows.map((r) => ({ id: r.id, state: r.state, slaDueAt: r.sla_due_at })),
      now,
    );
    for (const row of rows) {
      const move = clocks.get(row.id)?.move;
      if (!move?.party || !move.dueAt) continue;
      found.push({
        id: row.id,
        noticeId: row.notice_id,
        listingTitle: row.listing_title,
        state: row.state,
        awaiting: move.party,
        dueAt: move.dueAt,
      });
    }
    found.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
    found.splice(UPCOMING_LIMIT);
    const last = rows.at(-1);
    const eighth = found[UPCOMING_LIMIT - 1];
    if (rows.length < pageSize || !last) return found;
    if (eighth && eighth.dueAt < last.earliest_due_at.toISOString()) return found;
  }
}
