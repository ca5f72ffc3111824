import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { PageLoading, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';
import { AppealForm } from '../item/ItemForms';

const StandingChart = lazy(() => import('./StandingChart'));

type Standing =
  paths['/v1/notifiers/{orgId}/standing']['get']['responses'][200]['content']['application/json'];
type Figures = Standing['totals'];
type Check = Standing['checks'][number];
type T = ReturnType<typeof useTranslation>['t'];

/** What an unmet threshold asks of the notifier, worded from its figures in the user's language. */
export function qualifyText(t: T, c: Check, windowMonths: number): string {
  const label = c.reasonCode
    ? t('notifiers.qualify.label', { reason: c.reasonCode.replaceAll('_', ' ') })
    : '';
  if (c.rule === 'monthly-volume') {
    const head = t('notifiers.qualify.monthly-volume', {
      threshold: c.threshold,
      window: windowMonths,
      months: c.monthsShort ?? 0,
    });
    return c.more ? `${head} ${t('notifiers.qualify.monthlyMore', { count: c.more })}` : head;
  }
  if (c.actual === null) return t('notifiers.qualify.noneDecided', { label });
  const head = t(`notifiers.qualify.${c.rule}`, {
    actual: pct(c.actual),
    threshold: pct(c.threshold),
    label,
  });
  const more =
    c.rule === 'conforming-share'
      ? 'conformingMore'
      : c.rule === 'counter-notice-share'
        ? 'counterMore'
        : 'takedownMore';
  if (c.more !== null) return `${head} ${t(`notifiers.qualify.${more}`, { count: c.more })}`;
  return c.rule === 'counter-notice-share' ? `${head} ${t('notifiers.qualify.counterNone')}` : head;
}

export const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

export function ProgrammeTag({ status, basis }: { status: string; basis: string | null }) {
  const { t } = useTranslation();
  const color = status === 'member' ? 'green' : status === 'removed' ? 'red' : 'default';
  return (
    <Tag color={color}>
      {t(`notifiers.status.${status}`)}
      {status === 'member' && basis === 'trial' ? ` (${t('notifiers.trial')})` : ''}
    </Tag>
  );
}

function monthly(s: Standing): Array<{ month: string } & Figures> {
  const byMonth = new Map<string, Figures>();
  for (const m of s.months) {
    const sum = byMonth.get(m.month) ?? {
      ...m.figures,
      ...Object.fromEntries(Object.keys(m.figures).map((k) => [k, 0])),
    };
    for (const k of Object.keys(sum) as Array<keyof Figures>) sum[k] += m.figures[k];
    byMonth.set(m.month, sum);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, f]) => ({ month, ...f }));
}

/** A notifier's standing: figures month by month, thresholds, what to change, programme history. */
export function StandingView({ data }: { data: Standing }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = monthly(data);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={data.organisation.name}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('notifiers.programme')}>
            <ProgrammeTag status={data.programme.status} basis={data.programme.basis} />
          </Descriptions.Item>
          <Descriptions.Item label={t('notifiers.since')}>
            {f.dateTime(data.programme.since)}
          </Descriptions.Item>
          <Descriptions.Item label={t('notifiers.rejoinAfter')}>
            {f.dateTime(data.programme.rejoinAfter)}
          </Descriptions.Item>
          <Descriptions.Item label={t('notifiers.window')}>{data.window.join(', ')}</Descriptions.Item>
          <Descriptions.Item label={t('notifiers.policyVersion')}>{data.policy.version}</Descriptions.Item>
          <Descriptions.Item label={t('notifiers.qualifies')}>
            <Tag color={data.qualifies ? 'green' : 'gold'}>
              {data.qualifies ? t('notifiers.yes') : t('notifiers.no')}
            </Tag>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('notifiers.thresholds')}>
        <Table
          rowKey={(c) => `${c.rule}-${c.reasonCode ?? 'all'}`}
          dataSource={data.checks}
          pagination={false}
          size="small"
          columns={[
            { title: t('notifiers.rule'), render: (_, c) => t(`notifiers.rules.${c.rule}`) },
            { title: t('notifiers.reasonCode'), render: (_, c) => c.reasonCode ?? t('notifiers.allReasons') },
            {
              title: t('notifiers.actual'),
              render: (_, c) => (c.rule === 'monthly-volume' ? (c.actual ?? '—') : pct(c.actual)),
            },
            {
              title: t('notifiers.threshold'),
              render: (_, c) => (c.rule === 'monthly-volume' ? c.threshold : pct(c.threshold)),
            },
            {
              title: t('notifiers.met'),
              render: (_, c) => (
                <Tag color={c.met ? 'green' : 'red'}>
                  {c.met ? t('notifiers.metYes') : t('notifiers.metNo')}
                </Tag>
              ),
            },
          ]}
        />
        {data.toQualify.length > 0 ? (
          <>
            <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
              {t('notifiers.toQualify')}
            </Typography.Title>
            <ul>
              {data.checks
                .filter((c) => !c.met)
                .map((c) => (
                  <li key={`${c.rule}-${c.reasonCode ?? 'all'}`}>
                    {qualifyText(t, c, data.policy.body.windowMonths)}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </Card>
      <Card title={t('notifiers.monthly')}>
        <Suspense fallback={<PageLoading />}>
          <StandingChart
            label={t('notifiers.chartLabel')}
            data={{
              months: rows.map((r) => r.month),
              series: [
                { name: t('notifiers.fig.notices'), values: rows.map((r) => r.notices) },
                { name: t('notifiers.fig.removed'), values: rows.map((r) => r.removed) },
                { name: t('notifiers.fig.nonconforming'), values: rows.map((r) => r.nonconforming) },
                {
                  name: t('notifiers.fig.counterNoticesSucceeded'),
                  values: rows.map((r) => r.counterNoticesSucceeded),
                },
              ],
            }}
          />
        </Suspense>
        <Table
          rowKey="month"
          dataSource={rows}
          pagination={false}
          size="small"
          scroll={{ x: 800 }}
          columns={[
            { title: t('notifiers.month'), dataIndex: 'month' },
            ...(
              [
                'notices',
                'items',
                'removed',
                'nonconforming',
                'rejectedOther',
                'counterNoticesSucceeded',
                'appealReversals',
                'provisionalReversals',
                'intakeRefused',
                'withdrawals',
              ] as const
            ).map((k) => ({ title: t(`notifiers.fig.${k}`), dataIndex: k })),
          ]}
        />
      </Card>
      <Card title={t('notifiers.history')}>
        {data.history.length === 0 ? (
          <Typography.Paragraph>{t('notifiers.noHistory')}</Typography.Paragraph>
        ) : null}
        <List
          dataSource={data.history}
          style={data.history.length === 0 ? { display: 'none' } : {}}
          renderItem={(d) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Tag>{t(`decisionKind.${d.kind}`)}</Tag>
                  <span>{f.dateTime(d.decidedAt)}</span>
                  <Link to={`/statements/${d.decisionId}`}>{t('notifiers.statement')}</Link>
                </Space>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{d.reasonText}</Typography.Paragraph>
                {d.kind === 'notifier_removal' &&
                d.appealableUntil &&
                new Date(d.appealableUntil) > new Date() ? (
                  <AppealForm decisionId={d.decisionId} />
                ) : null}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

/** `/standing` (the signed-in notifier's own) or `/notifiers/:orgId` (staff, or an agent for a brand). */
export default function NotifierStanding() {
  const { t } = useTranslation();
  const me = useMe();
  const params = useParams();
  const orgId = params.orgId ?? me.data?.organisation?.id;
  const standing = useQuery({
    queryKey: ['notifier-standing', orgId],
    enabled: orgId !== undefined,
    queryFn: () =>
      call(api.GET('/v1/notifiers/{orgId}/standing', { params: { path: { orgId: orgId as string } } })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('notifiers.standingTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notifiers.standingIntro')}</Typography.Paragraph>
      <QueryState query={standing}>{(data) => <StandingView data={data} />}</QueryState>
    </>
  );
}
