import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ProblemAlert, QueryState } from '../../components/states';
import { REASON_CODES, type ReasonCode, type ReasonTemplate, type TemplateLanguage } from '../review/reasons';

interface TemplateFields {
  reasonCode: ReasonCode;
  language: TemplateLanguage;
  title: string;
  text: string;
}

const ALL_CODES: ReasonCode[] = [...REASON_CODES.remove, ...REASON_CODES.reject];
const LANGUAGES: TemplateLanguage[] = ['en', 'zh-CN'];

/** Operator admins manage the reason templates reviewers pick from (GET/POST/PUT/DELETE /v1/reason-templates). */
export default function ReasonTemplates() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<TemplateFields>();
  const [editing, setEditing] = useState<ReasonTemplate | 'new' | null>(null);
  const list = useQuery({
    queryKey: ['reason-templates'],
    queryFn: () => call(api.GET('/v1/reason-templates')),
  });
  const done = (text: string) => {
    message.success(text);
    setEditing(null);
    void client.invalidateQueries({ queryKey: ['reason-templates'] });
  };
  const save = useMutation({
    mutationFn: (fields: TemplateFields) =>
      editing && editing !== 'new'
        ? call(
            api.PUT('/v1/reason-templates/{id}', {
              params: { path: { id: editing.id } },
              body: { ...fields, version: editing.version },
            }),
          )
        : call(api.POST('/v1/reason-templates', { body: fields })),
    onSuccess: () => done(t('templates.saved')),
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/v1/reason-templates/{id}', { params: { path: { id } } })),
    onSuccess: () => done(t('templates.deleted')),
  });
  const open = (tpl: ReasonTemplate | 'new') => {
    save.reset();
    setEditing(tpl);
    form.setFieldsValue(
      tpl === 'new'
        ? { reasonCode: 'insufficient_evidence', language: 'en', title: '', text: '' }
        : { reasonCode: tpl.reasonCode, language: tpl.language, title: tpl.title, text: tpl.text },
    );
  };

  return (
    <>
      <Typography.Title level={1}>{t('nav.reasonTemplates')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('templates.intro')}</Typography.Paragraph>
      <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 12 }}>
        {t('templates.add')}
      </Button>
      {remove.error ? <ProblemAlert error={remove.error} /> : null}
      <QueryState query={list}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: t('templates.none') }}
            columns={[
              { title: t('review.reasonCode'), render: (_, r) => t(`reasonCode.${r.reasonCode}`) },
              { title: t('templates.language'), render: (_, r) => <Tag>{r.language}</Tag> },
              { title: t('templates.title'), dataIndex: 'title' },
              {
                title: t('templates.text'),
                render: (_, r) => (
                  <Typography.Paragraph ellipsis={{ rows: 2 }}>{r.text}</Typography.Paragraph>
                ),
              },
              { title: t('templates.version'), dataIndex: 'version', width: 90 },
              {
                title: '',
                width: 170,
                render: (_, r) => (
                  <Space>
                    <Button size="small" onClick={() => open(r)}>
                      {t('templates.edit_action')}
                    </Button>
                    <Popconfirm title={t('templates.confirmDelete')} onConfirm={() => remove.mutate(r.id)}>
                      <Button size="small" danger>
                        {t('templates.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('templates.add') : t('templates.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(fields) => save.mutate(fields)}>
          <Form.Item name="reasonCode" label={t('review.reasonCode')} rules={[{ required: true }]}>
            <Select options={ALL_CODES.map((c) => ({ value: c, label: t(`reasonCode.${c}`) }))} />
          </Form.Item>
          <Form.Item name="language" label={t('templates.language')} rules={[{ required: true }]}>
            <Select options={LANGUAGES.map((l) => ({ value: l, label: l }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('templates.title')}
            rules={[{ required: true, message: t('common.required') }, { max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('templates.text')}
            rules={[{ required: true, message: t('common.required') }, { max: 5000 }]}
          >
            <Input.TextArea rows={5} />
          </Form.Item>
          {save.error ? <ProblemAlert error={save.error} /> : null}
        </Form>
      </Modal>
    </>
  );
}
