import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';

export default function Marketplaces() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['marketplaces'], queryFn: () => call(api.GET('/v1/marketplaces')) });
  return (
    <>
      <Typography.Title level={1}>{t('nav.marketplaces')}</Typography.Title>
      <QueryState query={list}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            columns={[
              {
                title: t('common.name'),
                render: (_, m) => <Link to={`/admin/marketplaces/${m.id}`}>{m.name}</Link>,
              },
              { title: t('admin.code'), dataIndex: 'code' },
              { title: t('rights.jurisdiction'), dataIndex: 'jurisdiction' },
              { title: t('admin.webhookUrl'), render: (_, m) => m.webhookUrl ?? '—' },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
