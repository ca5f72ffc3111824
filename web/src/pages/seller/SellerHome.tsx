import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';

/** The seller's statements of reasons and the decisions on their listings, with appeal clocks. */
export default function SellerHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const statementPage = usePage();
  const decisionPage = usePage();
  const statements = useQuery({
    queryKey: ['statements', statementPage.page],
    queryFn: () => call(api.GET('/v1/statements', { params: { query: statementPage.query } })),
    placeholderData: (previous) => previous,
  });
  const decisions = useQuery({
    queryKey: ['decisions', 'seller', decisionPage.page],
    queryFn: () => call(api.GET('/v1/decisions', { params: { query: decisionPage.query } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={1}>{t('seller.title')}</Typography.Title>
      <Card title={t('seller.statements')}>
        <QueryState query={statements}>
          {(data) => (
            <>
              <Table
                rowKey="id"
                dataSource={data.items}
                pagination={false}
                locale={{ emptyText: t('common.empty') }}
                columns={[
                  {
                    title: t('common.listing'),
                    render: (_, s) => (
                      <Link to={`/statements/${s.id}`}>{s.listingTitle ?? shortId(s.id)}</Link>
                    ),
                  },
                  { title: t('seller.decision'), render: (_, s) => <Tag>{t(`decisionKind.${s.kind}`)}</Tag> },
                  { title: t('common.created'), render: (_, s) => f.dateTime(s.createdAt) },
                  {
                    title: t('common.actions'),
                    render: (_, s) =>
                      s.itemId ? <Link to={`/items/${s.itemId}`}>{t('seller.openItem')}</Link> : null,
                  },
                ]}
              />
              <Pager {...statementPage} shown={data.items.length} />
            </>
          )}
        </QueryState>
      </Card>
      <Card title={t('seller.appealClocks')} style={{ marginTop: 16 }}>
        <QueryState query={decisions}>
          {(data) => (
            <>
              <Table
                rowKey="id"
                dataSource={data.items.filter((d) => d.appealableUntil)}
                pagination={false}
                locale={{ emptyText: t('common.empty') }}
                columns={[
                  { title: t('seller.decision'), render: (_, d) => <Tag>{t(`decisionKind.${d.kind}`)}</Tag> },
                  { title: t('common.reason'), dataIndex: 'reasonText' },
                  {
                    title: t('seller.appealUntil'),
                    render: (_, d) => `${f.dateTime(d.appealableUntil)} (${f.timeLeft(d.appealableUntil)})`,
                  },
                  {
                    title: t('common.actions'),
                    // a decision on a listing is contested from its item; any other (a store's sanction, a
                    // test buy's violation, a registration hold) from its statement of reasons
                    render: (_, d) =>
                      d.itemId ? (
                        <Link to={`/items/${d.itemId}`}>{t('seller.openItem')}</Link>
                      ) : (
                        <Link to={`/statements/${d.id}`}>{t('seller.readAndAppeal')}</Link>
                      ),
                  },
                ]}
              />
              <Pager {...decisionPage} shown={data.items.length} />
            </>
          )}
        </QueryState>
      </Card>
    </>
  );
}
