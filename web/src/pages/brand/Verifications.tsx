import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { Pager, usePage } from '../../components/Pager';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';
import { shortId } from '../../short-id';

type Case = paths['/v1/detection/cases/{id}']['get']['responses'][200]['content']['application/json'];
type Verdict = 'genuine' | 'counterfeit';
type CaseState = Case['state'];
const STATES: CaseState[] = ['open', 'removed', 'dismissed', 'noticed'];

/** Why detection flagged the listing: each signal's matched text and rule, as the API explains it. */
function Signals({ c }: { c: Case }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {c.signals.slice(0, 6).map((s) => (
        <li key={`${s.rule}-${s.span?.start ?? ''}-${s.normalized}`}>
          {s.span ? <mark>{s.span.text}</mark> : null} {s.detail}
        </li>
      ))}
    </ul>
  );
}

/**
 * A brand answers the operator's verification requests for suspicious listings: genuine (the case
 * closes) or counterfeit (it goes to the operator's review). GET /v1/detection/cases as the brand
 * sees it, POST /v1/detection/cases/{id}/brand-verification.
 */
export default function Verifications() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [state, setState] = useState<CaseState | undefined>('open');
  const [answering, setAnswering] = useState<{ c: Case; verdict: Verdict } | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const canAnswer =
    me.data?.organisation?.kind === 'brand' && (me.data?.roles ?? []).includes('rights_holder');
  const page = usePage(50, state);
  const cases = useQuery({
    queryKey: ['detection-cases', 'brand', state, page.page],
    queryFn: () =>
      call(
        api.GET('/v1/detection/cases', {
          params: { query: { action: 'brand_verify', ...page.query, ...(state ? { state } : {}) } },
        }),
      ),
  });
  const answer = useMutation({
    mutationFn: ({ c, verdict, note }: { c: Case; verdict: Verdict; note: string }) =>
      call(
        api.POST('/v1/detection/cases/{id}/brand-verification', {
          params: { path: { id: c.id } },
          body: { verdict, note },
        }),
      ),
    onSuccess: (_, { verdict }) => {
      message.success(t(`verifications.done.${verdict}`));
      setAnswering(null);
      void client.invalidateQueries({ queryKey: ['detection-cases'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });
  const start = (c: Case, verdict: Verdict) => {
    answer.reset();
    form.resetFields();
    setAnswering({ c, verdict });
  };

  return (
    <>
      <Typography.Title level={1}>{t('verifications.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('verifications.intro')}</Typography.Paragraph>
      {!canAnswer ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('verifications.readOnly')} />
      ) : null}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('common.status')}
          placeholder={t('common.status')}
          allowClear
          style={{ minWidth: 180 }}
          value={state ?? null}
          onChange={(v: CaseState | null) => setState(v ?? undefined)}
          options={STATES.map((s) => ({ value: s, label: t(`caseState.${s}`) }))}
        />
      </Space>
      <QueryState query={cases}>
        {(data) => (
          <>
            <Table
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 800 }}
              locale={{ emptyText: t('verifications.none') }}
              columns={[
                {
                  title: t('common.listing'),
                  render: (_, c) =>
                    c.listing ? (
                      <a href={c.listing.url} target="_blank" rel="noreferrer">
                        {c.listing.title}
                      </a>
                    ) : (
                      shortId(c.listingId)
                    ),
                },
                {
                  title: t('detection.score'),
                  width: 90,
                  render: (_, c) => f.number(Math.round(c.score * 100) / 100),
                },
                { title: t('verifications.why'), render: (_, c) => <Signals c={c} /> },
                { title: t('common.created'), width: 170, render: (_, c) => f.dateTime(c.createdAt) },
                {
                  title: t('common.status'),
                  width: 160,
                  render: (_, c) => (
                    <>
                      <Tag>{t(`caseState.${c.state}`)}</Tag>
                      {c.brandNote ? <div>{c.brandNote}</div> : null}
                    </>
                  ),
                },
                {
                  title: t('common.actions'),
                  width: 220,
                  render: (_, c) =>
                    c.state === 'open' && canAnswer ? (
                      <Space wrap>
                        <Button
                          size="small"
                          onClick={() => start(c, 'genuine')}
                          aria-label={`${t('verifications.genuine')}: ${c.listing?.title ?? c.listingId}`}
                        >
                          {t('verifications.genuine')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => start(c, 'counterfeit')}
                          aria-label={`${t('verifications.counterfeit')}: ${c.listing?.title ?? c.listingId}`}
                        >
                          {t('verifications.counterfeit')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
      <Modal
        open={answering !== null}
        title={answering ? t(`verifications.confirm.${answering.verdict}`) : ''}
        okText={answering ? t(`verifications.${answering.verdict}`) : ''}
        okButtonProps={{ danger: answering?.verdict === 'counterfeit' }}
        cancelText={t('common.cancel')}
        confirmLoading={answer.isPending}
        onOk={() => form.submit()}
        onCancel={() => setAnswering(null)}
        destroyOnHidden
      >
        {answering?.c.listing ? <p>{answering.c.listing.title}</p> : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={({ note }) => answering && answer.mutate({ ...answering, note })}
        >
          <Form.Item
            name="note"
            label={t('verifications.note')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 5000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {answer.error ? <ProblemAlert error={answer.error} /> : null}
        </Form>
      </Modal>
    </>
  );
}
