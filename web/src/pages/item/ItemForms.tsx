import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { DropZone, type UploadedDocument } from '../../components/DropZone';
import { ShaTag } from '../../components/ShaTag';
import { fieldErrors, ProblemAlert, pointerPath } from '../../components/states';
import { useFormat } from '../../format';
import { ReceiptButton } from '../receipts/ReceiptButton';

type CounterNotice =
  paths['/v1/items/{id}/counter-notice']['get']['responses'][200]['content']['application/json'];
type CounterBody = NonNullable<
  paths['/v1/items/{id}/counter-notice']['post']['requestBody']
>['content']['application/json'];
const GROUNDS: CounterBody['grounds'] = [
  'mistake',
  'misidentification',
  'licensed',
  'genuine_goods',
  'second_hand_goods',
  'gray_market_import',
  'not_infringing',
];
const COUNTER_EVIDENCE: CounterBody['evidence'][number]['kind'][] = [
  'licence',
  'invoice',
  'purchase_chain',
  'brand_authorization',
  'authenticity_proof',
  'other',
];

function useRefreshItem(itemId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['item', itemId] });
}

function Documents({ docs, onAdd }: { docs: UploadedDocument[]; onAdd: (d: UploadedDocument) => void }) {
  return (
    <>
      <DropZone onUploaded={onAdd} />
      <div style={{ marginTop: 8 }}>
        {docs.map((d) => (
          <ShaTag key={d.sha256} sha={d.sha256} name={d.filename} />
        ))}
      </div>
    </>
  );
}

export function InfoResponseForm({ itemId, item }: { itemId: string; item: { infoRequests: unknown[] } }) {
  const { t } = useTranslation();
  const refresh = useRefreshItem(itemId);
  const [docs, setDocs] = useState<UploadedDocument[]>([]);
  const [form] = Form.useForm<{ answer: string }>();
  const send = useMutation({
    mutationFn: (v: { answer: string }) =>
      call(
        api.POST('/v1/items/{id}/info-response', {
          params: { path: { id: itemId } },
          body: { answer: v.answer, documentShas: docs.map((d) => d.sha256) },
        }),
      ),
    onSuccess: () => void refresh(),
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const last = item.infoRequests.at(-1) as { question?: string } | undefined;
  return (
    <Card title={t('item.infoRequested')}>
      {last?.question ? <p>{last.question}</p> : null}
      {send.error ? <ProblemAlert error={send.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="answer"
          label={t('item.yourAnswer')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Documents docs={docs} onAdd={(d) => setDocs((l) => [...l, d])} />
        <Button type="primary" htmlType="submit" loading={send.isPending} style={{ marginTop: 12 }}>
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export function CounterNoticeView({ cn }: { cn: CounterNotice }) {
  const { t } = useTranslation();
  const f = useFormat();
  const answer = cn.answer as { kind?: string; text?: string; at?: string } | null;
  return (
    <Card
      title={t('counter.title')}
      extra={<ReceiptButton kind="counter_notice" id={cn.id} />}
      data-testid="counter-notice"
    >
      <Descriptions column={1}>
        <Descriptions.Item label={t('common.status')}>
          <Tag>{t(`counterStatus.${cn.status}`, cn.status)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('counter.filedAt')}>{f.dateTime(cn.filedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('counter.grounds')}>
          {cn.grounds.map((g) => (
            <Tag key={g}>{t(`ground.${g}`, g)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('counter.explanation')}>{cn.explanation}</Descriptions.Item>
        <Descriptions.Item label={t('fileNotice.evidence')}>
          {cn.evidence.map((e) => (
            <ShaTag key={e.documentSha256} sha={e.documentSha256} name={e.kind} href={e.downloadPath} />
          ))}
        </Descriptions.Item>
        {answer ? (
          <Descriptions.Item label={t('counter.answer')}>
            <Tag>{t(`answerKind.${answer.kind}`, String(answer.kind))}</Tag> {answer.text}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

interface AnswerValues {
  kind: 'action_filed' | 'response';
  text: string;
  caseReference?: string;
  court?: string;
}

export function AnswerForm({ counterNoticeId, itemId }: { counterNoticeId: string; itemId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshItem(itemId);
  const [docs, setDocs] = useState<UploadedDocument[]>([]);
  const [form] = Form.useForm<AnswerValues>();
  const kind = Form.useWatch('kind', form);
  const send = useMutation({
    mutationFn: (v: AnswerValues) =>
      call(
        api.POST('/v1/counter-notices/{id}/answer', {
          params: { path: { id: counterNoticeId } },
          body: {
            kind: v.kind,
            text: v.text,
            ...(v.caseReference ? { caseReference: v.caseReference } : {}),
            ...(v.court ? { court: v.court } : {}),
            documentShas: docs.map((d) => d.sha256),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('counter.answered'));
      void refresh();
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  return (
    <Card title={t('counter.answerTitle')}>
      {send.error ? <ProblemAlert error={send.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'response' }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item name="kind" label={t('counter.answerKind')}>
          <Radio.Group
            options={[
              { value: 'response', label: t('answerKind.response') },
              { value: 'action_filed', label: t('answerKind.action_filed') },
            ]}
          />
        </Form.Item>
        {kind === 'action_filed' ? (
          <Space wrap>
            <Form.Item
              name="caseReference"
              label={t('counter.caseReference')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="court"
              label={t('counter.court')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
          </Space>
        ) : null}
        <Form.Item
          name="text"
          label={t('counter.answerText')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Documents docs={docs} onAdd={(d) => setDocs((l) => [...l, d])} />
        <Button type="primary" htmlType="submit" loading={send.isPending} style={{ marginTop: 12 }}>
          {t('counter.sendAnswer')}
        </Button>
      </Form>
    </Card>
  );
}

interface CounterValues {
  grounds: CounterBody['grounds'];
  identification: string;
  explanation: string;
  evidenceKind: CounterBody['evidence'][number]['kind'];
  contact: CounterBody['contact'];
  signature: string;
  statements: { goodFaithMistake?: boolean; consentToJurisdiction?: boolean; acceptService?: boolean };
}

export function CounterNoticeForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshItem(itemId);
  const [docs, setDocs] = useState<UploadedDocument[]>([]);
  const [form] = Form.useForm<CounterValues>();
  const send = useMutation({
    mutationFn: (v: CounterValues) =>
      call(
        api.POST('/v1/items/{id}/counter-notice', {
          params: { path: { id: itemId } },
          body: {
            statements: {
              goodFaithMistake: v.statements.goodFaithMistake === true,
              consentToJurisdiction: v.statements.consentToJurisdiction === true,
              acceptService: v.statements.acceptService === true,
            },
            identification: v.identification,
            grounds: v.grounds,
            explanation: v.explanation,
            evidence: docs.map((d) => ({ kind: v.evidenceKind, documentSha256: d.sha256 })),
            contact: v.contact,
            signature: v.signature,
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('counter.filed'));
      void refresh();
    },
    onError: (e) =>
      form.setFields(
        fieldErrors(e, (p) => {
          const path = pointerPath(p);
          if (path[0] === 'evidence') return ['evidenceKind'];
          return path[0] === 'contact' || path[0] === 'statements' ? path.slice(0, 2) : path.slice(0, 1);
        }),
      ),
  });
  return (
    <Card title={t('counter.fileTitle')}>
      {send.error ? <ProblemAlert error={send.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ grounds: [], evidenceKind: 'invoice', statements: {} }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item
          name="grounds"
          label={t('counter.grounds')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select mode="multiple" options={GROUNDS.map((g) => ({ value: g, label: t(`ground.${g}`) }))} />
        </Form.Item>
        <Form.Item
          name="identification"
          label={t('counter.identification')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="explanation"
          label={t('counter.explanation')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="evidenceKind" label={t('counter.evidenceKind')}>
          <Select options={COUNTER_EVIDENCE.map((k) => ({ value: k, label: t(`counterEvidence.${k}`) }))} />
        </Form.Item>
        <Documents docs={docs} onAdd={(d) => setDocs((l) => [...l, d])} />
        <Space wrap style={{ marginTop: 12 }}>
          {(['name', 'email', 'phone', 'address'] as const).map((k) => (
            <Form.Item
              key={k}
              name={['contact', k]}
              label={t(`counter.contact.${k}`)}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
          ))}
        </Space>
        {(['goodFaithMistake', 'consentToJurisdiction', 'acceptService'] as const).map((s) => (
          <Form.Item
            key={s}
            name={['statements', s]}
            valuePropName="checked"
            rules={[
              {
                validator: (_, v) =>
                  v ? Promise.resolve() : Promise.reject(new Error(t('fileNotice.mustConfirm'))),
              },
            ]}
          >
            <Checkbox>{t(`counterStatement.${s}`)}</Checkbox>
          </Form.Item>
        ))}
        <Form.Item
          name="signature"
          label={t('counter.signature')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {t('counter.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Appeals a notice item's decision in force, or (with `decisionId`) one decision about anything. */
export function AppealForm(props: { itemId: string } | { decisionId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [docs, setDocs] = useState<UploadedDocument[]>([]);
  const [form] = Form.useForm<{ grounds: string }>();
  const send = useMutation({
    mutationFn: (v: { grounds: string }) => {
      const body = { grounds: v.grounds, documentShas: docs.map((d) => d.sha256) };
      return 'itemId' in props
        ? call(api.POST('/v1/items/{id}/appeals', { params: { path: { id: props.itemId } }, body }))
        : call(api.POST('/v1/decisions/{id}/appeals', { params: { path: { id: props.decisionId } }, body }));
    },
    onSuccess: () => {
      message.success(t('appeal.filed'));
      setOpen(false);
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('appeal.open')}
      </Button>
    );
  return (
    <Card title={t('appeal.title')}>
      {send.error ? <ProblemAlert error={send.error} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="grounds"
          label={t('appeal.grounds')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Documents docs={docs} onAdd={(d) => setDocs((l) => [...l, d])} />
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t('appeal.submit')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
