import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';

type Report =
  paths['/v1/transparency/reports/{period}']['get']['responses'][200]['content']['application/json'];

/** Half-years as the report names them (`2026-H2`), newest first, the current one included. */
export function halfYears(now: Date, count: number): string[] {
  let year = now.getUTCFullYear();
  let half = now.getUTCMonth() < 6 ? 1 : 2;
  const periods: string[] = [];
  for (let i = 0; i < count; i++) {
    periods.push(`${year}-H${half}`);
    if (half === 2) half = 1;
    else {
      half = 2;
      year -= 1;
    }
  }
  return periods;
}

/** The calendar days of a half-year, both included, as the statement exports take them. */
export function periodDays(period: string): { from: string; to: string } {
  const [year, half] = period.split('-H');
  return half === '1'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

const sum = <T,>(rows: readonly T[], of: (row: T) => number) => rows.reduce((n, row) => n + of(row), 0);

/**
 * DSA transparency (operator staff): the Art 24 report of a half-year in tables, and the downloads
 * for the EU Transparency Database (a batch of 100 statements as JSON, every statement as NDJSON)
 * and the report as CSV. GET /v1/transparency/reports/:period and /v1/transparency/statements.
 */
export default function Transparency() {
  const { t } = useTranslation();
  const f = useFormat();
  const periods = halfYears(new Date(), 6);
  // The last completed half-year is the one to publish.
  const [period, setPeriod] = useState(periods[1] ?? periods[0]!);
  const [marketplaceId, setMarketplaceId] = useState<string | undefined>(undefined);
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const days = periodDays(period);

  const marketplaces = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const report = useQuery({
    queryKey: ['dsa', 'report', period],
    queryFn: async () => {
      const r = await call(
        api.GET('/v1/transparency/reports/{period}', {
          params: { path: { period }, query: { format: 'json' } },
        }),
      );
      return r as Report;
    },
  });
  const rangeQuery = { ...days, ...(marketplaceId ? { marketplaceId } : {}) };
  const batch = useQuery({
    queryKey: ['dsa', 'batch', period, marketplaceId, after],
    queryFn: () =>
      call(
        api.GET('/v1/transparency/statements', {
          params: { query: { ...rangeQuery, ...(after ? { after } : {}) } },
        }),
      ),
  });
  const search = (extra: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ ...rangeQuery, ...extra }).filter((e): e is [string, string] => e[1] !== undefined),
    ).toString();
  const hours = (h: number | null) => (h === null ? '—' : t('dsa.hours', { hours: f.number(h) }));
  const pct = (share: number) => `${f.number(Math.round(share * 1000) / 10)} %`;
  const kindLabel = (kind: string) => t(`decisionKind.${kind}`, { defaultValue: kind });

  return (
    <>
      <Typography.Title level={1}>{t('dsa.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('dsa.intro')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('dsa.period')} htmlFor="dsa-period">
          <Select
            id="dsa-period"
            style={{ minWidth: 220 }}
            value={period}
            options={periods.map((p) => {
              const d = periodDays(p);
              return { value: p, label: t('dsa.periodOption', { period: p, from: d.from, to: d.to }) };
            })}
            onChange={(p: string) => {
              setPeriod(p);
              setCursors([]);
            }}
          />
        </Form.Item>
        <Form.Item label={t('dsa.marketplace')} htmlFor="dsa-marketplace">
          <Select
            id="dsa-marketplace"
            style={{ minWidth: 220 }}
            allowClear
            placeholder={t('dsa.allMarketplaces')}
            value={marketplaceId ?? null}
            loading={marketplaces.isPending}
            options={(marketplaces.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
            onChange={(id: string | null | undefined) => {
              setMarketplaceId(id ?? undefined);
              setCursors([]);
            }}
          />
        </Form.Item>
      </Form>

      <Card title={t('dsa.downloads')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('dsa.downloadsIntro')}</Typography.Paragraph>
        <Space wrap>
          <Button
            href={`/v1/transparency/statements?${search({ after })}`}
            download={`dsa-statements-${period}${cursors.length ? `-${cursors.length + 1}` : ''}.json`}
          >
            {t('dsa.downloadBatch')}
          </Button>
          <Button
            href={`/v1/transparency/statements.ndjson?${search({})}`}
            download={`dsa-statements-${period}.ndjson`}
          >
            {t('dsa.downloadNdjson')}
          </Button>
          <Button
            href={`/v1/transparency/reports/${period}?format=csv`}
            download={`dsa-report-${period}.csv`}
          >
            {t('dsa.downloadCsv')}
          </Button>
        </Space>
      </Card>

      <QueryState query={report}>
        {(r) => (
          <>
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              {(
                [
                  ['noticesReceived', sum(r.noticesReceived, (x) => x.notices)],
                  ['noticeActions', sum(r.noticeActions, (x) => x.decisions)],
                  ['ownInitiative', sum(r.ownInitiative, (x) => x.decisions)],
                  ['complaints', sum(r.complaints, (x) => x.received)],
                  ['suspensions', sum(r.suspensions, (x) => x.count)],
                  ['outOfCourt', r.outOfCourtDisputes.count],
                ] as const
              ).map(([key, value]) => (
                <Col xs={12} md={8} xl={4} key={key}>
                  <Card size="small">
                    <Statistic title={t(`dsa.total.${key}`)} value={value} data-testid={`dsa-total-${key}`} />
                  </Card>
                </Col>
              ))}
            </Row>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <Card title={t('dsa.section.noticesReceived')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey={(x) => `${x.infringementType} ${x.trustedFlagger}`}
                  dataSource={r.noticesReceived}
                  locale={{ emptyText: t('dsa.none') }}
                  columns={[
                    {
                      title: t('dsa.col.infringementType'),
                      render: (_, x) =>
                        t(`infringement.${x.infringementType}`, { defaultValue: x.infringementType }),
                    },
                    {
                      title: t('dsa.col.trustedFlagger'),
                      render: (_, x) =>
                        x.trustedFlagger ? <Tag color="blue">{t('dsa.yes')}</Tag> : t('dsa.no'),
                    },
                    { title: t('dsa.col.notices'), dataIndex: 'notices', align: 'right' },
                    { title: t('dsa.col.items'), dataIndex: 'items', align: 'right' },
                  ]}
                />
              </Card>
              <Card title={t('dsa.section.noticeActions')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey="kind"
                  dataSource={r.noticeActions}
                  locale={{ emptyText: t('dsa.none') }}
                  columns={[
                    { title: t('dsa.col.action'), render: (_, x) => kindLabel(x.kind) },
                    { title: t('dsa.col.decisions'), dataIndex: 'decisions', align: 'right' },
                    {
                      title: t('dsa.col.medianTime'),
                      render: (_, x) => hours(x.medianHours),
                      align: 'right',
                    },
                  ]}
                />
              </Card>
              <Card title={t('dsa.section.ownInitiative')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey="kind"
                  dataSource={r.ownInitiative}
                  locale={{ emptyText: t('dsa.none') }}
                  columns={[
                    { title: t('dsa.col.kind'), render: (_, x) => kindLabel(x.kind) },
                    { title: t('dsa.col.decisions'), dataIndex: 'decisions', align: 'right' },
                    { title: t('dsa.col.automatedDecision'), dataIndex: 'automated', align: 'right' },
                    {
                      title: t('dsa.col.automatedShare'),
                      render: (_, x) => pct(x.automatedShare),
                      align: 'right',
                    },
                    {
                      title: t('dsa.col.automatedDetection'),
                      dataIndex: 'automatedDetection',
                      align: 'right',
                    },
                  ]}
                />
              </Card>
              <Card title={t('dsa.section.complaints')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey="basis"
                  dataSource={r.complaints}
                  locale={{ emptyText: t('dsa.none') }}
                  columns={[
                    { title: t('dsa.col.basis'), render: (_, x) => kindLabel(x.basis) },
                    { title: t('dsa.col.received'), dataIndex: 'received', align: 'right' },
                    { title: t('dsa.col.upheld'), dataIndex: 'upheld', align: 'right' },
                    { title: t('dsa.col.reversed'), dataIndex: 'reversed', align: 'right' },
                    { title: t('dsa.col.open'), dataIndex: 'open', align: 'right' },
                    {
                      title: t('dsa.col.medianTime'),
                      render: (_, x) => hours(x.medianHours),
                      align: 'right',
                    },
                  ]}
                />
              </Card>
              <Card title={t('dsa.section.suspensions')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey={(x) => `${x.subject} ${x.level}`}
                  dataSource={r.suspensions}
                  locale={{ emptyText: t('dsa.none') }}
                  columns={[
                    { title: t('dsa.col.subject'), render: (_, x) => t(`dsa.subject.${x.subject}`) },
                    {
                      title: t('dsa.col.level'),
                      render: (_, x) => t(`dsa.level.${x.level}`, { defaultValue: x.level }),
                    },
                    { title: t('dsa.col.count'), dataIndex: 'count', align: 'right' },
                  ]}
                />
              </Card>
              <Card title={t('dsa.section.automatedMeans')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey="automatedDecision"
                  dataSource={r.automatedMeans}
                  locale={{ emptyText: t('dsa.none') }}
                  columns={[
                    {
                      title: t('dsa.col.automatedDecision'),
                      render: (_, x) =>
                        t(`dsa.automation.${x.automatedDecision}`, { defaultValue: x.automatedDecision }),
                    },
                    { title: t('dsa.col.decisions'), dataIndex: 'decisions', align: 'right' },
                    {
                      title: t('dsa.col.automatedDetection'),
                      dataIndex: 'automatedDetection',
                      align: 'right',
                    },
                  ]}
                />
              </Card>
              <Card title={t('dsa.section.outOfCourt')} size="small">
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  {t('dsa.outOfCourtNote', { count: r.outOfCourtDisputes.count })}
                </Typography.Paragraph>
              </Card>
            </Space>
          </>
        )}
      </QueryState>

      <Card title={t('dsa.batchTitle')} style={{ marginTop: 16 }}>
        <QueryState query={batch}>
          {(b) => (
            <>
              <Typography.Paragraph>
                {t('dsa.batchSummary', {
                  batch: cursors.length + 1,
                  statements: b.statements.length,
                  skipped: b.skipped.length,
                })}
              </Typography.Paragraph>
              {b.skipped.length > 0 ? (
                <Table
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  rowKey="decisionId"
                  dataSource={b.skipped}
                  columns={[
                    {
                      title: t('dsa.col.decision'),
                      dataIndex: 'decisionId',
                      render: (id: string) => <code>{id}</code>,
                    },
                    { title: t('dsa.col.reason'), dataIndex: 'reason' },
                  ]}
                />
              ) : null}
              <Space style={{ marginTop: 12 }}>
                <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {t('dsa.previousBatch')}
                </Button>
                <Button
                  disabled={b.next === null}
                  onClick={() => {
                    const next = b.next;
                    if (next) setCursors((c) => [...c, next]);
                  }}
                >
                  {t('dsa.nextBatch')}
                </Button>
              </Space>
            </>
          )}
        </QueryState>
      </Card>
    </>
  );
}
