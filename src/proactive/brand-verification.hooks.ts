import type { Database } from '../db/database.ts';

/**
 * How another module takes part in brand verification without the scanner importing it (Joint
 * Force, src/joint-force/): it says which candidate cases its exemptions rule out, and it hears,
 * inside the transaction that opens them, about the cases sent to a brand (to start their clocks).
 */
export interface BrandVerificationCandidate {
  listingId: string;
  storeId: string;
  /** The qualified brand id (`<org id>:<brand id>`) the case would be about. */
  brandId: string;
  brandOrgId: string;
}

export interface OpenedBrandCase {
  id: string;
  listingId: string;
  brandId: string;
  brandOrgId: string;
  createdAt: Date;
}

export interface BrandVerificationHooks {
  /** The listing ids among the candidates that must not be sent to their brand, with why. */
  exempted(db: Database, candidates: readonly BrandVerificationCandidate[]): Promise<Map<string, string>>;
  /** Runs in the transaction that opens the cases. */
  opened(trx: Database, cases: readonly OpenedBrandCase[], now: Date): Promise<void>;
}

const registered: BrandVerificationHooks[] = [];

/** Registers a participant; its module calls this once, at import. */
export function registerBrandVerificationHooks(hooks: BrandVerificationHooks): void {
  if (!registered.includes(hooks)) registered.push(hooks);
}

export async function exemptedCandidates(
  db: Database,
  candidates: readonly BrandVerificationCandidate[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (candidates.length === 0) return out;
  for (const hooks of registered)
    for (const [listingId, why] of await hooks.exempted(db, candidates)) out.set(listingId, why);
  return out;
}

export async function brandCasesOpened(trx: Database, cases: readonly OpenedBrandCase[], now: Date) {
  if (cases.length === 0) return;
  for (const hooks of registered) await hooks.opened(trx, cases, now);
}
