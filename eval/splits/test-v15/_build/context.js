// Lookups, market placement and seller ids for the test-v15 generators.
import { currencyFor, MARKET_SHIPS, ZH_MARKETS } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const lineOf = (bid, key) => {
    const b = brandById[bid];
    const l = b?.lines?.find((x) => x.key === key);
    if (!l) throw new Error(`unknown line ${bid}/${key}`);
    return { b, l, retail: (l.referencePrice.min + l.referencePrice.max) / 2 };
  };
  const lineBrands = BRANDS.filter((b) => b.lines?.length);
  const pickLine = (filter = () => true) => {
    const pool = [];
    for (const b of lineBrands) for (const l of b.lines) if (filter(b, l)) pool.push({ b, l });
    const { b, l } = rng.pick(pool);
    return lineOf(b.id, l.key);
  };
  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
    );
  const containsOfficial = (b, title) =>
    officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));
  const zhName = (b) => (b.aliases ?? []).find((a) => HAN.test(a)) ?? b.name;
  const mfg = (e) => e.l?.manufacturingCountries ?? e.b.manufacturingCountries ?? [];

  const EN_M = Object.keys(MARKET_SHIPS).filter((m) => !ZH_MARKETS.includes(m));
  // choose a market: lang 'zh' -> Chinese platforms (CN) unless a ship country is wanted
  function place(lang, opts = {}) {
    const { inCountries, notIn, personal } = opts;
    let markets = lang === 'zh' ? ZH_MARKETS : EN_M;
    if (personal) markets = markets.filter((m) => personal.includes(m));
    const pairs = [];
    for (const m of markets)
      for (const sf of MARKET_SHIPS[m]) {
        if (inCountries && !inCountries.includes(sf)) continue;
        if (notIn?.includes(sf)) continue;
        pairs.push([m, sf]);
      }
    if (!pairs.length) {
      if (lang === 'zh') return null;
      return null;
    }
    // weight big marketplaces a little more
    const [market, shipFrom] = rng.pick(pairs);
    return { market, shipFrom, currency: currencyFor(market, shipFrom) };
  }

  const SELLER_WORDS = {
    cf: [
      'lucky',
      'best',
      'hotdeal',
      'goodbuy',
      'trend',
      'cheapgo',
      'xinyu',
      'haoyun',
      'mingpin',
      'qianli',
      'dragonmart',
      'starbay',
      'sunrise',
      'outletking',
      'fastship',
      'jinfa',
      'baoli',
      'youxuan',
      'shunfa',
      'kuaile',
    ],
    legit: [
      'home',
      'store',
      'shop',
      'corner',
      'market',
      'house',
      'studio',
      'depot',
      'collect',
      'supply',
      'daily',
      'garage',
      'attic',
      'lane',
      'nordic',
      'hifi',
      'retro',
      'outdoor',
      'craft',
      'family',
    ],
  };
  const sellerFor = (kind, market) => {
    const w = rng.pick(SELLER_WORDS[kind]);
    const w2 = rng.pick(['', '_', '-', '.']);
    const tail = rng.chance(0.5)
      ? String(rng.int(1, 9999))
      : rng.pick(['hk', 'cn', 'eu', 'uk', 'sz', 'gz', 'yw', 'x', 'pro', 'official']);
    let id = `${w}${w2}${tail}`;
    if (market === 'xianyu' || market === 'pinduoduo') id = `${rng.pick(['tb', 'xy', 'pdd'])}_${id}`;
    if (AUTH.has(id)) id = `${id}_2`;
    return id;
  };
  return {
    brandById,
    AUTH,
    lineOf,
    pickLine,
    containsOfficial,
    zhName,
    mfg,
    place,
    sellerFor,
    lineBrands,
    HAN,
  };
}
