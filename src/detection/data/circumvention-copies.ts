/**
 * Circumvention of a copy rather than of a device: a game or a program freed of what checks it (its
 * copy protection, its DRM, the store's launcher: "wersja bez zabezpieczeń", "DRM removed", 免Steam),
 * a licence-key generator or licences without number, a game's save sold with everything unlocked
 * (全解锁存档); and a console modded, said in the other languages of the marketplaces (改造済み,
 * "destravado", "przerobiona"). The pairs of act and object are built here into the rule trie, so no
 * regex runs per listing.
 */
import type { KeywordRule } from '../types.ts';
import { defeats, LICENCE, type Options, ORDINARY_UNLOCKS } from './circumvention-acts.ts';
import { ruleSlug } from './default-rules-more.ts';

/** Whatever a protected copy checks: its copy protection, its DRM, the store's launcher it runs under. */
const COPY_PROTECTION = [
  'drm',
  'denuvo',
  'copy protection',
  'kopierschutz',
  'protection anticopie',
  'protección anticopia',
  'proteção contra cópia',
  'zabezpieczeń',
  'zabezpieczenia',
  'steam',
  'launcher',
  'online check',
  'online activation',
  '加密',
  '正版验证',
];

/** A licence and the key or code that grants it, in the languages of the marketplaces. */
const LICENCE_KEYS = [
  'key',
  'keys',
  'serial',
  'serials',
  'licence',
  'license',
  'licences',
  'licenses',
  'activation',
  'klucz',
  'klucze',
  'kluczy',
  'licencji',
  'licencje',
  'clave',
  'claves',
  'chave',
  'chaves',
  'licencia',
  'licencias',
  'licença',
  'licenças',
  'schlüssel',
  'lizenz',
  'lizenzen',
  'clé',
  'clés',
  'lisensi',
  'kode aktivasi',
  'mã kích hoạt',
  'bản quyền',
  '激活码',
  '注册码',
  '序列号',
  '授权码',
];

/** A copy that runs: a game, a program, a version of it, in the languages of the marketplaces. */
const COPIES = [
  'game',
  'games',
  'gra',
  'gry',
  'juego',
  'juegos',
  'jogo',
  'jogos',
  'jeu',
  'jeux',
  'spiel',
  'spiele',
  'gioco',
  'giochi',
  'pc',
  'version',
  'wersja',
  'versión',
  'versão',
  'edition',
  'program',
  'programa',
  'programm',
  'software',
  'ゲーム',
  'ソフト',
  '游戏',
  '软件',
  '版',
];

/** Removal before what it removes, in spaced languages and in Chinese ("without DRM", "去加密"). */
const FREED_BEFORE = ['without', 'no', 'bez', 'sin', 'sem', 'ohne', 'sans', 'senza', 'tanpa', 'không cần'];
const FREED_BEFORE_HAN = ['免', '去', '去除', '无需', '绕过', '破解'];
/** Removal after what it removes ("DRM removed", "Kopierschutz entfernt"). */
const FREED_AFTER = [
  'removed',
  'bypass',
  'bypassed',
  'entfernt',
  'eliminado',
  'removido',
  'supprimé',
  'usunięte',
];

/** Every removal said of every protection: the trie holds the pairs, so no regex runs per listing. */
function freedOf(protections: readonly string[]): string[] {
  const out: string[] = [];
  for (const protection of protections) {
    if (/^\p{Script=Han}/u.test(protection)) {
      for (const act of FREED_BEFORE_HAN) out.push(`${act}${protection}`);
      continue;
    }
    for (const act of FREED_BEFORE) out.push(`${act} ${protection}`);
    for (const act of FREED_AFTER) out.push(`${protection} ${act}`);
    for (const act of FREED_BEFORE_HAN) out.push(`${act}${protection}`);
  }
  return out;
}

/** Piracy rules of their own id family ("piracy.console-act.modificada"): other lists hold the same words. */
function consoleActs(patterns: readonly string[], options: Options): KeywordRule[] {
  return patterns.map((pattern) => ({
    id: `piracy.console-act.${ruleSlug(pattern)}`,
    pattern,
    kind: 'piracy',
    severity: 0.88,
    ...options,
  }));
}

/** Words near which an act of modding is about a console or a handheld. */
const CONSOLE_OBJECTS = [
  'console',
  'consola',
  'consolas',
  'konsola',
  'konsole',
  'konsol',
  'máy game',
  'handheld',
  'ps2',
  'ps3',
  'ps4',
  'psp',
  'xbox',
  'wii',
  'switch',
  '3ds',
  'games',
  'juegos',
  'jogos',
  'jeux',
  'spiele',
  'gier',
  'game',
  'ゲーム',
  'ゲーム機',
  'เกม',
  '游戏',
  '主机',
  '掌机',
];

/**
 * A console modded, chipped or flashed, said in the other languages of the marketplaces: of a
 * console or its games, or of anything in a consoles listing. PT "destravado" and "desbloqueado"
 * are the trade's words for a chipped console; a phone "desbloqueado" is free of its carrier.
 */
export const CONSOLE_ACT_RULES: KeywordRule[] = consoleActs(
  [
    '改造済み',
    '改造済',
    '改造品',
    '改造機',
    '改造版',
    'modificada',
    'modificado',
    'chipeada',
    'chipeado',
    'flasheada',
    'flasheado',
    'pirateada',
    'pirateado',
    'destravado',
    'destravada',
    'desbloqueado',
    'desbloqueada',
    'przerobiona',
    'przerobiony',
    'zmodowana',
    'zmodowany',
    'z chipem',
    'pucée',
    'pucé',
    'flashée',
    'gemoddet',
    'gechipt',
    'sudah dimod',
    'sudah jailbreak',
    'đã hack',
    'đã mod',
    'đã jailbreak',
    'แปลงแล้ว',
  ],
  {
    requiresNearby: CONSOLE_OBJECTS,
    nearbyFreeCategories: ['game-consoles'],
    innocentNearby: [...ORDINARY_UNLOCKS, 'unmodified'],
  },
);

/** Copies freed of their protection, licence-key generators, unlocked saves. */
export const COPY_CIRCUMVENTION_RULES: KeywordRule[] = [
  // a game's save sold with everything in it unlocked: the unlock said of the save itself
  ...defeats(
    0.9,
    [
      'unlocked save',
      'unlocked saves',
      'unlocked save file',
      'unlocked save data',
      'save all unlocked',
      'save file all unlocked',
      'maxed save',
      'maxed out save',
      'save desbloqueado',
      'partida desbloqueada',
      'sauvegarde débloquée',
      'freigeschalteter spielstand',
      'odblokowany zapis',
      '全解锁存档',
      '解锁存档',
      '存档全解锁',
      '全开存档',
      '全收集存档',
      '满级存档',
      '全解锁存檔',
      '全解放セーブ',
      'セーブデータ全解放',
    ],
    {
      // a used console's own progress, across a comma ("every level unlocked, save data kept")
      innocentNearby: [
        'official',
        'officially',
        '官方',
        'level',
        'levels',
        'kept',
        'intact',
        'progress',
        'used',
      ],
    },
  ),
  // a copy freed of what checks it: its protection, its DRM, the store's launcher ("wersja bez
  // zabezpieczeń", "DRM removed", "runs without Steam", 免Steam), said of a game or a program
  ...defeats(0.88, freedOf(COPY_PROTECTION), {
    requiresNearby: [...COPIES, ...LICENCE],
    innocentNearby: ['official', 'officially', 'gog', 'iron', 'cleaner', 'mop', 'sauna', 'oven'],
  }),
  // a licence-key generator, or licences without number: each copy a licence the maker never sold
  ...defeats(
    0.88,
    ['generator', 'generatora', 'generador', 'gerador', 'générateur', 'generatore', '生成器'],
    {
      requiresNearby: LICENCE_KEYS,
      // a power generator has a key start, an inverter, a fuel
      innocentNearby: [
        'power',
        'electric',
        'electrical',
        'start',
        'starter',
        'engine',
        'fuel',
        'diesel',
        'petrol',
        'gasoline',
        'propane',
        'solar',
        'inverter',
        'portable',
        'watt',
        'watts',
        'kw',
        'kva',
        'battery',
        'ozone',
        'steam',
        'oxygen',
        'hydrogen',
        'qr',
        'barcode',
      ],
    },
  ),
  ...defeats(0.9, [
    'unlimited licences',
    'unlimited licenses',
    'any number of licences',
    'any number of licenses',
    'unlimited activations',
    'dowolna liczba licencji',
    'nieograniczona liczba licencji',
    'licencias ilimitadas',
    'licenças ilimitadas',
    'unbegrenzte lizenzen',
    'licences illimitées',
    'licenze illimitate',
    'lisensi tanpa batas',
    '无限授权',
    '无限激活',
  ]),
];
