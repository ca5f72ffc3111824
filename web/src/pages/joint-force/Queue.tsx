import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { type CaseSummary, Due, Price, StatusTag } from './shared';

type Filter = 'waiting' | 'answered' | 'all';

/**
 * The brand's verification queue (Joint Force): listings detection sent it, the backlog and the
 * deadlines first. An agent sees the brands it represents; operator staff see every brand's.
 * GET /v1/joint-force/cases.
 */
export default function Queue() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const brandId = params.get('brandId') ?? undefined;
  const [filter, setFilter] = useState<Filter>('waiting');
  const page = usePage(50, `${filter}-${brandId ?? ''}`);
  const query = { ...page.query, ...(brandId ? { brandId } : {}) };
  const cases = useQuery({
    queryKey: ['joint-force', 'cases', filter, brandId ?? null, page.page],
    queryFn: () =>
      call(
        api.GET('/v1/joint-force/cases', {
          params: { query: { ...query, ...(filter === 'all' ? {} : { status: filter }) } },
        }),
      ),
  });
  // The backlog: every case waiting (up to 500), and how many are past their deadline.
  const backlog = useQuery({
    queryKey: ['joint-force', 'backlog', brandId ?? null],
    queryFn: () =>
      call(
        api.GET('/v1/joint-force/cases', {
          params: { query: { status: 'waiting', limit: 500, offset: 0, ...(brandId ? { brandId } : {}) } },
        }),
      ),
  });
  const waiting = backlog.data?.items ?? [];
  const nextDue = waiting.find((c) => c.dueAt)?.dueAt ?? null;
  return (
    <>
      <Typography.Title level={1}>{t('jointForce.queueTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('jointForce.queueIntro')}</Typography.Paragraph>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('jointForce.backlog')} value={waiting.length} loading={backlog.isPending} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic
              title={t('jointForce.overdue')}
              value={waiting.filter((c) => c.overdue).length}
              loading={backlog.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic
              title={t('jointForce.nextDue')}
              value={nextDue ? f.dateTime(nextDue) : '—'}
              loading={backlog.isPending}
            />
          </Card>
        </Col>
      </Row>
      <Segmented<Filter>
        aria-label={t('common.status')}
        style={{ marginBottom: 12 }}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'waiting', label: t('jointForce.filter.waiting') },
          { value: 'answered', label: t('jointForce.filter.answered') },
          { value: 'all', label: t('jointForce.filter.all') },
        ]}
      />
      <QueryState query={cases}>
        {(data) => (
          <>
            <Table<CaseSummary>
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: t('jointForce.none') }}
              columns={[
                {
                  title: t('common.listing'),
                  render: (_, c) => <Link to={`/joint-force/${c.id}`}>{c.listing.title}</Link>,
                },
                { title: t('jointForce.store'), render: (_, c) => c.listing.store.name },
                { title: t('jointForce.price'), width: 120, render: (_, c) => <Price listing={c.listing} /> },
                { title: t('jointForce.brand'), render: (_, c) => c.brandOrgName },
                { title: t('jointForce.sent'), width: 170, render: (_, c) => f.dateTime(c.sentAt) },
                { title: t('jointForce.due'), width: 230, render: (_, c) => <Due c={c} /> },
                { title: t('common.status'), width: 130, render: (_, c) => <StatusTag status={c.status} /> },
              ]}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
    </>
  );
}
