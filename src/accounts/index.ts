import { declareTables } from '../shared/tables.ts';

export { type FilingStandingRow, INTAKE_FILING_SQL } from './accounts.repository.ts';
export * from './accounts.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: [
    'organisations',
    'users',
    'memberships',
    'api_keys',
    'sessions',
    'representations',
    'login_throttle',
  ],
});
