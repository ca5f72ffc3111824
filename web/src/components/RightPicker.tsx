import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import { RemoteSelect } from './RemoteSelect';

type Right = paths['/v1/rights/{id}']['get']['responses'][200]['content']['application/json'];

/**
 * A form control whose value is a right id: the person types part of the name, registration
 * number or owner, and picks among the matches (GET /v1/rights?q=). For an agent, `orgId` keeps
 * the list to the brand it acts for.
 */
export function RightPicker({
  orgId,
  value,
  onChange,
  id,
}: {
  orgId?: string | null;
  value?: string;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <RemoteSelect<Right>
      label={t('fileNotice.right')}
      placeholder={t('picker.right')}
      queryKey={['rights', 'picker', orgId ?? null]}
      search={async (q, limit) =>
        (
          await call(
            api.GET('/v1/rights', {
              params: { query: { limit, offset: 0, ...(q ? { q } : {}), ...(orgId ? { orgId } : {}) } },
            }),
          )
        ).items
      }
      fetchOne={(rightId) => call(api.GET('/v1/rights/{id}', { params: { path: { id: rightId } } }))}
      toOption={(r) => ({
        value: r.id,
        label: `${r.name} (${t(`rightType.${r.type}`)}${r.jurisdiction ? `, ${r.jurisdiction}` : ''}${r.registrationNumber ? ` · ${r.registrationNumber}` : ''})`,
      })}
      value={value ?? null}
      {...(onChange ? { onChange: (next: string | null) => onChange(next) } : {})}
      {...(id ? { id } : {})}
    />
  );
}
