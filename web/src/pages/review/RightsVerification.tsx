import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { Pager, usePage } from '../../components/Pager';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';

type Right = paths['/v1/rights/{id}']['get']['responses'][200]['content']['application/json'];
type Status = Right['status'];
type Verdict = 'verify' | 'reject';
const STATUSES: Status[] = ['pending', 'verified', 'rejected'];

/**
 * Operator reviewers and admins check each right's registration and documents before notices may
 * rely on it (GET /v1/rights?status=pending, POST /v1/rights/{id}/verification).
 */
export default function RightsVerification() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status | undefined>('pending');
  const [open, setOpen] = useState<{ right: Right; verdict: Verdict } | null>(null);
  const [form] = Form.useForm<{ note?: string }>();
  const page = usePage(50, status);
  const rights = useQuery({
    queryKey: ['rights', 'verification', status, page.page],
    queryFn: () =>
      call(
        api.GET('/v1/rights', {
          params: { query: { ...page.query, ...(status ? { status } : {}) } },
        }),
      ),
  });
  const verify = useMutation({
    mutationFn: ({ right, verdict, note }: { right: Right; verdict: Verdict; note?: string }) =>
      call(
        api.POST('/v1/rights/{id}/verification', {
          params: { path: { id: right.id } },
          body: { decision: verdict, ...(note?.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: (_, { verdict }) => {
      message.success(t(`verifyRights.done.${verdict}`));
      setOpen(null);
      void client.invalidateQueries({ queryKey: ['rights'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });
  const start = (right: Right, verdict: Verdict) => {
    verify.reset();
    form.resetFields();
    setOpen({ right, verdict });
  };

  return (
    <>
      <Typography.Title level={1}>{t('verifyRights.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('verifyRights.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('rights.status')}
          placeholder={t('rights.status')}
          allowClear
          style={{ minWidth: 180 }}
          value={status ?? null}
          onChange={(v: Status | null) => setStatus(v ?? undefined)}
          options={STATUSES.map((s) => ({ value: s, label: t(`rightStatus.${s}`) }))}
        />
      </Space>
      <QueryState query={rights}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: t('verifyRights.none') }}
              columns={[
                {
                  title: t('rights.name'),
                  render: (_, r) => (
                    <>
                      <strong>{r.name}</strong>
                      <div>{r.ownerName}</div>
                    </>
                  ),
                },
                { title: t('rights.type'), render: (_, r) => t(`rightType.${r.type}`) },
                {
                  title: t('rights.registration'),
                  render: (_, r) =>
                    [r.registrationNumber, r.office, r.jurisdiction, r.patentKind, r.workDescription]
                      .filter(Boolean)
                      .join(' · ') || '—',
                },
                {
                  title: t('verifyRights.classes'),
                  render: (_, r) => (r.niceClasses.length ? r.niceClasses.join(', ') : '—'),
                },
                {
                  title: t('verifyRights.validity'),
                  render: (_, r) => `${r.validFrom ?? '—'} – ${r.validUntil ?? '—'}`,
                },
                {
                  title: t('rights.documents'),
                  render: (_, r) =>
                    [...r.documentShas, ...r.referenceImageShas].length ? (
                      <Space wrap size={4}>
                        {[...r.documentShas, ...r.referenceImageShas].map((sha) => (
                          <ShaTag key={sha} sha={sha} href={`/v1/documents/${sha}`} />
                        ))}
                      </Space>
                    ) : (
                      '—'
                    ),
                },
                { title: t('common.created'), render: (_, r) => f.dateTime(r.createdAt) },
                {
                  title: t('rights.status'),
                  render: (_, r) => (
                    <>
                      <Tag
                        color={r.status === 'verified' ? 'green' : r.status === 'rejected' ? 'red' : 'gold'}
                      >
                        {t(`rightStatus.${r.status}`)}
                      </Tag>
                      {r.reviewNote ? <div>{r.reviewNote}</div> : null}
                    </>
                  ),
                },
                {
                  title: t('common.actions'),
                  render: (_, r) => (
                    <Space wrap>
                      <Button
                        size="small"
                        type="primary"
                        disabled={r.status === 'verified'}
                        onClick={() => start(r, 'verify')}
                        aria-label={t('verifyRights.verifyNamed', { name: r.name })}
                      >
                        {t('verifyRights.verify')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        disabled={r.status === 'rejected'}
                        onClick={() => start(r, 'reject')}
                        aria-label={t('verifyRights.rejectNamed', { name: r.name })}
                      >
                        {t('verifyRights.reject')}
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
      <Modal
        open={open !== null}
        title={open ? t(`verifyRights.confirm.${open.verdict}`, { name: open.right.name }) : ''}
        okText={open?.verdict === 'reject' ? t('verifyRights.reject') : t('verifyRights.verify')}
        okButtonProps={{ danger: open?.verdict === 'reject' }}
        cancelText={t('common.cancel')}
        confirmLoading={verify.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ note }) => open && verify.mutate({ ...open, ...(note ? { note } : {}) })}
        >
          <Form.Item
            name="note"
            label={open?.verdict === 'reject' ? t('verifyRights.noteRequired') : t('verifyRights.note')}
            rules={[
              { required: open?.verdict === 'reject', whitespace: true, message: t('common.required') },
              { max: 2000 },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {verify.error ? <ProblemAlert error={verify.error} /> : null}
        </Form>
      </Modal>
    </>
  );
}
