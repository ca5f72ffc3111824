import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemError, upload } from '../../api/client';
import { DropZone } from '../../components/DropZone';
import { RightPicker } from '../../components/RightPicker';
import { ProblemAlert } from '../../components/states';
import { BrandSwitch, useActingBrand } from '../../session/brand';
import { INFRINGEMENTS } from './FileNotice';

const COLUMNS = [
  'listing_id',
  'marketplace_id',
  'external_id',
  'url',
  'evidence_kind',
  'evidence_sha256',
  'evidence_url',
  'captured_at',
  'explanation',
];

function downloadTemplate() {
  const example = [
    '',
    '',
    '',
    'https://marketplace.example/item/123',
    'screenshot',
    '0'.repeat(64),
    '',
    '',
    '',
  ];
  const blob = new Blob([`${COLUMNS.join(',')}\n${example.join(',')}\n`], { type: 'text/csv' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'openipp-notice-template.csv';
  a.click();
  URL.revokeObjectURL(a.href);
}

interface CsvForm {
  rightId: string;
  infringementType: (typeof INFRINGEMENTS)[number];
  contactName: string;
  contactEmail: string;
  explanation?: string;
  goodFaith?: boolean;
  accuracy?: boolean;
  authority?: boolean;
}

/** Per line and column errors from the `/csv/line/N/column` pointers of the problem. */
function lineErrors(error: unknown) {
  if (!(error instanceof ProblemError)) return [];
  return (error.problem.errors ?? []).map((e, index) => {
    const m = /^\/csv\/line\/(\d+)(?:\/(.+))?$/.exec(e.pointer);
    return { key: index, line: m?.[1] ?? '—', column: m?.[2] ?? '—', detail: e.detail };
  });
}

export default function CsvNotice() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const acting = useActingBrand();
  const [form] = Form.useForm<CsvForm>();
  const [file, setFile] = useState<File | null>(null);
  const send = useMutation({
    mutationFn: async (v: CsvForm) => {
      if (!file) throw new Error(t('csv.noFile'));
      const q = new URLSearchParams({
        rightId: v.rightId,
        infringementType: v.infringementType,
        contactName: v.contactName,
        contactEmail: v.contactEmail,
        goodFaith: String(v.goodFaith === true),
        accuracy: String(v.accuracy === true),
        authority: String(v.authority === true),
      });
      if (v.explanation) q.set('explanation', v.explanation);
      if (acting.brand) q.set('principalOrgId', acting.brand);
      return upload<{ id: string }>(`/v1/notices/csv?${q}`, file, 'text/csv');
    },
    onSuccess: (notice) => {
      message.success(t('fileNotice.filed'));
      void navigate(`/notices/${notice.id}`);
    },
  });
  const errors = lineErrors(send.error);
  return (
    <>
      <Typography.Title level={1}>{t('csv.title')}</Typography.Title>
      <BrandSwitch acting={acting} />
      <Typography.Paragraph>{t('csv.intro')}</Typography.Paragraph>
      <Button onClick={downloadTemplate}>{t('csv.template')}</Button>
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ infringementType: 'counterfeit' }}
        onFinish={(v) => send.mutate(v)}
      >
        <Card>
          <Form.Item
            name="rightId"
            label={t('fileNotice.right')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <RightPicker orgId={acting.brand} />
          </Form.Item>
          <Form.Item name="infringementType" label={t('fileNotice.infringementType')}>
            <Select options={INFRINGEMENTS.map((v) => ({ value: v, label: t(`infringement.${v}`) }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="contactName"
              label={t('fileNotice.contactName')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="contactEmail"
              label={t('fileNotice.contactEmail')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
          </Space>
          <Form.Item name="explanation" label={t('fileNotice.explanation')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          {(['goodFaith', 'accuracy', 'authority'] as const).map((s) => (
            <Form.Item
              key={s}
              name={s}
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v) =>
                    v ? Promise.resolve() : Promise.reject(new Error(t('fileNotice.mustConfirm'))),
                },
              ]}
            >
              <Checkbox>{t(`statement.${s}`)}</Checkbox>
            </Form.Item>
          ))}
          <DropZone
            label={file ? file.name : t('csv.drop')}
            accept=".csv,text/csv"
            multiple={false}
            onUploaded={() => {}}
            upload={setFile}
          />
        </Card>
        <Button
          type="primary"
          htmlType="submit"
          loading={send.isPending}
          disabled={!file}
          style={{ marginTop: 16 }}
        >
          {t('csv.submit')}
        </Button>
      </Form>
      {send.error ? (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert error={send.error} />
          {errors.length > 0 ? (
            <Table
              data-testid="csv-errors"
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              dataSource={errors}
              columns={[
                { title: t('csv.line'), dataIndex: 'line' },
                { title: t('csv.column'), dataIndex: 'column' },
                { title: t('csv.error'), dataIndex: 'detail' },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
