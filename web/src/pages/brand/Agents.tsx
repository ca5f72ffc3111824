import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';

interface GrantFields {
  agentOrgId: string;
  validUntil?: string;
  authorizationSha256?: string;
}

/**
 * A brand's agent authorizations (letters of authorization): who may file notices for it, until
 * when; the brand grants one and revokes it at once (GET/POST /v1/representations,
 * DELETE /v1/representations/{agentOrgId}).
 */
export default function Agents() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<GrantFields>();
  const orgId = me.data?.organisation?.id;
  const canManage =
    me.data?.organisation?.kind === 'brand' && (me.data?.roles ?? []).includes('rights_holder');
  const reps = useQuery({
    queryKey: ['representations'],
    queryFn: () => call(api.GET('/v1/representations')),
  });
  const revoke = useMutation({
    mutationFn: (agentOrgId: string) =>
      call(api.DELETE('/v1/representations/{agentOrgId}', { params: { path: { agentOrgId }, query: {} } })),
    onSuccess: () => {
      message.success(t('agents.revoked'));
      void client.invalidateQueries({ queryKey: ['representations'] });
    },
  });
  const grant = useMutation({
    mutationFn: (v: GrantFields) =>
      call(
        api.POST('/v1/representations', {
          body: {
            agentOrgId: v.agentOrgId.trim(),
            ...(v.validUntil?.trim() ? { validUntil: v.validUntil.trim() } : {}),
            ...(v.authorizationSha256?.trim() ? { authorizationSha256: v.authorizationSha256.trim() } : {}),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('agents.granted'));
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['representations'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });

  return (
    <>
      <Typography.Title level={1}>{t('agents.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('agents.intro')}</Typography.Paragraph>
      {!canManage ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('agents.readOnly')} />
      ) : null}
      {revoke.error ? <ProblemAlert error={revoke.error} /> : null}
      <QueryState query={reps}>
        {(data) => (
          <Table
            rowKey={(r) => `${r.agentOrgId}-${r.principalOrgId}-${r.createdAt}`}
            dataSource={data.items.filter((r) => !orgId || r.principalOrgId === orgId)}
            pagination={false}
            scroll={{ x: 700 }}
            locale={{ emptyText: t('agents.none') }}
            columns={[
              {
                title: t('agents.agent'),
                render: (_, r) => <Typography.Text copyable>{r.agentOrgId}</Typography.Text>,
              },
              {
                title: t('common.status'),
                render: (_, r) => (
                  <Tag color={r.status === 'active' ? 'green' : 'default'}>
                    {t(`agentStatus.${r.status}`)}
                  </Tag>
                ),
              },
              { title: t('agents.validUntil'), render: (_, r) => r.validUntil ?? t('agents.noEnd') },
              {
                title: t('agents.letter'),
                render: (_, r) =>
                  r.authorizationSha256 ? (
                    <ShaTag sha={r.authorizationSha256} href={`/v1/documents/${r.authorizationSha256}`} />
                  ) : (
                    '—'
                  ),
              },
              { title: t('common.created'), render: (_, r) => f.dateTime(r.createdAt) },
              {
                title: t('common.actions'),
                render: (_, r) =>
                  r.status === 'active' && canManage ? (
                    <Popconfirm
                      title={t('agents.confirmRevoke')}
                      description={t('agents.revokeExplain')}
                      okText={t('agents.revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => revoke.mutate(r.agentOrgId)}
                    >
                      <Button size="small" danger aria-label={`${t('agents.revoke')}: ${r.agentOrgId}`}>
                        {t('agents.revoke')}
                      </Button>
                    </Popconfirm>
                  ) : r.revokedAt ? (
                    f.dateTime(r.revokedAt)
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      {canManage ? (
        <Card title={t('agents.grant')} style={{ marginTop: 16, maxWidth: 640 }}>
          <Form form={form} layout="vertical" onFinish={(v) => grant.mutate(v)}>
            <Form.Item
              name="agentOrgId"
              label={t('agents.agentId')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="validUntil" label={t('agents.validUntil')} extra={t('agents.dateHint')}>
              <Input placeholder="2027-12-31" />
            </Form.Item>
            <Form.Item name="authorizationSha256" label={t('agents.letterSha')}>
              <Input />
            </Form.Item>
            {grant.error ? <ProblemAlert error={grant.error} /> : null}
            <Button type="primary" htmlType="submit" loading={grant.isPending}>
              {t('agents.grant')}
            </Button>
          </Form>
        </Card>
      ) : null}
    </>
  );
}
