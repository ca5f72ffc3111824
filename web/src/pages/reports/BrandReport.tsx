import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Form, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

type Report = components['schemas']['BrandReport'];

import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';
import { DurationCard, MonthlyChart, MonthRangeFields, percent, ReasonTable, useMonthRange } from './shared';

/**
 * A brand's report (the brand itself; operator staff with ?orgId=): listings its notices targeted
 * against listings removed per month and marketplace, time to takedown, outcomes by reason,
 * counter-notices, proactive removals that protected its marks. GET /v1/reports/brands/{orgId}.
 */
export default function BrandReport() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const staff = areasOf(me.data).has('reviewer');
  const orgId = params.get('orgId') ?? (staff ? undefined : me.data?.organisation?.id);
  // Operator staff read any brand's report: they pick the brand.
  const brands = useQuery({
    queryKey: ['organisations', 'brand'],
    enabled: staff,
    queryFn: () =>
      call(api.GET('/v1/organisations', { params: { query: { kind: 'brand', limit: 100, offset: 0 } } })),
  });
  const range = useMonthRange();
  const { from, to } = range;
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
  const brandPicker = staff && (
    <Form.Item label={t('reports.brand')} htmlFor="brand-report-brand">
      <Select
        id="brand-report-brand"
        showSearch
        optionFilterProp="label"
        value={orgId ?? null}
        onChange={(id: string) => setParams({ orgId: id })}
        options={(brands.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        style={{ width: 240 }}
      />
    </Form.Item>
  );
  if (!orgId)
    return (
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Title level={1}>{t('reports.navBrands')}</Typography.Title>
        <Form layout="inline">{brandPicker}</Form>
        <Empty description={t('reports.pickBrand')} />
      </Space>
    );
  const csv = `/v1/reports/brands/${orgId}?${new URLSearchParams({ from, to, format: 'csv' }).toString()}`;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {report.data ? t('reports.brandTitle', { name: report.data.brand.name }) : t('reports.navBrands')}
      </Typography.Title>
      <Form layout="inline">
        {brandPicker}
        <MonthRangeFields id="brand-report" range={range} />
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
            {r.standing && (
              <Card size="small" title={t('reports.standing')}>
                <Row gutter={16}>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('reports.programme')}
                      value={t(`reports.programmeStatus.${r.standing.programme}`)}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('reports.takedownSuccess')}
                      value={percent(r.standing.takedownSuccess)}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('reports.conformingShare')}
                      value={percent(r.standing.conformingShare)}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <Statistic
                      title={t('reports.counterNoticeShare')}
                      value={percent(r.standing.counterNoticeShare)}
                    />
                  </Col>
                </Row>
              </Card>
            )}
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
