import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { ExpeditedPathCard } from '../review/GoodFaith';

type Status = 'pending' | 'delivered' | 'failed';

function Attempts({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const delivery = useQuery({
    queryKey: ['delivery', id],
    queryFn: () => call(api.GET('/v1/webhook-deliveries/{id}', { params: { path: { id } } })),
    // A pending delivery (a replay) gets its next attempt within seconds: show it when it comes.
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1_000 : false),
  });
  return (
    <QueryState query={delivery}>
      {(d) => (
        <Table
          size="small"
          rowKey="attemptNo"
          dataSource={d.attemptLog}
          pagination={false}
          columns={[
            { title: '#', dataIndex: 'attemptNo' },
            { title: t('webhook.at'), render: (_, a) => f.dateTime(a.attemptedAt) },
            { title: t('webhook.response'), render: (_, a) => a.responseStatus ?? '—' },
            { title: t('common.reason'), render: (_, a) => a.reason ?? '—' },
            { title: t('webhook.duration'), render: (_, a) => `${f.number(a.durationMs)} ms` },
          ]}
        />
      )}
    </QueryState>
  );
}

export default function MarketplacePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status | undefined>();
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<{ webhookUrl: string }>();
  const market = useQuery({
    queryKey: ['marketplace', id],
    queryFn: () => call(api.GET('/v1/marketplaces/{id}', { params: { path: { id } } })),
  });
  const page = usePage(50, status);
  const deliveries = useQuery({
    queryKey: ['deliveries', id, status, page.page],
    queryFn: () =>
      call(
        api.GET('/v1/marketplaces/{id}/webhook-deliveries', {
          params: { path: { id }, query: { ...page.query, ...(status ? { status } : {}) } },
        }),
      ),
    refetchInterval: 5_000,
  });
  const save = useMutation({
    mutationFn: (v: { webhookUrl: string }) =>
      call(
        api.PATCH('/v1/marketplaces/{id}', {
          params: { path: { id } },
          body: { webhookUrl: v.webhookUrl || null },
        }),
      ),
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: ['marketplace', id] });
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const rotate = useMutation({
    mutationFn: () => call(api.POST('/v1/marketplaces/{id}/webhook-secret', { params: { path: { id } } })),
    onSuccess: (data) => setSecret((data as { secret?: string }).secret ?? JSON.stringify(data)),
  });
  const replay = useMutation({
    mutationFn: (deliveryId: string) =>
      call(api.POST('/v1/webhook-deliveries/{id}/replay', { params: { path: { id: deliveryId } } })),
    onSuccess: () => {
      message.success(t('webhook.replayed'));
      void client.invalidateQueries({ queryKey: ['deliveries', id] });
      void client.invalidateQueries({ queryKey: ['delivery'] });
    },
  });
  return (
    <>
      <Typography.Title level={1}>{market.data?.name ?? t('nav.marketplaces')}</Typography.Title>
      <Card title={t('webhook.endpoint')}>
        <QueryState query={market}>
          {(m) => (
            <Form
              form={form}
              layout="inline"
              initialValues={{ webhookUrl: m.webhookUrl ?? '' }}
              onFinish={(v) => save.mutate(v)}
            >
              <Form.Item name="webhookUrl" label={t('admin.webhookUrl')} style={{ minWidth: 420 }}>
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
              <Button onClick={() => rotate.mutate()} loading={rotate.isPending} style={{ marginLeft: 8 }}>
                {t('webhook.rotate')}
              </Button>
            </Form>
          )}
        </QueryState>
        {save.error ? <ProblemAlert error={save.error} /> : null}
        {rotate.error ? <ProblemAlert error={rotate.error} /> : null}
        {secret ? (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            title={t('webhook.secretOnce')}
            description={<code>{secret}</code>}
          />
        ) : null}
      </Card>
      <Card
        title={t('webhook.deliveries')}
        style={{ marginTop: 16 }}
        extra={
          <Select
            aria-label={t('common.status')}
            placeholder={t('common.status')}
            allowClear
            style={{ width: 160 }}
            value={status ?? null}
            onChange={(v: Status | null) => setStatus(v ?? undefined)}
            options={(['pending', 'delivered', 'failed'] as const).map((s) => ({
              value: s,
              label: t(`deliveryStatus.${s}`),
            }))}
          />
        }
      >
        {replay.error ? <ProblemAlert error={replay.error} /> : null}
        <QueryState query={deliveries}>
          {(data) => (
            <>
              <Table
                rowKey="id"
                dataSource={data.items}
                pagination={false}
                locale={{ emptyText: t('common.empty') }}
                expandable={{ expandedRowRender: (d) => <Attempts id={d.id} /> }}
                columns={[
                  { title: t('webhook.event'), dataIndex: 'eventType' },
                  {
                    title: t('common.status'),
                    render: (_, d) => (
                      <Tag
                        color={d.status === 'delivered' ? 'green' : d.status === 'failed' ? 'red' : 'gold'}
                      >
                        {t(`deliveryStatus.${d.status}`)}
                      </Tag>
                    ),
                  },
                  { title: t('webhook.attempts'), dataIndex: 'attempts' },
                  { title: t('common.reason'), render: (_, d) => d.lastReason ?? '—' },
                  { title: t('common.created'), render: (_, d) => f.dateTime(d.createdAt) },
                  {
                    title: t('common.actions'),
                    render: (_, d) => (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => replay.mutate(d.id)}
                          disabled={d.status === 'pending'}
                        >
                          {t('webhook.replay')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
              <Pager {...page} shown={data.items.length} />
            </>
          )}
        </QueryState>
      </Card>
      <ExpeditedPathCard marketplaceId={id} />
    </>
  );
}
