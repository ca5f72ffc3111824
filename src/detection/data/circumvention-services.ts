/**
 * Circumvention sold as a service or a tool, whatever the game or the program: a cheat or an unlocker
 * rented by the day or "forever" (a time card is how only a cheat or a pirate service is sold: "skin
 * unlocker, 30 days", "辅助 永久"), a promise that the buyer will not be banned, a private server's
 * client, a game's currency farmed for the buyer, items got through an exploit, a program's trial
 * reset without end, a memory card sold with a whole game library on it, a program's cracked edition.
 * The pairs of act and object are composed here into the rule trie, so no regex runs per listing.
 */
import type { KeywordRule } from '../types.ts';
import type { Options } from './circumvention-acts.ts';
import { ruleSlug } from './default-rules-more.ts';

/** Piracy rules of their own id family ("piracy.service.speed-hack"): other lists hold the same words. */
function services(
  severity: number,
  patterns: readonly string[],
  options: Options = {},
  family = 'service',
): KeywordRule[] {
  return patterns.map((pattern) => ({
    id: `piracy.${family}.${ruleSlug(pattern)}`,
    pattern,
    kind: 'piracy',
    severity,
    ...options,
  }));
}

/** Periods a cheat or an unlock is rented for, in the languages of the marketplaces. */
const PERIODS = [1, 3, 7, 14, 15, 30, 60, 90, 180, 365];
const DAY_WORDS = ['days', 'day', 'ngày', 'hari', 'días', 'dias', 'jours', 'tage', 'giorni', 'dni', 'วัน'];
const DAY_WORDS_HAN = ['天'];

/** A time card: "30 days", "7 ngày", "30天", 月卡, "lifetime", 永久. */
export const TIME_CARDS: readonly string[] = [
  ...PERIODS.flatMap((n) => [
    ...DAY_WORDS.map((word) => `${n} ${word}`),
    ...DAY_WORDS_HAN.map((word) => `${n}${word}`),
  ]),
  'day key',
  'week key',
  'month key',
  'monthly key',
  'lifetime key',
  '1 month',
  '1 week',
  'lifetime',
  'forever',
  'permanent',
  'vĩnh viễn',
  'selamanya',
  'de por vida',
  'para sempre',
  'à vie',
  '天卡',
  '周卡',
  '月卡',
  '季卡',
  '年卡',
  '包月',
  '卡密',
  '永久',
  '终身',
];

/** What a game's cheat is called as a tool, in the trade's words and languages. */
const CHEAT_TOOLS = [
  'hack',
  'hacks',
  'cheat',
  'cheats',
  'script',
  'scripts',
  'mod menu',
  'unlocker',
  'injector',
  // a program that plays the game for its buyer, sold by the day or for good ("farming bot, lifetime")
  'bot',
  'bots',
  'macro',
  'cit',
  'trapaça',
  'truco',
  'triche',
  '挂',
  '外挂',
  '辅助',
  '脚本',
  '解锁器',
];

/**
 * Functions only a cheat has, in each language: moving faster, seeing the map, flying, not dying.
 * Each names a cheat by itself.
 */
const CHEAT_FUNCTIONS = [
  'speed hack',
  'speedhack',
  'map hack',
  'maphack',
  'drone view hack',
  'drone view script',
  'fly hack',
  'god mode hack',
  'teleport hack',
  'one hit kill hack',
  'unlimited ammo hack',
  'hack map',
  'hack tốc độ',
  'cheat map',
  'cit map',
  'hack de mapa',
  'hack de velocidad',
  'hack de velocidade',
  '加速挂',
  '全图挂',
  '透视挂',
  '飞天挂',
  '无敌挂',
  '秒杀挂',
];

/**
 * What a game or a program sells inside it, beyond the copy bought: its downloadable content, its
 * expansions, its season pass, its skins. An unlocker of it frees what the publisher sells.
 */
const PAID_CONTENT = [
  'dlc',
  'dlcs',
  'all dlc',
  'all dlcs',
  'expansion',
  'expansions',
  'season pass',
  'skins',
  'all skins',
  'premium content',
  'paid content',
  'dlcs desbloqueados',
  // the whole of it: "all content unlock patch", 全内容解锁补丁
  'all content',
  'full content',
  'tout le contenu',
  'todo el contenido',
  'alle inhalte',
  '全内容',
  '全部内容',
  'todos los dlc',
  'todas las dlc',
  'tous les dlc',
  'alle dlcs',
  '全dlc',
  'dlc全',
  '资料片',
  '全资料片',
  '季票',
  '皮肤',
  '全皮肤',
];

/** A tool that unlocks, in the trade's words and languages ("DLC unlocker", 解锁器, desbloqueador). */
const UNLOCK_TOOLS = [
  'unlocker',
  'unlock tool',
  'unlocker tool',
  'unlock patch',
  'desbloqueador',
  'débloqueur',
  'sbloccatore',
  'entsperrer',
  '解锁器',
  '解锁工具',
  '解锁补丁',
];

/** A game's cracked edition in Chinese: 破解 also solves a puzzle, so only in a games listing. */
const CRACKED_HAN = ['破解版', '已破解', '破解'];
/** What a game's copy is sold with: its content, the account check gone, the platform. */
const GAME_COPY_WORDS = [
  'dlc',
  '全dlc',
  '单机',
  '离线',
  '免steam',
  'steam',
  'pc',
  '电脑版',
  '中文版',
  '秒发',
  '激活',
  '游戏',
];

/**
 * A program that plays the game for its buyer named as such ("gold farming bot", 挂机脚本): in a
 * games listing it is a cheat by itself (FarmBot is also a garden robot, so only there).
 */
const FARMING_BOTS = [
  'farm bot',
  'farming bot',
  'gold bot',
  'fishing bot',
  'leveling bot',
  'levelling bot',
  'auto-farm bot',
  'autofarm bot',
  'bot de farm',
  'bot de farmeo',
  'farmbot',
  '挂机脚本',
  '搬砖脚本',
  '打金脚本',
  '刷金脚本',
];

/** A seller's promise that the buyer will not be banned: only a cheat needs it. */
const BAN_EVASION = [
  'anti ban',
  'anti-ban',
  'antiban',
  'ban free',
  'ban-free',
  'no ban',
  'no bans',
  'safe from ban',
  'tak kena ban',
  'tidak kena ban',
  'anti banned',
  'aman dari ban',
  'không bị ban',
  'chống ban',
  'sem ban',
  'sin ban',
  'kein ban',
  'sans ban',
  '防封',
  '不封号',
  '防封号',
];

/** A game's currency, what its publisher sells. */
const CURRENCIES_HAN = [
  '钻石',
  '金币',
  '点券',
  '元宝',
  '钻石币',
  '宝石',
  '水晶',
  '体力',
  '资源',
  '金钱',
  '资金',
];
const CURRENCIES = [
  'gems',
  'diamonds',
  'coins',
  'gold',
  'uc',
  'robux',
  'v-bucks',
  'vbucks',
  'credits',
  'resources',
  'money',
];

/** A game's currency farmed or generated for the buyer: 钻石刷取, 刷金币, 无限点券, "unlimited gems hack". */
const FARMED_CURRENCY = [
  ...CURRENCIES_HAN.flatMap((c) => [`${c}刷取`, `刷${c}`, `代刷${c}`, `无限${c}`, `${c}无限`]),
  ...CURRENCIES.flatMap((c) => [`unlimited ${c}`, `${c} hack`, `infinite ${c}`, `free ${c} hack`]),
];

/** What a protected program checks: its trial, its licence, its activation. */
const TRIAL_OBJECTS = ['trial', 'trial period', 'evaluation', 'licence', 'license', 'activation'];
const RESET_ACTS = ['reset', 'resets', 'resetter', 'reseter', 'reset tool', 'extender', 'rearm'];

/** A program's trial or licence reset without end: "licence resetter", "resets trial", 无限试用. */
const TRIAL_RESETS = [
  ...TRIAL_OBJECTS.flatMap((object) => RESET_ACTS.map((act) => `${object} ${act}`)),
  ...['reset', 'resets', 'extend', 'extends'].flatMap((act) =>
    TRIAL_OBJECTS.map((object) => `${act} ${object}`),
  ),
  'unlimited trial',
  'infinite trial',
  'endless trial',
  'trial forever',
  'prueba ilimitada',
  'essai illimité',
  'teste ilimitado',
  '试用重置',
  '重置试用',
  '试用期重置',
  '重置试用期',
  '无限试用',
];

/** Storage a game library is sold on. */
const STORAGE = [
  '内存卡',
  '存储卡',
  '储存卡',
  'tf卡',
  'sd卡',
  '硬盘',
  '移动硬盘',
  'u盘',
  'microsd',
  'micro sd',
  'sd card',
  'tf card',
  'memory card',
  'hdd',
  'ssd',
  'hard drive',
  'hard disk',
  'usb stick',
  'flash drive',
  'pendrive',
  'cartão de memória',
  'tarjeta de memoria',
  'speicherkarte',
  'carte mémoire',
  'thẻ nhớ',
  'ổ cứng',
  'kartu memori',
];

/**
 * A whole game library said to be on it: 全套游戏资源, "preloaded games", "loaded with games". These
 * are never said of an empty device, so in a consoles listing they need no storage word near.
 */
const GAME_LIBRARY = [
  '游戏资源',
  '游戏全集',
  'full game library',
  'games loaded',
  'loaded with games',
  'preloaded games',
  'pre-loaded games',
  'games preloaded',
  'jogos carregados',
  'juegos cargados',
  'chép sẵn game',
  'isi game',
  'terisi game',
];
/** Said of a library only beside the storage it is on ("全套游戏" is also a board game's full set). */
const GAME_LIBRARY_ON_STORAGE = [
  '全套游戏',
  'game library',
  'games installed',
  'jogos instalados',
  'juegos instalados',
  'jeux installés',
  'spiele installiert',
];

/** A library bought: the official store's, or storage sold empty. */
const LIBRARY_INNOCENT = ['official', 'officially', 'licensed', '官方', '正版', 'empty', 'blank', '空卡'];

/** A program's or a game's cracked edition, the noun after the edition's word ("bản crack", "versi crack"). */
const CRACKED_EDITIONS = [
  'bản crack',
  'bản full crack',
  'versi crack',
  'versi crack full',
  'versión crack',
  'versión crackeada',
  'versão crack',
  'versão crackeada',
  'version crack',
  'wersja crack',
  'full crack',
  'crack full',
];

/** Damage is not a crack of a program: "full crack across the screen". */
const DAMAGE = [
  'screen',
  'glass',
  'lens',
  'case',
  'display',
  'màn hình',
  'kính',
  'layar',
  'pantalla',
  'tela',
];

export const SERVICE_CIRCUMVENTION_RULES: KeywordRule[] = [
  ...services(0.9, CHEAT_FUNCTIONS, { innocentNearby: ['official', 'officially', '官方'] }),
  // a cheat tool rented by the day or for good ("speed hack 30 days", "辅助 永久", "skin unlocker, 30
  // days"); 科技 (technology) and 辅助 (an aid) are cheats only so, and only in a games listing
  ...services(0.88, CHEAT_TOOLS, {
    requiresNearby: [...TIME_CARDS, ...BAN_EVASION],
    categories: ['video-games', 'game-consoles', 'software'],
    innocentNearby: [
      'official',
      'officially',
      '官方',
      '正版',
      '辅助轮',
      '辅助线',
      '挂件',
      '挂钩',
      '挂饰',
      '挂绳',
    ],
  }),
  // 科技 (technology) is the trade's word for a cheat only in a games listing: a software house is
  // 万兴科技, whose licences last for good too
  ...services(0.88, ['科技', '黑科技'], {
    requiresNearby: [...TIME_CARDS, ...BAN_EVASION],
    categories: ['video-games', 'game-consoles'],
    innocentNearby: ['official', 'officially', '官方', '正版', '公司', '有限公司', '集团', '授权'],
  }),
  // the promise of no ban, of a cheat or a modded client
  ...services(0.88, BAN_EVASION, {
    requiresNearby: [...CHEAT_TOOLS, ...CHEAT_FUNCTIONS, 'apk', 'mod', 'unlocker', 'skin', 'skins', '皮肤'],
    nearbyFreeCategories: ['video-games'],
  }),
  // a private server's client, or one sold in a games listing ("private server APK")
  ...services(0.9, ['private server', 'private servers', 'server pribadi', '私服'], {
    requiresNearby: ['apk', 'ipa', 'xapk', 'obb', 'client', 'mod', '安装包', '客户端'],
    nearbyFreeCategories: ['video-games'],
    innocentNearby: ['official', 'officially', 'hosting', 'vps', '官方', '明星'],
  }),
  // an unlocker of a game's paid content, of any game ("all DLC unlocker", "skins unlock tool", 全DLC
  // 解锁补丁): circumvention by itself, whatever its period
  ...services(
    0.9,
    UNLOCK_TOOLS,
    { requiresNearby: PAID_CONTENT, innocentNearby: ['official', 'officially', '官方', '正版'] },
    'content-unlock',
  ),
  // a game's cracked edition, with its content or its account check ("破解版 全DLC 离线")
  ...services(
    0.9,
    CRACKED_HAN,
    {
      requiresNearby: GAME_COPY_WORDS,
      categories: ['video-games', 'software'],
      innocentNearby: ['official', 'officially', '官方', '正版', '防破解'],
    },
    'cracked-game',
  ),
  // a farming bot in a games listing
  ...services(0.88, FARMING_BOTS, {
    categories: ['video-games', 'software'],
    innocentNearby: ['official', 'officially', '官方'],
  }),
  // a skin unlocker in Chinese, of any game
  ...services(0.9, ['皮肤解锁器', '全皮肤解锁器', '皮肤解锁工具', '皮肤修改'], {}),
  // a game's currency farmed or generated for the buyer, in a games listing
  ...services(0.88, FARMED_CURRENCY, { categories: ['video-games', 'software'] }),
  // a game's items or account got through an exploit
  ...services(
    0.88,
    [
      'exploit',
      'an exploit',
      'exploited',
      'glitched',
      'dupe glitch',
      'duped',
      'bug abuse',
      'bug exploit',
      '卡bug',
      '刷bug',
    ],
    {
      requiresNearby: [
        'account',
        'accounts',
        'acc',
        'unlocked',
        'collection',
        'items',
        'skins',
        '账号',
        '帐号',
        '道具',
        ...CURRENCIES,
      ],
      innocentNearby: ['official', 'officially', '官方', 'book', 'security', 'cve'],
    },
  ),
  // a program's trial or licence reset without end
  ...services(0.9, TRIAL_RESETS, {
    innocentNearby: [
      'official',
      'officially',
      'plate',
      'plates',
      'driver',
      'driving',
      'password',
      'factory reset',
    ],
  }),
  // a memory card or a drive sold with a whole game library on it
  ...services(0.88, GAME_LIBRARY, {
    requiresNearby: STORAGE,
    nearbyFreeCategories: ['game-consoles'],
    innocentNearby: LIBRARY_INNOCENT,
  }),
  ...services(0.88, GAME_LIBRARY_ON_STORAGE, { requiresNearby: STORAGE, innocentNearby: LIBRARY_INNOCENT }),
  // a program's or a game's cracked edition
  ...services(0.9, CRACKED_EDITIONS, { innocentNearby: DAMAGE }),
  // a game trainer (修改器, "+12 trainer"): a program that edits the running game for its buyer, in a
  // games listing; "trainer" is also a shoe and a Pokémon player, so only with what it cheats
  ...services(0.88, ['修改器'], {
    categories: ['video-games', 'software'],
    innocentNearby: ['official', 'officially', '官方', '正版'],
  }),
  ...services(0.88, ['trainer', 'trainers', 'cheat trainer', 'трейнер'], {
    requiresNearby: [
      'unlimited',
      'infinite',
      'god mode',
      'cheat',
      'cheats',
      'cheat engine',
      '无限',
      'бесконечные',
    ],
    categories: ['video-games', 'software'],
  }),
  // a game's portable edition that runs without installing, its protection removed: 绿色版 (the green
  // edition), 免安装 (no install), 解压即玩 (unzip and play)
  ...services(0.88, ['绿色版', '綠色版', '免安装版', '解压即玩', '解壓即玩', '解压即可玩'], {
    categories: ['video-games', 'software'],
    innocentNearby: ['official', 'officially', '官方', '正版'],
  }),
  // a crack and a key generator in Russian and Ukrainian: кряк (crack), кейген, генератор ключей
  ...services(
    0.9,
    [
      'кряк',
      'крякнутая',
      'кейген',
      'генератор ключей',
      'генератор ключів',
      'взломанная версия',
      'зламана версія',
    ],
    {
      categories: ['video-games', 'software'],
      innocentNearby: ['official', 'officially', 'официальный', 'офіційний'],
    },
  ),
];
