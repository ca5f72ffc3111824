import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { useMe } from '../../session/session';
import { useMoney } from './money';

/** The operator's money overview: the ledger check and the report per marketplace and month. */
export default function MoneyOverview() {
  const { t } = useTranslation();
  const money = useMoney();
  const me = useMe();
  const isAdmin = me.data?.organisation?.kind === 'operator' && me.data.roles.includes('admin');
  const report = useQuery({
    queryKey: ['money', 'report'],
    queryFn: async () => {
      const r = await call(api.GET('/v1/reports/money', { params: { query: { format: 'json' } } }));
      return typeof r === 'string' ? { items: [] } : r;
    },
  });
  const check = useQuery({
    queryKey: ['money', 'check'],
    enabled: isAdmin,
    queryFn: () => call(api.GET('/v1/ledger/check')),
  });
  return (
    <>
      <Typography.Title level={1}>{t('money.overviewTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('money.overviewIntro')}</Typography.Paragraph>
      {isAdmin ? (
        <QueryState query={check}>
          {(c) => (
            <Alert
              style={{ marginBottom: 16 }}
              showIcon
              type={c.ok ? 'success' : 'error'}
              message={c.ok ? t('money.ledgerOk', { count: c.movements }) : t('money.ledgerBroken')}
              description={
                c.ok ? undefined : c.problems.map((p) => `${p.movementId} ${p.problem}`).join('; ')
              }
            />
          )}
        </QueryState>
      ) : null}
      <Card
        title={t('money.report')}
        extra={
          <Button href="/v1/reports/money?format=csv" download="money-report.csv">
            {t('money.csv')}
          </Button>
        }
      >
        <QueryState query={report}>
          {(r) => (
            <Table
              size="small"
              rowKey={(row) => `${row.month} ${row.marketplaceId} ${row.currency}`}
              dataSource={r.items}
              scroll={{ x: true }}
              pagination={false}
              columns={[
                { title: t('money.month'), dataIndex: 'month' },
                { title: t('money.marketplace'), dataIndex: 'marketplaceName' },
                { title: t('money.depositsPaid'), render: (_, x) => money(x.depositsPaid, x.currency) },
                {
                  title: t('money.depositsConfiscated'),
                  render: (_, x) => money(x.depositsConfiscated, x.currency),
                },
                { title: t('money.proceedsHeld'), render: (_, x) => money(x.proceedsHeld, x.currency) },
                {
                  title: t('money.proceedsReleased'),
                  render: (_, x) => money(x.proceedsReleased, x.currency),
                },
                { title: t('money.refundsPaid'), render: (_, x) => money(x.refundsPaid, x.currency) },
                {
                  title: t('money.refundsRecovered'),
                  render: (_, x) => money(x.refundsRecovered, x.currency),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <Space />
    </>
  );
}
