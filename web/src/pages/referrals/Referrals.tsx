import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';

type Row = paths['/v1/referrals']['get']['responses'][200]['content']['application/json']['items'][number];
type Status = Row['status'];
export const REFERRAL_COLORS: Record<Status, string> = {
  open: 'gold',
  referred: 'blue',
  investigating: 'purple',
  closed: 'default',
};

/** Enforcement liaison: referral cases to law enforcement (every access is audited). */
export default function Referrals() {
  const { t } = useTranslation();
  const f = useFormat();
  const [status, setStatus] = useState<Status | undefined>();
  const list = useQuery({
    queryKey: ['referrals', status],
    queryFn: () =>
      call(
        api.GET('/v1/referrals', {
          params: { query: { limit: 100, offset: 0, ...(status ? { status } : {}) } },
        }),
      ),
  });
  return (
    <>
      <Typography.Title level={1}>{t('referrals.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('referrals.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('referrals.status')}
          allowClear
          placeholder={t('referrals.status')}
          style={{ minWidth: 180 }}
          value={status}
          onChange={(v) => setStatus(v)}
          options={(['open', 'referred', 'investigating', 'closed'] as const).map((s) => ({
            value: s,
            label: t(`referrals.statuses.${s}`),
          }))}
        />
      </Space>
      <QueryState query={list}>
        {(data) => (
          <Table<Row>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 800 }}
            columns={[
              {
                title: t('referrals.store'),
                render: (_, r) => <Link to={`/referrals/${r.id}`}>{r.store.name}</Link>,
              },
              { title: t('referrals.seller'), render: (_, r) => r.seller?.name ?? '—' },
              {
                title: t('referrals.marketplace'),
                render: (_, r) => `${r.marketplace.name} (${r.jurisdiction})`,
              },
              {
                title: t('referrals.status'),
                render: (_, r) => (
                  <Tag color={REFERRAL_COLORS[r.status]}>{t(`referrals.statuses.${r.status}`)}</Tag>
                ),
              },
              { title: t('referrals.agency'), render: (_, r) => r.agency ?? '—' },
              { title: t('referrals.opened'), render: (_, r) => f.dateTime(r.createdAt) },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
