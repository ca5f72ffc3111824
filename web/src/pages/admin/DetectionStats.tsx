import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { areasOf, useMe } from '../../session/session';

const RESCAN_KEY = 'ipp.rescan';

/** Scanned listings, verdicts and proactive removals apart from notice-driven ones (GET /v1/detection/stats). */
export function DetectionStats() {
  const { t } = useTranslation();
  const f = useFormat();
  const stats = useQuery({
    queryKey: ['detection-stats'],
    queryFn: () => call(api.GET('/v1/detection/stats')),
  });
  return (
    <Card title={t('detectionStats.title')} style={{ marginBottom: 16 }}>
      <QueryState query={stats}>
        {(s) => (
          <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small" data-testid="detection-stats">
            <Descriptions.Item label={t('detectionStats.scanned')}>
              {f.number(s.scannedListings)}
            </Descriptions.Item>
            <Descriptions.Item label={t('detectionStats.openCases')}>
              {f.number(s.openCases)}
            </Descriptions.Item>
            <Descriptions.Item label={t('detectionStats.dismissed')}>
              {f.number(s.dismissedCases)}
            </Descriptions.Item>
            <Descriptions.Item label={t('detectionStats.verdicts')}>
              {(['remove', 'review', 'brand_verify', 'allow'] as const)
                .map((a) => `${t(`detectionAction.${a}`)} ${f.number(s.verdicts[a])}`)
                .join(' · ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('detectionStats.proactive')}>
              {t('detectionStats.proactiveSplit', {
                total: f.number(s.proactiveRemovals.total),
                automated: f.number(s.proactiveRemovals.automatedDecision),
                reviewer: f.number(s.proactiveRemovals.reviewerDecision),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('detectionStats.noticeRemovals')}>
              {f.number(s.noticeRemovals)}
            </Descriptions.Item>
            <Descriptions.Item label={t('detectionStats.ratio')}>
              {s.proactiveToNoticeRatio === null
                ? '—'
                : f.number(Math.round(s.proactiveToNoticeRatio * 100) / 100)}
            </Descriptions.Item>
          </Descriptions>
        )}
      </QueryState>
    </Card>
  );
}

/**
 * An admin rescans the whole catalogue after the rules change; the progress is shown until it ends
 * and survives a reload (POST /v1/detection/rescans, GET /v1/detection/rescans/{id}).
 */
export function Rescan() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const client = useQueryClient();
  const isAdmin = areasOf(me.data).has('admin');
  const [jobId, setJobId] = useState<string | null>(() => localStorage.getItem(RESCAN_KEY));
  const job = useQuery({
    queryKey: ['rescan', jobId],
    enabled: jobId !== null,
    queryFn: () => call(api.GET('/v1/detection/rescans/{id}', { params: { path: { id: jobId ?? '' } } })),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false),
  });
  const start = useMutation({
    mutationFn: () => call(api.POST('/v1/detection/rescans')),
    onSuccess: (started) => {
      localStorage.setItem(RESCAN_KEY, started.id);
      setJobId(started.id);
      client.setQueryData(['rescan', started.id], started);
    },
  });
  const state = job.data?.state;
  useEffect(() => {
    if (state === 'done') void client.invalidateQueries({ queryKey: ['detection-stats'] });
  }, [state, client]);
  const running = job.data?.state === 'running';
  return (
    <Card title={t('rescan.title')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('rescan.intro')}</Typography.Paragraph>
      {job.data ? (
        <div data-testid="rescan" style={{ marginBottom: 12 }}>
          <Progress
            percent={Math.round(job.data.progress * 100)}
            status={job.data.state === 'failed' ? 'exception' : running ? 'active' : 'success'}
            aria-label={t('rescan.progress')}
          />
          <Typography.Text>
            {t(`rescanState.${job.data.state}`)} ·{' '}
            {t('rescan.counts', {
              scanned: f.number(job.data.scanned),
              total: f.number(job.data.total),
              flagged: f.number(job.data.flagged),
            })}{' '}
            · {f.dateTime(job.data.finishedAt ?? job.data.updatedAt)}
          </Typography.Text>
          {job.data.error ? (
            <Typography.Paragraph type="danger">{job.data.error}</Typography.Paragraph>
          ) : null}
        </div>
      ) : null}
      {job.error ? <ProblemAlert error={job.error} /> : null}
      {start.error ? <ProblemAlert error={start.error} /> : null}
      <Space>
        <Button
          type="primary"
          disabled={!isAdmin || running}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          {t('rescan.start')}
        </Button>
      </Space>
    </Card>
  );
}
