import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';
import { shortId } from '../../short-id';
import { AppealForm } from '../item/ItemForms';

/** A notifier's own warnings and sanctions for misuse: where it stands, the history, the notices behind each. */
export default function MyWarnings() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const orgId = me.data?.organisation?.id;
  const misuse = useQuery({
    queryKey: ['misuse', orgId],
    enabled: orgId !== undefined,
    queryFn: () =>
      call(api.GET('/v1/notifiers/{orgId}/misuse', { params: { path: { orgId: orgId as string } } })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('misuse.mineTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('misuse.mineIntro')}</Typography.Paragraph>
      <QueryState query={misuse}>
        {(data) => {
          const findings = new Map(data.findings.map((x) => [x.id, x]));
          return (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Alert
                type={
                  data.status === 'good_standing' ? 'success' : data.status === 'warned' ? 'warning' : 'error'
                }
                showIcon
                message={t(`misuse.standing.${data.status}`, { until: f.dateTime(data.until) })}
              />
              {data.sanctions.length === 0 ? (
                <Empty description={t('misuse.noSanctions')} />
              ) : (
                data.sanctions.map((s) => {
                  const finding = s.findingId ? findings.get(s.findingId) : undefined;
                  return (
                    <Card
                      key={s.id}
                      title={
                        <Space>
                          <Tag color={s.active ? 'red' : 'default'}>{t(`misuse.levels.${s.level}`)}</Tag>
                          {s.findingKind ? t(`misuse.kinds.${s.findingKind}`) : t('misuse.byHand')}
                        </Space>
                      }
                    >
                      <Descriptions column={{ xs: 1, md: 2 }} size="small">
                        <Descriptions.Item label={t('misuse.imposed')}>
                          {f.dateTime(s.startsAt)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('misuse.until')}>
                          {f.dateTime(s.endsAt)}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('misuse.status')}>
                          {s.liftedCause
                            ? t(`misuse.lifted.${s.liftedCause}`)
                            : s.active
                              ? t('misuse.inForce')
                              : t('misuse.ended')}
                        </Descriptions.Item>
                        <Descriptions.Item label={t('misuse.statement')}>
                          <Link to={`/statements/${s.decisionId}`}>{t('misuse.readStatement')}</Link>
                        </Descriptions.Item>
                      </Descriptions>
                      <Typography.Paragraph>{s.reasonText}</Typography.Paragraph>
                      {finding ? (
                        <List
                          size="small"
                          header={t('misuse.behind')}
                          dataSource={[...new Set(finding.items.map((i) => i.noticeId))]}
                          renderItem={(n) => (
                            <List.Item>
                              <Link to={`/notices/${n}`}>{t('misuse.notice', { id: shortId(n) })}</Link>
                            </List.Item>
                          )}
                        />
                      ) : null}
                      {s.active ? <AppealForm decisionId={s.decisionId} /> : null}
                    </Card>
                  );
                })
              )}
            </Space>
          );
        }}
      </QueryState>
    </>
  );
}
