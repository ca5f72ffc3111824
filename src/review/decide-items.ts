import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError, ERROR_CODES } from '../errors/app-error.ts';
import type { BulkItemResult } from './review.schema.ts';
import { decideItem, requireReviewer } from './review.service.ts';
import type { DecisionInput } from './review.ts';

/**
 * A reviewer decides several items the same way (remove, or reject with one reason). Each item goes
 * through `decideItem`, the single decision's path (its own transaction or statement: decision,
 * statement of reasons, events, webhook, audit), one after another; an item that is not the
 * reviewer's to decide (already decided, waiting for an answer, unknown) is reported for that item
 * and does not undo the others.
 */
export async function decideItems(
  db: Database,
  actor: Principal,
  itemIds: readonly string[],
  input: Exclude<DecisionInput, { decision: 'request_info' }>,
): Promise<BulkItemResult[]> {
  requireReviewer(actor);
  const results: BulkItemResult[] = [];
  for (const itemId of itemIds) {
    try {
      results.push({
        itemId,
        outcome: 'decided',
        result: await decideItem(db, actor, itemId, input),
        problem: null,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        itemId,
        outcome: 'refused',
        result: null,
        problem: { status: ERROR_CODES[error.code].status, code: error.code, detail: error.userMessage },
      });
    }
  }
  return results;
}
