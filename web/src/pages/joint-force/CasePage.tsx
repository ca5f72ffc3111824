import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  Radio,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { DocumentPicker, documentLabel, type OwnDocument } from '../../components/DocumentPicker';
import { ImageMatches } from '../../components/ImageMatches';
import { RightPicker } from '../../components/RightPicker';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { type CaseDetail, Due, Price, StatusTag } from './shared';

type AnswerKind = 'counterfeit' | 'genuine' | 'unsure';
interface AnswerForm {
  answer: AnswerKind;
  reason: string;
  rightId?: string;
  statements?: boolean;
}

/** Why detection sent the listing: each signal with the text it matched. */
function Signals({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  if (c.signals.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={t('jointForce.signals')}>
      {c.signals.map((s) => (
        <li key={`${s.rule}-${s.span?.start ?? ''}-${s.kind}`}>
          <Tag>{t(`signalKind.${s.kind}`, { defaultValue: s.kind })}</Tag>
          {s.span ? <mark>{s.span.text}</mark> : null} {s.detail}
        </li>
      ))}
    </ul>
  );
}

/** The listing's price against the brand's reference range (its product line, else the category's). */
function PriceCheck({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!c.price) return <Typography.Text type="secondary">{t('jointForce.noReference')}</Typography.Text>;
  const { range, ratio } = c.price;
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('jointForce.price')}>
        <Price listing={c.listing} />
      </Descriptions.Item>
      <Descriptions.Item label={t(`jointForce.basis.${c.price.basis}`)}>{c.price.name}</Descriptions.Item>
      <Descriptions.Item label={t('jointForce.range')}>
        {f.currency(range.min, range.currency)} – {f.currency(range.max, range.currency)}
      </Descriptions.Item>
      <Descriptions.Item label={t('jointForce.ratio')}>
        {ratio === null ? (
          t('jointForce.otherCurrency')
        ) : (
          <Tag color={ratio < 0.3 ? 'red' : ratio < 0.7 ? 'gold' : 'green'}>
            {t('jointForce.ratioValue', { pct: Math.round(ratio * 100) })}
          </Tag>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The brand's answer: counterfeit (a notice is filed), genuine (the store or listing is exempted), unsure. */
function AnswerCase({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<AnswerForm>();
  const [evidence, setEvidence] = useState<OwnDocument[]>([]);
  const answer = Form.useWatch('answer', form);
  const submit = useMutation({
    mutationFn: (values: AnswerForm) =>
      call(
        api.POST('/v1/joint-force/cases/{id}/answer', {
          params: { path: { id: c.id } },
          body: {
            answer: values.answer,
            reason: values.reason,
            evidence: evidence.map((d) => ({ documentSha256: d.sha256, kind: 'other' as const })),
            ...(values.answer === 'counterfeit'
              ? {
                  ...(values.rightId ? { rightId: values.rightId } : {}),
                  ...(values.statements
                    ? { statements: { goodFaith: true, accuracy: true, authority: true } }
                    : {}),
                }
              : {}),
          },
        }),
      ),
    onSuccess: (_, values) => {
      message.success(t(`jointForce.done.${values.answer}`));
      void client.invalidateQueries({ queryKey: ['joint-force'] });
    },
    onError: (error) =>
      form.setFields(
        fieldErrors(error, (p) => {
          const path = pointerPath(p);
          if (path[0] === 'evidence') return null;
          return path[0] === 'statements' ? ['statements'] : path.slice(0, 1);
        }),
      ),
  });
  return (
    <Card title={t('jointForce.answerTitle')}>
      <Form<AnswerForm>
        form={form}
        layout="vertical"
        initialValues={{ answer: undefined }}
        onFinish={(values) => submit.mutate(values)}
      >
        <Form.Item
          name="answer"
          label={t('jointForce.answerLabel')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Radio.Group>
            <Radio value="counterfeit">{t('jointForce.answer.counterfeit')}</Radio>
            <Radio value="genuine">{t('jointForce.answer.genuine')}</Radio>
            <Radio value="unsure">{t('jointForce.answer.unsure')}</Radio>
          </Radio.Group>
        </Form.Item>
        {answer ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t(`jointForce.explain.${answer}`)}
          />
        ) : null}
        <Form.Item
          name="reason"
          label={t('jointForce.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 5000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t('jointForce.evidence')}>
          <Space wrap>
            {evidence.map((d) => (
              <Tag
                key={d.sha256}
                closable
                onClose={() => setEvidence(evidence.filter((e) => e.sha256 !== d.sha256))}
              >
                {documentLabel(d)}
              </Tag>
            ))}
          </Space>
          <DocumentPicker
            exclude={evidence.map((d) => d.sha256)}
            onPick={(doc) => setEvidence((list) => (list.length >= 10 ? list : [...list, doc]))}
          />
        </Form.Item>
        {answer === 'counterfeit' ? (
          <>
            <Form.Item
              name="rightId"
              label={t('fileNotice.right')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <RightPicker orgId={c.brandOrgId} />
            </Form.Item>
            <Form.Item
              name="statements"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v) =>
                    v ? Promise.resolve() : Promise.reject(new Error(t('common.required'))),
                },
              ]}
            >
              <Checkbox>{t('jointForce.statements')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        {submit.error ? <ProblemAlert error={submit.error} /> : null}
        <Button type="primary" htmlType="submit" loading={submit.isPending} danger={answer === 'counterfeit'}>
          {t('jointForce.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** One verification case: the listing, why it was sent, the price against the range, the deadline, the answer. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const detail = useQuery({
    queryKey: ['joint-force', 'case', id],
    queryFn: () => call(api.GET('/v1/joint-force/cases/{id}', { params: { path: { id } } })),
  });
  return (
    <QueryState query={detail}>
      {(c) => (
        <>
          <Typography.Title level={1}>{c.listing.title}</Typography.Title>
          <Space style={{ marginBottom: 16 }} wrap>
            <StatusTag status={c.status} />
            <span>
              {t('jointForce.due')}: <Due c={c} />
            </span>
            <Link to="/joint-force">{t('jointForce.backToQueue')}</Link>
          </Space>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={t('common.listing')}>
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('jointForce.title')}>
                    <a href={c.listing.url} target="_blank" rel="noreferrer">
                      {c.listing.title}
                    </a>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('jointForce.price')}>
                    <Price listing={c.listing} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('jointForce.store')}>
                    {c.listing.store.name} ({c.listing.store.externalId})
                  </Descriptions.Item>
                  <Descriptions.Item label={t('jointForce.brand')}>
                    {c.brandName ?? c.brandId ?? '—'} · {c.brandOrgName}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('jointForce.sent')}>{f.dateTime(c.sentAt)}</Descriptions.Item>
                  <Descriptions.Item label={t('detection.score')}>
                    {f.number(Math.round(c.score * 100) / 100)}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('jointForce.priceTitle')}>
                <PriceCheck c={c} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('jointForce.signals')}>
                <Signals c={c} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('jointForce.images')} data-testid="joint-force-images">
                {/* The listing's images beside the brand's reference images they match (src/images). */}
                <ImageMatches listingId={c.listing.id} />
                {c.listing.imageUrls.length === 0 ? (
                  <Typography.Text type="secondary">{t('jointForce.noImages')}</Typography.Text>
                ) : (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {c.listing.imageUrls.map((url) => (
                      <li key={url}>
                        <a href={url} target="_blank" rel="noreferrer">
                          {url}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </Col>
            <Col xs={24}>
              {c.answer ? (
                <Card title={t('jointForce.answerGiven')}>
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t('jointForce.answerLabel')}>
                      <StatusTag status={c.answer.answer} />
                    </Descriptions.Item>
                    <Descriptions.Item label={t('jointForce.reason')}>
                      {c.answer.reason ?? '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('jointForce.answeredAt')}>
                      {f.dateTime(c.answer.answeredAt)}
                    </Descriptions.Item>
                    {c.answer.noticeId ? (
                      <Descriptions.Item label={t('jointForce.notice')}>
                        <Link to={`/notices/${c.answer.noticeId}`}>{t('jointForce.openNotice')}</Link>
                      </Descriptions.Item>
                    ) : null}
                    {c.answer.exemptionId ? (
                      <Descriptions.Item label={t('jointForce.exemption')}>
                        {t('jointForce.exempted')}
                      </Descriptions.Item>
                    ) : null}
                  </Descriptions>
                </Card>
              ) : c.mayAnswer ? (
                <AnswerCase c={c} />
              ) : c.status === 'waiting' ? (
                <Alert type="info" showIcon title={t('jointForce.readOnly')} />
              ) : null}
            </Col>
          </Row>
        </>
      )}
    </QueryState>
  );
}
