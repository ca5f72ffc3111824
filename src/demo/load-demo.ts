import sharp from 'sharp';
import {
  addMember,
  authenticate,
  createApiKey,
  createOrganisationUnchecked,
  grantRepresentation,
  login,
  setOrganisationTrust,
} from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { uploadDocument } from '../documents/index.ts';
import { addReferenceImage, productPhoto, pushListingImage } from '../images/index.ts';
import { type ListingInput, listingsByIds, registerListings } from '../listings/index.ts';
import { createMarketplace, linkStoreToSeller, listMarketplaces } from '../marketplaces/index.ts';
import { fileNotice, type NoticeInput } from '../notices/index.ts';
import { sanctionNotifierByHand, setExpeditedPolicy, writeProgramme } from '../notifiers/index.ts';
import { ProactiveScanner, type ScanSink } from '../proactive/index.ts';
import { decideItem } from '../review/index.ts';
import { registerRight, verifyRight } from '../rights/index.ts';
import { sanctionByHand } from '../sellers/index.ts';
import { registerStores } from '../traders/index.ts';
import {
  DEMO_COPYRIGHT,
  DEMO_HELD_STORE,
  DEMO_LISTINGS,
  DEMO_MARKETPLACES,
  DEMO_ORGS,
  DEMO_STORES,
  DEMO_TRADEMARKS,
  DEMO_TRADERS,
  DEMO_USERS,
  type DemoMarketKey,
  type DemoOrgKey,
  type DemoUser,
  demoListingUrl,
} from './demo-data.ts';
import { demoJointForce } from './demo-joint-force.ts';
import { uploadDemoLicence } from './demo-licences.ts';
import { loadDemoMoney } from './demo-money.ts';
import { demoTestBuy } from './demo-test-buys.ts';

const DEMO_ACTOR = 'system:demo';
const LOADED_ACTION = 'demo.loaded';
const TRADEMARK_VALID_UNTIL = '2034-12-31';
/** A 1x1 transparent PNG: real image bytes for the demo screenshots without shipping a file. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export interface DemoMarketplaceInfo {
  id: string;
  code: string;
  name: string;
  jurisdiction: string;
  /** Only known when the key was issued in this run (keys are stored hashed). */
  apiKey: string | null;
}

export interface DemoCredentials {
  /** True when this call created the demo data; false when it was already there. */
  created: boolean;
  users: readonly DemoUser[];
  marketplaces: DemoMarketplaceInfo[];
  /** Demo listings handed to detection in this run (and how many it flagged, when it scanned in-process). */
  scanned?: { listings: number; flagged: number };
}

/**
 * What the database holds, so `serve` and `demo` can decide without guessing: `loaded` (the
 * completion marker is in the audit log), `partial` (a load was interrupted), `empty`, or `other`
 * (someone's real data, which the demo must not be mixed into by `serve`).
 */
export async function demoState(db: Database): Promise<'loaded' | 'partial' | 'empty' | 'other'> {
  const marker = await db
    .selectFrom('audit_log')
    .select('seq')
    .where('action', '=', LOADED_ACTION)
    .limit(1)
    .executeTakeFirst();
  if (marker) return 'loaded';
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_USERS[0]!.email)
    .executeTakeFirst();
  if (admin) return 'partial';
  const anyOrg = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return anyOrg ? 'other' : 'empty';
}

/** A real principal for a demo user, obtained the way a person gets one: by logging in. */
async function principalOf(db: Database, user: DemoUser): Promise<Principal> {
  const session = await login(db, user.email, user.password);
  const principal = await authenticate(db, session.token, undefined);
  if (!principal) throw new Error(`demo: could not authenticate ${user.email}`);
  return principal;
}

function demoUser(key: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`demo: no user ${key}`);
  return user;
}

/**
 * Loads the demo data set through the service functions (so it is validated, audited and shaped
 * exactly like data entered through the API). Idempotent: a second call returns `created: false`.
 */
export async function loadDemo(
  db: Database,
  masterKey: Buffer,
  options: {
    /** Where the demo listings go for proactive detection (the platform's pipeline); default in-process. */
    scan?: ScanSink;
  } = {},
): Promise<DemoCredentials> {
  const state = await demoState(db);
  if (state === 'loaded')
    return { created: false, users: DEMO_USERS, marketplaces: await existingMarketplaces(db) };
  if (state === 'partial') {
    throw new Error(
      'An earlier demo load was interrupted (the demo admin exists but the load did not finish). Start from an empty database (new IPP_DATA_DIR or database).',
    );
  }

  const orgIds = {} as Record<DemoOrgKey, string>;
  for (const [key, org] of Object.entries(DEMO_ORGS) as [DemoOrgKey, (typeof DEMO_ORGS)[DemoOrgKey]][]) {
    orgIds[key] = (await createOrganisationUnchecked(db, { kind: org.kind, name: org.name })).id;
  }
  for (const user of DEMO_USERS) {
    await addMember(db, null, orgIds[user.org as DemoOrgKey], {
      email: user.email,
      name: user.name,
      password: user.password,
      role: user.role,
    });
  }
  const [admin, reviewer, lumiere, stridewell, agent] = await Promise.all(
    ['admin', 'reviewer', 'lumiere', 'stridewell', 'agent'].map((key) => principalOf(db, demoUser(key))),
  );

  const markets = {} as Record<DemoMarketKey, DemoMarketplaceInfo>;
  for (const [key, m] of Object.entries(DEMO_MARKETPLACES) as [
    DemoMarketKey,
    (typeof DEMO_MARKETPLACES)[DemoMarketKey],
  ][]) {
    // No webhook URL: the demo has no marketplace to call back; deliveries stay visible as failed attempts.
    const created = await createMarketplace(db, admin!, masterKey, {
      code: m.code,
      name: m.name,
      jurisdiction: m.jurisdiction,
    });
    const feedKey = await createApiKey(db, admin!, orgIds.operator, {
      name: `${m.code} feed`,
      role: 'marketplace',
      marketplaceId: created.id,
    });
    markets[key] = {
      id: created.id,
      code: m.code,
      name: m.name,
      jurisdiction: m.jurisdiction,
      apiKey: feedKey.key,
    };
  }

  const listingIds = await registerDemoListings(db, admin!, markets, orgIds);
  await registerDemoTraders(db, masterKey, admin!, markets, orgIds);
  const rights = await registerDemoRights(db, {
    lumiere: lumiere!,
    stridewell: stridewell!,
    reviewer: reviewer!,
  });
  await demoStolenPhoto(db, { admin: admin!, stridewell: stridewell! }, rights.get('copyright')!, [
    listingIds.get('de-3007')!.id,
    listingIds.get('us-2009')!.id,
  ]);
  await grantRepresentation(db, lumiere!, { agentOrgId: orgIds.agent });
  // The operator vetted Brand Shield Associates (issue 12): its notices' letters say so.
  await setOrganisationTrust(db, admin!, orgIds.agent, { vettedAgent: true });
  await uploadDemoLicence(db, (await principalOf(db, demoUser('dragon')))!, markets.eu.id);

  // A few notices so the review queue has work in it: brand filing, agent filing, copyright.
  const listing = (externalId: string) => listingIds.get(externalId)!;
  await fileDemoNotice(db, lumiere!, demoUser('lumiere'), {
    rightId: rights.get('CN-31415926')!,
    infringementType: 'counterfeit',
    listings: [listing('cn-1001'), listing('cn-1002'), listing('cn-1008')],
    explanation: 'Replica bags offered under our registered mark at a fraction of the retail price',
  });
  await fileDemoNotice(db, agent!, demoUser('agent'), {
    rightId: rights.get('US-5123456')!,
    infringementType: 'counterfeit',
    listings: [listing('us-2003'), listing('us-2007')],
    explanation: 'Vetted by Brand Shield Associates: self-declared replicas of the Étoile tote',
    principalOrgId: orgIds.lumiere,
  });
  await fileDemoNotice(db, stridewell!, demoUser('stridewell'), {
    rightId: rights.get('copyright')!,
    infringementType: 'copyright',
    listings: [listing('de-3007')],
    explanation: 'The listing reuses our studio photographs of the Aero Runner without a licence',
  });

  // Misuse of the notice system (issue 12): two Stridewell notices a reviewer found not infringing,
  // and the operator's warning naming them (the notifier's "warnings and sanctions" page shows it).
  const unfounded = await fileDemoNotice(db, stridewell!, demoUser('stridewell'), {
    rightId: rights.get('copyright')!,
    infringementType: 'copyright',
    listings: [listing('de-3004'), listing('de-3008')],
    explanation: 'These listings use photographs like ours',
  });
  for (const itemId of unfounded)
    await decideItem(db, reviewer!, itemId, {
      decision: 'reject',
      reasonCode: 'not_infringing',
      reasonText: "The photographs are the seller's own; nothing of the notifier's work is reproduced.",
    });
  await sanctionNotifierByHand(db, reviewer!, orgIds.stridewell, {
    level: 'warning',
    reasonText: `Manifestly unfounded notices: both items of a notice filed today (${unfounded.join(', ')}) were rejected as not infringing. Further notices of this kind will lead to a suspension of notice processing.`,
  });
  // After the misuse example: Stridewell's notices from here on are filed in good faith.
  await demoGoodFaith(db, { admin: admin!, stridewell: stridewell! }, orgIds, markets, rights, listing);
  // Test buys and referrals (issue 16): one test buy through inspection, counterfeit, referred.
  await demoTestBuy(
    db,
    {
      admin: admin!,
      reviewer: reviewer!,
      lumiere: lumiere!,
      inspector: await principalOf(db, demoUser('inspector')),
      liaison: await principalOf(db, demoUser('liaison')),
    },
    listing('de-3002').id,
    markets.eu.id,
  );
  // Joint Force (issue 15): a brand's verification queue with waiting and answered cases.
  const usFeed = await authenticate(db, markets.us.apiKey!, undefined);
  if (!usFeed) throw new Error('demo: the US marketplace key does not authenticate');
  await demoJointForce(
    db,
    { northpeak: (await principalOf(db, demoUser('northpeak')))!, reviewer: reviewer!, feed: usFeed },
    { id: markets.us.id, host: DEMO_MARKETPLACES.us.host },
  );
  // Money (issue 14): a deposit, orders with held proceeds, a buyer refunded first.
  await loadDemoMoney(db, { admin: admin!, buyer: await principalOf(db, demoUser('buyer')) }, markets.us.id);

  await db.transaction().execute((trx) =>
    appendAudit(trx, [
      {
        actor: DEMO_ACTOR,
        action: LOADED_ACTION,
        entityType: 'system',
        entityId: 'demo',
        data: {
          users: DEMO_USERS.length,
          marketplaces: Object.keys(markets).length,
          listings: listingIds.size,
        },
      },
    ]),
  );
  // Like listings registered through the API, the demo's go through proactive detection; after the
  // load is marked complete, so a failed scan leaves loaded data (a rescan can repeat it).
  const scan = options.scan ?? ((listings) => new ProactiveScanner(db).scanListings(listings));
  const listings = await listingsByIds(
    db,
    [...listingIds.values()].map((l) => l.id),
  );
  const { flagged } = await scan(listings);
  return {
    created: true,
    users: DEMO_USERS,
    marketplaces: Object.values(markets),
    scanned: { listings: listings.length, flagged },
  };
}

/** Feeds each marketplace's listings through its own API key, then links stores to their sellers. */
async function registerDemoListings(
  db: Database,
  admin: Principal,
  markets: Record<DemoMarketKey, DemoMarketplaceInfo>,
  orgIds: Record<DemoOrgKey, string>,
): Promise<Map<string, { id: string; url: string }>> {
  const listingIds = new Map<string, { id: string; url: string }>();
  const storeIds = new Map<string, string>();
  for (const [key, items] of Object.entries(DEMO_LISTINGS) as [
    DemoMarketKey,
    (typeof DEMO_LISTINGS)[DemoMarketKey],
  ][]) {
    const market = markets[key];
    const feed = await authenticate(db, market.apiKey!, undefined);
    if (!feed) throw new Error(`demo: the ${market.code} key does not authenticate`);
    const inputs: ListingInput[] = items.map(({ store, price, ...rest }) => ({
      ...rest,
      url: demoListingUrl(key, rest.externalId),
      store: { externalId: store, name: DEMO_STORES[store]!.name },
      price: { amount: price, currency: DEMO_MARKETPLACES[key].currency },
      description: `${rest.title}. Demo listing on ${market.name}.`,
      imageUrls: [`${DEMO_MARKETPLACES[key].host}/img/${rest.externalId}.jpg`],
    }));
    const registered = await registerListings(db, feed, market.id, inputs);
    registered.forEach(({ listing }, i) => {
      listingIds.set(listing.externalId, { id: listing.id, url: listing.url });
      storeIds.set(inputs[i]!.store.externalId, listing.storeId);
    });
  }
  for (const [external, store] of Object.entries(DEMO_STORES)) {
    const storeId = storeIds.get(external);
    if (storeId && store.seller) await linkStoreToSeller(db, admin, storeId, orgIds[store.seller]);
  }
  return listingIds;
}

/**
 * Sends each store's trader details through its marketplace's key; then Luxe Replica House is
 * suspended by the operator (a sanction with its statement of reasons) and Golden Dragon opens an
 * outlet paying out to the same account, which is held at registration.
 */
async function registerDemoTraders(
  db: Database,
  masterKey: Buffer,
  admin: Principal,
  markets: Record<DemoMarketKey, DemoMarketplaceInfo>,
  orgIds: Record<DemoOrgKey, string>,
): Promise<void> {
  const feedOf = async (key: DemoMarketKey) => {
    const feed = await authenticate(db, markets[key].apiKey!, undefined);
    if (!feed) throw new Error(`demo: the ${markets[key].code} key does not authenticate`);
    return feed;
  };
  const ids = new Map<string, string>();
  for (const key of Object.keys(markets) as DemoMarketKey[]) {
    const stores = Object.entries(DEMO_STORES)
      .filter(([, s]) => s.market === key)
      .map(([externalId, s]) => ({
        externalId,
        name: s.name,
        ...(DEMO_TRADERS[externalId] ? { trader: DEMO_TRADERS[externalId] } : {}),
      }));
    if (stores.length === 0) continue;
    const registered = await registerStores(
      db,
      await feedOf(key),
      masterKey,
      markets[key].id,
      stores,
      (i) => `/stores/${i}`,
    );
    for (const s of registered) ids.set(s.externalId, s.id);
  }
  await sanctionByHand(db, admin, ids.get('luxe-cn')!, {
    level: 'suspension',
    suspensionDays: 90,
    reasonText:
      'A test buy and repeated buyer complaints showed counterfeit handbags sold as genuine (demo).',
  });
  const held = DEMO_HELD_STORE;
  const feed = await feedOf(held.market);
  const [outlet] = await registerStores(
    db,
    feed,
    masterKey,
    markets[held.market].id,
    [{ externalId: held.externalId, name: held.name }],
    () => '',
  );
  await linkStoreToSeller(db, admin, outlet!.id, orgIds.dragon);
  await registerStores(
    db,
    feed,
    masterKey,
    markets[held.market].id,
    [{ externalId: held.externalId, name: held.name, trader: DEMO_TRADERS[held.externalId]! }],
    () => '',
  );
}

/** Registers the brands' rights and has the reviewer verify them; returns ids by registration number. */
async function registerDemoRights(
  db: Database,
  actors: { lumiere: Principal; stridewell: Principal; reviewer: Principal },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const tm of DEMO_TRADEMARKS) {
    const { brand, ...fields } = tm;
    const right = await registerRight(db, actors[brand], {
      type: 'trademark',
      ...fields,
      niceClasses: [...fields.niceClasses],
      validUntil: TRADEMARK_VALID_UNTIL,
    });
    await verifyRight(db, actors.reviewer, right.id, {
      decision: 'verify',
      note: 'Registration checked against the office register (demo)',
    });
    ids.set(tm.registrationNumber, right.id);
  }
  const proof = await uploadDocument(db, actors.stridewell, {
    content: Buffer.from(DEMO_COPYRIGHT.proof, 'utf8'),
    mediaType: 'text/plain',
    filename: 'work-for-hire.txt',
  });
  const copyright = await registerRight(db, actors.stridewell, {
    type: 'copyright',
    name: DEMO_COPYRIGHT.name,
    ownerName: DEMO_COPYRIGHT.ownerName,
    workDescription: DEMO_COPYRIGHT.workDescription,
    documentShas: [proof.sha256],
  });
  await verifyRight(db, actors.reviewer, copyright.id, {
    decision: 'verify',
    note: 'Ownership agreement reviewed (demo)',
  });
  ids.set('copyright', copyright.id);
  return ids;
}

/**
 * Stolen photos (issue 15): Stridewell's studio photograph of the Aero Runner is a reference image
 * of its copyright, and Golden Dragon's lookalike listing on Marktplatz Europa uses it mirrored and
 * re-encoded (pushed as bytes, as a marketplace would); a Bargain Barn listing uses the very same
 * file. Both are matched, with a `stolen_photo` signal in their verdicts when the demo is scanned.
 */
async function demoStolenPhoto(
  db: Database,
  actors: { admin: Principal; stridewell: Principal },
  copyrightId: string,
  [mirroredCopy, sameFile]: [string, string],
) {
  const photo = await productPhoto(2026);
  const doc = await uploadDocument(db, actors.stridewell, {
    content: photo,
    mediaType: 'image/png',
    filename: 'aero-runner-studio.png',
  });
  await addReferenceImage(db, actors.stridewell, copyrightId, {
    documentSha256: doc.sha256,
    label: 'Aero Runner, studio shot',
  });
  const copy = await sharp(photo).flop().resize(400, 400).jpeg({ quality: 75 }).toBuffer();
  await pushListingImage(db, actors.admin, mirroredCopy, { position: 0, bytes: copy });
  await pushListingImage(db, actors.admin, sameFile, { position: 0, bytes: photo });
}

/**
 * What good faith buys (issue 12): Stridewell is a
 * Good Faith Program member (written directly here: the demo has no filing history to earn it);
 * Marktplatz Europa takes good-faith notices down provisionally; Stridewell's notice against a
 * Golden Dragon copy there is down at once, awaiting a reviewer's confirmation.
 */
async function demoGoodFaith(
  db: Database,
  actors: { admin: Principal; stridewell: Principal },
  orgIds: Record<DemoOrgKey, string>,
  markets: Record<DemoMarketKey, DemoMarketplaceInfo>,
  rights: Map<string, string>,
  listing: (externalId: string) => { id: string; url: string },
): Promise<void> {
  const now = new Date();
  await writeProgramme(db, {
    org_id: orgIds.stridewell,
    status: 'member',
    basis: 'own',
    via_agent_org_id: null,
    since: now,
    rejoin_after: null,
    decision_id: null,
    policy_version: 0,
    updated_at: now,
  });
  await setExpeditedPolicy(db, actors.admin, {
    default: { path: 'priority', slaHours: 8 },
    marketplaces: { [markets.eu.id]: { path: 'provisional', slaHours: 24 } },
    requiredEvidence: ['any'],
    optionalEvidence: ['any'],
    sellerSeesLetterDocument: false,
  });
  await fileDemoNotice(db, actors.stridewell, demoUser('stridewell'), {
    rightId: rights.get('copyright')!,
    infringementType: 'copyright',
    listings: [listing('de-3003')],
    explanation: 'The "Aero Runner Kopie" listing shows our studio photographs (Good Faith Program member)',
  });
}

interface DemoNotice {
  rightId: string;
  infringementType: NoticeInput['infringementType'];
  listings: readonly { id: string; url: string }[];
  explanation: string;
  principalOrgId?: string;
}

async function fileDemoNotice(
  db: Database,
  filer: Principal,
  person: DemoUser,
  notice: DemoNotice,
): Promise<string[]> {
  const shot = await uploadDocument(db, filer, {
    content: PIXEL_PNG,
    mediaType: 'image/png',
    filename: 'screenshot.png',
  });
  const capturedAt = new Date(Date.now() - 3_600_000).toISOString();
  const filed = await fileNotice(db, filer, {
    rightId: notice.rightId,
    infringementType: notice.infringementType,
    ...(notice.principalOrgId ? { principalOrgId: notice.principalOrgId } : {}),
    items: notice.listings.map((l) => ({
      listingId: l.id,
      evidence: [{ kind: 'screenshot', documentSha256: shot.sha256, url: l.url, capturedAt }],
    })),
    statements: { goodFaith: true, accuracy: true, authority: true },
    contact: { name: person.name, email: person.email },
    explanation: notice.explanation,
  });
  return filed.body.items.map((i) => i.id);
}

async function existingMarketplaces(db: Database): Promise<DemoMarketplaceInfo[]> {
  const codes = new Set<string>(Object.values(DEMO_MARKETPLACES).map((m) => m.code));
  return (await listMarketplaces(db))
    .filter((m) => codes.has(m.code))
    .map((m) => ({ id: m.id, code: m.code, name: m.name, jurisdiction: m.jurisdiction, apiKey: null }));
}

/**
 * Issues a fresh API key for each demo marketplace, for a later start when the keys printed at
 * first start are lost. Earlier keys stay valid until revoked (DELETE /v1/api-keys/:id).
 */
export async function reissueDemoMarketplaceKeys(db: Database): Promise<DemoMarketplaceInfo[]> {
  const admin = await principalOf(db, demoUser('admin'));
  const markets = await existingMarketplaces(db);
  for (const market of markets) {
    market.apiKey = (
      await createApiKey(db, admin, admin.orgId, {
        name: `${market.code} feed (reissued)`,
        role: 'marketplace',
        marketplaceId: market.id,
      })
    ).key;
  }
  return markets;
}
