import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';

type Level = 'warning' | 'suspension' | 'termination';
type Kind = 'unfounded' | 'competitor' | 'channel_control' | 'burst';
const KINDS: Kind[] = ['unfounded', 'competitor', 'channel_control', 'burst'];
interface Acting {
  orgId: string;
  orgName: string;
  findingId: string;
}

/** Operator staff: misuse findings (with the notices behind them) and the notifiers under a sanction. */
export default function MisuseFindings() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [kind, setKind] = useState<Kind | undefined>();
  const [status, setStatus] = useState<'open' | 'acted' | 'dismissed' | undefined>('open');
  const findings = useQuery({
    queryKey: ['misuse-findings', kind, status],
    queryFn: () =>
      call(
        api.GET('/v1/misuse/findings', {
          params: {
            query: { limit: 100, offset: 0, ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
          },
        }),
      ),
  });
  const [acting, setActing] = useState<Acting | null>(null);
  const [form] = Form.useForm<{ level: Level; suspensionDays?: number; reasonText: string }>();
  const level = Form.useWatch('level', form);
  const refresh = () => void client.invalidateQueries({ queryKey: ['misuse-findings'] });
  const act = useMutation({
    mutationFn: (v: { level: Level; suspensionDays?: number; reasonText: string }) =>
      call(
        api.POST('/v1/notifiers/{orgId}/sanctions', {
          params: { path: { orgId: acting?.orgId ?? '' } },
          body: {
            level: v.level,
            reasonText: v.reasonText ?? '',
            findingId: acting?.findingId ?? '',
            ...(v.level === 'suspension' ? { suspensionDays: v.suspensionDays } : {}),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('misuse.sanctioned'));
      setActing(null);
      form.resetFields();
      refresh();
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const dismiss = useMutation({
    mutationFn: (id: string) =>
      call(
        api.POST('/v1/misuse/findings/{id}/dismissal', {
          params: { path: { id } },
          body: { reasonText: t('misuse.dismissedByStaff') },
        }),
      ),
    onSuccess: refresh,
  });
  return (
    <>
      <Typography.Title level={1}>{t('misuse.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('misuse.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          aria-label={t('misuse.kind')}
          allowClear
          placeholder={t('misuse.kind')}
          style={{ minWidth: 200 }}
          value={kind}
          onChange={(v) => setKind(v)}
          options={KINDS.map((k) => ({ value: k, label: t(`misuse.kinds.${k}`) }))}
        />
        <Select
          aria-label={t('misuse.status')}
          allowClear
          placeholder={t('misuse.status')}
          style={{ minWidth: 160 }}
          value={status}
          onChange={(v) => setStatus(v)}
          options={(['open', 'acted', 'dismissed'] as const).map((s) => ({
            value: s,
            label: t(`misuse.statuses.${s}`),
          }))}
        />
      </Space>
      <QueryState query={findings}>
        {(data) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('misuse.findings')}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.items}
                locale={{ emptyText: t('misuse.noFindings') }}
                columns={[
                  { title: t('misuse.notifier'), render: (_, r) => r.orgName },
                  { title: t('misuse.kind'), render: (_, r) => <Tag>{t(`misuse.kinds.${r.kind}`)}</Tag> },
                  { title: t('misuse.summary'), render: (_, r) => r.summary },
                  {
                    title: t('misuse.behind'),
                    render: (_, r) => (
                      <Space wrap size={4}>
                        {[...new Set(r.items.map((i) => i.noticeId))].slice(0, 5).map((n) => (
                          <Link key={n} to={`/notices/${n}`}>
                            {shortId(n)}
                          </Link>
                        ))}
                        {t('misuse.itemCount', { count: r.items.length })}
                      </Space>
                    ),
                  },
                  { title: t('misuse.found'), render: (_, r) => f.dateTime(r.createdAt) },
                  {
                    title: t('misuse.status'),
                    render: (_, r) => <Tag>{t(`misuse.statuses.${r.status}`)}</Tag>,
                  },
                  {
                    title: t('common.actions', 'Actions'),
                    render: (_, r) =>
                      r.status === 'open' ? (
                        <Space>
                          <Button
                            size="small"
                            danger
                            onClick={() => setActing({ orgId: r.orgId, orgName: r.orgName, findingId: r.id })}
                          >
                            {t('misuse.act')}
                          </Button>
                          <Button size="small" onClick={() => dismiss.mutate(r.id)}>
                            {t('misuse.dismiss')}
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]}
              />
            </Card>
            <Card title={t('misuse.sanctionedNotifiers')}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.sanctioned}
                locale={{ emptyText: t('misuse.noSanctioned') }}
                columns={[
                  { title: t('misuse.notifier'), render: (_, s) => s.orgName },
                  {
                    title: t('misuse.level'),
                    render: (_, s) => <Tag color="red">{t(`misuse.levels.${s.level}`)}</Tag>,
                  },
                  { title: t('misuse.until'), render: (_, s) => f.dateTime(s.endsAt) },
                  {
                    title: t('misuse.statement'),
                    render: (_, s) => (
                      <Link to={`/statements/${s.decisionId}`}>{t('misuse.readStatement')}</Link>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        )}
      </QueryState>
      <Modal
        open={acting !== null}
        title={t('misuse.actOn', { name: acting?.orgName ?? '' })}
        okText={t('misuse.impose')}
        okButtonProps={{ danger: true, loading: act.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setActing(null)}
      >
        {act.error ? <ProblemAlert error={act.error} /> : null}
        <Form form={form} layout="vertical" onFinish={(v) => act.mutate(v)}>
          <Form.Item
            name="level"
            label={t('misuse.level')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              options={(['warning', 'suspension', 'termination'] as const).map((l) => ({
                value: l,
                label: t(`misuse.levels.${l}`),
              }))}
            />
          </Form.Item>
          {level === 'suspension' ? (
            <Form.Item
              name="suspensionDays"
              label={t('misuse.days')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={1} max={3650} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="reasonText"
            label={t('common.reason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
