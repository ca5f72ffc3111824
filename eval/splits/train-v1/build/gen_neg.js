// Generators for legit kinds.
'use strict';
const { R } = require('./lib');
const G = require('./genutil');
const { anyItem, bEn, bZh, colour, caseVar, join, zjoin, clip, BR, snEn, snAny, cat2, grp, isAscii } = G;

const langPick = (pz = 0.35, pm = 0.05) => R.wpick([['en', 1 - pz - pm], ['zh', pz], ['mixed', pm]]);
const ZOK = ['正品', '官方', '专柜同步', '新款', '顺丰包邮', '送礼', '现货', '全国联保', '七天无理由', '正品保障'];
const USED_MKT_EN = ['eBay', 'eBay', 'Mercari', 'Vinted', 'Depop', 'Grailed', 'Poshmark', 'Facebook Marketplace', 'Carousell'];
const USED_MKT_ZH = ['Xianyu', 'Xianyu', '闲鱼', 'Xianyu'];
const r = (a, b) => () => R.real(a, b);

function introEn(it, br) {
  return R.pick([`${br} ${it.en}.`, `Genuine ${br} ${it.en}${colour(it) ? ' in ' + colour(it) : ''}.`, `Item: ${br} ${it.en}`, `Selling a ${br} ${it.en}.`]);
}
function introZh(it, br) {
  return R.pick([`${cat2(br, it.zh)}。`, `【品牌】${br}\n【商品】${it.zh}`, `本店出售${cat2(br, it.zh)}，${R.pick(['正品', '全新', '实拍'])}。`]);
}
const N = {};

// unbranded goods: [en, zh, usd, cat en, cat zh]
const UNB = [
  ['Women\'s Small Crossbody Bag PU Leather Shoulder Purse with Adjustable Strap', '女士斜挎包 PU皮 小方包 百搭单肩包', 18, 'Women > Bags > Crossbody', '箱包/女包'],
  ['Men\'s Running Shoes Lightweight Breathable Mesh Sneakers', '男士跑步鞋 轻便透气 网面运动鞋', 32, 'Men > Shoes > Athletic', '运动鞋/跑步鞋'],
  ['Stainless Steel Insulated Water Bottle 750ml Leakproof', '不锈钢保温杯 750ml 大容量 防漏', 16, 'Home & Kitchen > Drinkware', '家居/水杯'],
  ['Wireless Earbuds Bluetooth 5.3 with Charging Case', '蓝牙耳机 无线 5.3 运动 超长续航', 19, 'Electronics > Headphones', '影音/耳机'],
  ['Quartz Analog Wrist Watch Leather Band Minimalist', '简约石英表 皮表带 学生手表', 14, 'Watches > Wristwatches', '手表/石英表'],
  ['925 Sterling Silver Heart Pendant Necklace 18"', 'S925银 爱心吊坠项链 锁骨链', 25, 'Jewelry > Necklaces', '饰品/项链'],
  ['Polarized Sunglasses UV400 Square Frame Unisex', '偏光太阳镜 UV400 方框 男女同款', 12, 'Accessories > Sunglasses', '眼镜/太阳镜'],
  ['Men\'s Cotton Hoodie Pullover Heavyweight Fleece', '男士纯棉卫衣 加绒加厚 连帽套头', 28, 'Men > Hoodies', '男装/卫衣'],
  ['Packable Down Jacket Women Lightweight Puffer Coat', '轻薄羽绒服 女 短款 可收纳', 45, 'Women > Coats', '女装/羽绒服'],
  ['USB-C 65W GaN Fast Charger 3-Port', '65W 氮化镓 充电器 三口 快充头', 22, 'Electronics > Chargers', '数码配件/充电器'],
  ['20000mAh Portable Power Bank USB-C PD', '20000毫安 充电宝 PD快充 大容量', 24, 'Electronics > Power Banks', '手机配件/移动电源'],
  ['Building Blocks Set 1200 pcs City Street', '积木拼装 城市街景 1200颗粒 益智玩具', 29, 'Toys > Building Toys', '玩具/积木'],
  ['Plush Bunny Keychain Soft Toy 12cm', '毛绒兔子挂件 钥匙扣 12cm 可爱', 6, 'Toys > Plush', '玩具/毛绒玩具'],
  ['Hyaluronic Acid Serum 30ml Hydrating', '玻尿酸精华液 30ml 补水保湿', 9, 'Beauty > Skin Care', '美妆/精华'],
  ['Matte Lipstick Set 6 Colors Long Lasting', '哑光口红套装 6支 不掉色', 11, 'Beauty > Lips', '彩妆/口红'],
  ['Cordless Drill Driver 20V with 2 Batteries and Bit Set', '锂电钻 20V 双电 手电钻 家用套装', 55, 'Tools > Power Tools', '五金/电钻'],
  ['Digital Air Fryer 5.5L Nonstick Basket', '空气炸锅 5.5L 家用 大容量 可视', 49, 'Kitchen > Air Fryers', '厨房电器/空气炸锅'],
  ['Personal Blender 600W Smoothie Maker with 2 Cups', '便携榨汁机 600W 家用 料理杯', 27, 'Kitchen > Blenders', '厨房电器/榨汁机'],
  ['Ionic Hair Dryer 1800W with Diffuser Nozzle', '负离子吹风机 1800W 家用 大功率', 23, 'Beauty > Hair Dryers', '个护电器/吹风机'],
  ['Cordless Stick Vacuum 25kPa Lightweight', '无线吸尘器 手持 25kPa 大吸力', 89, 'Home > Vacuums', '生活电器/吸尘器'],
  ['All-Season Tire 205/55R16 91V', '205/55R16 全季节轮胎', 68, 'Automotive > Tires', '汽车用品/轮胎'],
  ['Beam Wiper Blades 24"+18" Set', '无骨雨刮片 24+18寸 一对', 14, 'Automotive > Wipers', '汽车用品/雨刮'],
  ['Canvas Tote Bag Large Shopping Bag Plain', '帆布包 大容量 纯色 托特包 学生', 8, 'Bags > Totes', '箱包/帆布包'],
  ['Card Holder Slim Wallet Genuine Leather RFID', '真皮卡包 超薄 防消磁 多卡位', 15, 'Wallets > Card Cases', '箱包/卡包'],
  ['Canvas High Top Sneakers Classic Lace Up', '高帮帆布鞋 经典款 学生 百搭', 22, 'Shoes > Sneakers', '鞋/帆布鞋'],
  ['Kids Handheld Game Console 3.5" Screen, built-in puzzle games', '儿童掌上游戏机 3.5寸屏 可充电 益智', 25, 'Toys > Electronic', '玩具/掌机'],
  ['Badminton Racket Carbon Fiber Pair with Bag', '羽毛球拍 全碳素 双拍 送球包', 30, 'Sports > Badminton', '运动/羽毛球拍'],
  ['Eau de Parfum 50ml Floral Woody (our own brand)', '自有品牌 淡香水 50ml 花香木质调', 20, 'Beauty > Fragrance', '美妆/香水'],
  ['Phone Tripod Stand with Bluetooth Remote', '手机三脚架 蓝牙遥控 自拍杆', 13, 'Camera > Tripods', '数码配件/三脚架'],
  ['Mini Drone with 1080p Camera for Beginners', '入门级 航拍小飞机 1080P 折叠', 45, 'Toys > RC', '玩具/遥控飞机'],
  ['Resin Sports Watch Digital Alarm Stopwatch 50m', '电子表 运动防水 50米 学生表', 9, 'Watches > Digital', '手表/电子表'],
  ['Hiking Backpack 30L Water Resistant', '登山包 30L 防泼水 户外双肩包', 26, 'Outdoor > Backpacks', '户外/双肩包'],
  ['Rain Jacket Men Waterproof Hooded Shell', '冲锋衣 男 防风防水 单层 户外', 39, 'Outdoor > Jackets', '户外/冲锋衣'],
  ['Pique Polo Shirt Men Short Sleeve Cotton', '男士短袖POLO衫 纯棉 珠地', 16, 'Men > Polos', '男装/POLO衫'],
  ['Bamboo Cutting Board Set of 3', '竹砧板 三件套 家用', 19, 'Kitchen > Cutting Boards', '厨具/砧板'],
  ['Silicone Ice Cream Molds 6 pcs', '硅胶冰淇淋模具 6个装', 7, 'Kitchen > Bakeware', '厨具/模具'],
  ['Ceramic Dinner Plates Set of 4, 26cm Matte Glaze', '陶瓷餐盘 4个装 26cm 哑光', 34, 'Home > Dinnerware', '家居/餐具'],
  ['Bike Tyre 700x25c Folding Road Tire', '公路车外胎 700x25c 折叠胎', 18, 'Cycling > Tires', '自行车/外胎'],
  ['Magnetic Phone Mount for Car Dashboard', '车载手机支架 磁吸 出风口', 11, 'Car Accessories', '汽车用品/手机支架'],
  ['Wool Beanie Hat Unisex Ribbed Knit', '针织毛线帽 男女 冬季 保暖', 9, 'Accessories > Hats', '配饰/帽子'],
];

// ---------------- plain
N['neg.plain'] = () => {
  const lang = langPick(0.38, 0.04);
  if (R.chance(0.55)) {
    const it = anyItem(); const br = lang === 'en' ? bEn(it) : bZh(it);
    let title;
    if (lang === 'en') {
      const sn = snEn(it);
      title = R.pick([
        () => `${br} ${it.en}${colour(it) ? ', ' + colour(it) : ''}`,
        () => `${br} ${it.en}${colour(it) ? ' - ' + colour(it) : ''}${it.sz === 'shoe' ? ' - Size ' + R.pick(['8', '9', '10', '42', '43', 'UK 7', '38']) : ''}`,
        () => `${br} ${it.en}${sn && !it.en.includes(sn) ? ' ' + sn : ''}`,
        () => `NEW ${br} ${it.en}`,
        () => `${br} ${it.en} ${R.pick(['(Latest Model)', '| Free Delivery', '- UK Stock', '- US Seller', ''])}`,
      ])();
    } else { title = zjoin([cat2(br, it.zh), R.pick(ZOK), R.chance(0.4) ? colour(it) : '']); if (lang === 'mixed') title += ' ' + R.pick(['new', 'genuine', 'in stock']); }
    return { lang, it, title: clip(title), usd: it.usd * R.real(0.95, 1.08), shortDesc: R.chance(0.5) ? (lang === 'en' ? R.pick(['Brand new in box.', 'Ships within 1 business day.', 'Sealed, with receipt and warranty.', 'In stock, free returns.']) : R.pick(['全新正品 支持专柜验货', '现货 下单即发', '全国联保 开发票'])) : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: 'new' };
  }
  const u = R.pick(UNB);
  const title = lang === 'en' ? caseVar(u[0]) : (lang === 'zh' ? u[1] : u[1] + ' ' + R.pick(['new', 'free shipping', 'hot sale']));
  const it = { lc: 'generic', spec: false, cat: [u[3], u[4]] };
  return { lang, it, title, usd: u[2] * R.real(0.8, 1.4), shortDesc: R.chance(0.5) ? (lang === 'en' ? R.pick(['Great value.', 'Ships from local warehouse.', 'Multiple colours available.', '30-day returns.']) : R.pick(['多色可选', '质量保证', '包邮', '现货速发'])) : null, intro: lang === 'en' ? u[0] + '.' : u[1] + '。', cue: null, condition: 'new' };
};

// ---------------- generic marker-looking words, no brand: [title fn, price fn]
const GM_EN = [
  [() => `1:${R.pick(['18', '24', '43', '64'])} scale ${R.pick(['diecast model', 'resin model', 'model kit'])} ${R.pick(['1960s city bus', 'vintage tractor', 'steam locomotive', 'fire engine', 'WWII jeep'])}${R.pick([' (unbranded)', '', ' collectors'])}`, r(12, 60)],
  [() => `AAA batteries ${R.pick(['24', '48', '12', '36'])} pack alkaline 1.5V`, r(6, 20)],
  [() => `Rechargeable AAA NiMH batteries 1100mAh ${R.pick(['8 pack', '4 pcs', 'with charger'])}`, r(9, 25)],
  [() => `AAA grade ${R.pick(['Akoya pearl strand 7-7.5mm', 'freshwater pearl studs', 'natural amethyst beads 8mm'])}`, r(25, 320)],
  [() => `Type A ${R.pick(['to Type C adapter', 'plug travel adapter (US/Japan)', 'USB cable 2m', 'GFCI outlet'])}`, r(4, 25)],
  [() => `${R.pick(['Grade A', 'Grade AA', 'Grade AAA'])} ${R.pick(['maple syrup 500ml', 'teak wood slab', 'Madagascar vanilla beans 10pcs', 'pine lumber 2x4 8ft'])}`, r(8, 90)],
  [() => `Mirror finish stainless steel ${R.pick(['tray', 'sheet 1mm', 'cufflinks', 'cake stand', 'bathroom shelf'])}`, r(9, 45)],
  [() => `${R.pick(['Clone trooper style', 'Space soldier', 'Toy soldier'])} action figure 6" ${R.pick(['kids toy', 'unpainted', 'articulated'])}`, r(6, 22)],
  [() => `Replica ${R.pick(['Roman denarius coin', 'Viking longship model', 'Egyptian scarab amulet', 'Greek amphora', 'medieval sword (display)', 'Ming dynasty vase'])} — ${R.pick(['museum shop reproduction', 'historical replica', 'educational replica', 'display only'])}`, r(12, 140)],
  [() => `${R.pick(['1.1 mm', '0.88mm', '0.71 mm'])} guitar picks ${R.pick(['12 pack', 'celluloid assorted', 'nylon'])}`, r(3, 9)],
  [() => `Copy paper A4 80gsm ${R.pick(['500 sheets', '5 reams', 'box of 2500'])}`, r(6, 35)],
  [() => `${R.pick(['Faux', 'Fake', 'Artificial'])} ${R.pick(['fur throw blanket 130x160', 'plants in pot 60cm', 'flowers bouquet peony', 'snow for Christmas village', 'grass mat 1x2m'])}`, r(8, 60)],
  [() => `Top grade ceremonial ${R.pick(['matcha 30g', 'Longjing green tea 250g', 'oolong tea 100g'])}`, r(12, 45)],
  [() => `Super clone ${R.pick(['hard drive duplicator dock (2-bay SATA)', 'SSD cloning adapter'])}`, r(20, 45)],
  [() => `${R.pick(['A4', 'A3', 'A5'])} ${R.pick(['sketchbook', 'laminator', 'display frame', 'cutting mat'])}`, r(5, 40)],
  [() => `Key blanks ${R.pick(['KW1', 'SC1'])} for duplicating house keys, ${R.pick(['10 pcs', 'brass'])}`, r(5, 14)],
  [() => `Mirror ${R.pick(['wall mirror round 60cm', 'vanity mirror LED', 'car blind spot mirror 2pcs'])}`, r(8, 70)],
  [() => `Knock-down furniture fittings ${R.pick(['50 pcs', 'cam lock set 20pcs', 'zinc alloy'])}`, r(5, 15)],
  [() => `Original ${R.pick(['watercolour painting on paper, signed by the artist', 'oil painting 40x50 by local artist', 'handmade pottery mug'])}`, r(25, 260)],
  [() => `Fake ${R.pick(['eyelashes natural look 10 pairs', 'nails press-on 24 pcs', 'tattoo sleeves 6 pack', 'blood Halloween 60ml'])}`, r(3, 12)],
];
const GM_ZH = [
  [() => `1:1 ${R.pick(['环氧树脂AB胶 配比', '比例 水性漆 稀释剂', '配比 硅胶模具胶'])} ${R.pick(['500g', '1kg', '套装'])}`, r(5, 15)],
  [() => `高仿真${R.pick(['绿植盆栽', '假花 牡丹', '仿真草坪', '水果模型', '仿真蛋糕模型'])} ${R.pick(['客厅装饰', '摆件', '婚庆布置'])}`, r(3, 40)],
  [() => `A货架 ${R.pick(['仓储货架 重型', '展示架 超市', '角钢货架 四层'])}`, r(25, 80)],
  [() => `${R.pick(['A级', 'AA级', 'AAA级'])}${R.pick(['土鸡蛋 30枚', '新疆红枣 1kg', '东北大米 10斤', '橡木板材 定制'])}`, r(5, 30)],
  [() => `AAA${R.pick(['7号电池 碱性 20粒', '号电池 充电电池 8节'])}`, r(2, 8)],
  [() => `复刻版 ${R.pick(['老式搪瓷杯 带盖', '八十年代 铁皮青蛙 发条玩具', '民国风 台灯', '怀旧 军绿水壶', '老上海 月份牌 海报'])}`, r(3, 25)],
  [() => `仿古 ${R.pick(['青花瓷 花瓶 摆件', '铜钱 工艺品', '木窗花 装饰', '字画 装裱'])}`, r(5, 40)],
  [() => `仿皮 ${R.pick(['PU沙发套', '汽车座套', '笔记本 封面'])}`, r(8, 45)],
  [() => `仿真${R.pick(['人体模型 美术 素描', '动物模型 儿童认知', '食品模型 餐厅展示'])}`, r(4, 40)],
  [() => `镜面${R.pick(['不锈钢板 304 1mm', '抛光 托盘', '亚克力板 2mm'])}`, r(4, 25)],
  [() => `A4复印纸 ${R.pick(['70g 500张', '80g 一箱五包'])}`, r(3, 20)],
  [() => `1比1 ${R.pick(['人体模特 服装展示', '等比例 还原 古建筑模型'])}`, r(20, 80)],
  [() => `博物馆文创 ${R.pick(['复制品 青铜器 摆件', '复刻 金缕玉衣 冰箱贴', '仿制 秦俑 小摆件'])}`, r(3, 30)],
  [() => `${R.pick(['精仿', '高仿真'])}${R.pick(['绢花 插花', '绿萝 垂吊', '竹子 造景'])} 室内装饰`, r(3, 20)],
];
N['neg.generic_marker'] = () => {
  const lang = langPick(0.4, 0.04);
  const [fn, pf] = lang === 'en' ? R.pick(GM_EN) : R.pick(GM_ZH);
  const title = fn() + (lang === 'mixed' ? ' ' + R.pick(['free shipping', 'hot sale', 'wholesale']) : '');
  const it = { lc: 'generic', spec: false, cat: R.pick([['Home & Garden > Decor', '家居/装饰摆件'], ['Collectibles', '收藏/工艺品'], ['Office Supplies', '办公用品'], ['Home Improvement', '五金建材'], ['Crafts', '手工DIY']]) };
  return { lang, it, title: title.replace(/\s+/g, ' ').trim(), usd: pf(), shortDesc: R.chance(0.4) ? (lang === 'en' ? R.pick(['No brand.', 'Generic item as pictured.', 'Made by our workshop.', 'Ships in 2 days.']) : R.pick(['无品牌', '如图', '工厂自产', '量大优惠'])) : null, intro: lang === 'en' ? title + '.' : title + '。', cue: null, condition: 'new' };
};

// ---------------- nominative use (fits / compatible with)
const NOM = {
  watch: { en: ['replacement strap', '20mm rubber strap', 'watch protective film', 'watch winder box', 'NATO strap'], zh: ['替换表带 橡胶', '手表保护膜', '表带 20mm', '摇表器'] },
  smartwatch: { en: ['replacement band', 'screen protector 3 pack', 'charging cable', 'bumper case'], zh: ['替换表带', '钢化膜', '充电线', '保护壳'] },
  bag: { en: ['bag organizer insert', 'replacement crossbody strap', 'bag base shaper', 'purse hanger'], zh: ['包中包 内胆', '替换肩带', '包底 定型', '挂包钩'] },
  shoe: { en: ['replacement laces', 'crease protectors', 'sole protector film', 'suede cleaning kit', 'shoe trees'], zh: ['替换鞋带', '防皱鞋撑', '鞋底贴 防磨', '麂皮清洁套装'] },
  phone: { en: ['protective case', 'tempered glass screen protector', 'camera lens protector', 'silicone cover'], zh: ['保护壳', '钢化膜', '镜头膜', '硅胶套'] },
  audio: { en: ['replacement ear pads', 'silicone case', 'carrying case', 'USB-C charging cable', 'replacement ear tips'], zh: ['替换耳罩', '硅胶保护套', '收纳包', '充电线', '替换耳塞套'] },
  camera: { en: ['lens hood', 'UV filter', 'lens cap', 'camera cage', 'screen protector'], zh: ['遮光罩', 'UV镜', '镜头盖', '兔笼', '屏幕膜'] },
  drone: { en: ['propellers 4 pairs', 'ND filter set', 'carrying case', 'landing gear'], zh: ['桨叶 4对', 'ND滤镜套装', '收纳包', '增高脚架'] },
  console: { en: ['carrying case', 'grip case', 'charging dock (third-party)', 'thumb grips', 'screen protector'], zh: ['收纳包', '手柄握把', '充电座 第三方', '摇杆帽', '钢化膜'] },
  tool: { en: ['battery adapter', 'replacement battery (aftermarket)', 'tool mount wall bracket', 'charger (third-party)', 'belt clip'], zh: ['电池转接头', '替换电池 副厂', '挂墙收纳架', '充电器 副厂'] },
  tyre: { en: ['valve caps', 'wheel nut set', 'tyre pressure sensor', 'tyre shine spray'], zh: ['气门嘴帽', '轮胎螺丝', '胎压传感器', '轮胎蜡'] },
  autopart: { en: ['wiper blade (cross-reference)', 'spark plug equivalent', 'replacement refill rubber'], zh: ['雨刮 替代型号', '火花塞 替代', '替换胶条'] },
  fragrance: { en: ['travel atomizer 5ml', 'refillable perfume bottle', 'perfume display stand'], zh: ['分装瓶 5ml', '便携喷瓶', '香水展示架'] },
  cosmetics: { en: ['powder puff 3 pack', 'makeup brush', 'travel makeup bag', 'lipstick case'], zh: ['粉扑 3个装', '化妆刷', '化妆包', '口红收纳盒'] },
  toy: { en: ['acrylic display case', 'LED light kit', 'wall mount', 'dust cover'], zh: ['亚克力展示盒', '灯光套件', '壁挂支架', '防尘罩'] },
  home: { en: ['replacement containers', 'recipe book', 'replacement blade assembly', 'storage stand', 'silicone liners'], zh: ['替换杯', '食谱书', '替换刀组', '收纳架', '硅胶垫'] },
  clean: { en: ['replacement filter', 'spare brush roll', 'wall mount', 'storage stand', 'attachment organiser'], zh: ['替换滤网', '替换滚刷', '壁挂架', '收纳架', '配件收纳盒'] },
  jewel: { en: ['jewellery cleaning cloth', 'chain extender', 'jewellery box'], zh: ['首饰清洁布', '延长链', '首饰盒'] },
  eyewear: { en: ['replacement lenses', 'nose pads', 'hard case', 'cleaning kit'], zh: ['替换镜片', '鼻托', '眼镜盒', '清洁套装'] },
};
const nomGroup = (it) => {
  const cz = it.cat.join(' ');
  if (it.lc === 'watches') return /Smartwatch|智能/.test(cz) ? 'smartwatch' : 'watch';
  if (it.lc === 'cameras') return /Drone|无人机/.test(cz) ? 'drone' : 'camera';
  if (it.lc === 'home-appliances') return 'clean';
  return ({ handbags: 'bag', 'small-leather-goods': 'bag', shoes: 'shoe', phones: 'phone', audio: 'audio', 'phone-accessories': 'phone', 'camera-lenses': 'camera', batteries: 'camera', 'game-consoles': 'console', tools: 'tool', tyres: 'tyre', 'auto-parts': 'autopart', bicycles: 'tyre', cosmetics: 'cosmetics', fragrance: 'fragrance', toys: 'toy', kitchenware: 'home', 'home-appliances': 'home', jewellery: 'jewel', eyewear: 'eyewear' })[it.lc];
};
N['neg.nominative'] = () => {
  const it = anyItem((x) => nomGroup(x) && x.b !== 'pop-mart'); const g = NOM[nomGroup(it)]; const lang = langPick(0.38, 0.05);
  const prod = it.ln && isAscii(it.ln) ? it.ln : it.en; const br = it.be; const sn = snEn(it) || prod;
  let title;
  if (lang === 'en') {
    const acc = R.pick(g.en);
    title = R.pick([
      () => `${acc} for ${br} ${prod}`,
      () => `${acc} compatible with ${br} ${sn}`,
      () => `Fits ${br} ${prod} - ${acc} (third-party, not made by ${br})`,
      () => `${acc} for use with ${br} ${prod}`,
      () => `${R.pick(['Aftermarket', 'Generic', 'Third-party', 'Non-OEM'])} ${acc} - fits ${br} ${sn}`,
      () => `${acc} replacement for ${br} ${prod}${R.chance(0.5) ? ' (not original)' : ''}`,
    ])();
    if (nomGroup(it) === 'autopart') title = `${acc} - cross-reference ${br} ${sn}`;
  } else {
    const acc = R.pick(g.zh); const zp = it.zh.split(' ')[0];
    title = R.pick([
      () => `适用于${it.bz}${cat2('', zp)} ${acc}`,
      () => `${acc} 适用 ${it.be} ${sn} 非原厂`,
      () => `兼容${it.bz} ${sn} ${acc}`,
      () => `${acc} 替换 ${it.bz} ${zp} 第三方配件`,
      () => `${it.bz}${zp}专用 ${acc} 非原装`,
    ])();
    if (lang === 'mixed') title += ' ' + R.pick(['compatible', 'third-party', 'fits']);
  }
  const nit = { lc: 'generic', spec: false, cat: [it.cat[0] + ' > Accessories', it.cat[1].split('/')[0] + '/配件'] };
  const cue = lang === 'en' ? R.pick([`This is an aftermarket accessory. ${br} is a trademark of its owner and is used only to describe compatibility.`, 'Not affiliated with or endorsed by the manufacturer.', 'Brand names are for compatibility reference only.', 'Generic product, no logo.']) : R.pick(['本品为第三方配件，非原厂产品，品牌名称仅用于说明适用型号。', '非原装 兼容款', '不带任何品牌logo']);
  const pr = { tyre: [5, 60], autopart: [6, 30], watch: [8, 45], home: [10, 45], clean: [8, 35], toy: [25, 160], drone: [9, 45], tool: [15, 70] }[nomGroup(it)] || [4, 35];
  return { lang, it: nit, title: clip(title.replace(/\s+/g, ' ').trim()), usd: R.real(pr[0], pr[1]), shortDesc: R.chance(0.6) ? cue : null, intro: lang === 'en' ? title + '.' : title + '。', cue, condition: 'new' };
};

// ---------------- brand name / line name used as an ordinary word: [title, usd, cat]
const CW_EN = [
  ['Tudor history: The Six Wives of Henry VIII (paperback)', 9, 'Books'], ['Tudor rose embroidered iron-on patch', 5, 'Crafts > Patches'], ['Tudor style dollhouse kit 1:12', 65, 'Dolls & Bears > Dollhouses'], ['Mock Tudor house number plaque, cast iron', 28, 'Home & Garden'],
  ['Pachelbel Canon in D sheet music for piano', 6, 'Music > Sheet Music'], ['Canon law handbook (2nd edition)', 38, 'Books > Religion'], ['The Sherlock Holmes canon - complete boxed set', 45, 'Books'], ['Canon in D for violin duet - printed score', 8, 'Music > Sheet Music'],
  ['How to Converse in Spanish - phrasebook with audio', 14, 'Books > Language'], ['Milwaukee Wisconsin travel guide 2026', 16, 'Books > Travel'], ['Milwaukee-style frozen custard mix 1kg', 12, 'Grocery'], ['Vintage Milwaukee city map print 1920', 30, 'Art > Prints'],
  ['Kids ninja costume with foam star and mask, size 6-8', 22, 'Costumes'], ['Ninja star foam toy 10 pack', 9, 'Toys'], ['Ninja warrior obstacle course kit backyard', 89, 'Outdoor Toys'], ['Ninja-themed birthday party decorations', 15, 'Party Supplies'],
  ['Shark plush toy 100cm giant stuffed', 32, 'Toys > Plush'], ['Shark tooth necklace fossil pendant', 18, 'Jewelry > Fashion'], ['Shark Week t-shirt kids', 14, 'Kids > Clothing'], ['Shark fin swim cap for kids', 11, 'Sports > Swimming'],
  ['Continental breakfast tray with folding legs', 26, 'Home > Serving'], ['Continental quilt 13.5 tog double duvet', 32, 'Home > Bedding'], ['Continental European plug adapter 2-pin', 7, 'Electronics > Adapters'], ['The Continental Congress: a history (hardcover)', 24, 'Books'],
  ['The North Face of the Eiger - mountaineering memoir', 15, 'Books > Sport'], ['Kestrel nest box for garden (wooden)', 45, 'Garden > Birds'], ['Kestrel bird of prey art print A3', 22, 'Art'], ['Tiffany style stained glass table lamp, dragonfly', 120, 'Home > Lighting'],
  ['Tiffany chairs for events, white resin, set of 10', 320, 'Event Supplies'], ['Baguette pan perforated 3 loaves', 15, 'Kitchen > Bakeware'], ['Baguette cut diamond eternity band 14k (no brand)', 690, 'Jewelry > Rings'], ['Portable cassette tape player, retro, with earphones (generic)', 25, 'Electronics > Audio'],
  ['Hourglass sand timer 30 minutes, wooden', 18, 'Home > Decor'], ['Nautilus shell fossil specimen 5cm', 22, 'Collectibles > Fossils'], ['Alhambra Granada tile coasters, Moorish pattern set of 4', 24, 'Home > Kitchen'], ['Alhambra palace guided tour skip-the-line voucher', 60, 'Travel'],
  ['Royal oak sapling for planting, 2 ft', 19, 'Garden > Trees'], ['Molly fish live aquarium black, 3 pcs', 12, 'Pet Supplies > Fish'], ['Yerba mate gourd and bombilla set', 21, 'Kitchen'], ['Galaxy star projector night light', 28, 'Home > Lighting'],
  ['Galaxy print leggings women', 19, 'Women > Activewear'], ['Network switch 8 port gigabit unmanaged', 24, 'Computers > Networking'], ['Light switch cover plate, brushed brass', 9, 'Home Improvement'], ['Pilot\'s logbook for student pilots', 16, 'Books > Aviation'],
  ['Radar speed sign for residential streets', 890, 'Industrial'], ['Denali National Park poster 18x24', 18, 'Art > Posters'], ['Speed bag for boxing, leather', 29, 'Sports > Boxing'], ['Atom model kit for chemistry class', 17, 'Education'],
  ['Betta fish tank 5 gallon starter kit', 45, 'Pet Supplies'], ['Tiger plush toy realistic 40cm', 26, 'Toys > Plush'], ['Speed reading workbook', 12, 'Books'], ['Track lighting kit 4 heads, black', 59, 'Home > Lighting'],
  ['Cassette adapter for car stereo (aux)', 8, 'Car Electronics'], ['Pouch for coins, zipper, set of 3', 7, 'Accessories'], ['Mate tea organic 500g', 11, 'Grocery'], ['Polo mallet for players, bamboo 52"', 95, 'Sports > Polo'],
];
const CW_ZH = [
  ['东北黄小米 5斤 新米 小米粥 月子米', 7, '粮油/杂粮'], ['小米椒 新鲜 朝天椒 500g', 2, '生鲜/蔬菜'], ['小米辣 剁椒酱 下饭 瓶装', 3, '调味品'], ['沁州黄小米 礼盒装 2.5kg', 12, '粮油/杂粮'],
  ['博士服 学位服 毕业礼服 博士帽 全套', 22, '服装/学位服'], ['博士帽 毕业季 拍照道具', 4, '节庆用品'], ['博士论文 写作指南（书）', 8, '图书/学术'], ['博士后 申请攻略 电子书', 3, '图书'],
  ['鲨鱼夹 大号 抓夹 头饰 女', 1.5, '饰品/发饰'], ['鲨鱼裤 打底裤 女 外穿', 6, '女装/打底裤'], ['鲨鱼公仔 毛绒玩具 大号 抱枕', 9, '玩具/毛绒'], ['鲨鱼拖鞋 EVA 厚底', 5, '鞋/拖鞋'],
  ['忍者 cosplay 服装 儿童 万圣节', 10, '服装/cos'], ['忍者镖 泡沫玩具 儿童', 2, '玩具'], ['鳄鱼夹 电工 测试夹 红黑 10对', 1.3, '五金/电工'], ['鳄鱼 毛绒玩具 长款 抱枕', 8, '玩具/毛绒'],
  ['北面 朝北 阳台 耐阴 绿植 推荐', 6, '花卉/绿植'], ['虎年 老虎 公仔 毛绒', 5, '玩具/毛绒'], ['法棍 面包 早餐 300g', 1.8, '食品/面包'], ['沙漏 计时器 30分钟 木质', 3, '家居/摆件'],
  ['鹦鹉螺 化石 标本 摆件', 6, '收藏/化石'], ['橡树 苗 庭院 绿化', 4, '园艺/苗木'], ['银河 星空投影灯 卧室', 8, '家居/灯具'], ['交换机 8口 千兆', 14, '网络设备/交换机'],
  ['开关面板 86型 一开单控', 1, '电工/开关'], ['马黛茶 阿根廷 500g', 9, '茶/花草茶'], ['磁带 随身听 复古 录音机', 12, '影音/播放器'], ['轨道灯 射灯 服装店', 6, '灯具/射灯'],
  ['大陆架 地理 科普 图书', 5, '图书/科普'], ['小红花 贴纸 奖励 幼儿园', 1, '文具/贴纸'],
];
N['neg.common_word_brand'] = () => {
  const lang = R.wpick([['en', 0.58], ['zh', 0.38], ['mixed', 0.04]]);
  const c = lang === 'en' ? R.pick(CW_EN) : R.pick(CW_ZH);
  const title = lang === 'en' ? caseVar(c[0]) : c[0] + (lang === 'mixed' ? ' ' + R.pick(['new', 'hot sale', 'free shipping']) : '');
  const it = { lc: 'generic', spec: false, cat: [c[2], c[2]] };
  return { lang, it, title, usd: c[1] * R.real(0.8, 1.3), shortDesc: R.chance(0.4) ? (lang === 'en' ? R.pick(['As pictured.', 'Fast dispatch.', 'Great gift.', 'Handmade in our studio.']) : R.pick(['如图', '现货', '包邮', '送礼佳品'])) : null, intro: title, cue: null, condition: 'new', category: c[2] };
};

// ---------------- authorized sellers
N['neg.authorized_seller'] = () => {
  const it = anyItem((x) => BR[x.b].authorizedSellers); const lang = langPick(0.42, 0.04);
  const sellers = BR[it.b].authorizedSellers;
  const cn = sellers.filter((x) => /tmall|jd_|douyin|vmall|tencent/.test(x)); const intl = sellers.filter((x) => !cn.includes(x));
  const useCn = lang !== 'en' && cn.length && R.chance(0.85);
  const s = useCn ? R.pick(cn) : R.pick(intl.length ? intl : sellers);
  const br = lang === 'en' ? bEn(it) : bZh(it);
  let title;
  if (lang === 'en') title = R.pick([`${br} ${it.en}${colour(it) ? ' - ' + colour(it) : ''}`, `${br} Official ${it.en}`, `${br} ${it.en} | Official Store`, `${it.en} - ${br}`]);
  else title = zjoin([R.pick(['【官方旗舰店】', '【官方正品】', '', '【自营】']), cat2(br, it.zh), R.pick(ZOK), R.chance(0.3) ? colour(it) : '']);
  if (lang === 'mixed') title += ' ' + R.pick(['official', 'authentic', 'new arrival']);
  const mk = /tmall/.test(s) ? 'Tmall' : /jd_/.test(s) ? 'JD.com' : /douyin/.test(s) ? 'Douyin Shop' : /vmall/.test(s) ? 'Huawei Vmall' : /tencent/.test(s) ? 'Tmall' : /amazon/.test(s) ? 'Amazon' : /aliexpress/.test(s) ? 'AliExpress' : (lang === 'en' ? R.pick(['Amazon', 'eBay', 'Walmart Marketplace', 'Rakuten', 'Lazada']) : R.pick(['Tmall', 'JD.com']));
  return { lang, it, title, usd: it.usd * R.real(0.97, 1.03), shortDesc: R.chance(0.5) ? (lang === 'en' ? 'Sold and shipped by the official brand store. Manufacturer warranty included.' : '品牌官方直营，正品保障，提供发票。') : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: 'new', sellerId: s, marketplace: mk, quantity: R.chance(0.4) ? R.int(50, 3000) : undefined, keep: ['sellerId', 'price'] };
};

// ---------------- second hand
const USED_EN = ['Pre-owned', 'Preowned', 'Used', 'Gently used', 'Vintage', 'Excellent condition', 'Good used condition', 'Pre-loved', 'Like new (used)'];
const USED_ZH = ['二手', '闲置', '中古', '自用', '95新', '9成新', '99新', '八成新', '转卖', '出闲置'];
const PROOF_EN = { bag: ['authenticated by Entrupy', 'with receipt', 'with dust bag and receipt', 'bought from the boutique in 2023'], shoe: ['with original box', 'authenticated', 'with receipt'], watch: ['full set with box and papers', 'serviced 2025', 'with warranty card', 'box and papers'], jewel: ['with certificate', 'with pouch and receipt', 'boutique receipt included'], other: ['with receipt', 'original box', 'proof of purchase included', ''] };
const PROOF_ZH = { bag: ['有购买凭证', '专柜小票在', '已过鉴定', '附防尘袋小票'], shoe: ['原盒在', '有购买记录', '可验'], watch: ['全套盒证', '保卡齐全', '已保养'], jewel: ['有证书', '专柜小票在', '盒子齐全'], other: ['有发票', '箱说全', '有购买记录', ''] };
const pk = (it) => (PROOF_EN[grp(it)] ? grp(it) : 'other');
N['neg.second_hand'] = () => {
  const it = anyItem(); const lang = langPick(0.45, 0.05); const br = lang === 'en' ? bEn(it) : bZh(it);
  const f = it.lc === 'watches' && ['patek-philippe', 'audemars-piguet'].includes(it.b) ? R.real(0.9, 2.4) : it.lc === 'handbags' ? R.real(0.35, 0.8) : R.real(0.3, 0.75);
  let title;
  if (lang === 'en') title = R.pick([
    () => join([R.pick(['bag', 'watch', 'jewel', 'apparel', 'shoe'].includes(grp(it)) ? USED_EN : USED_EN.filter((w) => w !== 'Vintage')), br, it.en, R.pick(PROOF_EN[pk(it)])]),
    () => `${br} ${it.en}${colour(it) ? ' ' + colour(it) : ''} - ${R.pick(USED_EN.filter((w) => w !== 'Vintage')).toLowerCase()} ${R.pick(PROOF_EN[pk(it)])}`,
    () => `${br} ${snEn(it) || it.en} ${R.pick(['used', 'pre-owned', '2nd hand'])} ${R.pick(['great condition', 'minor scratches', 'some wear', 'barely used'])}`,
  ])();
  else { title = zjoin([R.pick(USED_ZH), cat2(br, it.zh), R.pick(PROOF_ZH[pk(it)])]); if (lang === 'mixed') title += ' ' + R.pick(['pre-owned', 'used', 'authentic']); }
  const cue = lang === 'en' ? R.pick(['Used for one season, small marks, see photos.', 'Bought new, receipt included.', 'Selling because I no longer use it. Smoke-free home.', 'Light signs of wear. Inspect the pictures carefully.']) : R.pick(['自用闲置，有轻微使用痕迹，介意勿拍。', '购入凭证都在，可验。', '买来没怎么用，出给有缘人。', '二手物品不退不换，可以先看实物。']);
  return { lang, it, title: clip(title.replace(/\s+/g, ' ').trim()), usd: it.usd * f, shortDesc: R.chance(0.6) ? cue : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: R.wpick([['used', 9], ['refurbished', 1]]), quantity: 1, marketplacePref: lang === 'en' ? R.pick(USED_MKT_EN) : R.pick(USED_MKT_ZH) };
};

// ---------------- promotions
const PROMO_EN = ['Black Friday', 'Cyber Monday', 'Clearance', 'Outlet', 'SALE', 'End of season sale', 'Prime Day deal', 'Boxing Day', 'Last season', 'Archive sale', 'Summer sale', '% OFF'];
const PROMO_ZH = ['双十一', '双11', '618', '年货节', '清仓', '折扣', '奥莱', '限时特惠', '换季清仓', '断码清仓', '百亿补贴', '秒杀'];
N['neg.promotion'] = () => {
  const it = anyItem(); const lang = langPick(0.42, 0.05); const br = lang === 'en' ? bEn(it) : bZh(it);
  const off = R.int(10, 50); const p = it.usd * (1 - off / 100);
  let title;
  if (lang === 'en') { const pr = R.pick(PROMO_EN); title = R.pick([() => `${pr === '% OFF' ? off + '% OFF' : pr} ${br} ${it.en}`, () => `${br} ${it.en} - ${off}% off ${R.pick(['this week only', 'limited time', 'while stocks last', ''])}`, () => `${br} ${it.en} [${pr === '% OFF' ? 'SALE' : pr}] was ${Math.round(it.usd)} now ${Math.round(p)}`])(); }
  else { title = zjoin([R.pick(PROMO_ZH), cat2(br, it.zh), R.pick([`直降${Math.round(it.usd * 7.2 * off / 100)}元`, `${(10 - off / 10).toFixed(1).replace('.0', '')}折`, '到手价', '限时', '官方正品']), R.pick(ZOK)]); if (lang === 'mixed') title += ' ' + R.pick(['sale', 'deal', 'limited']); }
  const sellers = BR[it.b].authorizedSellers || [];
  return { lang, it, title: clip(title), usd: p, cur: lang === 'en' && /was \d+ now/.test(title) ? 'USD' : undefined, shortDesc: R.chance(0.5) ? (lang === 'en' ? R.pick(['Genuine product, discount applies to the listed colour only.', 'Final sale, no returns on discounted items.', 'Authorized retailer clearance.']) : R.pick(['官方授权 活动价 数量有限', '清仓价 不退不换', '活动结束恢复原价'])) : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: 'new', sellerId: R.chance(0.3) && sellers.length ? R.pick(sellers) : undefined, keep: ['price'] };
};

// ---------------- gray market / parallel import
const GRAY_EN = ['EU version', 'HK version', 'Japan version', 'international version', 'parallel import', 'imported from Japan', 'global version', 'US version (no UK warranty)', 'UK import', 'Asia version'];
const GRAY_ZH = ['港版', '日版', '国行', '美版', '欧版', '海外代购', '海外版', '澳门代购 有小票', '免税店购入', '香港专柜 代购', '韩国免税'];
N['neg.gray_market'] = () => {
  const it = anyItem(); const lang = langPick(0.5, 0.06); const br = lang === 'en' ? bEn(it) : bZh(it);
  let title;
  if (lang === 'en') { const g = R.pick(GRAY_EN); title = R.pick([() => `${br} ${it.en} (${g})`, () => `${g} ${br} ${it.en}`, () => `${br} ${it.en} ${g} - ${R.pick(['seller warranty', 'genuine', 'new sealed', 'receipt included'])}`])(); }
  else { const g = R.pick(GRAY_ZH); title = zjoin([g, cat2(br, it.zh), R.pick(['正品', '附小票', '原封', '全新', '可验'])]); if (lang === 'mixed') title += ' ' + R.pick(['genuine', 'with receipt', 'import']); }
  const cue = lang === 'en' ? R.pick(['Parallel import: genuine product intended for another market. Manufacturer warranty may not apply in your country.', 'Bought abroad, receipt included.', 'Genuine, imported. Seller warranty 12 months.']) : R.pick(['海外专柜购入，附购物小票，非国行无大陆联保。', '港版正品，售后由本店负责。', '海外购入，正品，可提供购买凭证。']);
  return { lang, it, title: clip(title), usd: it.usd * R.real(0.82, 1.12), shortDesc: R.chance(0.6) ? cue : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: 'new' };
};

// ---------------- negated markers
const NEG_EN = ['100% authentic, not a replica', 'No fakes', 'Genuine - not a copy', 'Authentic only, no reps', 'Real, not a knockoff', 'Guaranteed genuine, no replica', 'Not fake, receipt included', 'Authenticity guaranteed'];
const NEG_ZH = ['绝非高仿', '假一赔十', '假一赔三', '不卖A货', '正品保证 非高仿', '拒绝仿品', '保真', '专柜正品 假一罚十', '非复刻 正品'];
const GUIDES_EN = [
  (it) => `How to Spot a Fake ${it.be} ${it.ln && isAscii(it.ln) ? it.ln : ''}: Authentication Guide (ebook)`.replace(/\s+/g, ' ').replace(' :', ':'),
  (it) => `${it.be} authentication service - we check your item in 24h`,
  (it) => `Real vs Replica: a collector's guide to ${it.be} (paperback)`,
  () => 'Counterfeit detection UV torch for handbags and banknotes',
  (it) => `Legit check: ${it.be} ${snEn(it)} authentication by certified experts (service)`,
];
const GUIDES_ZH = [(it) => `${it.bz}真假鉴定 教程 图文版`, (it) => `${it.bz} ${it.zh.split(' ')[0]} 鉴定服务 24小时出结果`, () => '奢侈品鉴定 紫外线手电 验钞灯', (it) => `如何辨别${it.bz}假货（电子书）`];
N['neg.negated_marker'] = () => {
  const it = anyItem(); const lang = langPick(0.42, 0.05); const br = lang === 'en' ? bEn(it) : bZh(it);
  if (R.chance(0.25)) {
    const title = lang === 'en' ? R.pick(GUIDES_EN)(it) : R.pick(GUIDES_ZH)(it) + (lang === 'mixed' ? ' guide' : '');
    return { lang, it: { lc: 'generic', spec: false, cat: ['Books & Services', '图书/服务'] }, title, usd: R.real(2, 18), shortDesc: R.chance(0.5) ? (lang === 'en' ? 'Learn the stitching, font, serial and packaging details that give fakes away.' : '教你从走线、字体、编码、包装辨别真假。') : null, intro: title, cue: null, condition: 'new' };
  }
  let title;
  if (lang === 'en') { const n = R.pick(NEG_EN); title = R.pick([() => `${br} ${it.en} - ${n}`, () => `${n}: ${br} ${it.en}`, () => `${br} ${it.en} ${colour(it)} (${n})`])(); }
  else { const n = R.pick(NEG_ZH); title = zjoin([cat2(br, it.zh), n, R.pick(ZOK)]); if (lang === 'mixed') title += ' ' + R.pick(['authentic', '100% genuine', 'not replica']); }
  const cue = lang === 'en' ? R.pick(['We only sell genuine items sourced from authorized retailers. Invoices available on request.', 'Every item is checked by a professional authenticator before it ships. Full refund if proven not authentic.', 'No replicas, no "mirror quality", no nonsense.']) : R.pick(['本店所有商品均为专柜正品，支持任何机构鉴定，假一赔十。', '只卖正品，拒绝高仿，可提供进货凭证。']);
  const used = R.chance(0.35);
  return { lang, it, title: clip(title.replace(/\s+/g, ' ')), usd: it.usd * (used ? R.real(0.45, 0.85) : R.real(0.9, 1.05)), shortDesc: R.chance(0.6) ? cue : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: used ? 'used' : 'new', marketplacePref: used ? (lang === 'en' ? R.pick(USED_MKT_EN) : R.pick(USED_MKT_ZH)) : undefined };
};

// ---------------- colour words that are not wrong colourways
const CWD_EN = ['Black Friday deal', 'ships in a red gift box', 'white-glove delivery', 'Golden Week special', 'green packaging (plastic-free)', 'Red Sea shipping delays may apply', 'Blue Monday sale', 'silver anniversary offer', 'Black Friday week'];
const CWD_ZH = ['黑五特惠', '红色礼盒包装', '绿色环保包装', '金九银十', '白色情人节礼物', '红包返现', '蓝色物流箱发货'];
N['neg.colour_words'] = () => {
  const it = anyItem((x) => x.col && x.col.some(isAscii)); const lang = langPick(0.38, 0.05); const br = lang === 'en' ? bEn(it) : bZh(it);
  const c = colour(it);
  let title;
  if (lang === 'en') title = R.pick([() => `${br} ${it.en} in ${c} - ${R.pick(CWD_EN)}`, () => `${br} ${it.en} ${c}`, () => `${R.pick(CWD_EN)}: ${br} ${it.en}, ${c}`])();
  else { title = zjoin([cat2(br, it.zh), c, R.pick(CWD_ZH), R.pick(ZOK)]); if (lang === 'mixed') title += ' ' + R.pick(['gift box', 'Black Friday']); }
  return { lang, it, title: clip(title), usd: it.usd * R.real(0.9, 1.05), shortDesc: R.chance(0.5) ? (lang === 'en' ? R.pick([`Colour: ${c}. Official colourway.`, 'Standard retail packaging.', 'Comes in the holiday gift box.']) : R.pick([`颜色：${c}`, '官方配色', '礼袋随机'])) : null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, condition: 'new' };
};

// ---------------- model codes that look like brand abbreviations: [title fn, usd fn]
const MC_EN = [
  [() => `BV-${R.pick(['1000', '25', '50'])} brass ball valve ${R.pick(['1/2"', '3/4"', 'DN20'])} full port`, r(8, 30)], [() => `TNF-α ELISA kit human ${R.pick(['96 tests', '48T'])}`, r(250, 480)], [() => `Human TNF-alpha recombinant protein ${R.pick(['10 µg', '50µg'])}`, r(90, 260)],
  [() => `M18 x ${R.pick(['1.5', '2.5'])} hex bolts stainless A2 ${R.pick(['10 pcs', '4 pack', 'DIN 933'])}`, r(6, 20)], [() => `M12 ${R.pick(['4-pin', '8-pin', 'A-coded'])} sensor connector cable ${R.pick(['2m', '5m'])}`, r(6, 18)], [() => `EL wire ${R.pick(['5m', '3m'])} neon glow with battery pack`, r(5, 12)],
  [() => `VCA module ${R.pick(['Eurorack', 'THAT2180'])} voltage controlled amplifier kit`, r(25, 70)], [() => `A7 ${R.pick(['notebook', 'memo pad', 'planner'])} dotted ${R.pick(['3 pack', 'kraft cover'])}`, r(4, 10)], [() => `550 paracord ${R.pick(['100 ft', '50ft'])} 7-strand type III`, r(7, 15)],
  [() => `EC5/EC6 connectors ${R.pick(['5 pairs', 'male female'])} for RC LiPo battery`, r(5, 10)], [() => `PP storage box ${R.pick(['with lid 30L', 'clear 6L', 'stackable'])}`, r(6, 25)], [() => `AP-${R.pick(['200', '300'])} HEPA air purifier replacement filter (generic brand)`, r(12, 30)],
  [() => `GM-${R.pick(['500', '2000'])} ${R.pick(['gaussmeter', 'moisture meter'])}`, r(30, 150)], [() => `LN2 dewar ${R.pick(['10L', '3L'])} liquid nitrogen tank`, r(180, 420)], [() => `NB-${R.pick(['10', '200'])} ${R.pick(['portable nebulizer', 'notebook stand'])}`, r(15, 45)],
  [() => `SI-${R.pick(['5000', '730'])} silicone sealant clear ${R.pick(['300ml', 'cartridge'])}`, r(5, 12)], [() => `T1 ${R.pick(['fluorescent tube 8W', 'tea light candles 100 pack'])}`, r(4, 14)], [() => `GT5 ${R.pick(['handlebar grips', 'tape measure 5m'])}`, r(5, 15)],
  [() => `S25 ${R.pick(['ball bearing', 'snap ring'])} ${R.pick(['10 pcs', 'pack'])}`, r(4, 18)], [() => `C202 ${R.pick(['capacitor', 'shelf bracket', 'cable clip'])} (${R.pick(['100 pcs', 'bulk'])})`, r(3, 12)], [() => `R5 ${R.pick(['rivet nuts 100 pcs', 'resistor kit'])}`, r(5, 12)],
  [() => `DW-${R.pick(['300', '120'])} ${R.pick(['dehumidifier', 'LED downlight 12W'])}`, r(10, 120)], [() => `KT board ${R.pick(['A1 white 5mm', 'foam board 10 sheets'])}`, r(10, 30)], [() => `5D diamond painting kit ${R.pick(['40x50cm', 'landscape'])}`, r(8, 18)],
  [() => `G-7 ${R.pick(['inline fuel filter', 'hose clamp set', 'grease gun nozzle'])} ${R.pick(['pack of 2', 'steel'])}`, r(5, 14)], [() => `C0-2 ${R.pick(['sensor module', 'meter'])} (CO2 detector) ${R.pick(['NDIR', 'desktop'])}`, r(18, 90)],
  [() => `LV2 ${R.pick(['audio cable 1.5m', 'lamp holder E27'])}`, r(3, 9)], [() => `RF 24 ${R.pick(['coax connector', 'remote module 2.4GHz'])}`, r(3, 12)], [() => `PC7 ${R.pick(['polycarbonate sheet 3mm', 'panel clip'])}`, r(5, 40)],
];
const MC_ZH = [
  [() => `KT板 ${R.pick(['A1', 'A0', '60x90'])} 白色 ${R.pick(['5mm', '10张'])}`, r(2, 8)], [() => `PP收纳箱 ${R.pick(['带盖', '大号', '透明'])} ${R.pick(['30L', '三个装'])}`, r(3, 12)], [() => `M18螺丝 ${R.pick(['外六角', '不锈钢'])} ${R.pick(['10个', '全牙'])}`, r(1, 4)],
  [() => `M12 ${R.pick(['航空插头', '传感器连接线'])} ${R.pick(['4芯', '8芯'])}`, r(1, 5)], [() => `EL冷光线 ${R.pick(['5米', '3米'])} 发光线`, r(1, 4)], [() => `A7 笔记本 ${R.pick(['随身', '牛皮纸'])} 3本装`, r(1, 3)], [() => `550伞绳 ${R.pick(['30米', '七芯'])} 户外`, r(2, 6)],
  [() => `BV线 ${R.pick(['2.5平方', '4平方'])} 国标 铜芯 100米`, r(20, 45)], [() => `AP-${R.pick(['01', '02'])} 空气净化器 滤芯 通用`, r(4, 12)], [() => `LN2 液氮罐 ${R.pick(['10升', '3升'])}`, r(90, 300)], [() => `GT5 ${R.pick(['胶水', '把套'])}`, r(0.5, 3)],
  [() => `C202 ${R.pick(['电容', '层板托'])} ${R.pick(['100个', '批发'])}`, r(1, 5)], [() => `SI ${R.pick(['硅胶', '密封胶'])} 透明 300ml`, r(1, 4)], [() => `DW ${R.pick(['除湿机', '筒灯'])} 家用`, r(3, 60)], [() => `PS板 ${R.pick(['5mm', '透明'])} 定制`, r(2, 15)],
  [() => `EC6插头 航模 电池 ${R.pick(['5对', '公母'])}`, r(1, 4)], [() => `TNF-α 检测试剂盒 ${R.pick(['96T', '48T'])}`, r(80, 250)],
];
N['neg.model_codes'] = () => {
  const lang = R.wpick([['en', 0.6], ['zh', 0.36], ['mixed', 0.04]]);
  const [fn, pf] = lang === 'en' ? R.pick(MC_EN) : R.pick(MC_ZH);
  const title = fn() + (lang === 'mixed' ? ' ' + R.pick(['wholesale', 'in stock', 'new']) : '');
  const it = { lc: 'generic', spec: false, cat: R.pick([['Industrial & Scientific', '工业用品'], ['Home Improvement > Hardware', '五金/螺丝'], ['Office Products', '办公文具'], ['Lab Supplies', '实验室耗材'], ['Electronic Components', '电子元器件']]) };
  return { lang, it, title: title.replace(/\s+/g, ' ').trim(), usd: pf(), shortDesc: R.chance(0.4) ? (lang === 'en' ? R.pick(['Bulk pricing available.', 'Datasheet on request.', 'Ships from stock.']) : R.pick(['量大从优', '现货', '可开票'])) : null, intro: title, cue: null, condition: 'new' };
};

// ---------------- licensed reproductions, museum replicas, official discs after release
const RELEASED = BR['harbourlight-pictures'].works.concat(BR['golden-crane-pictures'].works).filter((w) => w.discReleaseDate <= '2026-12-01');
N['neg.licensed_repro'] = () => {
  const lang = langPick(0.38, 0.05); const t = R.f();
  let title; let usd; let cat; let sd; let grpx = 'generic';
  if (t < 0.45) {
    const w = R.pick(RELEASED); const zhT = /[\u4e00-\u9fff]/.test(w.title) ? w.title : (w.aliases || []).find((a) => /[\u4e00-\u9fff]/.test(a)) || w.title; const enT = /[\u4e00-\u9fff]/.test(w.title) ? (w.aliases || []).find((a) => !/[\u4e00-\u9fff]/.test(a)) : w.title;
    title = lang === 'en' ? join([enT, R.pick(['Blu-ray', 'DVD', '4K UHD + Blu-ray', 'Collector\'s Edition Blu-ray', 'Steelbook']), R.pick(['(official release)', 'Region A', 'Region B', 'sealed', ''])]) : zjoin([`《${zhT}》`, R.pick(['正版', '官方']), R.pick(['蓝光', 'DVD', '4K UHD']), R.pick(['收藏版', '原封', '首版', ''])]);
    usd = lang === 'en' ? R.real(12, 40) : R.real(6, 25); cat = ['Movies & TV > DVDs & Blu-ray Discs', '音像/影视']; grpx = 'media';
    sd = lang === 'en' ? R.pick(['Original studio release, sealed.', 'Official release, region coded.', 'Genuine retail disc.']) : R.pick(['正版原封', '官方发行', '正版光盘']);
  } else if (t < 0.7) {
    title = lang === 'en' ? R.pick([`Official ${R.pick(['Harbourlight Pictures', 'Golden Crane Pictures'])} licensed prop replica: ${R.pick(['compass from The Salt Kingdom', 'lantern from Lanterns Over Kowloon', 'ironbark medallion', 'aviary key from Midnight at the Aviary'])}`, `${R.pick(['British Museum', 'Met Museum shop', 'Palace Museum', 'museum gift shop'])} replica ${R.pick(['Rosetta Stone miniature', 'Egyptian cat statue', 'Roman oil lamp', 'Ming vase 20cm'])}`, `Licensed ${R.pick(['movie poster reprint', 'film script replica', 'clapperboard prop'])} - ${R.pick(['officially licensed', 'studio-approved merchandise'])}`]) : R.pick([`故宫文创 ${R.pick(['复刻 宫廷 折扇', '仿制 瓷器 摆件', '复制品 书画'])}`, `${R.pick(['金鹤影业', '港光影业'])}官方授权 电影道具复刻 ${R.pick(['灯笼', '徽章', '海报'])}`, `博物馆 授权 复制品 ${R.pick(['青铜鼎', '唐三彩马', '越王剑 模型'])}`]);
    usd = R.real(15, 150); cat = ['Collectibles > Movie Memorabilia', '收藏/文创'];
    sd = lang === 'en' ? R.pick(['Officially licensed product.', 'Museum reproduction with certificate card.', 'Licensed merchandise, numbered.']) : R.pick(['官方授权', '博物馆授权文创', '正版授权周边']);
  } else {
    title = lang === 'en' ? `${R.pick(['Cosplay costume', 'Halloween costume', 'Costume set'])} ${R.pick(['medieval knight', 'space explorer', 'steampunk aviator', 'pirate captain', 'samurai'])} ${R.pick(['adult', 'kids', 'unisex'])} ${R.pick(['(no logos)', 'handmade', 'size M'])}` : `${R.pick(['cos服', 'cosplay服装', '万圣节服装'])} ${R.pick(['古风侠客', '蒸汽朋克', '海盗船长', '骑士铠甲'])} ${R.pick(['成人', '儿童'])} ${R.pick(['原创设计', '无logo', '手工'])}`;
    usd = lang === 'en' ? R.real(20, 110) : R.real(8, 45); cat = ['Costumes & Cosplay', '服装/cos服'];
    sd = lang === 'en' ? R.pick(['Original design, not affiliated with any franchise.', 'Handmade costume, no logos.']) : R.pick(['原创设计', '无任何logo 手工制作']);
  }
  if (lang === 'mixed') title += ' ' + R.pick(['official', 'licensed', 'museum']);
  const it = grpx === 'media' ? { lc: 'film-tv', cat } : { lc: 'generic', spec: false, cat };
  return { lang, it, title, usd, shortDesc: R.chance(0.5) ? sd : null, intro: title, cue: null, condition: R.chance(0.85) ? 'new' : 'used' };
};

// ---------------- used consoles & official accessories: [title fn, usd range, new?]
const CON_EN = [
  [() => `Nintendo Switch OLED ${R.pick(['White', 'Neon'])} - used, ${R.pick(['great condition', 'boxed', 'with 2 games', 'minor scuffs'])}`, [190, 290], 0], [() => `PS5 Slim disc edition ${R.pick(['1TB', ''])} used ${R.pick(['with controller', 'boxed', 'fully working'])}`, [300, 420], 0],
  [() => `Nintendo Switch Lite ${R.pick(['Turquoise', 'Coral', 'Yellow', 'Gray'])} pre-owned ${R.pick(['no mods, factory firmware', 'with case', 'good battery'])}`, [90, 150], 0], [() => 'Official licensed 128GB microSDXC card for Nintendo Switch', [18, 30], 1],
  [() => `Backup battery 10000mAh power bank for Nintendo Switch and phone`, [18, 35], 1], [() => `Nintendo Switch repaired - new ${R.pick(['fan', 'screen', 'charging port'])}, stock firmware, no mods`, [150, 220], 0], [() => `Sony DualSense controller ${R.pick(['Cosmic Red', 'White', 'Midnight Black'])} used ${R.pick(['no drift', 'works perfect'])}`, [35, 55], 0],
  [() => 'Mario Kart World (Switch 2) game card - used', [45, 65], 0], [() => 'PlayStation Portal remote player - pre-owned', [130, 170], 0], [() => 'Original Sony PS2 8MB memory card (used)', [6, 14], 0], [() => `Game Boy Advance SP ${R.pick(['original', 'used'])} with charger`, [80, 150], 0],
  [() => `Nintendo 3DS XL ${R.pick(['used', 'boxed'])} stock firmware with Pokemon Y cartridge`, [140, 210], 0], [() => `Joy-Con pair ${R.pick(['Neon Red/Blue', 'Gray'])} official, used, ${R.pick(['no drift', 'serviced'])}`, [35, 55], 0], [() => `Switch 2 console - new, sealed, ${R.pick(['with receipt', 'UK stock'])}`, [440, 500], 1],
  [() => `PS4 Pro 1TB used, firmware ${R.pick(['12.00', '11.52'])}, ${R.pick(['original box', 'controller included'])}`, [150, 220], 0], [() => 'Official Nintendo Switch carrying case and screen protector', [15, 25], 1], [() => 'Nintendo Switch Online membership 12 months (digital code)', [18, 22], 1],
];
const CON_ZH = [
  [() => `二手 任天堂Switch OLED ${R.pick(['日版', '港版', '国行'])} ${R.pick(['95新', '9成新'])} ${R.pick(['未破解', '正版系统', '带两张卡带'])}`, [180, 260], 0], [() => `PS5 ${R.pick(['光驱版', '数字版'])} 二手 ${R.pick(['国行', '港版'])} ${R.pick(['无拆无修', '成色好'])}`, [280, 400], 0],
  [() => `Switch Lite 二手 ${R.pick(['蓝绿色', '珊瑚色', '黄色'])} 正版系统 可联网`, [90, 130], 0], [() => '任天堂授权 Switch 内存卡 128G', [14, 22], 1], [() => `游戏机 维修 更换风扇 ${R.pick(['Switch', 'PS5'])} 不改机 原系统`, [8, 20], 1],
  [() => `正版卡带 ${R.pick(['马力欧卡丁车 世界', '塞尔达传说 王国之泪', '宝可梦 朱'])} 二手 中文`, [28, 45], 0], [() => `官方 PS5 手柄 DualSense ${R.pick(['白色', '午夜黑'])} 二手 无漂移`, [30, 45], 0], [() => 'Switch 充电宝 备用电池 10000毫安 便携', [8, 16], 1],
  [() => `Switch 2 国行 全新 未拆封 ${R.pick(['有发票', '顺丰'])}`, [440, 500], 1], [() => '老款 PSP 3000 二手 正常系统 带UMD光盘', [35, 60], 0],
];
N['neg.used_console'] = () => {
  const lang = langPick(0.4, 0.05);
  const [fn, pr, isNew] = lang === 'en' ? R.pick(CON_EN) : R.pick(CON_ZH);
  let title = fn();
  if (lang === 'mixed') title += ' ' + (isNew ? R.pick(['original', 'official', 'new']) : R.pick(['original', 'no mods', 'used']));
  const hw = /console|OLED|Lite|PS5 (Slim|光驱|数字)|PS4 Pro|3DS|Game Boy|PSP|Switch 2 (console|国行)|主机|Switch OLED|repaired/.test(title) && !/card|卡带|手柄|controller|充电宝|battery|case|membership/i.test(title);
  const it = hw ? { lc: 'game-consoles', cat: ['Video Games & Consoles', '电玩/游戏机'] } : { lc: 'generic', spec: false, cat: ['Video Games > Accessories', '电玩/配件'] };
  return { lang, it, title, usd: R.real(pr[0], pr[1]), shortDesc: R.chance(0.5) ? (lang === 'en' ? R.pick(['Factory reset, ready for a new owner.', 'Never modded. Original firmware.', 'Tested and working.']) : R.pick(['已恢复出厂设置', '从未破解 正版系统', '功能正常 可当面交易'])) : null, intro: title, cue: null, condition: isNew ? 'new' : R.wpick([['used', 9], ['refurbished', 1]]), marketplacePref: isNew ? undefined : (lang === 'en' ? R.pick(USED_MKT_EN) : R.pick(USED_MKT_ZH)) };
};

// ---------------- cheap unbranded
N['neg.cheap_unbranded'] = () => {
  const lang = langPick(0.42, 0.05); const u = R.pick(UNB);
  const t = R.f(); let title; let q; let f = R.real(0.3, 0.85); let mk;
  if (t < 0.35) { title = lang === 'en' ? `${u[0]} ${R.pick(['- wholesale lot of 50', '(10 pcs bulk)', 'bulk 100 pcs'])}` : `${u[1]} ${R.pick(['批发', '一件代发', '工厂直销', '厂家直供'])}`; q = R.int(50, 5000); mk = lang === 'en' ? R.pick(['AliExpress', 'DHgate', 'eBay', 'Amazon']) : R.pick(['1688', 'Pinduoduo', 'Taobao']); }
  else if (t < 0.6) { title = lang === 'en' ? `Factory direct ${u[0]} ${R.pick(['OEM/ODM welcome', 'custom logo available', 'MOQ 100'])}` : `工厂直销 ${u[1]} ${R.pick(['可定制logo', '支持来样加工', '源头厂家'])}`; q = R.int(100, 10000); f = R.real(0.2, 0.6); mk = lang === 'en' ? R.pick(['AliExpress', 'DHgate']) : '1688'; }
  else { title = lang === 'en' ? caseVar(u[0]) : u[1]; q = R.int(1, 300); }
  if (lang === 'mixed') title += ' ' + R.pick(['wholesale', 'factory direct', 'OEM']);
  const it = { lc: 'generic', spec: false, cat: [u[3], u[4]] };
  return { lang, it, title: clip(title), usd: u[2] * f, shortDesc: R.chance(0.45) ? (lang === 'en' ? R.pick(['No brand, no logo. Made in our own factory.', 'Generic product. Custom packaging available.', 'Price per piece, discount for bulk orders.']) : R.pick(['无品牌 无logo 自家工厂生产', '支持定制 来图打样', '量大价优'])) : null, intro: title, cue: null, condition: 'new', quantity: q, marketplacePref: mk };
};

module.exports = N;
