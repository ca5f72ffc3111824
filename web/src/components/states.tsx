import { Alert, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <output style={{ display: 'block', padding: 48, textAlign: 'center' }} aria-live="polite">
      <Spin />
      <div>{t('common.loading')}</div>
    </output>
  );
}

/** An API problem document: title, detail and every field error, never a blank page. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem =
    error instanceof ProblemError
      ? error.problem
      : { title: t('common.unexpectedError'), status: 0, detail: String(error), errors: undefined };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problem.title}
      description={
        <>
          {problem.detail ? <div>{problem.detail}</div> : null}
          {problem.errors?.length ? (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problem.errors.map((e) => (
                <li key={e.pointer + e.detail}>
                  <code>{e.pointer || '/'}</code>: {e.detail}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      }
    />
  );
}

/** Loading, error and empty states around a query's content. */
export function QueryState<T>({
  query,
  empty,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  empty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoading />;
  if (query.error) return <ProblemAlert error={query.error} />;
  const data = query.data as T;
  if (empty?.(data)) return <Empty description={t('common.empty')} />;
  return <>{children(data)}</>;
}

/** Field errors of a problem, keyed by form field name, for antd Form.setFields. */
export function fieldErrors(
  error: unknown,
  toField: (pointer: string) => (string | number)[] | null,
  // biome-ignore lint/suspicious/noExplicitAny: antd types field names per form; pointers are checked at run time
): any[] {
  if (!(error instanceof ProblemError)) return [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const e of error.problem.errors ?? []) {
    const name = toField(e.pointer);
    if (!name) continue;
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.detail);
    byField.set(key, entry);
  }
  return [...byField.values()];
}

/** `/items/0/evidence/1/documentSha256` -> ['items', 0, 'evidence', 1, 'documentSha256'] */
export function pointerPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~')));
}
