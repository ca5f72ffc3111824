import { Alert, Empty, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';
import i18n from '../i18n';

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
 * Rules the request schemas check (JSON Schema keywords): worded here in every language, after the
 * field's name. Every other rule is the platform's own (`store-suspended`, `appeal-window`...): in
 * English the server's detail says it best (it names the store, the date, the amount); in another
 * language the rule's wording here replaces it, and the detail stays available beside it.
 */
const SCHEMA_RULES = new Set([
  'required',
  'type',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'enum',
  'additionalProperties',
  'minItems',
  'maxItems',
]);

/**
 * What a problem's rule means, in the user's language: for a schema rule its wording here; for a
 * platform rule the server's detail in English, its wording here otherwise (or the detail, when
 * the rule has none here).
 */
export function ruleText(rule: string | undefined, detail: string): string {
  if (!rule) return detail;
  const schema = SCHEMA_RULES.has(rule);
  if (!schema && i18n.language.startsWith('en')) return detail;
  return i18n.t(`problem.rule.${rule}`, {
    limit: schema ? (LIMIT.exec(detail)?.[1] ?? '') : '',
    values: schema ? detail.split(': ').slice(1).join(': ') : '',
    defaultValue: detail,
  });
}

/**
 * An API problem document: title, detail and every field error, never a blank page. The title is
 * chosen by the problem's `code` in the user's language; a field error is named by its field and
 * worded by its `rule` (see ruleText), as is the detail of a problem that names its rule. The
 * server's detail is shown as well where it was replaced (it names what the rule was applied to),
 * except for a validation summary, which the field list replaces.
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
          rule: undefined,
        };
  const code = problem.code;
  const title = code ? t(`problem.${code}`, { defaultValue: problem.title }) : problem.title;
  const fieldErrors = problem.errors ?? [];
  const detail = code === 'VALIDATION_FAILED' && fieldErrors.length > 0 ? null : problem.detail;
  const worded = detail ? ruleText(problem.rule, detail) : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {worded ? <div>{worded}</div> : null}
          {worded && worded !== detail ? (
            <div>
              <Typography.Text type="secondary">
                {t('problem.serverDetail')}: {detail}
              </Typography.Text>
            </div>
          ) : null}
          {fieldErrors.length ? (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {fieldErrors.map((e) => (
                <li key={e.pointer + e.detail}>
                  <code>{e.pointer || t('problem.body')}</code>
                  {': '}
                  {ruleText(e.rule, e.detail)}
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
    entry.errors.push(ruleText(e.rule, e.detail));
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
