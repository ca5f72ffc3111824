import { useQuery } from '@tanstack/react-query';
import { Button, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { ProblemAlert } from './states';

export interface FoundListing {
  id: string;
  title: string;
  url: string;
  marketplaceId: string;
  externalId: string;
  state: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 20;

/**
 * Finds listings across every marketplace: an OpenIPP id, a URL (exactly), or free text (three
 * characters or more: part of the title, or a marketplace listing id); shorter text is taken as a
 * marketplace listing id.
 */
async function findListings(text: string, offset: number): Promise<FoundListing[]> {
  const q = text.trim();
  if (UUID.test(q)) return [await call(api.GET('/v1/listings/{id}', { params: { path: { id: q } } }))];
  const query = /^https?:\/\//i.test(q) ? { url: q } : q.length >= 3 ? { q } : { externalId: q };
  return (await call(api.GET('/v1/listings', { params: { query: { ...query, limit: PAGE, offset } } })))
    .items;
}

/** A form control whose value is a listing id; the person searches, pages through results and picks. */
export function ListingFinder({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [results, setResults] = useState<FoundListing[] | null>(null);
  const [picked, setPicked] = useState<FoundListing | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [more, setMore] = useState(false);
  const marketplaces = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const marketName = new Map((marketplaces.data?.items ?? []).map((m) => [m.id, m.name]));
  const search = async (append = false) => {
    setBusy(true);
    setError(null);
    try {
      const offset = append ? (results?.length ?? 0) : 0;
      const page = await findListings(text, offset);
      setResults(append ? [...(results ?? []), ...page] : page);
      setMore(page.length === PAGE);
    } catch (e) {
      setError(e);
      setResults(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          {...(id ? { id } : {})}
          value={text}
          placeholder={t('listing.searchPlaceholder')}
          aria-label={t('listing.search')}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={(e) => {
            e.preventDefault();
            void search();
          }}
        />
        <Button onClick={() => void search()} loading={busy} disabled={!text.trim()}>
          {t('listing.find')}
        </Button>
      </Space.Compact>
      {error ? <ProblemAlert error={error} /> : null}
      {results ? (
        <List
          size="small"
          bordered
          style={{ marginTop: 8 }}
          dataSource={results}
          locale={{ emptyText: t('listing.none') }}
          renderItem={(l) => (
            <List.Item
              actions={[
                <Button
                  key="pick"
                  size="small"
                  type={value === l.id ? 'primary' : 'default'}
                  onClick={() => {
                    setPicked(l);
                    onChange?.(l.id);
                    setResults(null);
                  }}
                >
                  {t('listing.pick')}
                </Button>,
              ]}
            >
              <Typography.Text>{l.title}</Typography.Text> <Tag>{l.externalId}</Tag>
              {marketName.has(l.marketplaceId) ? (
                <Typography.Text type="secondary">
                  {t('listing.marketplace')}: {marketName.get(l.marketplaceId)}
                </Typography.Text>
              ) : null}
            </List.Item>
          )}
          loadMore={
            more ? (
              <div style={{ textAlign: 'center', margin: 8 }}>
                <Button size="small" onClick={() => void search(true)} loading={busy}>
                  {t('listing.more')}
                </Button>
              </div>
            ) : null
          }
        />
      ) : null}
      {value ? (
        <div style={{ marginTop: 8 }} data-testid="picked-listing">
          <Tag color="blue">{picked?.title ?? value}</Tag>
        </div>
      ) : null}
    </div>
  );
}
