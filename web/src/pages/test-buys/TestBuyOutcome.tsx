import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ShaTag } from '../../components/ShaTag';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { StatusTag } from './TestBuyCase';

/** A decided test buy as the requesting brand and the seller see it: result, inspection, statement. */
export default function TestBuyOutcome() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const outcome = useQuery({
    queryKey: ['test-buy-outcome', id],
    queryFn: () => call(api.GET('/v1/test-buys/{id}/outcome', { params: { path: { id } } })),
  });
  return (
    <QueryState query={outcome}>
      {(o) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={1}>
            {t('testBuys.outcomeTitle', { title: o.listing.title })}
          </Typography.Title>
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('testBuys.status')}>
              <StatusTag status={o.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('testBuys.store')}>
              {o.store.name} ({o.marketplace.name})
            </Descriptions.Item>
            <Descriptions.Item label={t('testBuys.decidedAt')}>{f.dateTime(o.decidedAt)}</Descriptions.Item>
            {o.decisionId ? (
              <Descriptions.Item label={t('testBuys.statement')}>
                <Link to={`/statements/${o.decisionId}`}>{t('testBuys.readStatement')}</Link>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {o.inspection ? (
            <Card title={t('testBuys.inspection')}>
              <Typography.Paragraph>{o.inspection.summary}</Typography.Paragraph>
              <Space wrap>
                {o.inspection.reports.map((r) => (
                  <ShaTag key={r.sha256} sha={r.sha256} name={r.label} />
                ))}
              </Space>
            </Card>
          ) : null}
        </Space>
      )}
    </QueryState>
  );
}
