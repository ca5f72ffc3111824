import { registerTimelineSource } from '../timeline/sources.ts';
import { appealsOfItem } from './appeal.service.ts';

/** Appeals filed against the item's decisions (their results are decisions of their own). */
registerTimelineSource(
  'appeals',
  async (db, itemId) =>
    (await appealsOfItem(db, itemId)).map((a) => ({
      at: a.filedAt,
      kind: 'appeal.filed',
      by: a.appellant.party,
      title: `Appeal filed against the ${a.decision.kind.replaceAll('_', ' ')}`,
      facts: { decision: a.decision.kind },
      reasons: a.grounds,
      ref: { type: 'appeal', id: a.id },
    })),
  ['appeal.filed'],
);
