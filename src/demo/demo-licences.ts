import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { uploadDocument } from '../documents/index.ts';
import { uploadLicence } from '../licences/index.ts';

/**
 * Golden Dragon's EU store has uploaded a licence for music and film that waits for a reviewer, so
 * the seller's Licences page and the reviewers' licence queue have something in them.
 */
export async function uploadDemoLicence(
  db: Database,
  dragon: Principal,
  marketplaceId: string,
): Promise<void> {
  const store = await db
    .selectFrom('stores')
    .select('id')
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', '=', 'dragon-de')
    .executeTakeFirstOrThrow();
  const scan = await uploadDocument(db, dragon, {
    content: Buffer.from(
      'Golden Dragon Trading - distribution licence for audiovisual media, DE (demo document)',
    ),
    mediaType: 'text/plain',
    filename: 'av-licence-de.txt',
  });
  const year = new Date().getUTCFullYear();
  await uploadLicence(db, dragon, store.id, {
    category: 'audiovisual',
    jurisdiction: 'DE',
    issuer: 'Landesmedienanstalt Berlin-Brandenburg',
    licenceNumber: 'MABB-AV-2207',
    validFrom: `${year}-01-01`,
    validUntil: `${year + 1}-12-31`,
    documentSha256: scan.sha256,
  });
}
