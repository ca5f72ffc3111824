import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, upload } from '../../api/client';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMoney } from './money';

interface ComplaintForm {
  marketplaceId: string;
  orderId: string;
  buyerRef: string;
  explanation: string;
  amount?: number;
}

/** The buyer's complaints: file one about a counterfeit order (refunded at once), see refund status. */
export default function BuyerComplaints() {
  const { t } = useTranslation();
  const f = useFormat();
  const money = useMoney();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ComplaintForm>();
  const [evidence, setEvidence] = useState<string[]>([]);
  const marketplaces = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const complaints = useQuery({
    queryKey: ['money', 'complaints'],
    queryFn: () => call(api.GET('/v1/buyer-complaints', { params: { query: { limit: 100, offset: 0 } } })),
  });
  const file = useMutation({
    mutationFn: (v: ComplaintForm) =>
      call(
        api.POST('/v1/buyer-complaints', {
          body: {
            marketplaceId: v.marketplaceId,
            orderId: v.orderId ?? '',
            buyerRef: v.buyerRef ?? '',
            explanation: v.explanation ?? '',
            evidence,
            ...(v.amount !== undefined && v.amount !== null ? { amount: v.amount } : {}),
          },
        }),
      ),
    onSuccess: (c) => {
      message.success(t('money.refundedNow', { amount: money(c.refundAmount, c.currency) }));
      form.resetFields();
      setEvidence([]);
      void client.invalidateQueries({ queryKey: ['money', 'complaints'] });
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  return (
    <>
      <Typography.Title level={1}>{t('money.buyerTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('money.buyerIntro')}</Typography.Paragraph>
      <Card title={t('money.fileComplaint')} style={{ marginBottom: 16 }}>
        {file.error ? <ProblemAlert error={file.error} /> : null}
        <Form form={form} layout="vertical" onFinish={(v) => file.mutate(v)} style={{ maxWidth: 560 }}>
          <Form.Item name="marketplaceId" label={t('money.marketplace')} rules={[{ required: true }]}>
            <Select
              loading={marketplaces.isPending}
              options={(marketplaces.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
          <Form.Item name="orderId" label={t('money.order')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="buyerRef"
            label={t('money.buyerRef')}
            extra={t('money.buyerRefHelp')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="amount" label={t('money.amountMinor')} extra={t('money.amountHelp')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="explanation" label={t('money.explanation')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label={t('money.evidence')}>
            <Upload
              showUploadList={false}
              beforeUpload={async (fileToSend) => {
                const doc = await upload<{ sha256: string }>(
                  '/v1/documents',
                  fileToSend,
                  fileToSend.type || 'application/octet-stream',
                );
                setEvidence((e) => [...new Set([...e, doc.sha256])]);
                return false;
              }}
            >
              <Button>{t('money.addEvidence')}</Button>
            </Upload>
            {evidence.map((sha) => (
              <Tag key={sha} style={{ marginLeft: 8 }}>
                {sha.slice(0, 12)}…
              </Tag>
            ))}
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={file.isPending}>
            {t('money.submitComplaint')}
          </Button>
        </Form>
      </Card>
      <Card title={t('money.myComplaints')}>
        <QueryState query={complaints}>
          {(data) => (
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: true }}
              columns={[
                { title: t('money.filed'), render: (_, c) => f.dateTime(c.filedAt) },
                { title: t('money.order'), dataIndex: 'orderId' },
                { title: t('money.listing'), dataIndex: 'listingTitle' },
                { title: t('money.refunded'), render: (_, c) => money(c.refundAmount, c.currency) },
                {
                  title: t('money.status'),
                  render: (_, c) => (
                    <Tag
                      color={c.status === 'confirmed' ? 'red' : c.status === 'genuine' ? 'purple' : 'green'}
                    >
                      {t(`money.complaintStatus.${c.status}`)}
                    </Tag>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
    </>
  );
}
