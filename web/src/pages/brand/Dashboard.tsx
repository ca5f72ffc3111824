import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Table, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { PageLoading, QueryState } from '../../components/states';
import { useFormat } from '../../format';

const StateChart = lazy(() => import('../../components/StateChart'));

export default function Dashboard() {
  const { t } = useTranslation();
  const f = useFormat();
  const summary = useQuery({
    queryKey: ['notices', 'summary'],
    queryFn: () => call(api.GET('/v1/notices/summary')),
  });
  const decisions = useQuery({
    queryKey: ['decisions', 'recent'],
    queryFn: () => call(api.GET('/v1/decisions', { params: { query: { limit: 10, offset: 0 } } })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('dashboard.title')}</Typography.Title>
      <QueryState query={summary}>
        {(data) => {
          const byState = Object.entries(data.itemsByState).filter(([, count]) => count > 0);
          return (
            <Row gutter={[16, 16]}>
              <Col xs={24} md={8}>
                <Card>
                  <Statistic title={t('dashboard.yourMove')} value={data.awaiting.rights_holder} />
                </Card>
              </Col>
              <Col xs={24} md={8}>
                <Card>
                  <Statistic title={t('dashboard.reviewerMove')} value={data.awaiting.reviewer} />
                </Card>
              </Col>
              <Col xs={24} md={8}>
                <Card>
                  <Statistic title={t('dashboard.totalItems')} value={data.totalItems} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.deadlines')}>
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={data.upcoming}
                    locale={{ emptyText: t('common.empty') }}
                    columns={[
                      {
                        title: t('common.listing'),
                        render: (_, i) => <Link to={`/items/${i.id}`}>{i.listingTitle}</Link>,
                      },
                      {
                        title: t('common.awaiting'),
                        render: (_, i) => <Tag>{t(`party.${i.awaiting}`, String(i.awaiting))}</Tag>,
                      },
                      { title: t('common.due'), render: (_, i) => f.timeLeft(i.dueAt) },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.byState')}>
                  <Suspense fallback={<PageLoading />}>
                    <StateChart
                      data={byState.map(([name, value]) => ({ name: t(`state.${name}`, name), value }))}
                    />
                  </Suspense>
                </Card>
              </Col>
              <Col xs={24}>
                <Card title={t('dashboard.recentOutcomes')}>
                  <QueryState query={decisions}>
                    {(d) => (
                      <List
                        dataSource={d.items}
                        locale={{ emptyText: t('common.empty') }}
                        renderItem={(dec) => (
                          <List.Item>
                            <Tag>{t(`decisionKind.${dec.kind}`, dec.kind)}</Tag>
                            {dec.itemId ? (
                              <Link to={`/items/${dec.itemId}`}>{dec.reasonText}</Link>
                            ) : (
                              dec.reasonText
                            )}
                            <span>{f.dateTime(dec.decidedAt)}</span>
                          </List.Item>
                        )}
                      />
                    )}
                  </QueryState>
                </Card>
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </>
  );
}
