// Neutral seller boilerplate. Nothing here may be a counterfeit cue or an authenticity proof on its own:
// no replica words, no off-platform contacts, no factory/wholesale talk, no brand names.

export const EN_GENERAL = [
  'Thanks for stopping by the shop!',
  'All orders are processed within one to two business days once payment has cleared.',
  'Tracked postage is included on every order and the tracking number is uploaded as soon as the parcel is scanned.',
  'Colours can look slightly different depending on your screen settings and the light in the room.',
  'We are happy to combine postage on multiple purchases, just add everything to your basket before checking out.',
  'Returns are accepted within 30 days as long as the item is unused and in the condition it was sent.',
  'International buyers are responsible for any import duties or taxes charged by their local customs office.',
  'If you have a question, please send a message through the platform and we will reply within a day.',
  'We are a small family-run shop and every order is packed by hand.',
  'Feedback is very much appreciated once your order arrives, it really helps small sellers.',
  'Our office is closed on public holidays; orders placed on those days are dispatched the next working day.',
  'Everything is packed in a sturdy box with plenty of padding.',
  'Please double-check your delivery address before paying, as we cannot change it after dispatch.',
  'Delivery estimates come from the carrier and cannot be guaranteed.',
  'Collection in person is possible by appointment.',
  'If anything is wrong with your order, please contact us first and we will put it right.',
  'Please read the full description before purchasing.',
  'Gift wrapping is available on request at no extra charge.',
  'We post Monday to Friday; orders received after 2pm go out the following day.',
  'Smoke-free and pet-free home.',
  'We try to describe every item as accurately as we can.',
  'Follow the shop to see new arrivals every week.',
  'Messages are answered between 9am and 6pm, Monday to Saturday.',
  'Please allow a little extra time for delivery around the holidays.',
  'Bundle discounts are applied automatically at checkout.',
  'Parcels are insured up to the full value of the order.',
  'We do not accept offers on items that are already reduced.',
  'Payment is expected within three days of purchase, otherwise the order may be cancelled.',
  'Orders are sent with a signature service above a certain value.',
  'Please note that weekend orders are packed on Monday morning.',
  'We reuse clean packaging materials wherever possible to reduce waste.',
  'If the parcel arrives damaged, please keep the box and send us a photo so we can claim with the carrier.',
  'We ship to most countries; if yours is not listed, send us a message.',
  'Express shipping can be added at checkout for faster delivery.',
  'Every order gets a small thank-you note.',
  'Please make sure someone can receive the parcel, as some couriers do not leave items unattended.',
  'Local buyers can choose economy post to save a little.',
  'Questions about sizing or fit are always welcome before you buy.',
  'We are registered as a business seller and your statutory rights are not affected.',
  'A printed receipt from our shop is included in the parcel.',
  'Thank you for supporting a small independent seller.',
  'Prices include VAT where applicable.',
  'Refunds are issued within five working days after we receive the return.',
  'Return postage is paid by the buyer unless the item is faulty or not as described.',
  'Please check the photos carefully, they form part of the description.',
  'We update the listing as soon as stock changes.',
  'Holiday notice: orders placed during the last week of December ship in the new year.',
  'We have been selling online for several years and value every customer.',
  'For faster answers, please include your order number in messages.',
  'The carrier will send a delivery window by email or text on the day.',
  'Any marks or wear are pointed out in the photos and the description.',
  'Please note that customs processing can add a few days for international parcels.',
  'We offer a price match on identical items from other sellers on this platform.',
  'All payments go through the platform checkout.',
  'Items are stored in a clean, dry room away from direct sunlight.',
  'If you would like more measurements, ask and we will add them to the listing.',
  'We usually pack and post the same day for orders before noon.',
  'We are unable to mark parcels as gifts for customs purposes.',
  'Please leave a note at checkout if you need a particular delivery day.',
  'Tracking can take 24 hours to update after drop-off.',
  'Have a lovely day and happy shopping!',
];

export const EN_CAT = {
  fashion: [
    'Measurements are taken flat and may differ by one or two centimetres.',
    'Please check the size chart in the photos, as sizing varies between styles.',
    'Shoes are sent in a protective box with paper stuffing to keep their shape.',
    'Leather is a natural material, so small variations in grain are normal.',
    'We recommend storing leather goods in their dust bag away from heat.',
    'Please try items on indoors before wearing them outside if you may want to return them.',
    'Sizes are given as labelled; if you are between sizes, consider sizing up.',
    'Wash inside out on a gentle cycle to keep the colour longer.',
  ],
  beauty: [
    'For hygiene reasons opened beauty products cannot be returned.',
    'Please patch test before first use if you have sensitive skin.',
    'Fragrance bottles are wrapped in bubble wrap and sent upright.',
    'Store away from heat and direct sunlight to keep the formula stable.',
    'Batch codes are printed on the base of the packaging.',
    'We ship liquids by road where required by carrier rules.',
  ],
  electronics: [
    'Please check that the item supports your region and voltage before ordering.',
    'Battery life depends on usage and settings.',
    'Electronics are tested before posting and packed in anti-static bags where needed.',
    'The serial number is recorded before dispatch.',
    'Opened electronics can only be returned if they are faulty.',
    'Firmware updates can be installed through the official app or menu.',
    'Cables and accessories are as shown in the photos; anything not pictured is not included.',
  ],
  hard: [
    'Please confirm fitment or compatibility before ordering; we are happy to check part numbers for you.',
    'Heavy items are sent on a pallet or by two-person courier where needed.',
    'Installation by a qualified professional is recommended.',
    'Please inspect the goods on delivery and note any damage on the courier receipt.',
    'Large items cannot be sent to parcel lockers.',
    'Keep the original packaging in case you need to return the item.',
  ],
  home: [
    'Hand washing is recommended to keep the finish looking its best.',
    'Suitable for all hob types unless stated otherwise.',
    'Please read the care leaflet before first use.',
    'Fragile items are double boxed.',
    'Appliances are supplied with a plug for the country shown in the listing.',
  ],
  toys: [
    'Not suitable for children under three years: small parts.',
    'Collector items are sent in a box protector where available.',
    'Boxes may show light shelf wear from storage.',
    'Batteries are not included unless stated.',
    'Adult supervision is recommended for young children.',
  ],
  media: [
    'Region and format information is shown in the photos.',
    'Discs are checked for scratches before posting.',
    'Sealed items are sent in a padded mailer.',
    'Please make sure your player supports the format before buying.',
    'Digital items are delivered to the account email used at checkout.',
  ],
  watchjewel: [
    'Jewellery is sent in a small gift box.',
    'Watches are posted with the strap or bracelet protected by film where available.',
    'Ring sizes are given in European sizing; a conversion chart is in the photos.',
    'Water resistance should be checked by a watchmaker after any battery change.',
    'Please allow a few days for signed delivery on higher value items.',
  ],
};

export const ZH_GENERAL = [
  '亲，欢迎光临本店，喜欢的话可以点个关注哦。',
  '付款后四十八小时内发货，节假日顺延。',
  '默认快递随机发出，需要指定快递请先联系客服补差价。',
  '偏远地区（新疆、西藏、青海等）需要补运费，拍前请咨询。',
  '签收时请当面检查包裹，如有破损请直接拒收并联系我们。',
  '支持七天无理由退换，退回时请保持商品完好，不影响二次销售。',
  '由于拍摄光线和显示器不同，颜色可能存在轻微色差，请以实物为准。',
  '收到货满意的话麻烦给个五星好评，您的支持是我们最大的动力。',
  '有任何问题请先联系客服，我们一定帮您妥善处理，请不要直接给中差评。',
  '客服在线时间：早上九点到晚上十点。',
  '多件商品可以合并运费，下单前联系客服改价即可。',
  '包装采用加厚纸箱加气泡膜，运输途中更有保障。',
  '请确认收货地址和电话无误后再付款，发货后无法修改地址。',
  '物流时效以快递公司为准，一般三到五天到达。',
  '如需开具发票，请在下单时备注抬头和税号。',
  '周末及法定节假日正常发货。',
  '拍下后请在二十四小时内付款，超时订单将自动关闭。',
  '店铺每周上新，记得收藏店铺不迷路。',
  '退换货运费由买家承担，商品质量问题除外。',
  '下单时请备注需要的颜色和尺码，未备注的默认随机发货。',
  '快递一般下午五点前揽收，晚上的订单次日发出。',
  '不接受恶意拍下不付款，请理性购物。',
  '所有订单均有物流单号可查，发货后系统会自动通知。',
  '收货后请及时确认，如有问题四十八小时内联系我们。',
  '本店支持平台担保交易，付款安全有保障。',
  '大促期间订单量大，发货可能会延迟一到两天，敬请谅解。',
  '温馨提示：拆封后请保留好包装，方便售后处理。',
  '感谢您的信任，祝您购物愉快。',
  '退货请先联系客服登记，不要直接寄回，以免丢件。',
  '工作日的订单当天打包，尽量当天发出。',
  '我们会在包裹里附上一张小卡片，谢谢您的支持。',
  '本店所有价格均为含税价格。',
  '如遇物流停滞，请联系客服帮您催件。',
  '新疆西藏地区暂不包邮，港澳台及海外地区请先咨询。',
  '本店不议价，谢谢理解。',
  '如对商品有疑问，欢迎随时咨询，我们会耐心解答。',
  '图片仅供参考，具体以收到的实物为准。',
  '地址填写请尽量详细到门牌号，避免派送失败。',
  '收到商品如有少件漏发，请第一时间联系客服补发。',
  '商品详情请仔细阅读，拍下即视为认可以上说明。',
  '我们是小本经营，每一单都认真对待。',
  '快递默认不送货上门的地区，请留意驿站取件通知。',
  '支持货到付款的地区请在下单前咨询客服。',
  '店铺老客户回购可以联系客服领取优惠券。',
  '下雨天或者台风天物流可能会慢一些，请耐心等待。',
  '确认收货后如有问题，仍然可以联系我们处理。',
  '我们会认真对待每一条评价，欢迎提出宝贵意见。',
  '祝您生活愉快，期待您的再次光临。',
  '本店商品均已在平台备案，请放心选购。',
  '发货前会再次检查商品，确保完好无损。',
  '部分商品需要预约配送时间，客服会提前联系您。',
  '如需加急发货请联系客服，我们尽量安排。',
];

export const ZH_CAT = {
  fashion: [
    '尺寸为手工平铺测量，存在一到两厘米误差属于正常范围。',
    '清洗时请参考洗标说明，深色衣物建议单独手洗。',
    '鞋子会装在鞋盒里发出，外面再套一层快递箱。',
    '真皮制品有天然纹理差异，不属于质量问题。',
    '皮具请避免暴晒和接触尖锐物品，不用时放入防尘袋。',
    '尺码不确定的亲可以把身高体重发给客服推荐。',
  ],
  beauty: [
    '化妆品请先在耳后做皮肤测试，敏感肌慎用。',
    '护肤品拆封后不支持退换，请理解。',
    '香水采用防震包装，运输途中尽量直立放置。',
    '请存放在阴凉干燥处，避免阳光直射。',
    '生产日期和批号印在包装底部。',
  ],
  electronics: [
    '电子产品拆封后如无质量问题不支持退换。',
    '发货前均已通电测试，确保功能正常。',
    '续航时间因使用习惯不同会有差异。',
    '配件以图片为准，未展示的配件不包含在内。',
    '请确认设备型号和电压是否适用后再下单。',
    '机身序列号在发货前已登记。',
  ],
  hard: [
    '汽车配件请核对车型年份，不确定的可以把车架号发给客服查询。',
    '大件商品走物流专线，请保持电话畅通。',
    '建议由专业师傅安装，自行安装造成的损坏不在售后范围。',
    '请当面验货，外包装破损请拒收。',
    '工具类商品使用前请仔细阅读说明书。',
  ],
  home: [
    '首次使用前请用温水清洗。',
    '建议手洗，保持表面光泽。',
    '易碎品采用双层包装发货。',
    '家电类商品请确认插头规格后再下单。',
  ],
  toys: [
    '玩具含小零件，不适合三岁以下儿童。',
    '收藏类商品外盒可能有轻微压痕，不影响收藏。',
    '电池需另行购买，包装内不含电池。',
    '小朋友玩耍时请在大人陪同下进行。',
  ],
  media: [
    '光盘商品拆封后不退不换，请确认播放设备支持。',
    '碟片发货前已检查，无明显划痕。',
    '区码信息请看图片说明。',
    '数字商品发货后不支持退款，请谨慎购买。',
  ],
  watchjewel: [
    '首饰会配小礼盒发出，适合送人。',
    '手表表盘和表带贴有保护膜。',
    '戒指尺寸为港码，不确定可以咨询客服。',
    '更换电池后请找专业师傅检测防水。',
  ],
};

export const CAT_GROUP = {
  apparel: 'fashion', shoes: 'fashion', handbags: 'fashion', 'small-leather-goods': 'fashion', eyewear: 'fashion',
  watches: 'watchjewel', jewellery: 'watchjewel',
  fragrance: 'beauty', cosmetics: 'beauty', 'health-supplements': 'beauty',
  phones: 'electronics', 'phone-accessories': 'electronics', computers: 'electronics', 'computer-accessories': 'electronics',
  audio: 'electronics', cameras: 'electronics', 'camera-lenses': 'electronics', 'game-consoles': 'electronics', batteries: 'electronics',
  'home-appliances': 'home', kitchenware: 'home', furniture: 'home', 'pet-supplies': 'home', 'baby-products': 'toys',
  toys: 'toys', 'sports-equipment': 'hard', 'outdoor-gear': 'hard', bicycles: 'hard', 'auto-parts': 'hard', tyres: 'hard', tools: 'hard',
  'printer-supplies': 'electronics', books: 'media', 'film-tv': 'media', music: 'media', software: 'media', 'video-games': 'media',
};

const EN_HEADINGS = ['ABOUT US', 'SHIPPING', 'RETURNS', 'PAYMENT', 'PLEASE NOTE', 'CONTACT', 'FEEDBACK'];
const ZH_HEADINGS = ['【关于本店】', '【发货说明】', '【售后说明】', '【温馨提示】', '【关于物流】', '【关于色差】'];

/**
 * Long boilerplate of about minBytes..maxBytes with `insert` (a sentence or paragraph) at a random
 * position other than the first. Returns { text, cueOffset }.
 */
export function longBoiler(lang, category, insert, rng, minBytes = 800, maxBytes = 3000) {
  const zh = lang !== 'en';
  const general = zh ? ZH_GENERAL : EN_GENERAL;
  const cat = (zh ? ZH_CAT : EN_CAT)[CAT_GROUP[category] ?? 'fashion'] ?? [];
  const pool = rng.shuffle([...general, ...cat, ...cat]);
  const target = rng.int(minBytes + 60, Math.min(maxBytes - 150, minBytes + 1700));
  const parts = [];
  let bytes = insert ? Buffer.byteLength(insert) : 0;
  const seen = new Set();
  for (const s of pool) {
    if (seen.has(s)) continue;
    seen.add(s);
    parts.push(s);
    bytes += Buffer.byteLength(s) + 1;
    if (bytes >= target) break;
  }
  // occasional headings make the text look like a real shop template
  const withHeads = [];
  const heads = rng.shuffle((zh ? ZH_HEADINGS : EN_HEADINGS).slice());
  let h = 0;
  parts.forEach((p, i) => {
    if (i > 0 && i % rng.int(4, 7) === 0 && h < heads.length && rng.chance(0.6)) {
      withHeads.push(zh ? heads[h++] : `${heads[h++]}:`);
    }
    withHeads.push(p);
  });
  let pos = 0;
  if (insert) {
    pos = rng.int(1, withHeads.length);
    withHeads.splice(pos, 0, insert);
  }
  const sep = zh ? (rng.chance(0.5) ? '\n' : '') : rng.chance(0.5) ? '\n' : ' ';
  let text = withHeads.join(sep);
  while (Buffer.byteLength(text) > maxBytes) {
    // drop a boilerplate sentence that is not the insert
    const idx = withHeads.findIndex((x, i) => i !== pos && x !== insert && i > 0);
    if (idx < 0) break;
    withHeads.splice(idx, 1);
    if (idx < pos) pos--;
    text = withHeads.join(sep);
  }
  const cueOffset = insert ? text.indexOf(insert) : -1;
  return { text, cueOffset };
}

/** Short description: 1-3 sentences around the insert (insert may come first). */
export function shortDesc(lang, category, insert, rng) {
  const zh = lang !== 'en';
  const general = zh ? ZH_GENERAL : EN_GENERAL;
  const cat = (zh ? ZH_CAT : EN_CAT)[CAT_GROUP[category] ?? 'fashion'] ?? [];
  const extra = rng.pickN([...general, ...cat], rng.int(0, 2));
  const parts = insert ? [...extra] : extra.length ? extra : [rng.pick(general)];
  if (insert) parts.splice(rng.int(0, parts.length), 0, insert);
  return parts.join(zh ? '' : ' ');
}
