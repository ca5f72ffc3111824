import type { EvidenceRow } from '../db/schema.ts';
import type { DecisionInput } from '../decisions/index.ts';
import type { ItemContext } from './item.repository.ts';

/**
 * What a decision about a notice item says about its subject: the marketplace, listing, store,
 * notice, right, complainant and evidence, taken from the item's context. Every decision on an
 * item (removal, rejection, reinstatement, upheld takedown, appeal result) starts from these.
 */
export function decisionPartsOf(
  ctx: ItemContext,
): Pick<
  DecisionInput,
  | 'subject'
  | 'itemId'
  | 'sellerOrgId'
  | 'notifierOrgId'
  | 'marketplace'
  | 'listing'
  | 'store'
  | 'notice'
  | 'right'
  | 'complainant'
  | 'filer'
  | 'evidence'
  | 'snapshot'
> {
  return {
    subject: { type: 'notice_item', id: ctx.id },
    itemId: ctx.id,
    sellerOrgId: ctx.seller_org_id,
    notifierOrgId: ctx.principal_org_id,
    marketplace: {
      id: ctx.marketplace_id,
      code: ctx.marketplace_code,
      name: ctx.marketplace_name,
      jurisdiction: ctx.jurisdiction,
    },
    listing: {
      id: ctx.listing_id,
      externalId: ctx.listing_external_id,
      title: ctx.listing_title,
      url: ctx.listing_url,
      createdAt: ctx.listing_created_at,
    },
    store: { id: ctx.store_id, externalId: ctx.store_external_id, name: ctx.store_name },
    notice: {
      id: ctx.notice_id,
      itemId: ctx.id,
      filedAt: ctx.notice_created_at,
      infringementType: ctx.infringement_type,
      explanation: ctx.notice_explanation,
      contact: ctx.contact,
    },
    right: {
      id: ctx.right_id,
      type: ctx.right_type,
      name: ctx.right_name,
      ownerName: ctx.right_owner_name,
      registrationNumber: ctx.right_registration_number,
      office: ctx.right_office,
      jurisdiction: ctx.right_jurisdiction,
      patentKind: ctx.right_patent_kind,
    },
    complainant: { id: ctx.principal_org_id, name: ctx.principal_name },
    filer: { id: ctx.filer_org_id, name: ctx.filer_name },
    evidence: ctx.evidence as EvidenceRow[],
    snapshot: null,
  };
}
