import { definePolicy } from '../policies/index.ts';
import { LicencesPolicySchema } from './licence.schema.ts';
import { checkLicencesPolicy, DEFAULT_LICENCES_POLICY, type LicencesPolicy } from './licence.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    licences: LicencesPolicy;
  }
}

/** Restricted categories and what happens without a licence: read by sellers too (what they need). */
export const LICENCES_POLICY = definePolicy<LicencesPolicy>({
  key: 'licences',
  description:
    'Market-access licences: restricted categories and the listing categories each covers, refuse or hold per marketplace, the expiry warning',
  schema: LicencesPolicySchema,
  defaultValue: DEFAULT_LICENCES_POLICY,
  check: checkLicencesPolicy,
  readableBy: 'everyone',
});
