import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { ProblemAlert, QueryState } from '../../components/states';

type Body = paths['/v1/policies/good-faith']['put']['requestBody']['content']['application/json'];
type Preview =
  paths['/v1/policies/good-faith/preview']['post']['responses'][200]['content']['application/json'];

const CHANGE_COLOR = { gains: 'green', loses: 'red', stays_member: 'blue', stays_out: 'default' } as const;

/**
 * Operator admins edit the Good Faith Program policy: start from the version in force or a shipped
 * preset, preview who would gain or lose standing over the recorded figures, then publish.
 */
export default function GoodFaithPolicy() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const policy = useQuery({
    queryKey: ['policy', 'good-faith'],
    queryFn: () => call(api.GET('/v1/policies/good-faith')),
  });
  const presets = useQuery({
    queryKey: ['policy', 'good-faith', 'presets'],
    queryFn: () => call(api.GET('/v1/policies/good-faith/presets')),
  });
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    if (policy.data) setText(JSON.stringify(policy.data.body, null, 2));
  }, [policy.data]);
  const edit = (value: string) => {
    setText(value);
    setPreview(null);
    try {
      JSON.parse(value);
      setParseError(null);
    } catch (error) {
      setParseError((error as Error).message);
    }
  };
  const body = () => JSON.parse(text) as Body;
  const runPreview = useMutation({
    mutationFn: () => call(api.POST('/v1/policies/good-faith/preview', { body: body() })),
    onSuccess: (data) => setPreview(data),
  });
  const publish = useMutation({
    mutationFn: () => call(api.PUT('/v1/policies/good-faith', { body: body() })),
    onSuccess: () => {
      message.success(t('notifiers.published'));
      setPreview(null);
      void client.invalidateQueries({ queryKey: ['policy', 'good-faith'] });
      void client.invalidateQueries({ queryKey: ['notifiers'] });
    },
  });
  return (
    <>
      <Typography.Title level={1}>{t('notifiers.policyTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notifiers.policyIntro')}</Typography.Paragraph>
      <QueryState query={policy}>
        {(p) => (
          <Card
            title={t('notifiers.policyEditor')}
            extra={<Tag>{t('notifiers.inForce', { version: p.version })}</Tag>}
            style={{ marginBottom: 16 }}
          >
            <Space wrap style={{ marginBottom: 12 }}>
              <Select
                aria-label={t('notifiers.preset')}
                placeholder={t('notifiers.preset')}
                style={{ minWidth: 260 }}
                options={(presets.data?.items ?? []).map((x) => ({
                  value: x.name,
                  label: t(`notifiers.presets.${x.name}`),
                }))}
                onChange={(name: string) => {
                  const found = presets.data?.items.find((x) => x.name === name);
                  if (found) edit(JSON.stringify(found.body, null, 2));
                }}
              />
            </Space>
            <Input.TextArea
              aria-label={t('notifiers.policyEditor')}
              rows={14}
              value={text}
              style={{ fontFamily: 'ui-monospace, monospace' }}
              onChange={(e) => edit(e.target.value)}
            />
            {parseError ? <div role="alert">{parseError}</div> : null}
            {runPreview.error ? <ProblemAlert error={runPreview.error} /> : null}
            {publish.error ? <ProblemAlert error={publish.error} /> : null}
            <Space style={{ marginTop: 8 }}>
              <Button
                disabled={!!parseError}
                loading={runPreview.isPending}
                onClick={() => runPreview.mutate()}
              >
                {t('notifiers.preview')}
              </Button>
              <Button
                type="primary"
                disabled={!!parseError || preview === null}
                loading={publish.isPending}
                onClick={() => publish.mutate()}
              >
                {t('notifiers.publish')}
              </Button>
            </Space>
          </Card>
        )}
      </QueryState>
      {preview ? (
        <Card title={t('notifiers.previewTitle', { gains: preview.gains, loses: preview.loses })}>
          <Table
            rowKey="orgId"
            dataSource={preview.items}
            pagination={{ pageSize: 25 }}
            scroll={{ x: 700 }}
            columns={[
              {
                title: t('common.name'),
                render: (_, r) => <Link to={`/notifiers/${r.orgId}`}>{r.name}</Link>,
              },
              { title: t('notifiers.programme'), render: (_, r) => t(`notifiers.status.${r.status}`) },
              {
                title: t('notifiers.change'),
                render: (_, r) => (
                  <Tag color={CHANGE_COLOR[r.change]}>{t(`notifiers.changes.${r.change}`)}</Tag>
                ),
              },
              { title: t('notifiers.why'), dataIndex: 'why' },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
