import { declareTables } from '../shared/tables.ts';

export {
  checkDocumentReferences,
  DOCUMENT_MEDIA_TYPES,
  documentReferenceErrors,
  readDocument,
  uploadDocument,
} from './document.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['documents', 'document_owners'],
});
