import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { ShaTag } from '../../components/ShaTag';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';

type Case = paths['/v1/test-buys/{id}']['get']['responses'][200]['content']['application/json'];
type Status = Case['status'];

const COLORS: Record<Status, string> = {
  planned: 'default',
  in_custody: 'processing',
  inspected: 'purple',
  genuine: 'green',
  counterfeit: 'red',
  inferior: 'orange',
};

export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`testBuys.statuses.${status}`)}</Tag>;
}

function money(amountMinor: number, currency: string, locale: string) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

/** One test buy: why it was drawn, its chain of custody with hashes and signatures, verification, outcome. */
export default function TestBuyCase() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const staff = areasOf(me.data).has('reviewer');
  const testBuy = useQuery({
    queryKey: ['test-buy', id],
    queryFn: () => call(api.GET('/v1/test-buys/{id}', { params: { path: { id } } })),
  });
  const [form] = Form.useForm<{ reasonText: string }>();
  const decide = useMutation({
    mutationFn: (v: { reasonText: string }) =>
      call(
        api.POST('/v1/test-buys/{id}/outcome', {
          params: { path: { id } },
          body: { reasonText: v.reasonText ?? '' },
        }),
      ),
    onSuccess: () => {
      message.success(t('testBuys.decided'));
      void client.invalidateQueries({ queryKey: ['test-buy', id] });
    },
  });
  return (
    <QueryState query={testBuy}>
      {(c) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={1}>{t('testBuys.caseTitle', { title: c.listing.title })}</Typography.Title>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('testBuys.status')}>
              <StatusTag status={c.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('testBuys.store')}>
              {c.store.name} ({c.marketplace.name}, {c.jurisdiction})
            </Descriptions.Item>
            <Descriptions.Item label={t('testBuys.listing')}>
              <a href={c.listing.url} rel="noreferrer noopener" target="_blank">
                {c.listing.externalId}
              </a>{' '}
              <Tag>{t(`state.${c.listing.state}`, { defaultValue: c.listing.state })}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('testBuys.why')}>{c.explanation}</Descriptions.Item>
            {c.requestedBy ? (
              <Descriptions.Item label={t('testBuys.requestedBy')}>{c.requestedBy}</Descriptions.Item>
            ) : null}
            {c.statementPath && c.decisionId ? (
              <Descriptions.Item label={t('testBuys.statement')}>
                <Link to={`/statements/${c.decisionId}`}>{t('testBuys.readStatement')}</Link>
              </Descriptions.Item>
            ) : null}
            {c.referralId ? (
              <Descriptions.Item label={t('testBuys.referral')}>
                <Link to={`/referrals/${c.referralId}`}>{t('testBuys.openReferral')}</Link>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Alert
            data-testid="custody-verdict"
            type={c.custody.ok ? 'success' : 'error'}
            showIcon
            message={
              c.custody.ok
                ? t('testBuys.custodyOk', { steps: c.custody.steps })
                : t('testBuys.custodyBroken', {
                    seq: c.custody.broken?.seq,
                    step: t(`testBuys.steps.${c.custody.broken?.step}`, {
                      defaultValue: c.custody.broken?.step,
                    }),
                    rule: t(`testBuys.rules.${c.custody.broken?.rule}`),
                  })
            }
            description={
              c.custody.broken?.detail ?? t('testBuys.head', { hash: c.custody.headHash.slice(0, 16) })
            }
          />
          <Card title={t('testBuys.custody')}>
            {c.steps.length === 0 ? (
              <Typography.Text type="secondary">{t('testBuys.noSteps')}</Typography.Text>
            ) : (
              <Timeline
                items={c.steps.map((s) => ({
                  key: s.seq,
                  color: c.custody.broken?.seq === s.seq ? 'red' : 'green',
                  children: (
                    <Space orientation="vertical" size={2}>
                      <Typography.Text strong>
                        {s.seq}. {t(`testBuys.steps.${s.step}`)} · {f.dateTime(s.data.at ?? s.recordedAt)}
                      </Typography.Text>
                      {s.data.orderReference ? (
                        <Typography.Text>
                          {t('testBuys.order', { order: s.data.orderReference })}
                          {s.data.price
                            ? ` · ${money(s.data.price.amountMinor, s.data.price.currency, f.locale)}`
                            : ''}
                          {s.data.buyerIdentity
                            ? ` · ${t('testBuys.buyer', { buyer: s.data.buyerIdentity })}`
                            : ''}
                        </Typography.Text>
                      ) : null}
                      {s.data.carrier ? (
                        <Typography.Text>{`${s.data.carrier} ${s.data.trackingNumber ?? ''}`}</Typography.Text>
                      ) : null}
                      {s.data.receivedBy ? <Typography.Text>{s.data.receivedBy}</Typography.Text> : null}
                      {s.data.recipientName ? (
                        <Typography.Text>
                          {t('testBuys.handedTo', {
                            name: s.data.recipientName,
                            kind: t(`testBuys.recipient.${s.data.recipientKind ?? 'agency'}`),
                          })}
                        </Typography.Text>
                      ) : null}
                      {s.handover ? (
                        <Typography.Text type="secondary">
                          {t('testBuys.signedBy', {
                            from: s.handover.from.keyId.slice(0, 12),
                            to: s.handover.to.keyId.slice(0, 12),
                          })}
                        </Typography.Text>
                      ) : null}
                      {s.data.result ? (
                        <Typography.Text>
                          <Tag color={s.data.result === 'genuine' ? 'green' : 'red'}>
                            {t(`testBuys.statuses.${s.data.result}`)}
                          </Tag>
                          {s.data.summary}
                        </Typography.Text>
                      ) : null}
                      {s.data.notary ? <Typography.Text>{s.data.notary}</Typography.Text> : null}
                      {s.documents.length > 0 ? (
                        <Space wrap>
                          {s.documents.map((d) => (
                            <ShaTag
                              key={d.sha256}
                              sha={d.sha256}
                              name={d.label}
                              href={`/v1/documents/${d.sha256}`}
                            />
                          ))}
                        </Space>
                      ) : null}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('testBuys.hashes', {
                          hash: s.hash.slice(0, 16),
                          prev: s.prevHash.slice(0, 16),
                          by: s.recordedByName ?? s.recordedBy,
                        })}
                      </Typography.Text>
                    </Space>
                  ),
                }))}
              />
            )}
            {c.nextStep && !['genuine', 'counterfeit', 'inferior'].includes(c.status) ? (
              <Typography.Paragraph type="secondary">
                {t('testBuys.nextStep', { step: t(`testBuys.steps.${c.nextStep}`) })}
              </Typography.Paragraph>
            ) : null}
          </Card>
          {c.outcomeReason ? (
            <Card title={t('testBuys.outcome')}>
              <Typography.Paragraph>
                <StatusTag status={c.status} /> {c.outcomeReason}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('testBuys.decidedBy', { by: c.decidedBy, at: f.dateTime(c.decidedAt) })}
              </Typography.Text>
            </Card>
          ) : null}
          {staff && c.status === 'inspected' ? (
            <Card title={t('testBuys.decideTitle')}>
              <Form form={form} layout="vertical" onFinish={(v) => decide.mutate(v)}>
                <Form.Item name="reasonText" label={t('testBuys.reasons')} rules={[{ required: true }]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={decide.isPending}>
                  {t('testBuys.decide')}
                </Button>
              </Form>
              {decide.error ? <ProblemAlert error={decide.error} /> : null}
            </Card>
          ) : null}
        </Space>
      )}
    </QueryState>
  );
}
