import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { jsonParseError } from '../json-text';
import { ProblemAlert, QueryState } from './states';

/**
 * A versioned policy edited as JSON: shows the version in force, saves a new one. A large one
 * (`asFile`: the default keyword rules hold thousands of rules, megabytes of JSON, which froze the
 * page for seconds in a text box) is summarised instead, downloaded as a file and replaced by
 * uploading one.
 */
export function JsonPolicy({
  title,
  queryKey,
  load,
  save,
  asFile,
}: {
  title: string;
  queryKey: string[];
  load: () => Promise<{ version: number; createdAt: string | null; body: unknown }>;
  save: (body: unknown) => Promise<unknown>;
  asFile?: { filename: string; summary: (body: unknown) => string };
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const policy = useQuery({ queryKey, queryFn: load });
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    if (policy.data && !asFile) setText(JSON.stringify(policy.data.body, null, 2));
  }, [policy.data, asFile]);
  const put = useMutation({
    mutationFn: (body?: unknown) => save(body === undefined ? JSON.parse(text) : body),
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
        {(data) =>
          asFile ? (
            <Space direction="vertical">
              <span data-testid="policy-summary">{asFile.summary(data.body)}</span>
              <Space wrap>
                <Button
                  onClick={() => {
                    const blob = new Blob([JSON.stringify(data.body, null, 2)], { type: 'application/json' });
                    const url = URL.createObjectURL(blob);
                    const link = document.createElement('a');
                    link.href = url;
                    link.download = asFile.filename;
                    link.click();
                    URL.revokeObjectURL(url);
                  }}
                >
                  {t('policy.download')}
                </Button>
                <label className="ant-btn ant-btn-default" style={{ cursor: 'pointer' }}>
                  {t('policy.upload')}
                  <input
                    type="file"
                    accept="application/json,.json"
                    style={{ display: 'none' }}
                    onChange={async (e) => {
                      const file = e.target.files?.[0];
                      e.target.value = '';
                      if (!file) return;
                      try {
                        const body = JSON.parse(await file.text()) as unknown;
                        setParseError(null);
                        put.mutate(body);
                      } catch (error) {
                        setParseError(
                          t('policy.notJson', { file: file.name, error: (error as Error).message }),
                        );
                      }
                    }}
                  />
                </label>
              </Space>
              {parseError ? <div role="alert">{parseError}</div> : null}
              {put.error ? <ProblemAlert error={put.error} /> : null}
            </Space>
          ) : (
            <>
              <Input.TextArea
                aria-label={title}
                rows={8}
                value={text}
                style={{ fontFamily: 'ui-monospace, monospace' }}
                onChange={(e) => {
                  setText(e.target.value);
                  setParseError(jsonParseError(e.target.value));
                }}
              />
              {parseError ? <div role="alert">{parseError}</div> : null}
              {put.error ? <ProblemAlert error={put.error} /> : null}
              <Space style={{ marginTop: 8 }}>
                <Button
                  type="primary"
                  disabled={!!parseError}
                  loading={put.isPending}
                  onClick={() => put.mutate(undefined)}
                >
                  {t('policy.saveVersion')}
                </Button>
              </Space>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
