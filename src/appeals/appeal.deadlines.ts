import { escalation, moot, registerDeadlineKind } from '../deadlines/index.ts';
import * as repo from './appeal.repository.ts';

/** A reviewer's time to hear an appeal: when it runs out the appeal goes to the supervisor queue. */
registerDeadlineKind({
  kind: 'appeal_decision',
  action: 'a reviewer other than the original decider decides the appeal',
  escalates: true,
  async fire(trx, deadline) {
    const appeal = deadline.subjectId ? await repo.findAppeal(trx, deadline.subjectId) : undefined;
    if (!appeal || appeal.status !== 'open') return moot('already decided');
    return escalation(deadline);
  },
});
