import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { StoreCluster, StoreStatusTag } from '../../components/StoreCluster';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';

/** A store's cluster for operator staff: every linked store in full, each link with its evidence. */
export default function StoreLinks() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const links = useQuery({
    queryKey: ['store-links', id],
    queryFn: () => call(api.GET('/v1/stores/{id}/links', { params: { path: { id } } })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('traders.adminTitle')}</Typography.Title>
      <Link to="/admin/stores">{t('traders.backToStores')}</Link>
      <QueryState query={links}>
        {(data) => (
          <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Card>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('traders.store')}>{data.store.name}</Descriptions.Item>
                <Descriptions.Item label={t('traders.externalId')}>{data.store.externalId}</Descriptions.Item>
                <Descriptions.Item label={t('traders.marketplace')}>
                  {data.store.marketplaceName}
                </Descriptions.Item>
                <Descriptions.Item label={t('traders.statusColumn')}>
                  <StoreStatusTag status={data.store.status} />
                </Descriptions.Item>
                {data.admission ? (
                  <Descriptions.Item label={t('traders.heldTitle')}>
                    <Space direction="vertical" size={2}>
                      <span>{data.admission.reasonText}</span>
                      <Typography.Text type="secondary">
                        {f.dateTime(data.admission.decidedAt)}
                      </Typography.Text>
                    </Space>
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Card title={t('traders.cluster')}>
              <StoreCluster links={data} />
            </Card>
          </Space>
        )}
      </QueryState>
    </>
  );
}
