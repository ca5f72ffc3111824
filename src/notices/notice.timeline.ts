import { registerTimelineSource } from '../timeline/sources.ts';

/** The item's birth: the notice it was filed in. */
registerTimelineSource(
  'notices',
  async (db, itemId) => {
    const row = await db
      .selectFrom('notice_items as item')
      .innerJoin('notices as notice', 'notice.id', 'item.notice_id')
      .select(['notice.id', 'notice.created_at', 'notice.infringement_type', 'notice.explanation'])
      .where('item.id', '=', itemId)
      .executeTakeFirst();
    if (!row) return [];
    return [
      {
        at: row.created_at.toISOString(),
        kind: 'notice.filed',
        by: 'rights_holder' as const,
        title: `Notice filed (${row.infringement_type.replace('_', ' ')})`,
        facts: { infringementType: row.infringement_type },
        reasons: row.explanation,
        ref: { type: 'notice', id: row.id },
      },
    ];
  },
  ['notice.filed'],
);
