import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMoney } from './money';

/** A store's deposit, balances and held proceeds with why: for the operator, the seller, the marketplace. */
export function StoreMoneyCard({ storeId }: { storeId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const money = useMoney();
  const deposit = useQuery({
    queryKey: ['money', 'deposit', storeId],
    queryFn: () => call(api.GET('/v1/stores/{id}/deposit', { params: { path: { id: storeId } } })),
  });
  const held = useQuery({
    queryKey: ['money', 'store', storeId],
    queryFn: () => call(api.GET('/v1/stores/{id}/money', { params: { path: { id: storeId } } })),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('money.deposit')}>
        <QueryState query={deposit}>
          {(d) => (
            <>
              {d.status === 'below_minimum' || d.status === 'none' ? (
                <Alert
                  type={d.status === 'none' ? 'info' : 'warning'}
                  showIcon
                  style={{ marginBottom: 12 }}
                  message={t(`money.depositStatus.${d.status}`)}
                />
              ) : null}
              <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
                <Descriptions.Item label={t('money.balance')}>
                  {money(d.balance, d.currency)}
                </Descriptions.Item>
                <Descriptions.Item label={t('money.required')}>
                  {money(d.required, d.currency)}
                </Descriptions.Item>
                <Descriptions.Item label={t('money.minimum')}>
                  {money(d.minimum, d.currency)}
                </Descriptions.Item>
                <Descriptions.Item label={t('money.status')}>
                  <Tag>{t(`money.depositStatus.${d.status}`)}</Tag>
                </Descriptions.Item>
              </Descriptions>
              {d.confiscations.length > 0 ? (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={d.confiscations}
                  columns={[
                    { title: t('money.at'), render: (_, c) => f.dateTime(c.at) },
                    { title: t('money.confiscated'), render: (_, c) => money(c.amount, c.currency) },
                    {
                      title: t('money.decision'),
                      render: (_, c) => (
                        <Link to={`/statements/${c.decisionId}`}>{t('money.statement')}</Link>
                      ),
                    },
                    {
                      title: t('money.returned'),
                      render: (_, c) => (c.returnedAt ? f.dateTime(c.returnedAt) : '—'),
                    },
                  ]}
                />
              ) : null}
            </>
          )}
        </QueryState>
      </Card>
      <Card title={t('money.held')}>
        <QueryState query={held}>
          {(m) => (
            <>
              {m.balances.length === 0 ? (
                <Empty description={t('money.noMoney')} />
              ) : (
                <Table
                  size="small"
                  rowKey="currency"
                  pagination={false}
                  dataSource={m.balances}
                  columns={[
                    { title: t('money.currency'), dataIndex: 'currency' },
                    { title: t('money.heldProceeds'), render: (_, b) => money(b.held, b.currency) },
                    { title: t('money.payable'), render: (_, b) => money(b.payable, b.currency) },
                    { title: t('money.deposit'), render: (_, b) => money(b.deposit, b.currency) },
                    { title: t('money.receivable'), render: (_, b) => money(b.receivable, b.currency) },
                  ]}
                />
              )}
              {m.held.length > 0 ? (
                <>
                  <Typography.Title level={3} style={{ marginTop: 16 }}>
                    {t('money.whyHeld')}
                  </Typography.Title>
                  <Table
                    size="small"
                    rowKey="orderId"
                    pagination={false}
                    dataSource={m.held}
                    columns={[
                      { title: t('money.order'), dataIndex: 'orderId' },
                      { title: t('money.listing'), dataIndex: 'listingTitle' },
                      { title: t('money.amount'), render: (_, o) => money(o.amount, o.currency) },
                      {
                        title: t('money.why'),
                        render: (_, o) => (
                          <>
                            <Tag color={o.state === 'kept' ? 'red' : 'purple'}>
                              {t(`money.holdState.${o.state}`)}
                            </Tag>
                            {o.noticeItemId ? (
                              <Link to={`/items/${o.noticeItemId}`}>{t('money.notice')}</Link>
                            ) : (
                              t('money.case')
                            )}
                            {o.decisionId ? (
                              <>
                                {' · '}
                                <Link to={`/statements/${o.decisionId}`}>{t('money.statement')}</Link>
                              </>
                            ) : null}
                          </>
                        ),
                      },
                      { title: t('money.since'), render: (_, o) => f.dateTime(o.since) },
                    ]}
                  />
                </>
              ) : null}
            </>
          )}
        </QueryState>
      </Card>
    </Space>
  );
}
