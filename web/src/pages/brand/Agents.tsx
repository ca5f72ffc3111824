import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { DropZone, type UploadedDocument } from '../../components/DropZone';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';

interface GrantFields {
  agentOrgId: string;
  validUntil?: string;
  authorizationSha256?: string;
  rightIds?: string[];
  marketplaceIds?: string[];
}

/**
 * A brand may not list other organisations (GET /v1/organisations shows only its own), so the
 * agent firm is named by the organisation id it gives the brand; checked here before the API does.
 */
type Organisation = paths['/v1/organisations/{id}']['get']['responses'][200]['content']['application/json'];

/** Agent firms whose name contains the text: the directory a brand chooses its agent from. */
async function searchAgentFirms(q: string, limit: number): Promise<Organisation[]> {
  const query = { kind: 'agent' as const, limit, offset: 0, ...(q ? { q } : {}) };
  return (await call(api.GET('/v1/organisations', { params: { query } }))).items;
}
const SHA256 = /^[0-9a-f]{64}$/i;

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
  const [letter, setLetter] = useState<UploadedDocument | null>(null);
  const orgId = me.data?.organisation?.id;
  const canManage =
    me.data?.organisation?.kind === 'brand' && (me.data?.roles ?? []).includes('rights_holder');
  const rights = useQuery({
    queryKey: ['rights', 'scope'],
    queryFn: () => call(api.GET('/v1/rights', { params: { query: { limit: 500, offset: 0 } } })),
    enabled: canManage,
  });
  const markets = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
    enabled: canManage,
  });
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
            agentOrgId: v.agentOrgId,
            ...(v.validUntil?.trim() ? { validUntil: v.validUntil.trim() } : {}),
            ...(v.rightIds?.length ? { rightIds: v.rightIds } : {}),
            ...(v.marketplaceIds?.length ? { marketplaceIds: v.marketplaceIds } : {}),
            ...(v.authorizationSha256?.trim()
              ? { authorizationSha256: v.authorizationSha256.trim().toLowerCase() }
              : {}),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('agents.granted'));
      form.resetFields();
      setLetter(null);
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
                render: (_, r) => (
                  <>
                    <Typography.Text strong>{r.agentOrgName}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
                      {r.agentOrgId}
                    </Typography.Text>
                  </>
                ),
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
                title: t('goodFaith.scope'),
                render: (_, r) =>
                  `${r.rightIds ? t('goodFaith.nRights', { n: r.rightIds.length }) : t('goodFaith.allRights')} · ${
                    r.marketplaceIds
                      ? t('goodFaith.nMarketplaces', { n: r.marketplaceIds.length })
                      : t('goodFaith.allMarketplaces')
                  }`,
              },
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
                      title={t('agents.confirmRevoke', { name: r.agentOrgName })}
                      description={t('agents.revokeExplain')}
                      okText={t('agents.revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => revoke.mutate(r.agentOrgId)}
                    >
                      <Button size="small" danger aria-label={`${t('agents.revoke')}: ${r.agentOrgName}`}>
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
              extra={t('agents.agentIdHint')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <RemoteSelect<Organisation>
                label={t('agents.agentId')}
                placeholder={t('agents.agentSearch')}
                queryKey={['organisations', 'agents']}
                search={searchAgentFirms}
                toOption={(o) => ({ value: o.id, label: o.name })}
                data-testid="agent-firm"
              />
            </Form.Item>
            <Form.Item name="rightIds" label={t('goodFaith.scopeRights')} extra={t('goodFaith.scopeHint')}>
              <Select
                mode="multiple"
                allowClear
                aria-label={t('goodFaith.scopeRights')}
                data-testid="scope-rights"
                placeholder={t('goodFaith.allRights')}
                options={(rights.data?.items ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.name}${r.registrationNumber ? ` (${r.registrationNumber})` : ''}`,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="marketplaceIds"
              label={t('goodFaith.scopeMarketplaces')}
              extra={t('goodFaith.scopeHint')}
            >
              <Select
                mode="multiple"
                allowClear
                aria-label={t('goodFaith.scopeMarketplaces')}
                data-testid="scope-marketplaces"
                placeholder={t('goodFaith.allMarketplaces')}
                options={(markets.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
            <Form.Item name="validUntil" label={t('agents.validUntil')} extra={t('agents.dateHint')}>
              <Input placeholder="2027-12-31" />
            </Form.Item>
            <Form.Item label={t('agents.letter')} extra={t('agents.letterHint')}>
              <DropZone
                multiple={false}
                label={t('agents.dropLetter')}
                onUploaded={(d) => {
                  setLetter(d);
                  form.setFields([{ name: 'authorizationSha256', value: d.sha256, errors: [] }]);
                }}
              />
              {letter ? (
                <div style={{ marginTop: 8 }} data-testid="agent-letter">
                  <ShaTag sha={letter.sha256} name={letter.filename} />
                </div>
              ) : null}
            </Form.Item>
            <Form.Item
              name="authorizationSha256"
              label={t('agents.letterSha')}
              rules={[
                {
                  validator: async (_, value?: string) => {
                    if (value?.trim() && !SHA256.test(value.trim()))
                      throw new Error(t('agents.letterShaInvalid'));
                  },
                },
              ]}
            >
              <Input
                autoComplete="off"
                onChange={(e) => {
                  if (letter && e.target.value.trim().toLowerCase() !== letter.sha256) setLetter(null);
                }}
              />
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
