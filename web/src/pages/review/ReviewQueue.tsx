import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';
import { INFRINGEMENTS } from '../brand/FileNotice';
import { StandingBadges } from './GoodFaith';
import {
  REASON_CODES,
  type ReasonCode,
  rememberQueue,
  templateLanguage,
  templatesFor,
  useReasonTemplates,
} from './reasons';

const PAGE = 100;
type Infringement = (typeof INFRINGEMENTS)[number];
const CLAIM_FILTERS = ['all', 'mine', 'unclaimed', 'others'] as const;
type ClaimFilter = (typeof CLAIM_FILTERS)[number];
type QueueEntry =
  paths['/v1/review/queue']['get']['responses'][200]['content']['application/json']['items'][number];
type BulkResult =
  paths['/v1/review/decisions']['post']['responses'][200]['content']['application/json']['results'][number];

/** Where the queue leads for an entry: the item, or the counter-notice to decide. */
export function entryPath(entry: Pick<QueueEntry, 'kind' | 'itemId' | 'subjectId'>): string {
  return entry.kind === 'counter_notice'
    ? `/review/counter-notices/${entry.subjectId}`
    : `/review/items/${entry.itemId}`;
}

/** Everything whose move is the reviewer's, ordered by deadline; j/k move, Enter opens, x selects. */
export default function ReviewQueue() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const templates = useReasonTemplates();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [marketplaceId, setMarketplaceId] = useState<string | undefined>();
  const [type, setType] = useState<Infringement | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [claim, setClaim] = useState<ClaimFilter>('all');
  const me = useMe();
  const [page, setPage] = useState(0);
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkDecision, setBulkDecision] = useState<'remove' | 'reject'>('reject');
  const [bulkCode, setBulkCode] = useState<ReasonCode>('insufficient_evidence');
  const templateText = (code: ReasonCode) =>
    templatesFor(templates.data?.items, code, templateLanguage(i18n.language))[0]?.text ??
    t(`reasonCode.${code}`);
  const [bulkText, setBulkText] = useState(() => templateText('insufficient_evidence'));
  const [refused, setRefused] = useState<BulkResult[]>([]);
  const marketplaces = useQuery({
    queryKey: ['marketplaces'],
    queryFn: () => call(api.GET('/v1/marketplaces')),
  });
  const queue = useQuery({
    queryKey: ['review-queue', marketplaceId, type, overdue, claim, page],
    queryFn: () =>
      call(
        api.GET('/v1/review/queue', {
          params: {
            query: {
              limit: PAGE,
              offset: page * PAGE,
              ...(marketplaceId ? { marketplaceId } : {}),
              ...(type ? { infringementType: type } : {}),
              ...(overdue ? { overdue: true } : {}),
              ...(claim !== 'all' ? { claim } : {}),
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const items = queue.data?.items ?? [];
  useEffect(() => rememberQueue(items.filter((i) => i.kind === 'notice_item').map((i) => i.itemId)), [items]);
  const marketName = new Map((marketplaces.data?.items ?? []).map((m) => [m.id, m.name]));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, [role="combobox"]')) return;
      if (e.key === 'j') setCursor((c) => Math.min(c + 1, items.length - 1));
      else if (e.key === 'k') setCursor((c) => Math.max(c - 1, 0));
      else if (e.key === 'Enter' && items[cursor]) void navigate(entryPath(items[cursor]));
      else if (e.key === 'x' && items[cursor]?.kind === 'notice_item') {
        const id = items[cursor].itemId;
        setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, cursor, navigate]);

  const bulk = useMutation({
    mutationFn: () =>
      call(
        api.POST('/v1/review/decisions', {
          body: { itemIds: selected, decision: bulkDecision, reasonCode: bulkCode, reasonText: bulkText },
        }),
      ),
    onSuccess: (answer) => {
      if (answer.refused) message.warning(t('review.bulkFailed', { count: answer.refused }));
      else message.success(t('review.bulkDone'));
      // Refused items stay selected, with the reason each was refused.
      setSelected(answer.results.filter((r) => r.outcome === 'refused').map((r) => r.itemId));
      setRefused(answer.results.filter((r) => r.outcome === 'refused'));
      void client.invalidateQueries({ queryKey: ['review-queue'] });
    },
  });
  const chooseBulk = (decision: 'remove' | 'reject', code: ReasonCode) => {
    setBulkDecision(decision);
    setBulkCode(code);
    setBulkText(templateText(code));
  };
  const titleOf = new Map(items.map((i) => [i.itemId, i.listing.title]));

  return (
    <>
      <Typography.Title level={1}>{t('review.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.keysQueue')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('review.marketplace')}
          placeholder={t('review.marketplace')}
          allowClear
          style={{ minWidth: 180 }}
          value={marketplaceId ?? null}
          onChange={(v: string | null) => setMarketplaceId(v ?? undefined)}
          options={(marketplaces.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
        <Select
          aria-label={t('review.type')}
          placeholder={t('review.type')}
          allowClear
          style={{ minWidth: 180 }}
          value={type ?? null}
          onChange={(v: Infringement | null) => setType(v ?? undefined)}
          options={INFRINGEMENTS.map((v) => ({ value: v, label: t(`infringement.${v}`) }))}
        />
        <Select
          aria-label={t('review.claimFilter')}
          style={{ minWidth: 180 }}
          value={claim}
          onChange={(v: ClaimFilter) => {
            setClaim(v);
            setPage(0);
          }}
          options={CLAIM_FILTERS.map((v) => ({ value: v, label: t(`review.claimFilters.${v}`) }))}
        />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
          {t('review.overdueOnly')}
        </Checkbox>
      </Space>
      {selected.length > 0 ? (
        <Space orientation="vertical" style={{ marginBottom: 12, width: '100%' }} data-testid="bulk-bar">
          <Space wrap>
            <span>{t('review.selected', { count: selected.length })}</span>
            <Select
              aria-label={t('review.decision')}
              style={{ minWidth: 160 }}
              value={bulkDecision}
              onChange={(d: 'remove' | 'reject') => chooseBulk(d, REASON_CODES[d][0])}
              options={[
                { value: 'remove', label: t('review.bulkRemove') },
                { value: 'reject', label: t('review.bulkReject') },
              ]}
            />
            <Select
              aria-label={t('review.reasonCode')}
              style={{ minWidth: 220 }}
              value={bulkCode}
              onChange={(c: ReasonCode) => chooseBulk(bulkDecision, c)}
              options={REASON_CODES[bulkDecision].map((c) => ({ value: c, label: t(`reasonCode.${c}`) }))}
            />
          </Space>
          <Input.TextArea
            aria-label={t('review.reasonText')}
            rows={2}
            value={bulkText}
            onChange={(e) => setBulkText(e.target.value)}
          />
          <Button
            danger={bulkDecision === 'remove'}
            type="primary"
            onClick={() => bulk.mutate()}
            loading={bulk.isPending}
            disabled={!bulkText.trim()}
          >
            {t('review.bulkApply')}
          </Button>
        </Space>
      ) : null}
      {refused.map((r) => (
        <Alert
          key={r.itemId}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('review.bulkRefused', {
            title: titleOf.get(r.itemId) ?? r.itemId,
            detail: r.problem?.detail ?? '',
          })}
        />
      ))}
      {bulk.error ? <ProblemAlert error={bulk.error} /> : null}
      <QueryState query={queue}>
        {() => (
          <>
            <Table
              rowKey="subjectId"
              size="middle"
              dataSource={items}
              pagination={false}
              virtual
              scroll={{ y: 560 }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
                // Bulk decisions are for new items; counter-notices and appeals are decided one by one.
                getCheckboxProps: (i) => ({ disabled: i.kind !== 'notice_item' }),
              }}
              rowClassName={(_, index) => (index === cursor ? 'ant-table-row-selected' : '')}
              locale={{ emptyText: t('review.empty') }}
              columns={[
                {
                  title: t('common.due'),
                  width: 190,
                  render: (_, i) => <Tag color={i.overdue ? 'red' : 'green'}>{f.timeLeft(i.slaDueAt)}</Tag>,
                },
                {
                  title: t('common.listing'),
                  render: (_, i) => <Link to={entryPath(i)}>{i.listing.title}</Link>,
                },
                {
                  title: t('review.kind'),
                  width: 150,
                  render: (_, i) => (
                    <Space size={4} wrap>
                      <Tag color={i.kind === 'notice_item' ? 'default' : 'blue'}>
                        {t(`queueKind.${i.kind}`)}
                      </Tag>
                      <StandingBadges
                        goodFaith={i.goodFaith}
                        trustedFlagger={i.trustedFlagger}
                        expedited={i.expedited}
                      />
                    </Space>
                  ),
                },
                {
                  title: t('review.type'),
                  width: 150,
                  render: (_, i) => t(`infringement.${i.infringementType}`, i.infringementType),
                },
                {
                  title: t('review.claim'),
                  width: 200,
                  render: (_, i) => `${i.right.name} · ${i.principalName}`,
                },
                {
                  title: t('review.claimedBy'),
                  width: 170,
                  render: (_, i) =>
                    i.claim ? (
                      <Tag color={i.claim.userId === me.data?.userId ? 'blue' : 'orange'}>
                        {i.claim.userId === me.data?.userId ? t('review.claimedByYou') : i.claim.name}
                      </Tag>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: t('review.marketplace'),
                  width: 160,
                  render: (_, i) => marketName.get(i.listing.marketplaceId) ?? '—',
                },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                {t('common.previous')}
              </Button>
              <span>{t('common.page', { page: page + 1 })}</span>
              <Button disabled={items.length < PAGE} onClick={() => setPage((p) => p + 1)}>
                {t('common.next')}
              </Button>
            </Space>
          </>
        )}
      </QueryState>
    </>
  );
}
