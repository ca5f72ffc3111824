// The 30 generators of test-v17 (16 counterfeit kinds, 14 legit kinds) and their typed hard-negative data.
import { currencyFor, priceAt } from './lib.js';
import { INVISIBLES, LOOKALIKE, W } from './vocab.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const NOUN_LANGS = new Set(['en', 'tl', 'sw']);
const isZh = (tl) => tl === 'zh' || tl === 'zht';

// ---------------- typed lists ----------------
const ADMIT = {
  en: [
    'To be upfront: this is a well-made copy, not a unit from an authorised shop.',
    'These are reproductions made to the same pattern; the finish is close to retail but they are not genuine.',
    'Please understand it is an unofficial replica, which is why there is no warranty card.',
    'Honest disclosure: the logo is applied by our workshop and it is not the brand’s own product.',
    'It is a copy of the current model; we sell it as such and the price reflects that.',
    'Not genuine: a high-grade imitation for people who like the design.',
    'For clarity, this one is a replica we source from a workshop in Guangzhou, not a retail piece.',
  ],
  zh: [
    '说明一下：这是高仿版本，不是专柜正品。',
    '本品为一比一复刻，做工接近正品，但不是官方出品。',
    '介意非正品的请勿下单，本店只做仿款。',
    '是仿的，细节对版，没有官方保修。',
    '实话说是复刻货，不是品牌正品，按仿品价格卖。',
    '这款是同模具仿制的，外观一样，懂的来。',
  ],
  zht: [
    '老實說是仿品，不是原廠正貨。',
    '呢件係高仿，唔係正貨，介意勿買。',
    '此為複刻版，非官方正品，請斟酌。',
  ],
};

const CIRC = {
  software: {
    en: [
      'cracked, activation not needed',
      'keygen and patch included',
      'lifetime activation via loader',
      'licence bypass, works offline forever',
      'trial reset tool, unlimited use',
      'pre-activated portable version',
      'universal serial list for every version',
    ],
    zh: [
      '破解版 永久激活',
      '注册机+补丁',
      '免激活绿色版',
      '无限重置试用期',
      '激活工具 一键破解',
      '通用序列号 永久',
    ],
  },
  'video-games': {
    en: [
      'mod APK, unlimited currency',
      'private server, everything unlocked',
      'shared account, all characters, offline login',
      'auto-farm script, undetected',
      'trainer with god mode',
      'cheap top-up through a region exploit',
    ],
    zh: [
      '外挂 自动刷图 防封',
      '修改器 无限体力',
      '低价代充 黑卡充值',
      '共享账号 全角色',
      '私服 满资源',
      '辅助脚本 一键日常',
    ],
  },
  'game-consoles': {
    en: [
      'preloaded with 15,000 games',
      'comes with a 256GB card full of ROMs',
      'all retro games installed, plug and play',
      'jailbroken with the full library',
      'multicart card with every title',
      'with a 40,000-game pack',
    ],
    zh: ['内置两万款游戏', '送256G满游戏卡', '破解版 全游戏', '已刷系统 游戏全装', '游戏合集卡 全收录'],
  },
};

// neg.generic_marker: unbranded goods with marker-like words [title, category, usd]
const GENERIC_MARKER = [
  ['1:1 scale horse skull anatomy model, resin, for vet students', 'toys', 85],
  ['Replica Roman gladius, wooden training sword for stage combat', 'sports-equipment', 24],
  ['Mirror finish chrome valve stem caps, set of 4', 'auto-parts', 4],
  ['AAA batteries 24-pack for wireless microphones', 'batteries', 9],
  ['Copy holder stand for sewing patterns and charts', 'tools', 15],
  ['Duplicate key blanks for motorcycle ignition, uncut, pack of 10', 'auto-parts', 7],
  ['Tissue-culture clone plant cup, Bucephalandra, aquarium', 'pet-supplies', 6],
  ['Replica 1960s Moroccan brass teapot, hand-hammered in Fes', 'kitchenware', 38],
  ['Grade AAA Ceylon cinnamon quills, 250 g', 'kitchenware', 11],
  ['First copy of my self-published knitting pattern book, signed', 'books', 18],
  ['Replica 1950s tin fishing lure box, decorative', 'sports-equipment', 14],
  ['Faux fur pompoms for knitted hats, 20 pcs', 'tools', 8],
  ['Museum replica of an Egyptian scarab amulet, resin', 'jewellery', 12],
  ['Printed facsimile of a Sinhala ola-leaf manuscript', 'books', 26],
  ['Mirror acrylic sheet for aquarium background, 60 x 30 cm', 'pet-supplies', 13],
  ['Replica Hungarian hussar shako, felt, costume', 'apparel', 45],
  ['Duplicate bridge boards set of 32, with bidding boxes', 'toys', 55],
  ['Copy stand for photographing documents, 40 cm column', 'cameras', 48],
  ['Imitation leather saddle pad cover, generic', 'sports-equipment', 17],
  ['1:1 life-size koi fish plush, 70 cm', 'toys', 22],
  ['Replica Peruvian Nazca lines map poster, A2', 'furniture', 9],
  ['Clone stitch embroidery transfer pencils, 3 pcs', 'tools', 5],
  ['Replica vintage barber pole, LED, wall mounted', 'furniture', 65],
  ['Mirror-polished brass hoof pick, gift for riders', 'sports-equipment', 12],
  ['Cast-iron replica of a 1920s tyre pressure pump, ornament', 'furniture', 30],
];
const GENERIC_MARKER_ZH = [
  ['仿古紫砂壶 手工 无品牌', 'kitchenware', 28],
  ['仿生饵 软虫 路亚假饵 50条', 'sports-equipment', 6],
  ['仿真水草 鱼缸造景 塑料草', 'pet-supplies', 4],
  ['一比一 马头骨骼模型 兽医教学用', 'toys', 80],
  ['复刻老式搪瓷茶盘 怀旧款', 'kitchenware', 9],
  ['仿皮马鞍垫 通用款', 'sports-equipment', 16],
  ['镜面不锈钢 理发店台镜', 'furniture', 45],
  ['仿真面包模型 橱窗展示', 'kitchenware', 7],
  ['复印纸 A4 70克 5包', 'printer-supplies', 14],
  ['克隆椒草 组培杯 水草', 'pet-supplies', 3],
  ['AAA电池 7号 20节 无线话筒用', 'batteries', 5],
  ['复刻八十年代铁皮青蛙 发条玩具', 'toys', 4],
  ['仿羊绒围巾 无品牌', 'apparel', 8],
  ['镜面亚克力板 鱼缸背景', 'pet-supplies', 10],
  ['仿古茶盤 手作 無品牌', 'kitchenware', 32],
  ['複刻懷舊鐵皮玩具 發條車', 'toys', 6],
  ['仿真多肉 假盆栽 办公桌摆件', 'furniture', 5],
];

// neg.common_word_brand: brand words used as ordinary words outside the brand's categories [title, category, usd, brandId]
const COMMON_WORD = [
  ['Clover honey, raw, 500 g jar', 'kitchenware', 9, 'clover'],
  ['Four-leaf clover pendant, sterling silver', 'jewellery', 35, 'clover'],
  ['White clover seed for lawns, 1 kg', 'outdoor-gear', 16, 'clover'],
  ['Roots reggae vinyl compilation, 2LP', 'music', 28, 'roots'],
  ['Hair roots strengthening tonic, 100 ml', 'cosmetics', 12, 'roots'],
  ['Grass Roots Coaching: manual for youth football', 'books', 14, 'roots'],
  ['A Remarkable Life, memoir, hardcover', 'books', 22, 'remarkable'],
  ['Remarkable Creatures, novel, paperback', 'books', 9, 'remarkable'],
  ['ADA-compliant grab bar, stainless steel, 60 cm', 'tools', 25, 'ada'],
  ['Ada Lovelace picture book biography for kids', 'books', 11, 'ada'],
  ['Black onyx bead bracelet, 8 mm', 'jewellery', 10, 'boox'],
  ['Onyx chess set, hand-carved, 30 cm board', 'toys', 60, 'boox'],
  ['Leather pocketbook wallet, vintage style', 'small-leather-goods', 19, 'pocketbook'],
  ['Pocketbook of Kenyan Birds, field guide', 'books', 13, 'pocketbook'],
  ['LS2 engine timing chain kit for 6.0 V8', 'auto-parts', 140, 'ls2'],
  ['LS2 intake manifold gasket set', 'auto-parts', 32, 'ls2'],
  ['Okuma CNC lathe operation manual, LB series, used', 'books', 40, 'okuma'],
  ['Amour de Paris vintage poster, 50 x 70', 'furniture', 15, 'clover'],
  ['Slimline RFID card wallet, black', 'small-leather-goods', 14, 'andis'],
  ['Slimline picture frame, A3, oak', 'furniture', 18, 'andis'],
  ['Bug zapper, USB rechargeable, for camping', 'outdoor-gear', 15, 'mrf'],
  ['Schubert: Wanderer Fantasy, piano sheet music', 'books', 12, 'mrf'],
  ['Amazonia: photographs of the rainforest, hardcover', 'books', 38, 'ada'],
  ['Rubber stamp inkpad, black, large', 'tools', 6, 'pocketbook'],
  ['Luminance meter for photographers, handheld', 'cameras', 95, 'caran-dache'],
  ['T-Series Bollywood hits, 3CD box', 'music', 12, 'dilmah'],
  ['Naval Supremacy, strategy board game', 'toys', 45, 'afnan'],
  ['Turathi Emirati home cookbook', 'books', 20, 'afnan'],
  ['Cedros Island travel guide, Baja California', 'books', 16, 'okuma'],
  ['Makaira blue marlin art print, framed', 'furniture', 55, 'okuma'],
  ['Takumi ramen bowl set of 2, ceramic', 'kitchenware', 24, 'clover'],
  ['Orochi eight-headed dragon resin figure', 'toys', 30, 'megabass'],
  ['Shaghaf, novel in Arabic translation, paperback', 'books', 8, 'swiss-arabian'],
  ['Palma de Mallorca city map, folded', 'books', 7, 'boox'],
  ['Shelly Beach, Durban, canvas print', 'furniture', 40, 'shelly'],
];
const COMMON_WORD_ZH = [
  ['飞鹤图 国画 装饰画 客厅挂画', 'furniture', 35, 'feihe'],
  ['飞鹤 十字绣 套件 大幅', 'tools', 20, 'feihe'],
  ['亦舒 喜宝 小说 旧版', 'books', 6, 'hipp'],
  ['文石 原石 摆件 天然纹理', 'furniture', 25, 'boox'],
  ['文石手串 天然', 'jewellery', 12, 'boox'],
  ['三叶草 四叶草 项链 银', 'jewellery', 18, 'clover'],
  ['大益智 亲子桌游 益智玩具', 'toys', 9, 'taetea'],
];

// neg.model_codes: unbranded goods whose codes look like line codes [title, category, usd]
const MODEL_CODES = [
  ['C-30 capacitor 30 µF for ceiling fan motor', 'home-appliances', 4],
  ['C-40 pipe clamp 40 mm, galvanised, 10 pcs', 'tools', 6],
  ['Self-tapping screws 4.2 X32 mm, 200 pcs', 'tools', 5],
  ['Q802 relay module 12 V, 2 channel', 'home-appliances', 3],
  ['TD3 thermal fuse 10 A, 5 pcs', 'home-appliances', 3],
  ['K240 carbon brushes for angle grinders, pair', 'tools', 4],
  ['C214 connector housing, 14-pin', 'auto-parts', 5],
  ['X96 Max TV box replacement remote', 'computer-accessories', 6],
  ['SC6000 ultrasonic cleaner tank, 6 L', 'home-appliances', 70],
  ['RPF-1 pond pressure filter cartridge', 'pet-supplies', 18],
  ['PF01 PCB-mount fuse holder, 10 pcs', 'computer-accessories', 3],
  ['GTC02 fuel cap for 2-stroke generators', 'auto-parts', 7],
  ['R383 rubber gasket for pressure cookers', 'kitchenware', 4],
  ['HP5 hydraulic pump seal kit', 'tools', 15],
  ['AT-771 automatic transfer switch, 63 A', 'home-appliances', 85],
  ['FF800 fuel filter for outboard motors', 'auto-parts', 12],
  ['FF901 furnace filter 16 x 25 x 1, 4 pack', 'home-appliances', 25],
  ['FF353 fan filter cover, 120 mm', 'computer-accessories', 4],
  ['12660 deep groove ball bearing', 'auto-parts', 6],
  ['32400 oil seal 32 x 40 x 7', 'auto-parts', 2],
  ['KML-55 LED driver, constant current', 'home-appliances', 9],
  ['7542 angular contact bearing', 'tools', 20],
  ['7572 tapered roller bearing', 'tools', 24],
  ['PB700 push button switch, momentary', 'computer-accessories', 2],
  ['PB634 pressure gauge, 0-10 bar', 'tools', 11],
  ['RM2 rivet nuts M6, 100 pcs', 'tools', 8],
  ['BB-01 bottom bracket removal tool', 'bicycles', 9],
  ['MB-01 mounting bracket for solar panels, pair', 'tools', 16],
  ['X55 ratchet crimping tool for terminals', 'tools', 19],
  ['RGB30 LED strip controller, 12 V', 'home-appliances', 7],
  ['6901 bearing 12 x 24 x 6, 10 pcs', 'tools', 8],
  ['Type 60-P pipe hanger, 50 pcs', 'tools', 14],
  ['CJ-65 cable joint, resin', 'tools', 10],
  ['MK-20 travel kettle, 0.5 L', 'kitchenware', 15],
  ['K92 chain saw chain, 16 inch', 'tools', 13],
];
const MODEL_CODES_ZH = [
  ['C-30电容 吊扇电机用', 'home-appliances', 2],
  ['X55压线钳 棘轮式', 'tools', 14],
  ['7542轴承 角接触', 'tools', 18],
  ['RGB30灯带控制器 12伏', 'home-appliances', 5],
  ['FF800柴油滤芯 船外机', 'auto-parts', 9],
  ['BB-01中轴拆卸工具', 'bicycles', 6],
  ['PB700按钮开关 自复位', 'computer-accessories', 1],
  ['K240碳刷 角磨机用 一对', 'tools', 2],
  ['6901轴承 十个装', 'tools', 6],
  ['RM2拉铆螺母 一百个', 'tools', 5],
  ['MB-01光伏支架 一对', 'tools', 12],
  ['Q802继电器模块', 'home-appliances', 2],
];

// neg.cheap_unbranded [title, category, usd]
const CHEAP = [
  ['Crochet hook set 14 pcs, aluminium, no brand', 'tools', 6],
  ['Spinning reel 3000 size, generic', 'sports-equipment', 12],
  ['Fishing hooks assortment, 500 pcs', 'sports-equipment', 5],
  ['Barber neck duster brush', 'tools', 3],
  ['Clipper guide combs set of 8, universal', 'home-appliances', 4],
  ['School backpack, plain black, no logo', 'handbags', 9],
  ['Polarised sunglasses UV400, unbranded', 'eyewear', 5],
  ['Aquarium sponge filter for shrimp tanks', 'pet-supplies', 4],
  ['Valve stem caps, set of 4', 'auto-parts', 2],
  ['Anti-fog helmet visor insert, generic', 'sports-equipment', 6],
  ['Loose-leaf black tea 500 g, no brand', 'kitchenware', 7],
  ['Paprika powder 1 kg, bulk', 'kitchenware', 6],
  ['Silicone bottle teats, 4 pcs', 'baby-products', 3],
  ['Blind box keychain figure, unbranded', 'toys', 2],
  ['E-reader sleeve, 6 inch, felt', 'computer-accessories', 4],
  ['Wi-Fi smart plug, no-name, 10 A', 'home-appliances', 6],
  ['Oud perfume oil roll-on 10 ml, unbranded', 'fragrance', 3],
  ['Headphone adapter 6.35 mm to 3.5 mm', 'audio', 1.5],
  ['XLR microphone cable 5 m, generic', 'audio', 4],
  ['Knitting stitch markers, 50 pcs', 'tools', 2],
  ['Hoof pick with brush', 'sports-equipment', 2],
  ['Tyre pressure gauge, pencil type', 'auto-parts', 3],
  ['Carry case for retro handhelds, generic', 'game-consoles', 4],
  ['Hair cutting cape, nylon', 'tools', 4],
  ['Glass tea cups, set of 6', 'kitchenware', 8],
  ['Light stick lanyard, plain', 'toys', 1],
];
const CHEAP_ZH = [
  ['钩针套装 铝合金 14支 无牌', 'tools', 5],
  ['路亚假饵 通用 10个装', 'sports-equipment', 4],
  ['鱼钩 500枚 混装', 'sports-equipment', 4],
  ['理发围布 防水', 'tools', 3],
  ['推子限位梳 通用 8个', 'home-appliances', 2],
  ['偏光墨镜 无品牌', 'eyewear', 4],
  ['鱼缸 海绵过滤器', 'pet-supplies', 3],
  ['气门嘴帽 4个', 'auto-parts', 1],
  ['头盔防雾贴 通用', 'sports-equipment', 3],
  ['散装红茶 500克', 'kitchenware', 6],
  ['红椒粉 1公斤 散装', 'kitchenware', 5],
  ['奶嘴 4个装 通用', 'baby-products', 2],
  ['盲盒钥匙扣 无品牌', 'toys', 1],
  ['阅读器保护套 6寸 毛毡', 'computer-accessories', 3],
  ['智能插座 白牌', 'home-appliances', 5],
  ['滚珠香水 10毫升 无品牌', 'fragrance', 2],
  ['卡侬线 5米 通用', 'audio', 3],
  ['记号扣 50个', 'tools', 1],
  ['马蹄勾 带刷', 'sports-equipment', 2],
  ['胎压笔 笔式', 'auto-parts', 2],
  ['掌机收纳包 通用', 'game-consoles', 3],
  ['玻璃茶杯 6只装', 'kitchenware', 6],
  ['鋼化玻璃茶杯 6入', 'kitchenware', 7],
  ['無品牌 毛線 收納袋', 'tools', 3],
];

const OTHER_CONSOLES = [
  ['Vectrex with overlay set', 450],
  ['Ouya console with controller', 60],
  ['GP2X Wiz handheld', 90],
  ['Dingoo A320', 45],
  ['Gizmondo', 220],
  ['ModRetro Chromatic', 200],
  ['Retro-bit Super Retro Trio', 55],
];

// third-party accessories per brand [English, Chinese]
const ACCESSORY = {
  behringer: [
    ['dust cover', '防尘罩'],
    ['flight case', '航空箱'],
    ['power supply', '电源适配器'],
  ],
  'allen-heath': [
    ['dust cover', '防尘罩'],
    ['flight case', '航空箱'],
    ['crossfader replacement', '推子替换件'],
  ],
  'denon-dj': [
    ['dust cover', '防尘罩'],
    ['flight case', '航空箱'],
    ['laptop stand', '支架'],
  ],
  akg: [
    ['replacement ear pads', '替换耳罩'],
    ['replacement cable', '耳机线'],
    ['shock mount', '防震架'],
  ],
  clover: [
    ['storage case', '收纳包'],
    ['organiser roll', '收纳卷'],
  ],
  knitpro: [
    ['needle cables', '连接线'],
    ['storage case', '收纳包'],
    ['cable keys', '拧紧钥匙'],
  ],
  okuma: [
    ['spare spool', '备用线杯'],
    ['reel cover', '渔轮包'],
    ['handle knob', '摇把'],
  ],
  gamakatsu: [
    ['tackle box', '渔具盒'],
    ['hook sharpener', '磨钩器'],
  ],
  megabass: [
    ['tackle box', '路亚盒'],
    ['rod and lure bag', '渔具包'],
  ],
  ariat: [
    ['boot trees', '鞋撑'],
    ['replacement laces', '替换鞋带'],
    ['boot bag', '靴袋'],
  ],
  samshield: [
    ['helmet bag', '头盔包'],
    ['replacement liner', '替换内衬'],
    ['crystal strip', '水钻饰条'],
  ],
  stubben: [
    ['saddle cover', '马鞍罩'],
    ['girth', '肚带'],
    ['stirrup leathers', '镫革'],
  ],
  aquael: [
    ['replacement sponge', '替换滤棉'],
    ['filter media', '滤材'],
    ['spare impeller', '备用叶轮'],
  ],
  ada: [
    ['tank mat', '鱼缸垫'],
    ['light hanger kit', '吊灯支架'],
    ['substrate scoop', '铺沙铲'],
  ],
  enkei: [
    ['wheel nut set', '轮毂螺丝'],
    ['centre cap decals', '中心盖贴'],
    ['valve caps', '气门帽'],
  ],
  sparco: [
    ['seat rails', '座椅滑轨'],
    ['quick release hub', '快拆'],
    ['harness pads', '安全带护垫'],
  ],
  maxxis: [
    ['tyre levers', '撬胎棒'],
    ['tubeless valves', '真空嘴'],
    ['tyre storage bags', '轮胎收纳袋'],
  ],
  mrf: [
    ['tyre storage bags', '轮胎收纳袋'],
    ['valve caps', '气门帽'],
  ],
  ls2: [
    ['replacement visor', '替换镜片'],
    ['helmet bag', '头盔包'],
    ['anti-fog insert', '防雾贴'],
  ],
  andis: [
    ['replacement blade', '替换刀头'],
    ['guide combs', '限位梳'],
    ['charging stand', '充电座'],
  ],
  kasho: [
    ['shear holster', '剪刀包'],
    ['finger inserts', '指环垫'],
    ['tension key', '调节钥匙'],
  ],
  kerastase: [
    ['pump dispenser', '按压泵'],
    ['travel atomizer', '分装瓶'],
  ],
  jansport: [
    ['rain cover', '防雨罩'],
    ['replacement zipper pulls', '替换拉链头'],
    ['bag charm', '挂件'],
  ],
  julbo: [
    ['hard case', '眼镜盒'],
    ['replacement side shields', '替换侧挡'],
    ['nose pads', '鼻托'],
  ],
  'swiss-arabian': [
    ['travel atomizer', '分装瓶'],
    ['display stand', '展示架'],
  ],
  afnan: [
    ['travel atomizer', '分装瓶'],
    ['refill bottle', '旅行喷瓶'],
  ],
  asaq: [
    ['travel atomizer', '分装瓶'],
    ['oil dropper bottles', '滴管瓶'],
  ],
  dilmah: [
    ['tea tin', '茶叶罐'],
    ['tea infuser', '滤茶器'],
  ],
  taetea: [
    ['tea cake knife', '茶针'],
    ['storage jar', '茶饼罐'],
  ],
  kotanyi: [
    ['spice rack', '香料架'],
    ['refill jars', '分装瓶'],
  ],
  hipp: [
    ['formula dispenser', '奶粉分装盒'],
    ['scoop holder', '量勺架'],
  ],
  aptamil: [
    ['formula dispenser', '奶粉分装盒'],
    ['can lid', '罐盖'],
  ],
  feihe: [
    ['formula dispenser', '奶粉分装盒'],
    ['can lid', '罐盖'],
  ],
  '52toys': [
    ['acrylic display case', '亚克力展示盒'],
    ['stand base', '底座'],
  ],
  furyu: [
    ['acrylic display case', '亚克力展示盒'],
    ['stand base', '底座'],
  ],
  hybe: [
    ['battery cover', '电池盖'],
    ['light stick strap', '挂绳'],
    ['carry pouch', '收纳包'],
  ],
  pocketbook: [
    ['folio case', '保护套'],
    ['screen protector', '屏幕膜'],
  ],
  boox: [
    ['folio case', '保护套'],
    ['screen protector', '屏幕膜'],
    ['replacement nibs', '替换笔尖'],
  ],
  remarkable: [
    ['folio case', '保护套'],
    ['replacement nibs', '替换笔尖'],
    ['screen protector', '类纸膜'],
  ],
  shelly: [
    ['DIN rail adapter', '导轨卡扣'],
    ['wall box', '底盒'],
  ],
  sonoff: [
    ['wall box', '底盒'],
    ['cover plate', '面板'],
  ],
  powkiddy: [
    ['grip case', '握把壳'],
    ['screen protector', '屏幕膜'],
    ['carrying pouch', '收纳包'],
  ],
  gpd: [
    ['grip case', '握把壳'],
    ['screen protector', '钢化膜'],
    ['charging dock', '扩展坞'],
  ],
  roots: [
    ['garment bag', '防尘袋'],
    ['replacement drawstring', '替换抽绳'],
  ],
  'caran-dache': [
    ['refills', '笔芯'],
    ['pen case', '笔袋'],
  ],
  bordallo: [
    ['plate stand', '盘架'],
    ['wall hook set', '挂钩'],
  ],
  hypergryph: [['acrylic display case', '亚克力展示盒']],
  kuro: [['acrylic display case', '亚克力展示盒']],
};

const AUTH_EXTRA = {
  en: [
    'clearance',
    'ex-display',
    'cosmetic seconds',
    'outlet stock',
    'trade-show demo unit',
    'box damaged, contents new',
  ],
  zh: ['清仓', '展示样品', '外观瑕疵品', '尾货清仓', '老款清仓'],
  zht: ['清倉', '展示品', '外觀瑕疵品'],
};
const RARE = {
  en: [
    'discontinued colour',
    'first production run, collector condition',
    'hard to find now',
    'sealed, collector condition',
  ],
  zh: ['绝版', '停产款', '首批收藏', '稀有配色'],
  zht: ['絕版', '停產款', '首批收藏'],
};
const OFF_COLOURS = [
  'lime',
  'neon pink',
  'rainbow',
  'camouflage',
  'leopard print',
  'rose gold',
  'glitter purple',
  'mint green',
];
const OFF_COLOURS_ZH = {
  lime: '荧光绿',
  'neon pink': '荧光粉',
  rainbow: '彩虹色',
  camouflage: '迷彩',
  'rose gold': '玫瑰金',
};
const MIXED_EN = [
  'high copy AAA',
  'mirror quality replica',
  'top batch same as retail',
  'best rep version',
  'super clone grade',
  'DM for real pics',
  'factory overrun stock',
  'first copy premium',
];

export function makeGenerators(ctx, rng) {
  const R = rng;
  const lines = ctx.allLines;
  const pick = (a) => R.pick(a);
  const ph = (tl, key) => pick(W[tl][key]);

  const linesWhere = (f) => lines.filter(f);
  const physical = linesWhere((e) => !['software', 'video-games', 'books'].includes(e.l.category));
  const withColours = linesWhere((e) => e.l.colours?.length);
  const withMfg = physical.filter((e) => ctx.mfgOf(e).length);

  const brandLabel = (b, tl) => {
    if (isZh(tl) && R.chance(0.6)) return ctx.zhName(b);
    const latin = [
      b.name,
      ...(b.aliases ?? []).filter(
        (a) => !HAN.test(a) && !/[\u0600-\u06ff\u0d80-\u0dff\u3040-\u30ff\uac00-\ud7af\u0400-\u04ff]/.test(a),
      ),
    ];
    return R.chance(0.8) ? b.name : pick(latin);
  };
  const lineLabel = (l) => {
    const opts = [l.name, l.name, ...(l.shortNames ?? []), ...(l.modelNumbers ?? []).slice(0, 1)];
    if (l.aliases?.length) opts.push(...l.aliases);
    return pick(opts);
  };
  const lineLabelFor = (l, tl) => {
    const s = lineLabel(l);
    if (!isZh(tl) && HAN.test(s)) return l.name;
    return s;
  };
  const bline = (e, tl) => {
    const ln = lineLabelFor(e.l, tl);
    if (ctx.containsOfficial(e.b, ln)) return [ln];
    return [brandLabel(e.b, tl), ln];
  };
  const SUFFIX = {
    en: [
      'ready to ship',
      'new stock',
      'fast dispatch',
      'gift idea',
      'pack of 2',
      'local pickup',
      'limited stock',
      'in stock',
      'ships in 24h',
      'bundle deal',
    ],
    zh: ['现货', '包邮', '新款', '两件装', '当天发', '送礼', '库存充足', '同城自提', '顺丰可发', '量大从优'],
  };
  const vary = (t, zh) => {
    const k = zh ? 'zh' : 'en';
    const n = R.weighted([
      [0, 2],
      [1, 5],
      [2, 3],
    ]);
    const extra = R.pickN(SUFFIX[k], n);
    if (!extra.length) return t;
    return zh ? `${t} ${extra.join(' ')}` : `${t}${R.pick([' - ', ', ', ' | '])}${extra.join(', ')}`;
  };
  const nounFor = (l, tl) => {
    if (tl === 'zh') return l.nounZh ?? '';
    if (NOUN_LANGS.has(tl)) return l.noun ?? '';
    return '';
  };
  const join = (tl, parts) => {
    const p = parts.filter((x) => x && String(x).trim());
    if (isZh(tl)) {
      const tight = R.chance(0.35);
      return p.reduce((acc, x) => {
        if (!acc) return x;
        const glue = tight && (HAN.test(acc.slice(-1)) || HAN.test(x[0])) ? '' : ' ';
        return acc + glue + x;
      }, '');
    }
    const sep = R.pick([' ', ' ', ' - ', ' | ', ', ']);
    if (sep === ' ') return p.join(' ');
    // keep the first two tokens together, separator before the rest
    return `${p.slice(0, 2).join(' ')}${p.length > 2 ? sep + p.slice(2).join(sep) : ''}`;
  };
  const place = (zh) => (zh ? ctx.placeZh() : ctx.placeEn());
  const money = (e, lo, hi, market, sf) => {
    const cur = currencyFor(market, sf);
    const r = R.float(lo, hi);
    return { currency: cur, price: priceAt(e.retail, r, cur, R, lo, hi) };
  };
  const flat = (usd, market, sf) => {
    const cur = currencyFor(market, sf);
    return { currency: cur, price: priceAt(usd, R.float(0.85, 1.15), cur, R) };
  };
  const descLang = (tl) => (tl === 'zh' ? 'zh' : tl === 'zht' ? 'zht' : 'en');
  const note = (tl, text) =>
    tl === 'zh' ? `说明：${text}。` : tl === 'zht' ? `備註：${text}。` : `Note: ${text}.`;
  const insertFor = (tl, key) => {
    const t = isZh(tl) ? tl : 'en';
    return note(t, ph(t, key));
  };
  const base = (kind, e, pl, extra = {}) => ({
    kind,
    label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
    brandId: e?.b.id ?? null,
    lineKey: e?.l.key ?? null,
    work: null,
    category: e?.l.category,
    market: pl.market,
    shipFrom: pl.shipFrom,
    condition: 'new',
    quantity: 1,
    descLang: descLang(pl.tl),
    meta: { cues: [] },
    ...extra,
  });
  const cfQty = () =>
    R.weighted([
      [1, 4],
      [R.int(2, 5), 3],
      [R.int(6, 30), 2],
    ]);

  // generic marker-phrase counterfeit
  function phraseKind(kind, key, zhShare, lo, hi) {
    const zh = R.chance(zhShare);
    const e = pick(physical);
    const pl = place(zh);
    const tl = pl.tl;
    const parts = [...bline(e, tl), nounFor(e.l, tl)];
    const phrase = ph(tl, key);
    if (R.chance(0.5)) parts.push(phrase);
    else parts.splice(R.int(0, 1) * 3, 0, phrase);
    if (R.chance(0.3)) parts.push(ph(tl, 'new'));
    const m = money(e, lo, hi, pl.market, pl.shipFrom);
    return {
      ...base(kind, e, pl),
      title: join(tl, parts),
      ...m,
      quantity: cfQty(),
      lang: isZh(tl) ? 'zh' : 'en',
      insert: R.chance(0.6) ? insertFor(tl, key) : null,
    };
  }

  function homoglyph(name) {
    if (R.chance(0.3)) {
      const i = R.int(1, Math.max(1, name.length - 2));
      return name.slice(0, i) + pick(INVISIBLES) + name.slice(i);
    }
    const chars = [...name];
    const idx = chars.map((c, i) => (LOOKALIKE[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return null;
    for (const i of R.pickN(idx, R.int(1, Math.min(2, idx.length)))) chars[i] = LOOKALIKE[chars[i]];
    return chars.join('');
  }

  // disguised brand with price/bulk/stated cue
  function disguise(kind, makeName, priceCap, zh = false) {
    const e = pick(physical);
    const pl = place(zh);
    const tl = pl.tl;
    const name = makeName(e.b);
    if (!name) return null;
    const parts = [name, lineLabelFor(e.l, tl), nounFor(e.l, tl)];
    const mode = R.weighted([
      ['price', 6],
      ['bulk', 2],
      ['stated', 2],
    ]);
    let lo = 0.05;
    let hi = priceCap;
    let qty = R.int(1, 3);
    const meta = { cues: [] };
    if (mode === 'bulk') {
      lo = priceCap + 0.05;
      hi = 0.55;
      qty = R.int(12, 80);
      if (R.chance(0.6)) parts.push(ph(tl, 'bulk'));
    } else if (mode === 'stated') {
      lo = priceCap + 0.05;
      hi = 0.6;
      parts.push(ph(tl, pick(['marker', 'coded', 'oem'])));
      meta.statedCue = true;
    } else if (R.chance(0.4)) parts.push(ph(tl, 'new'));
    const m = money(e, lo, hi, pl.market, pl.shipFrom);
    return {
      ...base(kind, e, pl, { meta }),
      title: join(tl, parts),
      ...m,
      quantity: qty,
      lang: isZh(tl) ? 'any' : 'en',
    };
  }

  function linePlace(e, zhPref) {
    // a placement that ships from one of the line's manufacturing countries
    const mfg = ctx.mfgOf(e);
    const order = R.shuffle(mfg.slice());
    if (zhPref && mfg.includes('CN')) order.unshift('CN');
    for (const c of order) {
      const p = ctx.placeIn(c);
      if (p) return p;
    }
    return null;
  }
  function outsidePlace(e) {
    const mfg = ctx.mfgOf(e);
    for (let i = 0; i < 10; i++) {
      const p = R.chance(0.5) ? ctx.placeEn() : ctx.placeZh();
      if (!mfg.includes(p.shipFrom)) return p;
    }
    return null;
  }

  const G = {
    'pos.marker_en': () => {
      const s = phraseKind('pos.marker_en', 'marker', 0, 0.08, 0.45);
      return s;
    },
    'pos.marker_zh': () => phraseKind('pos.marker_zh', 'marker', 1, 0.05, 0.4),
    'pos.coded_language': () => phraseKind('pos.coded_language', 'coded', 0.5, 0.15, 0.6),
    'pos.oem_leak': () => phraseKind('pos.oem_leak', 'oem', 0.5, 0.12, 0.55),
    'pos.dm_real_pics': () => phraseKind('pos.dm_real_pics', 'dm', 0.45, 0.1, 0.6),

    'pos.brand_nickname_zh': () => {
      const e = pick(physical);
      const pl = ctx.placeZh();
      const tl = pl.tl;
      const far = R.chance(0.8);
      const parts = [pick(e.b.nick), lineLabelFor(e.l, tl), nounFor(e.l, tl)];
      if (!far || R.chance(0.4)) parts.push(ph(tl, pick(['marker', 'coded', 'dm', 'oem'])));
      const m = money(e, far ? 0.06 : 0.4, far ? 0.33 : 0.7, pl.market, pl.shipFrom);
      return {
        ...base('pos.brand_nickname_zh', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: cfQty(),
        lang: 'zh',
      };
    },
    'pos.brand_abbrev_emoji': () =>
      disguise('pos.brand_abbrev_emoji', (b) => pick(b.emo), 0.19, R.chance(0.1)),
    'pos.brand_misspelled': () => disguise('pos.brand_misspelled', (b) => pick(b.miss), 0.28),
    'pos.brand_homoglyph': () => disguise('pos.brand_homoglyph', (b) => homoglyph(b.name), 0.28),

    'pos.extreme_price': () => {
      const e = pick(withMfg);
      const cue = R.weighted([
        ['bulk', 3],
        ['ship', 3],
        ['colour', 2],
        ['quality', 2],
        ['factory', 2],
      ]);
      if (cue === 'colour' && !e.l.colours?.length) return null;
      const pl = cue === 'ship' ? outsidePlace(e) : linePlace(e, R.chance(0.5));
      if (!pl) return null;
      const tl = pl.tl;
      const parts = [...bline(e, tl), nounFor(e.l, tl)];
      const meta = { cues: [cue], extremeCue: cue };
      let qty = R.int(1, 2);
      if (cue === 'bulk') {
        qty = R.int(20, 200);
        if (R.chance(0.5)) parts.push(ph(tl, 'bulk'));
      } else if (cue === 'colour') {
        const c = pick(OFF_COLOURS.filter((x) => !e.l.colours.includes(x)));
        meta.offColour = c;
        parts.splice(2, 0, tl === 'zh' && OFF_COLOURS_ZH[c] ? OFF_COLOURS_ZH[c] : c);
        if (tl === 'zh' && OFF_COLOURS_ZH[c]) meta.offColourZh = OFF_COLOURS_ZH[c];
      } else if (cue === 'quality') parts.push(ph(tl, 'quality'));
      else if (cue === 'factory') parts.push(ph(tl, 'factory'));
      if (R.chance(0.4)) parts.push(ph(tl, 'new'));
      const m = money(e, 0.035, 0.095, pl.market, pl.shipFrom);
      return {
        ...base('pos.extreme_price', e, pl, { meta }),
        title: join(tl, parts),
        ...m,
        quantity: qty,
        lang: 'any',
        longP: 0.8,
      };
    },

    'pos.weak_cues': () => {
      const e = pick(withMfg);
      const n = R.int(2, 3);
      const cues = R.pickN(['several', 'nobox', 'noreceipt', 'gift', 'today', 'ship'], n);
      const pl = cues.includes('ship') ? outsidePlace(e) : linePlace(e, R.chance(0.4));
      if (!pl) return null;
      const tl = pl.tl;
      const parts = [...bline(e, tl), nounFor(e.l, tl), ph(tl, 'new')];
      for (const c of cues) if (c !== 'ship') parts.push(ph(tl, c));
      const m = money(e, 0.32, 0.58, pl.market, pl.shipFrom);
      return {
        ...base('pos.weak_cues', e, pl, { meta: { cues, weakCues: cues } }),
        title: join(tl, parts),
        ...m,
        quantity: cues.includes('several') ? R.int(3, 12) : R.int(1, 2),
        lang: 'any',
      };
    },

    'pos.product_line_seller_style': () => {
      const e = pick(physical);
      if (ctx.containsOfficial(e.b, e.l.name)) return null;
      const zh = R.chance(0.45);
      const pl = place(zh);
      const tl = pl.tl;
      const opts = [...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? []), e.l.name].filter(
        (s) => !ctx.containsOfficial(e.b, s) && (isZh(tl) || !HAN.test(s)),
      );
      if (!opts.length) return null;
      const parts = [pick(opts), nounFor(e.l, tl), ph(tl, pick(['marker', 'coded', 'oem', 'marker']))];
      if (R.chance(0.3)) parts.push(ph(tl, 'new'));
      const m = money(e, 0.08, 0.5, pl.market, pl.shipFrom);
      return {
        ...base('pos.product_line_seller_style', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: cfQty(),
        lang: zh ? 'zh' : 'en',
      };
    },

    'pos.description_only': () => {
      const e = pick(physical);
      const zh = R.chance(0.3);
      const pl = place(zh);
      const tl = pl.tl;
      const parts = [...bline(e, tl), nounFor(e.l, tl), ph(tl, 'new')];
      const band = R.weighted([
        [[0.74, 0.98], 7],
        [[0.52, 0.7], 2],
        [[1.02, 1.18], 1],
      ]);
      const m = money(e, band[0], band[1], pl.market, pl.shipFrom);
      const dl = descLang(tl);
      return {
        ...base('pos.description_only', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 6),
        lang: zh ? 'zh' : 'en',
        forceDesc: true,
        longP: 0.72,
        insert: pick(ADMIT[dl]),
      };
    },

    'pos.circumvention': () => {
      const e = pick(linesWhere((x) => ['software', 'video-games', 'game-consoles'].includes(x.l.category)));
      const zh = R.chance(0.4);
      const pl = place(zh);
      const tl = pl.tl;
      const c = CIRC[e.l.category][zh ? 'zh' : 'en'];
      const parts = [...bline(e, tl), nounFor(e.l, tl), pick(c)];
      const m = money(e, 0.05, 0.9, pl.market, pl.shipFrom);
      return {
        ...base('pos.circumvention', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 99),
        lang: zh ? 'zh' : 'en',
      };
    },

    'pos.prerelease_disc': () => {
      const b = pick([ctx.brandById.brindlecombe, ctx.brandById['haneul-arc'], ctx.brandById.yanqiao]);
      const w = pick(b.works.filter((x) => x.discReleaseDate > '2027-01-18'));
      const music = b.id === 'haneul-arc';
      const zh = b.id === 'yanqiao';
      const pl = zh
        ? ctx.placeZh()
        : R.chance(0.2) && music
          ? { market: 'ebay', shipFrom: 'KR', tl: 'ko' }
          : ctx.placeEn();
      const tl = pl.tl;
      let title;
      if (zh) {
        const t = HAN.test(w.title) ? w.title : w.title;
        const fmt = pick(['蓝光碟', 'DVD', '高清蓝光', '4K蓝光']);
        title = join(tl, [
          `《${tl === 'zht' ? (w.aliases.find((a) => HAN.test(a)) ?? t) : t}》`,
          fmt,
          pick(['抢先版', '完整版', '现货速发', '上映前发货', '碟片 现货']),
        ]);
      } else if (music) {
        const n = pick([w.title, ...(w.aliases ?? [])]);
        title =
          tl === 'ko'
            ? join(tl, [n, pick(['앨범 CD 선발송', '미니앨범 CD 즉시 발송', 'CD 포토북 선출고'])])
            : join(tl, [
                n,
                pick(['CD album', 'mini album CD', 'photobook ver. CD']),
                pick(['ships now', 'early shipping before release', 'in stock today', 'pre-release copy']),
              ]);
      } else {
        const n = pick([w.title, ...(w.aliases ?? [])]);
        title = join(tl, [
          n,
          pick(['Blu-ray', 'DVD', '4K UHD disc']),
          pick([
            'pre-release disc',
            'ships now',
            'full movie HD',
            'early copy',
            'screener disc',
            'region free, in stock',
          ]),
        ]);
      }
      const m = flat(R.float(6, 26), pl.market, pl.shipFrom);
      return {
        kind: 'pos.prerelease_disc',
        label: 'counterfeit',
        brandId: b.id,
        lineKey: null,
        work: w.title,
        category: music ? 'music' : 'film-tv',
        market: pl.market,
        shipFrom: pl.shipFrom,
        condition: 'new',
        quantity: R.int(1, 50),
        descLang: descLang(tl),
        meta: { cues: [] },
        title,
        ...m,
        lang: 'any',
        family: music ? 'music' : 'film-tv',
      };
    },

    'pos.mixed_language': () => {
      const e = pick(physical);
      const pl = ctx.placeZh();
      const tl = pl.tl;
      const parts = R.chance(0.6)
        ? [...bline(e, tl), e.l.nounZh, pick(MIXED_EN)]
        : [
            ph(tl, 'marker'),
            ...bline(e, tl),
            e.l.nounZh,
            pick(['brand new', 'fast shipping', 'ready stock', 'best price']),
          ];
      const m = money(e, 0.06, 0.45, pl.market, pl.shipFrom);
      return {
        ...base('pos.mixed_language', e, pl),
        title: join('en', parts),
        ...m,
        quantity: cfQty(),
        lang: 'mixed',
        descLang: 'zh',
      };
    },

    // ---------------- legit ----------------
    'neg.plain': () => {
      const e = pick(physical);
      const zh = R.chance(0.82);
      const pl = place(zh);
      const tl = pl.tl;
      const parts = [...bline(e, tl), nounFor(e.l, tl)];
      if (R.chance(0.5)) parts.push(ph(tl, 'new'));
      const m = money(e, 0.82, 1.18, pl.market, pl.shipFrom);
      return {
        ...base('neg.plain', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 8),
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.generic_marker': () => {
      const zh = R.chance(0.38);
      const [t, cat, usd] = pick(zh ? GENERIC_MARKER_ZH : GENERIC_MARKER);
      const pl = place(zh);
      const m = flat(usd, pl.market, pl.shipFrom);
      return {
        ...base('neg.generic_marker', null, pl, { category: cat }),
        title: vary(t, zh),
        ...m,
        quantity: R.int(1, 20),
        lang: zh ? 'zh' : 'en',
        family: cat,
      };
    },
    'neg.nominative': () => {
      const e = pick(
        linesWhere((x) => ACCESSORY[x.b.id] && !['software', 'video-games', 'books'].includes(x.l.category)),
      );
      const zh = R.chance(0.4);
      const pl = place(zh);
      const tl = pl.tl;
      const [accEn, accZh] = pick(ACCESSORY[e.b.id]);
      let title;
      if (isZh(tl)) {
        title = join(tl, [ph(tl, 'fits'), ...bline(e, tl), accZh, ph(tl, 'fitsNo')]);
      } else if (NOUN_LANGS.has(tl)) {
        title = `${accEn} ${ph(tl, 'fits')} ${e.b.name} ${lineLabelFor(e.l, tl)} (${ph(tl, 'fitsNo')})`;
      } else {
        title = `${accEn} ${ph(tl, 'fits')} ${e.b.name} ${lineLabelFor(e.l, tl)} - ${ph(tl, 'fitsNo')}`;
      }
      const m = flat(R.float(3, 45), pl.market, pl.shipFrom);
      return {
        ...base('neg.nominative', e, pl),
        lineKey: null,
        title,
        ...m,
        quantity: R.int(1, 30),
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.common_word_brand': () => {
      const zh = R.chance(0.15);
      const [t, cat, usd, bid] = pick(zh ? COMMON_WORD_ZH : COMMON_WORD);
      const pl = place(zh);
      const m = flat(usd, pl.market, pl.shipFrom);
      return {
        ...base('neg.common_word_brand', null, pl, { category: cat, brandId: bid }),
        title: vary(t, zh),
        ...m,
        quantity: R.int(1, 5),
        condition: /used/.test(t) ? 'used' : 'new',
        lang: zh ? 'zh' : 'en',
        family: cat,
      };
    },
    'neg.authorized_seller': () => {
      const e = pick(physical);
      const s = pick(e.b.sellers);
      const tlOpts = {
        CN: 'zh',
        HK: 'zht',
        TW: 'zht',
        KR: 'ko',
        AT: 'de',
        CH: 'de',
        DE: 'de',
        FR: 'fr',
        PT: 'pt',
        ES: 'es',
        HU: 'hu',
        RO: 'ro',
        UA: 'uk',
        KZ: 'ru',
        SA: 'ar',
        EG: 'ar',
        PH: 'tl',
      };
      const tl = s.market === 'carousell' && s.shipFrom === 'HK' ? 'zht' : (tlOpts[s.shipFrom] ?? 'en');
      const pl = { market: s.market, shipFrom: s.shipFrom, tl };
      const extra = R.chance(0.5);
      const parts = [...bline(e, tl), nounFor(e.l, tl), ph(tl, 'auth')];
      if (extra) parts.push(pick(AUTH_EXTRA[isZh(tl) ? tl : 'en']));
      const m = money(e, extra ? 0.38 : 0.85, extra ? 0.85 : 1.05, pl.market, pl.shipFrom);
      return {
        ...base('neg.authorized_seller', e, pl),
        sellerId: s.id,
        title: join(tl, parts),
        ...m,
        condition: extra && R.chance(0.2) ? 'refurbished' : 'new',
        quantity: R.int(1, 25),
        lang: 'any',
      };
    },
    'neg.second_hand': () => {
      const e = pick(physical);
      const zh = R.chance(0.5);
      const pl = place(zh);
      const tl = pl.tl;
      const rare = R.chance(0.1);
      const parts = [ph(tl, 'used'), ...bline(e, tl), nounFor(e.l, tl), ph(tl, 'usedNote')];
      if (rare) parts.push(pick(RARE[isZh(tl) ? tl : 'en']));
      const m = money(e, rare ? 1.05 : 0.3, rare ? 1.9 : 0.85, pl.market, pl.shipFrom);
      return {
        ...base('neg.second_hand', e, pl),
        title: join(tl, parts),
        ...m,
        condition: R.chance(0.85) ? 'used' : 'refurbished',
        quantity: 1,
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.promotion': () => {
      const e = pick(physical);
      const zh = R.chance(0.6);
      const pl = place(zh);
      const tl = pl.tl;
      const parts = [ph(tl, 'promo'), ...bline(e, tl), nounFor(e.l, tl)];
      if (R.chance(0.4)) parts.push(ph(tl, 'new'));
      const m = money(e, 0.55, 0.88, pl.market, pl.shipFrom);
      return {
        ...base('neg.promotion', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 15),
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.gray_market': () => {
      const e = pick(physical);
      const zh = R.chance(0.62);
      const pl = place(zh);
      const tl = pl.tl;
      const parts = [...bline(e, tl), nounFor(e.l, tl), ph(tl, 'gray')];
      const m = money(e, 0.8, 1.03, pl.market, pl.shipFrom);
      return {
        ...base('neg.gray_market', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 10),
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.negated_marker': () => {
      const e = pick(physical);
      const zh = R.chance(0.55);
      const pl = place(zh);
      const tl = pl.tl;
      const parts = [...bline(e, tl), nounFor(e.l, tl), ph(tl, 'notrep')];
      const m = money(e, 0.62, 1.05, pl.market, pl.shipFrom);
      return {
        ...base('neg.negated_marker', e, pl),
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 5),
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.colour_words': () => {
      const e = pick(withColours);
      const pl = ctx.placeEn();
      const tl = 'en';
      const c = pick(e.l.colours);
      const parts = [e.b.name, lineLabelFor(e.l, tl), c, e.l.noun];
      if (R.chance(0.4)) parts.push(ph(tl, 'new'));
      const m = money(e, 0.82, 1.1, pl.market, pl.shipFrom);
      return {
        ...base('neg.colour_words', e, { ...pl, tl }),
        descLang: 'en',
        title: join(tl, parts),
        ...m,
        quantity: R.int(1, 6),
        lang: 'en',
      };
    },
    'neg.model_codes': () => {
      const zh = R.chance(0.33);
      const [t, cat, usd] = pick(zh ? MODEL_CODES_ZH : MODEL_CODES);
      const pl = place(zh);
      const m = flat(usd, pl.market, pl.shipFrom);
      return {
        ...base('neg.model_codes', null, pl, { category: cat }),
        title: vary(t, zh),
        ...m,
        quantity: R.int(1, 50),
        lang: zh ? 'zh' : 'en',
        family: cat,
      };
    },
    'neg.licensed_repro': () => {
      const mode = R.weighted([
        ['released', 4],
        ['preorder', 3],
        ['merch', 4],
      ]);
      if (mode === 'merch') {
        const e = pick(
          linesWhere(
            (x) =>
              ['hypergryph', 'kuro', 'hybe', 'furyu', '52toys'].includes(x.b.id) &&
              x.l.category !== 'video-games',
          ),
        );
        const zh = R.chance(0.5);
        const pl = place(zh);
        const tl = pl.tl;
        const lic = isZh(tl)
          ? pick(['官方正版授权', '正版周边', '官方授权'])
          : pick(['officially licensed', 'official merchandise', 'licensed product']);
        const m = money(e, 0.85, 1.1, pl.market, pl.shipFrom);
        return {
          ...base('neg.licensed_repro', e, pl),
          title: join(tl, [...bline(e, tl), nounFor(e.l, tl), lic]),
          ...m,
          quantity: R.int(1, 10),
          lang: zh ? 'zh' : 'en',
        };
      }
      const b = pick([ctx.brandById.brindlecombe, ctx.brandById['haneul-arc'], ctx.brandById.yanqiao]);
      const music = b.id === 'haneul-arc';
      const zh = b.id === 'yanqiao';
      const fmt = music ? 'CD album' : pick(['Blu-ray', 'DVD']);
      let w;
      let pl;
      let sellerId = null;
      let title;
      if (mode === 'released') {
        w = pick(b.works.filter((x) => x.discReleaseDate <= '2027-01-18'));
        pl = zh ? ctx.placeZh() : ctx.placeEn();
        title = zh
          ? join(pl.tl, [`《${w.title}》`, pick(['正版蓝光', '官方DVD', '正版碟片']), ph(pl.tl, 'new')])
          : join(pl.tl, [
              pick([w.title, ...(w.aliases ?? [])]),
              fmt,
              pick(['official release', 'sealed', 'retail disc', 'first press']),
            ]);
      } else {
        w = pick(b.works.filter((x) => x.discReleaseDate > '2027-01-18'));
        const s = pick(b.sellers);
        sellerId = s.id;
        const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
        pl = { market: s.market, shipFrom: s.shipFrom, tl: zh ? (s.shipFrom === 'HK' ? 'zht' : 'zh') : 'en' };
        const stated = zh
          ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
          : R.chance(0.5)
            ? w.discReleaseDate
            : d.toLocaleDateString('en-GB', {
                day: 'numeric',
                month: 'long',
                year: 'numeric',
                timeZone: 'UTC',
              });
        title = zh
          ? join(pl.tl, [`《${w.title}》`, '蓝光 预售', `${stated}发行`, pick(['官方预售', '旗舰店预订'])])
          : join('en', [
              w.title,
              fmt,
              'pre-order',
              `release date ${stated}`,
              pick(['official store', 'ships on release day']),
            ]);
      }
      const m = flat(R.float(12, 30), pl.market, pl.shipFrom);
      return {
        kind: 'neg.licensed_repro',
        label: 'legit',
        brandId: b.id,
        lineKey: null,
        work: w.title,
        category: music ? 'music' : 'film-tv',
        market: pl.market,
        shipFrom: pl.shipFrom,
        sellerId,
        condition: 'new',
        quantity: R.int(1, 20),
        descLang: descLang(pl.tl),
        meta: { cues: [] },
        title,
        ...m,
        lang: 'any',
        family: music ? 'music' : 'film-tv',
      };
    },
    'neg.used_console': () => {
      const zh = R.chance(0.2);
      const pl = place(zh);
      const tl = pl.tl;
      let e = null;
      let name;
      let usd;
      if (R.chance(0.55)) {
        e = pick(linesWhere((x) => x.l.category === 'game-consoles'));
        name = `${brandLabel(e.b, tl)} ${lineLabelFor(e.l, tl)}`;
        usd = e.retail * R.float(0.4, 0.8);
      } else {
        [name, usd] = pick(OTHER_CONSOLES);
        usd *= R.float(0.7, 1.3);
      }
      const title = isZh(tl)
        ? join(tl, [
            tl === 'zh' ? '二手' : '二手',
            name,
            pick(
              tl === 'zh'
                ? ['未改机 已恢复出厂 无游戏', '原装系统 没刷机', '未拆修 卡槽空 不含游戏']
                : ['未改機 已重置', '原裝系統 無遊戲'],
            ),
          ])
        : join('en', [
            pick(['Used', 'Pre-owned', '']),
            name,
            pick([
              'unmodified, stock firmware',
              'reset, no games included',
              'original shell, no mods',
              'SD slot empty, no ROMs',
              'works, default settings restored',
            ]),
          ]);
      const cur = currencyFor(pl.market, pl.shipFrom);
      return {
        kind: 'neg.used_console',
        label: 'legit',
        brandId: e?.b.id ?? null,
        lineKey: e?.l.key ?? null,
        work: null,
        category: 'game-consoles',
        market: pl.market,
        shipFrom: pl.shipFrom,
        condition: 'used',
        quantity: 1,
        descLang: descLang(tl),
        meta: { cues: [] },
        title,
        currency: cur,
        price: priceAt(usd, 1, cur, R),
        lang: zh ? 'zh' : 'en',
      };
    },
    'neg.cheap_unbranded': () => {
      const zh = R.chance(0.45);
      const [t, cat, usd] = pick(zh ? CHEAP_ZH : CHEAP);
      const pl = place(zh);
      const m = flat(usd, pl.market, pl.shipFrom);
      return {
        ...base('neg.cheap_unbranded', null, pl, { category: cat }),
        title: vary(t, zh),
        ...m,
        quantity: R.int(1, 100),
        lang: zh ? 'zh' : 'en',
        family: cat,
      };
    },
  };
  return G;
}
