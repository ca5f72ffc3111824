import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { type Licence, STATUS_COLOURS } from '../seller/Licences';

type Result = 'verified' | 'refused';
const STATUSES: Licence['status'][] = ['pending', 'verified', 'refused', 'expired'];

/**
 * Reviewers check each uploaded licence against its document and the issuer's register, and verify
 * or refuse it with reasons (GET /v1/licences?status=pending, POST /v1/licences/{id}/decision).
 */
export default function LicenceReview() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<Licence['status'] | undefined>('pending');
  const [open, setOpen] = useState<{ licence: Licence; result: Result } | null>(null);
  const [form] = Form.useForm<{ reasonText: string }>();
  const page = usePage(50, status);
  const licences = useQuery({
    queryKey: ['licences', 'review', status, page.page],
    queryFn: () =>
      call(api.GET('/v1/licences', { params: { query: { ...page.query, ...(status ? { status } : {}) } } })),
  });
  const decide = useMutation({
    mutationFn: ({ licence, result, reasonText }: { licence: Licence; result: Result; reasonText: string }) =>
      call(
        api.POST('/v1/licences/{id}/decision', {
          params: { path: { id: licence.id } },
          body: { result, reasonText: reasonText.trim() },
        }),
      ),
    onSuccess: (_, { result }) => {
      message.success(t(`licences.review.done.${result}`));
      setOpen(null);
      void client.invalidateQueries({ queryKey: ['licences'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });
  const start = (licence: Licence, result: Result) => {
    decide.reset();
    form.resetFields();
    setOpen({ licence, result });
  };

  return (
    <>
      <Typography.Title level={1}>{t('licences.review.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('licences.review.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('licences.status')}
          placeholder={t('licences.status')}
          allowClear
          style={{ minWidth: 180 }}
          value={status ?? null}
          onChange={(v: Licence['status'] | null) => setStatus(v ?? undefined)}
          options={STATUSES.map((s) => ({ value: s, label: t(`licences.statuses.${s}`) }))}
        />
      </Space>
      <QueryState query={licences}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 1000 }}
              locale={{ emptyText: t('licences.review.none') }}
              columns={[
                {
                  title: t('licences.store'),
                  render: (_, l) => (
                    <>
                      <strong>{l.store.name}</strong>
                      <div>
                        {l.marketplace.name} ({l.marketplace.jurisdiction})
                      </div>
                    </>
                  ),
                },
                { title: t('licences.category'), render: (_, l) => l.categoryName },
                { title: t('licences.jurisdiction'), dataIndex: 'jurisdiction' },
                { title: t('licences.issuer'), dataIndex: 'issuer' },
                { title: t('licences.number'), dataIndex: 'licenceNumber' },
                { title: t('licences.validity'), render: (_, l) => `${l.validFrom} – ${l.validUntil}` },
                {
                  title: t('licences.document'),
                  render: (_, l) => (
                    <ShaTag sha={l.documentSha256} href={`/v1/documents/${l.documentSha256}`} />
                  ),
                },
                { title: t('common.created'), render: (_, l) => f.dateTime(l.createdAt) },
                {
                  title: t('licences.status'),
                  render: (_, l) => (
                    <>
                      <Tag color={STATUS_COLOURS[l.status]}>{t(`licences.statuses.${l.status}`)}</Tag>
                      {l.decision ? <div>{l.decision.reasonText}</div> : null}
                    </>
                  ),
                },
                {
                  title: t('common.actions'),
                  render: (_, l) =>
                    l.status === 'pending' ? (
                      <Space wrap>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => start(l, 'verified')}
                          aria-label={t('licences.review.verifyNamed', { number: l.licenceNumber })}
                        >
                          {t('licences.review.verify')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => start(l, 'refused')}
                          aria-label={t('licences.review.refuseNamed', { number: l.licenceNumber })}
                        >
                          {t('licences.review.refuse')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
      <Modal
        open={open !== null}
        title={
          open
            ? t(`licences.review.confirm.${open.result}`, {
                number: open.licence.licenceNumber,
                store: open.licence.store.name,
              })
            : ''
        }
        okText={open?.result === 'refused' ? t('licences.review.refuse') : t('licences.review.verify')}
        okButtonProps={{ danger: open?.result === 'refused' }}
        cancelText={t('common.cancel')}
        confirmLoading={decide.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reasonText }) => open && decide.mutate({ ...open, reasonText })}
        >
          <Form.Item
            name="reasonText"
            label={t('licences.review.reason')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 5000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {decide.error ? <ProblemAlert error={decide.error} /> : null}
        </Form>
      </Modal>
    </>
  );
}
