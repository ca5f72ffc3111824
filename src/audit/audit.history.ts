import { type Static, Type } from 'typebox';
import { type Principal, requireRole } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * An entity's audit history, for operator admins: the sealed chain records about one entity, in
 * chain order, a page at a time, and how many of its entries are written but not sealed yet.
 */

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, lowercase hex' });

export const AuditEntityParams = Type.Object(
  {
    type: Type.String({
      pattern: '^[a-z][a-z0-9_]{0,62}$',
      description: 'Entity type as recorded (notice_item, listing, marketplace, organisation, ...)',
    }),
    id: Type.String({ minLength: 1, maxLength: 200, description: 'Entity id as recorded (usually a UUID)' }),
  },
  { additionalProperties: false },
);

export const AuditHistoryQuery = Type.Object(
  {
    after: Type.Integer({
      minimum: 0,
      default: 0,
      description: 'Only records past this seq (a page cursor)',
    }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
);

export const AuditHistoryRecordSchema = Type.Object(
  {
    seq: Type.Integer({ minimum: 1, description: 'Position in the hash chain' }),
    at: Type.String({ format: 'date-time', description: 'When the entry was written' }),
    actor: Type.String({ description: 'Who acted: user:<id>, key:<id>, system:<worker>' }),
    action: Type.String({ description: 'What happened, e.g. notice.filed, listing.removed' }),
    entityType: Type.String(),
    entityId: Type.String(),
    data: Type.Record(Type.String(), Type.Unknown(), {
      description: "The facts recorded with the action; their shape is the action's",
    }),
    prevHash: Hash,
    hash: Hash,
  },
  { additionalProperties: false },
);

export const AuditHistoryPageSchema = Type.Object(
  {
    entityType: Type.String(),
    entityId: Type.String(),
    items: Type.Array(AuditHistoryRecordSchema),
    nextAfter: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Pass as `after` for the next page; null on the last page',
    }),
    pending: Type.Integer({
      minimum: 0,
      description:
        'Entries about the entity written but not yet sealed into the chain (sealed within a second); read again to see them',
    }),
  },
  { additionalProperties: false },
);

export type AuditHistoryPage = Static<typeof AuditHistoryPageSchema>;

export async function auditHistory(
  db: Database,
  actor: Principal,
  entity: { type: string; id: string },
  page: { after: number; limit: number },
): Promise<AuditHistoryPage> {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator reads the audit log');
  // The (entity_type, entity_id) index serves both reads.
  const [rows, pending] = await Promise.all([
    db
      .selectFrom('audit_chain')
      .select(['seq', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'data', 'prev_hash', 'hash'])
      .where('entity_type', '=', entity.type)
      .where('entity_id', '=', entity.id)
      .where('seq', '>', page.after)
      .orderBy('seq')
      .limit(page.limit)
      .execute(),
    db
      .selectFrom('audit_pending')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('entity_type', '=', entity.type)
      .where('entity_id', '=', entity.id)
      .executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
  return {
    entityType: entity.type,
    entityId: entity.id,
    items,
    nextAfter: items.length === page.limit ? items[items.length - 1]!.seq : null,
    pending: Number(pending.n),
  };
}
