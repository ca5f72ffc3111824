import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';
import { Timeline } from '../item/Timeline';
import { REASON_CODES, type ReasonCode, templateLanguage, templatesFor, useReasonTemplates } from './reasons';

type CnDecision = 'reinstate' | 'uphold';
interface DecisionFields {
  decision: CnDecision;
  reasonCode: ReasonCode;
  reasonText: string;
}

/** Reinstating rejects the takedown (a rejection reason); upholding keeps it (a removal reason). */
const CODES: Record<CnDecision, readonly ReasonCode[]> = {
  reinstate: REASON_CODES.reject,
  uphold: REASON_CODES.remove,
};
const FIRST_CODE: Record<CnDecision, ReasonCode> = { reinstate: 'genuine_goods', uphold: 'counterfeit' };

export function useCounterNoticeById(id: string) {
  return useQuery({
    queryKey: ['counter-notice', id],
    queryFn: () => call(api.GET('/v1/counter-notices/{id}', { params: { path: { id } } })),
  });
}

/**
 * The reviewer's page for a counter-notice in review (the queue's `counter_notice` entries):
 * the takedown, the seller's grounds and evidence, the rights holder's answer, and the decision
 * to reinstate the listing or uphold the takedown (POST /v1/counter-notices/{id}/decision).
 */
export default function CounterNoticeReview() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const cn = useCounterNoticeById(id);
  const itemId = cn.data?.itemId ?? '';
  const item = useQuery({
    queryKey: ['item', itemId],
    queryFn: () => call(api.GET('/v1/items/{id}', { params: { path: { id: itemId } } })),
    enabled: itemId !== '',
  });
  const templates = useReasonTemplates();
  const [form] = Form.useForm<DecisionFields>();
  const decisionValue = Form.useWatch('decision', form);
  const codeValue = Form.useWatch('reasonCode', form);
  const language = templateLanguage(i18n.language);
  const textFor = (code: ReasonCode) =>
    templatesFor(templates.data?.items, code, language)[0]?.text ?? t(`reasonCode.${code}`);

  const decide = useMutation({
    mutationFn: (fields: DecisionFields) =>
      call(
        api.POST('/v1/counter-notices/{id}/decision', {
          params: { path: { id } },
          body: fields,
        }),
      ),
    onSuccess: (_, fields) => {
      message.success(t(`cnReview.decided.${fields.decision}`));
      void client.invalidateQueries({ queryKey: ['review-queue'] });
      void client.invalidateQueries({ queryKey: ['counter-notice', id] });
      if (cn.data) void client.invalidateQueries({ queryKey: ['item', cn.data.itemId] });
      void navigate('/review');
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });

  return (
    <QueryState query={cn}>
      {(data) => {
        const listing = (item.data?.listing ?? {}) as { title?: string; url?: string };
        const right = item.data?.right as { name?: string; type?: string; jurisdiction?: string } | null;
        const decidable =
          data.status === 'awaiting_review' ||
          (data.status === 'open' && data.procedure === 'evidence_review');
        const answerDocs = data.answer?.documentShas ?? [];
        return (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
              <Typography.Title level={1} style={{ margin: 0 }}>
                {t('cnReview.title')}
                {listing.title ? `: ${listing.title}` : ''}
              </Typography.Title>
              <Tag data-testid="counter-status">{t(`counterStatus.${data.status}`, data.status)}</Tag>
            </Space>
            <Card title={t('cnReview.takedown')}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('common.listing')}>
                  {listing.url ? (
                    <a href={listing.url} target="_blank" rel="noreferrer">
                      {listing.title ?? listing.url}
                    </a>
                  ) : (
                    (listing.title ?? '—')
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('fileNotice.right')}>
                  {right ? `${right.name ?? ''} · ${right.type ?? ''} · ${right.jurisdiction ?? ''}` : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('cnReview.procedure')}>
                  {t(`procedure.${data.procedure}`, data.procedure)}
                </Descriptions.Item>
                <Descriptions.Item label={t('cnReview.removedBecause')}>
                  {item.data?.decision?.reasonText ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('item.title')}>
                  <Link to={`/review/items/${data.itemId}`}>{shortId(data.itemId)}</Link>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <div className="ipp-side-by-side">
              <Card title={t('cnReview.sellerSide')} data-testid="seller-side">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('counter.filedAt')}>
                    {f.dateTime(data.filedAt)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('counter.grounds')}>
                    <Space wrap size={4}>
                      {data.grounds.map((g) => (
                        <Tag key={g}>{t(`ground.${g}`, g)}</Tag>
                      ))}
                    </Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('counter.identification')}>
                    {data.identification}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('counter.explanation')}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{data.explanation}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fileNotice.evidence')}>
                    {data.evidence.length === 0 ? (
                      t('cnReview.noEvidence')
                    ) : (
                      <Space orientation="vertical" size={4}>
                        {data.evidence.map((e) => (
                          <span key={e.documentSha256}>
                            <Tag>{t(`counterEvidence.${e.kind}`, e.kind)}</Tag>
                            <ShaTag sha={e.documentSha256} href={e.downloadPath} />
                            {e.note ? <Typography.Text type="secondary"> {e.note}</Typography.Text> : null}
                          </span>
                        ))}
                      </Space>
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('counter.signature')}>
                    {data.signature} · {data.contact.email}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <Card title={t('cnReview.holderSide')} data-testid="holder-side">
                {data.answer ? (
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t('counter.answerKind')}>
                      <Tag>{t(`answerKind.${data.answer.kind}`, data.answer.kind)}</Tag>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('cnReview.answeredAt')}>
                      {f.dateTime(data.answer.answeredAt)}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('counter.answerText')}>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{data.answer.text}</span>
                    </Descriptions.Item>
                    {data.answer.caseReference ? (
                      <Descriptions.Item label={t('counter.caseReference')}>
                        {data.answer.caseReference}
                        {data.answer.court ? ` · ${data.answer.court}` : ''}
                      </Descriptions.Item>
                    ) : null}
                    <Descriptions.Item label={t('fileNotice.evidence')}>
                      {answerDocs.length === 0 ? (
                        t('cnReview.noEvidence')
                      ) : (
                        <Space wrap>
                          {answerDocs.map((sha) => (
                            <ShaTag key={sha} sha={sha} href={`/v1/counter-notices/${id}/documents/${sha}`} />
                          ))}
                        </Space>
                      )}
                    </Descriptions.Item>
                  </Descriptions>
                ) : (
                  <Typography.Text type="secondary">{t('cnReview.noAnswer')}</Typography.Text>
                )}
              </Card>
            </div>
            {data.decision ? (
              <Card title={t('review.decision')}>
                <Typography.Paragraph>
                  {t(`counterStatus.${data.status}`, data.status)} · {f.dateTime(data.decision.decidedAt)}
                </Typography.Paragraph>
                <Typography.Paragraph>{data.decision.reasonText}</Typography.Paragraph>
              </Card>
            ) : null}
            {decidable ? (
              <Card title={t('review.decision')}>
                <Form
                  form={form}
                  layout="vertical"
                  initialValues={{ decision: 'uphold', reasonCode: 'counterfeit', reasonText: '' }}
                  onFinish={(fields) => decide.mutate(fields)}
                  onValuesChange={(changed: Partial<DecisionFields>) => {
                    if (changed.decision) {
                      const code = FIRST_CODE[changed.decision];
                      form.setFieldsValue({ reasonCode: code, reasonText: textFor(code) });
                    } else if (changed.reasonCode)
                      form.setFieldsValue({ reasonText: textFor(changed.reasonCode) });
                  }}
                >
                  <Form.Item name="decision" label={t('review.decision')}>
                    <Radio.Group
                      optionType="button"
                      options={[
                        { value: 'reinstate', label: t('cnReview.reinstate') },
                        { value: 'uphold', label: t('cnReview.uphold') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name="reasonCode" label={t('review.reasonCode')}>
                    <Select
                      style={{ maxWidth: 360 }}
                      options={CODES[decisionValue ?? 'uphold'].map((c) => ({
                        value: c,
                        label: t(`reasonCode.${c}`),
                      }))}
                    />
                  </Form.Item>
                  {codeValue ? (
                    <Typography.Paragraph type="secondary">{t('cnReview.templateHint')}</Typography.Paragraph>
                  ) : null}
                  <Form.Item
                    name="reasonText"
                    label={t('review.reasonText')}
                    rules={[
                      { required: true, whitespace: true, message: t('common.required') },
                      { max: 5000 },
                    ]}
                  >
                    <Input.TextArea rows={4} />
                  </Form.Item>
                  {decide.error ? <ProblemAlert error={decide.error} /> : null}
                  <Button
                    type="primary"
                    htmlType="submit"
                    loading={decide.isPending}
                    style={{ marginTop: 8 }}
                  >
                    {t('cnReview.submit')}
                  </Button>
                </Form>
              </Card>
            ) : (
              <Typography.Text type="secondary">{t('cnReview.notInReview')}</Typography.Text>
            )}
            <Timeline itemId={data.itemId} />
          </Space>
        );
      }}
    </QueryState>
  );
}
