import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { QueryState } from '../../components/states';
import { ProgrammeTag, pct } from './NotifierStanding';

type Query = NonNullable<paths['/v1/notifiers']['get']['parameters']['query']>;
type Row = paths['/v1/notifiers']['get']['responses'][200]['content']['application/json']['items'][number];
type Sort = NonNullable<Query['sort']>;
const PAGE = 25;

/** Operator staff: every notifier with its current figures, sorted on the server, paginated. */
export default function Notifiers() {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['notifiers', sort, order, page],
    queryFn: () =>
      call(
        api.GET('/v1/notifiers', {
          params: { query: { sort, order, limit: PAGE, offset: (page - 1) * PAGE } },
        }),
      ),
  });
  const sorted = (key: Sort) => ({
    key,
    sorter: true,
    sortOrder: sort === key ? (order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });
  return (
    <>
      <Typography.Title level={1}>{t('notifiers.listTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notifiers.listIntro')}</Typography.Paragraph>
      <QueryState query={list}>
        {(data) => (
          <Table<Row>
            rowKey="orgId"
            dataSource={data.items}
            scroll={{ x: 800 }}
            pagination={{ current: page, pageSize: PAGE, total: data.total, showSizeChanger: false }}
            onChange={(pagination, _filters, sorter) => {
              const s = sorter as SorterResult<Row>;
              if (s.order) {
                setSort(String(s.columnKey) as Sort);
                setOrder(s.order === 'ascend' ? 'asc' : 'desc');
              } else {
                setSort('name');
                setOrder('asc');
              }
              setPage(pagination.current ?? 1);
            }}
            columns={[
              {
                title: t('common.name'),
                ...sorted('name'),
                render: (_, r) => <Link to={`/notifiers/${r.orgId}`}>{r.name}</Link>,
              },
              {
                title: t('notifiers.kindColumn'),
                render: (_, r) => (
                  <>
                    {t(`orgKind.${r.kind}`)}
                    {r.vettedAgent ? <div>{t('notifiers.vettedAgent')}</div> : null}
                    {r.trustedFlagger ? (
                      <div>
                        {t('notifiers.trustedFlagger', {
                          authority: r.trustedFlagger.authority,
                          count: r.trustedFlagger.notices,
                        })}
                      </div>
                    ) : null}
                  </>
                ),
              },
              {
                title: t('notifiers.programme'),
                ...sorted('status'),
                render: (_, r) => <ProgrammeTag status={r.programme.status} basis={r.programme.basis} />,
              },
              { title: t('notifiers.fig.notices'), ...sorted('notices'), render: (_, r) => r.totals.notices },
              {
                title: t('notifiers.conformingShare'),
                ...sorted('conformingShare'),
                render: (_, r) => pct(r.rates.conformingShare),
              },
              {
                title: t('notifiers.counterNoticeShare'),
                ...sorted('counterNoticeShare'),
                render: (_, r) => pct(r.rates.counterNoticeShare),
              },
              {
                title: t('notifiers.takedownSuccess'),
                ...sorted('takedownSuccess'),
                render: (_, r) => pct(r.rates.takedownSuccess),
              },
              {
                title: t('notifiers.qualifies'),
                render: (_, r) => (r.qualifies ? t('notifiers.yes') : t('notifiers.no')),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
