/**
 * Cues composed from their parts instead of listed phrase by phrase. Sellers say "quality is
 * great" in endless ways, but the ways have a shape: a word for the quality or the workmanship with
 * a word praising it (品质 + 超好/无敌/过硬/杠杠的, "flawless" + "quality"/"workmanship"); a word for
 * "several" with a word for stock on hand (多个/大量 + 现货/有货, "several" + "available"); a word for
 * "without" with a proof of provenance (无 + 发票/保卡/小票, "no" + "receipt"/"papers"/"box"). Each
 * list below is the cross product of such parts, so a new modifier covers every noun at once.
 */

/** Every head joined to every tail by `glue` (none by default: Chinese parts touch). */
export function cross(heads: readonly string[], tails: readonly string[], glue = ''): string[] {
  const out: string[] = [];
  for (const head of heads) for (const tail of tails) out.push(`${head}${glue}${tail}`);
  return out;
}

function unique(phrases: readonly string[]): string[] {
  return [...new Set(phrases)];
}

/** Chinese nouns for the quality of an item and for its workmanship. */
const QUALITY_NOUNS_ZH = ['品质', '质量', '做工', '质感', '品控', '工艺'];
/** Praise after the noun: 品质超好, 质量过硬, 做工杠杠的. */
const QUALITY_PRAISE_AFTER_ZH = [
  '超好',
  '很好',
  '非常好',
  '特别好',
  '超级好',
  '极好',
  '无敌',
  '过硬',
  '杠杠的',
  '杠杠滴',
  '一流',
  '顶级',
  '没得说',
  '没话说',
  '绝了',
  '完美',
  '超赞',
  '上乘',
  '一级棒',
  '保证',
  '有保证',
  '放心',
  // plain praise: 做工好, 品质不错, 做工精细
  '好',
  '不错',
  '很不错',
  '精致',
  '精细',
  '精良',
];
/** Praise before the noun: 顶级品质, 超高品质, 一流做工. */
const QUALITY_PRAISE_BEFORE_ZH = ['顶级', '超高', '一流', '极致', '完美', '上乘', '高端', '精湛'];

/** English praise before a quality word: "flawless quality", "excellent workmanship". */
const QUALITY_PRAISE_EN = [
  'top',
  'high',
  'best',
  'premium',
  'perfect',
  'superior',
  'excellent',
  'highest',
  'flawless',
  'impeccable',
  'superb',
  'outstanding',
  'exceptional',
  'amazing',
  'great',
  'very good',
  'super',
  'ultra',
  'luxury',
  'finest',
];
const QUALITY_NOUNS_EN = ['quality', 'workmanship', 'craftsmanship', 'build quality', 'stitching'];

/** Vague quality claims (weak_quality_claim). */
export const QUALITY_CLAIM_PHRASES: readonly string[] = unique([
  ...cross(QUALITY_NOUNS_ZH, QUALITY_PRAISE_AFTER_ZH),
  ...cross(QUALITY_PRAISE_BEFORE_ZH, QUALITY_NOUNS_ZH),
  ...cross(QUALITY_PRAISE_EN, QUALITY_NOUNS_EN, ' '),
  ...cross(['quality', 'workmanship', 'craftsmanship'], ['guaranteed', 'is perfect', 'is excellent'], ' '),
]);

/** "Several" and "plenty" (English), before a word for stock on hand. */
const SEVERAL_EN = [
  'several',
  'multiple',
  'many',
  'plenty',
  'lots',
  'loads',
  'more',
  'more than one',
  'a few',
];
const ON_HAND_EN = [
  'available',
  'in stock',
  'units available',
  'pcs available',
  'pieces available',
  'units ready',
  'pcs ready',
  'ready to ship',
];
/** Measure words of goods (件 items, 只 pieces, 台 machines, 瓶 bottles, 双 pairs...). */
const MEASURE_WORDS_ZH = ['件', '个', '只', '台', '瓶', '双', '套', '支', '条', '块', '盒', '把', '部'];
/** 多个 现货: several in stock; 大量 有货: plenty in stock. */
const SEVERAL_ZH = ['多个', '多件', '多台', '多双', '多只', '多支', '多套', '大量', '批量', '很多', '好多'];
const ON_HAND_ZH = ['现货', '有货', '在库', '库存'];

/** Several units on hand of a branded item (stock_variety): shops of one genuine item rarely say so. */
export const STOCK_ON_HAND_PHRASES: readonly string[] = unique([
  ...cross(SEVERAL_EN, ON_HAND_EN, ' '),
  ...cross(SEVERAL_ZH, ON_HAND_ZH),
  // the same words the other way round: 现货多件, 有货多个 (in stock, several)
  ...cross(ON_HAND_ZH, SEVERAL_ZH),
  ...cross(['有', '还有'], ['多个', '多件', '多台', '很多', '好多']),
  // "more than one", "a good few", "plenty in stock" with a measure word: 不止一件, 有好几瓶, 库存多台
  ...cross(['不止一', '好几', '库存多'], MEASURE_WORDS_ZH),
  // "have a few of these", "got several pairs"
  ...cross(
    ['have', 'got', 'have got'],
    ['a few of these', 'several of these', 'a few pairs', 'several pairs', 'a few more'],
    ' ',
  ),
  // the seller has more than the one item: "have several", "got more", 还有几台, 有好几件, 多件可拍
  ...cross(['have', 'got', 'i have'], ['several', 'more', 'a few', 'multiple'], ' '),
  ...cross(['还有', '仍有', '还剩'], ['几', '好几', '多'], '').flatMap((head) =>
    MEASURE_WORDS_ZH.map((m) => head + m),
  ),
  ...cross(['多件', '多个', '多台', '多双', '多只', '多支', '多瓶'], ['可拍', '可拍下', '可下单', '可发']),
  // several on sale, a few in hand: 多件在售, 几件在售, 手上有几件, 手里还有好几台
  ...cross([...SEVERAL_ZH, '几件', '几个', '几台', '数件', '好几件'], ['在售', '可售', '出售中']),
  ...cross(['手上', '手里', '手头', '家里'], ['有', '还有']).flatMap((head) =>
    ['几', '好几', '多'].flatMap((few) => MEASURE_WORDS_ZH.map((m) => head + few + m)),
  ),
  // more sizes of a new branded item than one buyer's: "more sizes in stock", 多码有货
  ...cross(['more', 'multiple', 'several', 'other', 'all'], ['sizes in stock', 'sizes available'], ' '),
  'multiple sizes',
  'several sizes',
  '多码',
  ...cross(['多码', '全码', '各码', '多个尺码'], ON_HAND_ZH),
  // in the languages of European and South-East Asian marketplaces ("mehrere vorhanden", "nhiều size")
  'mehrere vorhanden',
  'mehrfach vorhanden',
  'mehrfach verfügbar',
  'mehrfach da',
  'mehrere auf lager',
  'varias unidades',
  'várias unidades',
  'plusieurs exemplaires',
  // Japanese and Korean: "複数在庫あり", "在庫複数", "여러 개 있어요", "재고 여러 개"
  '複数在庫',
  '在庫複数',
  '複数あり',
  '여러 개 있',
  '재고 여러',
  '재고 많',
  'mehrere verfügbar',
  'mehrere stück',
  'plusieurs disponibles',
  "j'en ai plusieurs",
  'varios disponibles',
  'tengo varios',
  'ne ho diversi',
  'più pezzi disponibili',
  'nhiều size',
  'còn nhiều',
  // several on hand in the languages of cross-border sellers
  'в наличии несколько',
  'несколько штук в наличии',
  'есть несколько штук',
  'кілька штук в наявності',
  'є кілька штук',
  'mam kilka sztuk',
  'kilka sztuk dostępnych',
  'mám více kusů',
  'více kusů skladem',
  'viac kusov skladom',
  'több darab van',
  'több is van',
  'am mai multe bucăți',
  'mai multe bucăți disponibile',
  'имам няколко броя',
  'imam više komada',
  'više komada dostupno',
  'meerdere beschikbaar',
  'meerdere op voorraad',
  'flera i lager',
  'har flera',
  'useita varastossa',
  'turiu kelis',
  'ir vairāki gabali',
  'on mitu tükki',
  'stok banyak',
  'ready banyak',
  'marami pang stock',
  'madaming stock',
  'zipo nyingi',
  'متوفر عدة قطع',
  'متوفر بكميات',
  'عندي كذا حبة',
  'چند عدد موجود',
  'יש כמה יחידות',
  'มีหลายชิ้น',
]);

const WITHOUT_EN = ['no', 'without', 'w/o', 'missing'];
const PROOF_EN = [
  'box',
  'retail box',
  'receipt',
  'receipts',
  'papers',
  'invoice',
  'proof of purchase',
  'warranty card',
  'warranty',
  'certificate',
  'packaging',
  'tags',
  'original box',
  'boxes',
  'outer box',
  'paperwork',
  'dust bag',
  'headcover',
  'retail boxes',
  'retail packaging',
  'warranty cards',
  'cellophane',
  'cello',
  'cello wrap',
  'shrink wrap',
  'seal',
];
const WITHOUT_ZH = ['无', '没有', '不带', '没', '不含', '缺'];
const PROOF_ZH = [
  '盒',
  '盒子',
  '包装',
  '包装盒',
  '小票',
  '发票',
  '保卡',
  '保修卡',
  '吊牌',
  '证书',
  '票',
  '购买凭证',
  '外盒',
  '外包装',
  '防尘袋',
  '拍套',
  // the original box or packaging (不带原盒, 无原包装, 没有原装盒)
  '原盒',
  '原装盒',
  '原包装',
  '原装包装',
  '原箱',
  '彩盒',
];

/** "Without" and proofs of purchase in French, German, Italian, Spanish and Dutch ("sans boîte", "ohne Rechnung"). */
const WITHOUT_EU = ['sans', 'ohne', 'senza', 'sin', 'zonder'];
const PROOF_EU = [
  'boîte',
  'boite',
  'ticket',
  'facture',
  'certificat',
  'rechnung',
  'karton',
  'ovp',
  'quittung',
  'scatola',
  'scontrino',
  'fattura',
  'caja',
  'factura',
  'ticket de compra',
  'doos',
  'bon',
  'bonnetje',
  'factuur',
  'box',
  'verpackung',
  'originalverpackung',
  'papiere',
  'emballage',
  'confezione',
  'embalaje',
  'beleg',
  'kassenbon',
  'schachtel',
  'garantie',
  'etikett',
  'scatole',
  'garanzia',
  'etichetta',
  'cartellino',
  'étiquette',
  'garantía',
  'etiqueta',
];

/**
 * "Without" and the proofs in the other languages of the marketplaces, each with its own words:
 * Polish, Czech, Slovak, Slovenian, Croatian, Romanian, Portuguese, Indonesian ("bez paragonu", "brez
 * škatle", "sem nota fiscal", "tanpa dus").
 */
const WITHOUT_PROOF_MORE: ReadonlyArray<[readonly string[], readonly string[]]> = [
  [
    ['bez'],
    [
      'paragonu',
      'pudełka',
      'pudełek',
      'kartonu',
      'faktury',
      'metki',
      'metek',
      'gwarancji',
      'opakowania',
      'krabice',
      'krabičky',
      'účtenky',
      'dokladu',
      'záruky',
      'bločku',
      'kutije',
      'računa',
      'garancije',
      'ambalaže',
    ],
  ],
  [['brez'], ['škatle', 'škatlice', 'embalaže', 'računa', 'garancije']],
  [
    ['fără', 'fara'],
    ['cutie', 'bon', 'factură', 'factura', 'garanție', 'garantie', 'ambalaj'],
  ],
  [['sem'], ['caixa', 'caixas', 'nota', 'nota fiscal', 'recibo', 'garantia', 'embalagem', 'etiqueta']],
  [['tanpa'], ['box', 'dus', 'kotak', 'nota', 'garansi', 'segel', 'kardus']],
  // Greek "χωρίς κουτί" (without box), "χωρίς απόδειξη" (receipt); Russian, Ukrainian and Bulgarian
  // "без коробки", "без чека", "без чеку", "без кутия", "без касова бележка"
  [
    ['χωρίς', 'χωρις'],
    [
      'κουτί',
      'κουτι',
      'συσκευασία',
      'συσκευασια',
      'απόδειξη',
      'αποδειξη',
      'τιμολόγιο',
      'τιμολογιο',
      'εγγύηση',
      'εγγυηση',
    ],
  ],
  [
    ['без'],
    [
      'коробки',
      'коробкі',
      'упаковки',
      'упаковка',
      'чека',
      'чеку',
      'гарантии',
      'гарантії',
      'документов',
      'документів',
      'кутия',
      'касова бележка',
      'гаранция',
    ],
  ],
  // Tagalog (walang box, walang resibo), Arabic (بدون فاتورة), Hebrew (בלי קבלה), Swedish, Finnish,
  // Estonian, Lithuanian, Latvian, Swahili, Hindi/Urdu in Latin letters (bina bill), Latin American
  // Spanish's receipt (sin boleta, sin comprobante), Malay (tanpa resit)
  [['walang'], ['box', 'kahon', 'resibo', 'receipt', 'warranty', 'tag', 'tags']],
  [
    ['بدون', 'بلا', 'من غير'],
    ['فاتورة', 'فاتوره', 'الفاتورة', 'كرتون', 'الكرتون', 'كرتونة', 'علبة', 'علبه', 'العلبة', 'ضمان', 'كفالة'],
  ],
  [['بدون'], ['فاکتور', 'جعبه', 'کارتن', 'گارانتی']],
  [
    ['בלי', 'ללא'],
    ['קופסה', 'קבלה', 'חשבונית', 'אחריות', 'אריזה'],
  ],
  [['utan'], ['kartong', 'låda', 'kvitto', 'kvittot', 'förpackning', 'originalkartong']],
  [['ilman'], ['laatikkoa', 'kuittia', 'pakkausta', 'takuuta']],
  [['ilma'], ['karbita', 'tšekita', 'pakendita']],
  [['be'], ['dėžutės', 'čekio', 'pakuotės', 'garantijos']],
  [['bez'], ['kastes', 'čeka', 'iepakojuma', 'garantijas']],
  [['bila'], ['boksi', 'risiti', 'kasha']],
  [
    ['bina', 'without'],
    ['bill', 'box', 'rasid'],
  ],
  [
    ['sin', 'no', 'no hay'],
    ['boleta', 'comprobante', 'boleta de compra'],
  ],
  [
    ['tanpa', 'tiada'],
    ['resit', 'kotak'],
  ],
];
/** Hungarian puts "without" after the noun: "doboz nélkül", "számla nélkül". */
const PROOF_HU = ['doboz', 'számla', 'blokk', 'garancia', 'garanciajegy', 'címke', 'nyugta'];
/** English may say it after the noun too: "box missing", "receipt missing". */
const PROOF_MISSING_EN = [
  'box',
  'receipt',
  'papers',
  'warranty card',
  'packaging',
  'tags',
  'original box',
  'retail box',
];

/** "Not included" after the noun, in English ("box not included", "receipt not incl"). */
const NOT_INCLUDED_EN = ['not included', 'not incl', 'not inc', 'excluded', 'not supplied', 'not provided'];
/** The same in the other European languages, with the noun's own gender. */
const NOT_INCLUDED_EU: readonly string[] = [
  ...cross(['caja', 'factura', 'caja original', 'etiqueta'], ['no incluida', 'no incluido'], ' '),
  ...cross(['ticket', 'embalaje'], ['no incluido'], ' '),
  ...cross(['scatola', 'fattura', 'scatola originale', 'confezione'], ['non inclusa'], ' '),
  ...cross(['scontrino', 'imballo'], ['non incluso'], ' '),
  ...cross(['boîte', 'boite', 'facture', "boîte d'origine"], ['non incluse', 'non fournie'], ' '),
  ...cross(['ticket', 'emballage'], ['non inclus', 'non fourni'], ' '),
  ...cross(
    ['karton', 'ovp', 'rechnung', 'verpackung', 'originalverpackung', 'kassenbon', 'beleg'],
    ['nicht dabei', 'nicht enthalten', 'nicht inklusive', 'fehlt'],
    ' ',
  ),
];

/**
 * Papers of a purchase (a receipt, an invoice, a warranty card), apart from its packaging (a box,
 * wrap, tags): a listing that says both are missing tells two weak cues, not one.
 */
const PAPER_WORDS = new Set([
  'απόδειξη',
  'αποδειξη',
  'τιμολόγιο',
  'τιμολογιο',
  'εγγύηση',
  'εγγυηση',
  'чека',
  'чеку',
  'гарантии',
  'гарантії',
  'документов',
  'документів',
  'касова бележка',
  'гаранция',
  'receipt',
  'receipts',
  'papers',
  'invoice',
  'proof of purchase',
  'warranty card',
  'warranty cards',
  'warranty',
  'certificate',
  'paperwork',
  'ticket',
  'ticket de compra',
  'facture',
  'certificat',
  'rechnung',
  'quittung',
  'scontrino',
  'fattura',
  'factura',
  'bon',
  'bonnetje',
  'factuur',
  'papiere',
  'beleg',
  'kassenbon',
  'garantie',
  'garanzia',
  'garantía',
  'paragonu',
  'faktury',
  'gwarancji',
  'účtenky',
  'dokladu',
  'záruky',
  'bločku',
  'računa',
  'garancije',
  'factură',
  'factura',
  'garanție',
  'nota',
  'nota fiscal',
  'recibo',
  'garantia',
  'garansi',
  'számla',
  'blokk',
  'garancia',
  'garanciajegy',
  'nyugta',
  'hóa đơn',
  'giấy tờ',
  'resibo',
  'receipt',
  'فاتورة',
  'فاتوره',
  'الفاتورة',
  'ضمان',
  'كفالة',
  'فاکتور',
  'گارانتی',
  'קבלה',
  'חשבונית',
  'אחריות',
  'kvitto',
  'kvittot',
  'kuittia',
  'takuuta',
  'tšekita',
  'čekio',
  'garantijos',
  'čeka',
  'garantijas',
  'risiti',
  'bill',
  'rasid',
  'boleta',
  'comprobante',
  'boleta de compra',
  'resit',
]);
const PAPER_WORDS_ZH = ['小票', '发票', '保卡', '保修卡', '证书', '票', '购买凭证', '单', '收据', '保养卡'];
const PAPER_WORDS_AFFIXED = [
  '영수증',
  '보증서',
  'ไม่มีใบเสร็จ',
  'fatura',
  'fiş',
  'garanti',
  'レシート',
  '保証書',
  'ギャランティ',
  '購入証明',
  '領収書',
  '納品書',
];

/** Whether a phrase of the family says the papers are missing (1) or the packaging (0). */
export function provenanceProofKind(phrase: string): 0 | 1 {
  const words = phrase.toLowerCase().split(' ');
  for (let i = 1; i < words.length; i++) if (PAPER_WORDS.has(words.slice(i).join(' '))) return 1;
  if (PAPER_WORDS.has(words[0]!)) return 1;
  if (PAPER_WORDS_ZH.some((w) => phrase.endsWith(w))) return 1;
  return PAPER_WORDS_AFFIXED.some((w) => phrase.toLowerCase().startsWith(w)) ? 1 : 0;
}

/**
 * Proof of provenance missing ("no receipt", 无保卡): said of a new branded item, a weak cue
 * (signal `provenance_missing`); second-hand goods often come without it and are not judged so.
 */
export const PROVENANCE_MISSING_PHRASES: readonly string[] = unique([
  ...cross(WITHOUT_EN, PROOF_EN, ' '),
  ...cross(WITHOUT_ZH, PROOF_ZH),
  ...cross(WITHOUT_EU, PROOF_EU, ' '),
  ...WITHOUT_PROOF_MORE.flatMap(([without, proofs]) => cross(without, proofs, ' ')),
  ...cross(PROOF_HU, ['nélkül'], ' '),
  ...cross(PROOF_MISSING_EN, ['missing'], ' '),
  // the proof said to be left out after its noun: "box not included", "receipt not incl.", "caja no
  // incluida", "scatola non inclusa", "boîte non incluse", "Karton nicht dabei"
  ...cross([...PROOF_MISSING_EN, 'invoice'], NOT_INCLUDED_EN, ' '),
  ...NOT_INCLUDED_EU,
  // goods sold bare, without their box (裸机 a bare machine, 裸货 bare goods); Vietnamese "không hộp"
  '裸机',
  '裸货',
  '裸包',
  ...cross(['không'], ['hộp', 'hóa đơn', 'tem', 'giấy tờ'], ' '),
  // Turkish: the suffix -sız/-siz ("without") on invoice, receipt, box, warranty, tag
  // Korean (영수증 없음, 박스 없음), Thai (ไม่มีกล่อง), Cantonese (冇盒, 冇单)
  ...cross(['영수증', '박스', '상자', '보증서', '택'], ['없음', ' 없음', '없어요', ' 없어요']),
  'ไม่มีกล่อง',
  'ไม่มีใบเสร็จ',
  ...cross(['冇'], ['盒', '单', '收据', '发票', '保养卡', '保卡']),
  'faturasız',
  'fişsiz',
  'kutusuz',
  'garantisiz',
  'etiketsiz',
  ...cross(['faturası', 'fişi', 'kutusu'], ['yok'], ' '),
]);

/** Proofs of purchase in Japanese, written before なし / 無し ("箱なし", "保証書なし"). */
const PROOF_JA = [
  '箱',
  '外箱',
  '元箱',
  'レシート',
  '保証書',
  'ギャランティ',
  'タグ',
  '付属品',
  '購入証明',
  '領収書',
  '納品書',
];
const WITHOUT_JA = ['なし', '無し'];

/** Proof of provenance missing, in Japanese ("箱なし"): added to the family above. */
export const PROVENANCE_MISSING_PHRASES_JA: readonly string[] = unique(cross(PROOF_JA, WITHOUT_JA));

/**
 * The seller's story: a hurry to sell ("urgent sale", "must go today", 急出) or a gift passed on
 * ("unwanted gift", "gift, never used", 别人送的). Genuine sellers tell these stories too, so it is a
 * weak cue (signal `seller_story`), read in the title of a new branded item only, that never flags
 * alone; with another seller-side cue (no receipt, several on hand) it adds up.
 */
const HURRY_EN = ['urgent', 'quick', 'fast', 'need quick', 'need a quick', 'need fast', 'must'];
const SALE_EN = ['sale', 'sell', 'selling'];
const MUST_GO_EN = [
  // a deadline: "need gone this week", "must be gone by friday", "has to go this weekend"
  'must be gone',
  'needs to be gone',
  'need it gone',
  'gotta go',
  'must go',
  'must go today',
  'must go asap',
  'must sell',
  'need gone',
  'needs to go',
  'has to go',
  'have to sell',
  'need to sell',
  'need it gone',
  'selling urgently',
  'sell urgently',
];
const HURRY_ZH = [
  '急出',
  '急售',
  '急转',
  '急卖',
  '急甩',
  '急用钱',
  '今天必出',
  '今日必出',
  // "must go today" said in full: 今天必须出, 今天就要出, 今天一定出, 必须今天出
  '今天必须出',
  '今日必须出',
  '今天就要出',
  '今天一定出',
  '必须今天出',
  '今天必须卖',
  '当天必出',
  '忍痛出',
  // a deadline and a must: "must be cleared this week" (这周必须清掉, 本周一定要出掉, 月底前必须卖掉)
  ...cross(
    cross(
      ['这周', '本周', '这个星期', '今天', '今日', '这两天', '周末前', '月底前', '月底'],
      ['必须', '一定要'],
    ),
    ['清掉', '出掉', '卖掉', '处理掉', '清', '出', '清空', '甩掉'],
  ),
  '搬家急售',
  '搬家急出',
  '搬家清仓',
  '急清',
];
const HURRY_JA = ['急ぎ', '至急', '急ぎで', '早めに手放', '早急に手放', '即売'];
/** Korean: 급처 / 급처분 (urgent disposal), 급매 (urgent sale), 급하게 팝니다 (selling in a hurry). */
const HURRY_KO = ['급처', '급처분', '급매', '급하게 팝니다', '급하게 판매'];
const HURRY_EU = [
  'vente urgente',
  'doit partir',
  "doit partir aujourd'hui",
  'doit partir vite',
  "à partir aujourd'hui",
  'debe irse hoy',
  'tiene que irse',
  'deve andare via',
  'da vendere subito',
  'vend urgent',
  'dringend zu verkaufen',
  'schneller verkauf',
  'schnellverkauf',
  'vente rapide',
  'venta rápida',
  'venda rápida',
  'vendita veloce',
  'muss weg',
  'muss heute weg',
  'vendita urgente',
  'vendo urgente',
  'venta urgente',
  'vendo urge',
  'moet weg',
  'snel weg',
  // the languages of the other marketplaces: "muszę sprzedać dziś", "devo vendere subito", "preciso
  // vender hoje", "sürgősen eladó", "nujno prodam", "butuh uang"
  'muss verkaufen',
  'muss schnell weg',
  'muss dringend weg',
  'je dois vendre',
  'dois vendre',
  'vente rapide',
  'devo vendere',
  'devo vendere subito',
  'vendo subito',
  'vendita veloce',
  'preciso vender',
  'preciso vender hoje',
  'tenho que vender',
  'venda urgente',
  'necesito vender',
  'tengo que vender',
  'urge vender',
  'muszę sprzedać',
  'musze sprzedac',
  'pilnie sprzedam',
  'sprzedam pilnie',
  'szybka sprzedaż',
  'sürgősen eladó',
  'sürgős eladás',
  'el kell adnom',
  'nutně prodám',
  'nutno prodat',
  'rychle prodám',
  'súrne predám',
  'nutne predám',
  'nujno prodam',
  'hitro prodam',
  // "for sale" with a deadline of today: "à vendre aujourd'hui", "da vendere oggi", "se vende hoy"
  ...cross(
    [
      'à vendre',
      'a vendre',
      'da vendere',
      'se vende',
      'para vender',
      'te koop',
      'πωλείται',
      'продаю',
      'продам',
    ],
    [
      "aujourd'hui",
      'ce soir',
      'oggi',
      'stasera',
      'hoy',
      'esta noche',
      'hoje',
      'vandaag',
      'σήμερα',
      'сегодня',
    ],
    ' ',
  ),
  'πρέπει να φύγει',
  'πωλείται επειγόντως',
  'срочно продам',
  'срочная продажа',
  'терміново продам',
  'nujna prodaja',
  'hitno prodajem',
  'hitno prodam',
  'hitna prodaja',
  'vând urgent',
  'vand urgent',
  'butuh uang',
  'butuh duit',
  'jual cepat',
  'acil satılık',
  'acil satış',
  // moving house: a hurry with its reason ("wegen Umzug", 搬家出)
  'moving sale',
  'wegen umzug',
  'umzugsbedingt',
  'cause déménagement',
  'pour cause de déménagement',
  'por mudança',
  'por causa de mudança',
  'por mudanza',
  'causa trasloco',
  'per trasloco',
  'z powodu przeprowadzki',
  'przeprowadzka',
  'költözés miatt',
  'kvůli stěhování',
  'zbog selidbe',
  'zaradi selitve',
  'pindahan',
  'taşınma nedeniyle',
  // the hurry in the languages of cross-border sellers: German "schnell weg", Hungarian "ma el kell
  // vinni" (must be taken today), Arabic "بيعة مستعجلة", "للبيع اليوم ضروري", Persian "فروش فوری",
  // Hebrew "מכירה דחופה", Bulgarian, Ukrainian, Nordic, Baltic, Vietnamese, Thai, Tagalog ("rush
  // sale"), Swahili, Hindi in Latin letters, Nigerian and Indian English ("distress sale")
  'schnell weg',
  'muss schnell raus',
  'ma el kell vinni',
  'ma el kell adni',
  'gyorsan el kell adni',
  'trebuie să plece azi',
  'trebuie vândut azi',
  'بيعة مستعجلة',
  'بيع مستعجل',
  'للبيع اليوم ضروري',
  'للبيع ضروري',
  'ضروري للبيع',
  'للبيع مستعجل',
  'فروش فوری',
  'מכירה דחופה',
  'спешна продажба',
  'спешно продавам',
  'терміновий продаж',
  'måste säljas',
  'måste bort',
  'pakko myydä',
  'nopea myynti',
  'skubiai parduodu',
  'steidzami pārdodu',
  'kiire müük',
  'müün kiirelt',
  'cần bán gấp',
  'bán gấp',
  'ขายด่วน',
  'rush sale',
  'benta agad',
  'kailangan ng pera',
  'nauza haraka',
  'inauzwa haraka',
  'jaldi bechna hai',
  'jaldi bechna',
  'distress sale',
  'urgent sales',
  'urgent selling',
  '急放',
  '急让',
  '便宜放',
  '搬家出',
  '搬家甩',
  '搬家清',
  '搬家处理',
];
/** A gift passed on, in English, with its "never used" kin ("gift, never used", "gift unused"). */
const GIFT_EN = ['gift', 'gifted', 'a gift', 'present'];
const UNUSED_EN = ['never used', 'never worn', 'never opened', 'unused', 'not used', 'not needed'];
const GIFT_STORY_EN = [
  // a gift received twice, one of the two sold ("double present, selling one", "got two as gifts")
  ...cross(['double', 'duplicate', 'doubled', 'repeat'], ['gift', 'present', 'gifts', 'presents'], ' '),
  ...cross(['got two', 'received two', 'got 2', 'received 2'], ['as gifts', 'as presents', 'as a gift'], ' '),
  'got it twice',
  'received it twice',
  'gifted twice',
  // an unwanted item passed on: not to the seller's taste or size ("gifted, not my style")
  ...cross(['not my', 'not really my', 'just not my'], ['style', 'taste', 'colour', 'color', 'thing'], ' '),
  'unwanted',
  'unwanted item',
  'unwanted purchase',
  'unwanted gift',
  'unwanted present',
  'duplicate gift',
  'double gift',
  'received as a gift',
  'received as gift',
  'got as a gift',
  'got it as a gift',
  'was a gift',
  ...cross(
    ['got it as', 'got as', 'received it as', 'received as', 'it was', 'was given as'],
    ['a present', 'present'],
    ' ',
  ),
  // Turkish and Spanish: "hediye geldi" (came as a gift), "me lo regalaron" (they gave it to me)
  'hediye geldi',
  'hediye olarak geldi',
  'me lo regalaron',
  'me la regalaron',
  'fue un regalo',
  // the unwanted item in the other languages: "no es mi estilo", "pas mon style", "nicht mein Stil"
  'no es mi estilo',
  'no es de mi estilo',
  'no es mi talla',
  'pas mon style',
  'pas à mon goût',
  'nicht mein stil',
  'nicht mein geschmack',
  'non è il mio stile',
  'non è di mio gusto',
  'niet mijn stijl',
  'nie w moim stylu',
  'tarzım değil',
  "c'était un cadeau",
  'era un regalo',
];
const GIFT_STORY_ZH = [
  '别人送的',
  '朋友送的',
  '亲戚送的',
  '客户送的',
  '老公送的',
  '老婆送的',
  '男朋友送的',
  '女朋友送的',
  '收到的礼物',
  '礼物闲置',
  '礼品闲置',
  '送的礼物',
  '公司发的',
  '单位发的',
  '年会奖品',
  // a gift passed on (礼品转让, 转让礼物), one of two received (收到两个, 重复的礼物), not to the taste (不是我的风格)
  ...cross(['礼品', '礼物', '赠品'], ['转让', '转卖', '出售', '闲置转']),
  ...cross(['转让', '转卖'], ['礼品', '礼物']),
  '收到两个',
  '收到两份',
  '重复的礼物',
  '礼物重复',
  '送重了',
  '不是我的风格',
  '不适合我的风格',
  '風格不適合',
  '禮品轉讓',
  '禮物轉讓',
  '抽奖中的',
  '中奖所得',
];
/**
 * Japanese and Korean: 頂き物 / もらい物 (something received), a gift "from" someone (祖父母からの贈り物,
 * 友人からのプレゼント), 선물받은 / 선물로 받은 (received as a gift).
 */
const GIFT_STORY_JA_KO = [
  '頂き物',
  'いただき物',
  '頂きもの',
  'いただきもの',
  '貰い物',
  'もらい物',
  'もらいもの',
  'からの贈り物',
  'からのプレゼント',
  'からの頂き物',
  'プレゼントで頂いた',
  'プレゼントでいただいた',
  'プレゼントでもらった',
  '선물받',
  '선물 받',
  '선물로 받',
];
const GIFT_EU = ['cadeau', 'geschenk', 'regalo'];
const UNUSED_EU = [
  // "a gift I don't use" (regalo que no uso), "unworn" (sin estrenar)
  'que no uso',
  'que no usé',
  'que no use',
  'sin estrenar',
  'nunca usado',
  'no usado',
  "que je n'utilise pas",
  'das ich nicht nutze',
  'che non uso',
  'jamais utilisé',
  'jamais porté',
  'non voulu',
  'nie benutzt',
  'unbenutzt',
  'ungewollt',
  'mai usato',
  'mai usata',
  'non gradito',
  'sin usar',
  'no deseado',
  'nooit gebruikt',
  'ongewenst',
];
const GIFT_STORY_EU = [
  'ungewolltes geschenk',
  'doppelt geschenkt',
  'doppeltes geschenk',
  'reçu en cadeau',
  'cadeau en double',
  'cadeau reçu',
  'als geschenk bekommen',
  'ongewenst cadeau',
  'regalo doppio',
  'regalo ricevuto',
  'regalo repetido',
  'regalo duplicado',
  // the gift passed on in the languages of cross-border sellers: Hungarian "felesleges ajándék",
  // Tagalog "regalo lang", Arabic "هدية غير مرغوبة", Polish, Czech, Slovak, Russian, Ukrainian,
  // Bulgarian, Serbian/Croatian, Romanian, Swedish, Finnish, Baltic, Indonesian, Vietnamese, Thai,
  // Swahili, Hindi in Latin letters
  'felesleges ajándék',
  'ajándékba kaptam',
  'regalo lang',
  'regalo sa akin',
  'bigay lang',
  'هدية غير مرغوبة',
  'جاتني هدية',
  'وصلتني هدية',
  'هدية ما احتاجها',
  'هدیه گرفتم',
  'קיבלתי במתנה',
  'niechciany prezent',
  'dostałem w prezencie',
  'dostałam w prezencie',
  'nechtěný dárek',
  'dostal jsem jako dárek',
  'nechcený darček',
  'ненужный подарок',
  'подарили',
  'непотрібний подарунок',
  'подарували',
  'ненужен подарък',
  'neželjeni poklon',
  'dobio na poklon',
  'dobila na poklon',
  'cadou nedorit',
  'primit cadou',
  'am primit cadou',
  'oönskad present',
  'fick i present',
  'tarpeeton lahja',
  'saatu lahjaksi',
  'nereikalinga dovana',
  'nevajadzīga dāvana',
  'soovimatu kingitus',
  'hadiah tidak terpakai',
  'dapat hadiah',
  'được tặng',
  'ได้เป็นของขวัญ',
  'zawadi sijaitumia',
  'gift mila tha',
  'gift mila hai',
  '人哋送',
];

/**
 * "Gift" or "present" alone, as a phrase of its own in the title ("– gift, no box", "prezent, bez
 * paragonu", "Geschenk, ohne Beleg"): the gift story told in one word (the cue's `b` is 2; the
 * judgement reads it only between punctuation, not in "gift set" or "perfect gift").
 */
export const GIFT_WORDS: readonly string[] = [
  'gift',
  'gifted',
  'present',
  'regalado',
  'regalada',
  'geschenkt',
  'geschenk',
  'cadeau',
  'regalo',
  'presente',
  'prezent',
  'ajándék',
  'dárek',
  'darček',
  'darilo',
  'poklon',
  'cadou',
  'hadiah',
  'hediye',
  // Greek, Russian, Ukrainian, Bulgarian, Finnish, Swedish
  'δώρο',
  'δωρο',
  'подарок',
  'подарунок',
  'подарък',
  'lahja',
  'gåva',
  // Arabic, Persian, Hebrew, Korean, Swahili, Lithuanian, Latvian, Estonian, Dutch, Vietnamese, Thai
  'هدية',
  'هديه',
  'هدیه',
  'کادو',
  'מתנה',
  '선물',
  'zawadi',
  'dovana',
  'dāvana',
  'kingitus',
  'cadeautje',
  'quà tặng',
  'ของขวัญ',
  '礼物',
  'プレゼント',
];

/** A hurry to sell: one of the two stories (the cue's `b` is 0). */
export const SELLER_STORY_PHRASES: readonly string[] = unique([
  ...cross(HURRY_EN, SALE_EN, ' '),
  ...MUST_GO_EN,
  // with its deadline: "need gone this week", "must sell by friday", "has to go this weekend"
  ...cross(
    ['need gone', 'must go', 'must sell', 'has to go', 'needs to go', 'must be gone', 'need it gone'],
    [
      'this week',
      'this weekend',
      'by the weekend',
      'by friday',
      'by sunday',
      'by tomorrow',
      'tonight',
      'today',
    ],
    ' ',
  ),
  ...HURRY_ZH,
  ...HURRY_JA,
  ...HURRY_KO,
  ...HURRY_EU,
]);
/**
 * A gift passed on: the other story (the cue's `b` is 1). Told together with a hurry ("unwanted
 * gift, must go today") they are two cues, not one (fourteenth round).
 */
export const GIFT_STORY_PHRASES: readonly string[] = unique([
  ...cross(GIFT_EN, UNUSED_EN, ' '),
  ...GIFT_STORY_EN,
  ...GIFT_STORY_ZH,
  ...GIFT_STORY_JA_KO,
  ...cross(GIFT_EU, UNUSED_EU, ' '),
  ...GIFT_STORY_EU,
]);

/** "Straight from the factory" and its kin: the seller claims the goods come from the maker (factory_direct). */
const DIRECT_FROM_EN = ['straight from', 'directly from', 'direct from'];
const MAKER_EN = [
  'the factory',
  'the oem factory',
  'the production line',
  'the manufacturer',
  "the manufacturer's warehouse",
  "manufacturer's warehouse",
  'the manufacturers warehouse',
  'the maker',
];
export const FACTORY_DIRECT_PHRASES: readonly string[] = unique(cross(DIRECT_FROM_EN, MAKER_EN, ' '));

/** The genuine article, as a seller of copies compares with it. */
const GENUINE_ZH = ['正品', '正版', '原版', '真品', '专柜', '官方'];
/** Likeness, not closeness: "价格与专柜接近" (a price close to the counter's) is no claim. */
export const LIKE_ZH = [
  '一样',
  '一模一样',
  '无差',
  '无差别',
  '无异',
  '没区别',
  '没有区别',
  '相同',
  '分不出',
  '分不出来',
  '看不出',
  '看不出来',
  '难辨',
  '媲美',
];
/** How alike: almost, basically, completely, simply (几乎一样, 基本无差, 完全相同). */
const LIKE_DEGREE_ZH = ['几乎', '基本', '基本上', '完全', '简直', '差不多'];
/** Set beside it to compare (side by side): 放一起, 放在一起, 摆一起, 摆在一起. */
const SIDE_BY_SIDE_ZH = ['放一起', '放在一起', '摆一起', '摆在一起'];
const GENUINE_EN = [
  'the original',
  'the genuine',
  'the real one',
  'the real thing',
  'the authentic',
  'genuine',
  'original',
  'retail',
];
const LIKE_EN = [
  'identical to',
  'indistinguishable from',
  'same as',
  'just like',
  'looks like',
  'as good as',
  'same quality as',
  'copy of',
  'copies of',
  '1:1 with',
];

/**
 * A seller comparing the item with the genuine one ("和正品放一起分不出来", "与正品无差", "identical
 * to the original", "copy of the original"): a genuine item has nothing to be compared with
 * (coded, needs a brand). Chinese: 和/与/跟/同 + genuine + likeness, or genuine + likeness directly.
 */
export const LIKENESS_CLAIM_PHRASES: readonly string[] = unique([
  ...cross(['和', '与', '跟', '同'], cross(GENUINE_ZH, LIKE_ZH)),
  // with a degree between: 和正品几乎一样 (almost the same as the genuine), 与原版基本无差
  ...cross(['和', '与', '跟', '同'], cross(GENUINE_ZH, cross(LIKE_DEGREE_ZH, LIKE_ZH))),
  ...cross(GENUINE_ZH, ['放一起分不出', '放一起看不出', '对比无差', '品质一样', '做工一样']),
  // set side by side with it, whatever follows (跟正品放在一起基本看不出来, 和原版摆一起几乎一样): a
  // genuine item is not put next to the genuine one to be judged
  ...cross(['和', '与', '跟', '同'], cross(GENUINE_ZH, SIDE_BY_SIDE_ZH)),
  ...cross(
    LIKE_EN,
    GENUINE_EN.filter((g) => g.startsWith('the ')),
    ' ',
  ),
  ...cross(['identical to', 'indistinguishable from'], ['genuine', 'original', 'retail'], ' '),
  // "like the original" in the other European languages ("come l'originale", "comme l'original",
  // "igual al original"); not the bare "wie original" / "como original" ("wie original verpackt")
  ...cross(
    ['come', 'uguale a', 'identico a', 'comme', 'identique à', 'pareil que'],
    ['originale', "l'originale", "l'original"],
    ' ',
  ),
  ...cross(['igual al', 'igual que el', 'idéntico al', 'idêntico ao', 'igual ao'], ['original'], ' '),
  ...cross(['genau wie das', 'wie das', 'identisch mit dem', 'gleich wie das'], ['original'], ' '),
  // the price the only difference from the genuine (区别在于价格, "the only difference is the price")
  ...cross(
    ['区别在于', '区别只在', '唯一区别是', '唯一的区别是', '区别就是', '差别在于', '差别只在', '区别仅在'],
    ['价格', '价钱'],
  ),
  ...cross(
    ['only difference is', 'the only difference is', 'only difference is the', 'the only difference is the'],
    ['price'],
    ' ',
  ),
  'la única diferencia es el precio',
  'la seule différence est le prix',
  "l'unica differenza è il prezzo",
  'der einzige unterschied ist der preis',
  'a única diferença é o preço',
  "can't tell the difference",
  'cannot tell the difference',
  'can not tell the difference',
]);

/**
 * A version or grade of the item that is a claim about a copy's quality: a superlative or a trade
 * word with 版/版本/"version"/"grade"/"tier" ("神版", "天花板版本", "巅峰版本", "counter version",
 * "authentic-grade", "highest tier"). Official editions ("专业版", "Pro version", 顶配版 "top
 * configuration", 终极版 "ultimate edition") are no claim about a copy and are not composed.
 */
const TOP_ZH = ['神', '天花板', '巅峰', '顶级', '最高', '最强', '满分', '完美', '专柜', '正品', '终端'];
const VERSION_ZH = ['版', '版本'];
const TOP_EN = [
  'best',
  'highest',
  'god',
  'perfect',
  'counter',
  'authentic',
  'retail',
  'mirror',
  'swiss',
  'inspired',
  '1:1',
  'boutique',
];
const VERSION_EN = ['version', 'grade', 'tier', 'batch'];

export const VERSION_CLAIM_PHRASES: readonly string[] = unique([
  ...cross(TOP_ZH, VERSION_ZH),
  ...cross(TOP_EN, VERSION_EN, ' '),
  ...cross(TOP_EN, VERSION_EN, '-'),
]);

/**
 * Goods said to have left the maker's own production by a side door: where they come from (the
 * factory, the production or assembly line, the OEM) with how they left (a leak, leftovers,
 * rejects, surplus): "production line leak", "OEM leftovers", "factory rejects", 工厂流出; or turned
 * away by its inspection: "QC reject", "rejects from the line", 质检淘汰.
 */
const SOURCE_EN = [
  'export',
  'factory',
  'production line',
  'assembly line',
  'oem',
  'oem factory',
  'contract factory',
  'supplier',
];
const LEAK_EN = [
  'leak',
  'leaks',
  'leaked',
  'leftover',
  'leftovers',
  'reject',
  'rejects',
  'surplus',
  'overstock',
  'overrun',
  'overruns',
  'excess stock',
];
const SOURCE_ZH = ['工厂', '原厂', '代工厂', '生产线', '流水线', '工厂渠道', '大货', '订单'];
const LEAK_ZH = ['流出', '漏出', '尾货', '尾单', '余货', '剩余', '库存货', '余量', '多出来的'];

export const OEM_LEAK_PHRASES: readonly string[] = unique([
  ...cross(SOURCE_EN, LEAK_EN, ' '),
  ...cross(SOURCE_ZH, LEAK_ZH),
  // the same in the European languages: "sobrante de fábrica", "surplus d'usine", "eccedenze di fabbrica"
  ...cross(
    ['sobrante', 'sobrantes', 'excedente', 'excedentes', 'sobra', 'sobras'],
    ['de fábrica', 'de fabrica'],
    ' ',
  ),
  ...cross(['surplus', 'restes', 'invendus'], ["d'usine"], ' '),
  ...cross(['eccedenze', 'avanzi', 'rimanenze'], ['di fabbrica'], ' '),
  'fabrikrestposten',
  'fabrik-restposten',
  'restposten aus der fabrik',
  // the brand's price cut out: "no brand markup", "without the logo tax"
  ...cross(
    ['no', 'without', 'without the', 'minus the', 'skip the', 'none of the'],
    ['brand markup', 'brand mark-up', 'brand premium', 'logo tax', 'brand tax', 'logo markup'],
    ' ',
  ),
  // any workshop named by its place (印尼厂流出, 越南厂尾货): 厂 with how the goods left it
  ...cross(['厂', '厂里'], LEAK_ZH.slice(0, 2)),
  // goods sneaked out of the workshop (厂里偷跑的, 工厂偷出来的, 车间流出): not a game's early
  // leak (游戏偷跑), which names no factory
  ...cross(
    [...SOURCE_ZH, '厂', '厂里', '车间', '作坊'],
    ['偷跑', '偷出来', '偷拿出来', '偷带出来', '私下流出', '偷偷流出'],
  ),
  ...cross(['车间', '作坊'], LEAK_ZH),
  ...cross(['oem'], ['version', 'edition', 'batch', 'run', 'production run', 'overrun'], ' '),
  // export goods turned to the home market: 出口转内销
  '出口转内销',
  // units the maker's own inspection turned away, sold on: "QC reject(s)", "rejected at QC",
  // "reject(s) from the line / factory", 质检淘汰
  ...cross(['qc', 'quality control', 'quality-control'], ['reject', 'rejects', 'rejected'], ' '),
  ...cross(
    ['rejected', 'reject', 'rejects'],
    ['at qc', 'by qc', 'in qc', 'from the line', 'from the factory'],
    ' ',
  ),
  ...cross(['质检', '品检', '出厂'], ['淘汰', '淘汰品', '不合格品'], ''),
]);

/**
 * An invitation to leave the platform, by what the buyer is to do and what for: "message me for
 * actual photos", "contact me off-app for better price", "WA for pics", 实拍加我微.
 */
const REACH_EN = [
  'dm',
  'dm me',
  'message me',
  'msg me',
  'contact me',
  'text me',
  'pm me',
  'inbox me',
  'ping me',
  'wa',
  'whatsapp me',
  'telegram me',
];
const FOR_EN = [
  'for pics',
  'for photos',
  'for real pics',
  'for real photos',
  'for actual photos',
  'for actual pics',
  'for live pics',
  'for live photos',
  'for more pics',
  'for more photos',
  'for in hand pics',
  'for better price',
  'for a better price',
  'off app',
  'off-app',
  'off the app',
  'off platform',
  'off the platform',
];
export const OFFSITE_CONTACT_PHRASES: readonly string[] = unique([
  ...cross(REACH_EN, FOR_EN, ' '),
  ...cross(
    ['实拍', '实物', '视频', '更多实拍'],
    ['加我微', '加我v', '加微', '找我', '私我', 'q群', '+v', '+q', '+微'],
  ),
  '加我微',
  '主页有q群',
  // "add me / QQ me to see the video, the detail pictures" (扣扣 and 企鹅 are QQ): the pictures are
  // shown off the platform
  ...cross(
    ['加我', '加好友', '私我', '扣扣', '企鹅', 'qq', '微信', '滴我', '联系我'],
    ['看视频', '看细节图', '看细节', '看实拍', '看实拍图', '看实物', '要视频', '发视频', '看真图', '看原图'],
  ),
  // messengers by name, before what the buyer gets there ("Viber for video", "Signal me for pics")
  ...cross(
    ['viber', 'viber me', 'signal me', 'line me', 'wechat me', 'kakao me', 'add me on whatsapp', 'whatsapp'],
    [
      ...FOR_EN,
      'for video',
      'for videos',
      'for a video',
      'for live video',
      'for detail pics',
      'for details pics',
    ],
    ' ',
  ),
  ...cross(REACH_EN, ['for video', 'for videos', 'for a video', 'for live video', 'for detail pics'], ' '),
]);
