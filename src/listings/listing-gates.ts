import type { Database } from '../db/database.ts';
import type { FieldError } from '../errors/app-error.ts';
import type { ListingInput } from './listing.ts';

/** One listing of a registration as a gate sees it: where it is in the request, and its store. */
export interface GatedListing {
  index: number;
  pointer: string;
  input: ListingInput;
  storeId: string;
}

/** A listing as stored by the registration, for a gate's follow-up in the same transaction. */
export interface StoredListing {
  index: number;
  id: string;
  inserted: boolean;
  version: number;
}

export interface GateVerdict {
  /** Listings refused, each naming its field and the rule: the whole registration is refused (422). */
  refusals: FieldError[];
  /**
   * Runs after the listings are stored, in the same transaction, when nothing was refused: for a
   * gate that admits a listing but holds it (a licence under review, by policy).
   */
  after?: (trx: Database, stored: readonly StoredListing[]) => Promise<void>;
}

/**
 * A rule other modules place on listing registration (a suspended store lists nothing new; a
 * restricted category needs a licence). Gates run inside the registration's transaction, after the
 * stores are known and before any listing is written, in the order registered.
 */
export type ListingGate = (
  trx: Database,
  registration: { marketplaceId: string; listings: readonly GatedListing[]; now: Date },
) => Promise<GateVerdict>;

const gates: Array<{ name: string; gate: ListingGate }> = [];

export function registerListingGate(name: string, gate: ListingGate): void {
  if (gates.some((g) => g.name === name)) throw new Error(`Listing gate ${name} is already registered`);
  gates.push({ name, gate });
}

export function listingGates(): readonly { name: string; gate: ListingGate }[] {
  return gates;
}
