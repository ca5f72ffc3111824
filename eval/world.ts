/**
 * The evaluation "world": brands as their rights holders would describe them, and the phrase
 * banks sellers use. Written from marketplace knowledge, not from the detector's rule list: some
 * phrases here are deliberately absent from the default rules, so misses are measured honestly.
 */
import type { BrandKnowledge } from '../src/detection/types.ts';

export const EVAL_NOW = '2026-06-01';

export const BRANDS: BrandKnowledge = {
  version: 'eval-1',
  brands: [
    {
      id: 'gucci',
      name: 'Gucci',
      aliases: ['古驰'],
      manufacturingCountries: ['IT'],
      authorizedSellers: ['gucci-store', 'mytheresa'],
      colours: ['black', 'beige', 'brown', 'red', 'green', 'white'],
      productLines: [
        {
          name: 'Marmont',
          aliases: ['GG Marmont'],
          referencePrice: { min: 1450, max: 3200, currency: 'USD' },
          colours: ['black', 'beige', 'red', 'white', 'pink'],
        },
        {
          name: 'Dionysus',
          referencePrice: { min: 2100, max: 4200, currency: 'USD' },
          colours: ['beige', 'black', 'brown'],
        },
        {
          name: 'Ace sneakers',
          aliases: ['Gucci Ace'],
          referencePrice: { min: 650, max: 980, currency: 'USD' },
          colours: ['white', 'black'],
        },
      ],
    },
    {
      id: 'louis-vuitton',
      name: 'Louis Vuitton',
      aliases: ['LV', '路易威登'],
      manufacturingCountries: ['FR', 'ES', 'US', 'IT'],
      authorizedSellers: ['lv-official'],
      colours: ['brown', 'black', 'beige', 'red'],
      productLines: [
        {
          name: 'Neverfull',
          referencePrice: { min: 1700, max: 2600, currency: 'USD' },
          colours: ['brown', 'beige', 'red', 'black'],
        },
        {
          name: 'Speedy',
          referencePrice: { min: 1500, max: 2900, currency: 'USD' },
          colours: ['brown', 'black', 'beige'],
        },
        {
          name: 'Keepall',
          referencePrice: { min: 2300, max: 3600, currency: 'USD' },
          colours: ['brown', 'black', 'grey'],
        },
      ],
    },
    {
      id: 'chanel',
      name: 'Chanel',
      aliases: ['香奈儿', 'CC'],
      manufacturingCountries: ['FR', 'IT'],
      authorizedSellers: ['chanel-boutique'],
      productLines: [
        {
          name: 'Classic Flap',
          aliases: ['2.55'],
          referencePrice: { min: 8800, max: 11700, currency: 'USD' },
          colours: ['black', 'beige', 'white', 'red', 'pink', 'blue'],
        },
        {
          name: 'Boy Bag',
          referencePrice: { min: 5800, max: 7500, currency: 'USD' },
          colours: ['black', 'grey', 'beige'],
        },
      ],
    },
    {
      id: 'rolex',
      name: 'Rolex',
      aliases: ['劳力士'],
      manufacturingCountries: ['CH'],
      authorizedSellers: ['rolex-ad-geneva', 'bucherer'],
      productLines: [
        {
          name: 'Submariner',
          referencePrice: { min: 9100, max: 14500, currency: 'USD' },
          colours: ['black', 'green', 'blue', 'silver'],
        },
        {
          name: 'Daytona',
          referencePrice: { min: 14500, max: 45000, currency: 'USD' },
          colours: ['black', 'white', 'gold', 'silver'],
        },
        {
          name: 'Datejust',
          referencePrice: { min: 7000, max: 12000, currency: 'USD' },
          colours: ['silver', 'blue', 'black', 'gold', 'green', 'pink'],
        },
      ],
    },
    {
      id: 'nike',
      name: 'Nike',
      aliases: ['耐克'],
      manufacturingCountries: ['VN', 'CN', 'ID', 'IN', 'TH'],
      authorizedSellers: ['nike-store', 'footlocker'],
      productLines: [
        {
          name: 'Air Jordan 1',
          aliases: ['AJ1', 'Jordan 1'],
          referencePrice: { min: 140, max: 200, currency: 'USD' },
          colours: ['red', 'black', 'white', 'blue', 'grey', 'green'],
        },
        { name: 'Air Max 90', referencePrice: { min: 120, max: 160, currency: 'USD' } },
        { name: 'Dunk Low', referencePrice: { min: 100, max: 130, currency: 'USD' } },
      ],
    },
    {
      id: 'adidas',
      name: 'Adidas',
      aliases: ['阿迪达斯'],
      manufacturingCountries: ['VN', 'CN', 'ID', 'DE'],
      productLines: [
        {
          name: 'Yeezy Boost 350',
          aliases: ['Yeezy 350'],
          referencePrice: { min: 230, max: 320, currency: 'USD' },
          colours: ['white', 'black', 'grey', 'beige'],
        },
        { name: 'Samba', referencePrice: { min: 90, max: 120, currency: 'USD' } },
      ],
    },
    {
      id: 'prada',
      name: 'Prada',
      aliases: ['普拉达'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Re-Edition',
          referencePrice: { min: 1350, max: 2300, currency: 'USD' },
          colours: ['black', 'white', 'pink', 'blue'],
        },
      ],
    },
    {
      id: 'hermes',
      name: 'Hermès',
      aliases: ['Hermes', '爱马仕'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'Birkin',
          referencePrice: { min: 11000, max: 40000, currency: 'USD' },
          colours: ['orange', 'black', 'brown', 'beige', 'red', 'blue', 'grey', 'gold'],
        },
        { name: 'Kelly', referencePrice: { min: 10000, max: 30000, currency: 'USD' } },
      ],
    },
    {
      id: 'apple',
      name: 'Apple',
      aliases: ['苹果'],
      protectedTerms: ['iPhone', 'AirPods', 'MacBook'],
      commonWordTerms: ['apple'],
      manufacturingCountries: ['CN', 'IN', 'VN'],
      authorizedSellers: ['apple-store', 'bestbuy'],
      productLines: [
        { name: 'AirPods Pro', referencePrice: { min: 199, max: 249, currency: 'USD' }, colours: ['white'] },
        { name: 'iPhone 15', referencePrice: { min: 699, max: 1199, currency: 'USD' } },
      ],
    },
    {
      id: 'coach',
      name: 'Coach New York',
      aliases: ['蔻驰'],
      commonWordTerms: ['Coach'],
      manufacturingCountries: ['VN', 'PH', 'KH', 'IN', 'CN'],
      productLines: [{ name: 'Tabby', referencePrice: { min: 350, max: 650, currency: 'USD' } }],
    },
    {
      id: 'burberry',
      name: 'Burberry',
      aliases: ['巴宝莉'],
      manufacturingCountries: ['GB', 'IT'],
      productLines: [
        {
          name: 'Trench coat',
          aliases: ['Kensington trench'],
          referencePrice: { min: 1800, max: 3200, currency: 'USD' },
          colours: ['beige', 'black', 'green'],
        },
      ],
    },
    {
      id: 'dior',
      name: 'Dior',
      aliases: ['迪奥', 'Christian Dior'],
      manufacturingCountries: ['FR', 'IT'],
      productLines: [
        { name: 'Saddle bag', referencePrice: { min: 3500, max: 4800, currency: 'USD' } },
        { name: 'Book Tote', referencePrice: { min: 2900, max: 4200, currency: 'USD' } },
      ],
    },
    {
      id: 'omega',
      name: 'Omega',
      aliases: ['欧米茄'],
      manufacturingCountries: ['CH'],
      productLines: [
        { name: 'Speedmaster', referencePrice: { min: 6300, max: 12000, currency: 'USD' } },
        { name: 'Seamaster', referencePrice: { min: 5400, max: 9000, currency: 'USD' } },
      ],
    },
    {
      id: 'cartier',
      name: 'Cartier',
      aliases: ['卡地亚'],
      manufacturingCountries: ['CH', 'FR', 'IT'],
      productLines: [
        {
          name: 'Love bracelet',
          referencePrice: { min: 4300, max: 12000, currency: 'USD' },
          colours: ['gold', 'rose gold', 'white', 'silver'],
        },
        { name: 'Santos', referencePrice: { min: 7000, max: 15000, currency: 'USD' } },
      ],
    },
    {
      id: 'moncler',
      name: 'Moncler',
      aliases: ['盟可睐'],
      manufacturingCountries: ['RO', 'MD', 'IT', 'BG'],
      productLines: [{ name: 'Maya jacket', referencePrice: { min: 1600, max: 2300, currency: 'USD' } }],
    },
    {
      id: 'canada-goose',
      name: 'Canada Goose',
      aliases: ['加拿大鹅'],
      manufacturingCountries: ['CA'],
      productLines: [{ name: 'Expedition parka', referencePrice: { min: 1300, max: 1700, currency: 'USD' } }],
    },
    {
      id: 'ray-ban',
      name: 'Ray-Ban',
      aliases: ['雷朋'],
      manufacturingCountries: ['IT', 'CN'],
      productLines: [
        { name: 'Wayfarer', referencePrice: { min: 150, max: 230, currency: 'USD' } },
        { name: 'Aviator', referencePrice: { min: 160, max: 250, currency: 'USD' } },
      ],
    },
    {
      id: 'pandora',
      name: 'Pandora Jewelry',
      aliases: ['潘多拉'],
      commonWordTerms: ['Pandora'],
      manufacturingCountries: ['TH'],
      productLines: [{ name: 'Moments bracelet', referencePrice: { min: 65, max: 120, currency: 'USD' } }],
    },
    {
      id: 'northwind',
      name: 'Northwind Pictures',
      works: [
        { title: 'Starfall Legacy', aliases: ['星陨传承'], discReleaseDate: '2026-11-20' },
        { title: 'Quiet Harbor', discReleaseDate: '2025-03-04' },
      ],
    },
  ],
};

/** Chinese product nouns (bag, shoes, watch...). */
export const ZH_PRODUCTS = [
  '包',
  '包包',
  '手提包',
  '鞋',
  '运动鞋',
  '手表',
  '腕表',
  '钱包',
  '外套',
  '眼镜',
  '手链',
  '耳机',
];
export const EN_PRODUCTS = [
  'bag',
  'handbag',
  'tote',
  'wallet',
  'shoes',
  'sneakers',
  'watch',
  'jacket',
  'sunglasses',
  'bracelet',
  'belt',
  'scarf',
];

/** How counterfeit sellers talk, as seen on marketplaces (a superset of any one rule list). */
export const COUNTERFEIT_PHRASES_EN = [
  'AAA quality',
  'AAA+ quality',
  '1:1',
  '1:1 replica',
  'replica',
  'Replica',
  'super clone',
  'superclone',
  'Type A product',
  'mirror quality',
  'high copy',
  'top copy',
  'knockoff',
  'knock off',
  'UA quality',
  'unauthorized authentic',
  'PK God batch',
  'best replica',
  '1:1 mirror',
  'clone watch',
  'Noob factory',
  'Clean factory',
  'same as original',
  'fake',
  'reps',
  'rep',
  'mirror grade',
  'AAAAA',
  '5A quality',
  'counter quality',
  'not original',
  'dupe',
  'top version',
];
export const COUNTERFEIT_PHRASES_ZH = [
  '高仿',
  'A货',
  '原单',
  '复刻',
  '精仿',
  '1比1',
  '一比一',
  '超A',
  '莆田',
  '纯原',
  '外贸原单',
  '仿品',
  '公司级',
  '顶级复刻',
  '过验',
];
/** Traditional spellings sellers switch to when Simplified keywords are blocked. */
export const COUNTERFEIT_PHRASES_ZH_TRADITIONAL = [
  '高倣',
  'A貨',
  '原單',
  '複刻',
  '復刻',
  '精倣',
  '純原',
  '外貿原單',
  '倣品',
];

export const PIRACY_LISTINGS = [
  'R4 card for 3DS with 500 games',
  'Switch modchip SX Pro installed',
  'SX OS licence + dongle',
  'Jailbreak dongle PS4 all games free',
  'HDCAM new movie collection 2026',
  'camrip movies USB stick',
  'telesync DVD latest films',
  'DVDScr new releases 10 discs',
  'R4i gold pro SDHC',
  'mod chip for Wii U',
  'RCM loader + 128GB games preloaded',
  '枪版 电影 光盘 最新',
  '最新电影 抢先版 DVD',
  '烧录卡 3DS 送游戏',
  '破解版 游戏机 预装游戏',
  'Switch 破解 免卡带 预装游戏',
];

export const SELLERS_UNAUTHORIZED = [
  'trendy-deals',
  'luxe-outlet-88',
  'shenzhen-fashion',
  'guangzhou-bags',
  'bestprice-store',
  'vintage-finds',
  'closet-resale',
  'mega-mall-77',
];
export const SHIP_FROM_RESELLER = ['US', 'GB', 'DE', 'FR', 'IT', 'JP', 'CA', 'AU'];
