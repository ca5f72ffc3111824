import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './reason-template.repository.ts';
import type {
  NewReasonTemplate,
  ReasonTemplate,
  ReasonTemplateFilter,
  ReasonTemplateUpdate,
} from './reason-template.schema.ts';

function toTemplate(row: repo.ReasonTemplateRow): ReasonTemplate {
  return {
    id: row.id,
    operatorOrgId: row.operator_org_id,
    reasonCode: row.reason_code as ReasonTemplate['reasonCode'],
    language: row.language,
    title: row.title,
    text: row.body,
    version: row.version,
    updatedBy: row.updated_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Reviewers and admins read their own operator's templates. */
export async function listReasonTemplates(
  db: Database,
  actor: Principal,
  filter: ReasonTemplateFilter,
): Promise<ReasonTemplate[]> {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Reason templates are for operator reviewers and admins');
  return (await repo.templatesOf(db, actor.orgId, filter)).map(toTemplate);
}

function requireAdmin(actor: Principal): void {
  if (!isOperatorAdmin(actor))
    throw AppError.forbidden('Reason templates are managed by operator admins (supervisors)');
}

/** The template, when it is the caller's operator's; another operator's answers 404. */
async function ownTemplate(db: Database, actor: Principal, id: string) {
  const row = await repo.findTemplate(db, id);
  if (!row || row.operator_org_id !== actor.orgId) throw AppError.notFound('Reason template');
  return row;
}

async function checkUnique(
  db: Database,
  actor: Principal,
  input: NewReasonTemplate,
  exceptId: string | null,
) {
  if (await repo.sameKey(db, actor.orgId, input, exceptId))
    throw AppError.field(
      '/title',
      'unique',
      `a template titled "${input.title}" already exists for ${input.reasonCode} in ${input.language}`,
    );
}

const auditOf = (actor: Principal, action: string, row: repo.ReasonTemplateRow): AuditEntry => ({
  actor: actor.label,
  action,
  entityType: 'reason_template',
  entityId: row.id,
  data: {
    reasonCode: row.reason_code,
    language: row.language,
    title: row.title,
    text: row.body,
    version: row.version,
  },
});

export async function createReasonTemplate(
  db: Database,
  actor: Principal,
  input: NewReasonTemplate,
): Promise<ReasonTemplate> {
  requireAdmin(actor);
  return db.transaction().execute(async (trx) => {
    await checkUnique(trx, actor, input, null);
    const row = await repo.insertTemplate(trx, {
      id: newId(),
      operator_org_id: actor.orgId,
      reason_code: input.reasonCode,
      language: input.language,
      title: input.title,
      body: input.text,
      updated_by: actor.label,
    });
    await appendAudit(trx, [auditOf(actor, 'reason_template.created', row)]);
    return toTemplate(row);
  });
}

export async function updateReasonTemplate(
  db: Database,
  actor: Principal,
  id: string,
  input: ReasonTemplateUpdate,
): Promise<ReasonTemplate> {
  requireAdmin(actor);
  return db.transaction().execute(async (trx) => {
    const current = await ownTemplate(trx, actor, id);
    await checkUnique(trx, actor, input, id);
    const row = await repo.updateTemplate(trx, id, input.version, {
      reason_code: input.reasonCode,
      language: input.language,
      title: input.title,
      body: input.text,
      updated_by: actor.label,
    });
    if (!row)
      throw AppError.conflict(
        `The template changed since version ${input.version} (it is at version ${current.version}); reload it`,
        { version: current.version, rule: 'template-version' },
      );
    await appendAudit(trx, [auditOf(actor, 'reason_template.updated', row)]);
    return toTemplate(row);
  });
}

export async function deleteReasonTemplate(
  db: Database,
  actor: Principal,
  id: string,
): Promise<ReasonTemplate> {
  requireAdmin(actor);
  return db.transaction().execute(async (trx) => {
    await ownTemplate(trx, actor, id);
    const row = await repo.deleteTemplate(trx, id);
    if (!row) throw AppError.notFound('Reason template');
    await appendAudit(trx, [auditOf(actor, 'reason_template.deleted', row)]);
    return toTemplate(row);
  });
}
