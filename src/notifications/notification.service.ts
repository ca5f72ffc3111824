import { readableOrgIds } from '../accounts/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import {
  type NotificationBody,
  type NotificationDefinition,
  requireValidBody,
} from './notification.kinds.ts';
import * as repo from './notification.repository.ts';

/**
 * Tells organisations something inside the caller's transaction (it is told if and only if the
 * change commits): one row per organisation, deduplicated. Every module notifies through this.
 */
export async function notify<D extends NotificationDefinition>(
  trx: Database,
  input: {
    orgIds: ReadonlyArray<string | null | undefined>;
    itemId: string | null;
    of: D;
    body: NotificationBody<D>;
    now?: Date;
  },
): Promise<string[]> {
  requireValidBody(input.of.kind, input.body);
  const orgIds = [...new Set(input.orgIds.filter((o): o is string => typeof o === 'string'))];
  const now = input.now ?? new Date();
  const body = JSON.stringify(input.body);
  await repo.insertNotifications(
    trx,
    orgIds.map((orgId) => ({
      id: newId(),
      org_id: orgId,
      item_id: input.itemId,
      kind: input.of.kind,
      body,
      created_at: now,
    })),
  );
  return orgIds;
}

export interface NotificationView {
  id: string;
  kind: string;
  itemId: string | null;
  createdAt: string;
  /** Exact per kind: see the kind's definition (defineNotification). */
  body: Record<string, unknown>;
}

/** What the caller's organisation was told: questions, counter-notices, answers, decisions. */
export async function listNotifications(
  db: Database,
  actor: Principal,
  page: { limit: number; offset: number; itemId?: string },
): Promise<NotificationView[]> {
  if (hasRole(actor, 'marketplace'))
    throw AppError.forbidden('Marketplaces receive webhooks, not notifications');
  const orgs = await readableOrgIds(db, actor);
  // An agent is told about the items of brands it represents today, not of former principals.
  const rows = await repo.notificationsOf(db, orgs, page, actor.orgKind === 'agent' ? orgs : undefined);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    itemId: r.item_id,
    createdAt: r.created_at.toISOString(),
    body: r.body as Record<string, unknown>,
  }));
}
