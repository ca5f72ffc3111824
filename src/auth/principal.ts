import { AppError } from '../errors/app-error.ts';

export const ROLES = [
  'admin',
  'reviewer',
  'rights_holder',
  'agent',
  'seller',
  'marketplace',
  'buyer',
  'enforcement_liaison',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];
export const ORG_KINDS = ['operator', 'brand', 'agent', 'seller', 'buyer', 'authority'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Who is calling: a person with a session or a machine client with an API key, acting for one organisation. */
export interface Principal {
  kind: 'user' | 'api_key';
  userId: string | null;
  keyId: string | null;
  orgId: string;
  orgKind: OrgKind;
  roles: ReadonlySet<Role>;
  /** Set for marketplace API keys: the one marketplace the key speaks for. */
  marketplaceId: string | null;
  /** The session a person signed in with (null for API keys): `/v1/me` tells when it ends. */
  sessionId: string | null;
  /** Stable text for audit records and idempotency scoping. */
  label: string;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return roles.some((role) => principal.roles.has(role));
}

export function requireRole(principal: Principal, ...roles: Role[]): void {
  if (!hasRole(principal, ...roles)) {
    throw AppError.forbidden(`This action needs one of the roles: ${roles.join(', ')}`, {
      rule: 'role-required',
    });
  }
}

/** Operator staff: reviewers and admins see across tenants. */
export function isOperatorStaff(principal: Principal): boolean {
  return principal.orgKind === 'operator' && hasRole(principal, 'admin', 'reviewer');
}

export function isOperatorAdmin(principal: Principal): boolean {
  return principal.orgKind === 'operator' && hasRole(principal, 'admin');
}

/**
 * A marketplace's webhook endpoint and its deliveries: operator admins, and that marketplace's own
 * API key. Nobody else (sellers, brands, agents, reviewers) learns where the platform calls.
 */
export function mayReadWebhooksOf(principal: Principal, marketplaceId: string): boolean {
  return (
    isOperatorAdmin(principal) ||
    (hasRole(principal, 'marketplace') && principal.marketplaceId === marketplaceId)
  );
}
