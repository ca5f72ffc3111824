import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Server-side paging for a list endpoint with limit/offset: the page's query and its controls.
 * `resetOn` is the list's filter: another filter starts again at the first page.
 */
export function usePage(size = 50, resetOn: unknown = null) {
  const [state, setState] = useState<{ key: unknown; page: number }>({ key: resetOn, page: 0 });
  const page = Object.is(state.key, resetOn) ? state.page : 0;
  const setPage = (update: (page: number) => number) => setState({ key: resetOn, page: update(page) });
  return { page, setPage, size, query: { limit: size, offset: page * size } };
}

/** Previous / page n / next under a server-paged table; "next" ends at a page shorter than full. */
export function Pager({
  page,
  setPage,
  size,
  shown,
}: {
  page: number;
  setPage: (update: (page: number) => number) => void;
  size: number;
  shown: number;
}) {
  const { t } = useTranslation();
  if (page === 0 && shown < size) return null;
  return (
    <Space style={{ marginTop: 12 }}>
      <Button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
        {t('common.previous')}
      </Button>
      <span>{t('common.page', { page: page + 1 })}</span>
      <Button disabled={shown < size} onClick={() => setPage((p) => p + 1)}>
        {t('common.next')}
      </Button>
    </Space>
  );
}
