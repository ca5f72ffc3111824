export type { ReviewSlaPolicy } from './policy.ts';
export { slaDueAt } from './policy.ts';
export { currentPolicy, writePolicy } from './policy.service.ts';
