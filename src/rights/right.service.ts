import { readableOrgIds, resolveFilingPrincipal } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal, requireRole } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './right.repository.ts';
import type { Right, RightType } from './right.ts';

export interface RightInput {
  type: RightType;
  principalOrgId?: string;
  name: string;
  ownerName: string;
  registrationNumber?: string;
  office?: string;
  jurisdiction?: string;
  niceClasses?: number[];
  patentKind?: 'invention' | 'utility' | 'design';
  workDescription?: string;
  validFrom?: string;
  validUntil?: string;
  documentShas?: string[];
  referenceImageShas?: string[];
}

type RightRow = NonNullable<Awaited<ReturnType<typeof repo.findRight>>>;

export function toRight(row: RightRow): Right {
  return {
    id: row.id,
    orgId: row.org_id,
    type: row.type,
    status: row.status,
    name: row.name,
    ownerName: row.owner_name,
    registrationNumber: row.registration_number,
    office: row.office,
    jurisdiction: row.jurisdiction,
    niceClasses: row.nice_classes,
    patentKind: row.patent_kind,
    workDescription: row.work_description,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    documentShas: row.document_shas,
    referenceImageShas: row.reference_image_shas,
    reviewNote: row.review_note,
    verifiedAt: row.verified_at ? row.verified_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

/** What each kind of right must carry; the schema cannot say it because it depends on `type`. */
export function checkRightInput(input: RightInput): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: keyof RightInput, why: string) => {
    const value = input[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      errors.push({ pointer: `/${field}`, rule: 'required', detail: why });
  };
  const forbid = (field: keyof RightInput) => {
    if (input[field] !== undefined)
      errors.push({
        pointer: `/${field}`,
        rule: 'not-applicable',
        detail: `does not apply to a ${input.type}`,
      });
  };
  if (input.type === 'trademark') {
    need('registrationNumber', 'a trademark needs its registration number');
    need('office', 'a trademark needs the office that registered it (e.g. USPTO, CNIPA, EUIPO)');
    need('jurisdiction', 'a trademark counts only where it is registered: name that jurisdiction');
    need('niceClasses', 'a trademark needs at least one Nice class');
    need('validUntil', 'a trademark registration needs its expiry date');
    forbid('patentKind');
  } else if (input.type === 'patent') {
    need('registrationNumber', 'a patent needs its number');
    need('jurisdiction', 'a patent counts only where it is granted: name that jurisdiction');
    need('patentKind', 'say whether the patent is an invention, utility model or design patent');
    need('validUntil', 'a patent needs its expiry date');
    forbid('niceClasses');
  } else {
    need('workDescription', 'a copyright claim must identify the original work');
    need('documentShas', 'a copyright claim needs proof of ownership (upload it, then cite its SHA-256)');
    forbid('niceClasses');
    forbid('patentKind');
  }
  if (input.validFrom && input.validUntil && input.validFrom > input.validUntil) {
    errors.push({
      pointer: '/validUntil',
      rule: 'after-valid-from',
      detail: `must not be before validFrom (${input.validFrom})`,
    });
  }
  for (const field of ['validFrom', 'validUntil'] as const) {
    const value = input[field];
    if (value && Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      errors.push({ pointer: `/${field}`, rule: 'format', detail: 'is not a real calendar date' });
  }
  return errors;
}

export async function registerRight(db: Database, actor: Principal, input: RightInput): Promise<Right> {
  const orgId = await resolveFilingPrincipal(db, actor, input.principalOrgId);
  const errors = checkRightInput(input);
  const refs = [
    ...(input.documentShas ?? []).map((sha256, i) => ({ pointer: `/documentShas/${i}`, sha256 })),
    ...(input.referenceImageShas ?? []).map((sha256, i) => ({ pointer: `/referenceImageShas/${i}`, sha256 })),
  ];
  errors.push(...(await checkDocumentReferences(db, refs, [actor.orgId, orgId])));
  if (errors.length > 0) throw AppError.validation(errors);
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertRight(trx, {
      id: newId(),
      org_id: orgId,
      type: input.type,
      name: input.name,
      owner_name: input.ownerName,
      registration_number: input.registrationNumber ?? null,
      office: input.office ?? null,
      jurisdiction: input.jurisdiction ?? null,
      nice_classes: JSON.stringify(input.niceClasses ?? []),
      patent_kind: input.patentKind ?? null,
      work_description: input.workDescription ?? null,
      valid_from: input.validFrom ?? null,
      valid_until: input.validUntil ?? null,
      document_shas: JSON.stringify(input.documentShas ?? []),
      reference_image_shas: JSON.stringify(input.referenceImageShas ?? []),
      created_by: actor.userId,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'right.registered',
        entityType: 'right',
        entityId: row.id,
        data: {
          orgId,
          type: row.type,
          registrationNumber: row.registration_number,
          jurisdiction: row.jurisdiction,
        },
      },
    ]);
    return toRight(row);
  });
}

export async function getRight(db: Database, actor: Principal, id: string): Promise<Right> {
  const row = await repo.findRight(db, id);
  if (!row) throw AppError.notFound('Right');
  if (!isOperatorStaff(actor) && !(await readableOrgIds(db, actor)).includes(row.org_id))
    throw AppError.notFound('Right');
  return toRight(row);
}

/** Internal read for other modules (notice intake, statements): no authorization here. */
export async function findRightById(db: Database, id: string): Promise<Right | null> {
  const row = await repo.findRight(db, id);
  return row ? toRight(row) : null;
}

export async function listRights(
  db: Database,
  actor: Principal,
  filter: { orgId?: string; status?: string; type?: string; q?: string; limit: number; offset: number },
): Promise<Right[]> {
  if (actor.roles.has('marketplace') || actor.roles.has('seller'))
    throw AppError.forbidden('Only rights holders, agents and operator staff list rights');
  const { orgId, ...rest } = filter;
  const readable = isOperatorStaff(actor) ? undefined : await readableOrgIds(db, actor);
  // One organisation's rights only within what the caller may read anyway: another brand's is empty.
  const orgIds = orgId ? (!readable || readable.includes(orgId) ? [orgId] : []) : readable;
  if (orgIds?.length === 0) return [];
  return (await repo.listRights(db, { ...rest, ...(orgIds ? { orgIds } : {}) })).map(toRight);
}

/** A reviewer checks the registration and documents before any notice may rely on the right. */
export async function verifyRight(
  db: Database,
  actor: Principal,
  id: string,
  input: { decision: 'verify' | 'reject'; note?: string },
): Promise<Right> {
  requireRole(actor, 'reviewer', 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator verifies rights');
  if (input.decision === 'reject' && !input.note)
    throw AppError.field('/note', 'required', 'a rejection must say why');
  return db.transaction().execute(async (trx) => {
    const current = await repo.findRightForUpdate(trx, id);
    if (!current) throw AppError.notFound('Right');
    const row = await repo.setRightStatus(trx, id, {
      status: input.decision === 'verify' ? 'verified' : 'rejected',
      review_note: input.note ?? null,
      verified_by: actor.userId,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: `right.${input.decision === 'verify' ? 'verified' : 'rejected'}`,
        entityType: 'right',
        entityId: id,
        data: { from: current.status, note: input.note ?? null },
      },
    ]);
    return toRight(row!);
  });
}

/** Per organisation, the names of its verified trademarks and copyrights in force today. */
export async function rightNamesInForce(
  db: Database,
  orgIds: readonly string[],
  now = new Date(),
): Promise<Map<string, string[]>> {
  const rows = await repo.rightNamesInForce(db, orgIds, now.toISOString().slice(0, 10));
  const byOrg = new Map<string, string[]>();
  for (const row of rows) byOrg.set(row.org_id, [...(byOrg.get(row.org_id) ?? []), row.name]);
  return byOrg;
}
