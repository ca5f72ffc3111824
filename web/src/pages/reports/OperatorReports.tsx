import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

type Report = components['schemas']['OperatorReport'];

import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';
import {
  DurationCard,
  HEADLINE,
  KpiRow,
  MonthlyChart,
  MonthRangeFields,
  MonthTable,
  percent,
  ReasonTable,
  useMonthRange,
} from './shared';

/**
 * The operator report (operator staff): what the seeds' operator had to prove, per month and
 * marketplace or jurisdiction, with CSV, and (admins) publishing it on the public page.
 * GET /v1/reports/operator, POST /v1/reports/publications.
 */
export default function OperatorReports() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const me = useMe();
  const range = useMonthRange();
  const { from, to } = range;
  const [marketplaceId, setMarketplaceId] = useState<string | undefined>();
  const [jurisdiction, setJurisdiction] = useState<string | undefined>();
  const query = {
    from,
    to,
    ...(marketplaceId ? { marketplaceId } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
  };
  const marketplaces = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const report = useQuery({
    queryKey: ['reports', 'operator', query],
    queryFn: async () => (await call(api.GET('/v1/reports/operator', { params: { query } }))) as Report,
  });
  const publish = useMutation({
    mutationFn: () => call(api.POST('/v1/reports/publications', { body: { from, to } })),
    onSuccess: () => void message.success(t('reports.published')),
    onError: (e: Error) => void message.error(e.message),
  });
  const isAdmin = areasOf(me.data).has('admin');
  const jurisdictions = [...new Set((marketplaces.data?.items ?? []).map((m) => m.jurisdiction))].sort();
  const csv = `/v1/reports/operator?${new URLSearchParams({ ...query, format: 'csv' }).toString()}`;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('reports.operatorTitle')}</Typography.Title>
      <Form layout="inline">
        <MonthRangeFields id="report" range={range} />
        <Form.Item label={t('reports.marketplace')} htmlFor="report-marketplace">
          <Select
            id="report-marketplace"
            allowClear
            placeholder={t('reports.all')}
            value={marketplaceId}
            onChange={setMarketplaceId}
            options={(marketplaces.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} (${m.jurisdiction})`,
            }))}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label={t('reports.jurisdiction')} htmlFor="report-jurisdiction">
          <Select
            id="report-jurisdiction"
            allowClear
            placeholder={t('reports.all')}
            value={jurisdiction}
            onChange={setJurisdiction}
            options={jurisdictions.map((j) => ({ value: j, label: j }))}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Button href={csv} download>
          {t('reports.csv')}
        </Button>
        {isAdmin && (
          <Button onClick={() => publish.mutate()} loading={publish.isPending}>
            {t('reports.publish')}
          </Button>
        )}
        <Link to="/transparency">{t('reports.publicPage')}</Link>
      </Form>
      <QueryState query={report}>
        {(r) => (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <KpiRow
              items={[
                ...HEADLINE.map((key) => ({
                  key,
                  title: t(`reports.metric.${key}`),
                  value: f.number(r.totals[key]),
                })),
                { key: 'ratio', title: t('reports.proactiveRatio'), value: r.proactiveToReactive ?? '—' },
              ]}
            />
            <Card title={t('reports.monthlyChart')}>
              <MonthlyChart months={r.months} label={t('reports.monthlyChart')} />
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <DurationCard title={t('reports.timeToTakedown')} value={r.timeToTakedown} />
              </Col>
              <Col xs={24} md={12}>
                <DurationCard title={t('reports.timeToDecision')} value={r.timeToDecision} />
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={8}>
                <Card size="small" title={t('reports.registered')}>
                  <Statistic title={t('reports.brands')} value={r.registered.brands} />
                  <Statistic title={t('reports.validatedRights')} value={r.registered.validatedRights} />
                  <Statistic
                    title={t('reports.goodFaithParticipants')}
                    value={r.registered.goodFaithParticipants}
                  />
                </Card>
              </Col>
              <Col xs={24} md={8}>
                <Card size="small" title={t('reports.goodFaith')}>
                  <Statistic title={t('reports.metric.items_targeted')} value={r.goodFaith.itemsTargeted} />
                  <Statistic
                    title={t('reports.successfulAppealRate')}
                    value={percent(r.goodFaith.successfulAppealRate)}
                  />
                  <Statistic title={t('reports.automatedShare')} value={percent(r.automatedShare)} />
                </Card>
              </Col>
              <Col xs={24} md={8}>
                <Card size="small" title={t('reports.closingTheLoop')}>
                  <Statistic
                    title={t('reports.testBuys')}
                    value={`${r.testBuys.bought} / ${r.testBuys.counterfeitOrInferior}`}
                  />
                  <Statistic title={t('reports.referrals')} value={r.referrals} />
                  <Statistic
                    title={t('reports.refunds')}
                    value={r.refundsPaid.map((x) => f.currency(x.amount / 100, x.currency)).join(', ') || '—'}
                  />
                </Card>
              </Col>
            </Row>
            <Card title={t('reports.byMonth')}>
              <MonthTable months={r.months} />
            </Card>
            <Card title={t('reports.byMarketplace')}>
              <Table
                size="small"
                rowKey="marketplaceId"
                pagination={false}
                dataSource={r.marketplaces}
                columns={[
                  { title: t('reports.marketplace'), dataIndex: 'name' },
                  { title: t('reports.jurisdiction'), dataIndex: 'jurisdiction' },
                  ...(
                    [
                      'items_targeted',
                      'items_removed',
                      'removals_proactive',
                      'stores_suspended',
                      'stores_closed',
                    ] as const
                  ).map((m) => ({
                    title: t(`reports.metric.${m}`),
                    key: m,
                    align: 'right' as const,
                    render: (_: unknown, row: (typeof r.marketplaces)[number]) => f.number(row.metrics[m]),
                  })),
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
