import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import fc from 'fast-check';
import sharp from 'sharp';
import { listingBody, marketplace, uploadDocument, verifiedRight } from '../../test/support/fixtures.ts';
import {
  apiKeyFor,
  createHarness,
  drivers,
  type Harness,
  memberOf,
  userIn,
} from '../../test/support/harness.ts';
import { sealAllAudit } from '../audit/audit.repository.ts';
import { hamming, hexToWords, wordsToHex } from '../detection/pdq.ts';
import { type OutboundPolicy, outboundPolicy, parseAllowList } from '../net/index.ts';
import { BACK_SCAN_SETTLE_MS, backScanReferences, fetchDueImages } from './images.service.ts';
import { classify, hashColumns, hostAllowed, isRetryable, nextAttemptDelayMs, probesFor } from './images.ts';
import { ReferenceIndex } from './reference-index.ts';
import { productPhoto } from './sample-images.ts';

test('allowed hosts: exact names and subdomains of a wildcard, nothing else', () => {
  const hosts = ['img.shop.example', '*.cdn.example'];
  assert.ok(hostAllowed(hosts, 'img.shop.example'));
  assert.ok(hostAllowed(hosts, 'IMG.Shop.Example.'));
  assert.ok(hostAllowed(hosts, 'a.b.cdn.example'));
  assert.ok(!hostAllowed(hosts, 'cdn.example'));
  assert.ok(!hostAllowed(hosts, 'evilcdn.example'));
  assert.ok(!hostAllowed(hosts, 'img.shop.example.evil.test'));
  assert.ok(!hostAllowed([], 'img.shop.example'));
});

test('retries: network trouble and 5xx are retried with growing delays, refusals are final', () => {
  assert.ok(isRetryable('timeout') && isRetryable('http-503') && isRetryable('http-429'));
  assert.ok(!isRetryable('http-404') && !isRetryable('blocked-address') && !isRetryable('not-an-image'));
  assert.ok(!isRetryable('host-not-allowed') && !isRetryable('body-too-large'));
  const mid = () => 0.5;
  assert.deepEqual(
    [1, 2, 3, 4].map((a) => nextAttemptDelayMs(a, mid)),
    [60_000, 240_000, 960_000, 3_840_000],
  );
});

test('hash columns: four signed 64-bit words and 16 chunks hold the same 256 bits', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
      const hex = Buffer.from(bytes).toString('hex');
      const { words, chunks } = hashColumns(hex);
      for (let q = 0; q < 4; q++) {
        const u = BigInt.asUintN(64, words[q] as bigint);
        for (let k = 0; k < 4; k++) assert.equal(Number((u >> BigInt(16 * k)) & 0xffffn), chunks[q * 4 + k]);
      }
      assert.equal(probesFor(hex).length, 16);
      assert.equal(probesFor(hex)[0]?.length, 17);
    }),
  );
});

test('the in-process multi-index answers exactly what a linear scan answers', () => {
  fc.assert(
    fc.property(
      fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.tuple(fc.nat(299), fc.uniqueArray(fc.nat(255), { maxLength: 40 })), { maxLength: 20 }),
      fc.integer({ min: 0, max: 31 }),
      (stored, queries, distance) => {
        const index = new ReferenceIndex();
        const hexes = stored.map((b) => Buffer.from(b).toString('hex'));
        hexes.forEach((hex, i) => {
          index.add(`r${i}`, hex);
          if (i === 150) index.build(); // half in the tables, half in the overflow
        });
        for (const [pick, flips] of queries) {
          const words = hexToWords(hexes[pick % hexes.length] as string);
          for (const bit of flips) words[bit >> 4] = (words[bit >> 4] as number) ^ (1 << (bit & 15));
          const q = wordsToHex(words);
          const expected = hexes
            .map((hex, i) => ({ id: `r${i}`, distance: hamming(hex, q) }))
            .filter((x) => x.distance <= distance)
            .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
          assert.deepEqual(index.near(q, distance), expected);
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('what a match is called: same bytes, nearest of direct and mirrored', () => {
  assert.deepEqual(classify(true, 3, 90), { transformation: 'identical', distance: 0 });
  assert.deepEqual(classify(false, 12, 100), { transformation: 'near_identical', distance: 12 });
  assert.deepEqual(classify(false, 120, 8), { transformation: 'mirrored', distance: 8 });
});

/** A PNG whose header claims `w` x `h` pixels (a decompression bomb: the data is tiny). */
async function claimedPng(w: number, h: number) {
  const small = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: 'green' } })
      .png()
      .toBuffer(),
  );
  small.writeUInt32BE(w, 16);
  small.writeUInt32BE(h, 20);
  small.writeUInt32BE(zlib.crc32(small.subarray(12, 29)) >>> 0, 29);
  return small;
}

/** A JPEG whose frame header says 10000 x 10000 (100 megapixels). */
async function hundredMegapixelJpeg() {
  const j = Buffer.from(
    await sharp({ create: { width: 16, height: 16, channels: 3, background: 'green' } })
      .jpeg()
      .toBuffer(),
  );
  for (let i = 2; i < j.length - 9; i++) {
    if (j[i] === 0xff && (j[i + 1] === 0xc0 || j[i + 1] === 0xc2)) {
      j.writeUInt16BE(10_000, i + 5);
      j.writeUInt16BE(10_000, i + 7);
      break;
    }
  }
  return j;
}

for (const driver of drivers()) {
  describe(`stolen photos through the API (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let otherBrand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    let otherMkt: Awaited<ReturnType<typeof marketplace>>;
    let rightId: string;
    let reference: Buffer;
    let referenceSha: string;
    let server: Server;
    let port: number;
    let policy: OutboundPolicy;
    let flakyCalls = 0;
    const served = new Map<string, { type: string; body: Buffer }>();

    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      otherBrand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      mkt = await marketplace(h, 'US');
      otherMkt = await marketplace(h, 'US');
      rightId = (await verifiedRight(h, brand.token, { type: 'copyright', name: 'Acme studio photographs' }))
        .id;
      reference = await productPhoto(7);
      const mirrored = await sharp(reference).flop().resize(360, 360).jpeg({ quality: 70 }).toBuffer();
      const frames = await Promise.all(
        ['red', 'blue'].map((c) =>
          sharp({ create: { width: 40, height: 40, channels: 3, background: c } })
            .png()
            .toBuffer(),
        ),
      );
      const full = await productPhoto(11, { format: 'jpeg' });
      served.set('/mirror.jpg', { type: 'image/jpeg', body: mirrored });
      served.set('/same.png', { type: 'image/png', body: reference });
      served.set('/unrelated.png', { type: 'image/png', body: await productPhoto(99) });
      served.set('/page.jpg', {
        type: 'image/jpeg',
        body: Buffer.from('<html><body>not a picture</body></html>'),
      });
      served.set('/bomb.png', { type: 'image/png', body: await claimedPng(50_000, 50_000) });
      served.set('/huge.jpg', { type: 'image/jpeg', body: await hundredMegapixelJpeg() });
      served.set('/broken.jpg', {
        type: 'image/jpeg',
        body: full.subarray(0, Math.floor(full.length * 0.6)),
      });
      served.set('/anim.gif', {
        type: 'image/gif',
        body: await sharp(frames, { join: { animated: true } })
          .gif()
          .toBuffer(),
      });
      served.set('/big.png', { type: 'image/png', body: Buffer.alloc(300_000, 1) });
      server = createServer((req, res) => {
        const path = req.url ?? '/';
        if (path === '/flaky.jpg' && flakyCalls++ === 0) return res.writeHead(503).end('busy');
        if (path === '/flaky.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(mirrored);
        if (path === '/to-internal')
          return res.writeHead(302, { location: `http://metadata.shop.test:${port}/latest` }).end();
        if (path === '/to-other-host')
          return res.writeHead(302, { location: `http://elsewhere.test:${port}/same.png` }).end();
        if (path === '/missing.jpg') return res.writeHead(404).end('no');
        const file = served.get(path);
        if (!file) return res.writeHead(404).end();
        res.writeHead(200, { 'content-type': file.type }).end(file.body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
      // img.shop.test and elsewhere.test are this test server; metadata.shop.test is a private address.
      policy = outboundPolicy(
        { allow: parseAllowList(`127.0.0.1:${port}`), allowHttp: false },
        {
          resolve: async (name) =>
            name === 'metadata.shop.test'
              ? [{ address: '10.0.0.7', family: 4 }]
              : [{ address: '127.0.0.1', family: 4 }],
        },
      );
      referenceSha = await uploadDocument(h, brand.token, reference as unknown as string, 'image/png');
      // (Early: a scanner rereads its configuration every two seconds.)
      // Brand knowledge counts only for names the brand holds a verified mark for.
      await verifiedRight(h, brand.token, { name: 'Acmephoto' });
      const knowledge = {
        version: 'photos-1',
        brands: [{ id: 'acme', name: 'Acmephoto', authorizedSellers: ['acme-official'] }],
      };
      const put = await h.request('PUT', '/v1/brand-knowledge', { token: brand.token, body: knowledge });
      assert.equal(put.status, 200, put.text);
    });
    after(async () => {
      server?.close();
      await h?.close();
    });

    test('a brand adds a reference image to its right: hashed, once; others are refused', async () => {
      const added = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: brand.token,
        body: { documentSha256: referenceSha, label: 'Tote, front' },
      });
      assert.equal(added.status, 201, added.text);
      assert.match(added.body.pdq, /^[0-9a-f]{64}$/);
      assert.ok(added.body.quality >= 50 && added.body.indexed);
      const again = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: brand.token,
        body: { documentSha256: referenceSha },
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, added.body.id);
      const list = await h.request('GET', `/v1/rights/${rightId}/reference-images`, { token: brand.token });
      assert.equal(list.body.items.length, 1);
      // Another brand: the right is not theirs (404); a seller: wrong role (403).
      const other = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: otherBrand.token,
        body: { documentSha256: referenceSha },
      });
      assert.equal(other.status, 404);
      assert.equal(
        (await h.request('GET', `/v1/rights/${rightId}/reference-images`, { token: otherBrand.token }))
          .status,
        404,
      );
      const bySeller = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: seller.token,
        body: { documentSha256: referenceSha },
      });
      assert.equal(bySeller.status, 403);
    });

    test('a reference document that is not an image is refused naming the field and the rule', async () => {
      const pdf = await uploadDocument(h, brand.token, '%PDF-1.4 not an image', 'application/pdf');
      const res = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: brand.token,
        body: { documentSha256: pdf },
      });
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.errors[0].pointer, '/documentSha256');
      assert.equal(res.body.errors[0].rule, 'not-an-image');
      const unknown = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: brand.token,
        body: { documentSha256: 'a'.repeat(64) },
      });
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.errors[0].pointer, '/documentSha256');
    });

    test('image hosts: set by the marketplace itself or an admin; others refused', async () => {
      const set = await h.request('PUT', `/v1/marketplaces/${mkt.id}/image-hosts`, {
        token: mkt.key,
        body: { hosts: ['img.shop.test', '*.cdn.shop.test', 'metadata.shop.test'] },
      });
      assert.equal(set.status, 200, set.text);
      assert.deepEqual(set.body.hosts, ['*.cdn.shop.test', 'img.shop.test', 'metadata.shop.test']);
      assert.equal(
        (
          await h.request('PUT', `/v1/marketplaces/${mkt.id}/image-hosts`, {
            token: otherMkt.key,
            body: { hosts: [] },
          })
        ).status,
        404,
      );
      assert.equal(
        (
          await h.request('PUT', `/v1/marketplaces/${mkt.id}/image-hosts`, {
            token: brand.token,
            body: { hosts: [] },
          })
        ).status,
        403,
      );
      const bad = await h.request('PUT', `/v1/marketplaces/${mkt.id}/image-hosts`, {
        token: mkt.key,
        body: { hosts: ['http://x/'] },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/hosts/0');
      const read = await h.request('GET', `/v1/marketplaces/${mkt.id}/image-hosts`, { token: h.adminToken });
      assert.equal(read.body.hosts.length, 3);
    });

    test('listing images are fetched safely, hashed and matched; bad input is recorded, never fatal', async () => {
      const url = (path: string, host = 'img.shop.test') => `http://${host}:${port}${path}`;
      const paths = [
        url('/mirror.jpg'),
        url('/same.png'),
        url('/unrelated.png'),
        url('/page.jpg'),
        url('/bomb.png'),
        url('/huge.jpg'),
        url('/broken.jpg'),
        url('/anim.gif'),
        url('/to-internal'),
        url('/to-other-host'),
      ];
      const extra = [
        url('/missing.jpg'),
        url('/flaky.jpg'),
        url('/same.png', 'elsewhere.test'),
        url('/big.png'),
      ];
      const res = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
        token: mkt.key,
        body: {
          listings: [
            listingBody({
              title: 'Tote bag',
              imageUrls: paths,
              store: { externalId: 'copycat', name: 'Copycat' },
            }),
            listingBody({
              title: 'Tote bag',
              imageUrls: extra,
              store: { externalId: 'copycat', name: 'Copycat' },
            }),
          ],
        },
      });
      assert.equal(res.status, 200, res.text);
      const [first, second] = res.body.items.map((i: { id: string }) => i.id) as [string, string];
      const t0 = new Date();
      // Fetched by a worker round, as `ipp serve` does: every image gets a status, nothing throws.
      let tried = 0;
      for (let round = 0; round < 3; round++)
        tried += await fetchDueImages(h.platform.database.db, {
          policy,
          now: t0,
          maxBytes: 200_000,
          limit: 20,
        });
      assert.equal(tried, 14);
      const images = await h.request('GET', `/v1/listings/${first}/images`, { token: h.adminToken });
      assert.equal(images.status, 200, images.text);
      const byPath = Object.fromEntries(
        images.body.items.map((i: { url: string; status: string; reason: string | null }) => [
          new URL(i.url).pathname,
          `${i.status}:${i.reason}`,
        ]),
      );
      assert.deepEqual(byPath, {
        '/mirror.jpg': 'hashed:null',
        '/same.png': 'hashed:null',
        '/unrelated.png': 'hashed:null',
        '/page.jpg': 'skipped:not-an-image',
        '/bomb.png': 'skipped:too-many-pixels',
        '/huge.jpg': 'skipped:too-many-pixels',
        '/broken.jpg': 'skipped:broken-image',
        '/anim.gif': 'skipped:animated',
        '/to-internal': 'failed:blocked-address',
        '/to-other-host': 'failed:host-not-allowed',
      });
      const second1 = await h.request('GET', `/v1/listings/${second}/images`, { token: mkt.key });
      const states = second1.body.items.map(
        (i: { status: string; reason: string | null }) => `${i.status}:${i.reason}`,
      );
      assert.deepEqual(states, [
        'failed:http-404',
        'pending:http-503',
        'failed:host-not-allowed',
        'failed:body-too-large',
      ]);
      // The 503 is retried after its backoff (not before), and then succeeds.
      assert.equal(await fetchDueImages(h.platform.database.db, { policy, now: t0 }), 0);
      const later = new Date(t0.getTime() + 2 * 60_000);
      assert.equal(await fetchDueImages(h.platform.database.db, { policy, now: later }), 1);
      const retried = await h.request('GET', `/v1/listings/${second}/images`, { token: mkt.key });
      assert.equal(retried.body.items[1].status, 'hashed');
      assert.equal(retried.body.items[1].attempts, 2);
      // Nobody but staff and the marketplace sees image status.
      assert.equal(
        (await h.request('GET', `/v1/listings/${first}/images`, { token: otherMkt.key })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/listings/${first}/images`, { token: brand.token })).status,
        403,
      );

      // The matches: the mirrored copy and the very same file; the unrelated photo matches nothing.
      const matches = await h.request('GET', `/v1/listings/${first}/image-matches`, { token: brand.token });
      assert.equal(matches.status, 200, matches.text);
      const found = matches.body.items.map(
        (m: { position: number; transformation: string; distance: number }) => [
          m.position,
          m.transformation,
          m.distance <= 31,
        ],
      );
      assert.deepEqual(found, [
        [1, 'identical', true],
        [0, 'mirrored', true],
      ]);
      assert.equal(matches.body.items[0].referenceSha256, referenceSha);
      // Another brand sees none of this brand's matches; a seller is refused; another marketplace: 404.
      const others = await h.request('GET', `/v1/listings/${first}/image-matches`, {
        token: otherBrand.token,
      });
      assert.deepEqual(others.body.items, []);
      assert.equal(
        (await h.request('GET', `/v1/listings/${first}/image-matches`, { token: seller.token })).status,
        403,
      );
      assert.equal(
        (await h.request('GET', `/v1/listings/${first}/image-matches`, { token: otherMkt.key })).status,
        404,
      );
      const staff = await h.request('GET', `/v1/listings/${first}/image-matches`, { token: h.adminToken });
      assert.equal(staff.body.items.length, 2);

      // By right: every listing using a matching image (the retried one too), for a notice in one step.
      const byRight = await h.request('GET', `/v1/rights/${rightId}/image-matches`, { token: brand.token });
      assert.equal(byRight.status, 200);
      assert.deepEqual(
        [...new Set(byRight.body.items.map((m: { listingId: string }) => m.listingId))].sort(),
        [first, second].sort(),
      );
      assert.equal(
        (await h.request('GET', `/v1/rights/${rightId}/image-matches`, { token: otherBrand.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/rights/${rightId}/image-matches`, { token: seller.token })).status,
        404,
      );
    });

    test('a copyright notice names samples and adds every listing using a matching image, in one step', async () => {
      const byRight = await h.request('GET', `/v1/rights/${rightId}/image-matches`, { token: brand.token });
      const matching = [
        ...new Set(byRight.body.items.map((m: { listingId: string }) => m.listingId)),
      ] as string[];
      const body = {
        sampleListingIds: [matching[0]],
        statements: { goodFaith: true, accuracy: true, authority: true },
        contact: { name: 'Jane Brand', email: 'legal@brand.example' },
      };
      const unrelated = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
        token: mkt.key,
        body: { listings: [listingBody({ imageUrls: [] })] },
      });
      const bad = await h.request('POST', `/v1/rights/${rightId}/image-matches/notice`, {
        token: brand.token,
        body: { ...body, sampleListingIds: [unrelated.body.items[0].id] },
      });
      assert.equal(bad.status, 400, bad.text);
      assert.equal(bad.body.errors[0].pointer, '/sampleListingIds/0');
      assert.equal(
        (
          await h.request('POST', `/v1/rights/${rightId}/image-matches/notice`, {
            token: otherBrand.token,
            body,
          })
        ).status,
        404,
      );
      assert.equal(
        (await h.request('POST', `/v1/rights/${rightId}/image-matches/notice`, { token: seller.token, body }))
          .status,
        403,
      );
      const filed = await h.request('POST', `/v1/rights/${rightId}/image-matches/notice`, {
        token: brand.token,
        body,
      });
      assert.equal(filed.status, 201, filed.text);
      assert.deepEqual([...filed.body.listingIds].sort(), [...matching].sort());
      const notice = await h.request('GET', `/v1/notices/${filed.body.noticeId}`, { token: brand.token });
      assert.equal(notice.status, 200);
      assert.equal(notice.body.infringementType, 'copyright');
      assert.equal(notice.body.items.length, matching.length);
      assert.equal(notice.body.items[0].evidence[0].documentSha256, referenceSha);
      // Again: every matching listing is under that open notice now, so nothing is left to add.
      const again = await h.request('POST', `/v1/rights/${rightId}/image-matches/notice`, {
        token: brand.token,
        body: { ...body, sampleListingIds: [] },
      });
      assert.equal(again.status, 400, again.text);
      assert.equal(again.body.errors[0].rule, 'matches-exist');
    });

    test('the verdict carries a stolen_photo signal unless the seller is authorized by the brand', async () => {
      const res = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
        token: mkt.key,
        body: {
          listings: [
            listingBody({
              title: 'Canvas bag',
              imageUrls: [],
              store: { externalId: 'copycat', name: 'Copycat' },
            }),
            listingBody({
              title: 'Canvas bag',
              imageUrls: [],
              store: { externalId: 'acme-official', name: 'Acme' },
            }),
          ],
        },
      });
      const [copycat, official] = res.body.items.map((i: { id: string }) => i.id) as [string, string];
      const mirrored = served.get('/mirror.jpg')!.body;
      for (const id of [copycat, official]) {
        const pushed = await h.request('PUT', `/v1/listings/${id}/images/0`, {
          token: mkt.key,
          payload: mirrored,
          headers: { 'content-type': 'image/jpeg' },
        });
        assert.equal(pushed.status, 200, pushed.text);
        assert.equal(pushed.body.status, 'hashed');
      }
      const verdict = await h.request('GET', `/v1/listings/${copycat}/verdict`, { token: h.adminToken });
      assert.equal(verdict.status, 200, verdict.text);
      const photo = verdict.body.signals.find((s: { kind: string }) => s.kind === 'stolen_photo');
      assert.ok(photo, verdict.text);
      assert.equal(photo.image.transformation, 'mirrored');
      assert.equal(photo.image.referenceSha256, referenceSha);
      assert.ok(photo.image.distance <= 31);
      assert.equal(verdict.body.action, 'brand_verify', 'a photo alone asks the brand, it does not remove');
      assert.deepEqual(
        verdict.body.brands.map((b: { brandId: string }) => b.brandId),
        [`${brand.orgId}:acme`],
      );
      const clean = await h.request('GET', `/v1/listings/${official}/verdict`, { token: h.adminToken });
      assert.ok(!clean.body.signals.some((s: { kind: string }) => s.kind === 'stolen_photo'), clean.text);
    });

    test('pushed bytes: refused ones answer 422 with the reason; only the listing’s marketplace may push', async () => {
      const [id] = (
        await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
          token: mkt.key,
          body: { listings: [listingBody({ imageUrls: [] })] },
        })
      ).body.items.map((i: { id: string }) => i.id);
      const html = await h.request('PUT', `/v1/listings/${id}/images/0`, {
        token: mkt.key,
        payload: Buffer.from('<html>hello</html>'),
        headers: { 'content-type': 'image/png' },
      });
      assert.equal(html.status, 422, html.text);
      assert.equal(html.body.errors[0].rule, 'not-an-image');
      const gif = await h.request('PUT', `/v1/listings/${id}/images/1`, {
        token: mkt.key,
        payload: served.get('/anim.gif')!.body,
        headers: { 'content-type': 'image/gif' },
      });
      assert.equal(gif.body.errors[0].rule, 'animated');
      const listed = await h.request('GET', `/v1/listings/${id}/images`, { token: mkt.key });
      assert.deepEqual(
        listed.body.items.map((i: { status: string; reason: string }) => `${i.status}:${i.reason}`),
        ['skipped:not-an-image', 'skipped:animated'],
      );
      const other = await h.request('PUT', `/v1/listings/${id}/images/0`, {
        token: otherMkt.key,
        payload: reference,
        headers: { 'content-type': 'image/png' },
      });
      assert.equal(other.status, 404);
      const byBrand = await h.request('PUT', `/v1/listings/${id}/images/0`, {
        token: brand.token,
        payload: reference,
        headers: { 'content-type': 'image/png' },
      });
      assert.equal(byBrand.status, 403);
      const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      assert.equal(
        (
          await h.request('PUT', `/v1/listings/${id}/images/0`, {
            token: reviewer.token,
            payload: reference,
            headers: { 'content-type': 'image/png' },
          })
        ).status,
        403,
      );
      const key = await apiKeyFor(h, h.operatorOrgId, 'marketplace', mkt.id);
      const ok = await h.request('PUT', `/v1/listings/${id}/images/0`, {
        token: key,
        payload: reference,
        headers: { 'content-type': 'application/octet-stream' },
      });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.format, 'png');
    });

    test('a reference added later finds the listing images hashed before it; thumbnails for those who may see them', async () => {
      const original = await productPhoto(4242);
      const copy = await sharp(original).resize(300, 300).modulate({ brightness: 1.1 }).jpeg().toBuffer();
      const [listingId] = (
        await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
          token: mkt.key,
          body: {
            listings: [
              listingBody({
                title: 'Weekend holdall',
                imageUrls: [],
                store: { externalId: 'early-copycat', name: 'Early copycat' },
              }),
            ],
          },
        })
      ).body.items.map((i: { id: string }) => i.id) as [string];
      const pushed = await h.request('PUT', `/v1/listings/${listingId}/images/0`, {
        token: mkt.key,
        payload: copy,
        headers: { 'content-type': 'image/jpeg' },
      });
      assert.equal(pushed.body.status, 'hashed', pushed.text);
      const none = await h.request('GET', `/v1/listings/${listingId}/image-matches`, { token: h.adminToken });
      assert.deepEqual(none.body.items, [], 'no reference yet');

      // Now the brand registers the photograph the copy was made from.
      const sha = await uploadDocument(h, brand.token, original as unknown as string, 'image/png');
      const added = await h.request('POST', `/v1/rights/${rightId}/reference-images`, {
        token: brand.token,
        body: { documentSha256: sha, label: 'Holdall, side' },
      });
      assert.equal(added.status, 201, added.text);
      const db = h.platform.database.db;
      const events = h.platform.listingEvents;
      // Not before every image hashed meanwhile has settled; then once, and only once.
      assert.equal(await backScanReferences(db, { events }), 0);
      const later = new Date(Date.now() + BACK_SCAN_SETTLE_MS + 1_000);
      assert.ok((await backScanReferences(db, { events, now: later, pageSize: 2 })) >= 1);
      assert.equal(await backScanReferences(db, { events, now: later }), 0);
      const found = await h.request('GET', `/v1/listings/${listingId}/image-matches`, { token: brand.token });
      assert.equal(found.body.items.length, 1, found.text);
      const match = found.body.items[0];
      assert.equal(match.referenceId, added.body.id);
      assert.equal(match.transformation, 'near_identical');
      assert.ok(match.imageThumbnail && match.referenceThumbnail, found.text);
      // Detection rescanned the listing: its verdict carries the photo signal now.
      const verdict = await h.request('GET', `/v1/listings/${listingId}/verdict`, { token: h.adminToken });
      const photo = verdict.body.signals.find((x: { kind: string }) => x.kind === 'stolen_photo');
      assert.ok(photo, verdict.text);
      await sealAllAudit(db);
      const audit = await h.request('GET', `/v1/audit/entities/listing/${listingId}`, {
        token: h.adminToken,
      });
      assert.equal(audit.status, 200, audit.text);
      assert.ok(
        audit.body.items.some((e: { action: string }) => e.action === 'listing_image.matched'),
        audit.text,
      );

      // Thumbnails: a small JPEG of each side, to the brand whose reference matched, staff and
      // the listing's marketplace; another brand or marketplace gets 404, a seller 403.
      const imageThumb = `/v1/listing-images/${match.listingImageId}/thumbnail`;
      const refThumb = `/v1/image-references/${match.referenceId}/thumbnail`;
      for (const token of [brand.token, h.adminToken, mkt.key]) {
        for (const url of [imageThumb, refThumb]) {
          const res = await h.request('GET', url, { token });
          assert.equal(res.status, 200, `${url}: ${res.text}`);
          assert.equal(res.headers['content-type'], 'image/jpeg');
          const meta = await sharp(res.raw).metadata();
          assert.equal(meta.format, 'jpeg');
          assert.ok(
            (meta.width ?? 999) <= 240 && (meta.height ?? 999) <= 240,
            `${meta.width}x${meta.height}`,
          );
        }
      }
      for (const url of [imageThumb, refThumb]) {
        assert.equal((await h.request('GET', url, { token: otherBrand.token })).status, 404, url);
        assert.equal((await h.request('GET', url, { token: otherMkt.key })).status, 404, url);
        assert.equal((await h.request('GET', url, { token: seller.token })).status, 403, url);
      }
      assert.equal(
        (
          await h.request('GET', '/v1/listing-images/00000000-0000-4000-8000-000000000000/thumbnail', {
            token: h.adminToken,
          })
        ).status,
        404,
      );
    });
  });
}
