/**
 * Circumvention named by what it does, not by a brand's word: game cheats (aim assistance, seeing
 * through walls, no recoil, ban evasion), shared game accounts activated offline, and software or
 * games sold pre-activated, cracked or with the account check removed. A seller of a cheat for any
 * game, or of any program unlocked past its licence, writes the same function words; they are the
 * trade's vocabulary, whatever the game or the publisher, in English, Chinese and the languages of
 * European marketplaces.
 *
 * The words that are also ordinary ("ESP" is a guitar maker and a car's stability system, 透视 a
 * see-through dress, 辅助 any aid, "loaded" a full car) count only with another cheat word or a
 * game's word near them.
 */
import type { KeywordRule } from '../types.ts';
import { rules } from './default-rules-more.ts';

/** Functions only a cheat has: they name one by themselves. */
const CHEAT_FUNCTIONS = [
  'aimbot',
  'aim bot',
  'wallhack',
  'wall hack',
  'triggerbot',
  'trigger bot',
  'no-recoil',
  'no recoil macro',
  'norecoil',
  'hwid spoofer',
  'hwid spoof',
  'hwid unban',
  'esp hack',
  'esp cheat',
  'mod menu',
  'cheat engine table',
  'undetected cheat',
  'undetected hack',
  '外挂',
  '自瞄',
  '自瞄透视',
  '透视自瞄',
  '不封号',
  '防封号',
  '稳定不封',
  '锁头',
  '无后座',
];

/** Words of a cheat's sale and its service: near them an ambiguous function word is a cheat. */
const CHEAT_CONTEXT = [
  ...CHEAT_FUNCTIONS,
  'undetected',
  'cheat',
  'cheats',
  'hack',
  'hacks',
  'spoofer',
  'day key',
  'week key',
  'month key',
  'monthly key',
  'lifetime key',
  'no recoil',
  'radar',
  'loader',
  'injector',
  'external',
];

/** What a game's publisher sells inside it: an account or a client with all of it unlocked is piracy. */
const UNLOCKED_GOODS = [
  'all skins',
  'all champs',
  'all champions',
  'all heroes',
  'all agents',
  'all operators',
  'all characters',
  'all legends',
  'all weapons unlocked',
  'everything unlocked',
  'all unlocked',
  '全皮肤',
  '全英雄',
  '全角色',
  '全解锁',
];

/** Words of a game or its account: near them a shared account or a missing account check is piracy. */
const GAME_WORDS = [
  'game',
  'games',
  'pc game',
  'steam',
  'epic',
  'uplay',
  'ubisoft connect',
  'origin',
  'pc version',
  'dlc',
  'jeu',
  'jeux',
  'spiel',
  'spiele',
  'juego',
  'gioco',
  '游戏',
  '单机',
  '电脑版',
  'pc',
  '激活',
  '秒发',
];

/**
 * A program that plays the game for its buyer (a farming bot, a hunting macro, 挂机脚本): ambiguous
 * alone ("bot" is a robot toy, a macro a camera lens), so it counts only with the words a cheat is
 * sold with: that the game will not detect it, that it escapes a ban, a key for a spell of days.
 */
const GAME_BOTS = [
  'bot',
  'bots',
  'farm bot',
  'farming bot',
  'auto-farm',
  'autofarm',
  'auto farm',
  'auto-farming',
  'auto hunting',
  'auto-hunt',
  'macro',
  'botting',
  '脚本',
  '挂机脚本',
];
const SOLD_AS_A_CHEAT = [
  'undetected',
  'undetectable',
  'anti-ban',
  'antiban',
  'ban-free',
  'ban free',
  'no ban',
  'anti-gm',
  'day key',
  'week key',
  'month key',
  'monthly key',
  'lifetime key',
  'hwid',
  '防封',
  '不封号',
  '防检测',
];

export const CHEAT_FUNCTION_RULES: KeywordRule[] = [
  ...rules('piracy', 0.9, CHEAT_FUNCTIONS),
  ...rules('piracy', 0.88, GAME_BOTS, { requiresNearby: SOLD_AS_A_CHEAT }),
  // ambiguous alone: "ESP" (a guitar maker, a car's system), 透视 (a see-through dress), 辅助 (an aid),
  // "no recoil" (a rifle stock)
  ...rules('piracy', 0.88, ['esp', 'no recoil', 'spoofer', 'radar hack'], {
    requiresNearby: CHEAT_CONTEXT,
    innocentNearby: ['guitar', 'guitars', 'bass', 'esp32', 'esp8266', 'brake', 'abs'],
  }),
  // 透视 (see-through; perspective) and 辅助 (an aid: 辅助轮 training wheels, 辅助线 guide lines) only
  // with the words of a cheat's sale: each other, a key's time card, ban evasion
  ...(['透视', '辅助'] as const).flatMap((word) =>
    rules('piracy', 0.88, [word], {
      requiresNearby: [
        ...CHEAT_FUNCTIONS,
        word === '透视' ? '辅助' : '透视',
        '卡密',
        '天卡',
        '周卡',
        '月卡',
        '防封',
      ],
      innocentNearby: [
        '辅助轮',
        '辅助线',
        '辅助手柄',
        '绘画',
        '素描',
        '画画',
        '连衣裙',
        '裙',
        '衬衫',
        '透视装',
      ],
    }),
  ),
  // a game account shared among buyers and activated offline, or a game with the account check gone
  ...rules(
    'piracy',
    0.9,
    [
      '离线激活',
      '共享账号',
      '共享帐号',
      '账号共享',
      '出租账号',
      'shared account',
      'shared accounts',
      'account sharing',
      'offline account',
      'no account needed',
      'no accounts needed',
      'no account required',
      'pas besoin de compte',
      'sans compte',
      'kein konto nötig',
      'ohne konto',
      'sin cuenta',
    ],
    { requiresNearby: GAME_WORDS },
  ),
  // software and games sold already activated or cracked, in the languages of the marketplaces
  ...rules(
    'piracy',
    0.9,
    [
      'pre-activated',
      'preactivated',
      'pre activated',
      'already activated',
      '过期激活',
      '刷机解锁',
      '已激活好',
      'craquée',
      'craqué',
      'version craquée',
      'gecrackt',
      'gecrackte',
      'crackeado',
      'crackato',
    ],
    { innocentNearby: ['official', 'officially', '官方', '正版授权'] },
  ),
  // a private game server in the languages of European marketplaces ("Privatserver Zugang")
  ...rules('piracy', 0.9, ['privatserver', 'serveur privé', 'servidor privado', 'server privato'], {
    requiresNearby: [...GAME_WORDS, 'operators', 'operatoren', 'skins', 'zugang', 'accès', 'unlocked'],
  }),
  // a handheld or console sold with the games of whole systems loaded: "full sets", "sideloaded"
  ...rules('piracy', 0.88, ['sideloaded', 'full sets', 'full romsets', 'romset', 'romsets'], {
    requiresNearby: [
      'console',
      'consoles',
      'handheld',
      'pocket',
      'games',
      'gba',
      'nes',
      'snes',
      'ps1',
      'ps2',
      'n64',
      'loaded',
      'hacks',
      'itch',
      'retro',
    ],
  }),
  // a game's account sold with everything bought in it unlocked, or a client that unlocks what the
  // publisher sells: "account unlocked all champs all skins", "skin changer", 全皮肤解锁
  ...rules(
    'piracy',
    0.9,
    [
      'skin changer',
      'skins changer',
      'skin unlocker',
      'skins unlocker',
      'unlock all skins',
      'unlocks all skins',
      'all skins unlocked',
      'unlock all tool',
      'unlock all hack',
      '皮肤修改器',
      '解锁全皮肤',
      '全皮肤解锁',
      '皮肤全解锁',
      '一键解锁全皮肤',
    ],
    { requiresNearby: [...GAME_WORDS, ...UNLOCKED_GOODS, 'client', 'client side', 'client-side', 'account'] },
  ),
  ...rules('piracy', 0.88, ['account', 'accounts', 'acc', '账号', '帐号'], {
    requiresNearby: UNLOCKED_GOODS,
    innocentNearby: ['official', 'officially', '官方'],
  }),
  // a generator of a game's currency or of licence codes: what the publisher sells, made for free
  ...rules('piracy', 0.9, [
    'rp generator',
    'v-bucks generator',
    'vbucks generator',
    'robux generator',
    'uc generator',
    'gems generator',
    'gem generator',
    'coins generator',
    'coin generator',
    'license key generator',
    'licence key generator',
    'serial key generator',
    'activation code generator',
    'code generator unlimited',
    'générateur de code',
    'générateur de clé',
    'generador de códigos',
    'generatore di codici',
    '激活码生成器',
    '注册码生成器',
    '序列号生成器',
    '卡密生成器',
    '金币生成器',
    '钻石生成器',
    '点券生成器',
  ]),
  // "gold / money / diamond generator" is also a coloured power generator: only with a game's words
  ...rules('piracy', 0.88, ['gold generator', 'money generator', 'diamond generator', 'diamonds generator'], {
    requiresNearby: [
      ...GAME_WORDS,
      'unlimited',
      'lifetime',
      'undetected',
      'no survey',
      'account',
      '无限',
      '永久',
    ],
  }),
  // a handheld with every game of whole systems loaded ("预装全部游戏", "loaded with all the classics",
  // "every collection dumped on one cartridge"); an official mini console names its few titles instead
  ...rules('piracy', 0.88, [
    '预装全部游戏',
    '预装所有游戏',
    '内置全部游戏',
    '内置所有游戏',
    '自带全部游戏',
    '自带所有游戏',
    '全部游戏预装',
    '所有游戏预装',
    '预装上万游戏',
    '内置上万游戏',
    '预装海量游戏',
    '内置海量游戏',
    'loaded with all the classics',
    'loaded w/ all the classics',
    'loaded w all the classics',
    'loaded with all the games',
    'loaded with every game',
    'all the classics preloaded',
    'all games preloaded',
    'all games pre-installed',
    'every game preloaded',
    'dumped on one cartridge',
    'dumped onto one cartridge',
    'dumped on one cart',
    'dumped onto one cart',
    'dumped to one cartridge',
    'multicart',
    'multi-cart',
    'multi cart',
    'vorinstallierte spiele',
    'alle spiele vorinstalliert',
    'jeux préinstallés',
    'tous les jeux préinstallés',
    'juegos preinstalados',
    'todos los juegos preinstalados',
    'giochi preinstallati',
    'tutti i giochi preinstallati',
  ]),
  // a count of built-in games only a pirate cartridge reaches ("20000+ built-in retro games"): the
  // adjective before "retro / classic games"; official minis ("60 games built in") say official
  ...rules(
    'piracy',
    0.88,
    [
      'built-in retro games',
      'built in retro games',
      'built-in classic games',
      'built in classic games',
      'retro games built in',
      'retro games built-in',
      'preloaded retro games',
      'pre-loaded retro games',
      'preinstalled retro games',
    ],
    { innocentNearby: ['official', 'officially', 'licensed', '官方', '正版'], stockDeviceInnocent: true },
  ),
];
