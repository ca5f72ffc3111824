// Lookups, placement and seller ids for the test-v17 generators.
import { EN_PLACES, ZH_PLACES } from './vocab.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const RATES = { USD: 1, EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, HKD: 7.8, CAD: 1.37, AUD: 1.52 };

// text language of a listing shipped from a country (for placements chosen by country)
export const COUNTRY_PLACE = {
  CN: [
    ['taobao', 'zh'],
    ['pinduoduo', 'zh'],
    ['xianyu', 'zh'],
    ['aliexpress', 'en'],
    ['temu', 'en'],
  ],
  TW: [['shopee', 'zht']],
  HK: [
    ['carousell', 'zht'],
    ['carousell', 'en'],
  ],
  JP: [
    ['rakuten', 'en'],
    ['mercari', 'en'],
  ],
  KR: [['ebay', 'ko']],
  IN: [
    ['amazon', 'en'],
    ['ebay', 'en'],
  ],
  US: [
    ['ebay', 'en'],
    ['amazon', 'en'],
  ],
  GB: [['ebay', 'en']],
  DE: [
    ['ebay', 'de'],
    ['amazon', 'de'],
  ],
  AT: [['ebay', 'de']],
  CH: [
    ['ebay', 'de'],
    ['ebay', 'fr'],
  ],
  FR: [['ebay', 'fr']],
  IT: [['ebay', 'en']],
  ES: [['ebay', 'es']],
  PT: [
    ['ebay', 'pt'],
    ['vinted', 'pt'],
  ],
  PL: [['ebay', 'en']],
  HU: [
    ['ebay', 'hu'],
    ['vinted', 'hu'],
  ],
  BG: [['ebay', 'en']],
  AE: [
    ['amazon', 'en'],
    ['amazon', 'ar'],
  ],
  SA: [['amazon', 'ar']],
  LK: [['ebay', 'en']],
  CA: [
    ['ebay', 'en'],
    ['facebook-marketplace', 'en'],
    ['ebay', 'fr'],
  ],
  VN: [['shopee', 'en']],
  KH: [['ebay', 'en']],
  TH: [['lazada', 'en']],
  MX: [['ebay', 'es']],
  IE: [['ebay', 'en']],
  NZ: [['ebay', 'en']],
  NO: [['ebay', 'en']],
};

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const lineMap = {};
  const allLines = [];
  for (const b of BRANDS)
    for (const l of b.lines ?? []) {
      const r = l.referencePrice;
      const e = { b, l, retail: (r.min + r.max) / 2 / RATES[r.currency] };
      lineMap[`${b.id}/${l.key}`] = e;
      allLines.push(e);
    }
  const lineOf = (brandId, key) => {
    const e = lineMap[`${brandId}/${key}`];
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const mfgOf = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];

  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n)
        ? { zh: n }
        : {
            re: new RegExp(
              `(?<![a-z0-9])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`,
            ),
          },
    );
  const containsOfficial = (b, title) =>
    officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

  const weighted = (places) => {
    const [m, sf, tl] = rng.weighted(places.map((p) => [p, p[3]]));
    return { market: m, shipFrom: sf, tl };
  };
  const placeEn = () => weighted(EN_PLACES);
  const placeZh = () => weighted(ZH_PLACES);
  const placeIn = (country) => {
    const opts = COUNTRY_PLACE[country];
    if (!opts) return null;
    const [market, tl] = rng.pick(opts);
    return { market, shipFrom: country, tl };
  };

  // seller ids: invented handles, never an authorised id
  const HANDLE_A = [
    'lagos',
    'nairobi',
    'cape',
    'giza',
    'rabat',
    'riyadh',
    'almaty',
    'tashkent',
    'kyiv',
    'cluj',
    'pecs',
    'brno',
    'kaunas',
    'riga',
    'tartu',
    'rosario',
    'valpo',
    'cusco',
    'busan',
    'taichung',
    'mongkok',
    'cebu',
    'sylhet',
    'kandy',
    'porto',
    'patras',
    'graz',
    'basel',
    'laval',
    'yiwu',
    'dongguan',
    'putian',
    'chengdu',
    'hangzhou',
  ];
  const HANDLE_B = [
    'deals',
    'gear',
    'store',
    'mart',
    'plug',
    'corner',
    'hub',
    'finds',
    'outlet',
    'trading',
    'goods',
    'stall',
    'bazaar',
    'depot',
    'picks',
    'house',
  ];
  const sellerFor = (type, market) => {
    const pre =
      type === 'cf'
        ? rng.pick(['', 'best', 'cheap', 'top', 'vip', 'no1'])
        : rng.pick(['', 'the', 'my', 'old']);
    let id;
    do {
      id = `${pre}${rng.pick(HANDLE_A)}_${rng.pick(HANDLE_B)}${rng.int(1, 999)}`;
      if (market === 'xianyu' || market === 'taobao' || market === 'pinduoduo') id = `tb_${id}`;
    } while (AUTH.has(id));
    return id;
  };

  const zhName = (b) => (b.aliases ?? []).find((a) => HAN.test(a)) ?? b.name;

  return {
    brandById,
    lineOf,
    allLines,
    AUTH,
    mfgOf,
    containsOfficial,
    placeEn,
    placeZh,
    placeIn,
    sellerFor,
    zhName,
  };
}
