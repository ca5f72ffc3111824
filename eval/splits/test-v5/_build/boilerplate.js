// Seller-description boilerplate for test-v5: store intros, specs per category group, shipping, returns, payment.
// longBoiler(lang, category, insert, rng) -> { text, cueOffset } with the inserted sentence never first.
import { byteLen } from './lib.js';

const GROUP = {
  apparel: 'wear', shoes: 'shoes', handbags: 'bags', 'small-leather-goods': 'bags', watches: 'watch', jewellery: 'jewel', eyewear: 'eyewear',
  fragrance: 'beauty', cosmetics: 'beauty', phones: 'tech', 'phone-accessories': 'tech', computers: 'tech', 'computer-accessories': 'tech',
  audio: 'tech', cameras: 'camera', 'camera-lenses': 'camera', 'game-consoles': 'game', 'video-games': 'game', software: 'soft', toys: 'toy',
  'sports-equipment': 'outdoor', 'outdoor-gear': 'outdoor', bicycles: 'bike', 'auto-parts': 'auto', tyres: 'auto', 'home-appliances': 'home',
  kitchenware: 'home', furniture: 'furn', tools: 'tool', books: 'media', 'film-tv': 'media', music: 'media', 'health-supplements': 'home',
  'baby-products': 'baby', 'pet-supplies': 'home', batteries: 'tech', 'printer-supplies': 'tech',
};

const EN = {
  open: [
    'Hi and thanks for stopping by!', 'Welcome to our little shop.', 'Hello everyone, please read the full description before you buy.',
    'Thank you for looking at my listing.', 'Family-run store since 2014, thanks for supporting small business.', 'Hey there! Quick summary below, details further down.',
    'Please read everything below, it answers most questions.', 'Listing for one item as described.', 'Good day and welcome.', 'Hi all, clearing some stock this month.',
    'Thanks for visiting - new items added every week.', 'Read before purchase please :)', 'Hello from our warehouse team!', 'Welcome, buyer! Everything you need to know is below.',
    'First of all thank you for your interest.', 'Howdy folks.', 'Hiya - this is a one-person shop so bear with me on messages.',
  ],
  spec: {
    wear: ['Fabric: see photos of the care label.', 'Fits true to size; model is 178 cm and wears M.', 'Machine wash cold, do not tumble dry, iron on low.', 'Measurements taken flat: chest {n1} cm, length {n2} cm, sleeve {n3} cm.', 'Colour may look slightly different on different screens.', 'Sizes S to XXL available, check the chart in the last photo.', 'Soft hand feel, breathable, suitable for spring and autumn.', 'Ribbed cuffs and hem, kangaroo pocket, double-lined hood.'],
    shoes: ['Sizes EU 36 to 46, please check the size chart; if between sizes go half a size up.', 'Insole length is listed in the chart as the last photo.', 'Comes with spare laces where the maker includes them.', 'Upper: mesh and synthetic overlays. Outsole: rubber.', 'Drop {n4} mm, weight about {n5} g for a US 9.', 'Wipe clean with a damp cloth, do not put in the washing machine.', 'Packed in a double box to protect the shoe box.', 'Width: standard (D). Wide fits on request.'],
    bags: ['Dimensions approx. {n2} x {n1} x {n4} cm.', 'Interior zip pocket and two slip pockets.', 'Detachable shoulder strap, adjustable drop.', 'Magnetic snap closure, protective feet on base.', 'Store stuffed and in the dust bag when not in use.', 'Hardware in gold tone, no scratches.', 'Fits a phone, wallet, keys and a small umbrella.', 'Leather will develop a patina over time, which is normal.'],
    watch: ['Case diameter {n6} mm, lug-to-lug about {n7} mm.', 'Water resistance {n8} m, screw-down crown.', 'Sapphire crystal with anti-reflective coating.', 'Strap width {n9} mm, quick-release pins.', 'Power reserve approximately {n10} hours.', 'Timekeeping checked on a timegrapher before shipping.', 'Wrist shot in photo 3 is on a 17 cm wrist.', 'Please do not operate the crown under water.'],
    jewel: ['Material: 925 sterling silver unless stated otherwise.', 'Ring sizes US 5 to 12; resizing not possible on engraved pieces.', 'Chain length {n2} cm, lobster clasp.', 'Polishing cloth included.', 'Keep away from perfume and chlorinated water.', 'Weight approx. {n4} g.', 'Comes in a gift pouch ready to give.', 'Hallmarks shown in close-up photos.'],
    eyewear: ['Lens width {n11} mm, bridge {n12} mm, temple {n13} mm.', 'UV400 protection, category 3 lenses.', 'Includes hard case and cleaning cloth.', 'Polarised lenses cut glare from water and roads.', 'Prescription lenses can be fitted by any optician.', 'Spring hinges for a comfortable fit.', 'Frame weight about {n4} g.'],
    beauty: ['Volume: {n14} ml.', 'Batch code printed on the bottom of the box.', 'Store away from direct sunlight and heat.', 'For external use only; patch test before first use.', 'Shelf life 36 months unopened, 12 months after opening.', 'Full ingredient list shown in photo 4.', 'Box is sealed in cellophane.', 'Suitable for all skin types.'],
    tech: ['Input: 5V/3A, USB-C.', 'Bluetooth 5.3, range up to 10 m.', 'Battery capacity {n15} mAh, full charge in about 2 hours.', 'Includes the charging cable and quick start guide.', 'Firmware can be updated through the official app.', 'Tested on arrival, works perfectly.', 'Dimensions {n2} x {n1} x {n16} mm.', 'Plug type matches the destination country where possible.'],
    camera: ['Sensor cleaned before listing.', 'Shutter count shown in the last photo.', 'Includes battery, charger, strap and body cap.', 'Lens glass clear, no fungus, no haze, no scratches.', 'Filter thread {n17} mm.', 'Weather sealed body and lens.', 'Sample photos available on request.'],
    game: ['Region: check photos of the box.', 'Includes all original cables and the manual where listed.', 'Screen has no dead pixels.', 'Controller buttons all respond, no drift.', 'Firmware version shown in the settings photo.', 'Box has light shelf wear.', 'Packed with bubble wrap and a sturdy carton.'],
    soft: ['Delivery by email within 24 hours.', 'Works on Windows 10/11, 64-bit.', 'System requirements: 16 GB RAM recommended, 10 GB free disk space.', 'Language can be switched in the settings.', 'One licence per purchase.', 'Installation guide included.'],
    toy: ['Recommended age 3+ (figures 15+).', 'Height approx. {n2} cm.', 'Surface-washable; do not machine wash.', 'Box may have minor shelf wear from storage.', 'Not suitable for children under 36 months: small parts.', 'Accessories shown in photo 2 are included.', 'Stand included.'],
    outdoor: ['Weight {n5} g, packed size {n2} x {n1} cm.', 'Tested in heavy rain, seams taped.', 'CE and UIAA certified where applicable.', 'Comes with a stuff sack.', 'Check all gear before every use.', 'Colour in the photos is accurate in daylight.'],
    bike: ['Frame size {n18}, please check the geometry chart.', 'BSA bottom bracket, 12x142 rear thru axle.', 'Weight of frame about {n19} g.', 'Pick-up or well-packed courier shipping.', 'Cable routing fully internal.', 'Tyre clearance up to 32 mm.'],
    auto: ['Please check fitment with your VIN before ordering.', 'Installation by a professional is recommended.', 'Sold as one unit unless stated.', 'Bolt pattern and dimensions in the photos.', 'Specification meets the requirements listed on the bottle.', 'Store upright in a cool place.'],
    home: ['Voltage 220-240 V, EU plug (UK adapter on request).', 'Power {n20} W.', 'Dishwasher-safe parts marked in the manual.', 'Capacity {n21} L.', 'Two-year warranty through the retailer.', 'Read the safety notes before first use.', 'Dimensions {n2} x {n1} x {n3} cm.'],
    furn: ['Seat height adjustable, tilt lock, armrests adjust in 4 directions.', 'Assembly required; tools included.', 'Max load 136 kg.', 'Local collection preferred, delivery by arrangement.', 'Dimensions W {n2} x D {n1} x H {n3} cm.'],
    tool: ['Chrome vanadium steel.', 'Sold individually unless stated.', 'Lifetime warranty applies through the original retailer.', 'Fine-tooth mechanism for tight spaces.', 'Length {n2} cm.', 'See photos for markings.'],
    baby: ['BPA free, suitable for sterilising.', 'Volume {n14} ml.', 'Teat flow: S (0m+) fitted; other sizes sold separately.', 'Wash before first use.', 'Check teat before each feed.'],
    media: ['Region: B / 2 unless stated.', 'Runtime approx. {n22} minutes.', 'Language: English, subtitles as listed on the back.', 'Disc checked for scratches, plays perfectly.', 'Case may have minor wear.', 'Track list shown in photo 2.'],
  },
  cond: [
    'Condition is exactly as pictured; photos are of the actual item.', 'Stored in a smoke-free, pet-free home.', 'Item is new in its original packaging unless stated.',
    'Please zoom in on the photos, they are part of the description.', 'Any flaws are shown in the photos.', 'Comes from a clean home; we do not have pets.',
  ],
  ship: [
    'Ships within 1-2 working days after payment.', 'Dispatched the same day if ordered before 2pm.', 'Tracked shipping included.', 'We ship with DHL, UPS or EMS depending on destination.',
    'International buyers: import duties and taxes are not included in the price.', 'Delivery usually 3-5 business days domestically, 7-15 internationally.',
    'Combined postage for multiple items, just ask.', 'Orders placed on weekends are shipped on Monday.', 'Collection possible from our shop, message to arrange.',
    'Please make sure your address is correct before paying; we cannot change it once shipped.', 'Free shipping on this item.', 'Parcel is fully insured.',
    'Holiday period: please allow extra time for delivery in December.', 'Remote areas may take a few extra days.', 'We post Monday to Friday.',
  ],
  returns: [
    'Returns accepted within 30 days, buyer pays return postage.', 'No returns on opened cosmetics for hygiene reasons.', '14-day returns, item must be unused with tags.',
    'If anything is wrong please contact us before leaving feedback and we will sort it out.', 'Returns are accepted if the item is not as described.',
    'Please open a return request through the platform, not by email.', 'Refunds processed within 3 days of receiving the return.', 'Sold as is, no returns on used items.',
    'Report damage in transit within 48 hours with photos.', 'We offer exchanges for a different size if stock allows.',
  ],
  pay: [
    'Payment through the platform only.', 'We accept all payment methods offered at checkout.', 'Please pay within 3 days of winning or buying.',
    'Invoices with VAT available on request.', 'Offers considered, lowballs ignored.', 'Price is firm.', 'Bundle discounts for 2 or more items.',
  ],
  store: [
    'Check out our other items, we list new stock every week.', 'Follow the store for new arrivals and discounts.', 'Our team answers messages within 24 hours, Monday to Saturday.',
    'We are a small team and every order is packed by hand.', 'Thousands of happy customers and counting.', 'Please leave feedback once you receive your order, it helps a lot.',
    'If you have questions, message us any time.', 'Positive feedback is always returned.', 'Save this seller to see more listings like this.',
    'We have been selling online for over ten years.',
  ],
  close: ['Thank you for shopping with us!', 'Happy shopping!', 'Thanks and have a great day.', 'Cheers!', 'Any questions, just ask.', 'Thanks for looking!', 'Best wishes from the team.', 'Enjoy and take care.'],
  faqQ: ['Q: Is the price negotiable?', 'Q: Do you ship abroad?', 'Q: Can I pick up?', 'Q: Is there a warranty?', 'Q: When will it arrive?', 'Q: Can you hold it for me?'],
  faqA: ['A: Small offers considered.', 'A: Yes, to most countries.', 'A: Yes, by appointment.', 'A: As stated above.', 'A: Usually within a week.', 'A: For 24 hours with a deposit.'],
  heads: ['DESCRIPTION', 'DETAILS', 'SPECIFICATIONS', 'SHIPPING', 'RETURNS'],
};

const ZH = {
  open: [
    '亲，欢迎光临本店！', '欢迎来到小店，拍前请仔细阅读以下说明。', '感谢关注，本店所有宝贝实物拍摄。', '各位亲们好，下单前请先看完详情哦。', '老店新开，感谢新老顾客支持。',
    '本店坚持薄利多销，用心做好每一单。', '您好，以下是宝贝的详细说明。', '欢迎光临，喜欢的亲可以收藏加购。', '亲爱的顾客您好，本店为个人闲置转让。', '宝贝详情如下，请耐心看完。',
    '本店实体店同步销售，库存以实际为准。', '感谢进店，欢迎咨询客服。', '亲们注意啦，本周上新！', '开店十年，诚信经营。',
  ],
  spec: {
    wear: ['面料柔软亲肤，透气不闷。', '尺码偏小，建议拍大一码。', '平铺测量，误差一到三厘米属于正常范围。', '模特身高一米七八，穿着中码。', '建议冷水手洗，不可漂白。', '春秋季节单穿，冬季可内搭。', '版型宽松，男女同款。'],
    shoes: ['码数标准，脚背高或脚宽建议拍大半码。', '鞋面透气，鞋底防滑耐磨。', '原装鞋盒包装，发货前逐双检查。', '尺码表在最后一张图，不懂尺码可以问客服。', '鞋底为橡胶材质，抓地力好。', '不建议机洗，可用湿布擦拭。'],
    bags: ['尺寸约{n2}乘{n1}厘米，误差一厘米左右。', '内有拉链暗袋和手机袋。', '肩带可拆卸，可手提可斜挎。', '五金颜色为金色，顺滑不卡顿。', '容量大，手机钱包钥匙都能放下。', '不用时请放入防尘袋保存。'],
    watch: ['表盘直径{n6}毫米，厚度约{n16}毫米。', '防水{n8}米，日常洗手没有问题。', '蓝宝石镜面，耐磨防刮。', '表带宽度{n9}毫米，快拆设计。', '动力储存约{n10}小时。', '出厂前已上校表仪调校。', '请勿在水下拉把头调时间。'],
    jewel: ['材质为纯银，附带证书。', '戒指有多个圈口可选，不会选的亲联系客服。', '链长{n2}厘米，可调节。', '送擦银布和首饰盒。', '避免接触香水和海水。', '重量约{n4}克。'],
    eyewear: ['镜片宽{n11}毫米，鼻梁{n12}毫米，镜腿{n13}毫米。', '防紫外线，偏光镜片，开车钓鱼都适合。', '附送眼镜盒和眼镜布。', '可以到眼镜店配近视片。', '弹簧铰链，佩戴舒适不夹头。'],
    beauty: ['净含量{n14}毫升。', '生产批号见盒底，保质期三年。', '请置于阴凉干燥处，避免阳光直射。', '敏感肌请先在耳后试用。', '外盒塑封完好。', '成分表见详情页第四张图。'],
    tech: ['输入电压五伏三安。', '蓝牙五点三，连接稳定。', '电池容量{n15}毫安时，充电约两小时。', '包装内含数据线和说明书。', '支持官方应用升级固件。', '到货请第一时间检查，有问题及时联系。'],
    camera: ['传感器已清洁。', '快门次数见最后一张图。', '配件有电池、充电器、背带。', '镜头无霉无雾无划痕。', '滤镜口径{n17}毫米。'],
    game: ['版本请看包装照片。', '原装配件齐全。', '屏幕无坏点无亮点。', '按键灵敏，摇杆无漂移。', '包装有轻微运输痕迹，不影响使用。'],
    soft: ['付款后二十四小时内发送。', '支持六十四位系统。', '内附安装教程。', '一个订单对应一台电脑。'],
    toy: ['适合三岁以上儿童，手办适合十五岁以上。', '高度约{n2}厘米。', '表面可擦洗，请勿机洗。', '含小零件，请勿让幼儿单独玩耍。', '配件见第二张图。'],
    outdoor: ['重量约{n5}克，收纳方便。', '压胶工艺，防风防泼水。', '附带收纳袋。', '户外使用前请检查装备。'],
    bike: ['车架尺寸{n18}，请对照几何表选择。', '内走线设计，外观简洁。', '车架重量约{n19}克。', '支持同城自提，外地物流发货。'],
    auto: ['下单前请提供车型年份，客服帮您核对。', '建议到专业门店安装。', '规格参数见瓶身标签。', '请存放于阴凉处。'],
    home: ['电压二百二十伏，国标插头。', '功率{n20}瓦。', '容量{n21}升。', '全国联保，凭发票保修。', '首次使用前请阅读说明书。'],
    furn: ['座高可调，靠背可锁定角度。', '需要简单安装，附送工具。', '承重一百五十公斤。', '大件物流，送货到楼下。'],
    tool: ['铬钒钢材质，硬度高。', '单只价格，不是套装。', '长度约{n2}厘米。', '细齿棘轮，狭窄空间也能用。'],
    baby: ['材质安全，可高温消毒。', '容量{n14}毫升。', '首次使用前请煮沸消毒。', '奶嘴请根据宝宝月龄选择。'],
    media: ['光盘无划痕，播放流畅。', '片长约{n22}分钟。', '中文字幕，国语原声。', '包装盒有轻微磨损。', '曲目表见第二张图。'],
  },
  cond: ['实物拍摄，所见即所得。', '宝贝细节请放大图片查看。', '无烟无宠物家庭。', '有任何瑕疵都会在图片中标出。', '全新未拆封，除非另有说明。'],
  ship: [
    '付款后四十八小时内发货。', '默认中通快递，需要顺丰请补运费差价。', '下午四点前付款当天发出。', '新疆西藏等偏远地区不包邮。', '全国包邮，港澳台除外。',
    '节假日期间发货可能延迟，请谅解。', '发货后会上传物流单号，请注意查收。', '收货时请当面验货，有破损请拒签。', '多件合并发货，运费只收一次。', '京东物流，次日达。',
    '双十二期间订单量大，发货顺延一到两天。', '仓库在广东，华南地区一般两天到。',
  ],
  returns: [
    '支持七天无理由退换货，不影响二次销售即可。', '退换货运费由买家承担，质量问题除外。', '签收后有问题请先联系客服，不要直接给中差评。', '化妆品拆封后不退不换。',
    '二手物品售出不退，请考虑清楚再拍。', '质量问题包退，请在签收后三天内反馈。', '退货请附上订单号和联系方式。', '已赠送运费险。',
  ],
  pay: ['请通过平台付款，不接受私下交易。', '拍下请尽快付款，二十四小时未付款自动取消。', '可开发票，请备注抬头。', '价格已经是最低，不议价哦。', '多件可小刀。'],
  store: [
    '收藏本店可以第一时间获取上新信息。', '本店客服在线时间为早九点到晚十一点。', '小店用心经营，您的好评是我们最大的动力。', '关注店铺，领取优惠券。', '店内还有其他款式，欢迎逛逛。',
    '所有订单人工打包，仔细检查后发出。', '老顾客回购有小礼品。', '有问题随时留言，看到都会回复。',
  ],
  close: ['祝您购物愉快！', '感谢支持，欢迎再次光临！', '谢谢亲，么么哒！', '祝生活愉快！', '有问题随时联系！', '感谢您的耐心阅读！'],
  faqQ: ['问：可以便宜吗？', '问：什么时候发货？', '问：可以自提吗？', '问：有保修吗？'],
  faqA: ['答：已经是最低价了。', '答：两天内发货。', '答：可以，提前联系。', '答：按上文说明。'],
  heads: ['【宝贝详情】', '【产品参数】', '【商品信息】', '【发货说明】', '【售后服务】'],
};

function fill(s, rng) {
  const nums = {
    n1: [28, 40], n2: [30, 68], n3: [55, 80], n4: [4, 12], n5: [210, 330], n6: [36, 44], n7: [44, 50], n8: [50, 300], n9: [18, 22], n10: [40, 80],
    n11: [50, 60], n12: [14, 20], n13: [135, 150], n14: [15, 100], n15: [300, 5000], n16: [8, 15], n17: [46, 77], n18: [49, 58], n19: [680, 900],
    n20: [900, 2200], n21: [1, 5], n22: [95, 150],
  };
  return s.replace(/\{(n\d+)\}/g, (_, k) => String(rng.int(nums[k][0], nums[k][1])));
}

function sections(L, lang, category, rng) {
  const g = GROUP[category] ?? 'home';
  const sep = lang === 'en' ? ' ' : '';
  const spec = L.spec[g] ?? L.spec.home;
  const useHeads = rng.chance(0.45);
  const head = (i) => (useHeads ? `${L.heads[i]}\n` : '');
  const out = [];
  out.push(rng.pick(L.open));
  out.push(head(rng.pick([0, 1, 2])) + rng.pickN(spec, rng.int(3, Math.min(6, spec.length))).map((s) => fill(s, rng)).join(rng.chance(0.5) ? '\n' : sep));
  if (rng.chance(0.6)) out.push(rng.pickN(L.cond, 2).join(sep));
  out.push(head(3) + rng.pickN(L.ship, rng.int(2, 4)).join(sep));
  out.push(head(4) + rng.pickN(L.returns, rng.int(1, 3)).join(sep));
  if (rng.chance(0.6)) out.push(rng.pickN(L.pay, rng.int(1, 2)).join(sep));
  if (rng.chance(0.35)) {
    const i = rng.int(0, L.faqQ.length - 1);
    out.push(`${L.faqQ[i]}\n${L.faqA[i]}`);
  }
  out.push(rng.pickN(L.store, rng.int(1, 3)).join(sep));
  out.push(rng.pick(L.close));
  return out;
}

export function longBoiler(lang, category, insert, rng) {
  const L = lang === 'en' ? EN : ZH;
  for (let attempt = 0; attempt < 20; attempt++) {
    const parts = sections(L, lang, category, rng);
    // insert the cue sentence somewhere after the opening, often in the middle of the details
    const pos = rng.int(1, parts.length - 1);
    if (insert) parts.splice(pos, 0, insert);
    const joiner = rng.pick(['\n\n', '\n', lang === 'en' ? '\n\n' : '\n']);
    let text = parts.join(joiner);
    if (lang !== 'en' && rng.chance(0.2)) text = text.replace(/\n\n/g, '\n');
    const n = byteLen(text);
    if (n >= 800 && n <= 3000) {
      const cueOffset = insert ? text.indexOf(insert) : -1;
      return { text, cueOffset };
    }
    if (n > 3000) continue;
    // too short: add one more spec block and a store line
    const extra = rng.pickN((L.spec[GROUP[category]] ?? L.spec.home), 2).map((s) => fill(s, rng)).join(lang === 'en' ? ' ' : '');
    text = `${text}${joiner}${extra}${joiner}${rng.pick(L.store)}`;
    if (byteLen(text) >= 800 && byteLen(text) <= 3000) return { text, cueOffset: insert ? text.indexOf(insert) : -1 };
  }
  // fall back: a medium description (still contains the insert)
  const parts = sections(L, lang, category, rng).slice(0, 4);
  if (insert) parts.splice(1, 0, insert);
  const text = parts.join('\n');
  return { text, cueOffset: insert ? text.indexOf(insert) : -1 };
}

export function shortDesc(lang, category, insert, rng) {
  const L = lang === 'en' ? EN : ZH;
  const g = GROUP[category] ?? 'home';
  const bits = [rng.pick((L.spec[g] ?? L.spec.home).map((s) => fill(s, rng))), rng.pick(L.ship)];
  if (rng.chance(0.5)) bits.push(rng.pick(L.returns));
  if (insert) bits.splice(rng.int(0, bits.length), 0, insert);
  return bits.join(lang === 'en' ? ' ' : '');
}
