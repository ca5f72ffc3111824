import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';

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

export type ReasonTemplate =
  paths['/v1/reason-templates']['get']['responses'][200]['content']['application/json']['items'][number];
export type TemplateLanguage = ReasonTemplate['language'];

/** The template language for the portal language (templates exist in en and zh-CN). */
export function templateLanguage(language: string): TemplateLanguage {
  return language.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The operator's reason templates (managed by its admins on the reason templates page). */
export function useReasonTemplates() {
  return useQuery({
    queryKey: ['reason-templates'],
    queryFn: () => call(api.GET('/v1/reason-templates')),
    staleTime: 60_000,
  });
}

/** The templates for a reason code, those in the portal's language first. */
export function templatesFor(
  templates: readonly ReasonTemplate[] | undefined,
  code: string,
  language: TemplateLanguage,
): ReasonTemplate[] {
  return (templates ?? [])
    .filter((tpl) => tpl.reasonCode === code)
    .sort((a, b) => Number(b.language === language) - Number(a.language === language));
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
  // One item can be in the queue twice (its notice and its counter-notice or appeal): once here.
  sessionStorage.setItem(QUEUE_KEY, JSON.stringify([...new Set(ids)]));
}
export function nextInQueue(current: string): string | null {
  try {
    const ids = JSON.parse(sessionStorage.getItem(QUEUE_KEY) ?? '[]') as string[];
    const at = ids.indexOf(current);
    return ids.slice(at + 1).find((id) => id !== current) ?? null;
  } catch {
    return null;
  }
}
