import { useQuery } from '@tanstack/react-query';
import { Empty, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { Accountability } from './Accountability';

/** The seller's standing per store: points, strikes, sanctions and the decisions behind them. */
export default function SellerStanding() {
  const { t } = useTranslation();
  const stores = useQuery({
    queryKey: ['stores', 'mine'],
    queryFn: () => call(api.GET('/v1/stores', { params: { query: { limit: 200, offset: 0 } } })),
  });
  const [chosen, setChosen] = useState<string | undefined>();
  const storeId = chosen ?? stores.data?.items[0]?.id;
  const standing = useQuery({
    queryKey: ['accountability', storeId],
    enabled: storeId !== undefined,
    queryFn: () =>
      call(api.GET('/v1/stores/{id}/accountability', { params: { path: { id: storeId as string } } })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('accountability.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('accountability.intro')}</Typography.Paragraph>
      <QueryState query={stores}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty description={t('accountability.noStores')} />
          ) : (
            <>
              {data.items.length > 1 ? (
                <Segmented
                  aria-label={t('accountability.store')}
                  style={{ marginBottom: 16 }}
                  value={storeId}
                  onChange={(v) => setChosen(String(v))}
                  options={data.items.map((s) => ({ value: s.id, label: s.name }))}
                />
              ) : null}
              <QueryState query={standing}>{(s) => <Accountability data={s} asSeller />}</QueryState>
            </>
          )
        }
      </QueryState>
    </>
  );
}
