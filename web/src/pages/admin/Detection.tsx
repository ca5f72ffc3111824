import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { JsonPolicy } from '../../components/JsonPolicy';
import { Pager, usePage } from '../../components/Pager';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { shortId } from '../../short-id';
import { DetectionStats, Rescan } from './DetectionStats';

function CaseDecision({ id }: { id: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (decision: 'remove' | 'dismiss') =>
      call(
        api.POST('/v1/detection/cases/{id}/decision', { params: { path: { id } }, body: { decision, note } }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['detection-cases'] }),
  });
  return (
    <Space wrap>
      <Input
        aria-label={t('detection.note')}
        placeholder={t('detection.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button danger size="small" disabled={!note.trim()} onClick={() => decide.mutate('remove')}>
        {t('review.remove')}
      </Button>
      <Button size="small" disabled={!note.trim()} onClick={() => decide.mutate('dismiss')}>
        {t('detection.dismiss')}
      </Button>
      {decide.error ? <ProblemAlert error={decide.error} /> : null}
    </Space>
  );
}

export default function Detection() {
  const { t } = useTranslation();
  const f = useFormat();
  const casePage = usePage();
  const cases = useQuery({
    queryKey: ['detection-cases', casePage.page],
    queryFn: () =>
      call(api.GET('/v1/detection/cases', { params: { query: { state: 'open', ...casePage.query } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={1}>{t('nav.detection')}</Typography.Title>
      <DetectionStats />
      <Rescan />
      <Card title={t('detection.cases')} style={{ marginBottom: 16 }}>
        <QueryState query={cases}>
          {(data) => (
            <>
              <Table
                rowKey="id"
                dataSource={data.items}
                pagination={false}
                locale={{ emptyText: t('common.empty') }}
                columns={[
                  {
                    title: t('common.listing'),
                    render: (_, c) => c.listing?.title ?? shortId(c.listingId),
                  },
                  { title: t('detection.score'), render: (_, c) => f.number(c.score) },
                  { title: t('detection.action'), render: (_, c) => <Tag>{c.action}</Tag> },
                  { title: t('common.created'), render: (_, c) => f.dateTime(c.createdAt) },
                  {
                    title: t('common.actions'),
                    render: (_, c) => (c.action === 'review' ? <CaseDecision id={c.id} /> : null),
                  },
                ]}
              />
              <Pager {...casePage} shown={data.items.length} />
            </>
          )}
        </QueryState>
      </Card>
      <JsonPolicy
        title={t('detection.policy')}
        queryKey={['policy', 'detection']}
        load={async () => {
          const p = await call(api.GET('/v1/policies/detection'));
          return { version: p.version, createdAt: p.createdAt, body: p.policy };
        }}
        // biome-ignore lint/suspicious/noExplicitAny: the JSON is checked by the API, whose field errors are shown
        save={(body) => call(api.PUT('/v1/policies/detection', { body: body as any }))}
      />
      <JsonPolicy
        title={t('detection.keywords')}
        queryKey={['keyword-rules', 'default']}
        load={async () => {
          const p = await call(
            api.GET('/v1/keyword-rules/{scope}', { params: { path: { scope: 'default' } } }),
          );
          return { version: p.version, createdAt: p.createdAt, body: p.ruleSet };
        }}
        asFile={{
          filename: 'keyword-rules-default.json',
          summary: (body) => {
            const set = body as { version?: string; rules?: unknown[] };
            return t('policy.ruleCount', { count: set.rules?.length ?? 0, version: set.version ?? '—' });
          },
        }}
        save={(body) =>
          call(
            api.PUT('/v1/keyword-rules/{scope}', {
              params: { path: { scope: 'default' } },
              // biome-ignore lint/suspicious/noExplicitAny: the JSON is checked by the API, whose field errors are shown
              body: body as any,
            }),
          )
        }
      />
    </>
  );
}
