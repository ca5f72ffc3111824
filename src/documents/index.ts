export {
  checkDocumentReferences,
  DOCUMENT_MEDIA_TYPES,
  documentReferenceErrors,
  readDocument,
  uploadDocument,
} from './document.service.ts';
