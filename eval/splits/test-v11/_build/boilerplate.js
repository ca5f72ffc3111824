// Description boilerplate for test-v11: English and Chinese sentence pools per product family. No sentence names a
// brand, claims quality or a factory, mentions packaging, receipts or gifts, or uses a marker word.
import { byteLen } from './lib.js';

const GROUP = {
  furniture: 'home',
  tools: 'writing',
  'computer-accessories': 'writing',
  kitchenware: 'kitchen',
  'home-appliances': 'appliance',
  tyres: 'vehicle',
  'auto-parts': 'vehicle',
  bicycles: 'vehicle',
  'phone-accessories': 'electronics',
  batteries: 'electronics',
  phones: 'electronics',
  audio: 'electronics',
  'game-consoles': 'electronics',
  cosmetics: 'beauty',
  fragrance: 'beauty',
  toys: 'games',
  'video-games': 'games',
  software: 'games',
  apparel: 'fashion',
  shoes: 'sport',
  handbags: 'bags',
  'small-leather-goods': 'bags',
  jewellery: 'jewellery',
  'baby-products': 'fashion',
  'outdoor-gear': 'fashion',
  'sports-equipment': 'sport',
  'film-tv': 'disc',
  music: 'disc',
  books: 'disc',
  disc: 'disc',
};

const EN = {
  generic: [
    'Thanks for stopping by, please read the whole listing before you buy.',
    'I answer messages in the evening, usually within a few hours.',
    'Payment is expected within two days of purchase unless we agree otherwise.',
    'Combined postage is available if you buy more than one item from my shop.',
    'Orders placed before noon are normally dispatched the same working day.',
    'Tracking is added to every parcel and the number is uploaded once it is scanned.',
    'International buyers are responsible for any import duties charged by their country.',
    'Colours may look slightly different on different screens.',
    'Please check the measurements in the photos against something you already own.',
    'I do not accept returns for change of mind, but I will always help if something is wrong.',
    'If there is a problem with your order, message me first and we will sort it out.',
    'Collection is possible on weekends if you live nearby.',
    'We are a small shop run by two people, so thank you for your patience.',
    'Feedback is left once the parcel has arrived safely.',
    'The item is wrapped in bubble wrap and sent in a sturdy carton.',
    'Offers are considered, but low offers sent without a message will be declined.',
    'The price includes tracked delivery to most addresses in the country.',
    'Check out my other listings, I add new items every week.',
    'Smoke-free and pet-free home.',
    'Any questions about size or compatibility, just ask before buying.',
    'Public holidays may add a day or two to the delivery time.',
    'Parcels to remote areas can take a little longer than the estimate shown.',
    'I photograph every item in daylight so the pictures are as close to real life as possible.',
    'Stock is updated daily, so if you can buy it, it is available.',
    'Please make sure your delivery address is correct before paying.',
    'Invoices can be issued for business buyers on request.',
    'If you need the item by a certain date, tell me and I will choose a faster service.',
    'Thank you for supporting a small independent seller.',
  ],
  home: [
    'The piece suits a reading corner, a bedside table or a home office.',
    'Assembly takes about ten minutes and all fittings are included.',
    'Clean with a soft dry cloth; do not use solvents on the finish.',
    'The shade can be angled to point the light where you need it.',
    'Bulb not included; it takes a standard E27 or E14 lamp depending on the model.',
    'Dimensions are given in the pictures, height measured to the top of the shade.',
    'Large items are sent by a two-person courier service and need a delivery slot.',
    'It works well in Scandinavian, industrial and mid-century interiors alike.',
    'The cable is fabric covered and has an inline switch.',
    'Ceramic and glass pieces are double boxed with corner protection.',
  ],
  writing: [
    'The nib writes smoothly on ordinary copier paper as well as on fountain-pen friendly notebooks.',
    'It takes standard cartridges or a converter for bottled ink.',
    'Flush the pen with lukewarm water before first use and between ink changes.',
    'The grip section is shaped for a comfortable tripod hold.',
    'Ink colours shown are approximate and depend on the paper used.',
    'A good choice for students, journaling and everyday notes.',
    'Nib sizes available: extra fine, fine, medium and broad, please choose at checkout.',
    'Store the pen nib up when it is not in use to avoid leaks.',
  ],
  kitchen: [
    'Hand wash recommended to keep the finish looking its best.',
    'Suitable for pour-over, filter and everyday kitchen use.',
    'The grind setting is adjusted by turning the dial under the burr.',
    'Glass items are checked for chips before they are packed.',
    'Rinse before first use and dry with a lint-free towel.',
    'The capacity is marked on the side in millilitres.',
    'Pairs nicely with a scale and a gooseneck kettle for manual brewing.',
    'Dishwasher safe on the top rack, unless stated otherwise.',
    'Sizes and volumes are listed in the second picture.',
  ],
  appliance: [
    'The unit runs on 220 to 240 volts; an adapter is needed elsewhere.',
    'It comes with the standard accessories shown in the photos and a printed manual.',
    'Read the safety instructions before first use.',
    'Keep the air vents clear while the appliance is running.',
    'Spare parts and consumables can be ordered separately.',
    'The display shows the last readings and the battery level.',
    'It is light enough to carry between rooms and store in a cupboard.',
    'Warranty registration is done online with the serial number.',
    'Clean the outer surface with a damp cloth after unplugging it.',
  ],
  vehicle: [
    'Please check the fitment for your exact model and year before ordering.',
    'Fitting by a professional workshop is recommended.',
    'Load index and speed rating are shown on the sidewall and in the pictures.',
    'Tyre pressure should be checked once a month when the tyres are cold.',
    'Range and speed depend on rider weight, temperature and terrain.',
    'Fold the stem for storage in a car boot or under a desk.',
    'Battery charging takes several hours from empty with the supplied charger.',
    'The part number is stamped on the housing for easy matching.',
    'Local traffic rules apply; some regions limit the top speed.',
  ],
  electronics: [
    'Works with most USB-C phones, tablets and laptops.',
    'The cable included is one metre long.',
    'Charging speed depends on the device and the cable you use.',
    'Built-in protection against overheating and short circuits.',
    'Small enough to fit in a jacket pocket or a handbag.',
    'The indicator shows the remaining charge in four steps.',
    'Please check that your device supports the charging standard listed.',
    'Firmware is up to date and it has been tested before dispatch.',
  ],
  beauty: [
    'Suitable for all skin types, including sensitive skin.',
    'Use on clean, dry skin for a few minutes a day.',
    'Charge fully before first use; one charge lasts several weeks.',
    'Waterproof, so it can be used in the shower.',
    'Patch test before using a new product on your face.',
    'The silicone surface is easy to clean and dries quickly.',
    'The scent opens with citrus and settles into soft woods.',
    'Store away from direct sunlight and heat.',
  ],
  games: [
    'All components are listed on the back of the box in the photos.',
    'Recommended for two to five players aged fourteen and up.',
    'A typical game takes about an hour once everyone knows the rules.',
    'Cards are stored in sleeves and the inserts keep everything in place.',
    'The rulebook is in English; translations can be downloaded online.',
    'Ideal for a game night or as a starter for new players.',
    'System requirements are shown in the last picture.',
    'Account region and platform are stated in the title.',
  ],
  fashion: [
    'Measurements are taken flat, armpit to armpit and top to bottom.',
    'The fabric has a little stretch and a soft hand feel.',
    'Machine wash cold inside out and hang to dry.',
    'Fits true to size; size up for a relaxed look.',
    'The lining is cotton and the straps are adjustable.',
    'Model is 170 cm and wears size M.',
    'Leather will soften and darken slightly with use.',
    'Sizing charts are in the last photo, please compare before ordering.',
    'Ideal for school, work or weekends.',
  ],
  bags: [
    'The interior has a zipped pocket and two slip pockets for a phone and cards.',
    'Dimensions are listed in the photos: width, height and depth measured at the base.',
    'The strap is adjustable and can be removed to carry it by hand.',
    'Store it stuffed with paper and in its dust bag to keep the shape.',
    'Leather will soften and darken slightly with use.',
    'Fits an A4 folder, a water bottle and a lunch box.',
    'Wipe the outside with a slightly damp cloth; do not soak.',
    'Padded back panel and chest strap spread the weight evenly.',
  ],
  jewellery: [
    'Length and sizes are given in the photos.',
    'Each piece is packed in a small pouch, ready to give.',
    'Avoid contact with perfume and water to keep the finish bright.',
    'The clasp is easy to open and close with one hand.',
    'Handmade, so no two pieces are exactly alike.',
    'Light enough to wear all day.',
  ],
  sport: [
    'Sizes follow the European chart; see the last photo for centimetres.',
    'Suitable for natural grass and artificial turf.',
    'Inflate to the pressure printed next to the valve.',
    'Breathable upper and a cushioned insole.',
    'Fits true to size; size up if you wear thick socks.',
    'Rinse mud off with cold water and let it dry away from heaters.',
    'Ideal for training, five-a-side and weekend matches.',
  ],
  disc: [
    'Region and format are stated in the title, please make sure your player supports them.',
    'Audio tracks and subtitles are listed on the back cover.',
    'Running time and bonus features are shown in the pictures.',
    'The sleeve and booklet are included.',
    'Discs are sent in a padded mailer to protect the case.',
    'Vinyl is shipped outside the inner sleeve to avoid seam splits.',
  ],
};
const EN_USED = [
  'It has been used and shows light marks consistent with age, see the photos.',
  'Everything works as it should; any wear is visible in the pictures.',
  'Sold as seen, the photos are part of the description.',
];
const EN_NEW = ['The item is new and unused.', 'Brand new, never used, with all original accessories.'];

const ZH = {
  generic: [
    '感谢光临小店，下单前请仔细阅读商品描述。',
    '客服在线时间为早九点到晚十点，留言会尽快回复。',
    '下午四点前付款当天发货，节假日顺延。',
    '默认发中通或韵达，需要顺丰请联系客服补差价。',
    '偏远地区运费另计，下单前请咨询。',
    '收到货请先验货再签收，如有问题及时联系我们。',
    '显示器不同可能存在轻微色差，以实物为准。',
    '尺寸为人工测量，误差一到两厘米属正常范围。',
    '支持七天无理由退换，人为损坏除外。',
    '退换货请保持商品完好，不影响二次销售。',
    '满两件包邮，多拍请联系客服改价。',
    '请确认收货地址和电话无误后再付款。',
    '发货后会第一时间更新物流单号。',
    '小店诚信经营，欢迎收藏关注。',
    '有任何问题请先联系客服，我们会积极处理。',
    '每件商品出库前都会检查一遍。',
    '包装使用气泡膜加纸箱，运输途中更安全。',
    '拍下后请留意消息，有时需要确认型号。',
    '需要开具发票的亲请在备注里说明。',
    '本店商品均为现货，拍下即发。',
    '晚上下单的亲第二天上午发出。',
    '如需加急请备注，我们尽量安排。',
    '好评返现活动请咨询客服。',
    '收到后满意请给个五星，谢谢支持。',
    '商品图片均为店主自己拍摄。',
    '大促期间发货可能稍有延迟，请耐心等待。',
    '同城可以自提，地址请私下沟通。',
    '介意者请慎拍，拍下视为认可描述。',
  ],
  home: [
    '适合书房、卧室床头和客厅角落。',
    '灯泡需另购，使用常见螺口即可。',
    '安装简单，十分钟左右就能装好。',
    '表面请用干布擦拭，不要使用化学清洁剂。',
    '大件家具走物流，送货上门需提前预约。',
    '灯头可以调节角度，照明范围更灵活。',
    '北欧风、工业风的家里都很好搭。',
    '陶瓷和玻璃制品采用加厚包装。',
  ],
  writing: [
    '书写顺滑，日常记笔记很合适。',
    '可以使用墨囊，也可以配吸墨器上瓶装墨水。',
    '第一次使用前请用温水冲洗笔尖。',
    '笔握设计符合三指握笔姿势。',
    '墨水颜色以实际纸张显色为准。',
    '学生党、手账党都很适合。',
    '笔尖有极细、细、中号可选，请在下单时备注。',
    '不用的时候请笔尖朝上放置，避免漏墨。',
  ],
  kitchen: [
    '建议手洗，可以保持表面光泽。',
    '适合手冲咖啡和日常使用。',
    '研磨粗细通过底部旋钮调节。',
    '玻璃制品发货前逐个检查。',
    '第一次使用前请清洗并擦干。',
    '容量刻度标在杯身侧面。',
    '搭配电子秤和细口壶使用更方便。',
    '尺寸和容量请看第二张图。',
  ],
  appliance: [
    '电压为二百二十伏，国内可以直接使用。',
    '附件如图所示，并附中文说明书。',
    '首次使用前请阅读安全须知。',
    '使用时请保持出风口通畅。',
    '耗材和配件可以单独购买。',
    '屏幕可以显示历史记录和电量。',
    '机身轻巧，方便收纳。',
    '凭序列号可以在线登记保修。',
    '清洁前请先拔掉电源，用湿布擦拭外壳。',
  ],
  vehicle: [
    '下单前请核对车型和年份是否适配。',
    '建议到专业门店安装。',
    '载重指数和速度级别见胎侧和图片。',
    '建议每月冷胎状态下检查一次胎压。',
    '续航和速度受体重、温度和路况影响。',
    '车把可以折叠，放进后备箱很方便。',
    '使用原装充电器充满需要几个小时。',
    '零件号印在外壳上，方便核对。',
    '请遵守当地交通法规。',
  ],
  electronics: [
    '支持大部分手机、平板和笔记本。',
    '附赠一米长的数据线。',
    '充电速度取决于设备和线材。',
    '内置过热和短路保护。',
    '体积小巧，可以放进口袋或包里。',
    '指示灯分四格显示剩余电量。',
    '请确认您的设备支持所列的充电协议。',
    '发货前已经通电测试。',
  ],
  beauty: [
    '适合各种肤质，敏感肌也可以使用。',
    '洁面后在干爽的皮肤上使用几分钟即可。',
    '首次使用前请充满电，一次充电可用几周。',
    '防水设计，洗澡时也能用。',
    '使用新产品前建议先在耳后做测试。',
    '硅胶表面容易清洁，干得快。',
    '前调是柑橘，后调是柔和的木质香。',
    '请避光、避热保存。',
  ],
  games: [
    '配件清单见盒背照片。',
    '适合两到五人，十四岁以上。',
    '熟悉规则后一局大约一小时。',
    '卡牌已经套好卡套，收纳盒可以固定配件。',
    '说明书可以在网上下载中文版。',
    '聚会和新手入门都很合适。',
    '系统配置要求见最后一张图。',
    '账号区服和平台见标题。',
  ],
  fashion: [
    '尺寸为平铺测量，胸围为腋下到腋下。',
    '面料有微弹，手感柔软。',
    '建议冷水反面机洗，挂起晾干。',
    '尺码标准，喜欢宽松可以拍大一码。',
    '内衬为棉质，肩带可以调节。',
    '模特身高一米七，穿中码。',
    '皮面使用后会慢慢变软、颜色加深。',
    '尺码表见最后一张图，请对比后下单。',
    '上学、上班、周末出门都能穿。',
  ],
  bags: [
    '内有拉链暗袋和两个手机卡位。',
    '尺寸见图片，长宽高均为底部测量。',
    '肩带可调节，也可以拆下手提。',
    '不用时请塞纸放进防尘袋，保持包型。',
    '皮面使用后会慢慢变软、颜色加深。',
    '能放下文件夹、水杯和饭盒。',
    '外表面用微湿的布擦拭，不要浸水。',
    '背板有软垫，胸扣可以分散重量。',
  ],
  jewellery: [
    '长度和尺寸见图片。',
    '每件都配小布袋，可以直接送人。',
    '避免接触香水和水，保持光泽。',
    '扣头单手就能开合。',
    '手工制作，每件略有不同。',
    '很轻，戴一整天也不累。',
  ],
  sport: [
    '尺码按欧码，厘米对照见最后一张图。',
    '天然草和人造草场地都适用。',
    '按气门旁印的气压充气。',
    '鞋面透气，鞋垫有缓冲。',
    '尺码标准，穿厚袜子建议大一码。',
    '泥土用冷水冲洗，远离暖气晾干。',
    '训练、五人制和周末比赛都合适。',
  ],
  disc: [
    '区码和格式见标题，请确认播放机支持。',
    '音轨和字幕信息见封底。',
    '片长和花絮内容见图片。',
    '附带封套和内页。',
    '光盘使用加厚气泡袋包装。',
    '黑胶唱片与内袋分开寄出，避免封套开裂。',
  ],
};
const ZH_USED = [
  '自用闲置，有轻微使用痕迹，详见图片。',
  '功能一切正常，成色以图片为准。',
  '二手物品，售出不退，介意勿拍。',
];
const ZH_NEW = ['全新未使用。', '全新，附件齐全。'];

function pools(lang, family) {
  const g = GROUP[family] ?? 'home';
  const P = lang === 'zh' ? ZH : EN;
  return { fam: P[g], gen: P.generic };
}

/** Long description, 800-3000 bytes; the cue sentence (if any) goes after at least two ordinary sentences. */
export function longBoiler(lang, family, insert, rng, condition) {
  const { fam, gen } = pools(lang, family);
  const cond = condition === 'new' ? (lang === 'zh' ? ZH_NEW : EN_NEW) : lang === 'zh' ? ZH_USED : EN_USED;
  const target = rng.int(850, 2500);
  const famS = rng.shuffle(fam.slice());
  const genS = rng.shuffle(gen.slice());
  const out = [rng.pick(cond)];
  let fi = 0;
  let gi = 0;
  const sep = lang === 'zh' ? '' : ' ';
  const size = () => byteLen(out.join(sep)) + (insert ? byteLen(insert) : 0);
  while (size() < target && (fi < famS.length || gi < genS.length)) {
    if (fi < famS.length && (rng.chance(0.5) || gi >= genS.length)) out.push(famS[fi++]);
    else out.push(genS[gi++]);
  }
  let cueOffset = -1;
  if (insert) {
    const lo = Math.min(2, out.length);
    const hi = Math.max(lo, out.length - 1);
    cueOffset = rng.int(lo, hi);
    out.splice(cueOffset, 0, insert);
  }
  // break into paragraphs every few sentences
  const parts = [];
  out.forEach((s, i) => {
    parts.push(s);
    if (i < out.length - 1) parts.push(i % 4 === 3 ? '\n\n' : sep);
  });
  let text = parts.join('');
  while (byteLen(text) > 3000) {
    const cut = text.lastIndexOf(lang === 'zh' ? '。' : '. ', text.length - 2);
    text = text.slice(0, cut + 1);
  }
  return { text, cueOffset };
}

/** Short description: two to four sentences, the cue (if any) second. */
export function shortDesc(lang, family, insert, rng) {
  const { fam, gen } = pools(lang, family);
  const sep = lang === 'zh' ? '' : ' ';
  const out = [rng.pick(fam)];
  if (insert) out.push(insert);
  out.push(rng.pick(gen));
  if (rng.chance(0.5)) out.push(rng.pick(fam.filter((s) => !out.includes(s))));
  return out.join(sep);
}
