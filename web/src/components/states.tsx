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

/** The digits of a limit in a field error's English detail ("must NOT have more than 5000 characters"). */
const LIMIT = /(\d+)/;

/**
 * An API problem document: title, detail and every field error, never a blank page. The title is
 * chosen by the problem's `code` in the user's language; a field error is named by its field and
 * worded by its `rule` (the server's English detail when the rule has no wording here). The
 * server's detail, in English, is shown as well, except for a validation summary, which the field
 * list replaces.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem =
    error instanceof ProblemError
      ? error.problem
      : {
          title: t('common.unexpectedError'),
          status: 0,
          detail: String(error),
          errors: undefined,
          code: undefined,
        };
  const code = problem.code;
  const title = code ? t(`problem.${code}`, { defaultValue: problem.title }) : problem.title;
  const fieldErrors = problem.errors ?? [];
  const detail = code === 'VALIDATION_FAILED' && fieldErrors.length > 0 ? null : problem.detail;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {detail ? <div>{detail}</div> : null}
          {fieldErrors.length ? (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {fieldErrors.map((e) => (
                <li key={e.pointer + e.detail}>
                  <code>{e.pointer || t('problem.body')}</code>
                  {': '}
                  {t(`problem.rule.${e.rule}`, {
                    limit: LIMIT.exec(e.detail)?.[1] ?? '',
                    values: e.detail.split(': ').slice(1).join(': '),
                    defaultValue: e.detail,
                  })}
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
