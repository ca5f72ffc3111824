import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { Clock } from '../../components/Clock';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';
import { shortId } from '../../short-id';
import { WITHDRAWABLE, WithdrawButton } from '../brand/Withdraw';
import { LetterCard, ProvisionalCard, StandingBadges } from '../review/GoodFaith';
import { AnswerForm, AppealForm, CounterNoticeForm, CounterNoticeView, InfoResponseForm } from './ItemForms';
import { Timeline } from './Timeline';

export function useItem(id: string) {
  return useQuery({
    queryKey: ['item', id],
    queryFn: () => call(api.GET('/v1/items/{id}', { params: { path: { id } } })),
  });
}
/** The item's counter-notice, asked for only when the item says one was filed (no 404 probe). */
export function useCounterNotice(id: string, filed: boolean) {
  return useQuery({
    queryKey: ['item', id, 'counter-notice'],
    enabled: filed,
    queryFn: () => call(api.GET('/v1/items/{id}/counter-notice', { params: { path: { id } } })),
  });
}

/** The item as its parties see it: clock, listing, decision, counter-notice, forms for their move. */
export default function ItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const areas = areasOf(me.data);
  const item = useItem(id);
  const clock = useQuery({
    queryKey: ['item', id, 'clock'],
    queryFn: () => call(api.GET('/v1/items/{id}/clock', { params: { path: { id } } })),
  });
  const counter = useCounterNotice(id, Boolean(item.data?.counterNoticeId));
  return (
    <QueryState query={item}>
      {(data) => {
        const listing = data.listing as { title?: string; url?: string; externalId?: string };
        const notice = data.notice as { id?: string; infringementType?: string };
        const isSeller = areas.has('seller');
        const isBrand = areas.has('brand');
        const cn = counter.data;
        return (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
              <Typography.Title level={1}>{listing.title ?? t('item.title')}</Typography.Title>
              {isBrand && WITHDRAWABLE.includes(data.state) ? (
                <WithdrawButton target="item" id={id} name={listing.title} />
              ) : null}
            </Space>
            {data.notifierSanctions.map((s) => (
              <Alert
                key={s.sanctionId}
                type={s.reversed ? 'info' : 'warning'}
                showIcon
                data-testid="notifier-sanctioned"
                message={t(s.reversed ? 'misuse.itemReversed' : 'misuse.itemSanctioned', {
                  level: t(`misuse.levels.${s.level}`),
                  kind: t(`misuse.kinds.${s.findingKind}`),
                  date: f.dateTime(s.imposedAt),
                })}
              />
            ))}
            <Card title={t('item.status')}>
              <Descriptions column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('item.state')}>
                  <Tag data-testid="item-state">{t(`state.${data.state}`, data.state)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('item.clock')}>
                  {clock.data ? (
                    <Clock party={clock.data.party} dueAt={clock.data.dueAt} overdue={clock.data.overdue} />
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('item.notice')}>
                  {notice.id ? <Link to={`/notices/${notice.id}`}>{shortId(notice.id)}</Link> : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('notices.type')}>
                  {notice.infringementType
                    ? t(`infringement.${notice.infringementType}`, notice.infringementType)
                    : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.listing')}>
                  {listing.url ? (
                    <a href={listing.url} target="_blank" rel="noreferrer">
                      {listing.externalId ?? listing.url}
                    </a>
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.due')}>{f.dateTime(data.slaDueAt)}</Descriptions.Item>
                <Descriptions.Item label={t('goodFaith.standing')}>
                  <StandingBadges
                    goodFaith={data.notice.goodFaith}
                    trustedFlagger={data.notice.trustedFlagger}
                    expedited={data.expedited}
                  />
                </Descriptions.Item>
              </Descriptions>
            </Card>
            {data.provisional ? (
              <ProvisionalCard itemId={id} provisional={data.provisional} canDecide={false} />
            ) : null}
            {data.notice.letter ? <LetterCard letter={data.notice.letter} /> : null}
            {isBrand && data.state === 'info_requested' ? <InfoResponseForm itemId={id} item={data} /> : null}
            {cn ? <CounterNoticeView cn={cn} /> : null}
            {isBrand && cn?.status === 'open' ? <AnswerForm counterNoticeId={cn.id} itemId={id} /> : null}
            {isSeller && data.state === 'removed' && data.counterNoticeId === null ? (
              <CounterNoticeForm itemId={id} />
            ) : null}
            {(isSeller || isBrand) && ['removed', 'rejected', 'reinstated'].includes(data.state) ? (
              <AppealForm itemId={id} />
            ) : null}
            <Timeline itemId={id} />
          </Space>
        );
      }}
    </QueryState>
  );
}
