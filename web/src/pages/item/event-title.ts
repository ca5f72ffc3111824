import type { TFunction } from 'i18next';
import type { paths } from '../../api/schema';

type TimelineEvent =
  paths['/v1/items/{id}/timeline']['get']['responses'][200]['content']['application/json']['events'][number];

/**
 * An item-history event worded in the portal's language from its kind and facts; the server's
 * English title when the portal has no wording for the kind (a newer server).
 */
export function eventTitle(t: TFunction, dateTime: (iso: string) => string, e: TimelineEvent): string {
  const key = `timelineEvent.${e.kind}`;
  if (!t(key, { defaultValue: '' })) return e.title;
  const x = e.facts;
  const label = (prefix: string, code: string | undefined) =>
    code === undefined ? '' : t(`${prefix}.${code}`, { defaultValue: code.replaceAll('_', ' ') });
  let title = t(key, {
    infringementType: label('infringement', x.infringementType),
    decision: label('decisionKind', x.decision),
    deadline: label('deadlineKind', x.deadline),
    party: label('party', x.party),
    dueAt: x.dueAt ? dateTime(x.dueAt) : '',
    grounds: (x.grounds ?? []).map((g) => label('ground', g)).join(t('timelineTitle.listSeparator')),
    procedure: label('procedure', x.procedure),
    caseReference: x.caseReference ?? t('timelineTitle.noReference'),
    interpolation: { escapeValue: false },
  });
  if (x.result !== undefined)
    title = t('timelineTitle.withResult', {
      title,
      result: label('deadlineResult', x.result.startsWith('moot') ? 'moot' : x.result),
      interpolation: { escapeValue: false },
    });
  if (x.reasonCode !== undefined)
    title = t('timelineTitle.withReason', {
      title,
      reason: label('reasonCode', x.reasonCode),
      interpolation: { escapeValue: false },
    });
  if (x.cause !== undefined)
    title = t('timelineTitle.withCause', {
      title,
      cause: label('timelineCause', x.cause),
      interpolation: { escapeValue: false },
    });
  if (x.stillDown) title = t('timelineTitle.stillDown', { title, interpolation: { escapeValue: false } });
  return title;
}
