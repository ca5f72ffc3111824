import { OUTCOME_KINDS } from '../db/schema.ts';
import { registerTimelineSource } from '../timeline/sources.ts';
import { outcomesOfItem } from './outcome.service.ts';

/** Outcomes that decided nothing (a withdrawal of an item never removed): decisions tell the rest. */
registerTimelineSource(
  'outcomes',
  async (db, itemId) =>
    (await outcomesOfItem(db, itemId))
      .filter((o) => o.decisionId === null)
      .map((o) => ({
        at: o.createdAt,
        kind: `outcome.${o.kind}`,
        by: o.kind === 'withdrawn' ? ('rights_holder' as const) : ('system' as const),
        title: o.kind === 'withdrawn' ? 'Notice withdrawn by the rights holder' : o.kind.replaceAll('_', ' '),
        facts: {},
        reasons: o.reasonText,
        ref: { type: 'outcome', id: o.id },
      })),
  OUTCOME_KINDS.map((kind) => `outcome.${kind}`),
);
