import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import { useFormat } from '../format';
import { RemoteSelect } from './RemoteSelect';

export type OwnDocument =
  paths['/v1/documents']['get']['responses'][200]['content']['application/json']['items'][number];

/** The caller organisation's uploaded documents (GET /v1/documents), optionally those of one right. */
export function useOwnDocuments(rightId?: string, page = { limit: 100, offset: 0 }) {
  return useQuery({
    queryKey: ['documents', rightId ?? null, page.limit, page.offset],
    queryFn: () =>
      call(api.GET('/v1/documents', { params: { query: { ...page, ...(rightId ? { rightId } : {}) } } })),
  });
}

export function documentLabel(d: OwnDocument): string {
  return d.filename ?? `${d.sha256.slice(0, 12)}…`;
}

async function searchDocuments(q: string, limit: number, rightId?: string): Promise<OwnDocument[]> {
  const query = { limit, offset: 0, ...(q ? { q } : {}), ...(rightId ? { rightId } : {}) };
  return (await call(api.GET('/v1/documents', { params: { query } }))).items;
}

/**
 * Picks one of the organisation's uploaded documents instead of uploading it again: the person
 * types part of the file name or the start of the hash (searched on the server); those used with
 * the right come first (when a right is given), then the newest of all.
 */
export function DocumentPicker({
  rightId,
  onPick,
  exclude = [],
}: {
  rightId?: string | undefined;
  onPick: (doc: OwnDocument) => void;
  exclude?: readonly string[];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  // Nothing uploaded yet: nothing to reuse, so no picker.
  const any = useOwnDocuments(undefined, { limit: 1, offset: 0 });
  if (!any.data || any.data.items.length === 0) return null;
  const forRight = t('upload.usedWithRight');
  const search = async (q: string, limit: number) => {
    const [ofRight, all] = await Promise.all([
      rightId ? searchDocuments(q, limit, rightId) : Promise.resolve([]),
      searchDocuments(q, limit),
    ]);
    const seen = new Set(exclude);
    const first = ofRight.filter((d) => !seen.has(d.sha256));
    for (const d of first) seen.add(d.sha256);
    const rest = all.filter((d) => !seen.has(d.sha256));
    return [
      ...first.map((doc) => ({ doc, withRight: true })),
      ...rest.map((doc) => ({ doc, withRight: false })),
    ].slice(0, limit);
  };
  return (
    <RemoteSelect<{ doc: OwnDocument; withRight: boolean }>
      label={t('upload.reuse')}
      placeholder={t('upload.reuseSearch')}
      style={{ marginTop: 8, minWidth: 320 }}
      queryKey={['documents', 'picker', rightId ?? null, [...exclude].sort()]}
      search={search}
      toOption={({ doc, withRight }) => ({
        value: doc.sha256,
        label: `${documentLabel(doc)} · ${doc.mediaType} · ${f.dateTime(doc.uploadedAt)}`,
        ...(rightId ? { group: withRight ? forRight : t('upload.allDocuments') } : {}),
      })}
      value={null}
      onChange={(_, picked) => {
        if (picked) onPick(picked.doc);
      }}
    />
  );
}
