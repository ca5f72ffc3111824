import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { ProblemAlert, QueryState } from './states';

/** A versioned policy edited as JSON: shows the version in force, saves a new one. */
export function JsonPolicy({
  title,
  queryKey,
  load,
  save,
}: {
  title: string;
  queryKey: string[];
  load: () => Promise<{ version: number; createdAt: string | null; body: unknown }>;
  save: (body: unknown) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const policy = useQuery({ queryKey, queryFn: load });
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    if (policy.data) setText(JSON.stringify(policy.data.body, null, 2));
  }, [policy.data]);
  const put = useMutation({
    mutationFn: () => save(JSON.parse(text)),
    onSuccess: () => {
      message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey });
    },
  });
  return (
    <Card
      title={title}
      style={{ marginBottom: 16 }}
      extra={
        policy.data ? (
          <Tag>
            {t('policy.version', { version: policy.data.version, at: f.dateTime(policy.data.createdAt) })}
          </Tag>
        ) : null
      }
    >
      <QueryState query={policy}>
        {() => (
          <>
            <Input.TextArea
              aria-label={title}
              rows={8}
              value={text}
              style={{ fontFamily: 'ui-monospace, monospace' }}
              onChange={(e) => {
                setText(e.target.value);
                try {
                  JSON.parse(e.target.value);
                  setParseError(null);
                } catch (error) {
                  setParseError((error as Error).message);
                }
              }}
            />
            {parseError ? <div role="alert">{parseError}</div> : null}
            {put.error ? <ProblemAlert error={put.error} /> : null}
            <Space style={{ marginTop: 8 }}>
              <Button
                type="primary"
                disabled={!!parseError}
                loading={put.isPending}
                onClick={() => put.mutate()}
              >
                {t('policy.saveVersion')}
              </Button>
            </Space>
          </>
        )}
      </QueryState>
    </Card>
  );
}
