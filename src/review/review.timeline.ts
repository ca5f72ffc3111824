import { registerTimelineSource } from '../timeline/sources.ts';
import * as repo from './review.repository.ts';

/** The reviewer's questions and the rights holder's answers. */
registerTimelineSource(
  'review-questions',
  async (db, itemId) =>
    (await repo.infoRequestsOf(db, itemId)).flatMap((q) => [
      {
        at: q.asked_at.toISOString(),
        kind: 'review.info_requested',
        by: 'reviewer' as const,
        title: 'Reviewer asked the rights holder for information',
        facts: {},
        reasons: q.question,
        ref: null,
      },
      ...(q.answered_at
        ? [
            {
              at: q.answered_at.toISOString(),
              kind: 'review.info_provided',
              by: 'rights_holder' as const,
              title: 'Rights holder answered',
              facts: {},
              reasons: q.answer,
              ref: null,
            },
          ]
        : []),
    ]),
  ['review.info_requested', 'review.info_provided'],
);
