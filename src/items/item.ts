import type { ItemState } from '../db/schema.ts';

export type { ItemState };

/**
 * The notice item's state machine, as data: every move an item can make, and nothing else. The
 * items repository is the one writer of `notice_items.state` and refuses any move not listed here.
 *
 *   pending ──request info──▶ info_requested ──answer──▶ pending
 *   pending ──remove──▶ removed ──counter-notice / withdrawal / appeal──▶ reinstated | withdrawn
 *   pending ──reject──▶ rejected ──appeal reversed──▶ removed
 *   reinstated ──appeal reversed──▶ removed
 *   pending | info_requested ──withdraw──▶ withdrawn;  info_requested ──question unanswered──▶ rejected
 */
export const ITEM_TRANSITIONS: Readonly<Record<ItemState, readonly ItemState[]>> = {
  pending: ['info_requested', 'removed', 'rejected', 'withdrawn'],
  info_requested: ['pending', 'rejected', 'withdrawn'],
  removed: ['reinstated', 'withdrawn'],
  rejected: ['removed'],
  reinstated: ['removed'],
  withdrawn: [],
};

export function canTransition(from: ItemState, to: ItemState): boolean {
  return ITEM_TRANSITIONS[from].includes(to);
}

/** A move outside the table is a bug in the caller, never a user error. */
export function requireTransition(from: ItemState, to: ItemState): void {
  if (!canTransition(from, to)) throw new Error(`a notice item cannot move from ${from} to ${to}`);
}

/** States in which the notice still needs something from someone (the notice is not closed). */
export const OPEN_STATES: ReadonlySet<ItemState> = new Set(['pending', 'info_requested', 'removed']);
