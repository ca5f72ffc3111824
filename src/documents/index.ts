export {
  checkDocumentReferences,
  DOCUMENT_MEDIA_TYPES,
  readDocument,
  uploadDocument,
} from './document.service.ts';
