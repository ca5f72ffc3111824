import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { DocumentPicker, documentLabel, useOwnDocuments } from '../../components/DocumentPicker';
import { DropZone } from '../../components/DropZone';
import { Pager, usePage } from '../../components/Pager';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { BrandSwitch, useActingBrand } from '../../session/brand';

interface RightForm {
  type: 'trademark' | 'patent' | 'copyright';
  name: string;
  ownerName: string;
  registrationNumber?: string;
  office?: string;
  jurisdiction?: string;
  workDescription?: string;
}

export default function Rights() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const acting = useActingBrand();
  const [form] = Form.useForm<RightForm>();
  const [docs, setDocs] = useState<Array<{ sha256: string; filename: string }>>([]);
  const page = usePage();
  const rights = useQuery({
    queryKey: ['rights', page.page],
    queryFn: () => call(api.GET('/v1/rights', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  const create = useMutation({
    mutationFn: (values: RightForm) =>
      call(
        api.POST('/v1/rights', {
          body: {
            type: values.type,
            name: values.name,
            ownerName: values.ownerName,
            ...(values.registrationNumber ? { registrationNumber: values.registrationNumber } : {}),
            ...(values.office ? { office: values.office } : {}),
            ...(values.jurisdiction ? { jurisdiction: values.jurisdiction } : {}),
            ...(values.workDescription ? { workDescription: values.workDescription } : {}),
            ...(acting.brand ? { principalOrgId: acting.brand } : {}),
            documentShas: docs.map((d) => d.sha256),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('rights.created'));
      form.resetFields();
      setDocs([]);
      void client.invalidateQueries({ queryKey: ['rights'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });
  const type = Form.useWatch('type', form);

  return (
    <>
      <Typography.Title level={1}>{t('rights.title')}</Typography.Title>
      <BrandSwitch acting={acting} />
      <QueryState query={rights}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items.filter((r) => !acting.brand || r.orgId === acting.brand)}
              pagination={false}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                { title: t('rights.name'), dataIndex: 'name' },
                { title: t('rights.type'), render: (_, r) => t(`rightType.${r.type}`, r.type) },
                { title: t('rights.registration'), render: (_, r) => r.registrationNumber ?? '—' },
                { title: t('rights.jurisdiction'), render: (_, r) => r.jurisdiction ?? '—' },
                {
                  title: t('rights.status'),
                  render: (_, r) => (
                    <Tag color={r.status === 'verified' ? 'green' : r.status === 'rejected' ? 'red' : 'gold'}>
                      {t(`rightStatus.${r.status}`, r.status)}
                    </Tag>
                  ),
                },
                {
                  title: t('rights.documents'),
                  render: (_, r) =>
                    r.documentShas.map((s) => <ShaTag key={s} sha={s} href={`/v1/documents/${s}`} />),
                },
                { title: t('common.created'), render: (_, r) => f.dateTime(r.createdAt) },
              ]}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
      <Documents rights={rights.data?.items ?? []} />
      <Card title={t('rights.add')} style={{ marginTop: 16 }}>
        {create.error ? <ProblemAlert error={create.error} /> : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => create.mutate(v)}
          initialValues={{ type: 'trademark' }}
        >
          <Form.Item name="type" label={t('rights.type')} rules={[{ required: true }]}>
            <Select
              options={(['trademark', 'patent', 'copyright'] as const).map((v) => ({
                value: v,
                label: t(`rightType.${v}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('rights.name')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="ownerName"
            label={t('rights.owner')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          {type !== 'copyright' ? (
            <Space wrap>
              <Form.Item name="registrationNumber" label={t('rights.registration')}>
                <Input />
              </Form.Item>
              <Form.Item name="office" label={t('rights.office')}>
                <Input />
              </Form.Item>
              <Form.Item name="jurisdiction" label={t('rights.jurisdiction')}>
                <Input />
              </Form.Item>
            </Space>
          ) : (
            <Form.Item name="workDescription" label={t('rights.workDescription')}>
              <Input.TextArea />
            </Form.Item>
          )}
          <Form.Item label={t('rights.documents')}>
            <DropZone onUploaded={(d) => setDocs((list) => [...list, d])} />
            <div style={{ marginTop: 8 }}>
              {docs.map((d) => (
                <ShaTag key={d.sha256} sha={d.sha256} name={d.filename} />
              ))}
            </div>
            <DocumentPicker
              exclude={docs.map((d) => d.sha256)}
              onPick={(d) => setDocs((list) => [...list, { sha256: d.sha256, filename: documentLabel(d) }])}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('rights.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

const DOCS_PAGE = 20;

/** The organisation's uploaded documents, by right, paged: what can be reused as evidence. */
function Documents({ rights }: { rights: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [rightId, setRightId] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const docs = useOwnDocuments(rightId, { limit: DOCS_PAGE, offset: page * DOCS_PAGE });
  return (
    <Card title={t('documents.title')} style={{ marginTop: 16 }}>
      <Select
        aria-label={t('documents.filterRight')}
        placeholder={t('documents.filterRight')}
        allowClear
        style={{ minWidth: 240, marginBottom: 12 }}
        value={rightId ?? null}
        onChange={(v: string | null) => {
          setRightId(v ?? undefined);
          setPage(0);
        }}
        options={rights.map((r) => ({ value: r.id, label: r.name }))}
      />
      <QueryState query={docs}>
        {(data) => (
          <>
            <Table
              rowKey="sha256"
              size="small"
              dataSource={data.items}
              pagination={false}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                {
                  title: t('documents.file'),
                  render: (_, d) => (
                    <ShaTag sha={d.sha256} name={documentLabel(d)} href={`/v1/documents/${d.sha256}`} />
                  ),
                },
                { title: t('documents.type'), dataIndex: 'mediaType' },
                { title: t('documents.size'), render: (_, d) => f.number(d.size) },
                { title: t('documents.uploaded'), render: (_, d) => f.dateTime(d.uploadedAt) },
              ]}
            />
            <Space style={{ marginTop: 8 }}>
              <Button size="small" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                {t('common.previous')}
              </Button>
              <span>{t('common.page', { page: page + 1 })}</span>
              <Button
                size="small"
                disabled={data.items.length < DOCS_PAGE}
                onClick={() => setPage((p) => p + 1)}
              >
                {t('common.next')}
              </Button>
            </Space>
          </>
        )}
      </QueryState>
    </Card>
  );
}
