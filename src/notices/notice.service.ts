import { filingStandingOf, readableOrgIds, resolveFilingPrincipal } from '../accounts/index.ts';
import { type AuditEntry, canonicalJson } from '../audit/index.ts';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { documentReferenceErrors } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { clocksOfItems, type ItemClock, type MoveParty, moveOf } from '../items/index.ts';
import { listingsByExternalIds, listingsByUrls, toListing } from '../listings/index.ts';
import { cachedMarketplaces } from '../marketplaces/index.ts';
import { expeditedTerms, goodFaithOf, intakeRefusal } from '../notifiers/index.ts';
import { currentPolicy, slaDueAt } from '../policies/index.ts';
import { startProvisionalTakedowns } from '../review/index.ts';
import { toRight } from '../rights/index.ts';
import { newId } from '../shared/ids.ts';
import type { NoticeLetter } from './good-faith.table.ts';
import * as repo from './notice.repository.ts';
import { checkNoticeIntake, type ItemState, type NoticeInput } from './notice.ts';

export interface NoticeItemView {
  id: string;
  noticeId: string;
  position: number;
  listing: {
    id: string;
    marketplaceId: string;
    externalId: string;
    url: string;
    title: string;
    state: 'active' | 'removed';
  };
  state: ItemState;
  evidence: repo.EvidenceRow[];
  slaDueAt: string;
  /** Whose move it is (the same answer as the item's `/clock`), or nobody. */
  awaiting: MoveParty | null;
  /** When that move is due, if it has a deadline. */
  dueAt: string | null;
  /** The item's latest decision can be appealed until then (null: no open window). */
  appealableUntil: string | null;
  decision: {
    decidedBy: string | null;
    decidedAt: string;
    reasonCode: string | null;
    reasonText: string | null;
  } | null;
  /** The expedited path the item took at filing (null: ordinary review). */
  expedited: 'priority' | 'provisional' | null;
}

export interface NoticeView {
  id: string;
  principalOrgId: string;
  filerOrgId: string;
  rightId: string;
  infringementType: NoticeInput['infringementType'];
  source: 'api' | 'csv';
  status: 'open' | 'closed';
  statements: NoticeInput['statements'];
  contact: NoticeInput['contact'];
  explanation: string | null;
  createdAt: string;
  itemCount: number;
  items: NoticeItemView[];
  /** Filed in good faith (a Good Faith Program member: the brand, or the agent filing for it). */
  goodFaith: boolean;
  viaOrgId: string | null;
  /** Filed by a trusted flagger (DSA Art 22). */
  trustedFlagger: boolean;
  /** The letter of authorization an agent filed under, as it was at filing. */
  letter: NoticeLetter | null;
}

type ItemRow = Awaited<ReturnType<typeof repo.itemsOfNotices>>[number];
type NoticeRow = NonNullable<Awaited<ReturnType<typeof repo.findNotice>>>;

export function toItemView(row: ItemRow, clock: ItemClock): NoticeItemView {
  return {
    id: row.id,
    noticeId: row.notice_id,
    position: row.position,
    listing: {
      id: row.listing_id,
      marketplaceId: row.marketplace_id,
      externalId: row.external_id,
      url: row.listing_url,
      title: row.listing_title,
      state: row.listing_state,
    },
    state: row.state,
    evidence: row.evidence,
    slaDueAt: row.sla_due_at.toISOString(),
    awaiting: clock.move.party,
    dueAt: clock.move.dueAt,
    appealableUntil: clock.appealableUntil?.toISOString() ?? null,
    decision: row.decided_at
      ? {
          decidedBy: row.decided_by,
          decidedAt: row.decided_at.toISOString(),
          reasonCode: row.reason_code,
          reasonText: row.reason_text,
        }
      : null,
    expedited: row.expedited ?? null,
  };
}

/** A notice stays open while any of its items has a move due or an appeal window open. */
function toNoticeView(row: NoticeRow, items: ItemRow[], clocks: ReadonlyMap<string, ItemClock>): NoticeView {
  const clockOf = (item: ItemRow) =>
    clocks.get(item.id) ?? {
      move: moveOf(item.state, item.sla_due_at, [], new Date()),
      appealableUntil: null,
      open: item.state === 'pending' || item.state === 'info_requested',
    };
  const views = items.map((item) => toItemView(item, clockOf(item)));
  const open = items.some((item) => clockOf(item).open);
  return {
    id: row.id,
    principalOrgId: row.principal_org_id,
    filerOrgId: row.filer_org_id,
    rightId: row.right_id,
    infringementType: row.infringement_type,
    source: row.source,
    status: open ? 'open' : 'closed',
    statements: row.statements,
    contact: row.contact,
    explanation: row.explanation,
    createdAt: row.created_at.toISOString(),
    itemCount: row.item_count,
    items: views,
    goodFaith: row.good_faith ?? false,
    viaOrgId: row.via_org_id ?? null,
    trustedFlagger: row.trusted_flagger ?? false,
    letter: row.letter ?? null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves the references that are not listing ids (marketplace + external id, URL) to listing
 * ids; a URL that matches more than one listing resolves to nothing. Most notices name listing
 * ids and read nothing here.
 */
async function resolveListingRefs(db: Database, input: NoticeInput): Promise<(string | null)[]> {
  const pairs = input.items.flatMap((i) =>
    !i.listingId && i.marketplaceId && i.externalId
      ? [{ marketplaceId: i.marketplaceId, externalId: i.externalId }]
      : [],
  );
  const urls = input.items.flatMap((i) => (!i.listingId && i.url ? [i.url] : []));
  const [byPairRows, byUrlRows] = await Promise.all([
    pairs.length ? listingsByExternalIds(db, pairs) : [],
    urls.length ? listingsByUrls(db, urls) : [],
  ]);
  const byPair = new Map(byPairRows.map((l) => [`${l.marketplaceId}|${l.externalId}`, l.id]));
  const byUrl = new Map<string, string | null>();
  for (const l of byUrlRows) byUrl.set(l.url, byUrl.has(l.url) ? null : l.id);
  return input.items.map((item) => {
    if (item.listingId) return UUID.test(item.listingId) ? item.listingId : null;
    if (item.marketplaceId && item.externalId)
      return byPair.get(`${item.marketplaceId}|${item.externalId}`) ?? null;
    if (item.url) return byUrl.get(item.url) ?? null;
    return null;
  });
}

export interface FiledNotice {
  status: number;
  body: NoticeView;
  replayed: boolean;
}

/**
 * Intake rules whose failure means the notice did not conform to the submission rules (evidence,
 * the right and its coverage, the letter of authorization, the statements); a refusal for these is
 * recorded for the notifier's standing. Listing references and duplicates are not counted.
 */
export const INTAKE_RULES: readonly string[] = [
  'evidence-required',
  'screenshot-url',
  'not-in-future',
  'matches-right',
  'right-usable',
  'right-of-principal',
  'right-covers-jurisdiction',
  'letter-covers-right',
  'letter-covers-marketplace',
  'statement-required',
];

/**
 * Files a notice: validates everything (reporting every failing field), then stores the notice and
 * one item per listing in one transaction. With an idempotency key, a repeat returns the first result.
 */
export async function fileNotice(
  db: Database,
  actor: Principal,
  input: NoticeInput,
  options: { idempotencyKey?: string; source?: 'api' | 'csv' } = {},
): Promise<FiledNotice> {
  const requestHash = options.idempotencyKey
    ? sha256Hex(canonicalJson({ source: options.source ?? 'api', input }))
    : '';
  if (options.idempotencyKey) {
    const replay = await replayIdempotent(db, actor, options.idempotencyKey, requestHash);
    if (replay) return replay;
  }
  const principalOrgId = await resolveFilingPrincipal(db, actor, input.principalOrgId);
  const now = new Date();
  const filing = { filerOrgId: actor.orgId, principalOrgId };
  const [listingIds, marketplaces, policy, expedited] = await Promise.all([
    resolveListingRefs(db, input),
    cachedMarketplaces(db),
    currentPolicy(db, 'review_sla'),
    expeditedTerms(db),
  ]);
  const documentRefs = input.items.flatMap((item, i) =>
    item.evidence.map((e, j) => ({
      pointer: `/items/${i}/evidence/${j}/documentSha256`,
      sha256: e.documentSha256,
    })),
  );
  const reads = await repo.readIntake(db, {
    rightId: input.rightId,
    listingIds: [...new Set(listingIds.filter((id): id is string => id !== null))],
    shas: [...new Set(documentRefs.map((r) => r.sha256))],
    orgIds: [...new Set([actor.orgId, principalOrgId])],
    ...filing,
  });
  const refusal = intakeRefusal(reads.notifierBlocks, filing, now);
  if (refusal) throw refusal;
  // The filing's standing comes with the same read: Good Faith Program membership (the brand's, or
  // the agent's that vets it), trusted flagger, the letter of authorization it files under.
  const goodFaith = goodFaithOf(reads.programme, filing);
  const standing = filingStandingOf(reads.filing, filing);
  const right = reads.right ? toRight(reads.right) : null;
  const listingById = new Map(reads.listings.map((row) => [row.id, toListing(row)]));
  const listings = listingIds.map((id) => (id === null ? null : (listingById.get(id) ?? null)));
  const errors = checkNoticeIntake(input, {
    today: now.toISOString().slice(0, 10),
    now: now.getTime(),
    principalOrgId,
    right,
    listings,
    jurisdictionOf: new Map(marketplaces.map((m) => [m.id, { code: m.code, jurisdiction: m.jurisdiction }])),
    openNoticeByListing: new Map(reads.openItems.map((o) => [o.listing_id, o.notice_id])),
    documentErrors: documentReferenceErrors(documentRefs, reads.ownedShas),
    requiredEvidence: expedited.requiredEvidence(goodFaith.member),
    goodFaith: goodFaith.member,
    letter: standing.letter,
  });
  if (errors.length > 0) {
    // A twin request with the same key may have committed between our replay check and the intake
    // read (its items then make ours look like duplicates): its result is ours.
    if (options.idempotencyKey) {
      const replay = await replayIdempotent(db, actor, options.idempotencyKey, requestHash);
      if (replay) return replay;
    }
    // Non-conformance with the submission rules counts against the notifier's standing: the
    // refusal is recorded (the notice is not).
    const rules = [...new Set(errors.map((e) => e.rule))].filter((r) => INTAKE_RULES.includes(r));
    if (rules.length > 0)
      await repo.insertIntakeRefusal(db, {
        id: newId(),
        principal_org_id: principalOrgId,
        filer_org_id: actor.orgId,
        infringement_type: input.infringementType,
        items: input.items.length,
        rules,
        created_at: now,
      });
    throw AppError.validation(
      errors,
      errors.length === 1 ? undefined : `The notice has ${errors.length} problems; nothing was stored`,
    );
  }

  const noticeId = newId();
  const dueAt = slaDueAt(policy.body, input.infringementType, now);
  // Each item's path is its marketplace's (good faith), or priority review (a trusted flagger).
  const paths = listings.map((listing) =>
    expedited.pathOf(
      listing!.marketplaceId,
      { goodFaith: goodFaith.member, trustedFlagger: standing.trustedFlagger },
      now,
    ),
  );
  const notice: repo.NoticeWrite = {
    id: noticeId,
    principal_org_id: principalOrgId,
    filer_org_id: actor.orgId,
    filed_by_user: actor.userId,
    filed_by_key: actor.keyId,
    right_id: input.rightId,
    infringement_type: input.infringementType,
    statements: JSON.stringify(input.statements),
    contact: JSON.stringify(input.contact),
    explanation: input.explanation ?? null,
    source: options.source ?? 'api',
    item_count: input.items.length,
    good_faith: goodFaith.member,
    via_org_id: goodFaith.viaOrgId,
    trusted_flagger: standing.trustedFlagger,
    letter: standing.letter ? JSON.stringify(standing.letter) : null,
  };
  const itemWrites: repo.ItemWrite[] = input.items.map((item, position) => ({
    id: newId(),
    notice_id: noticeId,
    position,
    listing_id: listings[position]!.id,
    right_id: input.rightId,
    evidence: JSON.stringify(item.evidence),
    sla_due_at: paths[position]?.dueAt ?? dueAt,
    expedited: paths[position]?.path ?? null,
  }));
  // The response is known before the write (every value is chosen here), so it can be stored with
  // the idempotency key in the same statement.
  const body = toNoticeView(
    {
      ...notice,
      statements: input.statements,
      contact: input.contact,
      letter: standing.letter,
      created_at: now,
    },
    itemWrites.map((item, position) => {
      const listing = listings[position]!;
      return {
        ...item,
        evidence: input.items[position]!.evidence as repo.EvidenceRow[],
        state: 'pending' as const,
        paused_at: null,
        decided_by: null,
        decided_at: null,
        reason_code: null,
        reason_text: null,
        version: 1,
        created_at: now,
        updated_at: now,
        listing_url: listing.url,
        listing_title: listing.title,
        marketplace_id: listing.marketplaceId,
        external_id: listing.externalId,
        listing_state: listing.state,
      };
    }),
    new Map(),
  );
  // One state change, one record: the filing lists its items (a 300-listing notice would otherwise
  // write 301 chain records); each item's later changes are recorded under the item.
  const audit: AuditEntry[] = [
    {
      actor: actor.label,
      action: 'notice.filed',
      entityType: 'notice',
      entityId: noticeId,
      data: {
        principalOrgId,
        rightId: input.rightId,
        infringementType: input.infringementType,
        source: options.source ?? 'api',
        slaDueAt: dueAt.toISOString(),
        goodFaith: goodFaith.member,
        viaOrgId: goodFaith.viaOrgId,
        trustedFlagger: standing.trustedFlagger,
        letter: standing.letter,
        expeditedPolicyVersion: expedited.version,
        items: itemWrites.map((item) => ({
          id: item.id,
          listingId: item.listing_id,
          ...(item.expedited ? { expedited: item.expedited, slaDueAt: item.sla_due_at.toISOString() } : {}),
        })),
      },
    },
  ];
  try {
    await repo.insertNotice(db, notice, itemWrites, {
      now,
      audit,
      idempotency: options.idempotencyKey
        ? {
            principal: actor.label,
            key: options.idempotencyKey,
            request_hash: requestHash,
            status_code: 201,
            response: JSON.stringify(body),
          }
        : null,
    });
    const provisional = itemWrites.filter((item) => item.expedited === 'provisional');
    if (provisional.length > 0) {
      // After the filing committed: each listing comes down through the ordinary removal path,
      // marked provisional, with the reviewer's confirm-or-reverse deadline.
      await startProvisionalTakedowns(db, {
        noticeId,
        items: provisional.map((item) => ({ itemId: item.id, dueAt: item.sla_due_at })),
        policyVersion: expedited.version,
        now,
      });
    }
    return { status: 201, body, replayed: false };
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    // Lost a race: either the same idempotency key (return the winner's result) or the same listing and right.
    if (options.idempotencyKey) {
      const replay = await replayIdempotent(db, actor, options.idempotencyKey, requestHash);
      if (replay) return replay;
    }
    throw AppError.conflict(
      'A listing of this notice was put under another open notice for the same right at the same moment; nothing was stored',
      { rule: 'no-open-notice' },
    );
  }
}

async function replayIdempotent(
  db: Database,
  actor: Principal,
  key: string,
  requestHash: string,
): Promise<FiledNotice | null> {
  const existing = await repo.findIdempotent(db, actor.label, key);
  if (!existing) return null;
  if (existing.request_hash !== requestHash) {
    throw new AppError(
      'IDEMPOTENCY_MISMATCH',
      'This Idempotency-Key was already used for a different request; use a new key',
    );
  }
  return { status: existing.status_code, body: existing.response as NoticeView, replayed: true };
}

async function visibleToActor(db: Database, actor: Principal, row: NoticeRow): Promise<boolean> {
  if (isOperatorStaff(actor)) return true;
  const orgs = await readableOrgIds(db, actor);
  return orgs.includes(row.principal_org_id);
}

export async function getNotice(db: Database, actor: Principal, id: string): Promise<NoticeView> {
  const row = await repo.findNotice(db, id);
  if (!row || !(await visibleToActor(db, actor, row))) throw AppError.notFound('Notice');
  const items = await repo.itemsOfNotices(db, [id]);
  return toNoticeView(row, items, await clocksOf(db, items));
}

/**
 * The notices a caller may list: its organisations' (rights holders, agents), or all (operator
 * staff). Sellers and marketplaces are refused: they see items from their side (`listItems`).
 */
export async function noticeScope(db: Database, actor: Principal): Promise<repo.NoticeScope> {
  if (actor.roles.has('seller') || actor.roles.has('marketplace'))
    throw AppError.forbidden('Notices are listed for rights holders, agents and operator staff');
  return isOperatorStaff(actor) ? {} : { orgIds: await readableOrgIds(db, actor) };
}

export async function listNotices(
  db: Database,
  actor: Principal,
  page: { limit: number; offset: number },
): Promise<NoticeView[]> {
  const rows = await repo.listNotices(db, { ...page, ...(await noticeScope(db, actor)) });
  const items = await repo.itemsOfNotices(
    db,
    rows.map((r) => r.id),
  );
  const clocks = await clocksOf(db, items);
  return rows.map((r) =>
    toNoticeView(
      r,
      items.filter((i) => i.notice_id === r.id),
      clocks,
    ),
  );
}

function clocksOf(db: Database, items: readonly ItemRow[]) {
  return clocksOfItems(
    db,
    items.map((i) => ({ id: i.id, state: i.state, slaDueAt: i.sla_due_at })),
  );
}

/**
 * Items seen from the caller's side: a seller lists the items filed against its own stores'
 * listings, a rights holder or agent those of the notices it may read, a marketplace those on its
 * listings, operator staff all of them. `pending` narrows to items still waiting for a decision.
 */
export async function listItems(
  db: Database,
  actor: Principal,
  filter: { states?: readonly ItemState[]; limit: number; offset: number },
): Promise<NoticeItemView[]> {
  const side = isOperatorStaff(actor)
    ? {}
    : actor.roles.has('marketplace') && actor.marketplaceId
      ? { marketplaceId: actor.marketplaceId }
      : actor.roles.has('seller') && actor.orgId
        ? { sellerOrgId: actor.orgId }
        : actor.roles.has('rights_holder') || actor.roles.has('agent')
          ? { principalOrgIds: await readableOrgIds(db, actor) }
          : null;
  if (side === null) throw AppError.forbidden('Items are listed for their parties and operator staff');
  const rows = await repo.itemsPage(db, { ...side, ...filter });
  const clocks = await clocksOf(db, rows);
  return rows.map((row) => {
    const clock = clocks.get(row.id);
    if (!clock) throw new Error(`no clock for item ${row.id}`);
    return toItemView(row, clock);
  });
}
