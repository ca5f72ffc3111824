import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call, ProblemError, readCookie, selectedOrg } from '../../api/client';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';
import { REFERRAL_COLORS } from './Referrals';

type Status = 'open' | 'referred' | 'investigating' | 'closed';
interface Update {
  agency?: string;
  referenceNumber?: string;
  status: Status;
  arrests?: number | null;
  seizedAmount?: number | null;
  seizedCurrency?: string;
}

/** Downloads the signed bundle (a tar) through fetch, with the portal's CSRF and organisation headers. */
async function downloadBundle(id: string): Promise<string> {
  const headers = new Headers();
  const csrf = readCookie('ipp_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  const org = selectedOrg();
  if (org) headers.set('x-org-id', org);
  const response = await fetch(`/v1/referrals/${id}/export`, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
  });
  if (!response.ok) throw new ProblemError(await response.json());
  const blob = await response.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `referral-${id}.tar`;
  a.click();
  URL.revokeObjectURL(a.href);
  return response.headers.get('x-archive-sha256') ?? '';
}

/** A referral case: the criteria that opened it, the agency and outcome, the signed bundle export. */
export default function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Update>();
  const [exported, setExported] = useState<string | null>(null);
  const referral = useQuery({
    queryKey: ['referral', id],
    queryFn: () => call(api.GET('/v1/referrals/{id}', { params: { path: { id } } })),
  });
  const update = useMutation({
    mutationFn: (v: Update) =>
      call(
        api.PATCH('/v1/referrals/{id}', {
          params: { path: { id } },
          body: {
            version: referral.data?.version ?? 1,
            status: v.status,
            agency: v.agency?.trim() ? v.agency.trim() : null,
            referenceNumber: v.referenceNumber?.trim() ? v.referenceNumber.trim() : null,
            arrests: v.arrests ?? null,
            valueSeized:
              v.seizedAmount !== undefined && v.seizedAmount !== null && v.seizedCurrency
                ? { amountMinor: Math.round(v.seizedAmount * 100), currency: v.seizedCurrency }
                : null,
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('referrals.saved'));
      void client.invalidateQueries({ queryKey: ['referral', id] });
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const exportBundle = useMutation({
    mutationFn: () => downloadBundle(id),
    onSuccess: (sha) => {
      setExported(sha);
      void client.invalidateQueries({ queryKey: ['referral', id] });
    },
  });
  return (
    <QueryState query={referral}>
      {(r) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={1}>{t('referrals.caseTitle', { store: r.store.name })}</Typography.Title>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('referrals.status')}>
              <Tag color={REFERRAL_COLORS[r.status]}>{t(`referrals.statuses.${r.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('referrals.seller')}>{r.seller?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('referrals.marketplace')}>
              {r.marketplace.name} ({r.jurisdiction})
            </Descriptions.Item>
            <Descriptions.Item label={t('referrals.testBuy')}>
              {r.testBuyId ? <Link to={`/test-buys/${r.testBuyId}`}>{shortId(r.testBuyId)}</Link> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('referrals.agency')}>{r.agency ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('referrals.reference')}>{r.referenceNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('referrals.arrests')}>{r.arrests ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('referrals.seized')}>
              {r.valueSeized ? f.currency(r.valueSeized.amountMinor / 100, r.valueSeized.currency) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Card title={t('referrals.criteria')}>
            <List
              size="small"
              dataSource={(['valueMinor', 'units', 'strikes', 'linkedStores'] as const).map((k) => ({
                k,
                ...r.criteria[k],
              }))}
              renderItem={(c) => (
                <List.Item>
                  <Space>
                    <Tag color={c.met ? 'red' : 'default'}>
                      {c.met ? t('referrals.met') : t('referrals.notMet')}
                    </Tag>
                    {t(`referrals.criterion.${c.k}`, {
                      value: c.value,
                      threshold: c.threshold ?? '—',
                    })}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('referrals.updateTitle')}>
            <Form<Update>
              form={form}
              layout="vertical"
              initialValues={{
                status: r.status,
                agency: r.agency ?? '',
                referenceNumber: r.referenceNumber ?? '',
                arrests: r.arrests,
                seizedAmount: r.valueSeized ? r.valueSeized.amountMinor / 100 : null,
                seizedCurrency: r.valueSeized?.currency ?? 'EUR',
              }}
              onFinish={(v) => update.mutate(v)}
            >
              <Space wrap align="start">
                <Form.Item name="status" label={t('referrals.status')}>
                  <Select
                    style={{ minWidth: 160 }}
                    options={(['open', 'referred', 'investigating', 'closed'] as const).map((s) => ({
                      value: s,
                      label: t(`referrals.statuses.${s}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="agency" label={t('referrals.agency')}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item name="referenceNumber" label={t('referrals.reference')}>
                  <Input style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name="arrests" label={t('referrals.arrests')}>
                  <InputNumber min={0} precision={0} />
                </Form.Item>
                <Form.Item name="seizedAmount" label={t('referrals.seized')}>
                  <InputNumber min={0} precision={2} />
                </Form.Item>
                <Form.Item name="seizedCurrency" label={t('referrals.currency')}>
                  <Input style={{ width: 80 }} maxLength={3} />
                </Form.Item>
              </Space>
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t('referrals.save')}
              </Button>
            </Form>
            {update.error ? <ProblemAlert error={update.error} /> : null}
          </Card>
          <Card title={t('referrals.bundle')}>
            <Typography.Paragraph type="secondary">{t('referrals.bundleIntro')}</Typography.Paragraph>
            <List size="small" dataSource={r.sections} renderItem={(s) => <List.Item>{s.title}</List.Item>} />
            <Button type="primary" onClick={() => exportBundle.mutate()} loading={exportBundle.isPending}>
              {t('referrals.export')}
            </Button>
            {exported ? (
              <Typography.Paragraph data-testid="exported" style={{ marginTop: 8 }}>
                {t('referrals.exported', { sha: exported })}
              </Typography.Paragraph>
            ) : null}
            {exportBundle.error ? <ProblemAlert error={exportBundle.error} /> : null}
            {r.exports.length > 0 ? (
              <List
                size="small"
                header={t('referrals.exports')}
                dataSource={r.exports}
                renderItem={(e) => (
                  <List.Item>
                    {t('referrals.exportRow', {
                      at: f.dateTime(e.exportedAt),
                      by: e.exportedBy,
                      files: e.files,
                      sha: e.archiveSha256.slice(0, 16),
                    })}
                  </List.Item>
                )}
              />
            ) : null}
          </Card>
        </Space>
      )}
    </QueryState>
  );
}
