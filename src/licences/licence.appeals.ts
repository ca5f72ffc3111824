import {
  appealedContext,
  registerAppealEffect,
  reverseListingRemoval,
  upholdListingRemoval,
} from '../appeals/index.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import { afterVerification } from './licence.expiry.ts';
import * as repo from './licence.repository.ts';

/**
 * An appeal against a licence refusal: upheld, the licence stays refused (a decision of its own);
 * reversed, the licence is verified as if the reviewer had, with its clocks, and the listings held
 * for want of it are restored.
 */
registerAppealEffect('licence_verification', {
  async uphold(trx: Database, decision, input) {
    const recorded = await recordDecision(trx, {
      ...appealedContext(decision),
      id: newId(),
      kind: 'appeal_upheld',
      previousDecisionId: decision.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
      account: { restriction: 'no_change', description: 'The licence stays refused.' },
      now: input.now,
    });
    return recorded.audit;
  },
  async reverse(trx: Database, decision, input) {
    const licence = await repo.lockLicence(trx, decision.subject_id);
    if (!licence) throw AppError.notFound('Licence');
    if (licence.status !== 'refused')
      throw AppError.conflict(`Only a refused licence can be verified on appeal (it is ${licence.status})`, {
        state: licence.status,
        rule: 'refused-licence-only',
      });
    const id = newId();
    const recorded = await recordDecision(trx, {
      ...appealedContext(decision),
      id,
      kind: 'appeal_reversed',
      previousDecisionId: decision.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
      account: {
        restriction: 'account_restored',
        description:
          'The refusal is reversed: the licence is verified and the store may list in its category.',
      },
      now: input.now,
    });
    await repo.decideLicence(trx, licence.id, 'refused', {
      status: 'verified',
      decisionId: id,
      at: input.now,
      by: input.actorLabel,
    });
    const row = (await repo.findLicence(trx, licence.id))!;
    const follow = await afterVerification(trx, row, {
      decisionId: id,
      actorLabel: input.actorLabel,
      now: input.now,
    });
    return [
      ...recorded.audit,
      {
        actor: input.actorLabel,
        action: 'licence.verified_on_appeal',
        entityType: 'licence',
        entityId: licence.id,
        data: { decisionId: id, appealId: input.appealId, appealedDecisionId: decision.id },
      },
      ...follow.audit,
    ];
  },
});

/**
 * An appeal against a listing restricted for want of a licence: upheld, it stays down; reversed (the
 * listing is not in the restricted category, or the licence it had was overlooked), it is restored
 * unless a notice keeps it down, and the restriction is lifted. A later registration of the listing
 * passes the gate again, so a miscategorised listing is best corrected by the marketplace too.
 */
registerAppealEffect('licence_restriction', {
  uphold: upholdListingRemoval,
  async reverse(trx: Database, decision, input) {
    const reversed = await reverseListingRemoval(trx, decision, input, 'licence');
    await repo.liftRestrictionOfDecision(trx, decision.id, input.now);
    return reversed.audit;
  },
});
