'use strict';
// Generators for legit kinds.
const H = require('./h.js');
const { R, bEn, bZh, lEn, lZh, mn, colourOf, attrEn, attrZh, catStr, YEAR_ZH, priceAt, pickLang, pickProduct, shipFor, sizesTxt, tj, rec, descMode, ld, market, sellerId, isCJK, brandById, physical, fromUSD } = H;

const RETAIL_EN = {
  watches: ['watchstation_usa', 'jomashop_deals', 'ernestjones_uk', 'chrono_dealer_berlin'], jewellery: ['johnlewis_partners', 'selfridges', 'nordstrom_mkt'],
  handbags: ['mytheresa', 'ssense', 'farfetch_boutiques', 'selfridges', 'nordstrom_mkt'], 'small-leather-goods': ['mytheresa', 'ssense', 'selfridges'], apparel: ['endclothing', 'ssense', 'zalando_de', 'rei_coop', 'backcountry_com'], shoes: ['sneakersnstuff', 'footlocker_us', 'jdsports_uk', 'endclothing'],
  eyewear: ['sunglasshut_mkt', 'evo_gear', 'rei_coop'], fragrance: ['sephora_store', 'lookfantastic', 'notino_eu'], cosmetics: ['sephora_store', 'lookfantastic', 'feelunique'],
  phones: ['bestbuy_mkt', 'currys_official', 'mediamarkt_de', 'jbhifi_au'], audio: ['bestbuy_mkt', 'currys_official', 'crutchfield', 'jbhifi_au'], cameras: ['bhphotovideo', 'adorama_store', 'wex_photo', 'jessops_uk'], 'camera-lenses': ['bhphotovideo', 'adorama_store', 'wex_photo'],
  'game-consoles': ['bestbuy_mkt', 'gamestop_mkt', 'argos_uk'], 'video-games': ['gamestop_mkt', 'argos_uk'], toys: ['target_plus', 'smyths_toys', 'walmart_mkt'], tyres: ['tyrerack', 'blackcircles_uk', 'discounttire_mkt'], 'auto-parts': ['summitracing', 'fcpeuro', 'demon_tweeks'],
  tools: ['acmetools', 'toolstation', 'ohio_power_tool', 'homedepot_mkt'], batteries: ['acmetools', 'toolstation', 'homedepot_mkt'], 'home-appliances': ['currys_official', 'bestbuy_mkt', 'johnlewis_partners', 'costco_online'], kitchenware: ['costco_online', 'target_plus', 'kohls_mkt'],
  'printer-supplies': ['staples_mkt', 'officedepot_mkt'], 'outdoor-gear': ['rei_coop', 'evo_gear', 'backcountry_com'],
};
const RETAIL_ZH = {
  fashion: ['银泰百货', '天猫国际直营', '唯品会', '王府井官方', '新世界百货', '连卡佛官方'], tech: ['苏宁易购官方', '国美电器', '星辰数码专营店', '数码港专营店'], beauty: ['屈臣氏官方', '丝芙兰官方', '天猫国际直营'],
  tools: ['大力工具城', '五金城专营店'], auto: ['途虎养车', '天猫养车'], toys: ['玩具反斗城', '孩子王官方'], home: ['苏宁易购官方', '优选家电专营店', '国美电器'],
};
const ZH_GROUP = { handbags: 'fashion', 'small-leather-goods': 'fashion', apparel: 'fashion', shoes: 'fashion', watches: 'fashion', jewellery: 'fashion', eyewear: 'fashion', fragrance: 'beauty', cosmetics: 'beauty', tyres: 'auto', 'auto-parts': 'auto', tools: 'tools', batteries: 'tools', toys: 'toys', 'home-appliances': 'home', kitchenware: 'home' };
function legitSeller(p, lang) {
  if (!p || R.chance(0.6)) return sellerId(lang);
  if (lang === 'zh') return R.pick(RETAIL_ZH[ZH_GROUP[p.cat] || 'tech']);
  return R.pick(RETAIL_EN[p.cat] || ['bestbuy_mkt']);
}

function legitBase(kind, lang, p, frac, extra = {}) {
  const m = market(lang, { legit: true });
  return {
    kind, label: 'legit', lang,
    price: p ? priceAt(p, frac, m.currency) : undefined, currency: m.currency, marketplace: m.marketplace,
    quantity: R.int(1, 6), condition: 'new', category: p ? catStr(p, lang) : undefined,
    shipFrom: shipFor('legit', p, lang), sellerId: legitSeller(p, lang),
    ...extra,
  };
}
function maybeDesc(o, p, lang, intro, short, note = '', pLong = 0.3, pShort = 0.28, extra = {}) {
  const mode = descMode(pLong, pShort);
  const dl = lang === 'zh' ? 'zh' : lang === 'mixed' ? 'mixed' : 'en';
  if (mode === 'long') o.description = H.ldS(o.shipFrom, dl, p, intro, '', { brand: p && p.b.name, brandZh: p && bZh(p), model: p && mn(p), colour: p && colourOf(p, dl), ...extra }, note);
  else if (mode === 'short' && short) o.description = short;
  return o;
}
// a legit long description for non-product items
function ldFree(lang, intro, more, cat, note = '') {
  return require('./blocks.js').longDesc({ lang, p: null, cat, intro, extra: { more }, legitNote: note });
}
function ldFreeS(ship, lang, intro, more, cat, note = '') {
  return require('./blocks.js').longDesc({ lang, p: null, cat, intro, extra: { more }, legitNote: note, shipFrom: ship });
}

// ---------------- neg.plain ----------------
const PLAIN_EN = [
  ['Men\'s Classic Cotton Crew Neck T-Shirt, Pack of 3', 18, 30, 'Clothing > Men > T-Shirts'], ['Stainless Steel Insulated Water Bottle 750ml', 12, 28, 'Sports & Outdoors > Water Bottles'], ['Ceramic Coffee Mug 12 oz Set of 4', 16, 32, 'Kitchen > Mugs'],
  ['Bamboo Cutting Board with Juice Groove', 14, 29, 'Home & Kitchen > Cutting Boards'], ['Yoga Mat 6mm Non-Slip with Carry Strap', 19, 39, 'Sports > Yoga'], ['LED Desk Lamp with USB Charging Port', 22, 45, 'Home > Lighting'],
  ['Kids Rain Boots Waterproof Rubber', 15, 30, 'Kids > Shoes'], ['Canvas Backpack 20L Laptop Compartment', 25, 49, 'Bags > Backpacks'], ['Wool Blend Beanie Hat Winter', 9, 22, 'Accessories > Hats'],
  ['Cast Iron Skillet 10 inch Pre-Seasoned', 20, 40, 'Kitchen > Cookware'], ['Garden Hose 50ft Expandable', 24, 45, 'Garden > Watering'], ['Paperback: A Field Guide to Garden Birds', 9, 18, 'Books > Nature'],
  ['Memory Foam Pillow Standard Size', 25, 55, 'Home > Bedding'], ['Women\'s Merino Wool Hiking Socks 3 Pairs', 18, 34, 'Outdoor > Socks'], ['Phone Stand Adjustable Aluminium', 10, 20, 'Phone Accessories > Stands'],
  ['Digital Kitchen Scale 5kg', 11, 25, 'Kitchen > Scales'], ['Linen Tablecloth 140x240 cm Natural', 28, 59, 'Home > Table Linen'], ['Wooden Jigsaw Puzzle Box for Kids', 15, 30, 'Toys > Wooden Toys'],
];
const PLAIN_ZH = [
  ['纯棉短袖T恤男夏季圆领打底衫', 29, 79, '男装/T恤'], ['304不锈钢保温杯大容量', 39, 99, '餐饮具/保温杯'], ['家用陶瓷马克杯 情侣杯一对', 25, 59, '餐饮具/杯子'], ['加厚瑜伽垫 防滑 初学者', 39, 89, '运动/瑜伽'],
  ['LED护眼台灯 学生宿舍 充电', 59, 139, '家装/台灯'], ['儿童雨鞋 防滑 男童女童', 29, 69, '童鞋/雨鞋'], ['帆布双肩包 大学生 书包', 49, 119, '箱包/双肩包'], ['加绒毛线帽 冬季 护耳', 19, 49, '配件/帽子'],
  ['铸铁平底锅 无涂层 煎锅', 69, 159, '厨具/煎锅'], ['记忆棉枕头 慢回弹 护颈', 59, 159, '床上用品/枕头'], ['手机支架 桌面 铝合金 可调节', 19, 49, '手机配件/支架'], ['厨房电子秤 克称 烘焙', 25, 59, '厨房/秤'],
  ['棉麻桌布 北欧 长方形', 39, 89, '家纺/桌布'], ['实木拼图 儿童益智', 29, 69, '玩具/拼图'], ['五常大米 稻花香 5kg', 59, 109, '粮油/大米'], ['新疆长绒棉毛巾 三条装', 29, 69, '家纺/毛巾'],
];
function plain(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.55], ['zh', 0.4], ['mixed', 0.05]]);
    if (R.chance(0.55)) {
      const p = pickProduct();
      const o = legitBase('neg.plain', lang, p, R.f(0.95, 1.02));
      if (lang === 'zh') o.title = tj([bZh(p), R.chance(0.5) ? bEn(p) : '', lZh(p), attrZh(p, R.int(0, 2)), colourOf(p, 'zh') || '', mn(p) || ''], 'zh');
      else o.title = tj([bEn(p), lEn(p), mn(p) || '', R.chance(0.5) ? colourOf(p, 'en') : '', attrEn(p, R.int(0, 2))], 'en');
      if (lang === 'mixed') o.title += ' ' + attrZh(p);
      maybeDesc(o, p, lang, '', lang === 'zh' ? R.pick(['全新正品，支持专柜验货，顺丰包邮。', '全新，国行，正规发票。', '新品上市，欢迎选购。']) : R.pick(['Brand new in box. Ships next business day.', 'New, sealed. Full manufacturer warranty.', 'In stock now.']));
      out.push(rec(o));
    } else {
      const zh = lang === 'zh';
      const [t, lo, hi, cat] = R.pick(zh ? PLAIN_ZH : PLAIN_EN);
      const m = market(zh ? 'zh' : 'en');
      const base = zh ? R.f(lo, hi) / 7.2 : R.f(lo, hi);
      const o = { kind: 'neg.plain', label: 'legit', lang: zh ? 'zh' : 'en', title: H.vary(t, zh ? 'zh' : 'en') + (R.chance(0.3) ? (zh ? ' ' + R.pick(YEAR_ZH) : R.pick([' - Grey', ' (Blue)', ', Large', ' - 2 Pack'])) : ''), price: fromUSD(base, m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 200), condition: 'new', category: cat, shipFrom: shipFor('legit', null, zh ? 'zh' : 'en'), sellerId: sellerId(zh ? 'zh' : 'en') };
      if (R.chance(0.35)) o.description = ldFreeS(o.shipFrom, zh ? 'zh' : 'en', '', zh ? ['材质：见标题', '规格：常规'] : ['Material: see title', 'Size: standard'], null);
      else if (R.chance(0.3)) o.description = zh ? '现货速发，质量问题包退。' : 'Fast shipping. Satisfaction guaranteed.';
      out.push(rec(o));
    }
  }
  return out;
}

// ---------------- neg.generic_marker ----------------
const GM_EN = [
  () => [`1:${R.pick([18, 24, 43, 64, 12])} Scale Die-Cast Model Car ${R.pick(['Vintage Roadster', 'Classic Sedan', 'Rally Car', 'Fire Truck', 'London Bus'])}`, 12, 60, 'Toys & Hobbies > Diecast > Cars'],
  () => [`1:1 Scale Replica Roman Denarius Coin - Museum Shop Reproduction`, 8, 25, 'Collectibles > Coins > Replicas'],
  () => [`AAA Batteries ${R.pick([24, 48, 60, 100])} Pack Alkaline 1.5V`, 9, 30, 'Electronics > Batteries'],
  () => [`AAA Grade Freshwater Pearl Necklace ${R.pick(['7-8mm', '8-9mm', '6-7mm'])} White`, 35, 120, 'Jewelry > Pearls'],
  () => [`Type A Plug Adapter ${R.pick(['2 Pack', '4 Pack', 'for USA/Japan'])} Travel`, 6, 18, 'Electronics > Travel Adapters'],
  () => [`USB Type-A to USB-C Cable ${R.pick(['1m', '2m', '3 Pack', '6ft'])} Braided`, 5, 15, 'Electronics > Cables'],
  () => [`Guitar Picks ${R.pick(['0.73mm', '1.1 mm', '0.88mm', '1.14mm'])} Celluloid ${R.pick([12, 24, 50])} Pack`, 4, 12, 'Musical Instruments > Accessories'],
  () => [`Grade A Large Brown Eggs, 30 count`, 6, 12, 'Grocery > Eggs'],
  () => [`Stainless Steel Wall Mirror Mirror Finish ${R.pick(['60cm', '80 cm round', '50x70'])}`, 30, 90, 'Home > Mirrors'],
  () => [`Clone Trooper Action Figure 6 inch ${R.pick(['Phase II', 'Heavy Gunner', '501st Legion style'])} - Black Series`, 20, 35, 'Toys > Action Figures'],
  () => [`Replica Viking Axe, Display Only, Blunt Edge - Reenactment`, 40, 110, 'Collectibles > Historical Replicas'],
  () => [`Fake Plants Artificial Eucalyptus Stems ${R.pick([6, 10, 12])} pcs`, 10, 25, 'Home > Artificial Plants'],
  () => [`Faux Fur Throw Blanket 130x160 ${R.pick(['Grey', 'Cream', 'Blush'])}`, 25, 55, 'Home > Blankets'],
  () => [`Knock-Down Flat Pack Bookshelf 5 Tier Oak Effect`, 45, 95, 'Furniture > Bookcases'],
  () => [`Mirror Quality Acrylic Sheet ${R.pick(['A4', '300x300mm', '2mm'])} Silver`, 6, 20, 'Crafts > Acrylic'],
  () => [`Super Glue Clone-Proof ID Badge Holder`, 4, 10, 'Office > Badge Holders'],
  () => [`Copy Paper A4 80gsm 5 Reams`, 20, 35, 'Office > Paper'],
  () => [`Original Quality Chinese Oolong Tea 250g Tieguanyin`, 15, 40, 'Grocery > Tea'],
  () => [`Rep Range Tracker Gym Notebook - 12 Week Workout Log`, 8, 15, 'Books > Fitness'],
  () => [`"Same As It Ever Was" Vinyl LP Reissue`, 22, 35, 'Music > Vinyl'],
  () => [`Triple-A Rated Bond Investing Guide (Paperback)`, 12, 28, 'Books > Finance'],
  () => [`Replica Rosetta Stone Desk Model, British Museum Shop style, 20cm resin`, 25, 60, 'Home Decor > Sculptures'],
  () => [`Mirror-Polished Brass Door Knocker`, 20, 45, 'Home > Door Hardware'],
  () => [`UA Thermometer ${R.pick(['(Universal Analog)', 'oven dial'])} 50-300°C`, 8, 16, 'Kitchen > Thermometers'],
  () => [`11.1 x 4 inch Floating Shelf Bracket Heavy Duty Pair`, 12, 26, 'Home > Shelving'],
  () => [`1:1 Aspect Ratio Square Photo Frames Set of 9`, 18, 35, 'Home Decor > Frames'],
  () => [`A-Grade Teak Wood Shower Bench`, 80, 160, 'Bathroom > Benches'],
  () => [`Superclone Cherry Tomato Seeds - Heirloom, 50 seeds`, 3, 7, 'Garden > Seeds'],
];
const GM_ZH = [
  () => [`1:${R.pick([18, 24, 32, 64])}合金汽车模型 仿真 儿童玩具车 ${R.pick(['消防车', '公交车', '越野车', '老爷车'])}`, 29, 129, '玩具/模型'],
  () => [`高仿真绿植 假花 客厅装饰 ${R.pick(['龟背竹', '橄榄树', '尤加利叶', '琴叶榕'])}`, 39, 199, '家居/仿真植物'],
  () => [`仿真花 永生花礼盒 母亲节`, 29, 99, '鲜花/仿真花'],
  () => [`A字架 展示架 户外广告牌 折叠`, 49, 159, '办公/展示架'],
  () => [`仿古砖 300x300 复古地砖 客厅`, 3, 9, '建材/瓷砖'],
  () => [`复刻版 怀旧搪瓷杯 老上海 大茶缸`, 19, 49, '餐具/杯子'],
  () => [`AAA级 南京雨花石 原石 摆件`, 29, 99, '工艺品/奇石'],
  () => [`5号电池 AA 碱性 ${R.pick([20, 40, 60])}粒装 和 7号AAA通用`, 19, 49, '电池/干电池'],
  () => [`A类 婴儿连体衣 纯棉 新生儿`, 39, 89, '童装/连体衣'],
  () => [`1比1 等比例 人体骨骼模型 医学教学`, 199, 599, '教学/模型'],
  () => [`高仿真 硅胶 蛋糕模型 展示用`, 29, 99, '烘焙/模型'],
  () => [`仿真水果 塑料 苹果 香蕉 道具`, 9, 29, '家居/仿真水果'],
  () => [`复古 仿古 实木 中式 边柜`, 599, 1599, '家具/边柜'],
  () => [`仿皮 PU 沙发套 四季通用`, 59, 159, '家纺/沙发套'],
  () => [`镜面不锈钢 板材 304 加工定制`, 50, 300, '五金/板材'],
  () => [`顶级 东北 五常 稻花香 新米 5斤`, 39, 89, '粮油/大米'],
  () => [`A货架 B货架 仓库 重型 货架`, 199, 699, '仓储/货架'],
  () => [`原单号查询 快递单 热敏纸 100x150`, 19, 49, '办公/快递单'],
  () => [`仿真 兵马俑 博物馆 文创 摆件 1:10`, 59, 199, '工艺品/摆件'],
  () => [`超A级 加厚 泡沫箱 保温箱`, 9, 39, '包装/泡沫箱'],
  () => [`镜面 亚克力 镜子贴 软镜子 墙贴`, 15, 49, '家居/墙贴'],
  () => [`精仿 宋代 汝窑 茶杯 仿古`, 39, 129, '茶具/茶杯'],
];
function genericMarker(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.55], ['zh', 0.45]]);
    const [t, lo, hi, cat] = R.pick(lang === 'zh' ? GM_ZH : GM_EN)();
    const m = market(lang);
    const usd = lang === 'zh' ? R.f(lo, hi) / 7.2 : R.f(lo, hi);
    const o = { kind: 'neg.generic_marker', label: 'legit', lang, title: H.vary(t, lang), price: fromUSD(usd, m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 500), condition: 'new', category: cat, shipFrom: shipFor('legit', null, lang), sellerId: sellerId(lang) };
    const mode = descMode(0.28, 0.3);
    if (mode === 'long') o.description = ldFreeS(o.shipFrom, lang, lang === 'zh' ? t.split(' ')[0] + '，店主实拍。' : t + '.', lang === 'zh' ? ['品牌：无', '产地：' + R.pick(['浙江', '广东', '福建', '江苏'])] : ['Brand: Unbranded', 'Country of origin: ' + R.pick(['China', 'USA', 'Vietnam', 'India'])], null);
    else if (mode === 'short') o.description = lang === 'zh' ? R.pick(['厂家直发，品质好。', '实拍图，所见即所得。', '批发价格可谈。']) : R.pick(['Great value, ships fast.', 'See pictures for details.', 'Bulk pricing available.']);
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.nominative ----------------
const NOM = {
  watches: { en: ['Replacement Band for {B} {L}', 'Silicone Strap compatible with {B} {L}', 'Screen Protector for {B} {L} (3 pack)', 'Bezel Protector Case fits {B} {L}', 'Watch Winder for automatic watches incl. {B}'], zh: ['适用于{B}{L}表带 替换 硅胶', '{L}钢化膜 适用{B} 三片装', '替换表带 兼容{B}{L} 非原厂', '表带 适配{B} {L} 快拆'] },
  phones: { en: ['Case for {B} {L} - Clear Shockproof', 'Tempered Glass Screen Protector for {B} {L}', 'Camera Lens Protector for {L}', 'Wallet Case compatible with {B} {L}'], zh: ['{L}手机壳 适用{B} 透明防摔', '适用于{B}{L}钢化膜 全屏', '{L}镜头膜 适用{B} 非原装', '兼容{B}{L}保护套 磁吸'] },
  audio: { en: ['Replacement Ear Pads for {B} {L}', 'Hard Carrying Case for {B} {L}', 'Ear Tips compatible with {L} (S/M/L)', 'Headband Cushion fits {B} {L} - third party'], zh: ['适用{B}{L}耳罩 替换海绵套', '{L}耳机收纳包 兼容', '替换耳帽 适用于{B}{L} 非原厂', '{L}保护套 硅胶 适配'] },
  cameras: { en: ['Lens Hood compatible with {B} {L}', 'Spare Battery for {B} {L} (third-party)', 'Propeller Guard for {B} {L}', 'ND Filter Set for {B} {L}', 'Carrying Case for {L}'], zh: ['适用于{B}{L}桨叶保护罩', '{L}电池 第三方 兼容', 'ND滤镜套装 适配{B}{L}', '{L}收纳包 适用{B} 非原装', '兼容{B}{L}充电管家'] },
  'camera-lenses': { en: ['Lens Cap compatible with {B} {L}', 'UV Filter for {B} {L}', 'Lens Hood fits {L} (not made by {B})'], zh: ['{L}遮光罩 适用{B} 第三方', '适用于{B}{L}镜头盖', 'UV镜 兼容{L}'] },
  'game-consoles': { en: ['Charging Dock for {B} {L} controllers', 'Carrying Case for {B} {L}', 'Screen Protector for {L}', 'Thumb Grips compatible with {L}'], zh: ['{L}收纳包 适用{B}', '手柄充电座 兼容{L} 第三方', '{L}钢化膜 适用{B}', '{L}摇杆帽 适配'] },
  tools: { en: ['Battery Adapter for {B} 18V to other tools', 'Tool Holster fits {B} {L}', 'Replacement Chuck for {L} - aftermarket', 'Wall Mount for {B} batteries'], zh: ['电池转接头 适用{B}18V', '{L}工具挂架 兼容{B}电池', '适用于{B}的替换夹头 非原厂', '电池收纳架 适配{B}'] },
  batteries: { en: ['Charger compatible with {B} {L} (third-party, not made by {B})', 'Battery Adapter for {B} {L}', 'Replacement Battery for {B} 18V tools - generic brand'], zh: ['充电器 适用{B}{L} 第三方', '兼容{B}电池 替换 非原装', '适用{B}18V电池 转换座'] },
  'home-appliances': { en: ['Replacement Filter for {B} {L}', 'Storage Stand for {B} {L} and attachments', 'Wall Mount Holder compatible with {B} {L}', 'Attachment Organizer for {L} (not {B})'], zh: ['适用{B}{L}收纳架 免打孔', '{L}替换滤网 兼容{B}', '适配{B}{L}的收纳盒 非原厂', '{L}配件 兼容款 第三方'] },
  kitchenware: { en: ['Pint Containers compatible with {B} {L} (2 pack)', 'Replacement Blade for {B} {L}', 'Silicone Liners for {B} {L}'], zh: ['兼容{B}{L}冰淇淋杯', '{L}替换刀头 适用', '{L}硅胶垫 适配{B}'] },
  tyres: { en: ['Tyre Valve Caps (4) - fits all incl. {B}', 'Tyre Pressure Gauge', 'Wheel Bolts M14x1.5 for alloy wheels'], zh: ['轮胎气门帽 通用', '胎压表 汽车', '防盗螺丝 轮毂'] },
  'auto-parts': { en: ['Brake Pads to fit {B} {L} (EBC / Ferodo equivalent)', 'Caliper Paint Kit Red (not a {B} product)', 'Brake Lines for {L}-equipped cars', 'Pads cross-reference {B} {MN}'], zh: ['刹车片 适用{B}{L}卡钳', '兼容{B}{L}刹车片 国产', '{L}卡钳 刹车油管 适配', '刹车片 对应{B}型号{MN}'] },
  'printer-supplies': { en: ['Remanufactured Ink Cartridge replacement for {B} {MN}', 'Compatible {MN} XL Black - not OEM', 'Refill Kit for {B} {MN}'], zh: ['兼容{B}{MN}墨盒 可加墨', '{MN}替换墨盒 第三方', '适用{B}打印机 {MN} 兼容'] },
  handbags: { en: ['Purse Organizer Insert for {B} {L}', 'Bag Strap compatible with {L}', 'Bag Shaper Pillow fits {B} {L}', 'Dust Cover for {L} (generic)'], zh: ['适用{B}{L}内胆包 收纳', '{L}包撑 定型 适配', '包带 替换 兼容{L}', '{L}内衬 分隔袋'] },
  'small-leather-goods': { en: ['Organizer fits {B} {L}'], zh: ['{L}内胆 适配'] },
  shoes: { en: ['Shoe Trees for {B} {L}', 'Sole Protector for {L}', 'Replacement Laces for {B} {L}', 'Crease Protectors fits {L}'], zh: ['适用{B}{L}鞋带 替换', '{L}鞋底贴 防磨', '防皱鞋撑 适配{L}', '{L}鞋垫 替换'] },
  eyewear: { en: ['Replacement Lenses for {B} {L} - Polarized (aftermarket)', 'Case for {B} {L}', 'Nose Pads compatible with {L}'], zh: ['{L}替换镜片 兼容{B} 偏光', '适用{B}{L}镜片 第三方', '{L}眼镜盒 适配'] },
  toys: { en: ['Display Case for {B} {MN} {L}', 'LED Light Kit for {B} {MN}', 'Acrylic Box for {L}'], zh: ['{MN}展示盒 适用{B}', '{B}{MN}灯光组 第三方', '{L}亚克力盒 兼容'] },
};
function nominative(n) {
  const out = [];
  const pool = physical.filter((p) => NOM[p.cat] && !(p.cat === 'toys' && p.b.id !== 'lego'));
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.55], ['zh', 0.4], ['mixed', 0.05]]);
    const p = R.pick(pool);
    const zh = lang === 'zh';
    const tpl = R.pick(zh ? NOM[p.cat].zh : NOM[p.cat].en);
    const title = tpl.replaceAll('{B}', zh ? R.pick([bZh(p), p.b.name]) : p.b.name).replaceAll('{L}', zh ? lZh(p) : lEn(p)).replaceAll('{MN}', mn(p) || lEn(p));
    const m = market(lang, { noTmall: true });
    const usd = Math.min(R.f(6, 45), H.retailUSD(p) * 0.6 + 3);
    const o = { kind: 'neg.nominative', label: 'legit', lang, title: title + (lang === 'mixed' ? ' ' + R.pick(['compatible', 'third party', 'fits']) : ''), price: fromUSD(usd, m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 300), condition: 'new', category: zh ? R.pick(['配件/其他', '数码配件', '汽车用品/配件', '手表配件/表带', '家居/收纳']) : R.pick(['Accessories', 'Electronics > Accessories', 'Automotive > Accessories', 'Watch Bands', 'Home > Storage']), shipFrom: R.pick(['CN', 'CN', 'US', 'GB', 'DE']), sellerId: sellerId(lang) };
    const disc = zh ? R.pick([`本品为第三方配件，非${bZh(p)}官方出品，仅用于说明适配型号。`, '兼容配件，不含主机。', `商标归${p.b.name}所有，本店产品与其无关联。`]) : R.pick([`This is a third-party accessory. Not made by, or affiliated with, ${p.b.name}. Brand names are used only to describe compatibility.`, 'Compatible accessory only - main unit not included.', `${p.b.name} is a trademark of its owner; we are an independent accessory maker.`]);
    const mode = descMode(0.3, 0.4);
    if (mode === 'long') o.description = ldFreeS(o.shipFrom, zh ? 'zh' : lang === 'mixed' ? 'mixed' : 'en', disc, zh ? ['材质：' + R.pick(['硅胶', 'TPU', 'PU皮', '铝合金', 'ABS']), '适配：见标题'] : ['Material: ' + R.pick(['Silicone', 'TPU', 'PU leather', 'Aluminium', 'ABS']), 'Compatibility: see title'], null);
    else if (mode === 'short') o.description = disc;
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.common_word_brand ----------------
const CW_EN = [
  ['Supreme Pizza Cutter Wheel Stainless Steel', 8, 18, 'Kitchen > Utensils'], ['The Supreme Court: A Very Short Introduction (Paperback)', 9, 14, 'Books > Law'], ['Supreme Taco Seasoning Mix 12 Pack', 10, 20, 'Grocery > Spices'],
  ['Diesel Fuel Filter Water Separator for Generators', 15, 40, 'Automotive > Fuel System'], ['5kW Diesel Generator Silent Type', 900, 1900, 'Tools > Generators'], ['Diesel Engine Glow Plug Set of 4', 25, 60, 'Automotive > Engine Parts'], ['Diesel Exhaust Fluid 10L', 15, 30, 'Automotive > Fluids'],
  ['The Tudors: Henry VIII and His Six Wives (Hardcover)', 15, 30, 'Books > History'], ['Tudor Rose Embroidery Patch Iron-On', 4, 9, 'Crafts > Patches'], ['Tudor Style Dollhouse Kit 1:12', 60, 140, 'Toys > Dollhouses'],
  ['Ammonite Fossil Specimen Polished Pair from Madagascar', 18, 60, 'Collectibles > Fossils'], ['Trilobite Fossil in Matrix, Morocco', 25, 80, 'Collectibles > Fossils'], ['Fossil Hunting Kit for Kids - Dig & Discover', 12, 25, 'Toys > Science'], ['Shark Tooth Fossil Megalodon Replica', 10, 25, 'Collectibles > Fossils'],
  ['Tiffany Style Stained Glass Table Lamp 16 inch', 80, 220, 'Home > Lamps'], ['Tiffany Lamp Replacement Shade Dragonfly', 50, 120, 'Home > Lamp Shades'], ['"Breakfast at Tiffany\'s" Movie Poster Reprint A2', 10, 25, 'Art > Posters'], ['Tiffany Chair Chiavari Wedding Chair Gold', 30, 60, 'Furniture > Chairs'],
  ['Pachelbel Canon in D - Sheet Music for Piano Solo', 5, 12, 'Music > Sheet Music'], ['The Sherlock Holmes Canon - Complete Novels Box Set', 30, 60, 'Books > Fiction'], ['Canon Law Handbook, 2nd Edition', 25, 50, 'Books > Religion'],
  ['Apostles\' Creed Framed Print Calligraphy', 15, 35, 'Home Decor > Wall Art'], ['Creed Movie Trilogy Poster Boxing Gym Art', 10, 25, 'Art > Posters'],
  ['Continental Breakfast Tray Bamboo', 18, 35, 'Home > Serving Trays'], ['Continental Quilt Duvet 10.5 Tog King', 30, 70, 'Home > Bedding'], ['Lincoln Continental 1964 Tail Light Lens', 40, 90, 'Automotive > Classic Car Parts'], ['Continental Drift Science Poster', 8, 15, 'Education > Posters'],
  ['Milwaukee Brewers Cap Adjustable', 20, 35, 'Sports Fan Shop > Hats'], ['Milwaukee Bucks Jersey Youth', 40, 80, 'Sports Fan Shop > Jerseys'], ['Lonely Planet Milwaukee & Wisconsin Guide', 15, 25, 'Books > Travel'], ['Milwaukee Skyline Canvas Print', 25, 60, 'Home Decor > Wall Art'],
  ['Kids Ninja Costume with Mask, Age 6-8', 15, 30, 'Costumes > Kids'], ['Foam Ninja Stars Toy Set of 8', 8, 16, 'Toys > Pretend Play'], ['Ninja Warrior Obstacle Course Kit Backyard', 80, 160, 'Sports > Playground'], ['Ninja Turtle Plush 12 inch', 12, 25, 'Toys > Plush'],
  ['Galaxy Star Projector Night Light', 20, 40, 'Home > Lighting'], ['Yerba Mate Loose Leaf 1kg', 10, 20, 'Grocery > Tea'], ['1000 Piece Jigsaw Puzzle - Alpine Lake', 12, 25, 'Toys > Puzzles'], ['Blank Cassette Tapes 90 min 10 Pack', 15, 30, 'Electronics > Audio Media'],
  ['Royal Oak Lump Charcoal 8 kg', 15, 30, 'Garden > BBQ Fuel'], ['Chambered Nautilus Shell Cut Half', 15, 45, 'Collectibles > Shells'], ['Flamenco Dance Shoes Women Nailed Heels', 60, 120, 'Dance > Shoes'], ['Saint Louis Cardinals Hoodie', 40, 70, 'Sports Fan Shop > Hoodies'],
  ['Anjou Pears Fresh 2 kg Box', 12, 25, 'Grocery > Fruit'], ['Hourglass Sand Timer 30 Minutes Wooden', 10, 25, 'Home Decor > Hourglasses'], ['Jawbreaker Candy Giant 3 inch', 3, 8, 'Grocery > Candy'], ['Wheel Alignment Tool Align Gauge Camber', 30, 70, 'Automotive > Tools'],
  ['Scuba Diving Mask Tempered Glass', 20, 45, 'Sports > Diving'], ['Fuji Apples 5 lb Bag', 6, 12, 'Grocery > Fruit'], ['Praying Mantis Egg Case for Garden', 10, 20, 'Garden > Beneficial Insects'], ['The Alhambra: Granada Travel Guide', 12, 25, 'Books > Travel'],
];
const CW_ZH = [
  ['东北黄小米 新米 小黄米 5斤装 月子米', 29, 69, '粮油/杂粮'], ['小米粥 即食 杂粮 早餐', 19, 39, '冲饮/杂粮粥'], ['山西沁州黄小米 2.5kg', 39, 79, '粮油/小米'],
  ['博士帽 学位服 毕业照 硕士博士', 39, 129, '服装/学位服'], ['博士论文写作指南 书籍', 35, 69, '书籍/教育'], ['博士后 申请 经验分享 电子书', 9, 29, '书籍/教育'],
  ['红富士苹果 新鲜水果 10斤', 39, 89, '水果/苹果'], ['富士山 明信片 日本旅行 纪念', 9, 29, '文创/明信片'], ['富士山 拼图 1000片', 39, 89, '玩具/拼图'],
  ['三叶虫化石 标本 摩洛哥 原石', 59, 299, '收藏/化石'], ['菊石化石 切片 一对 摆件', 39, 159, '收藏/化石'], ['儿童考古挖掘玩具 恐龙化石', 19, 49, '玩具/科教'],
  ['忍者服装 儿童 cosplay 万圣节', 39, 99, '服装/cos'], ['银河星空投影灯 Galaxy 小夜灯', 49, 99, '家居/灯具'],
  ['拼图 1000片 成人 风景 puzzle', 29, 69, '玩具/拼图'], ['空白磁带 卡带 Cassette 录音', 15, 39, '影音/磁带'], ['鹦鹉螺 贝壳 摆件 天然', 39, 199, '工艺品/贝壳'], ['马黛茶 阿根廷 Yerba Mate', 49, 99, '茶/马黛茶'],
  ['沙漏 计时器 30分钟 木质', 19, 59, '家居/摆件'], ['皇家橡树 园艺 橡树苗 盆栽', 29, 99, '园艺/苗木'], ['都铎王朝 英国史 书籍', 39, 79, '书籍/历史'], ['卡农 钢琴谱 简谱 原版', 9, 29, '书籍/乐谱'],
  ['柴油发电机 5千瓦 静音', 3000, 8000, '五金/发电机'], ['柴油滤清器 Diesel 卡车', 39, 129, '汽车配件/滤清器'], ['至尊披萨 Supreme 冷冻披萨 9寸', 29, 59, '食品/披萨'], ['蒂凡尼灯 Tiffany 风格 彩色玻璃台灯', 299, 899, '家居/台灯'],
];
function commonWordBrand(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.6], ['zh', 0.4]]);
    const [t, lo, hi, cat] = R.pick(lang === 'zh' ? CW_ZH : CW_EN);
    const m = market(lang, { noTmall: false });
    const usd = lang === 'zh' ? R.f(lo, hi) / 7.2 : R.f(lo, hi);
    const o = { kind: 'neg.common_word_brand', label: 'legit', lang, title: H.vary(t, lang), price: fromUSD(usd, m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 80), condition: R.chance(0.9) ? 'new' : 'used', category: cat, shipFrom: shipFor('legit', null, lang), sellerId: sellerId(lang) };
    const mode = descMode(0.3, 0.3);
    if (mode === 'long') o.description = ldFreeS(o.shipFrom, lang, lang === 'zh' ? t.split(' ').slice(0, 2).join(' ') + '，实物拍摄，欢迎咨询。' : t + '. See photos for details.', lang === 'zh' ? ['规格：见标题'] : ['Specifications: as titled'], null);
    else if (mode === 'short') o.description = lang === 'zh' ? R.pick(['现货，48小时内发货。', '品质好，回头客多。', '新鲜发货。']) : R.pick(['Great gift. Ships in 1-2 days.', 'As pictured.', 'Fast dispatch.']);
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.authorized_seller ----------------
function mktForSeller(s) {
  if (/tmall/.test(s)) return ['tmall', 'CNY', 'zh'];
  if (/_jd_|jd_self/.test(s)) return ['jd', 'CNY', 'zh'];
  if (/vmall/.test(s)) return ['vmall', 'CNY', 'zh'];
  if (/amazon/.test(s)) return [R.pick(['amazon.com', 'amazon.co.uk', 'amazon.de']), null, 'en'];
  if (/_av_|yinta/.test(s)) return ['jd', 'CNY', 'zh'];
  return R.pick([['amazon.com', 'USD', 'en'], ['ebay.com', 'USD', 'en'], ['tmall', 'CNY', 'zh'], ['amazon.co.uk', 'GBP', 'en'], ['zalando_de', 'EUR', 'en']]);
}
function authorizedSeller(n) {
  const out = [];
  const pool = physical.filter((p) => p.b.authorizedSellers && p.b.authorizedSellers.length);
  for (let i = 0; i < n; i++) {
    const p = R.pick(pool);
    const s = R.pick(p.b.authorizedSellers);
    let [mk, cur, lang] = mktForSeller(s);
    if (!cur) cur = mk === 'amazon.co.uk' ? 'GBP' : mk === 'amazon.de' ? 'EUR' : 'USD';
    if (lang === 'zh' && R.chance(0.15)) lang = 'mixed';
    const o = { kind: 'neg.authorized_seller', label: 'legit', lang, price: priceAt(p, R.f(0.97, 1.0), cur), currency: cur, marketplace: mk, quantity: R.int(1, 50), condition: 'new', category: catStr(p, lang), shipFrom: lang === 'en' ? R.pick(['US', 'GB', 'DE', 'NL', 'FR', 'IT']) : R.pick(['CN', 'CN', 'HK']), sellerId: s };
    if (lang === 'en') o.title = tj(R.pick([[p.b.name, lEn(p), mn(p) || '', colourOf(p, 'en') || '', attrEn(p)], [p.b.name, lEn(p), '-', R.pick(['Official Store', 'Authorized Retailer', '', 'Official'])], [p.b.name + ' ' + p.l.name, attrEn(p, 2)]]), 'en');
    else o.title = tj([R.pick([p.b.name + '/' + bZh(p), bZh(p), p.b.name]), lZh(p), attrZh(p, R.int(1, 2)), R.pick(['官方旗舰店', '官方正品', '', '顺丰包邮', '品牌直发', '']), lang === 'mixed' ? attrEn(p) : ''], 'zh');
    const intro = lang === 'en' ? R.pick([`Sold and shipped by the official ${p.b.name} store.`, `${p.b.name} authorized retailer. Full manufacturer warranty.`, `Official ${p.b.name} product. Registered warranty available.`]) : R.pick([`${bZh(p)}官方旗舰店，品牌授权，全国联保。`, '官方正品，支持专柜验货，开具发票。', '品牌直营，顺丰包邮，七天无理由。']);
    maybeDesc(o, p, lang, intro, intro, '', 0.32, 0.3);
    out.push(rec({ ...o, keep: ['sellerId', 'price'] }));
  }
  return out;
}

// ---------------- neg.second_hand ----------------
const USED_FRAC = { watches: [0.65, 0.95], handbags: [0.35, 0.8], 'small-leather-goods': [0.25, 0.6], shoes: [0.2, 0.6], apparel: [0.2, 0.55], jewellery: [0.45, 0.8], eyewear: [0.25, 0.55], phones: [0.35, 0.75], audio: [0.3, 0.65], cameras: [0.45, 0.8], 'camera-lenses': [0.5, 0.85], toys: [0.5, 0.9], tools: [0.35, 0.7], batteries: [0.3, 0.5], 'home-appliances': [0.35, 0.7], kitchenware: [0.35, 0.65], tyres: [0.15, 0.45], 'auto-parts': [0.35, 0.7], fragrance: [0.3, 0.6], 'outdoor-gear': [0.3, 0.6] };
const USED_EN = ['Pre-owned', 'Used', 'Preloved', 'Gently used', 'Vintage', 'Second hand', 'Previously owned', 'Used - good condition', 'Used, excellent'];
const USED_ZH = ['二手', '闲置', '中古', '九成新', '95新', '八成新', '自用闲置', '99新', '使用痕迹明显'];
const USED_PROOF_EN = ['authenticated by Entrupy', 'with original receipt', 'box and papers', 'full set', 'receipt from boutique included', 'authenticated', 'comes with dust bag and card', 'service papers 2024', 'proof of purchase included'];
const USED_PROOF_ZH = ['附购买小票', '有保卡', '专柜购入', '盒证齐全', '已过鉴定', '有发票', '官网购买记录可查', '附鉴定证书'];
function secondHand(n) {
  const out = [];
  const pool = physical.filter((p) => USED_FRAC[p.cat] && p.cat !== 'cosmetics' && p.cat !== 'game-consoles');
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.45], ['mixed', 0.05]]);
    const p = R.pick(pool);
    let [a, b] = USED_FRAC[p.cat];
    // iconic steel sports watches trade above retail on the secondary market
    if (['patek-philippe', 'audemars-piguet'].includes(p.b.id)) [a, b] = [0.95, 2.2];
    const m = market(lang, { used: true, legit: true });
    const o = { kind: 'neg.second_hand', label: 'legit', lang, price: priceAt(p, R.f(a, b), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: 1, condition: R.chance(0.9) ? 'used' : 'refurbished', category: catStr(p, lang), shipFrom: lang === 'zh' ? 'CN' : R.pick(['US', 'GB', 'DE', 'JP', 'FR', 'AU', 'CA', 'HK']), sellerId: sellerId(lang) };
    const yr = ['watches', 'handbags', 'jewellery', 'small-leather-goods'].includes(p.cat) && !/Gen 6|GT 5|Watch7|Band|Cagole|Cassette|Jodie|Andiamo|T1|Code 11|16202|Pelagos 39|Mr\. Daddy/.test(p.l.name) ? R.int(2012, 2025) : R.int(2024, 2026);
    if (lang === 'zh') o.title = tj(R.shuffle([R.pick(USED_ZH), bZh(p), lZh(p), R.chance(0.5) ? R.pick(USED_PROOF_ZH) : '', R.chance(0.4) ? `${yr}年购入` : '', colourOf(p, 'zh') || '']), 'zh');
    else o.title = tj([R.pick(USED_EN), p.b.name, lEn(p), mn(p) || '', R.chance(0.5) ? colourOf(p, 'en') : '', R.chance(0.5) ? '- ' + R.pick(USED_PROOF_EN) : '', R.chance(0.3) ? `(${yr})` : ''], 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick(USED_ZH);
    const where = ['phones', 'audio', 'cameras', 'camera-lenses', 'home-appliances', 'kitchenware', 'tools', 'batteries', 'tyres', 'auto-parts', 'toys'].includes(p.cat);
    const intro = lang === 'zh' ? R.pick([`${yr}年在${where ? '官方店' : '专柜'}购入，自用为主，因为不常用出掉。`, '个人闲置，有正常使用痕迹，介意勿拍，不退不换。', '搬家清理，东西都是自己用过的，图片实拍。']) : R.pick([`Bought new in ${yr} from ${where ? 'a retailer' : 'the boutique'}. Light signs of wear, see photos.`, 'Selling from my personal collection. Normal wear consistent with age.', 'Used a handful of times, stored carefully. Sold as is.']);
    maybeDesc(o, p, lang, intro, intro, '', 0.3, 0.35, { condition: lang === 'zh' ? R.pick(['九成新', '八成新', '95新']) : R.pick(['Very good', 'Good', 'Excellent']) });
    out.push(rec({ ...o, keep: ['condition', 'price'] }));
  }
  return out;
}

// ---------------- neg.promotion ----------------
const PROMO_EN = ['Black Friday', 'Cyber Monday', 'SALE', 'Clearance', 'Outlet', 'Spring Sale', 'Boxing Day', 'Prime Day deal', 'End of Season', 'Summer Sale', 'Last one at this price', 'Holiday deal', 'Mid-Season Sale', 'Singles Day'];
const PROMO_ZH = ['双十一', '双11预售', '618大促', '年货节', '限时折扣', '清仓特价', '换季清仓', '满减', '会员日', '百亿补贴', '秒杀', '双12', '官方立减'];
function promotion(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.45], ['mixed', 0.05]]);
    const p = pickProduct();
    const off = R.f(0.1, 0.5);
    const o = legitBase('neg.promotion', lang, p, 1 - off);
    if (R.chance(0.35) && p.b.authorizedSellers) o.sellerId = R.pick(p.b.authorizedSellers);
    const pct = Math.round(off * 100);
    if (lang === 'zh') o.title = tj(R.shuffle([R.pick(PROMO_ZH), bZh(p), lZh(p), attrZh(p), R.chance(0.5) ? `${Math.round((1 - off) * 10 * 10) / 10}折` : `直降${pct}%`]), 'zh');
    else o.title = tj(R.shuffle([R.pick(PROMO_EN), `${p.b.name} ${lEn(p)}`, attrEn(p), R.chance(0.5) ? `${pct}% off` : 'was ' + (o.currency === 'JPY' ? Math.round(o.price / (1 - off) / 10) * 10 : Math.round(o.price / (1 - off))) + ' ' + o.currency]), 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick(PROMO_ZH);
    const intro = lang === 'zh' ? R.pick(['活动价仅限活动期间，售完即止。全新正品，假一赔三。', '官方活动，叠加店铺券更优惠。', '换季清仓，库存不多，手慢无。']) : R.pick([`Limited-time promotion: ${pct}% off while stocks last. Brand new, full warranty.`, 'Outlet stock: previous season, brand new with tags.', 'Sale price valid until midnight Sunday.']);
    maybeDesc(o, p, lang, intro, intro, '', 0.3, 0.35);
    out.push(rec({ ...o, keep: ['price'] }));
  }
  return out;
}

// ---------------- neg.gray_market ----------------
const GRAY_EN = ['EU version', 'International Version', 'UK stock', 'Japan version', 'HK version', 'Parallel import', 'Import', 'Asia version', 'Global version', 'US version'];
const GRAY_ZH = ['港版', '日版', '欧版', '美版', '海外代购', '香港代购', '免税店购入', '国际版', '日本直邮', '韩国免税', '澳门购入'];
function grayMarket(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.4], ['zh', 0.52], ['mixed', 0.08]]);
    const p = pickProduct((x) => !['tyres', 'auto-parts'].includes(x.cat));
    const o = legitBase('neg.gray_market', lang, p, R.f(0.82, 1.08));
    o.sellerId = sellerId(lang);
    const tech = ['phones', 'audio', 'cameras', 'camera-lenses', 'game-consoles', 'home-appliances', 'kitchenware', 'tools', 'batteries'].includes(p.cat);
    if (lang === 'zh') o.title = tj(R.shuffle([R.pick(GRAY_ZH), bZh(p), lZh(p), attrZh(p), R.pick(['附小票', '全新', '带发票', '专柜购入', '原封', ''])]), 'zh');
    else o.title = tj([p.b.name, lEn(p), mn(p) || '', '(' + R.pick(tech ? GRAY_EN : ['Bought in Europe', 'EU boutique purchase', 'Import', 'Parallel import', 'Japan purchase', 'Bought in Hong Kong', 'Paris receipt']) + ')', attrEn(p), R.pick(['- Brand New', tech ? 'Sealed' : 'Unworn', '', 'with receipt'])], 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick(GRAY_ZH);
    const intro = lang === 'zh'
      ? (tech ? R.pick(['港版行货，附香港购物发票，全新未拆。港版不享受国内联保，请知悉。', '欧版，说明书为英文/德文，功能与国行一致，配转换插头。', '日版，菜单可切换中文，日本购入附小票。']) : R.pick(['香港专柜购入，附购物小票，全新未使用。', '日本免税店代购，小票可拍照给您看，正品保证。', '海外代购，国外专柜小票随货，关税已含。']))
      : (tech ? R.pick(['Imported from Hong Kong. Genuine product with receipt; warranty is international, not local.', 'EU model - plug adapter included. Brand new, sealed.', 'Parallel import: genuine goods, but the local manufacturer warranty may not apply.', 'Japan domestic model, menus in English available.']) : R.pick(['Purchased new at the brand boutique abroad; receipt included. Parallel import, not from a local dealer.', 'Bought in Europe (VAT refund form included). Genuine, unworn.', 'Imported from Japan, store receipt enclosed. International warranty only.']));
    maybeDesc(o, p, lang, intro, intro, '', 0.3, 0.38);
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.negated_marker ----------------
const NEG_EN = ['100% Authentic', 'Not a replica', 'Genuine - no fakes', 'Authentic Guaranteed', '100% genuine, not a copy', 'Real, not replica', 'No reps', 'Legit', 'Authenticity guaranteed'];
const NEG_ZH = ['绝非高仿', '假一赔十', '专柜正品 非A货', '保真', '假一罚十', '拒绝高仿', '正品保证 非复刻', '支持验货 假货包退', '非仿品'];
const GUIDES_EN = [
  (b) => [`How to Spot a Fake ${b.name}: An Authentication Handbook (Paperback)`, 14, 30, 'Books > Fashion'],
  (b) => [`${b.name} Authentication Service - Photo Review with Certificate`, 15, 45, 'Services > Authentication'],
  (b) => [`Real vs Fake ${b.name} - Illustrated Guide (eBook)`, 5, 12, 'Books > eBooks'],
];
const GUIDES_ZH = [
  (b) => [`${b.g.zh}真假鉴定 教程 图解 书籍`, 29, 69, '书籍/收藏鉴定'],
  (b) => [`${b.g.zh} 鉴定服务 专业鉴别 出具证书`, 39, 199, '服务/鉴定'],
];
function negatedMarker(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.45], ['mixed', 0.05]]);
    const p = pickProduct();
    if (R.chance(0.2)) {
      const zh = lang === 'zh';
      const [t, lo, hi, cat] = R.pick(zh ? GUIDES_ZH : GUIDES_EN)(p.b);
      const m = market(zh ? 'zh' : 'en');
      const o = { kind: 'neg.negated_marker', label: 'legit', lang: zh ? 'zh' : 'en', title: H.vary(t, zh ? "zh" : "en"), price: fromUSD(zh ? R.f(lo, hi) / 7.2 : R.f(lo, hi), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 99), condition: 'new', category: cat, sellerId: sellerId(zh ? 'zh' : 'en') };
      if (R.chance(0.5)) o.description = zh ? `教你识别${p.b.g.zh}高仿、A货的细节：字体、走线、五金、编码。作者从事奢侈品鉴定十年。` : `Learn the tells of replicas and counterfeits: fonts, stitching, hardware, serial formats. Written by a professional authenticator with ten years of experience.`;
      out.push(rec(o));
      continue;
    }
    const o = legitBase('neg.negated_marker', lang, p, R.f(0.92, 1.02));
    if (R.chance(0.3) && p.b.authorizedSellers) o.sellerId = R.pick(p.b.authorizedSellers);
    if (lang === 'zh') o.title = tj(R.shuffle([bZh(p), lZh(p), R.pick(NEG_ZH), attrZh(p)]), 'zh');
    else o.title = tj([p.b.name, lEn(p), attrEn(p), '-', R.pick(NEG_EN)], 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick(NEG_ZH);
    const note = lang === 'zh' ? R.pick(['本店只卖正品，绝非高仿，支持任何专柜及第三方鉴定，假一赔十。', '本店不卖A货，不卖复刻，请放心购买。', '所有商品均从品牌官方渠道进货，可提供进货凭证。']) : R.pick(['We sell only authentic items. This is NOT a replica, NOT a "1:1", NOT a mirror copy. Authentication welcome.', 'No fakes, no reps, ever. Full refund if any authenticator says otherwise.', 'Purchased from the brand\'s own store; receipt available on request.']);
    maybeDesc(o, p, lang, '', note, note, 0.33, 0.4);
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.colour_words ----------------
const CWD_EN = ['Black Friday Deal', 'White-glove delivery', 'Ships in a red gift box', 'Red Sea edition map', 'Green Monday', 'Blue Monday sale', 'Gift wrapped in silver paper', 'Orange County seller', 'Golden Week shipping notice', 'White Label Warranty'];
const CWD_ZH = ['黑五', '红包返现', '白色情人节礼物', '红盒包装', '绿色通道发货', '金秋特惠', '黑卡会员', '粉丝福利', '白条免息', '红色礼袋'];
function colourWords(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.55], ['zh', 0.4], ['mixed', 0.05]]);
    const p = pickProduct((x) => (x.l.colours && x.l.colours.length) || true);
    const o = legitBase('neg.colour_words', lang, p, R.f(0.9, 1.02));
    const genuine = colourOf(p, lang === 'zh' ? 'zh' : 'en');
    const useWord = R.chance(0.55) || !genuine;
    if (lang === 'zh') o.title = tj(R.shuffle([bZh(p), lZh(p), useWord ? R.pick(CWD_ZH) : '', genuine || '', attrZh(p)]), 'zh');
    else o.title = tj([p.b.name, lEn(p), genuine ? R.pick([genuine, '- ' + genuine, '(' + genuine + ')']) : '', attrEn(p), useWord ? '| ' + R.pick(CWD_EN) : ''], 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick(CWD_ZH);
    const note = lang === 'zh' ? R.pick(['黑五期间订单较多，发货顺延1-2天。', '礼品订单可选红色礼盒包装。', '白条分期免息，详见结算页。']) : R.pick(['White-glove delivery available for this item at checkout.', 'Every order ships in our signature red gift box.', 'Black Friday orders may take an extra day to dispatch.']);
    maybeDesc(o, p, lang, '', note, note, 0.3, 0.35);
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.model_codes ----------------
const MC_EN = [
  ['PP Storage Box 5L with Lid, Stackable (Polypropylene)', 5, 12, 'Home > Storage'], ['SS304 Stainless Steel Hex Bolts M12 x 50, 20 pcs', 8, 20, 'Hardware > Fasteners'], ['M12 Lug Nuts x 1.5 Chrome 20 pcs', 12, 25, 'Automotive > Wheels'],
  ['BB Cream SPF30 Light Beige 40ml', 8, 18, 'Beauty > BB Cream'], ['EL Wire 5m Neon Glow Blue with Battery Pack', 6, 14, 'Electronics > Lighting'], ['Wi-Fi 6 Ceiling AP Access Point, PoE', 45, 120, 'Networking > Access Points'],
  ['RO Membrane 75 GPD Reverse Osmosis Replacement', 15, 35, 'Home > Water Filters'], ['LC-LC Fiber Patch Cable OM3 3m', 6, 14, 'Networking > Fiber'], ['SV650 Frame Sliders for Suzuki', 40, 80, 'Motorcycle > Protection'],
  ['GT 1030 2GB Low Profile Graphics Card', 70, 110, 'Computers > Graphics Cards'], ['G-7 HEPA Filter Replacement for Air Purifiers', 10, 25, 'Home > Air Filters'], ['CO2 Sensor Module NDIR 0-5000 ppm', 20, 45, 'Electronics > Sensors'],
  ['M18 x 1.5 Oxygen Sensor Bung Weld-In', 5, 12, 'Automotive > Exhaust'], ['V15 Engine Gasket Set for Vintage Outboard', 25, 60, 'Marine > Engine Parts'], ['T1 Glass Fuse 250V 5x20mm 100 pcs', 4, 10, 'Electronics > Fuses'],
  ['Sigma 24-70mm F2.8 DG DN Art Lens for Sony E', 1000, 1150, 'Cameras > Lenses'], ['Tamron 28-75mm F/2.8 Di III VXD G2 (Sony E-mount)', 750, 880, 'Cameras > Lenses'], ['DW-40 Drywall Screws 3.5x40mm 1000 pcs', 12, 25, 'Hardware > Screws'],
  ['PC7 Power Cord IEC C7 Figure 8, 2m', 4, 9, 'Electronics > Cables'], ['F91 Steel Bar Stock 1 inch Round', 15, 35, 'Industrial > Metals'], ['AF101 Air Filter Element for Lawn Mower (own brand)', 6, 14, 'Garden > Mower Parts'],
  ['GIT Pocket Guide: Version Control for Beginners', 15, 30, 'Books > Computing'], ['X100 Microscope Lens Clip for Smartphones', 8, 18, 'Phone Accessories > Lenses'], ['P39 Coin Cell Batteries CR2032 10 pack', 4, 9, 'Electronics > Batteries'],
  ['AT Cable Ties 300mm UV Resistant 100 pcs', 5, 12, 'Hardware > Cable Ties'], ['NB Notebook Cooling Pad 15.6"', 15, 30, 'Computer Accessories > Cooling Pads'], ['SP-01 Speaker Wire Clips', 3, 8, 'Audio > Accessories'],
  ['OK Hand Sign Enamel Pin', 4, 9, 'Accessories > Pins'], ['TD-4 Digital Thermostat Controller', 18, 35, 'HVAC > Thermostats'], ['RTT Roof Top Tent Mounting Brackets', 60, 120, 'Automotive > Roof Racks'],
];
const MC_ZH = [
  ['990足金 吊坠 小金豆 转运珠', 300, 900, '黄金/吊坠'], ['PP收纳箱 加厚 塑料 带盖', 19, 59, '收纳/收纳箱'], ['SS304不锈钢螺丝 M12 外六角', 9, 39, '五金/螺丝'], ['BB霜 遮瑕 隔离 自然色', 29, 79, '彩妆/BB霜'],
  ['AP无线吸顶 企业级 WiFi6', 299, 799, '网络设备/AP'], ['RO反渗透膜 75G 净水器滤芯 通用', 59, 159, '净水/滤芯'], ['LC-LC光纤跳线 多模 3米', 9, 29, '网络/光纤'], ['M18 氧传感器 焊接座', 9, 29, '汽车配件/排气'],
  ['GT5 遥控车 四驱 越野 儿童玩具', 99, 299, '玩具/遥控车'], ['DW 德威 螺丝刀 十件套', 29, 79, '五金/螺丝刀'], ['T1 保险丝 玻璃管 5x20', 5, 15, '电子元件/保险丝'], ['CTF网络安全竞赛 入门教程 书', 49, 99, '书籍/计算机'],
  ['EL冷光线 发光线 装饰 5米', 15, 39, '灯具/装饰灯'], ['OK镜护理液 角膜塑形镜', 49, 129, '眼镜/护理液'], ['SV 摩托车 挡泥板 改装', 79, 199, '摩托车配件/外观'], ['5711 LED 灯珠 贴片 100个', 9, 29, '电子元件/LED'],
];
function modelCodes(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.6], ['zh', 0.4]]);
    const [t, lo, hi, cat] = R.pick(lang === 'zh' ? MC_ZH : MC_EN);
    const m = market(lang);
    const o = { kind: 'neg.model_codes', label: 'legit', lang, title: H.vary(t, lang), price: fromUSD(lang === 'zh' ? R.f(lo, hi) / 7.2 : R.f(lo, hi), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 500), condition: 'new', category: cat, shipFrom: shipFor('legit', null, lang), sellerId: sellerId(lang) };
    const mode = descMode(0.3, 0.3);
    if (mode === 'long') o.description = ldFreeS(o.shipFrom, lang, lang === 'zh' ? '规格型号以标题为准，量大可开票。' : 'Specifications as in title. Bulk pricing and invoices available.', lang === 'zh' ? ['型号：见标题', '产地：中国'] : ['Part number: see title', 'Country of origin: ' + R.pick(['China', 'Taiwan', 'USA', 'Germany', 'Japan'])], null);
    else if (mode === 'short') o.description = lang === 'zh' ? '现货，当天发。' : 'In stock, ships today.';
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.licensed_repro ----------------
const CUT = '2026-12-01';
const REPRO_EN = [
  ['Terracotta Warrior Replica 30 cm - Official Museum Shop Reproduction', 40, 90, 'Home Decor > Sculptures'], ['Tutankhamun Mask Replica, licensed by the Egyptian Museum, resin 25cm', 60, 140, 'Collectibles > Museum Replicas'],
  ['Generic Samurai Cosplay Armor Costume, unbranded, adult M', 80, 160, 'Costumes > Adult'], ['Medieval Knight Helmet Replica, 18 gauge steel, wearable', 90, 180, 'Collectibles > Armor'],
  ['Wizard Cloak Costume Black, no logos, Halloween', 20, 40, 'Costumes > Adult'], ['Replica Antikythera Mechanism Model - Science Museum Gift Shop', 50, 120, 'Collectibles > Science'],
  ['Venus de Milo Museum Replica 40cm (Louvre Collection licensed)', 70, 150, 'Home Decor > Statues'], ['Space Shuttle 1:200 Model, NASA licensed', 35, 70, 'Toys > Models'],
];
const REPRO_ZH = [
  ['故宫文创 官方授权 千里江山 复刻 摆件', 99, 299, '文创/摆件'], ['三星堆 青铜面具 博物馆 文创 复制品', 59, 199, '文创/摆件'], ['国家博物馆 官方 复刻 铜奔马 摆件', 159, 399, '文创/收藏'],
  ['汉服 cosplay 古风 男装 无品牌', 99, 299, '服装/汉服'], ['兵马俑 复制品 博物馆授权 1:10', 199, 599, '工艺品/摆件'],
];
function licensedRepro(n) {
  const out = [];
  const works = [];
  for (const id of ['harborlight-studios', 'silver-pagoda-films']) { const b = brandById(id); for (const w of b.works) if (w.discReleaseDate <= CUT) works.push({ b, w }); }
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.45], ['mixed', 0.05]]);
    const zh = lang === 'zh';
    const r = R.r();
    const m = market(zh ? 'zh' : lang === 'mixed' ? 'mixed' : 'en');
    let o;
    if (r < 0.5) {
      const { b, w } = R.pick(works);
      const zt = isCJK(w.title) ? w.title : (w.aliases || []).find(isCJK) || w.title;
      const et = !isCJK(w.title) ? w.title : (w.aliases || []).find((a) => !isCJK(a)) || w.title;
      const own = R.chance(0.3);
      const title = zh ? R.pick([`${zt} 正版蓝光 BD50 ${b.aliases.find(isCJK) || ''}出品`, `《${zt}》官方正版 DVD 带防伪标`, `${zt} 4K UHD 正版 收藏版 铁盒`, `正版 ${zt} 蓝光碟 ${w.discReleaseDate.slice(0, 4)}年发行`]) : R.pick([`${et} (Blu-ray) - Official ${b.name} Release`, `${et} 4K UHD + Blu-ray, Region A, sealed`, `${et} DVD, official release ${w.discReleaseDate.slice(0, 4)}`, `${et} Steelbook Blu-ray Limited Edition`]);
      o = { kind: 'neg.licensed_repro', label: 'legit', lang, title: title + (lang === 'mixed' ? ' 正版' : ''), price: fromUSD(R.f(14, 40), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 40), condition: 'new', category: zh ? '音像/影视光盘' : 'Movies & TV > Blu-ray', shipFrom: zh ? 'CN' : R.pick(['US', 'GB', 'DE']), sellerId: own ? R.pick(b.authorizedSellers) : sellerId(lang) };
      if (R.chance(0.4)) o.description = zh ? `官方正版，${w.discReleaseDate}发行，碟片带防伪码，支持查询。` : `Official disc release (street date ${w.discReleaseDate}). Includes bonus features.`;
    } else if (r < 0.65) {
      // licensed merchandise of the studio's released films
      const { b, w } = R.pick(works.concat(brandById('harborlight-studios').works.filter((x) => x.discReleaseDate > CUT).map((x) => ({ b: brandById('harborlight-studios'), w: x }))));
      const et = !isCJK(w.title) ? w.title : (w.aliases || []).find((a) => !isCJK(a)) || w.title;
      o = { kind: 'neg.licensed_repro', label: 'legit', lang: zh ? 'zh' : 'en', title: zh ? `${(w.aliases || []).find(isCJK) || w.title} 官方授权 周边 道具复刻 徽章 限量` : `${et} Officially Licensed Prop Replica - ${R.pick(['Compass', 'Lantern', 'Captain\'s Badge', 'Map Scroll'])} (${b.name} licensed)`, price: fromUSD(R.f(25, 120), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 30), condition: 'new', category: zh ? '影视周边/道具' : 'Collectibles > Movie Memorabilia', sellerId: R.chance(0.5) ? R.pick(b.authorizedSellers) : sellerId(lang) };
      if (R.chance(0.5)) o.description = zh ? '官方授权周边，附授权证书编号，非光盘。' : 'Licensed collectible with certificate of authenticity. Merchandise only - this is not a disc.';
    } else {
      const [t, lo, hi, cat] = R.pick(zh ? REPRO_ZH : REPRO_EN);
      o = { kind: 'neg.licensed_repro', label: 'legit', lang: zh ? 'zh' : 'en', title: H.vary(t, zh ? "zh" : "en"), price: fromUSD(zh ? R.f(lo, hi) / 7.2 : R.f(lo, hi), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 50), condition: 'new', category: cat, shipFrom: zh ? 'CN' : R.pick(['US', 'GB', 'IT', 'EG', 'CN']), sellerId: sellerId(lang) };
      if (R.chance(0.5)) o.description = ldFreeS(o.shipFrom, zh ? 'zh' : 'en', zh ? '博物馆官方文创，附说明卡。' : 'Museum-licensed reproduction with a description card.', zh ? ['材质：树脂', '尺寸：见标题'] : ['Material: resin / cast stone', 'Size: see title'], null);
    }
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.used_console ----------------
const UC_EN = [
  (p) => [`${p.b.name} ${lEn(p)} - used, original firmware, not modded, with box`, 0.55, 0.8, 'used'],
  (p) => [`${lEn(p)} console, ${/PS5|PlayStation/.test(p.l.name) ? 'HDMI port' : 'battery'} replaced by technician - no mods, works perfectly`, 0.45, 0.7, 'refurbished'],
  (p) => [`${p.b.name} ${lEn(p)} bundle + 2 games, used, everything original`, 0.6, 0.85, 'used'],
  (p) => [`Official ${p.b.name} ${lEn(p)} - brand new sealed`, 0.95, 1.02, 'new'],
  (p) => [`${lEn(p)} refurbished by ${p.b.name} (official refurb), 1 year warranty`, 0.75, 0.88, 'refurbished'],
];
const UC_ACC_EN = [
  ['Backup Battery Power Bank 10000mAh for Nintendo Switch', 20, 40], ['SanDisk 256GB microSDXC Memory Card for Nintendo Switch (licensed)', 25, 40], ['Official Joy-Con Charging Grip', 25, 30],
  ['PS5 Console Cover Plates - official Sony, Cobalt Blue', 50, 55], ['Mario Kart 8 Deluxe - physical cartridge, used, complete', 30, 45], ['HORI Split Pad Compact - officially licensed by Nintendo', 40, 55],
  ['Game Boy Advance SP used, original, tested, no reproduction parts', 60, 110], ['PS Vita 1000 used, official firmware 3.74, with 16GB Sony memory card', 110, 180],
];
const UC_ZH = [
  (p) => [`二手 ${bZh(p)} ${lZh(p)} 正版系统 未破解 盒说全`, 0.55, 0.8, 'used'],
  (p) => [`${lZh(p)} 国行 九成新 无拆无修 可联网`, 0.55, 0.78, 'used'],
  (p) => [`${lZh(p)} ${/PS5/.test(p.l.name) ? '换过HDMI接口' : '换过电池'} 无改机 正常使用`, 0.45, 0.65, 'refurbished'],
  (p) => [`${bZh(p)}${lZh(p)} 全新未拆 国行 官方正品`, 0.95, 1.02, 'new'],
];
const UC_ACC_ZH = [['switch 充电宝 备用电池 10000毫安', 99, 199], ['闪迪 256G 内存卡 任天堂授权 switch专用', 169, 269], ['PS5 官方 手柄充电座', 159, 199], ['二手 塞尔达 王国之泪 卡带 正版', 199, 279], ['良值 switch 收纳包 官方授权', 59, 99]];
function usedConsole(n) {
  const out = [];
  const pool = physical.filter((p) => p.cat === 'game-consoles' && /PlayStation 5$|Switch 2|Switch OLED/.test(p.l.name));
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.45], ['mixed', 0.05]]);
    const zh = lang === 'zh';
    const m = market(zh ? 'zh' : 'en', { used: R.chance(0.6) });
    let o;
    if (R.chance(0.65)) {
      const p = R.pick(pool);
      const [t, a, b, cond] = R.pick(zh ? UC_ZH : UC_EN)(p);
      o = { kind: 'neg.used_console', label: 'legit', lang, title: H.vary(t, zh ? 'zh' : 'en') + (lang === 'mixed' ? ' 正版' : ''), price: priceAt(p, R.f(a, b), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: 1, condition: cond, category: catStr(p, zh ? 'zh' : 'en'), shipFrom: zh ? 'CN' : R.pick(['US', 'GB', 'DE', 'JP', 'CA', 'AU']), sellerId: sellerId(lang) };
      const intro = zh ? R.pick(['自用机，一直正版，没有破解过，可以放心联网。', '功能全部正常，送原装充电器，不退不换。', '维修店换过接口，有维修单据，没有任何改机。']) : R.pick(['Always on official firmware, never modified, online play works.', 'Fully tested: both controllers, dock and HDMI working.', 'Port replaced at a repair shop, receipt included. No modchips, no custom firmware.']);
      maybeDesc(o, p, zh ? 'zh' : lang, intro, intro, '', 0.3, 0.4);
    } else {
      const [t, lo, hi] = R.pick(zh ? UC_ACC_ZH : UC_ACC_EN);
      o = { kind: 'neg.used_console', label: 'legit', lang: zh ? 'zh' : 'en', title: H.vary(t, zh ? "zh" : "en"), price: fromUSD(zh ? R.f(lo, hi) / 7.2 : R.f(lo, hi), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 20), condition: /used|二手/i.test(t) ? 'used' : 'new', category: zh ? '电玩/配件' : 'Video Games & Consoles > Accessories', sellerId: sellerId(lang) };
      if (R.chance(0.4)) o.description = zh ? '正品配件，非破解类产品。' : 'Genuine accessory. Works with retail games only.';
    }
    out.push(rec(o));
  }
  return out;
}

// ---------------- neg.cheap_unbranded ----------------
const CU_EN = [
  ['Wholesale 100 pcs Plain White Cotton T-Shirts, Blank, Factory Direct', 150, 280], ['Unbranded Wireless Earbuds Bluetooth 5.3 with Charging Case', 8, 18], ['Generic Canvas Tote Bag Natural 10 Pack', 12, 25],
  ['Blank Trucker Caps Mesh Back, Lot of 50', 60, 110], ['Women\'s PU Leather Crossbody Bag, No Logo', 9, 20], ['Men\'s Quartz Watch Minimalist, Unbranded, Leather Strap', 6, 15],
  ['Polarized Sunglasses UV400 Unisex, Generic, 5 Pairs', 10, 22], ['Factory Direct Silicone Phone Cases Bulk 200 pcs (various models)', 40, 90], ['Plain Black Hoodie Blank Heavyweight, No Brand', 12, 25],
  ['Generic Mesh Running Shoes Men, Lightweight', 15, 30], ['Unbranded Stainless Steel Cuff Bracelet Set', 4, 10], ['Lot of 20 Generic USB Wall Chargers 5V 2A', 25, 45],
  ['Private Label Serum Bottles 30ml Amber Glass Dropper, 50 pcs', 18, 35], ['No-Name Cordless Drill 12V with 2 Batteries', 25, 45], ['Generic 18650 Flashlight Rechargeable', 8, 16],
];
const CU_ZH = [
  ['工厂直销 纯白T恤 空白 纯棉 批发 100件起', 900, 1900], ['无品牌 蓝牙耳机 5.3 无线 入耳式', 29, 69], ['帆布托特包 空白 可定制 印logo 批发', 4, 12], ['无logo 女士斜挎包 PU 小方包 批发', 19, 49],
  ['源头工厂 硅胶手机壳 批发 各型号', 2, 8], ['工厂直销 纯色卫衣 加绒 无图案', 39, 79], ['义乌 发夹 抓夹 批发 100个', 39, 99], ['无牌 石英手表 简约 学生', 15, 39],
  ['工厂直销 不锈钢 保温杯 可定制 无logo', 12, 29], ['跑步鞋 网面 透气 男 无品牌', 49, 99], ['工厂直供 偏光太阳镜 批发 十副', 59, 129], ['自有工厂 锂电钻 12V 家用 套装', 99, 199],
];
function cheapUnbranded(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.5]]);
    const zh = lang === 'zh';
    const [t, lo, hi] = R.pick(zh ? CU_ZH : CU_EN);
    const m = market(lang);
    const bulk = /Wholesale|Lot|Bulk|批发|100件|Pack|pcs|十副/.test(t);
    const o = { kind: 'neg.cheap_unbranded', label: 'legit', lang, title: H.vary(t, lang), price: fromUSD(zh ? R.f(lo, hi) / 7.2 : R.f(lo, hi), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: bulk ? R.int(50, 5000) : R.int(1, 999), condition: 'new', category: zh ? R.pick(['服装/T恤', '数码/耳机', '箱包/帆布包', '饰品/发饰', '五金工具']) : R.pick(['Wholesale Lots', 'Clothing > Blank Apparel', 'Electronics > Headphones', 'Bags > Totes', 'Accessories']), shipFrom: R.pick(['CN', 'CN', 'CN', 'VN', 'IN', 'US', 'TR', 'PK', 'BD']), sellerId: sellerId(lang) };
    const mode = descMode(0.3, 0.3);
    const intro = zh ? R.pick(['我们是源头工厂，自有品牌，不做任何大牌款，支持来图定制。', '无品牌无logo，价格实惠，量大从优。', '工厂直发，可开发票，支持印制您自己的logo。']) : R.pick(['We are the manufacturer. Our own unbranded designs only; custom printing of YOUR logo available with proof of rights.', 'No brand, no logo, just good basics at a fair price.', 'Factory direct, OEM for private labels. MOQ 50.']);
    if (mode === 'long') o.description = ldFreeS(o.shipFrom, zh ? 'zh' : 'en', intro, zh ? ['品牌：无', '起订量：' + R.pick([1, 10, 50, 100])] : ['Brand: Unbranded', 'MOQ: ' + R.pick([1, 10, 50, 100])], null);
    else if (mode === 'short') o.description = intro;
    out.push(rec(o));
  }
  return out;
}

module.exports = {
  'neg.plain': plain, 'neg.generic_marker': genericMarker, 'neg.nominative': nominative, 'neg.common_word_brand': commonWordBrand, 'neg.authorized_seller': authorizedSeller,
  'neg.second_hand': secondHand, 'neg.promotion': promotion, 'neg.gray_market': grayMarket, 'neg.negated_marker': negatedMarker, 'neg.colour_words': colourWords,
  'neg.model_codes': modelCodes, 'neg.licensed_repro': licensedRepro, 'neg.used_console': usedConsole, 'neg.cheap_unbranded': cheapUnbranded,
};
