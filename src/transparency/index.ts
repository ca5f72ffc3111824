import { declareTables } from '../shared/tables.ts';
import './transparency.table.ts';
import './transparency.effects.ts';

/**
 * Public API of DSA transparency (issue 17 point 3): statements of reasons in the EU Transparency
 * Database format (validated, in batches of 100, streamed as NDJSON) and the Art 24 report.
 */
export {
  batchErrors,
  STATEMENT_STORE_REQUEST_SCHEMA,
  statementErrors,
  TRANSPARENCY_BATCH_SIZE,
} from './statement-store-request.schema.ts';
export { applyTransparencyEvents, TRANSPARENCY_SUBSCRIBER } from './transparency.effects.ts';
export { transparencyRoutes } from './transparency.routes.ts';
export { reportCsv, statementBatch, statementLines, transparencyReport } from './transparency.service.ts';
export { type ExportableDecision, toStatementStoreRequest } from './transparency.ts';

/**
 * It writes only its counters (kept by its event subscriber); it reads decisions, notices, appeals
 * and sanctions of their owners.
 */
export const TABLES = declareTables({ owns: ['transparency_counts', 'transparency_durations'] });
