import sharp from 'sharp';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { uploadDocument } from '../documents/index.ts';
import { addReferenceImage, productPhoto, pushListingImage } from '../images/index.ts';
import { answerCase } from '../joint-force/index.ts';
import { listingsByIds, registerListings } from '../listings/index.ts';
import { getNotice } from '../notices/index.ts';
import { ProactiveScanner, putBrandKnowledge } from '../proactive/index.ts';
import { decideItem } from '../review/index.ts';
import { registerRight, verifyRight } from '../rights/index.ts';

/**
 * Joint Force (issue 15): Northpeak Outdoor, a brand of its own so that its knowledge touches none
 * of the other demo listings, supplies its brand knowledge; six cheap Northpeak listings on the US
 * market are scanned and sent to it for verification. It has answered three (counterfeit, which
 * filed a notice that a reviewer decided: the listing is down; genuine, which exempted the outlet store; unsure, now in the operator's review)
 * and three wait for its answer. A seventh, at a normal price, shows a re-encoded copy of
 * Northpeak's own studio photograph (a reference image of its copyright in the photographs): the
 * photo alone sends it to the brand, which sees the listing's picture beside its own.
 */
export const NORTHPEAK_KNOWLEDGE = {
  version: 'northpeak-demo-1',
  brands: [
    {
      id: 'northpeak',
      name: 'Northpeak',
      categories: ['apparel'],
      productLines: [
        {
          name: 'Summit Parka',
          category: 'apparel',
          referencePrice: { min: 380, max: 620, currency: 'USD' },
        },
        {
          name: 'Ridge Fleece',
          category: 'apparel',
          referencePrice: { min: 110, max: 180, currency: 'USD' },
        },
      ],
    },
  ],
};

/** The Northpeak listings (external id, store, title, price), scanned apart from DEMO_LISTINGS. */
export const DEMO_JOINT_FORCE_LISTINGS = [
  ['jf-1', 'peak-deals-us', 'Northpeak Summit Parka men, black, all sizes', 119],
  ['jf-2', 'northpeak-outlet-us', 'Northpeak Summit Parka last season, all sizes in stock', 129],
  ['jf-3', 'peak-deals-us', 'Northpeak Summit Parka women, navy, all sizes', 109],
  ['jf-4', 'peak-deals-us', 'Northpeak Ridge Fleece jacket grey, all sizes', 29],
  ['jf-5', 'alpine-bargains-us', 'Northpeak Summit Parka kids red, all sizes', 99],
  ['jf-6', 'alpine-bargains-us', 'Northpeak Ridge Fleece, all sizes, new with tags', 25],
  ['jf-7', 'summit-gear-us', 'Northpeak Summit Parka men, forest green, size L', 449],
] as const;

const STORE_NAMES: Record<string, string> = {
  'peak-deals-us': 'Peak Deals',
  'northpeak-outlet-us': 'Northpeak Outlet (authorised)',
  'alpine-bargains-us': 'Alpine Bargains',
  'summit-gear-us': 'Summit Gear Shop',
};

export async function demoJointForce(
  db: Database,
  actors: { northpeak: Principal; reviewer: Principal; feed: Principal },
  market: { id: string; host: string },
): Promise<void> {
  const right = await registerRight(db, actors.northpeak, {
    type: 'trademark',
    name: 'NORTHPEAK',
    ownerName: 'Northpeak Outdoor Inc.',
    registrationNumber: 'US-7012345',
    office: 'USPTO',
    jurisdiction: 'US',
    niceClasses: [25],
    validUntil: '2034-12-31',
  });
  await verifyRight(db, actors.reviewer, right.id, {
    decision: 'verify',
    note: 'Registration checked against the office register (demo)',
  });
  await putBrandKnowledge(db, actors.northpeak, NORTHPEAK_KNOWLEDGE);
  const photo = await productPhoto(3003, { width: 640, height: 480 });
  const photographs = await registerRight(db, actors.northpeak, {
    type: 'copyright',
    name: 'Northpeak catalogue photographs',
    ownerName: 'Northpeak Outdoor Inc.',
    workDescription: 'Studio photographs of the Northpeak catalogue, shot in house',
    documentShas: [
      (
        await uploadDocument(db, actors.northpeak, {
          content: Buffer.from(
            'Northpeak Outdoor Inc. holds the copyright in its catalogue photographs (demo).',
          ),
          mediaType: 'text/plain',
          filename: 'photographs-ownership.txt',
        })
      ).sha256,
    ],
  });
  const reference = await uploadDocument(db, actors.northpeak, {
    content: photo,
    mediaType: 'image/png',
    filename: 'summit-parka-studio.png',
  });
  await addReferenceImage(db, actors.northpeak, photographs.id, {
    documentSha256: reference.sha256,
    label: 'Summit Parka, studio shot',
  });
  const registered = await registerListings(
    db,
    actors.feed,
    market.id,
    DEMO_JOINT_FORCE_LISTINGS.map(([externalId, store, title, price]) => ({
      externalId,
      url: `${market.host}/item/${externalId}`,
      store: { externalId: store, name: STORE_NAMES[store]! },
      title,
      description: `${title}. Demo listing.`,
      price: { amount: price, currency: 'USD' },
      quantity: 2,
      condition: 'new',
      category: 'apparel',
      shipFrom: 'US',
      imageUrls: [`${market.host}/img/${externalId}.jpg`],
    })),
  );
  const ids = registered.map((r) => r.listing.id);
  const copy = await sharp(photo).resize(480, 360).jpeg({ quality: 70 }).toBuffer();
  const borrowed = registered.find((r) => r.listing.externalId === 'jf-7')!.listing.id;
  await pushListingImage(db, actors.feed, borrowed, { position: 0, bytes: copy });
  await new ProactiveScanner(db).scanListings(await listingsByIds(db, ids));
  const caseOf = async (externalId: string) => {
    const listingId = registered.find((r) => r.listing.externalId === externalId)?.listing.id;
    const row = await db
      .selectFrom('proactive_cases')
      .select('id')
      .where('listing_id', '=', listingId as string)
      .where('state', '=', 'open')
      .where('action', '=', 'brand_verify')
      .executeTakeFirst();
    return row?.id;
  };
  const [counterfeit, genuine, unsure] = await Promise.all([caseOf('jf-1'), caseOf('jf-2'), caseOf('jf-4')]);
  if (counterfeit) {
    const answered = await answerCase(db, actors.northpeak, counterfeit, {
      answer: 'counterfeit',
      reason: 'Our Summit Parka never sells under USD 380 new; the zip pull in the photos is not ours.',
      rightId: right.id,
      statements: { goodFaith: true, accuracy: true, authority: true },
    });
    // The notice it filed went through review: the listing is down (the review queue stays as it was).
    const noticeId = answered.answer?.noticeId;
    const item = noticeId ? (await getNotice(db, actors.northpeak, noticeId)).items[0] : undefined;
    if (item)
      await decideItem(db, actors.reviewer, item.id, {
        decision: 'remove',
        reasonCode: 'counterfeit',
        reasonText:
          'The brand verified the listing as counterfeit (Joint Force): a new Summit Parka at a fifth of its price, from a store the brand does not supply.',
      });
  }
  if (genuine)
    await answerCase(db, actors.northpeak, genuine, {
      answer: 'genuine',
      reason: 'Our own outlet store selling last season at outlet prices.',
    });
  if (unsure)
    await answerCase(db, actors.northpeak, unsure, {
      answer: 'unsure',
      reason: 'The photos are too small to check the label; please review.',
    });
}
