import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { ListingFinder } from '../../components/ListingFinder';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { StatusTag } from './TestBuyCase';

type Row =
  paths['/v1/test-buys/requests']['get']['responses'][200]['content']['application/json']['items'][number];

/** A brand's test-buy requests: ask for one, follow each to its outcome. */
export default function MyTestBuyRequests() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ listingId: string; reasonText: string }>();
  const list = useQuery({
    queryKey: ['test-buy-requests'],
    queryFn: () => call(api.GET('/v1/test-buys/requests', { params: { query: { limit: 100, offset: 0 } } })),
  });
  const ask = useMutation({
    mutationFn: (v: { listingId: string; reasonText: string }) =>
      call(
        api.POST('/v1/test-buys/requests', {
          body: { listingId: v.listingId, reasonText: v.reasonText ?? '' },
        }),
      ),
    onSuccess: () => {
      message.success(t('testBuys.requested'));
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['test-buy-requests'] });
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  return (
    <>
      <Typography.Title level={1}>{t('testBuys.requestsTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('testBuys.requestsIntro')}</Typography.Paragraph>
      <Card title={t('testBuys.askTitle')} style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" onFinish={(v) => ask.mutate(v)}>
          <Form.Item
            name="listingId"
            label={t('testBuys.listingId')}
            rules={[{ required: true, message: t('fileNotice.pickListing') }]}
          >
            <ListingFinder />
          </Form.Item>
          <Form.Item name="reasonText" label={t('testBuys.suspicion')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={ask.isPending}>
            {t('testBuys.ask')}
          </Button>
        </Form>
        {ask.error ? <ProblemAlert error={ask.error} /> : null}
      </Card>
      <QueryState query={list}>
        {(data) => (
          <Table<Row>
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 700 }}
            columns={[
              {
                title: t('testBuys.listing'),
                render: (_, r) => `${r.listing.title} (${r.listing.marketplaceName})`,
              },
              { title: t('testBuys.suspicion'), dataIndex: 'reasonText' },
              { title: t('testBuys.requestedAt'), render: (_, r) => f.dateTime(r.createdAt) },
              {
                title: t('testBuys.status'),
                render: (_, r) =>
                  r.testBuyStatus ? (
                    <StatusTag status={r.testBuyStatus} />
                  ) : (
                    t(`testBuys.requestStatuses.${r.status}`)
                  ),
              },
              {
                title: t('testBuys.outcome'),
                render: (_, r) =>
                  r.testBuyId && r.decidedAt ? (
                    <Link to={`/test-buy-requests/${r.testBuyId}`}>{t('testBuys.seeOutcome')}</Link>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
