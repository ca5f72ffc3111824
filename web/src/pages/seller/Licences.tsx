import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { DocumentPicker, documentLabel } from '../../components/DocumentPicker';
import { DropZone } from '../../components/DropZone';
import { Pager, usePage } from '../../components/Pager';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';

export type Licence = paths['/v1/licences/{id}']['get']['responses'][200]['content']['application/json'];
type NewLicence = paths['/v1/stores/{id}/licences']['post']['requestBody']['content']['application/json'];

export const STATUS_COLOURS: Record<Licence['status'], string> = {
  pending: 'gold',
  verified: 'green',
  refused: 'red',
  expired: 'default',
};

/**
 * The seller's market-access licences: what each restricted category needs, its stores' licences
 * with status and expiry, warnings of those about to lapse, and the upload form.
 */
export default function Licences() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const page = usePage();
  const [form] = Form.useForm<NewLicence & { storeId: string }>();
  const [document, setDocument] = useState<{ sha256: string; name: string } | null>(null);
  const policy = useQuery({
    queryKey: ['policies', 'licences'],
    queryFn: () => call(api.GET('/v1/policies/licences')),
  });
  const stores = useQuery({
    queryKey: ['stores', 'mine'],
    queryFn: () => call(api.GET('/v1/stores', { params: { query: { limit: 500, offset: 0 } } })),
  });
  const licences = useQuery({
    queryKey: ['licences', 'mine', page.page],
    queryFn: () => call(api.GET('/v1/licences', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  const upload = useMutation({
    mutationFn: ({ storeId, ...body }: NewLicence & { storeId: string }) =>
      call(api.POST('/v1/stores/{id}/licences', { params: { path: { id: storeId } }, body })),
    onSuccess: () => {
      message.success(t('licences.uploaded'));
      form.resetFields();
      setDocument(null);
      void client.invalidateQueries({ queryKey: ['licences'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });
  const warnings = (licences.data?.items ?? []).filter((l) => l.expiringSoon || l.status === 'expired');

  return (
    <>
      <Typography.Title level={1}>{t('licences.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('licences.intro')}</Typography.Paragraph>
      {warnings.map((l) => (
        <Alert
          key={l.id}
          type={l.status === 'expired' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 8 }}
          message={t(l.status === 'expired' ? 'licences.expiredWarning' : 'licences.expiringWarning', {
            category: l.categoryName,
            jurisdiction: l.jurisdiction,
            store: l.store.name,
            date: l.validUntil,
          })}
        />
      ))}
      <Card title={t('licences.yours')}>
        <QueryState query={licences}>
          {(data) => (
            <>
              <LicenceTable items={data.items} />
              <Pager {...page} shown={data.items.length} />
            </>
          )}
        </QueryState>
      </Card>
      <Card title={t('licences.upload')} style={{ marginTop: 16 }}>
        <Form
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          onFinish={(values) => document && upload.mutate({ ...values, documentSha256: document.sha256 })}
        >
          <Form.Item
            name="storeId"
            label={t('licences.store')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              options={(stores.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.name} (${s.externalId})`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('licences.category')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              options={(policy.data?.body.categories ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
          <Form.Item
            name="jurisdiction"
            label={t('licences.jurisdiction')}
            extra={t('licences.jurisdictionHelp')}
            normalize={(v: string) => v?.toUpperCase()}
            rules={[{ required: true, pattern: /^[A-Z]{2}$/, message: t('licences.jurisdictionRule') }]}
          >
            <Input maxLength={2} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item
            name="issuer"
            label={t('licences.issuer')}
            rules={[{ required: true, whitespace: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="licenceNumber"
            label={t('licences.number')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
          >
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="validFrom" label={t('licences.validFrom')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="validUntil" label={t('licences.validUntil')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Space>
          <Form.Item label={t('licences.document')} required>
            <DropZone
              multiple={false}
              label={t('licences.dropDocument')}
              onUploaded={(doc) => setDocument({ sha256: doc.sha256, name: doc.filename })}
            />
            <DocumentPicker onPick={(doc) => setDocument({ sha256: doc.sha256, name: documentLabel(doc) })} />
            {document ? (
              <div style={{ marginTop: 8 }}>
                <ShaTag sha={document.sha256} name={document.name} />
              </div>
            ) : null}
          </Form.Item>
          {upload.error ? <ProblemAlert error={upload.error} /> : null}
          <Button type="primary" htmlType="submit" loading={upload.isPending} disabled={!document}>
            {t('licences.submit')}
          </Button>
        </Form>
      </Card>
      <Card title={t('licences.needs')} style={{ marginTop: 16 }}>
        <QueryState query={policy}>
          {(data) => (
            <>
              <Typography.Paragraph>
                {t(data.body.mode === 'hold' ? 'licences.modeHold' : 'licences.modeRefuse', {
                  days: data.body.warningDays,
                })}
              </Typography.Paragraph>
              <Table
                rowKey="code"
                dataSource={data.body.categories}
                pagination={false}
                columns={[
                  { title: t('licences.category'), dataIndex: 'name' },
                  { title: t('licences.covers'), render: (_, c) => c.values.join(', ') },
                ]}
              />
            </>
          )}
        </QueryState>
      </Card>
    </>
  );
}

/** Licences as a table: the seller's own page and the operator's store page. */
export function LicenceTable({ items }: { items: Licence[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  // Said in text, not as the empty table's placeholder: with a horizontal scroll the placeholder
  // row is drawn in a disabled grey that fails contrast.
  if (items.length === 0) return <Typography.Paragraph>{t('licences.none')}</Typography.Paragraph>;
  return (
    <Table
      rowKey="id"
      dataSource={items}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('licences.none') }}
      columns={[
        {
          title: t('licences.store'),
          render: (_, l) => `${l.store.name} · ${l.marketplace.name} (${l.marketplace.jurisdiction})`,
        },
        { title: t('licences.category'), render: (_, l) => l.categoryName },
        { title: t('licences.jurisdiction'), dataIndex: 'jurisdiction' },
        { title: t('licences.number'), render: (_, l) => `${l.licenceNumber} · ${l.issuer}` },
        { title: t('licences.validity'), render: (_, l) => `${l.validFrom} – ${l.validUntil}` },
        {
          title: t('licences.status'),
          render: (_, l) => (
            <>
              <Tag color={STATUS_COLOURS[l.status]}>{t(`licences.statuses.${l.status}`)}</Tag>
              {l.expiringSoon ? <Tag color="orange">{t('licences.expiringSoon')}</Tag> : null}
            </>
          ),
        },
        {
          title: t('licences.lapses'),
          render: (_, l) =>
            l.status === 'verified' ? `${f.dateTime(l.lapsesAt)} (${f.timeLeft(l.lapsesAt)})` : '—',
        },
        {
          title: t('licences.decision'),
          render: (_, l) =>
            l.decision ? (
              <>
                <div>{l.decision.reasonText}</div>
                <Link to={`/statements/${l.decision.id}`}>{t('licences.statement')}</Link>
              </>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
