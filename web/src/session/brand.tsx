import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client';
import { useMe } from './session';

const BRAND_KEY = 'ipp.actingBrand';

/**
 * An agent files for the brands that authorized it: the brand it acts for now, remembered; a
 * brand acts for itself (null).
 */
export function useActingBrand() {
  const me = useMe();
  const isAgent = me.data?.organisation?.kind === 'agent';
  const reps = useQuery({
    queryKey: ['representations'],
    queryFn: () => call(api.GET('/v1/representations')),
    enabled: isAgent,
  });
  const [brand, setBrandState] = useState<string | null>(localStorage.getItem(BRAND_KEY));
  const active = (reps.data?.items ?? []).filter((r) => r.status === 'active');
  // Each representation names the brand it is for: the complete list of brands the agent may act for.
  const options = active.map((r) => ({ value: r.principalOrgId, label: r.principalOrgName }));
  const current = isAgent
    ? (options.find((o) => o.value === brand)?.value ?? options[0]?.value ?? null)
    : null;
  const setBrand = (value: string) => {
    localStorage.setItem(BRAND_KEY, value);
    setBrandState(value);
  };
  return { isAgent, brand: current, options, setBrand };
}

export function BrandSwitch({ acting }: { acting: ReturnType<typeof useActingBrand> }) {
  const { t } = useTranslation();
  if (!acting.isAgent) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <span>{t('brand.actingFor')}</span>{' '}
      <Select
        aria-label={t('brand.actingFor')}
        style={{ minWidth: 200 }}
        value={acting.brand}
        options={acting.options}
        onChange={acting.setBrand}
        data-testid="brand-switch"
      />
    </div>
  );
}
