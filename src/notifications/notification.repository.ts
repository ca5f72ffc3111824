import type { Database } from '../db/database.ts';

/** All SQL of notifications: what each organisation was told. */

export async function insertNotifications(
  trx: Database,
  rows: ReadonlyArray<{
    id: string;
    org_id: string;
    item_id: string | null;
    kind: string;
    body: string;
    created_at: Date;
  }>,
) {
  if (rows.length > 0)
    await trx
      .insertInto('notifications')
      .values([...rows])
      .execute();
}

export async function notificationsOf(
  db: Database,
  orgIds: string[],
  page: { limit: number; offset: number; itemId?: string },
  /** For agents: only notifications about items of brands it represents today. */
  itemPrincipalOrgIds?: readonly string[],
) {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('org_id', 'in', orgIds)
    .$if(itemPrincipalOrgIds !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('notifications.item_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('notice_items')
              .innerJoin('notices', 'notices.id', 'notice_items.notice_id')
              .select('notice_items.id')
              .whereRef('notice_items.id', '=', 'notifications.item_id')
              .where('notices.principal_org_id', 'in', itemPrincipalOrgIds ?? []),
          ),
        ]),
      ),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset);
  if (page.itemId) query = query.where('item_id', '=', page.itemId);
  return query.execute();
}
