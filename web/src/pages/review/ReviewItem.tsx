import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Input, Select, Space, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ShaTag } from '../../components/ShaTag';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { useMe } from '../../session/session';
import { useCounterNotice, useItem } from '../item/ItemPage';
import { Timeline } from '../item/Timeline';
import { LetterCard, ProvisionalCard, StandingBadges } from './GoodFaith';
import {
  type Decision,
  nextInQueue,
  REASON_CODES,
  type ReasonCode,
  removalCodeFor,
  templateLanguage,
  templatesFor,
  useReasonTemplates,
} from './reasons';

type Fields = Record<string, unknown>;

function ListingFields({ listing }: { listing: Fields | undefined }) {
  const { t } = useTranslation();
  if (!listing) return <Typography.Text type="secondary">{t('review.noSnapshot')}</Typography.Text>;
  const price = listing.price as { amount?: number; currency?: string } | null | undefined;
  const images = (listing.imageUrls as string[] | undefined) ?? [];
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('review.listingTitle')}>{String(listing.title ?? '—')}</Descriptions.Item>
      <Descriptions.Item label={t('review.description')}>
        {String(listing.description ?? '—')}
      </Descriptions.Item>
      <Descriptions.Item label={t('review.price')}>
        {price?.amount !== undefined && price.currency ? `${price.amount} ${price.currency}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('review.listingState')}>{String(listing.state ?? '—')}</Descriptions.Item>
      <Descriptions.Item label={t('review.images')}>{images.length}</Descriptions.Item>
    </Descriptions>
  );
}

function Evidence({ evidence }: { evidence: Fields[] }) {
  const { t } = useTranslation();
  const [broken, setBroken] = useState<Set<string>>(new Set());
  return (
    <Space wrap align="start">
      {evidence.map((e) => {
        const sha = String(e.documentSha256 ?? e.sha256 ?? '');
        const href = `/v1/documents/${sha}`;
        return (
          <figure key={sha} style={{ margin: 0, maxWidth: 360 }}>
            {broken.has(sha) ? null : (
              <img
                src={href}
                alt={t('review.evidenceAlt', { kind: String(e.kind ?? '') })}
                className="ipp-evidence-img"
                onError={() => setBroken((b) => new Set(b).add(sha))}
              />
            )}
            <figcaption>
              <Tag>{t(`evidenceKind.${String(e.kind)}`, String(e.kind))}</Tag>
              <ShaTag sha={sha} href={href} name={t('common.download')} />
            </figcaption>
          </figure>
        );
      })}
    </Space>
  );
}

/**
 * The reviewer's item page. Keys: r remove, x reject, i request information (each focuses the
 * reason; Ctrl+Enter decides), n next item, Esc back to the keys.
 */
export default function ReviewItem() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const item = useItem(id);
  const me = useMe();
  const counter = useCounterNotice(id, Boolean(item.data?.counterNoticeId));
  const cnInReview =
    counter.data &&
    (counter.data.status === 'awaiting_review' ||
      (counter.data.status === 'open' && counter.data.procedure === 'evidence_review'))
      ? counter.data
      : null;
  const templates = useReasonTemplates();
  const language = templateLanguage(i18n.language);
  const [templateId, setTemplateId] = useState<string | null>(null);
  /** The reviewer starts from the operator's first template for the code, else the code's name. */
  const startText = (c: ReasonCode) => {
    const first = templatesFor(templates.data?.items, c, language)[0];
    setTemplateId(first?.id ?? null);
    setText(first?.text ?? t(`reasonCode.${c}`));
  };
  const [decision, setDecision] = useState<Decision | null>(null);
  const [code, setCode] = useState<ReasonCode | null>(null);
  const [text, setText] = useState('');
  const reasonRef = useRef<TextAreaRef>(null);
  const notice = (item.data?.notice ?? {}) as Fields;

  // A new item starts with the keys active: nothing of the last item's form keeps the focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the item changes
  useLayoutEffect(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  }, [id]);

  const goNext = () => {
    // The item on screen, from the address bar: a handler or callback made for an earlier item
    // must not send the reviewer back to the item they are on.
    const shown = /\/review\/items\/([^/?#]+)/.exec(window.location.pathname)?.[1] ?? id;
    const next = nextInQueue(shown);
    void navigate(next ? `/review/items/${next}` : '/review');
  };

  const choose = (d: Decision) => {
    const c: ReasonCode | null =
      d === 'remove'
        ? removalCodeFor(notice.infringementType as string)
        : d === 'reject'
          ? 'insufficient_evidence'
          : null;
    setDecision(d);
    setCode(c);
    if (c) startText(c);
    else {
      setTemplateId(null);
      setText('');
    }
    setTimeout(() => reasonRef.current?.focus(), 0);
  };

  const decide = useMutation({
    mutationFn: () => {
      if (!decision) throw new Error('no decision');
      return call(
        api.POST('/v1/items/{id}/decision', {
          params: { path: { id } },
          body:
            decision === 'request_info'
              ? { decision, question: text }
              : { decision, ...(code ? { reasonCode: code } : {}), reasonText: text },
        }),
      );
    },
    onSuccess: () => {
      message.success(t(`review.decided.${decision}`));
      void client.invalidateQueries({ queryKey: ['review-queue'] });
      void client.invalidateQueries({ queryKey: ['item', id] });
      setDecision(null);
      goNext();
    },
  });

  /** Claim (or renew) the item so no other reviewer works on it; release it when done or leaving it. */
  const claim = useMutation({
    mutationFn: (action: 'claim' | 'release') =>
      action === 'claim'
        ? call(api.POST('/v1/review/items/{id}/claim', { params: { path: { id } } }))
        : call(api.DELETE('/v1/review/items/{id}/claim', { params: { path: { id } } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['item', id] });
      void client.invalidateQueries({ queryKey: ['review-queue'] });
    },
  });

  // Re-attached each render: the handler reads the latest decision and text. A layout effect, so
  // the handler of a new item (the route's id changed) is in place before the page is painted: a
  // key pressed as soon as the item shows never acts on the item before.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = (e.target as HTMLElement).closest('input, textarea, [role="combobox"]');
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && decision && text.trim()) {
        e.preventDefault();
        decide.mutate();
        return;
      }
      if (e.key === 'Escape') {
        (document.activeElement as HTMLElement | null)?.blur();
        return;
      }
      if (inField || e.ctrlKey || e.metaKey || e.altKey) return;
      const action = { r: 'remove', x: 'reject', i: 'request_info' }[e.key] as Decision | undefined;
      if (action) {
        e.preventDefault();
        choose(action);
      } else if (e.key === 'n') {
        e.preventDefault();
        goNext();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <QueryState query={item}>
      {(data) => {
        const listing = data.listing as Fields;
        const snapshot = (data.snapshots[0] as Fields | undefined)?.content as Fields | undefined;
        const right = data.right as Fields | null;
        const decidable = data.awaiting === 'reviewer';
        const holder = data.claim;
        const mine = holder !== null && holder.userId === me.data?.userId;
        const supervisor =
          me.data?.organisation?.kind === 'operator' && (me.data?.roles ?? []).includes('admin');
        return (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
              <Typography.Title level={1} style={{ margin: 0 }}>
                {String(listing.title ?? t('item.title'))}
              </Typography.Title>
              <Space>
                <StandingBadges
                  goodFaith={data.notice.goodFaith}
                  trustedFlagger={data.notice.trustedFlagger}
                  expedited={data.expedited}
                />
                <Tag data-testid="item-state">{t(`state.${data.state}`, data.state)}</Tag>
                <Tag color={new Date(data.slaDueAt) < new Date() ? 'red' : 'green'}>
                  {f.timeLeft(data.slaDueAt)}
                </Tag>
              </Space>
            </Space>
            <Typography.Text type="secondary">{t('review.keysItem')}</Typography.Text>
            {data.provisional ? (
              <ProvisionalCard itemId={id} provisional={data.provisional} canDecide />
            ) : null}
            {data.notice.letter ? <LetterCard letter={data.notice.letter} /> : null}
            {data.state === 'pending' ? (
              <Space wrap data-testid="claim-bar">
                {holder ? (
                  <Tag color={mine ? 'blue' : 'orange'}>
                    {t(mine ? 'review.claimHeldByYou' : 'review.claimHeldBy', {
                      name: holder.name,
                      until: f.dateTime(holder.expiresAt),
                    })}
                  </Tag>
                ) : (
                  <Tag>{t('review.unclaimed')}</Tag>
                )}
                {!holder || mine ? (
                  <Button
                    onClick={() => claim.mutate('claim')}
                    loading={claim.isPending && claim.variables === 'claim'}
                  >
                    {mine ? t('review.renewClaim') : t('review.claimItem')}
                  </Button>
                ) : null}
                {holder && (mine || supervisor) ? (
                  <Button
                    onClick={() => claim.mutate('release')}
                    loading={claim.isPending && claim.variables === 'release'}
                  >
                    {t('review.releaseClaim')}
                  </Button>
                ) : null}
                {claim.error ? <ProblemAlert error={claim.error} /> : null}
              </Space>
            ) : null}
            {cnInReview ? (
              <Alert
                type="info"
                showIcon
                title={
                  <Link to={`/review/counter-notices/${cnInReview.id}`}>{t('cnReview.openFromItem')}</Link>
                }
              />
            ) : null}
            <Card title={t('review.claimTitle')}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('notices.type')}>
                  {t(`infringement.${String(notice.infringementType)}`, String(notice.infringementType))}
                </Descriptions.Item>
                <Descriptions.Item label={t('fileNotice.right')}>
                  {right
                    ? `${String(right.name)} · ${String(right.type)} · ${String(right.jurisdiction ?? '')} · ${String(right.registrationNumber ?? '')}`
                    : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('fileNotice.explanation')}>
                  {String(notice.explanation ?? '—')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('fileNotice.evidence')}>
              <Evidence evidence={data.evidence as Fields[]} />
            </Card>
            <div className="ipp-side-by-side">
              <Card title={t('review.archived')}>
                <ListingFields listing={snapshot ?? (data.snapshots[0] as Fields | undefined)} />
              </Card>
              <Card title={t('review.current')}>
                <ListingFields listing={listing} />
                {typeof listing.url === 'string' ? (
                  <a href={listing.url} target="_blank" rel="noreferrer">
                    {t('review.openListing')}
                  </a>
                ) : null}
              </Card>
            </div>
            {decidable ? (
              <Card title={t('review.decision')}>
                <Space wrap>
                  <Button
                    danger
                    type={decision === 'remove' ? 'primary' : 'default'}
                    onClick={() => choose('remove')}
                  >
                    {t('review.remove')} <span className="ipp-kbd">r</span>
                  </Button>
                  <Button
                    type={decision === 'reject' ? 'primary' : 'default'}
                    onClick={() => choose('reject')}
                  >
                    {t('review.reject')} <span className="ipp-kbd">x</span>
                  </Button>
                  <Button
                    type={decision === 'request_info' ? 'primary' : 'default'}
                    onClick={() => choose('request_info')}
                  >
                    {t('review.requestInfo')} <span className="ipp-kbd">i</span>
                  </Button>
                  <Button onClick={goNext}>
                    {t('review.next')} <span className="ipp-kbd">n</span>
                  </Button>
                </Space>
                {decision ? (
                  <div style={{ marginTop: 12 }}>
                    {decision !== 'request_info' ? (
                      <Select
                        aria-label={t('review.reasonCode')}
                        style={{ minWidth: 260, marginBottom: 8 }}
                        value={code}
                        onChange={(c: ReasonCode) => {
                          setCode(c);
                          startText(c);
                        }}
                        options={REASON_CODES[decision].map((c) => ({
                          value: c,
                          label: t(`reasonCode.${c}`),
                        }))}
                      />
                    ) : null}
                    {decision !== 'request_info' && code ? (
                      <Select
                        aria-label={t('review.template')}
                        placeholder={t('review.template')}
                        style={{ minWidth: 260, marginBottom: 8, marginLeft: 8 }}
                        value={templateId}
                        notFoundContent={t('review.noTemplates')}
                        onChange={(tplId: string) => {
                          const tpl = templates.data?.items.find((x) => x.id === tplId);
                          setTemplateId(tplId);
                          if (tpl) setText(tpl.text);
                        }}
                        options={templatesFor(templates.data?.items, code, language).map((tpl) => ({
                          value: tpl.id,
                          label: `${tpl.title} (${tpl.language})`,
                        }))}
                      />
                    ) : null}
                    <Input.TextArea
                      ref={reasonRef}
                      aria-label={decision === 'request_info' ? t('review.question') : t('review.reasonText')}
                      rows={3}
                      value={text}
                      onChange={(e) => setText(e.target.value)}
                    />
                    {decide.error ? <ProblemAlert error={decide.error} /> : null}
                    <Space style={{ marginTop: 8 }} wrap>
                      <Button
                        type="primary"
                        onClick={() => decide.mutate()}
                        loading={decide.isPending}
                        disabled={!text.trim()}
                      >
                        {t('review.confirm')} <span className="ipp-kbd">Ctrl+Enter</span>
                      </Button>
                    </Space>
                  </div>
                ) : null}
              </Card>
            ) : null}
            <Timeline itemId={id} />
          </Space>
        );
      }}
    </QueryState>
  );
}
