import type { ListingInput } from '../listings/index.ts';
import type { TraderDetails } from '../traders/index.ts';

/**
 * The demo data set as plain data, so the loader stays a short sequence of service calls and the
 * printed credentials come from the same table the users are created from. Passwords are fixed on
 * purpose: this is demo data, printed at every start and listed in src/demo/README.md.
 */

export const DEMO_DOMAIN = 'openipp.local';

export interface DemoUser {
  key: string;
  email: string;
  password: string;
  name: string;
  role:
    | 'admin'
    | 'reviewer'
    | 'rights_holder'
    | 'agent'
    | 'seller'
    | 'enforcement_liaison'
    | 'inspector'
    | 'buyer';
  org: string;
}

export const DEMO_ORGS = {
  operator: { kind: 'operator', name: 'OpenIPP Operator' },
  lumiere: { kind: 'brand', name: 'Maison Lumière' },
  stridewell: { kind: 'brand', name: 'Stridewell Athletics' },
  northpeak: { kind: 'brand', name: 'Northpeak Outdoor' },
  agent: { kind: 'agent', name: 'Brand Shield Associates' },
  dragon: { kind: 'seller', name: 'Golden Dragon Trading Co.' },
  bargain: { kind: 'seller', name: 'Bargain Barn LLC' },
  vintage: { kind: 'seller', name: 'Berlin Vintage GmbH' },
  customs: { kind: 'authority', name: 'Customs Laboratory Frankfurt (demo)' },
  shopper: { kind: 'buyer', name: 'Demo Shopper' },
} as const;
export type DemoOrgKey = keyof typeof DEMO_ORGS;

export const DEMO_USERS: readonly DemoUser[] = [
  {
    key: 'admin',
    email: `admin@${DEMO_DOMAIN}`,
    password: 'admin-demo-pass',
    name: 'Ada Admin',
    role: 'admin',
    org: 'operator',
  },
  {
    key: 'reviewer',
    email: `reviewer@${DEMO_DOMAIN}`,
    password: 'reviewer-demo-pass',
    name: 'Rui Reviewer',
    role: 'reviewer',
    org: 'operator',
  },
  {
    key: 'lumiere',
    email: `legal@lumiere.${DEMO_DOMAIN}`,
    password: 'lumiere-demo-pass',
    name: 'Léa Lumière',
    role: 'rights_holder',
    org: 'lumiere',
  },
  {
    key: 'stridewell',
    email: `ip@stridewell.${DEMO_DOMAIN}`,
    password: 'stridewell-demo-pass',
    name: 'Sam Stride',
    role: 'rights_holder',
    org: 'stridewell',
  },
  {
    key: 'northpeak',
    email: `brand@northpeak.${DEMO_DOMAIN}`,
    password: 'northpeak-demo-pass',
    name: 'Nora Peak',
    role: 'rights_holder',
    org: 'northpeak',
  },
  {
    key: 'agent',
    email: `agent@brandshield.${DEMO_DOMAIN}`,
    password: 'agent-demo-pass',
    name: 'Alex Agent',
    role: 'agent',
    org: 'agent',
  },
  {
    key: 'dragon',
    email: `owner@golden-dragon.${DEMO_DOMAIN}`,
    password: 'dragon-demo-pass',
    name: 'Wei Long',
    role: 'seller',
    org: 'dragon',
  },
  {
    key: 'bargain',
    email: `owner@bargain-barn.${DEMO_DOMAIN}`,
    password: 'bargain-demo-pass',
    name: 'Bob Barn',
    role: 'seller',
    org: 'bargain',
  },
  {
    key: 'vintage',
    email: `owner@berlin-vintage.${DEMO_DOMAIN}`,
    password: 'vintage-demo-pass',
    name: 'Vera Vintage',
    role: 'seller',
    org: 'vintage',
  },
  {
    key: 'liaison',
    email: `liaison@${DEMO_DOMAIN}`,
    password: 'liaison-demo-pass',
    name: 'Lia Liaison',
    role: 'enforcement_liaison',
    org: 'operator',
  },
  {
    key: 'inspector',
    email: `lab@customs.${DEMO_DOMAIN}`,
    password: 'inspector-demo-pass',
    name: 'Ines Inspector',
    role: 'inspector',
    org: 'customs',
  },
  {
    key: 'buyer',
    email: `buyer@${DEMO_DOMAIN}`,
    password: 'buyer-demo-pass',
    name: 'Bea Buyer',
    role: 'buyer',
    org: 'shopper',
  },
];

/** Three jurisdictions so the territoriality rule is visible: a US mark does not count on the CN market. */
export const DEMO_MARKETPLACES = {
  cn: {
    code: 'demo-cn',
    name: 'Tianhe Mall (demo)',
    jurisdiction: 'CN',
    currency: 'CNY',
    host: 'https://mall.tianhe.example',
  },
  us: {
    code: 'demo-us',
    name: 'Liberty Market (demo)',
    jurisdiction: 'US',
    currency: 'USD',
    host: 'https://www.libertymarket.example',
  },
  eu: {
    code: 'demo-de',
    name: 'Marktplatz Europa (demo)',
    jurisdiction: 'DE',
    currency: 'EUR',
    host: 'https://www.marktplatz-europa.example',
  },
} as const;
export type DemoMarketKey = keyof typeof DEMO_MARKETPLACES;

/** Which seller runs which store; stores are created by the listing feed and then linked. */
export const DEMO_STORES: Record<string, { market: DemoMarketKey; name: string; seller: DemoOrgKey | null }> =
  {
    'dragon-cn': { market: 'cn', name: 'Golden Dragon Flagship', seller: 'dragon' },
    'luxe-cn': { market: 'cn', name: 'Luxe Replica House', seller: null },
    'bargain-us': { market: 'us', name: 'Bargain Barn', seller: 'bargain' },
    'lumiere-us': { market: 'us', name: 'Maison Lumière Official', seller: null },
    'vintage-de': { market: 'eu', name: 'Berlin Vintage', seller: 'vintage' },
    'dragon-de': { market: 'eu', name: 'Golden Dragon EU', seller: 'dragon' },
  };

type DemoListing = Omit<ListingInput, 'url' | 'store' | 'price'> & {
  store: keyof typeof DEMO_STORES;
  price: number;
};

/** ~30 listings: some shout counterfeit ("1:1", "replica", "AAA"), some are genuine or second-hand. */
// biome-ignore format: one listing per line reads as a table
export const DEMO_LISTINGS: Record<DemoMarketKey, readonly DemoListing[]> = {
  cn: [
    { externalId: 'cn-1001', store: 'luxe-cn', title: '1:1 replica Maison Lumière Étoile bag, top quality', price: 299, quantity: 500, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'cn-1002', store: 'luxe-cn', title: 'Lumiere Etoile tote mirror copy AAA grade', price: 189, quantity: 800, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'cn-1003', store: 'luxe-cn', title: 'L-u-m-i-e-r-e style shoulder bag, same as original', price: 159, quantity: 300, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'cn-1004', store: 'dragon-cn', title: 'Stridewell Aero Runner sneakers, factory direct, original quality', price: 129, quantity: 1000, condition: 'new', category: 'shoes', shipFrom: 'CN' },
    { externalId: 'cn-1005', store: 'dragon-cn', title: 'Type A Stridewell trainers with box and tags', price: 99, quantity: 2000, condition: 'new', category: 'shoes', shipFrom: 'CN' },
    { externalId: 'cn-1006', store: 'dragon-cn', title: 'Plain canvas tote bag, unbranded', price: 25, quantity: 400, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'cn-1007', store: 'dragon-cn', title: 'Running socks, 5 pairs', price: 35, quantity: 900, condition: 'new', category: 'apparel', shipFrom: 'CN' },
    { externalId: 'cn-1008', store: 'luxe-cn', title: 'Designer inspired wallet, Lumière logo', price: 79, quantity: 650, condition: 'new', category: 'accessories', shipFrom: 'CN' },
    { externalId: 'cn-1009', store: 'dragon-cn', title: 'Leather bag care kit', price: 45, quantity: 120, condition: 'new', category: 'accessories', shipFrom: 'CN' },
    { externalId: 'cn-1010', store: 'luxe-cn', title: 'High copy Stridewell Aero Runner, 1:1 with original', price: 88, quantity: 3000, condition: 'new', category: 'shoes', shipFrom: 'CN' },
  ],
  us: [
    { externalId: 'us-2001', store: 'lumiere-us', title: 'Maison Lumière Étoile Tote, Noir', price: 2450, quantity: 12, condition: 'new', category: 'bags', shipFrom: 'US' },
    { externalId: 'us-2002', store: 'lumiere-us', title: 'Maison Lumière Croisette Wallet', price: 690, quantity: 30, condition: 'new', category: 'accessories', shipFrom: 'US' },
    { externalId: 'us-2003', store: 'bargain-us', title: 'Lumiere Etoile tote replica, looks 100% real', price: 89, quantity: 200, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'us-2004', store: 'bargain-us', title: 'Stridewell Aero Runner, size 10, worn twice', price: 70, quantity: 1, condition: 'used', category: 'shoes', shipFrom: 'US' },
    { externalId: 'us-2005', store: 'bargain-us', title: 'Stridewell Aero Runner 1:1 mirror quality, all sizes', price: 39, quantity: 5000, condition: 'new', category: 'shoes', shipFrom: 'CN' },
    { externalId: 'us-2006', store: 'bargain-us', title: 'Pre-owned Maison Lumière Étoile bag, authenticated', price: 1200, quantity: 1, condition: 'used', category: 'bags', shipFrom: 'US' },
    { externalId: 'us-2007', store: 'bargain-us', title: 'Replica designer handbag, Lumière inspired, AAA', price: 65, quantity: 700, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'us-2008', store: 'bargain-us', title: 'Generic gym bag, black', price: 19.99, quantity: 150, condition: 'new', category: 'bags', shipFrom: 'US' },
    { externalId: 'us-2009', store: 'bargain-us', title: 'Stridewell Aero Runner (refurbished, new insoles)', price: 85, quantity: 3, condition: 'refurbished', category: 'shoes', shipFrom: 'US' },
    { externalId: 'us-2010', store: 'bargain-us', title: 'Stridewell training tee, clearance sale', price: 12.5, quantity: 40, condition: 'new', category: 'apparel', shipFrom: 'US' },
  ],
  eu: [
    { externalId: 'de-3001', store: 'vintage-de', title: 'Maison Lumière Étoile Tasche, Vintage 2015, Originalrechnung', price: 950, quantity: 1, condition: 'used', category: 'bags', shipFrom: 'DE' },
    { externalId: 'de-3002', store: 'dragon-de', title: 'Lumière Étoile Tasche 1:1 Replika, Top Qualität', price: 120, quantity: 400, condition: 'new', category: 'bags', shipFrom: 'CN' },
    { externalId: 'de-3003', store: 'dragon-de', title: 'Stridewell Aero Runner Kopie, AAA Qualität', price: 45, quantity: 1500, condition: 'new', category: 'shoes', shipFrom: 'CN' },
    { externalId: 'de-3004', store: 'vintage-de', title: 'Stridewell Laufschuhe, gebraucht, Größe 42', price: 40, quantity: 1, condition: 'used', category: 'shoes', shipFrom: 'DE' },
    { externalId: 'de-3005', store: 'dragon-de', title: 'Designer Geldbörse Lumiere Logo, Fabrikpreis', price: 29, quantity: 900, condition: 'new', category: 'accessories', shipFrom: 'CN' },
    { externalId: 'de-3006', store: 'vintage-de', title: 'Lederpflege-Set für Handtaschen', price: 24.9, quantity: 60, condition: 'new', category: 'accessories', shipFrom: 'DE' },
    { externalId: 'de-3007', store: 'dragon-de', title: 'Stridewell catalogue photos reused: Aero Runner lookalike', price: 35, quantity: 800, condition: 'new', category: 'shoes', shipFrom: 'CN' },
    { externalId: 'de-3008', store: 'vintage-de', title: 'Canvas Einkaufstasche, ohne Marke', price: 9.9, quantity: 200, condition: 'new', category: 'bags', shipFrom: 'DE' },
    { externalId: 'de-3009', store: 'vintage-de', title: 'Maison Lumière Seidentuch, Second-Hand', price: 180, quantity: 1, condition: 'used', category: 'accessories', shipFrom: 'DE' },
    { externalId: 'de-3010', store: 'dragon-de', title: 'Super fake Lumière bag, replica grade AAA+', price: 75, quantity: 1200, condition: 'new', category: 'bags', shipFrom: 'CN' },
  ],
};

/** Verified trademarks registered where the brands sell, plus one copyright on product photos. */
export const DEMO_TRADEMARKS = [
  {
    brand: 'lumiere',
    name: 'MAISON LUMIÈRE',
    ownerName: 'Maison Lumière SA',
    registrationNumber: 'CN-31415926',
    office: 'CNIPA',
    jurisdiction: 'CN',
    niceClasses: [18, 25],
  },
  {
    brand: 'lumiere',
    name: 'MAISON LUMIÈRE',
    ownerName: 'Maison Lumière SA',
    registrationNumber: 'US-5123456',
    office: 'USPTO',
    jurisdiction: 'US',
    niceClasses: [18, 25],
  },
  {
    brand: 'lumiere',
    name: 'MAISON LUMIÈRE',
    ownerName: 'Maison Lumière SA',
    registrationNumber: 'EUTM-018234567',
    office: 'EUIPO',
    jurisdiction: 'EU',
    niceClasses: [18, 25],
  },
  // Registered in the US only: a notice against a listing on the CN or DE market is refused and the error says why.
  {
    brand: 'stridewell',
    name: 'STRIDEWELL',
    ownerName: 'Stridewell Athletics Inc.',
    registrationNumber: 'US-6098765',
    office: 'USPTO',
    jurisdiction: 'US',
    niceClasses: [25, 28],
  },
] as const;

export const DEMO_COPYRIGHT = {
  brand: 'stridewell',
  name: 'Aero Runner product photography',
  ownerName: 'Stridewell Athletics Inc.',
  workDescription: 'Studio photographs of the Aero Runner range, published on stridewell.example in 2025',
  proof:
    'Stridewell Athletics Inc. - photographer work-for-hire agreement, Aero Runner shoot, 2025-03-14 (demo document)',
} as const;

/** The hostname a listing lives at: marketplace host plus its external id. */
export function demoListingUrl(market: DemoMarketKey, externalId: string): string {
  return `${DEMO_MARKETPLACES[market].host}/item/${externalId}`;
}

/**
 * Trader details (DSA Art 30) the demo marketplaces send with their stores. Golden Dragon's two
 * stores share its legal name and phone (one trader, two marketplaces); Luxe Replica House is
 * suspended, and a new "Golden Dragon Outlet" pays out to the same account as Luxe Replica House,
 * so it is held at registration and its seller can contest the link.
 */
export const DEMO_TRADERS: Record<string, TraderDetails> = {
  'dragon-cn': {
    legalName: 'Shenzhen Golden Dragon Trading Co., Ltd.',
    registrationNumber: '91440300MA5F000001',
    phone: '+86 755 8800 1234',
    email: 'owner@golden-dragon.example',
    payoutAccount: 'ALIPAY-2088-0001',
  },
  'dragon-de': {
    legalName: 'Shenzhen Golden Dragon Trading Ltd',
    phone: '0086 755 8800 1234',
    email: 'eu@golden-dragon.example',
    payoutAccount: 'DE89 3704 0044 0532 0130 00',
  },
  'luxe-cn': {
    legalName: 'Luxe Replica House',
    phone: '+86 20 3300 9999',
    payoutAccount: 'GB82 WEST 1234 5698 7654 32',
    fingerprints: ['device-4f1c9a'],
  },
  'bargain-us': {
    legalName: 'Bargain Barn LLC',
    phone: '+1 555 0100 200',
    email: 'bob@bargain-barn.example',
  },
  'vintage-de': {
    legalName: 'Berlin Vintage GmbH',
    phone: '+49 30 1234567',
    email: 'vera@berlin-vintage.example',
  },
  'dragon-outlet': { legalName: 'Golden Dragon Outlet', payoutAccount: 'GB82WEST12345698765432' },
};
/** The held store of the demo: on the EU marketplace, run by Golden Dragon. */
export const DEMO_HELD_STORE = {
  externalId: 'dragon-outlet',
  name: 'Golden Dragon Outlet',
  market: 'eu',
} as const;
