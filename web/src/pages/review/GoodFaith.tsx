import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';

/**
 * What good faith buys, in the portal (issue 12): the expedited path per marketplace (admin), the
 * operator's vetting and trusted-flagger flags on an organisation, the badges of the reviewer
 * queue, the confirm-or-reverse action of a provisional takedown, and the letter behind an agent's
 * notice as its parties (the seller too) read it.
 */
type ItemDetail = paths['/v1/items/{id}']['get']['responses'][200]['content']['application/json'];
type Organisation = paths['/v1/organisations/{id}']['get']['responses'][200]['content']['application/json'];

/** Priority, provisional and trusted-flagger badges (queue rows, item pages). */
export function StandingBadges(props: {
  goodFaith?: boolean;
  trustedFlagger?: boolean;
  expedited?: 'priority' | 'provisional' | null;
}) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {props.expedited === 'provisional' ? (
        <Tag color="magenta" data-testid="badge-provisional">
          {t('goodFaith.provisional')}
        </Tag>
      ) : props.expedited === 'priority' ? (
        <Tag color="gold" data-testid="badge-priority">
          {t('goodFaith.priority')}
        </Tag>
      ) : null}
      {props.goodFaith ? <Tag color="green">{t('goodFaith.goodFaith')}</Tag> : null}
      {props.trustedFlagger ? (
        <Tag color="purple" data-testid="badge-trusted-flagger">
          {t('goodFaith.trustedFlagger')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** The marketplace's expedited path and SLA, one entry of the expedited-path policy (admin). */
export function ExpeditedPathCard({ marketplaceId }: { marketplaceId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ path: 'priority' | 'provisional'; slaHours: number }>();
  const policy = useQuery({
    queryKey: ['policy', 'expedited-path'],
    queryFn: () => call(api.GET('/v1/policies/expedited-path')),
  });
  const save = useMutation({
    mutationFn: (v: { path: 'priority' | 'provisional'; slaHours: number }) => {
      const body = policy.data!.body;
      return call(
        api.PUT('/v1/policies/expedited-path', {
          body: { ...body, marketplaces: { ...body.marketplaces, [marketplaceId]: v } },
        }),
      );
    },
    onSuccess: () => {
      message.success(t('goodFaith.saved'));
      void client.invalidateQueries({ queryKey: ['policy', 'expedited-path'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(-1))),
  });
  return (
    <Card title={t('goodFaith.pathTitle')} style={{ marginTop: 16 }} data-testid="expedited-path">
      <QueryState query={policy}>
        {(p) => {
          const terms = p.body.marketplaces[marketplaceId] ?? p.body.default;
          return (
            <Form form={form} layout="inline" initialValues={terms} onFinish={(v) => save.mutate(v)}>
              <Form.Item name="path" label={t('goodFaith.path')}>
                <Select
                  aria-label={t('goodFaith.path')}
                  style={{ width: 220 }}
                  options={[
                    { value: 'priority', label: t('goodFaith.pathPriority') },
                    { value: 'provisional', label: t('goodFaith.pathProvisional') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="slaHours" label={t('goodFaith.slaHours')}>
                <InputNumber aria-label={t('goodFaith.slaHours')} step={1} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Form>
          );
        }}
      </QueryState>
      {save.error ? <ProblemAlert error={save.error} /> : null}
    </Card>
  );
}

/** The operator's flags: a vetted agent firm, a trusted flagger with its authority and date. */
export function TrustCard({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ authority?: string; since?: string }>();
  const set = useMutation({
    mutationFn: (body: {
      vettedAgent?: boolean;
      trustedFlagger?: { authority: string; since: string } | null;
    }) => call(api.PUT('/v1/organisations/{id}/trust', { params: { path: { id: org.id } }, body })),
    onSuccess: () => {
      message.success(t('goodFaith.saved'));
      void client.invalidateQueries({ queryKey: ['organisation', org.id] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(-1))),
  });
  return (
    <Card title={t('goodFaith.trustTitle')} style={{ marginTop: 16 }} data-testid="trust-card">
      {org.kind === 'agent' ? (
        <Space style={{ marginBottom: 12 }}>
          <Switch
            aria-label={t('goodFaith.vetted')}
            checked={org.vettedAt !== null}
            loading={set.isPending}
            onChange={(checked) => set.mutate({ vettedAgent: checked })}
          />
          <span>{t('goodFaith.vetted')}</span>
        </Space>
      ) : null}
      {org.trustedFlagger ? (
        <Space>
          <Tag color="purple">
            {t('goodFaith.trustedFlagger')}: {org.trustedFlagger.authority} ({org.trustedFlagger.since})
          </Tag>
          <Button onClick={() => set.mutate({ trustedFlagger: null })}>{t('goodFaith.clearFlagger')}</Button>
        </Space>
      ) : (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) =>
            set.mutate({ trustedFlagger: { authority: v.authority ?? '', since: v.since ?? '' } })
          }
        >
          <Form.Item name="authority" label={t('goodFaith.authority')} rules={[{ required: true }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="since" label={t('goodFaith.since')} rules={[{ required: true }]}>
            <Input placeholder="2026-01-15" style={{ width: 140 }} />
          </Form.Item>
          <Button htmlType="submit" loading={set.isPending}>
            {t('goodFaith.makeFlagger')}
          </Button>
        </Form>
      )}
      {set.error ? <ProblemAlert error={set.error} /> : null}
    </Card>
  );
}

/** The letter of authorization behind an agent's notice: agent, brand, scope, expiry. */
export function LetterCard({ letter }: { letter: NonNullable<ItemDetail['notice']['letter']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card title={t('goodFaith.letterTitle')} data-testid="letter-card">
      <Descriptions column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('goodFaith.agent')}>
          {letter.agentName} {letter.agentVetted ? <Tag color="green">{t('goodFaith.vetted')}</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('goodFaith.brand')}>{letter.principalName}</Descriptions.Item>
        <Descriptions.Item label={t('goodFaith.rights')}>
          {letter.rightIds ? f.number(letter.rightIds.length) : t('goodFaith.allRights')}
        </Descriptions.Item>
        <Descriptions.Item label={t('goodFaith.marketplaces')}>
          {letter.marketplaceIds ? f.number(letter.marketplaceIds.length) : t('goodFaith.allMarketplaces')}
        </Descriptions.Item>
        <Descriptions.Item label={t('goodFaith.validUntil')}>
          {letter.validUntil ?? t('goodFaith.noExpiry')}
        </Descriptions.Item>
        <Descriptions.Item label={t('goodFaith.document')}>
          {letter.authorizationSha256 ? (
            <a href={`/v1/documents/${letter.authorizationSha256}`}>
              {letter.authorizationSha256.slice(0, 12)}
            </a>
          ) : (
            t('goodFaith.documentWithheld')
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** A provisional takedown: its status and deadline, and for a reviewer the confirm or reverse action. */
export function ProvisionalCard(props: {
  itemId: string;
  provisional: NonNullable<ItemDetail['provisional']>;
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reasonText: string }>();
  const decide = useMutation({
    mutationFn: (decision: 'confirm' | 'reverse') =>
      call(
        api.POST('/v1/items/{id}/provisional-decision', {
          params: { path: { id: props.itemId } },
          body: { decision, reasonText: form.getFieldValue('reasonText') ?? '' },
        }),
      ),
    onSuccess: (r) => {
      message.success(t(`goodFaith.status.${r.status}`));
      void client.invalidateQueries({ queryKey: ['item', props.itemId] });
      void client.invalidateQueries({ queryKey: ['review-queue'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(-1))),
  });
  const { provisional } = props;
  return (
    <Card title={t('goodFaith.provisionalTitle')} data-testid="provisional-card">
      <Descriptions column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('item.state')}>
          <Tag
            color={provisional.status === 'awaiting' ? 'magenta' : 'default'}
            data-testid="provisional-status"
          >
            {t(`goodFaith.status.${provisional.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('goodFaith.confirmBy')}>
          {f.dateTime(provisional.dueAt)}
        </Descriptions.Item>
      </Descriptions>
      {props.canDecide && provisional.status === 'awaiting' ? (
        <Form form={form} layout="vertical">
          <Form.Item
            name="reasonText"
            label={t('common.reason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space>
            <Button
              type="primary"
              loading={decide.isPending}
              onClick={() => void form.validateFields().then(() => decide.mutate('confirm'))}
            >
              {t('goodFaith.confirm')}
            </Button>
            <Button
              danger
              loading={decide.isPending}
              onClick={() => void form.validateFields().then(() => decide.mutate('reverse'))}
            >
              {t('goodFaith.reverse')}
            </Button>
          </Space>
          {decide.error ? <ProblemAlert error={decide.error} /> : null}
        </Form>
      ) : null}
    </Card>
  );
}
