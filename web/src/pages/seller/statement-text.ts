import type { TFunction } from 'i18next';
import type { paths } from '../../api/schema';

type Statement = paths['/v1/statements/{id}']['get']['responses'][200]['content']['application/json'];
type Body = Statement['body'];
type Redress = Body['redress'][number];

const raw = { interpolation: { escapeValue: false } } as const;

/**
 * A statement of reasons read in the portal's language from its structured parts. The statement
 * as issued (English) stays the record: the page shows it beside this reading.
 */
export function statementText(t: TFunction, date: (iso: string) => string, s: Statement) {
  const b = s.body;
  const listing = b.restriction.listing?.title ?? t('statementText.theListing');
  const marketplace = b.marketplace?.name ?? t('statementText.theMarketplace');
  const restriction = t(`statementText.restriction.${b.restriction.kind}`, {
    listing,
    marketplace,
    scope: b.restriction.territorialScope.join(t('timelineTitle.listSeparator')),
    ...raw,
  });
  const notice = b.facts.notice;
  const right = b.facts.right;
  const complainant = b.complainant?.organisation.name;
  let facts: string;
  if (s.kind === 'notice_removal' && notice && right && complainant)
    facts = t('statementText.facts.notice', {
      date: date(notice.filedAt),
      complainant,
      listing,
      infringement: t(`infringement.${notice.infringementType}`),
      rightType: t(`rightType.${right.type}`),
      right: right.name,
      count: b.evidence.length,
      ...raw,
    });
  else if (s.kind === 'proactive_removal')
    facts = t('statementText.facts.proactive', {
      listing,
      signals:
        (b.facts.signals ?? [])
          .map((x) => t(`signalKind.${x.kind}`, { defaultValue: x.kind }))
          .join(t('timelineTitle.listSeparator')) || '—',
      ...raw,
    });
  else facts = t('statementText.facts.other', { decision: t(`decisionKind.${s.kind}`), ...raw });
  const ground = t(`statementText.ground.${b.ground.decisionGround}`, { marketplace, ...raw });
  const redress = (r: Redress) =>
    t(`statementText.redress.${r.kind}`, {
      item: notice?.itemId ?? '',
      until: r.availableUntil ? date(r.availableUntil) : '',
      ...raw,
    });
  // the reason code in the user's language; the reviewer's text beside it unless it only repeats
  // the code's English label (the review form's default)
  const code = b.reason.code;
  const english = code ? t(`reasonCode.${code}`, { lng: 'en', defaultValue: '' }) : '';
  const reason =
    code === null
      ? b.reason.text
      : b.reason.text.trim() === english
        ? t(`reasonCode.${code}`, { defaultValue: code })
        : t('statementText.reason', {
            code: t(`reasonCode.${code}`, { defaultValue: code }),
            text: b.reason.text,
            ...raw,
          });
  return { restriction, facts, ground, redress, reason };
}
