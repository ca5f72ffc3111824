import type { LicenceRow } from './licence.repository.ts';
import type { Licence } from './licence.schema.ts';
import { dateOf, type LicencesPolicy, lapsesAt } from './licence.ts';

const DAY_MS = 86_400_000;

/** A licence row as the API shows it: expiry derived from its dates and the policy's warning days. */
export function toLicence(row: LicenceRow, policy: LicencesPolicy, now: Date): Licence {
  const lapse = lapsesAt(row.valid_until);
  const warnFrom = new Date(lapse.getTime() - policy.warningDays * DAY_MS);
  const expired = row.status === 'verified' && row.valid_until < dateOf(now);
  const status = expired ? 'expired' : row.status;
  return {
    id: row.id,
    store: { id: row.store_id, externalId: row.store_external_id, name: row.store_name },
    marketplace: {
      id: row.marketplace_id,
      code: row.marketplace_code,
      name: row.marketplace_name,
      jurisdiction: row.marketplace_jurisdiction,
    },
    sellerOrgId: row.seller_org_id,
    category: row.category,
    categoryName: policy.categories.find((c) => c.code === row.category)?.name ?? row.category,
    jurisdiction: row.jurisdiction,
    issuer: row.issuer,
    licenceNumber: row.licence_number,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    lapsesAt: lapse.toISOString(),
    warnFrom: warnFrom.toISOString(),
    expiringSoon: status === 'verified' && now >= warnFrom,
    documentSha256: row.document_sha256,
    status,
    decision:
      row.decision_id && row.decided_at && row.decision_kind
        ? {
            id: row.decision_id,
            kind: row.decision_kind,
            decidedAt: row.decided_at.toISOString(),
            decidedBy: row.decided_by ?? '',
            reasonText: row.decision_reason ?? '',
          }
        : null,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at.toISOString(),
  };
}
