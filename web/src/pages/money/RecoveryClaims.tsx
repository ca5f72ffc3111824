import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMoney } from './money';

type Status = 'open' | 'counterfeit' | 'genuine';

/** The reviewer's recovery claims: buyers refunded first, to be decided counterfeit or genuine. */
export default function RecoveryClaims() {
  const { t } = useTranslation();
  const f = useFormat();
  const money = useMoney();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>('open');
  const claims = useQuery({
    queryKey: ['money', 'claims', status],
    queryFn: () =>
      call(api.GET('/v1/recovery-claims', { params: { query: { status, limit: 100, offset: 0 } } })),
  });
  const [deciding, setDeciding] = useState<{ id: string; result: 'counterfeit' | 'genuine' } | null>(null);
  const [form] = Form.useForm<{ reasonText: string }>();
  const decide = useMutation({
    mutationFn: (v: { reasonText: string }) =>
      call(
        api.POST('/v1/recovery-claims/{id}/decision', {
          params: { path: { id: deciding?.id ?? '' } },
          body: { result: deciding?.result ?? 'genuine', reasonText: v.reasonText ?? '' },
        }),
      ),
    onSuccess: () => {
      message.success(t('money.claimDecided'));
      setDeciding(null);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['money'] });
    },
  });
  return (
    <>
      <Typography.Title level={1}>{t('money.claimsTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('money.claimsIntro')}</Typography.Paragraph>
      <Segmented
        aria-label={t('money.status')}
        style={{ marginBottom: 16 }}
        value={status}
        onChange={(v) => setStatus(v as Status)}
        options={(['open', 'counterfeit', 'genuine'] as const).map((s) => ({
          value: s,
          label: t(`money.claimStatus.${s}`),
        }))}
      />
      <QueryState query={claims}>
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.items}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: t('money.filed'), render: (_, c) => f.dateTime(c.filedAt) },
              { title: t('money.store'), dataIndex: 'storeName' },
              { title: t('money.listing'), dataIndex: 'listingTitle' },
              { title: t('money.refunded'), render: (_, c) => money(c.refundAmount, c.currency) },
              {
                title: t('money.recoveredFrom'),
                render: (_, c) =>
                  t('money.recoveryParts', {
                    held: money(c.claim.fromHeld, c.currency),
                    deposit: money(c.claim.fromDeposit, c.currency),
                    receivable: money(c.claim.fromReceivable, c.currency),
                  }),
              },
              { title: t('money.explanation'), dataIndex: 'explanation' },
              {
                title: t('money.status'),
                render: (_, c) =>
                  c.claim.status === 'open' ? (
                    <>
                      <Button
                        size="small"
                        danger
                        onClick={() => setDeciding({ id: c.claim.id, result: 'counterfeit' })}
                      >
                        {t('money.counterfeit')}
                      </Button>{' '}
                      <Button size="small" onClick={() => setDeciding({ id: c.claim.id, result: 'genuine' })}>
                        {t('money.genuine')}
                      </Button>
                    </>
                  ) : (
                    <Tag>{t(`money.claimStatus.${c.claim.status}`)}</Tag>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal
        open={deciding !== null}
        title={deciding ? t(`money.decideAs.${deciding.result}`) : ''}
        okText={t('money.decide')}
        onOk={() => form.submit()}
        onCancel={() => setDeciding(null)}
        confirmLoading={decide.isPending}
      >
        {decide.error ? <ProblemAlert error={decide.error} /> : null}
        <Form form={form} layout="vertical" onFinish={(v) => decide.mutate(v)}>
          <Form.Item name="reasonText" label={t('money.reasons')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
