// Description boilerplate for test-v9, written fresh: English and Chinese sentence pools per product family plus
// shared shipping / payment / returns / seller sentences. No sentence names a brand or claims quality or a factory.
import { byteLen } from './lib.js';

const FAMILY = {
  handbags: 'bags',
  'small-leather-goods': 'bags',
  eyewear: 'eyewear',
  kitchenware: 'kitchen',
  'home-appliances': 'kitchen',
  'baby-products': 'baby',
  furniture: 'baby',
  tools: 'tools',
  fragrance: 'scent',
  cosmetics: 'scent',
  'health-supplements': 'supp',
  jewellery: 'jewel',
  watches: 'jewel',
  'auto-parts': 'auto',
  tyres: 'auto',
  cameras: 'tech',
  audio: 'tech',
  'computer-accessories': 'tech',
  'printer-supplies': 'tech',
  phones: 'tech',
  'phone-accessories': 'tech',
  computers: 'tech',
  'camera-lenses': 'tech',
  batteries: 'tech',
  toys: 'toys',
  apparel: 'wear',
  shoes: 'wear',
  'sports-equipment': 'sport',
  'outdoor-gear': 'sport',
  bicycles: 'sport',
  books: 'paper',
  'film-tv': 'media',
  music: 'media',
  software: 'soft',
  'video-games': 'soft',
  'game-consoles': 'soft',
  'pet-supplies': 'toys',
};

const EN = {
  bags: [
    'Interior has a padded sleeve that takes a 15 inch laptop and two zip pockets for cables.',
    'The wheels roll quietly on tiles and the handle locks at three heights.',
    'Measurements are taken flat, please compare them with a bag you already own before ordering.',
    'Zips run smoothly end to end and the corners show no scuffing.',
    'It fits the overhead bins of most short-haul airlines, but check your carrier rules.',
    'The shoulder strap is adjustable and can be removed when you carry it by the top handle.',
    'Weight empty is listed in the photos next to the tape measure.',
    'Colour looks slightly darker in daylight than on my phone screen.',
  ],
  eyewear: [
    'Frame width is in the last photo, lens width and bridge are printed inside the temple.',
    'Comes with a soft pouch and a cleaning cloth, the hard case is shown if it is included.',
    'Lenses can be replaced by any optician with your prescription.',
    'Nose pads are adjustable and the hinges open and close firmly.',
    'Please check the size against a pair you already wear, sizes run small.',
    'Polarised lenses cut glare off water and wet roads.',
    'Weight is light enough for all-day wear and the temples do not pinch.',
  ],
  kitchen: [
    'Works on gas, electric and induction hobs unless the photos say otherwise.',
    'Plug is the type shown in the photos; an adaptor may be needed abroad.',
    'Please read the manual before first use and run one cycle with water only.',
    'The inner pot and lid go in the dishwasher, the base should only be wiped.',
    'Capacity, wattage and voltage are printed on the label under the base.',
    'It has been tested once to show that it powers on and heats up.',
    'Cord length is about one metre and it stores in the back.',
    'Avoid metal utensils on the coated surface to keep it smooth for longer.',
  ],
  baby: [
    'All parts that touch food or skin are listed as BPA free on the box.',
    'Please sterilise bottles and teats before the first use.',
    'Assembly takes about twenty minutes with the tools in the box.',
    'Weight limits and age ranges are printed in the manual, please follow them.',
    'We are a smoke-free and pet-free home.',
    'The fabric cover comes off with zips and can be washed at 30 degrees.',
    'Check local safety rules for car seats before buying from another country.',
  ],
  tools: [
    'Blades are sharpened and oiled, please wear gloves when unpacking.',
    'Spare parts and blades are easy to find in garden centres.',
    'Fuel mix and chain oil are not included and cannot be posted.',
    'The hose connector clicks on and off without dripping.',
    'Tested in the garden last weekend, starts on the second pull.',
    'Store it dry over winter and clean the sap off after use.',
    'Weight and length are in the last photo next to a ruler.',
  ],
  scent: [
    'Bottle is 100 ml unless stated, batch code is printed under the box.',
    'Keep away from sunlight and heat, store the bottle upright.',
    'Scent notes are listed in the photos, everyone smells a perfume differently.',
    'Sprayer works and gives a fine even mist.',
    'Liquids ship by ground service only, no air mail.',
    'Patch test first if you have sensitive skin.',
    'Fill level is shown against a ruler in the third photo.',
  ],
  supp: [
    'Best before date is printed on the base of the tub and in the photos.',
    'Seal under the lid is intact.',
    'Store in a cool dry place and close the lid after each use.',
    'Nutrition values per serving are shown on the back label.',
    'This is not a medicine; ask a doctor if you are pregnant or take medication.',
    'One scoop is included inside the tub.',
  ],
  jewel: [
    'Hallmarks and weight are shown in the close-up photos.',
    'Comes with a pouch and a box suitable as a gift.',
    'Take it off before swimming or showering to keep the finish bright.',
    'Ring sizes can be adjusted by a jeweller, please ask before ordering.',
    'Clasp closes securely and the chain has no kinks.',
    'Measurements are taken with a calliper and shown in the photos.',
  ],
  auto: [
    'Please check the fitment list for your make, model and year before ordering.',
    'Installation takes about an hour with basic hand tools.',
    'The memory card is not included; use a high-endurance card.',
    'Hardwire kit and adhesive mount are shown in the photos.',
    'Mats are trimmed to the footwell shape and have raised edges.',
    'Works on 12 V and 24 V vehicles.',
    'Firmware can be updated from the app after pairing.',
  ],
  tech: [
    'Pairs with the app on both Android and iOS.',
    'Charging cable included, power adaptor not included.',
    'Battery life is as stated by the maker and depends on use.',
    'All buttons and ports work, tested before listing.',
    'Firmware was updated to the latest version before packing.',
    'Needs a 2.4 GHz Wi-Fi network for setup.',
    'The ink level shown in the photos is as received.',
    'Check compatibility with your printer model before ordering.',
  ],
  toys: [
    'All pieces are counted and bagged.',
    'Not suitable for children under three because of small parts.',
    'Box corners have light shelf wear, contents are sealed.',
    'The figure stands on its own and comes with its base.',
    'Cards are sleeved and stored in a box away from light.',
    'Paint pots are sealed and have not been opened.',
    'Height is measured from the base to the top of the head.',
  ],
  wear: [
    'Measurements taken flat: chest, length and sleeve are in the photos.',
    'Fits true to size, I am 178 cm and wear a medium.',
    'Wash cold on a gentle cycle and dry flat.',
    'No stains, holes or pulls; the colour has not faded.',
    'Fabric composition is on the inside label.',
    'Soles show the wear you can see in the photos.',
  ],
  sport: [
    'Grip size and weight are written on the frame.',
    'Strung at 24 kg with the string shown in the photos.',
    'The reel turns smoothly and the drag works across its range.',
    'Line is not included, the spool is empty.',
    'Suitable for salt water, rinse with tap water after use.',
    'Hooks are needle-pointed, the lure comes in a plastic box.',
    'Racket cover included.',
  ],
  paper: [
    'Pages are numbered and there is an index at the front.',
    'Paper takes fountain pen ink with very little show-through.',
    'Two ribbon markers and an elastic closure.',
    'Dot grid, 5 mm spacing, 249 pages.',
    'The cover is hard and the spine lies flat when open.',
    'Ships in a rigid envelope so the corners arrive undamaged.',
  ],
  media: [
    'Region and disc format are printed on the back of the case.',
    'Includes the booklet and slipcase shown in the photos.',
    'Runtime and audio tracks are listed on the back cover.',
    'Discs are stored upright in their cases.',
    'Vinyl is 180 g, the sleeve has a hype sticker.',
    'Please make sure your player supports the format before ordering.',
  ],
  soft: [
    'Works with the system version shown in the photos.',
    'Charger and cables included.',
    'The screen has no dead pixels and the buttons respond.',
    'Key is delivered by message after payment.',
    'Saves and settings have been reset.',
    'Storage card size is shown in the photos.',
  ],
};

const ZH = {
  bags: [
    '内部有电脑隔层，可放15寸笔记本，另有两个拉链小袋。',
    '万向轮在瓷砖上推起来很安静，拉杆可三档调节。',
    '尺寸为平铺测量，下单前请和自己的包对比一下。',
    '拉链顺滑，四个角没有磨损。',
    '大部分航空公司可以登机，具体请查询航司规定。',
    '肩带长度可调，也可以拆下来手提。',
  ],
  eyewear: [
    '镜框宽度见最后一张图，镜片和鼻梁尺寸印在镜腿内侧。',
    '附眼镜布和软袋，是否有硬盒以图片为准。',
    '镜片可以去任何眼镜店按度数更换。',
    '鼻托可调，铰链开合有阻尼感。',
    '偏光镜片开车钓鱼都很实用，能挡水面反光。',
    '请对照自己正在戴的眼镜尺寸选择。',
  ],
  kitchen: [
    '燃气灶、电陶炉、电磁炉通用，以图片说明为准。',
    '首次使用前请阅读说明书，先空烧一遍清水。',
    '内胆和盖子可以进洗碗机，底座只能擦拭。',
    '容量、功率、电压都印在底部铭牌上。',
    '只通电试过一次，确认可以正常加热。',
    '涂层锅请用木铲或硅胶铲，避免金属铲刮花。',
    '电源线约一米长，可以收纳在机身后面。',
  ],
  baby: [
    '接触食物和皮肤的部件包装上标注不含双酚A。',
    '奶瓶和奶嘴第一次使用前请先消毒。',
    '安装大约二十分钟，工具盒内自带。',
    '承重和适用年龄见说明书，请按说明使用。',
    '家里无烟无宠物。',
    '布套可以拉链拆下，30度水洗。',
  ],
  tools: [
    '刀口已经打磨上油，拆包时请戴手套。',
    '配件和刀片在园艺店都很好买。',
    '混合油和链条油不包含，也无法邮寄。',
    '水管接头一插一拔，不漏水。',
    '上周末在院子里试过，拉两下就着火。',
    '冬天请存放在干燥处，用完把树汁擦干净。',
  ],
  scent: [
    '容量100ml，批号印在外盒底部。',
    '请避光避热，瓶身直立存放。',
    '香调见图片，每个人对味道的感受不同。',
    '喷头正常，雾化细腻均匀。',
    '液体只能走陆运，不能空运。',
    '敏感肌请先在手腕内侧试用。',
  ],
  supp: [
    '保质期印在罐底，图片里也有拍到。',
    '瓶口密封膜完好。',
    '请存放在阴凉干燥处，每次用完盖紧。',
    '每份营养成分见背面标签。',
    '本品不是药品，孕妇及服药人士请先咨询医生。',
    '罐内附量勺一个。',
  ],
  jewel: [
    '印记和克重见细节图。',
    '附首饰袋和礼盒，送人也合适。',
    '游泳洗澡前请摘下，保持光泽。',
    '戒指尺寸可以找金店调整，下单前请先咨询。',
    '扣头牢固，链子没有打结。',
  ],
  auto: [
    '下单前请核对适配车型和年份。',
    '安装大约一小时，用普通手工具即可。',
    '不含内存卡，建议使用高耐久卡。',
    '降压线和粘贴支架见图片。',
    '脚垫按脚窝形状裁切，边缘有翻边。',
    '固件可以在手机App里升级。',
  ],
  tech: [
    '常见手机系统的App都可以连接。',
    '附充电线，不含充电头。',
    '续航以官方标称为准，实际与使用习惯有关。',
    '所有按键和接口都正常，上架前测试过。',
    '配网需要2.4G无线网络。',
    '墨水余量以收到时为准，见图片。',
    '下单前请确认和自己的打印机型号兼容。',
  ],
  toys: [
    '零件已清点并分袋装好。',
    '含小零件，不适合三岁以下儿童。',
    '盒角有轻微货架磨损，内容物未拆封。',
    '手办可以自己站稳，附底座。',
    '卡片已套卡套，避光收纳。',
    '颜料未开封。',
  ],
  wear: [
    '平铺测量：胸围、衣长、袖长见图片。',
    '尺码标准，本人178cm穿M码。',
    '冷水轻柔洗，平铺晾干。',
    '无污渍无破洞，颜色没有褪。',
    '面料成分见内侧洗标。',
    '鞋底磨损程度见图片。',
  ],
  sport: [
    '握把尺寸和重量印在拍框上。',
    '穿线24公斤，线型见图片。',
    '渔轮转动顺滑，卸力各档都正常。',
    '不含鱼线，线杯是空的。',
    '海水可用，用完请用清水冲洗。',
    '鱼钩锋利，路亚装在塑料盒里。',
  ],
  paper: [
    '页码已印好，前面有目录页。',
    '钢笔书写基本不透墨。',
    '两根书签带和一根绑带。',
    '点阵内页，5毫米间距，249页。',
    '硬壳封面，可以平摊。',
    '用硬纸壳信封寄出，不会折角。',
  ],
  media: [
    '区码和碟片格式印在盒子背面。',
    '附图片中的小册子和外封套。',
    '片长和音轨见封底。',
    '碟片一直竖放在盒子里保存。',
    '黑胶180克，外封有贴纸。',
    '下单前请确认播放器支持该格式。',
  ],
  soft: [
    '适配图片所示的系统版本。',
    '附充电器和数据线。',
    '屏幕无坏点，按键灵敏。',
    '付款后通过消息发送激活信息。',
    '存档和设置已经重置。',
    '存储卡容量见图片。',
  ],
};

const SHARED_EN = {
  ship: [
    'Ships within two working days of payment, tracking number provided.',
    'I post on Mondays and Thursdays, combined postage for several items.',
    'Packed in a double-wall box with paper padding, no plastic fillers.',
    'Collection is possible in the evenings, cash or bank transfer on pickup.',
    'International buyers pay import duties and taxes on arrival.',
    'Delivery usually takes three to seven days depending on the courier.',
    'Please double-check your address; parcels returned as undeliverable are refunded minus postage.',
    'Free shipping on orders over 50, otherwise flat rate as shown.',
  ],
  pay: [
    'Payment through the platform only, so both of us are covered.',
    'Offers are welcome, low-ball offers will be ignored.',
    'Price is firm, it is already listed on several sites.',
    'Invoice with VAT available on request for business buyers.',
    'Bundle discount if you buy two or more items from my shop.',
  ],
  ret: [
    'Returns accepted within 14 days if unused and in the original packaging.',
    'Private sale, so no returns, but please ask any questions before buying.',
    'If anything arrives damaged, send a photo within 48 hours and I will sort it out.',
    'Open the parcel on camera in case you need to claim for transit damage.',
    'Buyer pays return postage unless the item is not as described.',
  ],
  seller: [
    'Check my other listings, I am clearing out a storage unit this month.',
    'Over 300 positive reviews, please read them before you message.',
    'Family-run shop, we answer messages every evening.',
    'Photos are of the actual item, taken this week in daylight.',
    'Listed on other sites too, it may be removed if it sells elsewhere.',
    'Happy to send more photos or a short video through the platform chat.',
    'Thanks for looking and have a nice day.',
  ],
};

const SHARED_ZH = {
  ship: [
    '付款后两个工作日内发货，提供快递单号。',
    '每周一和周四统一发货，多件可以合并运费。',
    '双层纸箱加纸团填充，不用塑料泡沫。',
    '同城可以晚上自提，当面交易。',
    '偏远地区需要补运费，下单前请先咨询。',
    '一般三到七天送达，视快递公司而定。',
    '请核对收货地址，因地址错误退回的包裹扣除运费后退款。',
  ],
  pay: [
    '只走平台交易，双方都有保障。',
    '诚心要的可以小刀，大刀勿扰。',
    '价格已经很低，不议价。',
    '企业买家可以开发票。',
    '店里买两件以上有优惠。',
  ],
  ret: [
    '未使用且包装完好，支持七天无理由退换。',
    '个人闲置，不退不换，有问题请拍前咨询。',
    '收到如有破损，48小时内拍照联系我处理。',
    '建议开箱录视频，方便运输破损理赔。',
    '非质量问题退货运费由买家承担。',
  ],
  seller: [
    '可以看看我的其他闲置，这个月在清仓。',
    '三百多个好评，下单前可以先看看评价。',
    '家庭小店，每天晚上统一回复消息。',
    '图片都是实物，本周白天自然光拍摄。',
    '多平台同时在卖，卖掉就下架。',
    '需要更多图片或视频可以在平台聊天里找我。',
    '感谢浏览，祝生活愉快。',
  ],
};

function familyOf(category) {
  return FAMILY[category] ?? 'tech';
}

const condLine = {
  en: { used: 'Used, in the condition shown in the photos.', refurbished: 'Refurbished and tested.' },
  zh: { used: '二手，成色见图片。', refurbished: '翻新件，已测试。' },
};

/** Long description (800-3000 bytes target), with `insert` placed after the first paragraph. */
export function longBoiler(lang, category, insert, rng, condition) {
  const fam = familyOf(category);
  const F = (lang === 'zh' ? ZH : EN)[fam];
  const S = lang === 'zh' ? SHARED_ZH : SHARED_EN;
  const joiner = lang === 'zh' ? '' : ' ';
  const target = rng.int(820, 2500);
  const paras = [];
  const famSent = rng.pickN(F, Math.min(F.length, rng.int(3, 5)));
  paras.push(famSent.slice(0, 2).join(joiner));
  if (famSent.length > 2) paras.push(famSent.slice(2).join(joiner));
  const order = rng.shuffle(['ship', 'pay', 'ret', 'seller']);
  for (const k of order) paras.push(rng.pickN(S[k], rng.int(2, 3)).join(joiner));
  if (condition && condLine[lang][condition]) paras.splice(1, 0, condLine[lang][condition]);
  // top up with more shared sentences until the target size is reached
  let guard = 0;
  while (byteLen(paras.join('\n\n')) < target && guard++ < 12) {
    const k = rng.pick(['ship', 'pay', 'ret', 'seller']);
    const s = rng.pick(S[k]);
    if (!paras.some((p) => p.includes(s))) paras.push(s);
  }
  let cueOffset = -1;
  if (insert) {
    const at = rng.int(1, Math.min(3, paras.length));
    paras.splice(at, 0, insert);
    cueOffset = at;
  }
  while (byteLen(paras.join('\n\n')) > 3000) paras.splice(paras.length - 1, 1);
  return { text: paras.join('\n\n'), cueOffset };
}

/** Short description (one to three sentences). */
export function shortDesc(lang, category, insert, rng) {
  const fam = familyOf(category);
  const F = (lang === 'zh' ? ZH : EN)[fam];
  const S = lang === 'zh' ? SHARED_ZH : SHARED_EN;
  const joiner = lang === 'zh' ? '' : ' ';
  const parts = [rng.pick(F)];
  if (insert) parts.push(insert);
  if (rng.chance(0.6)) parts.push(rng.pick(S[rng.pick(['ship', 'pay', 'ret'])]));
  return parts.join(joiner);
}
