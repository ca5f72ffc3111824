import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { StoreCluster, type StoreLinks, StoreStatusTag } from '../../components/StoreCluster';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';

/** The held store's contest: an appeal of the admission decision (POST /v1/decisions/{id}/appeals). */
function Contest({ decisionId, storeName }: { decisionId: string; storeName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ grounds: string }>();
  const send = useMutation({
    mutationFn: (v: { grounds: string }) =>
      call(
        api.POST('/v1/decisions/{id}/appeals', {
          params: { path: { id: decisionId } },
          body: { grounds: v.grounds },
        }),
      ),
    onSuccess: () => {
      message.success(t('traders.filed'));
      setOpen(false);
      void client.invalidateQueries({ queryKey: ['store-links'] });
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  if (!open)
    return (
      <Button
        type="primary"
        onClick={() => setOpen(true)}
        aria-label={t('traders.contestStore', { name: storeName })}
      >
        {t('traders.contest')}
      </Button>
    );
  return (
    <Card size="small" title={t('traders.contestTitle')}>
      {send.error ? <ProblemAlert error={send.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="grounds"
          label={t('traders.grounds')}
          extra={t('traders.groundsHelp')}
          rules={[{ required: true, message: t('traders.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t('traders.send')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('traders.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

function StoreCard({ links }: { links: StoreLinks }) {
  const { t } = useTranslation();
  const f = useFormat();
  const name = links.store.name ?? links.store.id;
  return (
    <Card
      title={
        <Space wrap>
          {name}
          <Typography.Text type="secondary">{links.store.marketplaceName}</Typography.Text>
          <StoreStatusTag status={links.store.status} />
        </Space>
      }
      style={{ marginTop: 16 }}
    >
      {links.admission ? (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Alert
            type="warning"
            showIcon
            message={t('traders.heldTitle')}
            description={
              <>
                <Typography.Paragraph>{links.admission.reasonText}</Typography.Paragraph>
                {links.admission.appealableUntil ? (
                  <Typography.Text type="secondary">
                    {t('traders.appealUntil', { date: f.dateTime(links.admission.appealableUntil) })}
                  </Typography.Text>
                ) : null}
              </>
            }
          />
          <Contest decisionId={links.admission.decisionId} storeName={name} />
        </Space>
      ) : null}
      <StoreCluster links={links} />
    </Card>
  );
}

/**
 * The signed-in seller's stores, each with the stores it is linked to through shared trader
 * details and the evidence; a held store shows why and a "contest" action that files the appeal.
 * Self-contained (no props): it reads the seller's stores itself.
 */
export default function LinkedAccounts() {
  const { t } = useTranslation();
  const stores = useQuery({
    queryKey: ['stores', 'mine'],
    queryFn: () => call(api.GET('/v1/stores', { params: { query: { limit: 100, offset: 0 } } })),
  });
  const links = useQueries({
    queries: (stores.data?.items ?? []).map((s) => ({
      queryKey: ['store-links', s.id],
      queryFn: () => call(api.GET('/v1/stores/{id}/links', { params: { path: { id: s.id } } })),
    })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('traders.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('traders.intro')}</Typography.Paragraph>
      <QueryState query={stores}>
        {(data) =>
          data.items.length === 0 ? (
            <Alert type="info" showIcon message={t('traders.noStores')} />
          ) : (
            links.map((q, i) =>
              q.error ? (
                <ProblemAlert key={data.items[i]!.id} error={q.error} />
              ) : q.data ? (
                <StoreCard key={data.items[i]!.id} links={q.data} />
              ) : null,
            )
          )
        }
      </QueryState>
    </>
  );
}
