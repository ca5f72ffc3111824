import { useQuery } from '@tanstack/react-query';
import { Card, Layout, Result, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, ProblemError } from '../../api/client';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { DurationCard, HEADLINE, KpiRow, MonthlyChart, MonthTable, percent } from './shared';

/**
 * The public transparency page (no login): the figures the operator last published, without any
 * party named. GET /v1/public/transparency.
 */
export default function PublicTransparency() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const published = useQuery({
    queryKey: ['public-transparency'],
    retry: false,
    queryFn: () => call(api.GET('/v1/public/transparency')),
  });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600 }}>
          OpenIPP
        </Link>
        <Select
          aria-label={t('layout.language')}
          value={i18n.language}
          onChange={(lng) => void i18n.changeLanguage(lng)}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh-CN', label: '简体中文' },
          ]}
          style={{ width: 120 }}
        />
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <main>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Typography.Title level={1}>{t('reports.publicTitle')}</Typography.Title>
            {published.error instanceof ProblemError && published.error.problem.status === 404 ? (
              <Result status="info" title={t('reports.nothingPublished')} />
            ) : (
              <QueryState query={published}>
                {(p) => {
                  const r = p.figures;
                  return (
                    <Space direction="vertical" size="large" style={{ width: '100%' }}>
                      <Typography.Paragraph>
                        {t('reports.publicPeriod', { from: r.from, to: r.to, at: f.dateTime(p.publishedAt) })}
                      </Typography.Paragraph>
                      <KpiRow
                        items={[
                          ...HEADLINE.map((key) => ({
                            key,
                            title: t(`reports.metric.${key}`),
                            value: f.number(r.totals[key]),
                          })),
                          {
                            key: 'automated',
                            title: t('reports.automatedShare'),
                            value: percent(r.automatedShare),
                          },
                        ]}
                      />
                      <Card title={t('reports.monthlyChart')}>
                        <MonthlyChart months={r.months} label={t('reports.monthlyChart')} />
                      </Card>
                      <DurationCard title={t('reports.timeToTakedown')} value={r.timeToTakedown} />
                      <Card title={t('reports.byJurisdiction')}>
                        <Table
                          size="small"
                          rowKey="jurisdiction"
                          pagination={false}
                          dataSource={r.jurisdictions}
                          columns={[
                            { title: t('reports.jurisdiction'), dataIndex: 'jurisdiction' },
                            ...(
                              [
                                'items_targeted',
                                'items_removed',
                                'removals_proactive',
                                'stores_closed',
                              ] as const
                            ).map((m) => ({
                              title: t(`reports.metric.${m}`),
                              key: m,
                              align: 'right' as const,
                              render: (_: unknown, row: (typeof r.jurisdictions)[number]) =>
                                f.number(row.metrics[m]),
                            })),
                          ]}
                        />
                      </Card>
                      <Card title={t('reports.byMonth')}>
                        <MonthTable months={r.months} />
                      </Card>
                      <Typography.Link href="/v1/public/transparency">{t('reports.asJson')}</Typography.Link>
                    </Space>
                  );
                }}
              </QueryState>
            )}
          </Space>
        </main>
      </Layout.Content>
    </Layout>
  );
}
