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

export const CHEAT_FUNCTION_RULES: KeywordRule[] = [
  ...rules('piracy', 0.9, CHEAT_FUNCTIONS),
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
];
