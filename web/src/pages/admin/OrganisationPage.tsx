import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { TrustCard } from '../review/GoodFaith';
import { ApprovedBrandNames } from './ApprovedBrandNames';

type Organisation = paths['/v1/organisations/{id}']['get']['responses']['200']['content']['application/json'];
/** A role an organisation's members or keys may have (the organisation says which, by its kind). */
type Role = Organisation['memberRoles'][number];

export default function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const client = useQueryClient();
  const [memberForm] = Form.useForm<{ email: string; name: string; password: string; role: Role }>();
  const [keyForm] = Form.useForm<{ name: string; role: Role }>();
  const [newKey, setNewKey] = useState<string | null>(null);
  const org = useQuery({
    queryKey: ['organisation', id],
    queryFn: () => call(api.GET('/v1/organisations/{id}', { params: { path: { id } } })),
  });
  const members = useQuery({
    queryKey: ['members', id],
    queryFn: () => call(api.GET('/v1/organisations/{id}/members', { params: { path: { id } } })),
  });
  const keys = useQuery({
    queryKey: ['keys', id],
    queryFn: () => call(api.GET('/v1/organisations/{id}/api-keys', { params: { path: { id } } })),
  });
  const addMember = useMutation({
    mutationFn: (body: { email: string; name: string; password: string; role: Role }) =>
      call(api.POST('/v1/organisations/{id}/members', { params: { path: { id } }, body })),
    onSuccess: () => {
      memberForm.resetFields();
      void client.invalidateQueries({ queryKey: ['members', id] });
    },
    onError: (e) => memberForm.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const createKey = useMutation({
    mutationFn: (body: { name: string; role: Role }) =>
      call(api.POST('/v1/organisations/{id}/api-keys', { params: { path: { id } }, body })),
    onSuccess: (data) => {
      setNewKey((data as { key?: string }).key ?? null);
      keyForm.resetFields();
      void client.invalidateQueries({ queryKey: ['keys', id] });
    },
  });
  const revoke = useMutation({
    mutationFn: (keyId: string) => call(api.DELETE('/v1/api-keys/{id}', { params: { path: { id: keyId } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['keys', id] }),
  });
  // only the roles the organisation's kind accepts: an authority's inspector, the operator's
  // enforcement liaison, a buyer; never a seller's role in a brand
  const memberRoles = org.data?.memberRoles ?? [];
  const keyRoles = org.data?.keyRoles ?? [];
  const memberRoleOptions = memberRoles.map((r) => ({ value: r, label: t(`role.${r}`) }));
  const keyRoleOptions = keyRoles.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <>
      <Typography.Title level={1}>{org.data?.name ?? t('nav.organisations')}</Typography.Title>
      <Card title={t('admin.members')}>
        <QueryState query={members}>
          {(data) => (
            <Table
              rowKey="userId"
              dataSource={data.items}
              pagination={false}
              columns={[
                { title: t('common.name'), dataIndex: 'name' },
                { title: t('login.email'), dataIndex: 'email' },
                { title: t('admin.role'), render: (_, m) => <Tag>{t(`role.${m.role}`, m.role)}</Tag> },
              ]}
            />
          )}
        </QueryState>
        {addMember.error ? <ProblemAlert error={addMember.error} /> : null}
        <Form
          form={memberForm}
          layout="inline"
          style={{ marginTop: 12 }}
          // remounted when the organisation arrives, so the role starts at one it accepts
          key={`members-${org.data?.id ?? ''}`}
          initialValues={{ role: memberRoles[0] }}
          onFinish={(v) => addMember.mutate(v)}
        >
          <Form.Item
            name="email"
            label={t('login.email')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('common.name')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="role" label={t('admin.role')}>
            <Select style={{ width: 160 }} options={memberRoleOptions} />
          </Form.Item>
          <Button htmlType="submit" loading={addMember.isPending}>
            {t('admin.addMember')}
          </Button>
        </Form>
      </Card>
      <Card title={t('admin.apiKeys')} style={{ marginTop: 16 }}>
        {newKey ? (
          <Alert
            type="success"
            showIcon
            title={t('admin.keyOnce')}
            description={<code data-testid="new-key">{newKey}</code>}
          />
        ) : null}
        <QueryState query={keys}>
          {(data) => (
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              columns={[
                { title: t('common.name'), dataIndex: 'name' },
                { title: t('admin.role'), render: (_, k) => <Tag>{t(`role.${k.role}`, k.role)}</Tag> },
                { title: t('admin.prefix'), dataIndex: 'prefix' },
                { title: t('common.created'), render: (_, k) => f.dateTime(k.createdAt) },
                {
                  title: t('common.actions'),
                  render: (_, k) =>
                    k.revokedAt ? (
                      <Tag>{t('admin.revoked')}</Tag>
                    ) : (
                      <Button size="small" danger onClick={() => revoke.mutate(k.id)}>
                        {t('admin.revoke')}
                      </Button>
                    ),
                },
              ]}
            />
          )}
        </QueryState>
        {createKey.error ? <ProblemAlert error={createKey.error} /> : null}
        <Form
          form={keyForm}
          layout="inline"
          style={{ marginTop: 12 }}
          key={`keys-${org.data?.id ?? ''}`}
          initialValues={{ role: keyRoles.includes('marketplace') ? 'marketplace' : keyRoles[0] }}
          onFinish={(v) => createKey.mutate(v)}
        >
          <Form.Item
            name="name"
            label={t('common.name')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('admin.role')}>
            <Select style={{ width: 160 }} options={keyRoleOptions} />
          </Form.Item>
          <Button htmlType="submit" loading={createKey.isPending}>
            {t('admin.createKey')}
          </Button>
        </Form>
      </Card>
      {org.data?.kind === 'brand' ? <ApprovedBrandNames orgId={id} /> : null}
      {org.data && ['brand', 'agent', 'authority'].includes(org.data.kind) ? (
        <TrustCard org={org.data} />
      ) : null}
    </>
  );
}
