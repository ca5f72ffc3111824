import { declareTables } from '../shared/tables.ts';

export * from './marketplace.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['marketplaces', 'stores'],
});
