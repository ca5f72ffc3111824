import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Form, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

type Report = components['schemas']['BrandReport'];

import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';
import { DurationCard, lastMonths, MonthlyChart, percent, ReasonTable } from './shared';

/**
 * A brand's report (the brand itself; operator staff with ?orgId=): listings its notices targeted
 * against listings removed per month and marketplace, time to takedown, outcomes by reason,
 * counter-notices, proactive removals that protected its marks. GET /v1/reports/brands/{orgId}.
 */
export default function BrandReport() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const [params] = useSearchParams();
  const orgId = params.get('orgId') ?? me.data?.organisation?.id;
  const months = lastMonths(36);
  const [from, setFrom] = useState(months.at(-12) as string);
  const [to, setTo] = useState(months.at(-1) as string);
  const report = useQuery({
    queryKey: ['reports', 'brand', orgId, from, to],
    enabled: !!orgId,
    queryFn: async () =>
      (await call(
        api.GET('/v1/reports/brands/{orgId}', {
          params: { path: { orgId: orgId as string }, query: { from, to } },
        }),
      )) as Report,
  });
  if (!orgId) return <Empty />;
  const csv = `/v1/reports/brands/${orgId}?${new URLSearchParams({ from, to, format: 'csv' }).toString()}`;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('reports.brandTitle', { name: report.data?.brand.name ?? '' })}
      </Typography.Title>
      <Form layout="inline">
        <Form.Item label={t('reports.from')} htmlFor="brand-report-from">
          <Select
            id="brand-report-from"
            value={from}
            onChange={setFrom}
            options={months.map((m) => ({ value: m, label: m }))}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item label={t('reports.to')} htmlFor="brand-report-to">
          <Select
            id="brand-report-to"
            value={to}
            onChange={setTo}
            options={months.map((m) => ({ value: m, label: m }))}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Button href={csv} download>
          {t('reports.csv')}
        </Button>
      </Form>
      <QueryState query={report}>
        {(r) => (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              {(['items_targeted', 'items_removed', 'items_rejected'] as const).map((key) => (
                <Col key={key} xs={12} md={4}>
                  <Card size="small">
                    <Statistic title={t(`reports.metric.${key}`)} value={f.number(r.totals[key])} />
                  </Card>
                </Col>
              ))}
              <Col xs={12} md={4}>
                <Card size="small">
                  <Statistic title={t('reports.proactiveForYou')} value={f.number(r.proactiveRemovals)} />
                </Card>
              </Col>
              <Col xs={12} md={8}>
                <Card size="small">
                  <Statistic
                    title={t('reports.counterNotices')}
                    value={`${r.counterNotices.succeeded} / ${r.counterNotices.succeeded + r.counterNotices.failed}`}
                    suffix={`(${percent(r.counterNotices.successRate)})`}
                  />
                </Card>
              </Col>
            </Row>
            <Card title={t('reports.targetedVsRemoved')}>
              <MonthlyChart months={r.months} label={t('reports.targetedVsRemoved')} />
            </Card>
            <DurationCard title={t('reports.timeToTakedown')} value={r.timeToTakedown} />
            <Card title={t('reports.byMonthAndMarketplace')}>
              <Table
                size="small"
                rowKey={(row) => `${row.month}:${row.marketplaceId}`}
                pagination={false}
                dataSource={r.targetedVsRemoved}
                columns={[
                  { title: t('reports.month'), dataIndex: 'month' },
                  { title: t('reports.marketplace'), dataIndex: 'name' },
                  { title: t('reports.metric.items_targeted'), dataIndex: 'targeted', align: 'right' },
                  { title: t('reports.metric.items_removed'), dataIndex: 'removed', align: 'right' },
                ]}
              />
            </Card>
            <Card title={t('reports.reasons')}>
              <ReasonTable reasons={r.reasons} />
            </Card>
          </Space>
        )}
      </QueryState>
    </Space>
  );
}
