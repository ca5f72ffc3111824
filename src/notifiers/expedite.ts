import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { listMarketplacesFor } from '../marketplaces/index.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import {
  type EvidenceRequirement,
  type ExpeditedPath,
  type ExpeditedPathPolicy,
  pathFor,
  requiredEvidenceFor,
} from './expedite.policy.ts';

/** What the intake applies from the expedited-path policy in force. */
export interface ExpeditedTerms {
  version: number;
  requiredEvidence(goodFaith: boolean): EvidenceRequirement[];
  /**
   * An item's path on its marketplace: good faith takes the marketplace's path, a trusted flagger
   * priority review (DSA Art 22: its notices are decided with priority); others none.
   */
  pathOf(
    marketplaceId: string,
    filing: { goodFaith: boolean; trustedFlagger: boolean },
    now: Date,
  ): { path: ExpeditedPath; dueAt: Date } | null;
}

export function termsOf(version: number, policy: ExpeditedPathPolicy): ExpeditedTerms {
  return {
    version,
    requiredEvidence: (goodFaith) => requiredEvidenceFor(policy, goodFaith),
    pathOf(marketplaceId, filing, now) {
      if (!filing.goodFaith && !filing.trustedFlagger) return null;
      const terms = pathFor(policy, marketplaceId);
      return {
        path: filing.goodFaith ? terms.path : 'priority',
        dueAt: new Date(now.getTime() + terms.slaHours * 3_600_000),
      };
    },
  };
}

export async function expeditedTerms(db: Database): Promise<ExpeditedTerms> {
  const policy = await currentPolicy(db, 'expedited-path');
  return termsOf(policy.version, policy.body);
}

export async function expeditedPolicy(db: Database) {
  return currentPolicy(db, 'expedited-path');
}

/**
 * Writes a new version (operator admins). Beyond the schema and its rules, every marketplace it
 * names must exist: an unknown one is refused naming it, and nothing is stored.
 */
export async function setExpeditedPolicy(db: Database, actor: Principal, body: ExpeditedPathPolicy) {
  if (!(actor.orgKind === 'operator' && actor.roles.has('admin')))
    throw AppError.forbidden('Only operator admins set the expedited path');
  const known = new Set((await listMarketplacesFor(db, actor)).map((m) => m.id));
  const unknown = Object.keys(body.marketplaces).filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw AppError.validation(
      unknown.map((id) => ({
        pointer: `/marketplaces/${id}`,
        rule: 'marketplace-known',
        detail: 'no marketplace has this id',
      })),
    );
  return writePolicy(db, actor, 'expedited-path', body);
}
