import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { JsonPolicy } from '../../components/JsonPolicy';
import { PolicyVersions } from './PolicyVersions';

export default function Policies() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1}>{t('nav.policies')}</Typography.Title>
      <PolicyVersions />
      <JsonPolicy
        title={t('policy.reviewSla')}
        queryKey={['policy', 'review-sla']}
        load={async () => {
          const p = await call(api.GET('/v1/policies/review-sla'));
          return { version: p.version, createdAt: p.createdAt, body: p.body };
        }}
        // biome-ignore lint/suspicious/noExplicitAny: the JSON is checked by the API, whose field errors are shown
        save={(body) => call(api.PUT('/v1/policies/review-sla', { body: body as any }))}
      />
      <JsonPolicy
        title={t('policy.putback')}
        queryKey={['policy', 'putback']}
        load={async () => {
          const p = await call(api.GET('/v1/policies/putback'));
          return { version: p.version, createdAt: p.createdAt, body: p.body };
        }}
        // biome-ignore lint/suspicious/noExplicitAny: the JSON is checked by the API, whose field errors are shown
        save={(body) => call(api.PUT('/v1/policies/putback', { body: body as any }))}
      />
      <JsonPolicy
        title={t('licences.policyTitle')}
        queryKey={['policy', 'licences']}
        load={async () => {
          const p = await call(api.GET('/v1/policies/licences'));
          return { version: p.version, createdAt: p.createdAt, body: p.body };
        }}
        // biome-ignore lint/suspicious/noExplicitAny: the JSON is checked by the API, whose field errors are shown
        save={(body) => call(api.PUT('/v1/policies/licences', { body: body as any }))}
      />
    </>
  );
}
