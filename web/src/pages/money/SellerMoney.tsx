import { useQuery } from '@tanstack/react-query';
import { Empty, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { StoreMoneyCard } from './StoreMoneyCard';

/** The seller's "Money held" page: per store, the deposit, balances, and what is held and why. */
export default function SellerMoney() {
  const { t } = useTranslation();
  const stores = useQuery({
    queryKey: ['stores', 'mine'],
    queryFn: () => call(api.GET('/v1/stores', { params: { query: { limit: 200, offset: 0 } } })),
  });
  const [chosen, setChosen] = useState<string | undefined>();
  return (
    <>
      <Typography.Title level={1}>{t('money.sellerTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('money.sellerIntro')}</Typography.Paragraph>
      <QueryState query={stores}>
        {(data) => {
          const storeId = chosen ?? data.items[0]?.id;
          if (!storeId) return <Empty description={t('accountability.noStores')} />;
          return (
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
              <StoreMoneyCard storeId={storeId} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
