import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';
import { shortId } from '../../short-id';
import { ReceiptButton } from '../receipts/ReceiptButton';
import { WITHDRAWABLE, WithdrawButton } from './Withdraw';

export default function NoticePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const isBrand = areasOf(me.data).has('brand');
  const notice = useQuery({
    queryKey: ['notice', id],
    queryFn: () => call(api.GET('/v1/notices/{id}', { params: { path: { id } } })),
  });
  return (
    <QueryState query={notice}>
      {(n) => (
        <>
          <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
            <Typography.Title level={1}>
              {t('notices.notice')} {shortId(n.id)}
            </Typography.Title>
            <Space wrap>
              {isBrand ? <ReceiptButton kind="notice" id={n.id} /> : null}
              {isBrand && n.items.some((i) => WITHDRAWABLE.includes(i.state)) ? (
                <WithdrawButton target="notice" id={n.id} />
              ) : null}
            </Space>
          </Space>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('notices.type')}>
                {t(`infringement.${n.infringementType}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('notices.status')}>
                {t(`noticeStatus.${n.status}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('common.created')}>{f.dateTime(n.createdAt)}</Descriptions.Item>
            </Descriptions>
            {n.explanation ? <Typography.Paragraph>{n.explanation}</Typography.Paragraph> : null}
          </Card>
          <Table
            style={{ marginTop: 16 }}
            rowKey="id"
            dataSource={n.items}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: '#', dataIndex: 'position' },
              {
                title: t('common.listing'),
                render: (_, i) => <Link to={`/items/${i.id}`}>{i.listing.title}</Link>,
              },
              { title: t('item.state'), render: (_, i) => <Tag>{t(`state.${i.state}`, i.state)}</Tag> },
              {
                title: t('common.awaiting'),
                render: (_, i) => (i.awaiting ? t(`party.${i.awaiting}`, i.awaiting) : '—'),
              },
              {
                title: t('common.due'),
                render: (_, i) =>
                  i.awaiting ? `${f.dateTime(i.slaDueAt)} (${f.timeLeft(i.slaDueAt)})` : '—',
              },
              { title: t('common.reason'), render: (_, i) => i.decision?.reasonText ?? '—' },
              ...(isBrand
                ? [
                    {
                      title: t('common.actions'),
                      render: (_: unknown, i: (typeof n.items)[number]) =>
                        WITHDRAWABLE.includes(i.state) ? (
                          <WithdrawButton target="item" id={i.id} name={i.listing.title} size="small" />
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </QueryState>
  );
}
