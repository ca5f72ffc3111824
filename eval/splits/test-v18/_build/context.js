// Lookups, placement (marketplace + ship-from country per text language) and seller handles for test-v18.
import { MARKET_SHIPS, RATES } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// [market, shipFrom, weight] per text language
const PLACES = {
  en: [
    ['ebay', 'GB', 4],
    ['ebay', 'US', 4],
    ['ebay', 'NZ', 4],
    ['ebay', 'IE', 4],
    ['ebay', 'GH', 3],
    ['ebay', 'ET', 2],
    ['ebay', 'PK', 3],
    ['ebay', 'AU', 2],
    ['ebay', 'DE', 1],
    ['ebay', 'FR', 1],
    ['ebay', 'IT', 1],
    ['ebay', 'CH', 1],
    ['ebay', 'CZ', 1],
    ['ebay', 'JP', 1],
    ['ebay', 'KR', 1],
    ['ebay', 'TW', 1],
    ['ebay', 'IN', 1],
    ['ebay', 'CN', 2],
    ['ebay', 'HK', 1],
    ['ebay', 'RS', 1],
    ['ebay', 'BG', 1],
    ['ebay', 'FI', 1],
    ['ebay', 'IL', 1],
    ['amazon', 'US', 3],
    ['amazon', 'GB', 2],
    ['amazon', 'DE', 1],
    ['amazon', 'FR', 1],
    ['amazon', 'IT', 1],
    ['amazon', 'IN', 1],
    ['amazon', 'CA', 1],
    ['amazon', 'SG', 1],
    ['amazon', 'JP', 1],
    ['facebook-marketplace', 'US', 2],
    ['facebook-marketplace', 'AU', 1],
    ['facebook-marketplace', 'CA', 1],
    ['facebook-marketplace', 'GB', 1],
    ['shopee', 'MY', 3],
    ['shopee', 'SG', 2],
    ['shopee', 'PH', 3],
    ['lazada', 'MY', 2],
    ['lazada', 'PH', 2],
    ['lazada', 'SG', 1],
    ['carousell', 'SG', 1],
    ['carousell', 'MY', 1],
    ['carousell', 'PH', 1],
    ['aliexpress', 'CN', 3],
    ['temu', 'CN', 2],
    ['depop', 'GB', 1],
    ['vinted', 'FI', 1],
  ],
  pt: [
    ['shopee', 'BR', 5],
    ['amazon', 'BR', 3],
    ['ebay', 'BR', 1],
  ],
  es: [
    ['amazon', 'MX', 3],
    ['shopee', 'MX', 2],
    ['shopee', 'CO', 3],
    ['ebay', 'MX', 1],
    ['ebay', 'CO', 1],
  ],
  id: [
    ['shopee', 'ID', 4],
    ['lazada', 'ID', 2],
  ],
  vi: [
    ['shopee', 'VN', 4],
    ['lazada', 'VN', 2],
  ],
  th: [
    ['shopee', 'TH', 4],
    ['lazada', 'TH', 2],
  ],
  tr: [
    ['amazon', 'TR', 3],
    ['ebay', 'TR', 2],
  ],
  pl: [
    ['vinted', 'PL', 3],
    ['amazon', 'PL', 2],
    ['ebay', 'PL', 2],
  ],
  nl: [
    ['vinted', 'NL', 3],
    ['amazon', 'NL', 2],
    ['ebay', 'NL', 1],
  ],
  zh: [
    ['taobao', 'CN', 5],
    ['xianyu', 'CN', 4],
    ['pinduoduo', 'CN', 4],
    ['douyin', 'CN', 3],
    ['weidian', 'CN', 2],
    ['jd', 'CN', 2],
    ['tmall', 'CN', 2],
  ],
  zht: [
    ['shopee', 'TW', 5],
    ['carousell', 'HK', 4],
    ['ebay', 'TW', 1],
    ['ebay', 'HK', 1],
  ],
  ja: [
    ['mercari', 'JP', 4],
    ['rakuten', 'JP', 3],
    ['amazon', 'JP', 2],
  ],
};
// official platforms are rare for counterfeit listings
const CF_DOWN = new Set(['tmall', 'jd']);

const HANDLE = {
  a: [
    'nana',
    'kofi',
    'ama',
    'yaw',
    'aisha',
    'bilal',
    'sana',
    'hamza',
    'tane',
    'aroha',
    'ciaran',
    'niamh',
    'siobhan',
    'marcos',
    'joao',
    'bia',
    'lucas',
    'dani',
    'vale',
    'sofia',
    'andres',
    'putri',
    'budi',
    'dewi',
    'rizky',
    'linh',
    'minh',
    'thao',
    'nok',
    'ploy',
    'emre',
    'zeynep',
    'burak',
    'kasia',
    'tomek',
    'ola',
    'joris',
    'sanne',
    'kemal',
    'ali',
    'farah',
    'jun',
    'mei',
    'ah-keung',
    'wingyan',
    'chen',
    'lili',
    'xiaowei',
    'ahqiang',
    'dawei',
    'yuki',
    'haruto',
    'tsubasa',
    'marco',
    'lena',
    'jonas',
    'abebe',
    'tigist',
    'selam',
    'milan',
    'jelena',
    'ivan',
    'petya',
    'aino',
    'eero',
  ],
  b: [
    'store',
    'shop',
    'deals',
    'mart',
    'trading',
    'hub',
    'outlet',
    'supply',
    'direct',
    'corner',
    'goods',
    'express',
    'house',
    'world',
    'market',
    'collective',
    'finds',
    'bazaar',
    'haowu',
    'jiayuan',
    'youpin',
    'xiaodian',
    'shangmao',
    'zakka',
    'loja',
    'tienda',
    'toko',
    'cuahang',
    'sklep',
    'dukkan',
    'winkel',
    'kauppa',
    'radnja',
  ],
};

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const toUSD = (a, c) => a / RATES[c];
  const lines = [];
  const lineIndex = {};
  for (const b of BRANDS) {
    for (const l of b.lines ?? []) {
      const retail = toUSD((l.referencePrice.min + l.referencePrice.max) / 2, l.referencePrice.currency);
      const e = { b, l, retail };
      lines.push(e);
      lineIndex[`${b.id}/${l.key}`] = e;
    }
  }
  const lineOf = (brandId, key) => {
    const e = lineIndex[`${brandId}/${key}`];
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const mfg = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];

  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
    );
  const OFF = Object.fromEntries(BRANDS.map((b) => [b.id, officialRes(b)]));
  const containsOfficial = (b, text) =>
    OFF[b.id].some((o) => (o.zh ? text.includes(o.zh) : o.re.test(text.toLowerCase())));

  /** Pick a [market, shipFrom] for a text language; pred filters on shipFrom; cf lowers official platforms. */
  function place(lang, { pred = null, cf = false } = {}) {
    let opts = PLACES[lang].filter(([m, sf]) => MARKET_SHIPS[m].includes(sf) && (!pred || pred(sf)));
    if (!opts.length) return null;
    if (cf) opts = opts.map(([m, sf, w]) => [m, sf, CF_DOWN.has(m) ? w * 0.1 : w]);
    const [market, sf] = rng.weighted(opts.map((o) => [o, o[2]]));
    return { market, sf };
  }

  const usedHandles = new Set();
  function sellerFor(kind, market) {
    for (let i = 0; i < 50; i++) {
      const a = rng.pick(HANDLE.a);
      const b = rng.pick(HANDLE.b);
      const sep = rng.pick(['_', '.', '-', '']);
      const n = rng.chance(0.55) ? String(rng.int(1, 999)) : '';
      const id = `${a}${sep}${b}${n}`;
      if (AUTH.has(id)) continue;
      // a handle is reused sometimes (one seller, several listings), mostly within its kind of seller
      if (usedHandles.has(`${kind}:${id}`) || !usedHandles.has(id)) {
        usedHandles.add(id);
        usedHandles.add(`${kind}:${id}`);
        return id;
      }
    }
    return `${kind === 'cf' ? 'seller' : 'shop'}${rng.int(1000, 99999)}${market.slice(0, 2)}`;
  }

  return { brandById, lines, lineOf, AUTH, mfg, containsOfficial, place, sellerFor, PLACES };
}
