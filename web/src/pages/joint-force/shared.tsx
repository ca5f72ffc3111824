import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../api/schema';
import { useFormat } from '../../format';

export type CaseSummary =
  paths['/v1/joint-force/cases']['get']['responses'][200]['content']['application/json']['items'][number];
export type CaseDetail =
  paths['/v1/joint-force/cases/{id}']['get']['responses'][200]['content']['application/json'];
export type Status = CaseSummary['status'];

const STATUS_COLOR: Record<Status, string> = {
  waiting: 'blue',
  counterfeit: 'red',
  genuine: 'green',
  unsure: 'gold',
  unanswered: 'volcano',
  closed: 'default',
};

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`jointForce.status.${status}`)}</Tag>;
}

/** When the answer is due, red once overdue. */
export function Due({ c }: { c: Pick<CaseSummary, 'dueAt' | 'overdue' | 'status'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!c.dueAt || c.status !== 'waiting') return <>{c.dueAt ? f.dateTime(c.dueAt) : '—'}</>;
  return (
    <Tag color={c.overdue ? 'red' : 'green'}>
      {f.dateTime(c.dueAt)} ({c.overdue ? t('common.overdue') : f.timeLeft(c.dueAt)})
    </Tag>
  );
}

export function Price({ listing }: { listing: Pick<CaseSummary['listing'], 'price' | 'currency'> }) {
  const f = useFormat();
  if (listing.price === null) return <>—</>;
  return <>{listing.currency ? f.currency(listing.price, listing.currency) : f.number(listing.price)}</>;
}
