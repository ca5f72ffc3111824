/**
 * Sound-alike Chinese characters that sellers swap into a brand's Chinese name to slip past exact
 * filters (泡泡玛持 for 泡泡玛特, 任天棠 for 任天堂, 花溪子 for 花西子). Each group folds to its first
 * character, and a match through a swapped character is reported as a disguise. The groups cover
 * characters common in transliterated brand names; an ordinary character outside them still has to
 * match exactly. A two-character name through a sound-alike counts only like a misspelling (in the
 * brand's category or with one of its lines, see mentions.ts): too many ordinary words sound like it.
 */
const GROUPS: readonly string[] = [
  '玛马码',
  '珑龙隆笼',
  '迪帝蒂缔狄笛',
  '世仕氏',
  '博波铂泊勃',
  '其奇琪祺崎',
  '西溪希茜熙',
  '斯丝思',
  '娜纳',
  '莱来赖',
  '尔儿耳',
  '雅亚娅',
  '芙夫福',
  '尼妮泥',
  '梵凡范饭',
  '兰蓝岚澜',
  '伦仑',
  '堂棠唐塘',
  '特持忒',
  '卡咖佧',
  '菲非飞斐',
  '宝保堡葆',
  '诗施狮',
  '莎沙纱',
  '琳林霖',
  '瑞锐睿',
  '萨撒飒',
  '罗洛络萝',
  '路露鹿璐',
  '驰池弛',
  '奈耐',
  '蔻寇',
  '欧鸥',
  '芬纷',
  '乐勒',
  '高糕',
  '鳄锷',
  '耐奈',
  '阿啊',
  '巴芭',
  '莉俐',
  '佳嘉',
  '驰驶',
  '戈哥',
  '雅娅',
  '华花骅',
  '安案岸按',
  '匡框筐',
  '踏塔',
  '威薇葳',
  '冢塚',
  '联连',
  '拉啦',
  '祥翔',
  '彪飙',
  '亭庭',
  '宫官',
  '琴亲',
  '浪狼',
  '力利',
  '齐祁',
];

export const HOMOPHONE_TO_REPRESENTATIVE: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (const group of GROUPS) {
    const chars = Array.from(group);
    const representative = chars[0]!.codePointAt(0)!;
    for (const c of chars.slice(1)) {
      const cp = c.codePointAt(0)!;
      if (!map.has(cp)) map.set(cp, map.get(representative) ?? representative);
    }
  }
  return map;
})();
