// Vocabulary for the template part of the build: colour translations, nouns, sizes, cue phrase pools.

export const ZH_COLOUR = {
  black: '黑色', white: '白色', beige: '米色', burgundy: '酒红色', 'dark brown': '深棕色', silver: '银色', red: '红色', pink: '粉色',
  brown: '棕色', 'neon green': '荧光绿', leopard: '豹纹', 'baby blue': '婴儿蓝', camo: '迷彩', 'neon yellow': '荧光黄', 'neon orange': '荧光橙',
  ivory: '象牙白', blue: '蓝色', green: '绿色', grey: '灰色', yellow: '黄色', purple: '紫色', orange: '橙色', gold: '金色', navy: '藏青色',
  'tie-dye': '扎染', cream: '奶油白', rainbow: '彩虹色', 'rainbow glitter': '彩虹亮片', 'purple glitter': '紫色亮片', oak: '橡木棕', ebony: '乌木黑',
  oxblood: '牛血红', chalk: '粉笔白', maple: '枫木色', 'neon pink': '荧光粉', 'silver glitter': '银色亮片', camel: '驼色', lilac: '丁香紫',
  mint: '薄荷绿', ecru: '本白色', 'rose gold': '玫瑰金', platinum: '铂金色', indigo: '靛蓝色', 'light blue': '浅蓝色', sand: '沙色', olive: '橄榄绿',
  pearl: '珍珠白', 'red glitter': '红色亮片', 'gold glitter': '金色亮片', titanium: '钛色', 'dark grey': '深灰色', tortoise: '玳瑁色',
  gunmetal: '枪灰色', 'white gold': '白金', 'yellow gold': '黄金色', 'matte black': '哑光黑', 'gloss black': '亮黑色', transparent: '透明',
  'coral pink': '珊瑚粉', 'deep navy': '深海蓝', 'ox red': '牛血红', 'frost green': '霜绿色', 'sky blue': '天蓝色', ochre: '赭黄色',
  'forest green': '森林绿', volcanic: '火焰橙', flame: '火焰橙', cerise: '樱桃红', marseille: '马赛蓝', sage: '鼠尾草绿', bronze: '古铜色',
  carbon: '碳纤维', zebra: '斑马纹', 'neon blue': '荧光蓝', 'glitter green': '绿色亮片', charcoal: '炭灰色', seafoam: '海沫绿',
  stainless: '不锈钢原色', 'stainless steel': '不锈钢原色', tan: '卡其色', 'diamond black': '钻石黑', 'diamond silver': '钻石银',
  'matte gold': '哑光金', 'satin black': '缎面黑', chrome: '电镀铬', 'gold chrome': '电镀金', 'light grey': '浅灰色', 'cherry red': '樱桃红',
  'black anthracite': '炭黑色', 'grey mist': '雾灰色', 'gold tone': '金色', 'metallic grey': '金属灰', 'dark navy': '深藏青', 'dark olive': '深橄榄绿',
  'semi-gloss black': '半哑黑', 'diamond dark gunmetal': '暗枪灰', 'blast black': '喷砂黑', 'dash white': '白色', black_walnut: '胡桃木',
  sapphire: '宝石蓝', 'jet black': '亮黑色', 'deep red': '深红色', 'royal blue': '宝蓝色', 'mint green': '薄荷绿', 'warm yellow': '暖黄色',
  graphite: '石墨灰', fog: '雾灰色', 'super grey': '高级灰', clay: '陶土色', 'nightfall black': '夜幕黑', 'slate blue': '石板蓝',
  'shadow black': '暗影黑', coral: '珊瑚色', galaxy: '星空色', 'transparent red': '透明红', camouflage: '迷彩', 'black onyx': '玛瑙黑',
  meringue: '蛋白霜白', oyster: '牡蛎灰', 'shell pink': '贝壳粉', 'liquorice black': '甘草黑', 'coconut white': '椰白色', 'chili red': '辣椒红',
  'mango yellow': '芒果黄', 'aqua mint': '水薄荷', 'pacific blue': '太平洋蓝', 'intense grey': '深灰色', woodgrain: '木纹', 'carbon black': '碳黑色',
  'black walnut': '胡桃木', 'glow in the dark': '夜光', aluminium: '铝合金', 'tour chrome': '镀铬', nickel: '镍色', turquoise: '绿松石色',
  'glitter silver': '银色亮片', 'matte gunmetal': '哑光枪灰', 'satin platinum': '缎面铂金', 'satin titanium': '缎面钛色', 'platinum silver': '铂金银',
  'pressed graphite': '石墨灰', gunblue: '枪蓝色', 'super dark gunmetal': '深枪灰', 'canopy green': '森林绿', 'rescue red': '救援红',
  'big sky blue': '天空蓝', 'alpine yellow': '高山黄', 'camp green': '营地绿', dune: '沙丘色', 'eclipse grey': '日食灰', 'stealth black': '隐形黑',
  'venturi blue': '文丘里蓝', 'rigby red': '里格比红', 'mythical green': '神秘绿', 'black chrome': '黑铬色', 'midnight blue': '午夜蓝',
};

// noun per product line: [en, zh]
export const LINE_NOUN = {
  tabiboot: ['boots', '分趾靴'], tabiflat: ['ballet flats', '分趾芭蕾鞋'], glamslam: ['bag', '枕头包'], '5ac': ['bag', '手提包'], replica: ['perfume', '香水'],
  bapesta: ['sneakers', '板鞋'], camohoodie: ['hoodie', '迷彩卫衣'], apehead: ['tee', '短袖'], collegetee: ['tee', '短袖'],
  superstar: ['sneakers', '板鞋'], ballstar: ['sneakers', '板鞋'], histar: ['platform sneakers', '厚底板鞋'], francy: ['bag', '手提包'],
  bayswater: ['handbag', '手提包'], alexa: ['satchel', '邮差包'], lily: ['shoulder bag', '链条包'], zippurse: ['purse', '钱包'],
  101801: ['coat', '羊绒大衣'], teddy: ['coat', '泰迪大衣'], manuela: ['wrap coat', '系带大衣'], whitney: ['bag', '手提包'],
  mayfair: ['pendant necklace', '项链'], pearlchoker: ['pearl choker', '珍珠项链'], nano: ['earrings', '耳钉'],
  501: ['jeans', '牛仔裤'], 511: ['jeans', '牛仔裤'], trucker: ['denim jacket', '牛仔夹克'], lvc501: ['selvedge jeans', '赤耳牛仔裤'],
  cloud5: ['running shoes', '跑鞋'], cloudmonster: ['running shoes', '跑鞋'], cloudnova: ['sneakers', '运动鞋'], cloudtilt: ['shoes', '休闲鞋'],
  disruptor: ['chunky sneakers', '老爹鞋'], raytracer: ['sneakers', '运动鞋'], mindblower: ['sneakers', '复古跑鞋'],
  prov1: ['golf balls', '高尔夫球'], prov1x: ['golf balls', '高尔夫球'], vokey: ['wedge', '挖起杆'], tsr2: ['driver', '一号木'],
  duraace: ['groupset', '套件'], ultegra: ['groupset', '套件'], deorext: ['rear derailleur', '后拨'], stella: ['spinning reel', '纺车轮'], stradic: ['spinning reel', '纺车轮'],
  overseas: ['watch', '手表'], overseaschrono: ['chronograph', '计时腕表'], fiftysix: ['watch', '腕表'], patrimony: ['watch', '腕表'],
  reversotribute: ['watch', '手表'], reversoclassic: ['watch', '腕表'], polaris: ['watch', '腕表'], mut: ['moonphase watch', '月相腕表'],
  moonswatch: ['watch', '手表'], scuba: ['dive watch', '潜水表'], sistem51: ['automatic watch', '机械表'], gent: ['watch', '手表'],
  beemylove: ['ring', '戒指'], jeuxdeliens: ['pendant', '吊坠'], josephine: ['ring', '戒指'],
  peahi: ['sunglasses', '偏光太阳镜'], redsands: ['sunglasses', '偏光太阳镜'], hookipa: ['sunglasses', '偏光墨镜'], kanaio: ['sunglasses', '偏光墨镜'],
  lostcherry: ['eau de parfum', '香水'], blackorchid: ['eau de parfum', '香水'], tobacco: ['eau de parfum', '香水'], lipcolor: ['lipstick', '口红'],
  snowdon: ['glasses frame', '眼镜框'],
  layton: ['perfume', '香水'], delina: ['perfume', '香水'], pegasus: ['perfume', '香水'], althair: ['perfume', '香水'],
  baies: ['candle', '香薰蜡烛'], philosykos: ['perfume', '香水'], doson: ['perfume', '香水'], tamdao: ['perfume', '香水'],
  abeilleoil: ['face oil', '精华油'], orchidee: ['face cream', '面霜'], meteorites: ['powder pearls', '粉球'], shalimar: ['perfume', '香水'], rougeg: ['lipstick', '口红'],
  firstcare: ['serum', '精华'], ginsengcream: ['face cream', '面霜'], cushion: ['cushion foundation', '气垫'],
  x200pro: ['phone', '手机'], x200: ['phone', '手机'], xfold3: ['foldable phone', '折叠屏手机'], tws4: ['earbuds', '蓝牙耳机'],
  phone3a: ['phone', '手机'], phone2: ['phone', '手机'], eara: ['earbuds', '蓝牙耳机'], ear: ['earbuds', '蓝牙耳机'], cmfwatch: ['smartwatch', '智能手表'],
  hp65: ['ink cartridge', '墨盒'], hp65xl: ['ink cartridge', '墨盒'], hp26a: ['toner cartridge', '硒鼓'], hp58a: ['toner cartridge', '硒鼓'],
  spectre: ['laptop', '笔记本电脑'], omen16: ['gaming laptop', '游戏本'],
  h95: ['headphones', '头戴耳机'], hx: ['headphones', '头戴耳机'], a1: ['speaker', '蓝牙音箱'], ex: ['earbuds', '蓝牙耳机'],
  m50x: ['headphones', '监听耳机'], m50xbt2: ['headphones', '无线耳机'], lp120: ['turntable', '黑胶唱机'], at2020: ['microphone', '麦克风'],
  q3: ['camera', '相机'], m11: ['camera', '相机'], dlux8: ['camera', '相机'], summilux35: ['lens', '镜头'], summicron50: ['lens', '镜头'],
  gr3: ['camera', '相机'], gr3x: ['camera', '相机'], gr4: ['camera', '相机'], thetax: ['360 camera', '全景相机'],
  a063: ['lens', '镜头'], b070: ['lens', '镜头'], a065: ['lens', '镜头'], a057: ['lens', '镜头'],
  s5ii: ['mirrorless camera', '微单相机'], g9ii: ['mirrorless camera', '微单相机'], eneloopaa: ['rechargeable batteries', '充电电池'],
  nanoe: ['hair dryer', '吹风机'], s50: ['lens', '镜头'],
  '87v': ['multimeter', '万用表'], 117: ['multimeter', '万用表'], '17b': ['multimeter', '万用表'], '376fc': ['clamp meter', '钳形表'],
  huntsman: ['pocket knife', '瑞士军刀'], swisschamp: ['pocket knife', '瑞士军刀'], climber: ['pocket knife', '瑞士军刀'], swisstool: ['multi-tool', '多功能工具钳'],
  inox: ['watch', '手表'],
  b1000: ['figure', '潮玩'], b400: ['figure set', '潮玩套装'], series: ['blind box', '盲盒'], kubrick: ['figure', '潮玩'],
  tfstudio: ['figure', '变形玩具'], tflegacy: ['figure', '变形玩具'], nerf: ['blaster', '软弹枪'], monopoly: ['board game', '桌游'],
  furby: ['interactive plush', '电子宠物'], blackseries: ['action figure', '手办'],
  popvinyl: ['vinyl figure', '公仔'], popdeluxe: ['vinyl figure', '公仔'], popjumbo: ['vinyl figure', '大号公仔'], loungefly: ['mini backpack', '双肩包'],
  kanken: ['backpack', '双肩包'], kankenmini: ['backpack', '双肩包'], kankenlaptop: ['laptop backpack', '电脑双肩包'], greenland: ['jacket', '夹克'],
  rambler20: ['tumbler', '保温杯'], rambler26: ['bottle', '保温壶'], tundra45: ['cooler', '保温箱'], hopper: ['soft cooler', '软保温包'],
  atmos65: ['backpack', '登山包'], farpoint40: ['travel pack', '旅行背包'], talon22: ['daypack', '双肩包'], daylite: ['daypack', '双肩包'],
  dedica: ['espresso machine', '咖啡机'], magnifica: ['bean-to-cup machine', '全自动咖啡机'], specialista: ['espresso machine', '咖啡机'],
  eletta: ['bean-to-cup machine', '全自动咖啡机'],
  round24: ['dutch oven', '铸铁锅'], oval29: ['dutch oven', '铸铁锅'], braiser: ['braiser', '浅口锅'], mug: ['mug', '马克杯'],
  vertuonext: ['coffee machine', '胶囊咖啡机'], vertuopop: ['coffee machine', '胶囊咖啡机'], essenzamini: ['coffee machine', '胶囊咖啡机'],
  aeroccino: ['milk frother', '奶泡机'], capsules: ['coffee capsules', '咖啡胶囊'],
  slipon: ['exhaust', '排气管'], evolution: ['exhaust system', '排气系统'], tailpipes: ['tail pipes', '尾喉'],
  lm: ['wheels', '轮毂'], ria: ['wheels', '轮毂'], chr: ['wheels', '轮毂'], fir: ['wheels', '轮毂'],
  te37saga: ['wheels', '轮毂'], ce28: ['wheels', '轮毂'], ze40: ['wheels', '轮毂'], '57dr': ['wheels', '轮毂'],
  v107: ['tyre', '轮胎'], ad09: ['tyre', '轮胎'], g015: ['tyre', '轮胎'], ae51: ['tyre', '轮胎'],
  win11pro: ['retail licence', '正式版授权'], win11home: ['retail licence', '正式版授权'], officehb: ['licence', '授权'], m365: ['subscription', '订阅'],
  surfacepro11: ['2-in-1 tablet', '二合一平板'], surfacelaptop7: ['laptop', '笔记本电脑'],
  ccall: ['subscription', '年度订阅'], ps: ['subscription', '年度订阅'], acrobat: ['subscription', '年度订阅'], lightroom: ['subscription', '年度订阅'],
  pse: ['software', '软件'],
  '2600plus': ['console', '游戏机'], '7800plus': ['console', '游戏机'], '400mini': ['mini console', '迷你主机'], vcs: ['console', '游戏主机'],
  atari50: ['game', '游戏'], pocket: ['handheld', '掌机'], a3d: ['console', '游戏机'], duo: ['console', '游戏机'], supernt: ['console', '游戏机'],
  megasg: ['console', '游戏机'], ff7rebirth: ['game', '游戏'], dq3: ['game', '游戏'], ff14: ['game', '游戏'], pak: ['figure', '手办'], slime: ['plush', '毛绒公仔'],
};

export const LINE_SIZE_GROUP = {
  501: 'jeans', 511: 'jeans', lvc501: 'jeans', 101801: 'coat', teddy: 'coat', manuela: 'coat', beemylove: 'ring', josephine: 'ring',
  mayfair: 'chain', pearlchoker: 'chain', jeuxdeliens: 'chain', nano: 'none', greenland: 'apparel',
};
export const SIZES = {
  shoes: { en: ['EU 36', 'EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'US 7', 'US 8', 'US 9', 'US 10', 'US 11', 'UK 6', 'UK 8', 'size 42', 'sz 9.5'], zh: ['36码', '37码', '38码', '39码', '40码', '41码', '42码', '43码', '44码'] },
  apparel: { en: ['S', 'M', 'L', 'XL', 'size M', 'size L'], zh: ['S码', 'M码', 'L码', 'XL码', '均码'] },
  jeans: { en: ['W32 L32', 'W30 L30', 'W34 L32', 'W31 L34', '32x32', '30/32'], zh: ['29码', '30码', '31码', '32码', '33码'] },
  coat: { en: ['IT 38', 'IT 40', 'IT 42', 'IT 44', 'UK 8', 'UK 10', 'size 40'], zh: ['36码', '38码', '40码', '42码', 'S码', 'M码'] },
  ring: { en: ['size 50', 'size 52', 'size 54', 'size 56'], zh: ['12号', '13号', '14号', '16号'] },
  chain: { en: ['45cm chain', '40cm', '42cm'], zh: ['45cm', '40cm'] },
  watches: { en: ['41mm', '40mm', '38mm', '39mm', '42mm'], zh: ['41mm', '40mm', '38mm', '39mm'] },
  jewellery: { en: ['size 52', 'size 54', 'size 50', '45cm chain', '40cm'], zh: ['12号', '14号', '16号', '45cm'] },
  'sports-equipment': { en: ['12 balls', '1 dozen'], zh: ['12粒装', '一打'] },
  tyres: { en: ['225/40R18', '245/40R19', '205/55R16', '265/65R17', '235/45R18'], zh: ['225/40R18', '245/40R19', '205/55R16', '265/65R17'] },
  'auto-parts': { en: ['18x9.5 +22', '18x8.5 +35', '19x9.5', '5x114.3', '5x112'], zh: ['18寸', '19寸', '17寸'] },
};

// ---- counterfeit cue pools ----
export const MARKER_EN = [
  '1:1', '1:1 replica', 'replica', 'AAA', 'AAA+ quality', 'mirror quality', 'mirror copy', 'super clone', 'rep', 'reps', 'UA',
  'unauthorized authentic', 'high copy', 'top copy', '5A', 'master copy', 'first copy', 'grade 1 copy', '10A', '7A', 'AAAAA',
  'premium replica', 'exact replica', 'identical copy', 'perfect copy', '1to1', '1 to 1 copy', 'replica grade', 'knockoff', 'clone',
  'mirror 1:1', 'non-OG', 'super copy', 'fake', '1∶1', 'high-end replica', 'best replica', 'mirror grade', 'replica 1:1 quality',
  'A+ copy', 'grade AAA replica', 'clone version', 'copy but top', 'reps 1:1', 'hi-copy', 'mirror-image quality',
];
export const MARKER_EN_SENT = [
  'Quality is 1:1 with the retail piece, every detail matches.',
  'This is a replica of the highest grade, you will not find better.',
  'Mirror quality, same materials and weight as the original.',
  'Super clone, side by side you cannot tell them apart.',
  'AAA quality copy, stitching and hardware are perfect.',
  'It is a high-end replica, not retail, priced accordingly.',
  'Master copy from our best workshop.',
  'UA pair, looks exactly like the real one.',
];
export const MARKER_ZH = [
  '高仿', '复刻', '原单', '精仿', 'A货', '一比一', '顶级版本', '超A', '高版本', '仿品', '复刻版', '1:1', '顶级复刻', '高端复刻',
  '精仿品', '顶配版', '超A货', '十A', '顶级原单', '高货', '以假乱真', '专柜级复刻', '高端定制版', '原版开模', '一比一复刻', '精仿版',
  '高仿真品', '顶级高仿', '复刻款', '仿版', '臻品复刻', '高品质仿', '一模一样', '对比正品无差',
];
export const MARKER_ZH_SENT = [
  '本款为高仿版本，做工一比一还原专柜。',
  '顶级复刻，细节和正品一模一样。',
  '精仿品，懂的来，不懂勿扰。',
  '原单品质，和专柜放一起分辨不出来。',
  '超A货，材料用的是原版同款。',
  '这款是复刻的，不是专柜货，介意勿拍。',
];

export const CODED_EN = {
  shoes: ['LJR batch', 'PK batch', 'OG batch', 'GX batch', 'M batch', 'H12 batch', 'top batch', 'best batch', 'god batch', 'budget batch',
    'Putian', 'W2C', 'QC pics available', 'TTS batch', 'retail-grade batch', 'dupe with logo', 'GL after QC'],
  watches: ['VSF', 'Clean factory', 'ZF', 'APSF', '3KF', '8F', 'PPF', 'GF version', 'V3 version', 'noob version', 'super version', 'top factory',
    'W2C', 'QC pics', 'clean dial', 'best version'],
  handbags: ['top version', 'god version', 'best batch', 'W2C', 'QC pics', 'dupe with logo', 'original leather version', 'Yupoo batch',
    'mirror-batch', 'same hardware version'],
  fragrance: ['dupe with original logo', 'clone in original bottle', 'same bottle dupe', 'tester dupe with box', 'inspired with logo', 'best batch',
    'god version', 'W2C'],
  default: ['top version', 'god version', 'best version', 'W2C', 'QC pics', 'dupe with logo', 'inspired, with logo', 'budget version',
    'best batch on the market', 'agent link', 'dupe'],
};
export const CODED_ZH = {
  shoes: ['莆田', '纯原', '公司级', '对版', '过验版本', '得物可过', '莆田纯原', '顶级纯原', '市场最高版本', '同款', '原厂版', '天花板版本', '过毒版本'],
  watches: ['对版', '同款', '版本', '纯原', '厂货', '市场最高版本', '对版机芯', '代购级', '同源'],
  handbags: ['对版', '同款', '纯原', '原厂皮', '代购级', '版本', '市场最高版本', '同源'],
  electronics: ['华强北', '公司级', '同款', '版本', '华强北顶配版', '洛达方案', '悦虎', '公司级顶配'],
  default: ['同款', '版本', '对版', '公司级', '纯原', '代购级', '过验版本', '市场最高版本', '同源'],
};
export const CODED_EN_SENT = [
  'This is the LJR batch, the best one available right now.',
  'Top version with correct logo, passes most QC checks.',
  'W2C? Right here, same as the popular batch on the reps forum.',
  'Dupe with the original logo and box, not the cheap version.',
  'Best batch on the market, QC photos on request.',
  'Clean factory version, the dial and bezel are correct.',
];
export const CODED_ZH_SENT = [
  '莆田纯原版本，细节全部对版。',
  '市场最高版本，得物可过。',
  '公司级做工，和专柜同款没有区别。',
  '华强北顶配版，功能齐全。',
  '代购级版本，懂的亲直接拍。',
  '对版同款，纯原材料。',
];

export const OEM_EN = [
  'same factory', 'OEM leftovers', 'factory overrun', 'cancelled order stock', 'export surplus', 'production overrun', 'factory seconds with logo',
  'OEM excess stock', 'made by the official supplier', 'contract factory leftovers', 'overrun from the brand factory', 'B-grade from the supplier',
  'unreleased factory samples', 'surplus from the licensed plant', 'same line as retail', 'cancelled export order',
];
export const OEM_EN_SENT = [
  'These come from the factory that produces for the brand, leftover from an export order.',
  'Factory overrun: same materials, same line, no boutique mark-up.',
  'Cancelled order stock from the OEM, tags included.',
  'Same factory as retail, the brand just did not take this batch.',
  'OEM leftovers, identical to store pieces but sold without the receipt.',
];
export const OEM_ZH = ['原厂尾单', '工厂货', '代工厂流出', '尾货', '同厂', '原厂流出', '外贸尾单', '工厂内部货', '剪标', '代工厂', '原厂余货', '同一工厂', '跟单货', '工厂多做的'];
export const OEM_ZH_SENT = [
  '原厂尾单，代工厂流出的，数量有限。',
  '和专柜同一个工厂生产，多出来的货便宜出。',
  '剪标尾货，品质和专柜一样。',
  '外贸尾单，工厂直接拿货，没有中间商。',
  '代工厂内部渠道，跟正品同一条生产线。',
];

export const DM_EN = [
  'DM for real pics', 'WhatsApp for more pics', 'message me on Telegram for real photos', 'IG DM for QC', 'text me for pics off app',
  'more pics on my Yupoo', 'add me on WeChat for real photos', 'Kik me for catalogue', 'Snap for real pics', 'contact on Signal for photos',
  'full catalogue in Telegram channel', 'DM on insta for live pics', 'WA for video', 'pics on request via WhatsApp', 'join my Telegram for drops',
];
export const HANDLE_PARTS = ['luxe', 'vault', 'drip', 'kicks', 'lux', 'plug', 'finds', 'closet', 'hub', 'store', 'deals', 'box', 'trend', 'zone', 'world'];
export const DM_EN_SENT = [
  'Real pictures cannot be posted here, message me on WhatsApp and I will send them.',
  'For live photos and more colours add me on Telegram.',
  'Full catalogue and QC photos on my Yupoo, ask for the link.',
  'Send me a DM on Instagram for actual pictures of your pair.',
  'Please contact me off the app for real photos, this platform deletes them.',
];
export const DM_ZH = ['加微信看实拍', '加V', '绿泡泡', 'vx', '加薇信', '私聊看实物', '实拍图私信', '加扣扣', '看主页联系方式', '私我拿图', '加V看货', '微信同号', '威信详聊', '实拍找我'];
export const DM_ZH_SENT = [
  '实拍图平台审核发不了，加微信发给您。',
  '更多颜色加绿泡泡看实拍。',
  '要看细节视频的私聊，发您微信。',
  '主页有联系方式，加了发实物图。',
];

export const QUALITY_EN = ['good quality', 'high quality', 'premium quality', 'top quality', 'great quality'];
export const QUALITY_ZH = ['品质好', '质量很好', '品质保证', '质量上乘', '做工好'];
export const FACTORY_EN = ['factory direct', 'direct from factory', 'factory price', 'direct from manufacturer'];
export const FACTORY_ZH = ['工厂直发', '厂家直销', '源头工厂', '厂家直供'];
export const BULK_EN = ['bulk lot', 'wholesale lot', 'lots available', 'x50 available', 'bulk available', '100 pcs in stock', 'wholesale price for resellers'];
export const BULK_ZH = ['批发', '大量现货', '量大从优', '一手货源批发', '现货一百件', '可批发'];
export const WEAK_EN = {
  several: ['several available', 'multiple in stock', 'more than one available', 'have a few of these'],
  nobox: ['no box', 'no box or papers', 'without box', 'comes without packaging'],
  noreceipt: ['no receipt', 'no proof of purchase', 'no invoice'],
  notags: ['no tags', 'tags removed', 'without tags'],
  quality: QUALITY_EN,
};
export const WEAK_ZH = {
  several: ['有多件', '多件现货', '不止一件'],
  nobox: ['无盒', '无包装盒', '裸机无盒'],
  noreceipt: ['无小票', '没有发票', '无购买凭证'],
  notags: ['无吊牌', '已剪吊牌', '没有吊牌'],
  quality: QUALITY_ZH,
};

// ---- innocent phrases for hard negatives ----
export const NEG_EN = {
  plain: ['Brand new, never used.', 'New in box, all accessories included.', 'Bought it as a gift, never opened.', 'New with tags.', 'Unused, still sealed.'],
  authorized: ['Official brand store on this platform, sold and shipped by the brand.', 'Authorised retailer, full manufacturer warranty and VAT invoice.',
    'Outlet price on previous-season stock, sold by the brand outlet.', 'Trade pack for retailers, invoiced by the brand.'],
  second: ['Worn a handful of times, original receipt from the boutique included.', 'Used but in great condition, comes with the original box.',
    'Selling because I no longer use it, purchased from an official store in 2023.', 'Light signs of use, see photos; box and papers included.',
    'Pre-owned, serviced last year, purchase receipt available.'],
  promo: ['Seasonal sale price, ends Sunday.', 'Black Friday deal while stock lasts.', 'Discount applied at checkout, regular price shown crossed out.',
    'End-of-season sale on current stock.', 'Cyber Monday offer from our store.'],
  gray: ['Parallel import, international warranty card included.', 'Bought at the airport duty-free shop, receipt included.',
    'Imported from Japan, Japanese instructions, works worldwide.', 'Hong Kong version, sealed, no local warranty.',
    'EU version imported, genuine retail packaging.'],
  negated: ['Not a replica, not a copy: bought at the boutique, receipt shown in the photos.', 'No fakes here. Genuine item with proof of purchase.',
    'This is NOT a dupe or an inspired piece, it is the real thing with serial number.', 'Authentic only, happy to have it checked by any authentication service.',
    'Not mirror quality, not UA, not rep: retail purchase from an authorised store.'],
};
export const NEG_ZH = {
  plain: ['全新未使用。', '全新未拆封，配件齐全。', '别人送的礼物，一直没用过。', '全新带吊牌。', '全新塑封未拆。'],
  authorized: ['品牌官方旗舰店，品牌直发。', '品牌授权经销商，提供全国联保和发票。', '官方奥莱店，过季款特价。', '企业团购专供，品牌开具发票。'],
  second: ['只穿过几次，专柜小票还在。', '自用闲置，成色很好，原盒都在。', '二三年专柜购入，现在用不上了转出。', '有轻微使用痕迹，看图，盒子证书齐全。', '二手自用，去年刚保养过，有购买凭证。'],
  promo: ['双十二活动价，活动结束恢复原价。', '年终大促，库存有限。', '店铺满减活动，下单自动优惠。', '换季清仓，当季正品。', '限时折扣，仅限本周。'],
  gray: ['港版行货，全球联保卡齐全。', '免税店购入，有小票。', '日版直邮，日文说明书，国内可用。', '海外版未拆封，无国内保修。', '欧洲代购，正品原包装。'],
  negated: ['非高仿，非原单，专柜购入，小票见图。', '假一赔十，支持任何鉴定机构鉴定。', '不是复刻也不是同款，正品带序列号。', '拒绝A货，只卖正品，可验货。', '保真，非精仿非一比一，专柜购入。'],
};
