import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';

/** Overdue decisions escalated to supervisors (notices, counter-notice reviews, appeals). */
export default function Supervisor() {
  const { t } = useTranslation();
  const f = useFormat();
  const page = usePage();
  const queue = useQuery({
    queryKey: ['supervisor-queue', page.page],
    queryFn: () => call(api.GET('/v1/review/supervisor-queue', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={1}>{t('supervisor.title')}</Typography.Title>
      <QueryState query={queue}>
        {(data) => (
          <>
            <Table
              rowKey={(r) => `${r.target.type}-${r.target.id}-${r.reason}`}
              dataSource={data.items}
              pagination={false}
              locale={{ emptyText: t('supervisor.empty') }}
              columns={[
                {
                  title: t('supervisor.reason'),
                  render: (_, r) => <Tag color="red">{t(`overdueReason.${r.reason}`, r.reason)}</Tag>,
                },
                {
                  title: t('common.due'),
                  render: (_, r) => `${f.dateTime(r.dueAt)} (${f.timeLeft(r.dueAt)})`,
                },
                {
                  title: t('common.open'),
                  render: (_, r) =>
                    r.itemId ? (
                      <Link to={`/review/items/${r.itemId}`}>{shortId(r.itemId)}</Link>
                    ) : (
                      shortId(r.target.id)
                    ),
                },
              ]}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
    </>
  );
}
