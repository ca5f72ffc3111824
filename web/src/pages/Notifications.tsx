import { useQuery } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { Pager, usePage } from '../components/Pager';
import { QueryState } from '../components/states';
import { useFormat } from '../format';

export default function Notifications() {
  const { t } = useTranslation();
  const f = useFormat();
  const page = usePage();
  const list = useQuery({
    queryKey: ['notifications', page.page],
    queryFn: () => call(api.GET('/v1/notifications', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={1}>{t('nav.notifications')}</Typography.Title>
      <QueryState query={list}>
        {(data) => (
          <>
            <List
              bordered
              dataSource={data.items}
              locale={{ emptyText: t('common.empty') }}
              pagination={false}
              renderItem={(n) => (
                <List.Item>
                  <Tag>{n.kind}</Tag> {f.dateTime(n.createdAt)}{' '}
                  {n.itemId ? <Link to={`/items/${n.itemId}`}>{t('common.open')}</Link> : null}
                </List.Item>
              )}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
    </>
  );
}
