import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';

type Kind = 'operator' | 'brand' | 'agent' | 'seller';

export default function Organisations() {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useQueryClient();
  const [form] = Form.useForm<{ kind: Kind; name: string }>();
  const page = usePage();
  const orgs = useQuery({
    queryKey: ['organisations', page.page],
    queryFn: () => call(api.GET('/v1/organisations', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  const create = useMutation({
    mutationFn: (body: { kind: Kind; name: string }) => call(api.POST('/v1/organisations', { body })),
    onSuccess: () => {
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['organisations'] });
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  return (
    <>
      <Typography.Title level={1}>{t('nav.organisations')}</Typography.Title>
      <QueryState query={orgs}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              columns={[
                {
                  title: t('common.name'),
                  render: (_, o) => <Link to={`/admin/organisations/${o.id}`}>{o.name}</Link>,
                },
                { title: t('admin.kind'), render: (_, o) => <Tag>{t(`orgKind.${o.kind}`)}</Tag> },
                { title: t('common.created'), render: (_, o) => f.dateTime(o.createdAt) },
              ]}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
      <Card title={t('admin.newOrganisation')} style={{ marginTop: 16 }}>
        {create.error ? <ProblemAlert error={create.error} /> : null}
        <Form
          form={form}
          layout="inline"
          initialValues={{ kind: 'brand' }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item name="kind" label={t('admin.kind')}>
            <Select
              style={{ width: 180 }}
              options={(['brand', 'agent', 'seller', 'buyer', 'authority', 'operator'] as const).map((k) => ({
                value: k,
                label: t(`orgKind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('common.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('admin.create')}
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
