import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import { QueryState } from './states';

export type ImageMatch =
  paths['/v1/listings/{id}/image-matches']['get']['responses'][200]['content']['application/json']['items'][number];

const COLOUR: Record<ImageMatch['transformation'], string> = {
  identical: 'red',
  near_identical: 'volcano',
  mirrored: 'magenta',
};

/** One match: the brand's reference image beside the listing's image, the distance and what was done. */
export function ImageMatchCard({ match }: { match: ImageMatch }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="image-match">
      <Space align="start" wrap size="large">
        <figure style={{ margin: 0 }}>
          <img
            src={
              match.referenceThumbnail
                ? `/v1/image-references/${match.referenceId}/thumbnail`
                : `/v1/documents/${match.referenceSha256}`
            }
            alt={t('images.referenceAlt', {
              label: match.referenceLabel ?? match.referenceSha256.slice(0, 12),
            })}
            width={160}
            height={160}
            style={{ objectFit: 'contain', background: '#f5f5f5' }}
          />
          <figcaption>
            <Typography.Text type="secondary">
              {match.referenceLabel ?? t('images.reference')}
            </Typography.Text>
          </figcaption>
        </figure>
        <figure style={{ margin: 0 }}>
          {match.imageThumbnail ? (
            <img
              src={`/v1/listing-images/${match.listingImageId}/thumbnail`}
              alt={t('images.listingImageAlt', { n: match.position + 1, title: match.listingTitle })}
              width={160}
              height={160}
              data-testid="listing-image-thumbnail"
              style={{ objectFit: 'contain', background: '#f5f5f5' }}
            />
          ) : (
            <div
              style={{
                width: 160,
                height: 160,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                background: '#f5f5f5',
                textAlign: 'center',
                padding: 8,
              }}
            >
              <Typography.Text>{t('images.noThumbnail', { n: match.position + 1 })}</Typography.Text>
            </div>
          )}
          {match.imageUrl && (
            <div>
              <Typography.Link href={match.imageUrl} target="_blank" rel="noreferrer noopener">
                {t('images.openListingImage', { n: match.position + 1 })}
              </Typography.Link>
            </div>
          )}
          <figcaption>
            <Typography.Text type="secondary">{match.listingTitle}</Typography.Text>
          </figcaption>
        </figure>
        <Space direction="vertical" size={4}>
          <Tag color={COLOUR[match.transformation]}>{t(`images.transformation.${match.transformation}`)}</Tag>
          <Typography.Text>{t('images.distance', { d: match.distance })}</Typography.Text>
          <Typography.Text type="secondary">{t('images.store', { name: match.storeName })}</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}

/**
 * The images of a listing that match brands' reference images (GET /v1/listings/{id}/image-matches):
 * for the Joint Force verification page, the review item and the operator's listing view.
 */
export function ImageMatches({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const matches = useQuery({
    queryKey: ['image-matches', listingId],
    queryFn: () => call(api.GET('/v1/listings/{id}/image-matches', { params: { path: { id: listingId } } })),
  });
  return (
    <QueryState query={matches}>
      {(data) =>
        data.items.length === 0 ? (
          <Empty description={t('images.noMatches')} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {data.items.map((m) => (
              <ImageMatchCard key={`${m.listingImageId}:${m.referenceId}`} match={m} />
            ))}
          </Space>
        )
      }
    </QueryState>
  );
}

export default ImageMatches;
