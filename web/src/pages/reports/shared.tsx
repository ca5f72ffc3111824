import { Card, Col, Form, Row, Select, Statistic, Table } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { useFormat } from '../../format';

const SeriesChart = lazy(() => import('../../components/SeriesChart'));

export type Metrics = components['schemas']['ReportMetrics'];
export type MonthRow = { month: string; metrics: Metrics };
type Duration = { median: number | null; p90: number | null; p99: number | null; count: number };

/** The last `count` months up to this one, as YYYY-MM, oldest first. */
export function lastMonths(count: number, now = new Date()): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)} %`;
}

export function hours(value: number | null): string {
  return value === null ? '—' : value < 1 ? `${Math.round(value * 60)} min` : `${value.toFixed(1)} h`;
}

/** Targeted against removed (bars) and proactive removals (line), month by month. */
export function MonthlyChart({ months, label }: { months: MonthRow[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<div style={{ height: 280 }} />}>
      <SeriesChart
        label={label}
        categories={months.map((m) => m.month)}
        series={[
          {
            name: t('reports.metric.items_targeted'),
            kind: 'bar',
            values: months.map((m) => m.metrics.items_targeted),
          },
          {
            name: t('reports.metric.items_removed'),
            kind: 'bar',
            values: months.map((m) => m.metrics.items_removed),
          },
          {
            name: t('reports.metric.removals_proactive'),
            kind: 'line',
            values: months.map((m) => m.metrics.removals_proactive),
          },
        ]}
      />
    </Suspense>
  );
}

export function DurationCard({
  title,
  value,
}: {
  title: string;
  value: Duration & { within24h?: number | null };
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('reports.median')} value={hours(value.median)} />
        </Col>
        <Col span={6}>
          <Statistic title="p90" value={hours(value.p90)} />
        </Col>
        <Col span={6}>
          <Statistic title="p99" value={hours(value.p99)} />
        </Col>
        {value.within24h !== undefined && (
          <Col span={6}>
            <Statistic title={t('reports.within24h')} value={percent(value.within24h)} />
          </Col>
        )}
      </Row>
    </Card>
  );
}

export const SHOWN: Array<keyof Metrics> = [
  'notices_received',
  'items_targeted',
  'items_removed',
  'items_rejected',
  'removals_proactive',
  'appeals_decided',
  'appeals_reversed',
  'counter_notices_succeeded',
  'counter_notices_failed',
  'stores_warned',
  'stores_suspended',
  'stores_closed',
  'test_buy_violations',
];

/** Every month's figures in a table (what the chart draws, readable). */
export function MonthTable({
  months,
  metrics = SHOWN,
}: {
  months: MonthRow[];
  metrics?: Array<keyof Metrics>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table
      size="small"
      rowKey="month"
      pagination={false}
      scroll={{ x: true }}
      dataSource={months}
      columns={[
        { title: t('reports.month'), dataIndex: 'month', fixed: 'left' },
        ...metrics.map((m) => ({
          title: t(`reports.metric.${m}`),
          key: m,
          align: 'right' as const,
          render: (_: unknown, row: MonthRow) => f.number(row.metrics[m]),
        })),
      ]}
    />
  );
}

export function ReasonTable({
  reasons,
}: {
  reasons: Array<{ outcome: 'removed' | 'rejected'; reasonCode: string; count: number }>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.outcome}:${r.reasonCode}`}
      pagination={false}
      dataSource={reasons}
      columns={[
        {
          title: t('reports.outcome'),
          dataIndex: 'outcome',
          render: (o: string) => t(`reports.outcomes.${o}`),
        },
        {
          title: t('reports.reason'),
          dataIndex: 'reasonCode',
          // reason codes are the reviewers' (reasonCode.*); one the portal does not know keeps its code
          render: (code: string) => t(`reasonCode.${code}`, { defaultValue: code }),
        },
        { title: t('reports.count'), dataIndex: 'count', align: 'right', render: (n: number) => f.number(n) },
      ]}
    />
  );
}

/** The range a report covers: the last 12 of 36 months to pick from, by default. */
export function useMonthRange() {
  const months = lastMonths(36);
  const [from, setFrom] = useState(months.at(-12) as string);
  const [to, setTo] = useState(months.at(-1) as string);
  return { months, from, to, setFrom, setTo };
}

/** The From and To month pickers of a report form. */
export function MonthRangeFields({ id, range }: { id: string; range: ReturnType<typeof useMonthRange> }) {
  const { t } = useTranslation();
  const options = range.months.map((m) => ({ value: m, label: m }));
  return (
    <>
      <Form.Item label={t('reports.from')} htmlFor={`${id}-from`}>
        <Select
          id={`${id}-from`}
          value={range.from}
          onChange={range.setFrom}
          options={options}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item label={t('reports.to')} htmlFor={`${id}-to`}>
        <Select
          id={`${id}-to`}
          value={range.to}
          onChange={range.setTo}
          options={options}
          style={{ width: 120 }}
        />
      </Form.Item>
    </>
  );
}

/** The figures a report leads with. */
export const HEADLINE = [
  'notices_received',
  'items_targeted',
  'items_removed',
  'removals_proactive',
  'stores_closed',
] as const satisfies ReadonlyArray<keyof Metrics>;

/** Headline figures as a row of small cards. */
export function KpiRow({ items }: { items: Array<{ key: string; title: string; value: string | number }> }) {
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={4}>
          <Card size="small">
            <Statistic title={item.title} value={item.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
