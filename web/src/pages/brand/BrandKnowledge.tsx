import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, ProblemError } from '../../api/client';
import type { paths } from '../../api/schema';
import { PageLoading, ProblemAlert } from '../../components/states';
import { useFormat } from '../../format';
import { jsonParseError } from '../../json-text';
import { useMe } from '../../session/session';

type Knowledge = paths['/v1/brand-knowledge']['put']['requestBody']['content']['application/json'];

/** Where a brand starts when it has sent no knowledge yet (docs/brand-knowledge.schema.json). */
function starter(name: string): Knowledge {
  const id = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
  return { version: '1', brands: [{ id: id || 'brand', name, aliases: [] }] };
}

/**
 * A brand's knowledge for proactive detection (names, aliases, product lines, prices, authorized
 * sellers), edited as JSON: GET /v1/brand-knowledge/{orgId}, PUT /v1/brand-knowledge writes a new
 * version. The API's errors name the brand and field; the text typed stays in the editor.
 */
export default function BrandKnowledge() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const orgId = me.data?.organisation?.id ?? '';
  const orgName = me.data?.organisation?.name ?? '';
  const canEdit = me.data?.organisation?.kind === 'brand' && (me.data?.roles ?? []).includes('rights_holder');
  const knowledge = useQuery({
    queryKey: ['brand-knowledge', orgId],
    enabled: orgId !== '',
    queryFn: async () => {
      try {
        return await call(api.GET('/v1/brand-knowledge/{id}', { params: { path: { id: orgId } } }));
      } catch (error) {
        // None sent yet: the editor starts from a skeleton.
        if (error instanceof ProblemError && error.problem.status === 404) return null;
        throw error;
      }
    },
  });
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    if (knowledge.data !== undefined)
      setText(JSON.stringify(knowledge.data?.knowledge ?? starter(orgName), null, 2));
  }, [knowledge.data, orgName]);
  const save = useMutation({
    mutationFn: () => call(api.PUT('/v1/brand-knowledge', { body: JSON.parse(text) as Knowledge })),
    onSuccess: () => {
      message.success(t('knowledge.saved'));
      void client.invalidateQueries({ queryKey: ['brand-knowledge', orgId] });
    },
  });

  if (me.isPending || (orgId && knowledge.isPending)) return <PageLoading />;
  return (
    <>
      <Typography.Title level={1}>{t('knowledge.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('knowledge.intro')}</Typography.Paragraph>
      {knowledge.error ? (
        <ProblemAlert error={knowledge.error} />
      ) : (
        <Card
          extra={
            knowledge.data ? (
              <Tag>
                {t('policy.version', {
                  version: knowledge.data.version,
                  at: f.dateTime(knowledge.data.createdAt),
                })}
              </Tag>
            ) : (
              <Tag>{t('knowledge.none')}</Tag>
            )
          }
          title={orgName}
        >
          {!canEdit ? (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('knowledge.readOnly')} />
          ) : null}
          <label htmlFor="knowledge-json" style={{ display: 'block', marginBottom: 4 }}>
            {t('knowledge.json')}
          </label>
          <Input.TextArea
            id="knowledge-json"
            rows={20}
            value={text}
            readOnly={!canEdit}
            style={{ fontFamily: 'ui-monospace, monospace' }}
            aria-invalid={parseError || save.error ? true : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setParseError(jsonParseError(e.target.value));
            }}
          />
          {parseError ? (
            <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title={parseError} />
          ) : null}
          {save.error ? (
            <div style={{ marginTop: 8 }}>
              <ProblemAlert error={save.error} />
            </div>
          ) : null}
          {canEdit ? (
            <Space style={{ marginTop: 8 }}>
              <Button
                type="primary"
                disabled={!!parseError}
                loading={save.isPending}
                onClick={() => save.mutate()}
              >
                {t('policy.saveVersion')}
              </Button>
            </Space>
          ) : null}
        </Card>
      )}
    </>
  );
}
