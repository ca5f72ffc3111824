import { useQuery } from '@tanstack/react-query';
import { Card, Form, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ImageMatches } from '../../components/ImageMatches';
import { ListingFinder } from '../../components/ListingFinder';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';

const STATUS_COLOUR: Record<string, string> = {
  hashed: 'green',
  pending: 'blue',
  failed: 'red',
  skipped: 'orange',
};

/** Operators: a listing's images (fetched or pushed), their status, failure reason and retries, and matches. */
export default function ListingImages() {
  const { t } = useTranslation();
  const f = useFormat();
  const [listingId, setListingId] = useState<string | undefined>();
  const images = useQuery({
    queryKey: ['listing-images', listingId],
    enabled: listingId !== undefined,
    queryFn: () =>
      call(api.GET('/v1/listings/{id}/images', { params: { path: { id: listingId as string } } })),
  });
  return (
    <>
      <Typography.Title level={1}>{t('images.listingTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('images.listingIntro')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t('images.findListing')} htmlFor="image-listing">
          <ListingFinder
            id="image-listing"
            {...(listingId ? { value: listingId } : {})}
            onChange={setListingId}
          />
        </Form.Item>
      </Form>
      {listingId ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card title={t('images.listingImages')}>
            <QueryState query={images}>
              {(data) => (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={data.items}
                  locale={{ emptyText: t('images.noImages') }}
                  columns={[
                    { title: '#', render: (_, i) => i.position + 1 },
                    {
                      title: t('images.source'),
                      render: (_, i) =>
                        i.url ? <Typography.Text copyable>{i.url}</Typography.Text> : t('images.pushed'),
                    },
                    {
                      title: t('images.status'),
                      render: (_, i) => (
                        <Tag color={STATUS_COLOUR[i.status] ?? 'default'}>
                          {t(`images.statusValue.${i.status}`)}
                        </Tag>
                      ),
                    },
                    { title: t('images.reason'), render: (_, i) => i.reason ?? '—' },
                    { title: t('images.attempts'), dataIndex: 'attempts' },
                    { title: t('images.nextAttempt'), render: (_, i) => f.dateTime(i.nextAttemptAt) },
                    { title: t('images.qualityColumn'), render: (_, i) => i.quality ?? '—' },
                  ]}
                />
              )}
            </QueryState>
          </Card>
          <Card title={t('images.matchesOfListing')}>
            <ImageMatches listingId={listingId} />
          </Card>
        </Space>
      ) : null}
    </>
  );
}
