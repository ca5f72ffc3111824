import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';
import { StatusTag } from './TestBuyCase';

type Plan = paths['/v1/test-buys/plans/{id}']['get']['responses'][200]['content']['application/json'];
type Entry = Plan['entries'][number];
interface DrawForm {
  period: string;
  seed: string;
  marketplaceId?: string;
}

/** The drawn listings of a plan, each with why it was drawn. */
export function PlanEntries({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Table<Entry>
      rowKey={(e) => e.listing.id}
      size="small"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={plan.entries}
      columns={[
        {
          title: t('testBuys.listing'),
          render: (_, e) =>
            e.testBuyId ? <Link to={`/test-buys/${e.testBuyId}`}>{e.listing.title}</Link> : e.listing.title,
        },
        { title: t('testBuys.store'), render: (_, e) => `${e.store.name} (${e.marketplace.name})` },
        {
          title: t('testBuys.stratum'),
          render: (_, e) => (
            <Tag color={e.stratum === 'risk' ? 'red' : 'default'}>{t(`testBuys.strata.${e.stratum}`)}</Tag>
          ),
        },
        {
          title: t('testBuys.why'),
          render: (_, e) =>
            e.reason.stratum === 'random' ? (
              t('testBuys.randomWhy', { category: e.reason.category, rank: e.reason.rank, of: e.reason.of })
            ) : (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{t('testBuys.riskScore', { score: e.reason.score })}</Typography.Text>
                {e.reason.factors.map((f) => (
                  <Typography.Text key={f.source} type="secondary">
                    {t('testBuys.factor', {
                      source: t(`testBuys.sources.${f.source}`, { defaultValue: f.source }),
                      value: f.value,
                      weight: f.weight,
                      contribution: f.contribution,
                      detail: f.detail,
                    })}
                  </Typography.Text>
                ))}
              </Space>
            ),
        },
        { title: t('testBuys.status'), render: (_, e) => (e.status ? <StatusTag status={e.status} /> : '—') },
      ]}
    />
  );
}

/** Operator staff: the period's test-buy plans; admins draw one from a seed (preview first). */
export default function TestBuyPlans() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const isAdmin = areasOf(me.data).has('admin');
  const [form] = Form.useForm<DrawForm>();
  const [preview, setPreview] = useState<Plan | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const plans = useQuery({
    queryKey: ['test-buy-plans'],
    queryFn: () => call(api.GET('/v1/test-buys/plans', { params: { query: { limit: 50, offset: 0 } } })),
  });
  const markets = useQuery({
    queryKey: ['marketplaces'],
    enabled: isAdmin,
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const planId = selected ?? plans.data?.items[0]?.id ?? null;
  const plan = useQuery({
    queryKey: ['test-buy-plan', planId],
    enabled: planId !== null,
    queryFn: () => call(api.GET('/v1/test-buys/plans/{id}', { params: { path: { id: planId as string } } })),
  });
  const draw = useMutation({
    mutationFn: (v: DrawForm & { dryRun: boolean }) =>
      call(
        api.POST('/v1/test-buys/plans', {
          body: {
            period: v.period,
            seed: v.seed,
            dryRun: v.dryRun,
            ...(v.marketplaceId ? { marketplaceId: v.marketplaceId } : {}),
          },
        }),
      ),
    onSuccess: (p, v) => {
      if (v.dryRun) setPreview(p);
      else {
        setPreview(null);
        setSelected(p.id);
        message.success(t('testBuys.drawn', { count: p.entries.length }));
        void client.invalidateQueries({ queryKey: ['test-buy-plans'] });
      }
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const submit = (dryRun: boolean) => form.validateFields().then((v) => draw.mutate({ ...v, dryRun }));
  return (
    <>
      <Typography.Title level={1}>{t('testBuys.plansTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('testBuys.plansIntro')}</Typography.Paragraph>
      {isAdmin ? (
        <Card title={t('testBuys.drawTitle')} style={{ marginBottom: 16 }}>
          <Form<DrawForm>
            form={form}
            layout="inline"
            initialValues={{ period: new Date().toISOString().slice(0, 7), seed: '' }}
          >
            <Form.Item name="period" label={t('testBuys.period')} rules={[{ required: true }]}>
              <Input placeholder="YYYY-MM" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="seed" label={t('testBuys.seed')} rules={[{ required: true }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="marketplaceId" label={t('testBuys.marketplace')}>
              <Select
                allowClear
                style={{ minWidth: 200 }}
                aria-label={t('testBuys.marketplace')}
                options={(markets.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
            <Space>
              <Button onClick={() => void submit(true)} loading={draw.isPending}>
                {t('testBuys.preview')}
              </Button>
              <Button type="primary" onClick={() => void submit(false)} loading={draw.isPending}>
                {t('testBuys.draw')}
              </Button>
            </Space>
          </Form>
          {draw.error ? <ProblemAlert error={draw.error} /> : null}
          {preview ? (
            <div style={{ marginTop: 16 }} data-testid="plan-preview">
              <Typography.Title level={2}>
                {t('testBuys.previewTitle', { count: preview.entries.length })}
              </Typography.Title>
              <PlanEntries plan={preview} />
            </div>
          ) : null}
        </Card>
      ) : null}
      <QueryState query={plans} empty={(d) => d.items.length === 0}>
        {(data) => (
          <Card
            title={
              <Space wrap>
                {t('testBuys.plan')}
                <Select
                  aria-label={t('testBuys.plan')}
                  style={{ minWidth: 280 }}
                  value={planId}
                  onChange={(v) => setSelected(v)}
                  options={data.items.map((p) => ({
                    value: p.id,
                    label: `${p.period} · ${p.seed} · ${t('testBuys.drawnCount', { count: p.drawn })} · ${f.dateTime(p.createdAt)}`,
                  }))}
                />
              </Space>
            }
          >
            <QueryState query={plan}>
              {(p) => (
                <>
                  <Typography.Paragraph type="secondary">
                    {t('testBuys.planSummary', {
                      candidates: p.summary.riskCandidates,
                      eligible: p.summary.riskEligible,
                      risk: p.summary.riskDrawn,
                      version: p.policyVersion,
                    })}
                    {p.summary.ignoredSources.length > 0
                      ? ` ${t('testBuys.ignored', { sources: p.summary.ignoredSources.join(', ') })}`
                      : ''}
                  </Typography.Paragraph>
                  <PlanEntries plan={p} />
                </>
              )}
            </QueryState>
          </Card>
        )}
      </QueryState>
    </>
  );
}
