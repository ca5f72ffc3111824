import { declareTables } from '../shared/tables.ts';

/**
 * Public API of reports (issue 17): counters kept from the event stream (`reports.effects.ts`),
 * the operator's and a brand's reports with CSV exports.
 */
import './reports.table.ts';
import './reports.effects.ts';

export { applyReportEvents, REPORTS_SUBSCRIBER } from './reports.effects.ts';
export { reportRoutes } from './reports.routes.ts';
export { type BrandReport, brandReport, type OperatorReport, operatorReport } from './reports.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: [
    'report_counts',
    'report_durations',
    'report_publications',
    'report_totals',
    'report_total_durations',
  ],
});
