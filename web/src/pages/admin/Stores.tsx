import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { Pager, usePage } from '../../components/Pager';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ProblemAlert, QueryState } from '../../components/states';
import { StoreStatusTag } from '../sellers/Accountability';

type Organisation = paths['/v1/organisations/{id}']['get']['responses'][200]['content']['application/json'];

/** Seller organisations whose name contains `q` (operator staff list every organisation). */
async function searchSellers(q: string, limit: number): Promise<Organisation[]> {
  const query = { kind: 'seller' as const, limit, offset: 0, ...(q ? { q } : {}) };
  return (await call(api.GET('/v1/organisations', { params: { query } }))).items;
}

/**
 * Operator admins link each marketplace store to the seller organisation that operates it, so the
 * seller reads its statements and counter-notifies (GET /v1/stores, PATCH /v1/stores/{id}).
 */
export default function Stores() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [marketplaceId, setMarketplaceId] = useState<string | undefined>();
  const marketplaces = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const page = usePage(50, marketplaceId);
  const stores = useQuery({
    queryKey: ['stores', marketplaceId, page.page],
    queryFn: () =>
      call(
        api.GET('/v1/stores', {
          params: { query: { ...page.query, ...(marketplaceId ? { marketplaceId } : {}) } },
        }),
      ),
  });
  const link = useMutation({
    mutationFn: ({ id, sellerOrgId }: { id: string; sellerOrgId: string | null }) =>
      call(api.PATCH('/v1/stores/{id}', { params: { path: { id } }, body: { sellerOrgId } })),
    onSuccess: (_, { sellerOrgId }) => {
      message.success(sellerOrgId ? t('stores.linked') : t('stores.unlinked'));
      void client.invalidateQueries({ queryKey: ['stores'] });
    },
  });
  const marketName = new Map((marketplaces.data?.items ?? []).map((m) => [m.id, m.name]));

  return (
    <>
      <Typography.Title level={1}>{t('stores.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('stores.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('review.marketplace')}
          placeholder={t('review.marketplace')}
          allowClear
          style={{ minWidth: 200 }}
          value={marketplaceId ?? null}
          onChange={(v: string | null) => setMarketplaceId(v ?? undefined)}
          options={(marketplaces.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      </Space>
      {link.error ? <ProblemAlert error={link.error} /> : null}
      <QueryState query={stores}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('stores.none') }}
              columns={[
                {
                  title: t('common.name'),
                  render: (_, s) => <Link to={`/admin/stores/${s.id}`}>{s.name}</Link>,
                },
                {
                  title: t('accountability.statusLabel'),
                  render: (_, s) => <StoreStatusTag status={s.status} />,
                },
                { title: t('stores.externalId'), dataIndex: 'externalId' },
                { title: t('review.marketplace'), render: (_, s) => marketName.get(s.marketplaceId) ?? '—' },
                {
                  title: t('traders.linksColumn'),
                  render: (_, s) => (
                    <Link
                      to={`/admin/stores/${s.id}/links`}
                      aria-label={t('traders.linksOf', { name: s.name })}
                    >
                      {t('traders.openLinks')}
                    </Link>
                  ),
                },
                {
                  title: t('stores.seller'),
                  width: 280,
                  render: (_, s) => (
                    <RemoteSelect<Organisation>
                      label={t('stores.sellerOf', { name: s.name })}
                      placeholder={t('stores.noSeller')}
                      allowClear
                      style={{ width: '100%' }}
                      loading={link.isPending && link.variables?.id === s.id}
                      queryKey={['organisations', 'sellers']}
                      search={searchSellers}
                      fetchOne={(id) => call(api.GET('/v1/organisations/{id}', { params: { path: { id } } }))}
                      toOption={(o) => ({ value: o.id, label: o.name })}
                      value={s.sellerOrgId}
                      onChange={(v) => link.mutate({ id: s.id, sellerOrgId: v })}
                    />
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
