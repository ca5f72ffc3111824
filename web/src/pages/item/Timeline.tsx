import { useQuery } from '@tanstack/react-query';
import { Timeline as AntTimeline, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { eventTitle } from './event-title';

/** The item's history with reasons, and its open deadlines. */
export function Timeline({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const timeline = useQuery({
    queryKey: ['item', itemId, 'timeline'],
    queryFn: () => call(api.GET('/v1/items/{id}/timeline', { params: { path: { id: itemId } } })),
  });
  return (
    <Card title={t('item.timeline')}>
      <QueryState query={timeline}>
        {(data) => (
          <>
            <AntTimeline
              items={data.events.map((e) => ({
                key: `${e.at}-${e.kind}`,
                content: (
                  <div>
                    <Typography.Text strong>{eventTitle(t, f.dateTime, e)}</Typography.Text>{' '}
                    <Tag>{t(`party.${e.by}`, { defaultValue: e.by })}</Tag>
                    <div>{f.dateTime(e.at)}</div>
                    {e.reasons ? <Typography.Paragraph>{e.reasons}</Typography.Paragraph> : null}
                  </div>
                ),
              }))}
            />
            {data.deadlines.length > 0 ? (
              <>
                <Typography.Title level={2} style={{ fontSize: 16 }}>
                  {t('item.deadlines')}
                </Typography.Title>
                <ul>
                  {data.deadlines.map((d) => (
                    <li key={d.id}>
                      {t(`deadlineKind.${d.kind}`, { defaultValue: d.kind })} ·{' '}
                      {t(`party.${d.party}`, d.party)} · {f.dateTime(d.dueAt)} ·{' '}
                      {t(`deadlineStatus.${d.status}`, { defaultValue: d.status })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </Card>
  );
}
