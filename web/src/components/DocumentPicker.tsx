import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import { useFormat } from '../format';

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

/**
 * Picks one of the organisation's uploaded documents instead of uploading it again: those used
 * with the right first (when a right is given), then the newest of all.
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
  const forRight = useOwnDocuments(rightId);
  const all = useOwnDocuments();
  const option = (d: OwnDocument) => ({
    value: d.sha256,
    label: `${documentLabel(d)} · ${d.mediaType} · ${f.dateTime(d.uploadedAt)}`,
  });
  const seen = new Set(exclude);
  const rightDocs = rightId ? (forRight.data?.items ?? []).filter((d) => !seen.has(d.sha256)) : [];
  const rightShas = new Set(rightDocs.map((d) => d.sha256));
  const others = (all.data?.items ?? []).filter((d) => !seen.has(d.sha256) && !rightShas.has(d.sha256));
  const docs = [...rightDocs, ...others];
  if (docs.length === 0) return null;
  return (
    <Select
      aria-label={t('upload.reuse')}
      placeholder={t('upload.reuse')}
      style={{ marginTop: 8, minWidth: 320 }}
      value={null}
      showSearch={{ optionFilterProp: 'label' }}
      loading={all.isPending}
      options={[
        ...(rightDocs.length ? [{ label: t('upload.usedWithRight'), options: rightDocs.map(option) }] : []),
        ...(others.length ? [{ label: t('upload.allDocuments'), options: others.map(option) }] : []),
      ]}
      onChange={(sha: string) => {
        const doc = docs.find((d) => d.sha256 === sha);
        if (doc) onPick(doc);
      }}
    />
  );
}
