import { Alert, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { paths } from '../api/schema';
import { shortId } from '../short-id';

export type StoreLinks =
  paths['/v1/stores/{id}/links']['get']['responses'][200]['content']['application/json'];
type LinkedStore = StoreLinks['stores'][number];

const STATUS_COLOURS: Record<LinkedStore['status'], string> = {
  active: 'green',
  held: 'gold',
  suspended: 'red',
  closed: 'red',
};

export function StoreStatusTag({ status }: { status: LinkedStore['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`traders.status_${status}`)}</Tag>;
}

/** A store by its name when the caller may see it, otherwise by where it is and a short id. */
export function useStoreLabel() {
  const { t } = useTranslation();
  return (s: LinkedStore) =>
    s.disclosed && s.name
      ? `${s.name} (${s.marketplaceName})`
      : t('traders.undisclosed', { marketplace: s.marketplaceName, id: shortId(s.id) });
}

/**
 * A store's cluster: every linked store with its status, and each piece of evidence (which kinds
 * of identifier a group of stores share; never the values). Used by the seller's and the
 * operator's pages alike; what each sees of other traders' stores is decided by the API.
 */
export function StoreCluster({ links }: { links: StoreLinks }) {
  const { t } = useTranslation();
  const label = useStoreLabel();
  const byId = new Map(links.stores.map((s) => [s.id, s]));
  if (!links.cluster)
    return <Typography.Paragraph type="secondary">{t('traders.noDetails')}</Typography.Paragraph>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        {t('traders.clusterSize', { size: links.cluster.size, shown: links.cluster.shown })}
      </Typography.Text>
      <Table
        rowKey="id"
        size="small"
        dataSource={links.stores}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('traders.store'),
            render: (_, s) => (
              <Space>
                {label(s)}
                {s.id === links.store.id ? <Tag>{t('traders.thisStore')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('traders.marketplace'), dataIndex: 'marketplaceName' },
          { title: t('traders.statusColumn'), render: (_, s) => <StoreStatusTag status={s.status} /> },
        ]}
      />
      <Typography.Title level={3}>{t('traders.evidence')}</Typography.Title>
      {links.evidence.length === 0 ? (
        <Alert type="info" showIcon message={t('traders.noEvidence')} />
      ) : (
        <List
          bordered
          dataSource={links.evidence}
          renderItem={(e) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Typography.Text strong>
                  {t('traders.shared', { kinds: e.kinds.map((k) => t(`traders.kind_${k}`)).join(', ') })}
                </Typography.Text>
                <Typography.Text>
                  {e.storeIds.map((id) => (byId.get(id) ? label(byId.get(id)!) : shortId(id))).join(' · ')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
