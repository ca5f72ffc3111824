import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

/** Whose move it is and by when, with the time left (red when overdue). */
export function Clock({
  party,
  action,
  dueAt,
  overdue,
}: {
  party: string | null;
  action?: string;
  dueAt: string | null;
  overdue: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <span data-testid="clock">
      <Tag color={party ? 'blue' : 'default'}>{party ? t(`party.${party}`, party) : t('clock.nobody')}</Tag>
      {action ? <span>{action} </span> : null}
      {dueAt ? (
        <Tag color={overdue ? 'red' : 'green'}>
          {f.dateTime(dueAt)} ({f.timeLeft(dueAt)})
        </Tag>
      ) : null}
    </span>
  );
}
