import { declareTables } from '../shared/tables.ts';

export { reasonTemplateRoutes } from './reason-template.routes.ts';
export type { ReasonTemplate } from './reason-template.schema.ts';
export { listReasonTemplates } from './reason-template.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['reason_templates'],
});
