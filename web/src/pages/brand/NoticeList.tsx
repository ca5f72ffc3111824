import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';

const PAGE = 50;

export default function NoticeList() {
  const { t } = useTranslation();
  const f = useFormat();
  const [page, setPage] = useState(0);
  const notices = useQuery({
    queryKey: ['notices', page],
    queryFn: () => call(api.GET('/v1/notices', { params: { query: { limit: PAGE, offset: page * PAGE } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>{t('notices.title')}</Typography.Title>
        <Space>
          <Link to="/notices/new">
            <Button type="primary">{t('nav.fileNotice')}</Button>
          </Link>
          <Link to="/notices/csv">
            <Button>{t('nav.csvNotice')}</Button>
          </Link>
        </Space>
      </Space>
      <QueryState query={notices}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                {
                  title: t('notices.notice'),
                  render: (_, n) => <Link to={`/notices/${n.id}`}>{shortId(n.id)}</Link>,
                },
                {
                  title: t('notices.type'),
                  render: (_, n) => t(`infringement.${n.infringementType}`, n.infringementType),
                },
                { title: t('notices.items'), render: (_, n) => f.number(n.itemCount) },
                {
                  title: t('notices.status'),
                  render: (_, n) => (
                    <Tag color={n.status === 'open' ? 'blue' : 'default'}>
                      {t(`noticeStatus.${n.status}`)}
                    </Tag>
                  ),
                },
                { title: t('common.created'), render: (_, n) => f.dateTime(n.createdAt) },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                {t('common.previous')}
              </Button>
              <span>{t('common.page', { page: page + 1 })}</span>
              <Button disabled={data.items.length < PAGE} onClick={() => setPage((p) => p + 1)}>
                {t('common.next')}
              </Button>
            </Space>
          </>
        )}
      </QueryState>
    </>
  );
}
