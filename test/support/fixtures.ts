import { apiKeyFor, type Harness, userIn } from './harness.ts';

let seq = 0;

/** Registers a marketplace through the API and returns it with a marketplace API key. */
export async function marketplace(h: Harness, jurisdiction = 'US', webhookUrl?: string) {
  const code = `mkt-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
  const res = await h.request('POST', '/v1/marketplaces', {
    token: h.adminToken,
    body: { code, name: `Marketplace ${code}`, jurisdiction, ...(webhookUrl ? { webhookUrl } : {}) },
  });
  if (res.status !== 201) throw new Error(`marketplace: ${res.text}`);
  const key = await apiKeyFor(h, h.operatorOrgId, 'marketplace', res.body.id);
  return {
    id: res.body.id as string,
    code,
    key,
    webhookSecret: res.body.webhookSecret as string,
    jurisdiction,
  };
}

export function listingBody(overrides: Record<string, unknown> = {}) {
  const n = ++seq;
  return {
    externalId: `L${n}`,
    url: `https://shop.example/item/${n}`,
    store: { externalId: 'store-1', name: 'Store One' },
    title: `Handbag ${n}`,
    description: 'Leather handbag',
    price: { amount: 25.5, currency: 'USD' },
    quantity: 10,
    condition: 'new',
    category: 'bags',
    shipFrom: 'CN',
    imageUrls: [`https://img.example/${n}.jpg`],
    ...overrides,
  };
}

/** Registers `count` listings on a marketplace through its key; returns their OpenIPP ids. */
export async function listings(
  h: Harness,
  mkt: { id: string; key: string },
  count: number,
  overrides: Record<string, unknown> = {},
) {
  const bodies = Array.from({ length: count }, () => listingBody(overrides));
  const ids: string[] = [];
  for (let i = 0; i < bodies.length; i += 1000) {
    const res = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
      token: mkt.key,
      body: { listings: bodies.slice(i, i + 1000) },
    });
    if (res.status !== 200) throw new Error(`listings: ${res.text}`);
    ids.push(...res.body.items.map((item: { id: string }) => item.id));
  }
  return ids;
}

/** Uploads bytes as a document for the caller and returns the SHA-256. */
export async function uploadDocument(
  h: Harness,
  token: string,
  content = `evidence ${Math.random()}`,
  mediaType = 'image/png',
) {
  const res = await h.request('POST', '/v1/documents?filename=evidence.png', {
    token,
    payload: Buffer.from(content),
    headers: { 'content-type': mediaType },
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload: ${res.text}`);
  return res.body.sha256 as string;
}

/** Records a right for the brand and has the admin verify it. */
export async function verifiedRight(h: Harness, token: string, overrides: Record<string, unknown> = {}) {
  const type = (overrides.type as string) ?? 'trademark';
  const base: Record<string, unknown> =
    type === 'trademark'
      ? {
          type,
          name: 'ACME',
          ownerName: 'Acme Inc.',
          registrationNumber: `TM${++seq}`,
          office: 'USPTO',
          jurisdiction: 'US',
          niceClasses: [18, 25],
          validUntil: '2035-01-01',
        }
      : type === 'patent'
        ? {
            type,
            name: 'Folding hinge',
            ownerName: 'Acme Inc.',
            registrationNumber: `US${++seq}`,
            jurisdiction: 'US',
            patentKind: 'utility',
            validUntil: '2035-01-01',
          }
        : {
            type,
            name: 'Product photo set',
            ownerName: 'Acme Inc.',
            workDescription: 'Studio photographs of the 2026 range',
            documentShas: [await uploadDocument(h, token, `proof ${++seq}`, 'application/pdf')],
          };
  const res = await h.request('POST', '/v1/rights', { token, body: { ...base, ...overrides } });
  if (res.status !== 201) throw new Error(`right: ${res.text}`);
  const verified = await h.request('POST', `/v1/rights/${res.body.id}/verification`, {
    token: h.adminToken,
    body: { decision: 'verify' },
  });
  if (verified.status !== 200) throw new Error(`verify: ${verified.text}`);
  return verified.body as { id: string; orgId: string; jurisdiction: string | null };
}

export const STATEMENTS = { goodFaith: true, accuracy: true, authority: true };
export const CONTACT = { name: 'Jane Brand', email: 'legal@brand.example' };

/** A screenshot evidence entry for a listing, with a freshly uploaded document. */
export async function screenshot(h: Harness, token: string, url = 'https://shop.example/item') {
  return {
    kind: 'screenshot',
    documentSha256: await uploadDocument(h, token),
    url,
    capturedAt: '2026-01-05T10:00:00Z',
  };
}

/** Builds a notice body for the given listing ids, sharing one screenshot document. */
export function noticeBody(
  rightId: string,
  listingIds: readonly string[],
  evidence: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
) {
  return {
    rightId,
    infringementType: 'counterfeit',
    items: listingIds.map((listingId) => ({ listingId, evidence: [evidence] })),
    statements: STATEMENTS,
    contact: CONTACT,
    explanation: 'Counterfeit handbags bearing our registered mark',
    ...overrides,
  };
}

/**
 * What review tests file notices with: a brand with a verified right and a screenshot, a seller,
 * a US marketplace; `file(n)` files one notice for n new listings and returns its items.
 */
export async function reviewScene(h: Harness) {
  const brand = await userIn(h, 'brand', 'rights_holder');
  const seller = await userIn(h, 'seller', 'seller');
  const mkt = await marketplace(h, 'US');
  const right = await verifiedRight(h, brand.token);
  const evidence = await screenshot(h, brand.token);
  async function file(count: number): Promise<{ id: string; listing: { id: string } }[]> {
    const ids = await listings(h, mkt, count);
    const res = await h.request('POST', '/v1/notices', {
      token: brand.token,
      body: noticeBody(right.id, ids, evidence),
    });
    if (res.status !== 201) throw new Error(`notice: ${res.status} ${res.text}`);
    return res.body.items;
  }
  return { brand, seller, mkt, right, evidence, file };
}
