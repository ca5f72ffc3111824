import { declareTables } from '../shared/tables.ts';

export {
  type BrandVerificationCandidate,
  type BrandVerificationHooks,
  type OpenedBrandCase,
  registerBrandVerificationHooks,
} from './brand-verification.hooks.ts';
export { answersForBrand, brandEntryOf, putBrandKnowledge } from './detection-config.service.ts';
export { attachProactiveDetection, type ProactivePipeline, runScanWorker } from './pipeline.ts';
export { transitionCase as moveCase } from './proactive.repository.ts';
export { proactiveRoutes } from './proactive.routes.ts';
export { runRescanStep, type ScanSink, startRescanWorker } from './rescan.ts';
export { ProactiveScanner } from './scanner.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: [
    'brand_knowledge',
    'brand_name_approvals',
    'detection_revision',
    'keyword_rule_sets',
    'listing_verdicts',
    'proactive_cases',
    'scan_jobs',
  ],
  alsoWrites: {
    listings:
      'a proactive removal takes the listing down in its transaction (debt: should go through takedowns)',
    listing_snapshots: 'a proactive removal archives the listing it removes (debt: as above)',
  },
});
