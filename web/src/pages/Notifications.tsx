import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { Pager, usePage } from '../components/Pager';
import { QueryState } from '../components/states';
import { useFormat } from '../format';

/**
 * Where a notification leads, from the ids its body carries (each kind's body is defined with the
 * kind, src/notifications/notification.kinds.ts): the item, test buy, verification case, or the
 * decision's statement of reasons.
 */
export function notificationLink(n: { itemId: string | null; body: Record<string, unknown> }): string | null {
  const id = (key: string) => (typeof n.body[key] === 'string' ? (n.body[key] as string) : null);
  const itemId = n.itemId ?? id('itemId');
  if (itemId) return `/items/${itemId}`;
  if (id('testBuyId')) return `/test-buys/${id('testBuyId')}`;
  if (id('caseId')) return `/joint-force/${id('caseId')}`;
  if (id('licenceId')) return '/seller/licences';
  if (id('decisionId')) return `/statements/${id('decisionId')}`;
  return null;
}

export default function Notifications() {
  const { t } = useTranslation();
  const f = useFormat();
  const page = usePage();
  const list = useQuery({
    queryKey: ['notifications', page.page],
    queryFn: () => call(api.GET('/v1/notifications', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={1}>{t('nav.notifications')}</Typography.Title>
      <QueryState query={list}>
        {(data) => (
          <>
            <List
              bordered
              dataSource={data.items}
              locale={{ emptyText: t('common.empty') }}
              pagination={false}
              renderItem={(n) => {
                const link = notificationLink(n);
                // a kind the portal does not know yet (a newer server) still shows its code
                const text = t(`notificationKind.${n.kind}`, { ...n.body, defaultValue: n.kind });
                return (
                  <List.Item>
                    <span>
                      {link ? <Link to={link}>{text}</Link> : text}{' '}
                      <Typography.Text type="secondary">{f.dateTime(n.createdAt)}</Typography.Text>
                    </span>
                  </List.Item>
                );
              }}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
    </>
  );
}
