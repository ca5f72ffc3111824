/**
 * Circumvention as sellers write it, whatever the maker: an act that defeats a protection (unlock,
 * crack, patch, mod, flash, bypass, a limit removed) said of an object that protection guards (a
 * device's firmware, an app, a subscription or plan, a cloud service, a limit the maker set, a
 * licence, a game's save or server), in the languages of the marketplaces. Neither half alone is
 * piracy: an "unlocked" phone and a "firmware updated" drone are ordinary goods; the act beside
 * the object is a product freed of its licence ("subscription unlocked forever", "firmware mod",
 * "刷机 去云端", "mở khóa cảnh báo").
 *
 * Also the trade's words that carry both halves by themselves: genned game characters moved into
 * the buyer's save, reproduction cartridges and ROM hacks, private-server packages, grey-market
 * licence keys, a licence "for life" with its patch or offline activation.
 */
import type { KeywordRule } from '../types.ts';
import { ruleSlug } from './default-rules-more.ts';

export type Options = Omit<KeywordRule, 'id' | 'pattern' | 'kind' | 'severity'>;

/** Piracy rules with ids of their own ("piracy.defeat.unlocked"): other lists hold the same words. */
export function defeats(severity: number, patterns: readonly string[], options: Options = {}): KeywordRule[] {
  return patterns.map((pattern) => ({
    id: `piracy.defeat.${ruleSlug(pattern)}`,
    pattern,
    kind: 'piracy',
    severity,
    ...options,
  }));
}

/** Time without end: a paid service or licence said to last forever once unlocked. */
const FOREVER = [
  'forever',
  'never expires',
  'no expiry',
  'unlimited time',
  'lifetime',
  'for life',
  'permanent',
  'permanently',
  'à vie',
  'de por vida',
  'para sempre',
  'vitalícia',
  'lebenslang',
  'a vita',
  'vĩnh viễn',
  'trọn đời',
  'seumur hidup',
  '永久',
  '终身',
];

/** What a maker charges for or keeps to itself: a subscription, a plan, its cloud. */
const PAID_SERVICE = [
  'subscription',
  'subscriptions',
  'premium',
  'plan',
  'membership',
  'vip',
  'pro features',
  'cloud',
  'abonnement',
  'abonnements',
  'suscripción',
  'assinatura',
  'abo',
  'langganan',
  'gói cước',
  'phí',
  '会员',
  '免会员',
  '订阅',
  '云端',
  '云服务',
  '高级版',
  '专业版',
];

/** A maker's app or viewer: patched or modded past its paywall (not "unlock with the app": a smart lock). */
const APP = [
  'app',
  'apk',
  'viewer',
  'application',
  'aplicación',
  'aplicativo',
  'ứng dụng',
  'aplikasi',
  // a program as it is handed over: its installer, its plugins
  'installer',
  'installers',
  'setup file',
  'plugin',
  'plugins',
  'vst',
  'programa',
  'programm',
  'program',
  'wtyczki',
  'phần mềm',
  '插件',
  '安装包',
];

/** Limits a maker builds into a device: altitude, no-fly zones, speed, region, speed-camera alerts. */
const MAKER_LIMITS = [
  'altitude',
  'altitude cap',
  'altitude limit',
  'height limit',
  'height cap',
  'no-fly',
  'no-fly zone',
  'no-fly zones',
  'no fly zone',
  'no fly zones',
  'nfz',
  'geofence',
  'geofencing',
  'geo-fence',
  'speed limit',
  'speed limiter',
  'speed camera',
  'speed cameras',
  'speed-camera',
  'camera database',
  'region lock',
  'region locked',
  'zones d’exclusion',
  "zones d'exclusion",
  'bridage',
  'zonas de exclusión',
  'límite de altura',
  'flugverbotszonen',
  'höhenbegrenzung',
  'geschwindigkeitsbegrenzung',
  'camera tốc độ',
  '限高',
  '禁飞',
  '禁飞区',
  '限速',
  '电子狗',
  '测速',
  '区域锁',
];

/** A device's own software: what a flash, a mod or an unlock is done to. */
const DEVICE_SOFTWARE = ['firmware', 'fw', 'micrologiciel', 'phần mềm', '固件', '全功能', '所有功能'];

/** Licences and what they grant. */
export const LICENCE = [
  'licence',
  'license',
  'activation',
  'key',
  'serial',
  'logiciel',
  'software',
  'licencia',
  'licença',
  'lizenz',
  'licenza',
  'bản quyền',
  'lisensi',
  '授权',
  '激活',
  '注册码',
];

/** Chinese acts that defeat a device's lock: each says the device is freed when another stands near. */
const ZH_ACTS = [
  '刷机',
  '刷固件',
  '刷机包',
  '破解',
  '解锁',
  '去云',
  '去云端',
  '脱云',
  '越狱',
  '绕过',
  '代刷',
];

/** Unlocks that are ordinary: a phone free of its carrier, a game's progress, a bootloader. */
export const ORDINARY_UNLOCKS = [
  'factory unlocked',
  'carrier',
  'carriers',
  'sim',
  'sim-free',
  'sim free',
  'network',
  'networks',
  'gsm',
  'esim',
  'phone',
  'iphone',
  'smartphone',
  'handy',
  'téléphone',
  'teléfono',
  'celular',
  'điện thoại',
  // a lock's own verb: a smart lock or a bike "unlocked by the app"
  'lock',
  'door',
  'fingerprint',
  'keyless',
  'achievement',
  'achievements',
  'trophies',
  'official',
  'officially',
  '手机',
  '全网通',
  '网络',
  '运营商',
  '官方',
  '正版',
];

export const CIRCUMVENTION_ACT_RULES: KeywordRule[] = [
  // unlocked, bypassed, freed (a participle: "unlock with the app" is a smart lock's verb): of a paid service, a maker's limit, a device's software, for good
  ...defeats(
    0.88,
    [
      'unlocked',
      'bypass',
      'bypassed',
      'débloqué',
      'débloquée',
      'déverrouillé',
      'déverrouillée',
      'débridé',
      'débridée',
      'desbloqueado',
      'desbloqueada',
      'destravado',
      'destravada',
      'entsperrt',
      'freigeschaltet',
      'sbloccato',
      'sbloccata',
      'mở khóa',
      'mở khoá',
      'bẻ khóa',
      'bẻ khoá',
      'buka kunci',
    ],
    {
      requiresNearby: [...PAID_SERVICE, ...MAKER_LIMITS, ...DEVICE_SOFTWARE, ...FOREVER],
      innocentNearby: ORDINARY_UNLOCKS,
    },
  ),
  // a maker's limit removed or disabled ("removes the altitude cap and no-fly zones")
  ...defeats(0.88, ['removed', 'removes', 'remove', 'supprimé', 'eliminado', 'entfernt'], {
    requiresNearby: MAKER_LIMITS,
    innocentNearby: ['official', 'officially', '官方'],
  }),
  // an app, a viewer or a program patched, modded or cracked past its paywall; firmware patches are
  // updates ("latest firmware patch"), so not the device's software here
  ...defeats(
    0.88,
    ['patched', 'modded', 'patché', 'patchée', 'parcheado', 'parcheada', 'gepatcht', 'hackeado'],
    {
      requiresNearby: [...PAID_SERVICE, ...APP, ...LICENCE, ...MAKER_LIMITS],
      innocentNearby: [...ORDINARY_UNLOCKS, 'unpatched'],
    },
  ),
  // cracked for good: a program or a device's software cracked, said to last ("cracked …, never
  // expires"); a cracked screen or case is damage
  ...defeats(0.88, ['cracked', 'craqué', 'craquée', 'crackeado', 'geknackt'], {
    requiresNearby: [...FOREVER, ...DEVICE_SOFTWARE, ...PAID_SERVICE],
    // a game or a program sold cracked is a cracked copy whatever stands beside it, unless the words
    // near it tell a damaged disc, cartridge or case
    nearbyFreeCategories: ['video-games', 'software'],
    innocentNearby: [
      ...ORDINARY_UNLOCKS,
      'disc',
      'discs',
      'disk',
      'cartridge',
      'cart',
      'cover',
      'manual',
      'plastic',
      'spine',
      'insert',
      'controller',
      'console',
      'joystick',
      'port',
      'screen',
      'glass',
      'lens',
      'case',
      'corner',
      'housing',
      'display',
      'hinge',
      'shell',
      'frame',
      'damage',
      'damaged',
      'warranty',
    ],
  }),
  // the act and the object in one phrase
  ...defeats(
    0.9,
    [
      'firmware mod',
      'firmware mods',
      'mod firmware',
      'modded firmware',
      'firmware unlock',
      'firmware unlocked',
      'unlock firmware',
      'unlocked firmware',
      'flashed firmware',
      'firmware modifié',
      'firmware modificado',
      'modifizierte firmware',
      'firmware modificato',
      'mod apk',
      'modded apk',
      'apk mod',
      'modded app',
      'patched app',
      'cracked app',
      'premium unlocked',
      'premium unlock',
      'subscription unlocked',
      'subscription bypass',
      'paywall bypass',
      'cloud bypass',
      'bản mod',
      'versi mod',
      'apk premium',
      '破解会员',
      '会员破解',
      '解锁会员',
      '会员解锁',
      '破解固件',
      '改版固件',
      '解限高',
      '破解限高',
      '限高破解',
      '解除限高',
      '解禁飞',
      '解禁飞区',
      '破解禁飞',
      '禁飞破解',
      '解除禁飞',
      '解除禁飞区',
      '去限速',
      '解除限速',
      '破解限速',
      '破解电子狗',
    ],
    { innocentNearby: ['official', 'officially', '官方', '正版'] },
  ),
  // the Chinese acts: flashing, cracking, de-clouding, said of a device's software, a membership, a
  // maker's limit, or with another such act ("刷机 去云端 全功能解锁", "刷机 破解电子狗")
  // (each with the others: a word required near itself would find itself)
  ...ZH_ACTS.flatMap((act) =>
    defeats(0.88, [act], {
      requiresNearby: [
        ...ZH_ACTS.filter((other) => other !== act),
        ...PAID_SERVICE,
        ...MAKER_LIMITS,
        ...DEVICE_SOFTWARE,
      ],
      innocentNearby: ['官方', '正版', '手机', '全网通', '网络', '运营商', '刷单', '点赞', '粉丝'],
    }),
  ),
  // game characters generated outside the game and moved into the buyer's save ("custom-genned 6IV
  // shinies", 代刷闪光 六V 直接传档), or the save edited
  ...defeats(0.9, [
    'genned',
    'custom genned',
    'gen service',
    'pkhex',
    'transferred to your save',
    'injected into your save',
    'modded save',
    'hacked save',
    'save editing',
    '直接传档',
    '代传档',
    '改档',
    '修改存档',
    '存档修改',
    '代改存档',
  ]),
  ...defeats(0.88, ['6iv', '5iv', '六v', '个体值'], {
    requiresNearby: ['代刷', 'genned', 'shinies', '传档', '直接交换', '全传说', 'all legendaries'],
    // "6V" of a battery reads as 六v
    innocentNearby: ['官方', '电池', 'battery', 'volt', 'volts'],
  }),
  // reproduction cartridges and ROM hacks of a game
  ...defeats(0.9, [
    'repro cart',
    'repro carts',
    'repro cartridge',
    'repro cartridges',
    'reproduction cartridge',
    'reproduction cart',
    'rom hack',
    'rom hacks',
    'romhack',
    'hacked rom',
    'cartouche repro',
    'cartucho repro',
    '中文改版',
    '改版卡带',
    '魔改卡带',
  ]),
  // a private server's package: the server files, its one-click installer, its admin tools
  ...defeats(
    0.9,
    ['private server files', 'private server package', 'server files', '一键端', '私服端', 'gm工具'],
    {
      requiresNearby: [
        'mmo',
        'mmorpg',
        'rpg',
        'raids',
        'expansions',
        'custom rates',
        'rates',
        'xp',
        'game',
        'games',
        '私服',
        '怀旧服',
        '网游',
        '游戏',
        '高倍率',
        '全版本',
        '副本',
      ],
      innocentContexts: ['一键端口'],
    },
  ),
  // grey-market licence keys; a licence for life sold with its patch or activated offline
  ...defeats(0.9, [
    'grey key',
    'gray key',
    'grey-market key',
    'gray-market key',
    'grey market key',
    'gray market key',
    'activation hors ligne',
    'activación sin conexión',
    'activación offline',
    'ativação offline',
    'offline-aktivierung',
    'aktivierung offline',
    'attivazione offline',
    'kích hoạt offline',
    'aktivasi offline',
  ]),
  ...defeats(
    0.88,
    [
      'patch inclus',
      'patch included',
      'patch incluido',
      'parche incluido',
      'patch enthalten',
      'patch incluso',
    ],
    { requiresNearby: [...LICENCE, ...FOREVER, 'pc', 'pcs', 'mac'] },
  ),
];

/**
 * A console or device stated as it left its maker (unmodified, never flashed, all original parts,
 * 原装未改机): the games it has built in are its own, not a pirated collection. Read in the title only,
 * where the seller describes the item.
 */
export const STOCK_DEVICE_PHRASES: readonly string[] = [
  'unmodified',
  'unmodded',
  'never modded',
  'not modded',
  'no mods',
  'no modifications',
  'untouched',
  'all original parts',
  'original parts',
  'stock firmware',
  'original firmware',
  'factory firmware',
  'never flashed',
  'not flashed',
  'not chipped',
  'no modchip',
  'non modifié',
  'non modifiée',
  'jamais modifié',
  'sin modificar',
  'sin modificaciones',
  'nunca modificado',
  'não modificado',
  'sem modificações',
  'nicht modifiziert',
  'unverändert',
  'non modificato',
  'mai modificato',
  'chưa mod',
  'không mod',
  'nguyên zin',
  'belum dimod',
  'tidak dimod',
  '改造なし',
  '未改造',
  '未改机',
  '未改機',
  '无改机',
  '無改機',
  '未改装',
  '无改装',
  '原装未改',
  '没改过',
  '没有改过',
  '没刷过机',
  '未刷机',
  '未破解',
];

/**
 * The same words inside a pirate's promise: "no mods needed" says the buyer need not mod the
 * console to play the copies, not that it is untouched.
 */
export const STOCK_DEVICE_DENIALS: readonly string[] = [
  'no mods needed',
  'no mods required',
  'no mod needed',
  'no mod required',
  'no modifications needed',
  'no modifications required',
  'unmodified consoles',
  'works on unmodified',
  'runs on unmodified',
  'play on unmodified',
];
