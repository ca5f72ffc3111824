import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { ProblemAlert } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';

export type StoreAccountability =
  paths['/v1/stores/{id}/accountability']['get']['responses'][200]['content']['application/json'];
type Sanction = StoreAccountability['sanctions'][number];

const STATUS_COLOUR: Record<string, string> = {
  active: 'green',
  held: 'gold',
  suspended: 'red',
  closed: 'red',
};
const LEVEL_COLOUR: Record<string, string> = {
  warning: 'gold',
  listing_limit: 'gold',
  suspension: 'red',
  closure: 'red',
};

export function StoreStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status] ?? 'default'}>{t(`accountability.status.${status}`)}</Tag>;
}

export function SanctionTag({ level }: { level: string }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLOUR[level] ?? 'default'}>{t(`accountability.level.${level}`)}</Tag>;
}

/**
 * One store's standing: points left of the year's allotment, strikes in force, what the next strike
 * brings, every sanction with its statement of reasons, the education module, and the ledger with
 * the decision behind each entry. `sanctionActions` lets the operator's page add its buttons.
 */
export function Accountability({
  data,
  asSeller,
  sanctionActions,
}: {
  data: StoreAccountability;
  asSeller: boolean;
  sanctionActions?: (s: Sanction) => React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const acknowledge = useMutation({
    mutationFn: () =>
      call(
        api.POST('/v1/stores/{id}/education/acknowledgement', {
          params: { path: { id: data.store.id } },
          body: { moduleVersion: data.education.module.version },
        }),
      ),
    onSuccess: () => {
      message.success(t('accountability.acknowledged'));
      void client.invalidateQueries({ queryKey: ['accountability', data.store.id] });
    },
  });
  const percent = Math.max(0, Math.round((data.balance / data.allotment) * 100));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Descriptions column={{ xs: 1, sm: 2, md: 3 }} data-testid="standing">
          <Descriptions.Item label={t('accountability.store')}>
            {data.store.name} ({data.store.marketplaceName})
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.statusLabel')}>
            <StoreStatusTag status={data.store.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.strikes')}>
            <span data-testid="strikes">{data.strikes}</span>
            <Typography.Text type="secondary">
              {' '}
              {t('accountability.strikeWindow', { days: data.strikeWindowDays })}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.points', { year: data.year })}>
            <Space>
              <Progress
                type="circle"
                size={48}
                percent={percent}
                status={percent <= 25 ? 'exception' : 'normal'}
                format={() => data.balance}
                aria-label={t('accountability.pointsLeft', {
                  balance: data.balance,
                  allotment: data.allotment,
                })}
              />
              <span data-testid="balance">
                {t('accountability.pointsLeft', { balance: data.balance, allotment: data.allotment })}
              </span>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('accountability.next')}>
            {data.nextStrike ? (
              <>
                <SanctionTag level={data.nextStrike.sanction} /> {data.nextStrike.because}
              </>
            ) : (
              t('accountability.nextNone')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {data.education.required ? (
        <Card title={t('accountability.educationTitle')} data-testid="education">
          <Alert
            type="warning"
            showIcon
            title={t('accountability.educationRequired')}
            style={{ marginBottom: 12 }}
          />
          <Typography.Title level={3}>{data.education.module.title[lang]}</Typography.Title>
          <Typography.Paragraph>{data.education.module.body[lang]}</Typography.Paragraph>
          {acknowledge.error ? <ProblemAlert error={acknowledge.error} /> : null}
          {asSeller ? (
            <Button type="primary" loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
              {t('accountability.acknowledge')}
            </Button>
          ) : null}
        </Card>
      ) : null}

      <Card title={t('accountability.sanctions')}>
        <Table
          rowKey="id"
          dataSource={data.sanctions}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('accountability.noSanctions') }}
          columns={[
            { title: t('accountability.sanction'), render: (_, s) => <SanctionTag level={s.level} /> },
            {
              title: t('accountability.state'),
              render: (_, s) =>
                s.active ? (
                  <Tag color="red">{t('accountability.inForce')}</Tag>
                ) : (
                  <Tag>
                    {t(`accountability.ended.${s.liftedCause ?? 'suspension_served'}`, s.liftedCause ?? '')}
                  </Tag>
                ),
            },
            { title: t('accountability.from'), render: (_, s) => f.dateTime(s.startsAt) },
            { title: t('accountability.until'), render: (_, s) => (s.endsAt ? f.dateTime(s.endsAt) : '—') },
            {
              title: t('accountability.why'),
              render: (_, s) => (
                <Space wrap>
                  <Link to={`/statements/${s.decisionId}`}>{t('accountability.statement')}</Link>
                  {asSeller && s.active ? (
                    <Link to={`/statements/${s.decisionId}`}>{t('accountability.howToAppeal')}</Link>
                  ) : null}
                  {s.liftedDecisionId ? (
                    <Link to={`/statements/${s.liftedDecisionId}`}>{t('accountability.liftedBy')}</Link>
                  ) : null}
                </Space>
              ),
            },
            ...(sanctionActions
              ? [{ title: t('common.actions'), render: (_: unknown, s: Sanction) => sanctionActions(s) }]
              : []),
          ]}
        />
      </Card>

      <Card title={t('accountability.ledger', { year: data.year })}>
        <Table
          rowKey="id"
          dataSource={data.ledger}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('accountability.noEntries') }}
          columns={[
            { title: t('common.created'), render: (_, e) => f.dateTime(e.at) },
            { title: t('accountability.entry'), render: (_, e) => t(`accountability.kind.${e.kind}`) },
            {
              title: t('accountability.pointsColumn'),
              render: (_, e) => (
                <Typography.Text {...(e.points < 0 ? { type: 'danger' as const } : {})} strong={e.points > 0}>
                  {e.points > 0 ? `+${e.points}` : e.points}
                </Typography.Text>
              ),
            },
            {
              title: t('accountability.severity'),
              render: (_, e) => (
                <Space wrap>
                  {e.severity ? <Tag>{t(`accountability.severityKind.${e.severity}`)}</Tag> : null}
                  {e.repeat ? <Tag color="red">{t('accountability.repeat')}</Tag> : null}
                  {e.groupedWith ? <Tag>{t('accountability.grouped')}</Tag> : null}
                  {e.restored ? <Tag color="green">{t('accountability.restored')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('accountability.decision'),
              render: (_, e) =>
                e.decisionId ? (
                  <Link to={`/statements/${e.decisionId}`}>
                    {e.decisionKind ? t(`decisionKind.${e.decisionKind}`) : shortId(e.decisionId)}
                  </Link>
                ) : (
                  e.note
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
