export type Decision = 'remove' | 'reject' | 'request_info';
export const REASON_CODES = {
  remove: [
    'counterfeit',
    'trademark_infringement',
    'patent_infringement',
    'copyright_infringement',
    'stolen_images',
  ],
  reject: [
    'insufficient_evidence',
    'right_not_applicable',
    'not_infringing',
    'genuine_goods',
    'second_hand_goods',
    'parallel_import',
    'nominative_use',
    'listing_changed',
    'duplicate',
    'other',
  ],
} as const;
export type ReasonCode = (typeof REASON_CODES)['remove' | 'reject'][number];

const TEMPLATES_KEY = 'ipp.reasonTemplates';

/** The reviewer's own reason texts per reason code, edited in place and kept in this browser. */
export function reasonTemplates(): Partial<Record<string, string>> {
  try {
    return JSON.parse(localStorage.getItem(TEMPLATES_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}
export function saveReasonTemplate(code: string, text: string): void {
  localStorage.setItem(TEMPLATES_KEY, JSON.stringify({ ...reasonTemplates(), [code]: text }));
}

/** The default removal reason for an infringement type. */
export function removalCodeFor(type: string | undefined): ReasonCode {
  if (type === 'patent') return 'patent_infringement';
  if (type === 'copyright') return 'copyright_infringement';
  if (type === 'trademark_misuse') return 'trademark_infringement';
  return 'counterfeit';
}

/** The queue order the reviewer last saw, so "next" follows it without reloading. */
const QUEUE_KEY = 'ipp.reviewQueue';
export function rememberQueue(ids: string[]): void {
  sessionStorage.setItem(QUEUE_KEY, JSON.stringify(ids));
}
export function nextInQueue(current: string): string | null {
  try {
    const ids = JSON.parse(sessionStorage.getItem(QUEUE_KEY) ?? '[]') as string[];
    const at = ids.indexOf(current);
    return ids.slice(at + 1)[0] ?? null;
  } catch {
    return null;
  }
}
