import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { fieldErrors, ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';

/**
 * Operator admins approve names a brand may use in its knowledge without a verified right of that
 * name, and withdraw approvals (GET/POST/DELETE /v1/organisations/{id}/approved-brand-names).
 */
export function ApprovedBrandNames({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ names: string }>();
  const queryKey = ['approved-brand-names', orgId];
  const names = useQuery({
    queryKey,
    queryFn: () =>
      call(api.GET('/v1/organisations/{id}/approved-brand-names', { params: { path: { id: orgId } } })),
  });
  const approve = useMutation({
    mutationFn: (list: string[]) =>
      call(
        api.POST('/v1/organisations/{id}/approved-brand-names', {
          params: { path: { id: orgId } },
          body: { names: list },
        }),
      ),
    onSuccess: () => {
      message.success(t('approvedNames.approved'));
      form.resetFields();
      void client.invalidateQueries({ queryKey });
    },
    // Errors point at /names/N: shown at the one field the names are typed in.
    onError: (error) => form.setFields(fieldErrors(error, () => ['names'])),
  });
  const withdraw = useMutation({
    mutationFn: (name: string) =>
      call(
        api.DELETE('/v1/organisations/{id}/approved-brand-names', {
          params: { path: { id: orgId }, query: { name } },
        }),
      ),
    onSuccess: () => {
      message.success(t('approvedNames.withdrawn'));
      void client.invalidateQueries({ queryKey });
    },
  });
  return (
    <Card title={t('approvedNames.title')} style={{ marginTop: 16 }} data-testid="approved-names">
      <Typography.Paragraph type="secondary">{t('approvedNames.intro')}</Typography.Paragraph>
      {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
      <QueryState query={names}>
        {(data) => (
          <Table
            rowKey="name"
            size="small"
            dataSource={data.items}
            pagination={false}
            locale={{ emptyText: t('approvedNames.none') }}
            columns={[
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('approvedNames.by'), dataIndex: 'approvedBy' },
              { title: t('approvedNames.at'), render: (_, n) => f.dateTime(n.approvedAt) },
              {
                title: t('common.actions'),
                render: (_, n) => (
                  <Popconfirm
                    title={t('approvedNames.confirmWithdraw', { name: n.name })}
                    okText={t('approvedNames.withdraw')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => withdraw.mutate(n.name)}
                  >
                    <Button size="small" danger aria-label={`${t('approvedNames.withdraw')}: ${n.name}`}>
                      {t('approvedNames.withdraw')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Form
        form={form}
        layout="vertical"
        style={{ marginTop: 12, maxWidth: 520 }}
        onFinish={({ names: text }) =>
          approve.mutate(
            text
              .split(/[\n,]/)
              .map((n) => n.trim())
              .filter(Boolean),
          )
        }
      >
        <Form.Item
          name="names"
          label={t('approvedNames.add')}
          extra={t('approvedNames.addHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {approve.error ? <ProblemAlert error={approve.error} /> : null}
        <Button htmlType="submit" loading={approve.isPending}>
          {t('approvedNames.approve')}
        </Button>
      </Form>
    </Card>
  );
}
