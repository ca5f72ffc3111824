import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';

type BrandFigures =
  paths['/v1/joint-force/figures']['get']['responses'][200]['content']['application/json']['items'][number];
type MonthFigures = BrandFigures['total'];

function usePct() {
  const f = useFormat();
  return (p: number | null) => (p === null ? '—' : `${f.number(Math.round(p * 1000) / 10)} %`);
}

function MonthTable({ months }: { months: MonthFigures[] }) {
  const { t } = useTranslation();
  const pct = usePct();
  return (
    <Table<MonthFigures>
      rowKey="month"
      size="small"
      dataSource={months}
      pagination={false}
      scroll={{ x: 700 }}
      locale={{ emptyText: t('jointForce.noFigures') }}
      columns={[
        { title: t('jointForce.month'), dataIndex: 'month' },
        { title: t('jointForce.fig.sent'), dataIndex: 'sent' },
        { title: t('jointForce.fig.waiting'), dataIndex: 'waiting' },
        { title: t('jointForce.fig.counterfeit'), dataIndex: 'counterfeit' },
        { title: t('jointForce.fig.genuine'), dataIndex: 'genuine' },
        { title: t('jointForce.fig.unsure'), dataIndex: 'unsure' },
        { title: t('jointForce.fig.unanswered'), dataIndex: 'unanswered' },
        { title: t('jointForce.fig.precision'), render: (_, m) => pct(m.precision) },
      ]}
    />
  );
}

/**
 * Joint Force figures in the style of `npm run eval`: per brand and month, what detection sent,
 * how the brand answered, and the precision of what was sent (counterfeit / (counterfeit + genuine)).
 * A brand (or its agent) sees its own; operator staff every brand's. GET /v1/joint-force/figures.
 */
export default function Figures() {
  const { t } = useTranslation();
  const pct = usePct();
  const me = useMe();
  // Operator staff always get the table of brands; a brand (or an agent for one) its own figures.
  const operator = me.data?.organisation?.kind === 'operator';
  const figures = useQuery({
    queryKey: ['joint-force', 'figures'],
    queryFn: () => call(api.GET('/v1/joint-force/figures')),
  });
  return (
    <>
      <Typography.Title level={1}>{t('jointForce.figuresTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('jointForce.figuresIntro')}</Typography.Paragraph>
      <QueryState query={figures}>
        {(data) =>
          !operator && data.items.length === 1 ? (
            <>
              <Row gutter={16} style={{ marginBottom: 16 }}>
                {(
                  [
                    ['precision', pct(data.items[0]!.total.precision)],
                    ['sent', data.items[0]!.total.sent],
                    ['unsure', data.items[0]!.total.unsure],
                    ['unanswered', data.items[0]!.total.unanswered],
                  ] as const
                ).map(([key, value]) => (
                  <Col xs={12} md={6} key={key}>
                    <Card>
                      <Statistic title={t(`jointForce.fig.${key}`)} value={value} />
                    </Card>
                  </Col>
                ))}
              </Row>
              <Typography.Title level={2}>{data.items[0]!.name}</Typography.Title>
              <MonthTable months={data.items[0]!.months} />
            </>
          ) : (
            <Table<BrandFigures>
              rowKey="brandOrgId"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 800 }}
              locale={{ emptyText: t('jointForce.noFigures') }}
              expandable={{ expandedRowRender: (b) => <MonthTable months={b.months} /> }}
              columns={[
                {
                  title: t('jointForce.brand'),
                  render: (_, b) => <Link to={`/joint-force?brandId=${b.brandOrgId}`}>{b.name}</Link>,
                },
                { title: t('jointForce.fig.sent'), render: (_, b) => b.total.sent },
                { title: t('jointForce.fig.waiting'), render: (_, b) => b.total.waiting },
                { title: t('jointForce.fig.counterfeit'), render: (_, b) => b.total.counterfeit },
                { title: t('jointForce.fig.genuine'), render: (_, b) => b.total.genuine },
                { title: t('jointForce.fig.unsure'), render: (_, b) => b.total.unsure },
                { title: t('jointForce.fig.unanswered'), render: (_, b) => b.total.unanswered },
                { title: t('jointForce.fig.precision'), render: (_, b) => pct(b.total.precision) },
              ]}
            />
          )
        }
      </QueryState>
    </>
  );
}
