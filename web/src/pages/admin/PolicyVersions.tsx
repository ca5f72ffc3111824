import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { Pager, usePage } from '../../components/Pager';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';

type PolicyKey = paths['/v1/policies/{key}/versions']['get']['parameters']['path']['key'];

/** One policy's versions, newest first, each with its body and whether it still validates. */
function Versions({ policyKey }: { policyKey: PolicyKey }) {
  const { t } = useTranslation();
  const f = useFormat();
  const page = usePage(50, policyKey);
  const versions = useQuery({
    queryKey: ['policy-versions', policyKey, page.page],
    queryFn: () =>
      call(
        api.GET('/v1/policies/{key}/versions', {
          params: { path: { key: policyKey }, query: page.query },
        }),
      ),
  });
  return (
    <QueryState query={versions}>
      {(data) => (
        <>
          <Table
            rowKey="version"
            size="small"
            dataSource={data.versions}
            pagination={false}
            locale={{ emptyText: t('policies.onlyDefault') }}
            columns={[
              { title: t('templates.version'), dataIndex: 'version', width: 90 },
              { title: t('common.created'), width: 190, render: (_, v) => f.dateTime(v.createdAt) },
              {
                title: t('common.status'),
                width: 200,
                render: (_, v) =>
                  v.valid ? (
                    <Tag color="green">{t('policies.valid')}</Tag>
                  ) : (
                    <>
                      <Tag color="red">{t('policies.invalid')}</Tag>
                      <ul style={{ margin: 0, paddingLeft: 18 }}>
                        {v.problems.map((p) => (
                          <li key={p.pointer + p.detail}>
                            <code>{p.pointer || '/'}</code>: {p.detail}
                          </li>
                        ))}
                      </ul>
                    </>
                  ),
              },
              {
                title: t('policies.body'),
                render: (_, v) => (
                  <details>
                    <summary>{t('policies.showBody')}</summary>
                    <pre style={{ maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
                      {JSON.stringify(v.body, null, 2)}
                    </pre>
                  </details>
                ),
              },
            ]}
          />
          <Pager {...page} shown={data.versions.length} />
        </>
      )}
    </QueryState>
  );
}

/** Every policy with the version in force and its history (GET /v1/policies, /v1/policies/{key}/versions). */
export function PolicyVersions() {
  const { t } = useTranslation();
  const f = useFormat();
  const policies = useQuery({ queryKey: ['policies'], queryFn: () => call(api.GET('/v1/policies')) });
  return (
    <Card title={t('policies.all')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('policies.intro')}</Typography.Paragraph>
      <QueryState query={policies}>
        {(data) => (
          <Table
            rowKey="key"
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: t('common.empty') }}
            expandable={{ expandedRowRender: (p) => <Versions policyKey={p.key} /> }}
            columns={[
              { title: t('policies.key'), render: (_, p) => <code>{p.key}</code> },
              {
                title: t('policies.description'),
                // in the user's language; a policy the portal does not know yet keeps the server's words
                render: (_, p) => t(`policyDescription.${p.key}`, { defaultValue: p.description }),
              },
              { title: t('policies.readableBy'), render: (_, p) => t(`policyReaders.${p.readableBy}`) },
              {
                title: t('policies.inForce'),
                render: (_, p) =>
                  p.version === 0
                    ? t('policies.builtIn')
                    : t('policy.version', { version: p.version, at: f.dateTime(p.createdAt) }),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
