'use strict';
// Boilerplate blocks for long descriptions (specs, shipping, returns, seller notes, size charts).
const { R } = require('./lib.js');

const EN = {
  greet: [
    'Welcome to our store!', 'Hi, thanks for looking.', 'Dear customer, thank you for visiting our shop.', 'Hello and welcome!',
    'Thanks for checking out this listing.', 'Hey there! Read the full description before buying please.', 'Welcome! We are a small family business.',
    'Hello friends,', 'Thank you for choosing us.', 'G\'day and welcome.',
  ],
  shipping: [
    'SHIPPING: We ship within 1-2 business days after payment clears. Standard shipping takes 7-15 business days to most countries, 15-25 days to South America. Tracking number will be uploaded automatically.',
    'Shipping info:\n- Processing time: 24-48 hours\n- Economy: 10-20 working days (YunExpress / Yanwen)\n- Express: 3-7 working days (DHL / FedEx), extra charge\n- We are not responsible for delays caused by customs or holidays.',
    'We combine shipping on multiple items - please wait for the invoice before paying. International buyers: import duties, taxes and charges are not included in the item price or shipping cost.',
    'SHIPPING POLICY\nAll orders are shipped with tracking. Please allow 2-4 weeks for delivery during peak season (Nov-Jan). If your tracking has not updated for 10 days please message us, do not open a case first.',
    'Ships from our warehouse. Handling time 3 business days. Expedited shipping available at checkout. Signature may be required for orders over $500.',
  ],
  shipRegion: {
    CN: ['Shipping from Guangdong by ePacket / YunExpress, 8-18 days to US/EU. DHL express 4-6 days for an extra fee.', 'We ship from our warehouse in Shenzhen within 48 hours. Tracking is available once the parcel leaves China (2-4 days after dispatch).'],
    HK: ['Ships from Hong Kong by Hongkong Post registered mail or SF Express. 5-12 days to most countries.'],
    US: ['Free standard shipping in the contiguous US. Alaska, Hawaii, PO boxes and APO/FPO take a few extra days. Orders ship via USPS Ground Advantage or UPS.', 'Ships from Ohio via USPS Priority Mail, 2-3 days.'],
    GB: ['Dispatch: same or next working day. Royal Mail Tracked 48 or Evri. Orders placed after 2pm go out the following day. No collection, sorry.'],
    DE: ['Delivery: DHL Paket within Germany 1-3 days, EU 3-6 days. Versand innerhalb von 24 Stunden.'],
    AU: ['Postage: Australia Post eParcel, 2-8 business days. Express Post available.'],
    CA: ['Shipping within Canada via Canada Post Expedited (2-7 days). US buyers please note border processing can add a few days.'],
    JP: ['Ships from Japan by Japan Post EMS (3-7 days) or SAL economy. Tracking provided.'],
  },
  returns: [
    'RETURNS: 30-day returns accepted. Item must be unused and in original packaging with all tags attached. Buyer pays return shipping unless the item is not as described.',
    'Return policy: We accept returns within 14 days of delivery. Please contact us first to get the return address. Refund will be issued within 3 business days after we receive the item.',
    'No returns on opened items for hygiene reasons. Faulty items will be replaced or refunded.',
    'If you are not satisfied, contact us before leaving feedback. We will do our best to solve any problem. Returns accepted within 60 days.',
    'Returns: free returns within 30 days. Items returned damaged or worn will not be refunded.',
    'Sorry, no returns on sale items. Please check size chart carefully before ordering.',
    'Warranty: 12 months against manufacturing defects. Physical damage, water damage and misuse not covered.',
    'Returns accepted within 30 days for a full refund or exchange. Restocking fee does not apply.',
  ],
  payment: [
    'PAYMENT: PayPal, credit cards and Apple Pay accepted through checkout. Payment must be made within 3 days of purchase.',
    'We accept all major payment methods provided by the platform. Unpaid items will be reported after 4 days.',
    'Payment is expected within 48 hours. Please do not send payment outside the platform.',
    'Klarna and Afterpay available at checkout where supported.',
  ],
  feedback: [
    'FEEDBACK: Your satisfaction is our top priority. If you are happy with your purchase please leave us positive feedback. If there is any problem, contact us first and we will resolve it quickly.',
    'Please leave 5 stars if you like the item, it really helps a small seller like us! :)',
    'We value every customer. Feel free to message us with any questions - we normally reply within 12 hours (GMT+8).',
    'Any questions, just ask. Check out my other listings for more great items!',
    'Customer service hours: Mon-Fri 9:00-18:00. Messages received at the weekend are answered on Monday.',
  ],
  notes: [
    'Note: Due to different monitors and lighting, the actual colour may be slightly different from the pictures.',
    'Please allow 1-3 cm difference due to manual measurement.',
    'Customs: we declare the true value. Any duties are the responsibility of the buyer.',
    'Pictures are for illustration; packaging may vary.',
    'Note: all measurements are taken with the item laid flat.',
    'The product may have a slight smell when first unpacked; it disappears after a few days.',
    'Please check your address carefully - we are not responsible for parcels sent to a wrong address provided by the buyer.',
    'Holiday notice: orders placed between Dec 24 and Jan 2 will ship after the break.',
  ],
  about: [
    'ABOUT US: We have been selling online since 2011 with over 20,000 satisfied customers. We work hard to provide great products at fair prices.',
    'We are a small independent shop run by two people. Every parcel is packed by hand.',
    'Our store specializes in fashion, accessories and lifestyle goods. New items added every week - follow our store for updates.',
    'Trusted seller with thousands of positive reviews. Fast reply, fast shipping.',
    'We are a registered business and issue VAT invoices on request.',
  ],
  pkg: {
    handbags: ['Package includes: 1 x bag, 1 x dust bag, 1 x shoulder strap.', 'What you get: the bag, a dust bag and a care card.'],
    'small-leather-goods': ['Package includes: 1 x wallet, gift box.', 'Comes in a box with dust bag.'],
    shoes: ['Package includes: 1 pair of shoes, shoe box, spare laces.', 'Box included. Double boxed for shipping.'],
    apparel: ['Package includes: 1 x garment.', 'Ships folded in a poly bag.'],
    watches: ['Package includes: watch, box, manual, warranty card.', 'In the box: watch, presentation box, booklet.'],
    jewellery: ['Package includes: jewellery box, pouch, polishing cloth.', 'Comes in a gift box ready for giving.'],
    eyewear: ['Package includes: sunglasses, hard case, microfiber bag.', 'Includes soft pouch and cleaning cloth.'],
    fragrance: ['Package includes: 1 bottle in retail box.', 'Shipped in bubble wrap inside a sturdy box.'],
    cosmetics: ['Package includes: 1 bottle, retail box.', 'Sealed with cellophane.'],
    phones: ['In the box: phone, USB-C cable, SIM ejector, documentation.', 'Package includes handset, cable and quick start guide.'],
    audio: ['In the box: headphones, carry case, USB-C cable, audio cable.', 'Package includes charging case, ear tips (S/M/L), cable.'],
    cameras: ['In the box: body, battery, charger, strap, body cap.', 'Package includes: camera, battery, USB cable, manual.'],
    'camera-lenses': ['In the box: lens, front and rear caps, hood, pouch.', 'Includes caps, hood and case.'],
    'game-consoles': ['In the box: console, controller, HDMI cable, power cable, USB cable.', 'Includes console, stand, cables.'],
    'video-games': ['Game cartridge in original case.', 'Complete in box.'],
    toys: ['Package includes: all pieces and instruction booklet.', 'Comes in the original box.'],
    tyres: ['Price is for 1 tyre. Fitting not included.', 'Sold individually. Please order the quantity you need.'],
    'auto-parts': ['Package includes parts as pictured. Professional installation recommended.', 'Hardware included where applicable.'],
    tools: ['Tool only - battery and charger not included unless stated.', 'Package includes tool, side handle, manual.'],
    batteries: ['Package includes: 1 x battery.', 'Battery ships at 30-50% charge per shipping regulations.'],
    'home-appliances': ['In the box: main unit, attachments, storage case, manual.', 'Package includes appliance and all listed accessories.'],
    kitchenware: ['In the box: base unit, containers, lids, recipe guide.', 'Package includes main unit and accessories as pictured.'],
    'printer-supplies': ['Package includes: cartridge in sealed bag.', 'Sealed retail pack.'],
    'film-tv': ['Disc in standard case with artwork.', 'Includes slipcover.'],
  },
  care: {
    handbags: 'Care: keep away from water and direct sunlight. Store in the dust bag. Clean with a soft dry cloth.',
    shoes: 'Care: spot clean with a damp cloth. Do not machine wash. Air dry away from heat.',
    apparel: 'Care: machine wash cold, inside out. Do not tumble dry. Do not bleach. Iron low.',
    jewellery: 'Care: avoid contact with perfume, chlorine and sea water. Store separately to avoid scratches.',
    watches: 'Care: avoid magnets and extreme temperatures. Service every 5-10 years by a qualified watchmaker.',
  },
};

EN.faq = [
  'Q: When will my order ship?\nA: Usually within 1-2 working days. You will get the tracking number by message.',
  'Q: Can I change my address after ordering?\nA: Only before dispatch. Message us as soon as possible.',
  'Q: Do you offer combined postage?\nA: Yes, add all items to your basket and request a total before paying.',
  'Q: Is VAT included?\nA: For UK and EU buyers VAT is included at checkout where the platform collects it.',
  'Q: Can I collect in person?\nA: Sorry, we are an online-only business.',
  'Q: Do you ship to PO boxes?\nA: Yes, by postal service only (no courier).',
];
const ZH = {
  greet: ['欢迎光临本店！', '亲，欢迎来到小店~', '感谢您的关注！', '欢迎进店选购，下单前请仔细阅读详情~', '亲爱的顾客您好：', '本店新开张，欢迎各位老板光顾！'],
  shipping: [
    '【发货说明】付款后48小时内发货，默认中通/圆通快递，需要顺丰请联系客服补差价。偏远地区（新疆、西藏、青海等）不包邮。',
    '【物流】下午4点前付款当天发出，4点后次日发出。江浙沪一般1-2天到，其他地区3-5天。',
    '发货时间：现货当天发，预售款7-15天发货。快递默认韵达，如需指定快递请备注。',
    '【快递】全国包邮（港澳台及偏远地区除外），顺丰到付可选。节假日发货时间顺延，敬请谅解。',
    '物流说明：本店从广东仓发货，一般3天内送达。快递签收时请先验货再签收，如有破损请拒收。',
    '【温馨提示】双十一、618等大促期间订单量大，发货可能延迟1-3天，请耐心等待，不要催单哦~',
  ],
  returns: [
    '【售后】支持7天无理由退换货（不影响二次销售的前提下），退回邮费由买家承担，质量问题运费我们承担。',
    '【退换须知】收到货后请检查，如有问题请在48小时内联系客服，超时不予处理。',
    '售后保障：质量问题包退包换。人为损坏、洗涤后、剪标后不予退换。',
    '本店商品已投保运费险，退换货可享受运费补贴。',
    '【质保】整机一年保修，三个月内质量问题换新。',
    '退换货请联系客服拿地址，不接受到付件和平邮。',
  ],
  notes: [
    '【关于色差】图片均为实物拍摄，由于光线、显示器不同，可能存在轻微色差，以实物为准。',
    '【尺码说明】尺码为手工平铺测量，存在1-3cm误差属正常范围。',
    '【温馨提示】新品拆封可能有轻微气味，放置通风处几天即可消散。',
    '亲，收到货满意请给五星好评哦，有问题先联系客服，不要直接给差评，我们一定会给您满意的解决！',
    '【注意】请确认收货地址和电话，发货后无法修改地址。',
    '本店所有商品图片均为店主实拍，盗图必究。',
    '下单备注颜色尺码，不备注随机发货。',
  ],
  about: [
    '【关于我们】本店经营8年，累计好评10万+，诚信经营，欢迎回购。',
    '小店主营潮流服饰配件，每周上新，关注店铺不迷路~',
    '我们是一家专注数码配件的小店，所有产品出厂前逐一检测。',
    '店铺承诺：描述与实物相符，发货速度快，服务态度好。',
    '客服在线时间：9:00-23:00，晚上下单的亲第二天处理。',
  ],
  faq: [
    '问：什么时候发货？\n答：一般付款后1-2天内发货，节假日顺延。',
    '问：可以开发票吗？\n答：可以，下单后联系客服提供抬头和税号。',
    '问：可以改地址吗？\n答：发货前可以改，发货后无法修改。',
    '问：支持货到付款吗？\n答：暂不支持，请在平台担保交易。',
    '问：偏远地区包邮吗？\n答：新疆西藏等偏远地区需补运费，请联系客服。',
  ],
  pkg: {
    handbags: ['【包装清单】包包*1 防尘袋*1 肩带*1', '包装：包身+防尘袋+礼盒'],
    'small-leather-goods': ['【包装】钱包*1 礼盒*1', '附送礼盒包装'],
    shoes: ['【包装】鞋子一双+鞋盒+备用鞋带', '原盒发货，加固外箱'],
    apparel: ['【包装】衣服*1，塑封袋包装', '包装：单件独立包装'],
    watches: ['【配件】手表+表盒+说明书+保卡', '包装：表盒 说明书 保修卡'],
    jewellery: ['【包装】首饰盒+绒布袋+擦银布', '附精美礼盒，送人必备'],
    eyewear: ['【包装】眼镜+眼镜盒+镜布', '附硬盒与擦镜布'],
    fragrance: ['【包装】香水*1 原盒', '泡泡膜+纸箱加固'],
    cosmetics: ['【包装】正装*1 盒装', '塑封完好'],
    phones: ['【包装】手机+数据线+取卡针+说明书', '全套包装'],
    audio: ['【包装】耳机+充电盒+耳塞套+数据线', '全套配件'],
    cameras: ['【包装】机身+电池+充电器+肩带', '全套配件齐全'],
    'camera-lenses': ['【包装】镜头+前后盖+遮光罩+镜头袋', '配件齐全'],
    'game-consoles': ['【包装】主机+手柄+HDMI线+电源线', '全套配件'],
    'video-games': ['卡带+卡盒', '盒说全'],
    toys: ['【包装】全部零件+说明书', '原盒包装'],
    tyres: ['价格为单条价格，不含安装。', '单条销售，需要几条拍几件。'],
    'auto-parts': ['【包装】配件如图，建议专业门店安装。', '附安装螺丝'],
    tools: ['【包装】单机，不含电池充电器（另购）', '包装：主机+辅助手柄+说明书'],
    batteries: ['【包装】电池*1', '电池按航空规定半电发货'],
    'home-appliances': ['【包装】主机+配件+收纳盒+说明书', '全套配件'],
    kitchenware: ['【包装】主机+杯子+盖子+食谱', '配件如图'],
    'printer-supplies': ['墨盒*1，真空包装', '密封包装'],
    'film-tv': ['光盘+盒装封面', '附外封套'],
  },
};

const SIZE_EN = {
  shoes: 'SIZE CHART (foot length)\nEU 36 = US W5.5 = 22.5 cm\nEU 37 = US W6.5 = 23.5 cm\nEU 38 = US W7 / M5.5 = 24 cm\nEU 39 = US M6.5 = 24.5 cm\nEU 40 = US M7 = 25 cm\nEU 41 = US M8 = 26 cm\nEU 42 = US M8.5 = 26.5 cm\nEU 43 = US M9.5 = 27.5 cm\nEU 44 = US M10 = 28 cm\nEU 45 = US M11 = 29 cm\nRuns true to size. If between sizes, go half size up.',
  apparel: 'SIZE CHART (cm, laid flat)\nS: chest 54, length 68, sleeve 61\nM: chest 57, length 70, sleeve 62\nL: chest 60, length 72, sleeve 63\nXL: chest 63, length 74, sleeve 64\nXXL: chest 66, length 76, sleeve 65\nModel is 183 cm / 75 kg wearing size L.',
};
const SIZE_ZH = {
  shoes: '【尺码对照】\n36码=225mm 37码=230mm 38码=235mm 39码=240mm 40码=250mm\n41码=255mm 42码=260mm 43码=265mm 44码=270mm 45码=280mm\n正常码数，脚宽脚背高建议拍大半码。',
  apparel: '【尺码表】（单位cm，平铺测量）\nM：胸围112 衣长68 袖长60 建议体重110-130斤\nL：胸围116 衣长70 袖长61 建议体重130-150斤\nXL：胸围120 衣长72 袖长62 建议体重150-170斤\n2XL：胸围124 衣长74 袖长63 建议体重170-190斤',
};

function sizeKey(cat) { return cat === 'shoes' ? 'shoes' : cat === 'apparel' ? 'apparel' : null; }

function specsEN(p, extra) {
  const lines = [];
  if (p) {
    lines.push('ITEM SPECIFICS');
    if (extra.brandLine !== false && extra.brand) lines.push(`Brand: ${extra.brand}`);
    if (extra.model) lines.push(`Model: ${extra.model}`);
    const sp = p.l.g.spec || [];
    for (const s of sp) lines.push(`- ${s}`);
    if (extra.colour) lines.push(`Colour: ${extra.colour}`);
    if (extra.condition) lines.push(`Condition: ${extra.condition}`);
    if (extra.more) for (const m of extra.more) lines.push(m);
  } else if (extra.more) {
    lines.push('DETAILS');
    for (const m of extra.more) lines.push(m);
  }
  return lines.length > 1 ? lines.join('\n') : '';
}
function specsZH(p, extra) {
  const lines = [];
  if (p) {
    lines.push('【商品参数】');
    if (extra.brandLine !== false && extra.brandZh) lines.push(`品牌：${extra.brandZh}`);
    if (extra.model) lines.push(`型号：${extra.model}`);
    const sp = p.l.g.specZh || [];
    for (const s of sp) lines.push(`· ${s}`);
    if (extra.colour) lines.push(`颜色：${extra.colour}`);
    if (extra.condition) lines.push(`成色：${extra.condition}`);
    if (extra.more) for (const m of extra.more) lines.push(m);
  } else if (extra.more) {
    lines.push('【商品详情】');
    for (const m of extra.more) lines.push(m);
  }
  return lines.length > 1 ? lines.join('\n') : '';
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');

// Build a long description (800-3000 bytes). `intro` and `cue` are free text; the cue is buried
// among the middle blocks. `p` is a product (or null), `cat` a category enum value.
function longDesc({ lang, p = null, cat = null, intro = '', cue = '', extra = {}, legitNote = '', shipFrom = null }) {
  const L = lang === 'zh' ? ZH : EN;
  cat = cat || (p && p.cat);
  const core = [];
  const opt = [];
  const first = R.chance(0.6) ? R.pick(L.greet) : null;
  if (intro) core.push(intro);
  const spec = lang === 'zh' ? specsZH(p, extra) : specsEN(p, extra);
  if (spec) core.push(spec);
  const sk = sizeKey(cat);
  if (sk && R.chance(0.75)) opt.push(lang === 'zh' ? SIZE_ZH[sk] : SIZE_EN[sk]);
  if (cat && L.pkg[cat]) opt.push(R.pick(L.pkg[cat]));
  if (lang !== 'zh' && cat && EN.care[cat] && R.chance(0.6)) opt.push(EN.care[cat]);
  if (lang !== 'zh' && shipFrom && EN.shipRegion[shipFrom] && R.chance(0.8)) opt.push(R.pick(EN.shipRegion[shipFrom]));
  else opt.push(R.pick(L.shipping));
  opt.push(R.pick(L.returns));
  if (lang !== 'zh' && R.chance(0.5)) opt.push(R.pick(EN.payment));
  opt.push(...R.pickN(L.notes, R.int(1, 3)));
  if (R.chance(0.6)) opt.push(R.pick(L.about));
  if (lang !== 'zh' || R.chance(0.3)) opt.push(R.pick(lang === 'zh' ? ZH.notes : EN.feedback));
  if (lang === 'mixed') {
    // mixed: an English body with Chinese blocks, or the reverse
    opt.push(R.pick(ZH.shipping)); opt.push(R.pick(ZH.returns));
  }
  if (legitNote) opt.splice(R.int(0, opt.length), 0, legitNote);
  let blocks = [...core, ...opt];
  // bury the cue: not first, not last
  if (cue) {
    const pos = Math.max(1, Math.min(blocks.length - 1, R.int(1, Math.max(1, blocks.length - 2))));
    blocks.splice(pos, 0, cue);
  }
  if (first) blocks.unshift(first);
  let text = blocks.join('\n\n');
  // pad up when short
  let guard = 0;
  while (bytes(text) < 880 && guard++ < 12) {
    const add = R.pick([...L.notes, ...(lang === 'zh' ? ZH.about : EN.about), ...(lang === 'zh' ? ZH.faq : EN.faq)]);
    if (text.includes(add)) continue;
    const parts = text.split('\n\n');
    parts.splice(parts.length - 1, 0, add);
    text = parts.join('\n\n');
  }
  // trim when long: drop optional blocks that are not the cue/intro/spec
  guard = 0;
  while (bytes(text) > 2950 && guard++ < 20) {
    const parts = text.split('\n\n');
    const idx = parts.findIndex((x, i) => i > 0 && x !== cue && x !== intro && x !== spec && x !== legitNote);
    if (idx < 0) break;
    parts.splice(idx, 1);
    text = parts.join('\n\n');
  }
  if (bytes(text) > 3000) text = Buffer.from(text).subarray(0, 2990).toString('utf8').replace(/\uFFFD+$/, '');
  return text;
}

module.exports = { longDesc, bytes, EN, ZH };
