// Description boilerplate for test-v7, written fresh: openers, specs per category group, condition, carriers,
// shipping, returns, store notes and closings in English and Chinese. No brand names, no marker words,
// no quality or factory claims (those are cues that generators insert on purpose).

const GROUP = {
  apparel: 'wear',
  handbags: 'wear',
  'small-leather-goods': 'wear',
  shoes: 'wear',
  watches: 'lux',
  jewellery: 'lux',
  eyewear: 'lux',
  fragrance: 'beauty',
  cosmetics: 'beauty',
  'health-supplements': 'beauty',
  phones: 'tech',
  'phone-accessories': 'tech',
  computers: 'tech',
  'computer-accessories': 'tech',
  audio: 'tech',
  cameras: 'tech',
  'camera-lenses': 'tech',
  'game-consoles': 'tech',
  batteries: 'tech',
  'printer-supplies': 'tech',
  'video-games': 'media',
  software: 'media',
  'film-tv': 'media',
  music: 'media',
  books: 'media',
  toys: 'toys',
  'baby-products': 'toys',
  'pet-supplies': 'toys',
  'auto-parts': 'auto',
  tyres: 'auto',
  tools: 'auto',
  'home-appliances': 'home',
  kitchenware: 'home',
  furniture: 'home',
  'sports-equipment': 'sport',
  bicycles: 'sport',
  'outdoor-gear': 'sport',
};

const EN = {
  open: [
    'Thanks for stopping by my listing.',
    'Hi there, welcome and thanks for looking.',
    'Listing this one on behalf of the household clear-out we are doing this month.',
    'Hello from a small two-person shop that packs every order by hand.',
    'Please read the whole description before you buy, it saves us both time.',
    'Up for grabs today, details and measurements below.',
    'Welcome! We list new stock every Tuesday and Friday evening.',
    'Good evening, a few words about this item before you decide.',
    'Quick note first: photos were taken in daylight by the window, no filters.',
    'Another piece from our weekly drop, everything is photographed on the day it is listed.',
  ],
  wear: [
    'Measurements are taken flat, armpit to armpit and shoulder to hem, so allow a centimetre either way.',
    'The fabric has a soft hand and a slightly brushed inside, it keeps its shape after washing at thirty degrees.',
    'Fit runs true to size on me; I am 178 cm and usually take a medium in most labels.',
    'Stitching is even along the seams and the zip runs smoothly from top to bottom.',
    'Insole length is listed in the size chart photo; if you are between sizes go half a size up.',
    'The leather has a light natural grain and will darken a little with wear, which is normal.',
    'Straps are adjustable and the hardware sits flat without scratching the lining.',
    'Colour may look slightly different on your screen depending on its brightness settings.',
    'Inside pocket fits a phone and a card holder; the outer flap closes with a quiet magnetic catch.',
    'Outsole tread is deep and grippy, tested on a wet pavement walk around the block.',
  ],
  lux: [
    'The case measures as stated in the spec photo and sits comfortably on a 17 cm wrist.',
    'Clasp closes firmly and the links can be removed by any jeweller for sizing.',
    'Crystal is clean, no chips, and the lume glows for a good while after a minute under a lamp.',
    'Metal is polished on the bevels and brushed on the flat surfaces, as it should be.',
    'Lenses are clear with no haze; the frame hinges open and close with an even resistance.',
    'Chain length and pendant size are shown next to a ruler in the last photo.',
    'Timekeeping was checked over three days against a phone clock and stays within a few seconds a day.',
    'Comes in a padded pouch; the outer carton may have light shelf marks from storage.',
    'Nose pads are adjustable and the temples can be bent slightly by an optician for a better fit.',
  ],
  beauty: [
    'Sealed as received, batch number printed on the base of the box.',
    'Stored in a cool dark cupboard away from sunlight since it arrived.',
    'Shade is shown on a bare forearm in daylight in photo three.',
    'Please patch test before first use if you have sensitive skin.',
    'Liquids are wrapped in bubble film and a zip bag in case of pressure changes in transit.',
    'Use-by date is well over a year away; we never send short-dated stock.',
    'Texture is light and sinks in within a minute, no sticky finish.',
    'Scent opens bright and settles into a warm, woody base after an hour on skin.',
  ],
  tech: [
    'Tested before packing: powers on, charges, and every button responds.',
    'Firmware is on the latest public release as of the listing date.',
    'Includes the cables shown in the photos; anything not pictured is not included.',
    'Plug type matches the country it ships from; an adapter may be needed elsewhere.',
    'Battery health reads normal and it lasts a full day of moderate use.',
    'Screen has no dead pixels, checked with a full-colour test page.',
    'Connects over Bluetooth and USB-C, pairing takes a few seconds.',
    'Lens glass is clean with no fungus or haze, aperture blades snap back quickly.',
    'Autofocus is quiet and accurate in the test shots added at the end of the gallery.',
    'Drivers sound balanced with a tight low end; pads have no cracks or flaking.',
    'Serial number label is intact on the underside of the unit.',
  ],
  media: [
    'Disc surface is clean and plays through without skipping on a standard player.',
    'Region and format are printed on the back of the case; check your player first.',
    'Insert and booklet are present and in good order.',
    'Digital items are delivered to the e-mail on your order within one working day.',
    'Case may have a small scuff from stacking, the contents are unaffected.',
    'Language and subtitle options are listed on the back cover photo.',
    'Licence terms are those of the publisher; please read them before installing.',
  ],
  toys: [
    'All small parts are counted and bagged; not for children under three.',
    'Paint is crisp and the wheels roll freely on a flat table.',
    'Box corners are unbent and the window is clear with no dents.',
    'Pieces were checked against the parts list in the manual.',
    'Great as a gift or for a display shelf, it measures about the size of a palm.',
    'Smoke-free and pet-free home, stored in a closed drawer.',
  ],
  auto: [
    'Please check fitment against your vehicle handbook or the part number before ordering.',
    'Connector and mounting points are shown close up in the photos.',
    'Fitting by a qualified mechanic is recommended; no instructions are included.',
    'Torque values and sizes follow the spec sheet shown in the last photo.',
    'Tread depth and date code are visible on the sidewall photo.',
    'Sold as a single unit unless the title says pair or set.',
    'Works on a 12 V system; relay and wiring loom not included.',
    'Jaws close evenly and the handles have a comfortable dipped grip.',
  ],
  home: [
    'Voltage is 220-240 V unless stated otherwise; check your mains before use.',
    'Descaled and wiped down, the water tank and drip tray are clean.',
    'All accessories shown are included, the manual is in the box.',
    'Runs quietly, about as loud as a normal conversation on the lowest setting.',
    'Filter and brushes were replaced recently and spare ones are in the bag.',
    'Dimensions are listed in the last photo; please measure your counter space.',
    'Cord length is about one metre; it stores in a recess at the back.',
  ],
  sport: [
    'Weight and balance point are measured and written on the photo of the scale.',
    'Grip was replaced last week and the frame has no cracks, checked under a bright light.',
    'Strung at a medium tension; restringing at a shop is easy if you prefer it tighter.',
    'Packed size is about the length of a forearm and fits a daypack side pocket.',
    'Used for a single season of weekend outings and stored dry.',
    'Rubber thickness and hardness are as stated on the sheet photo.',
    'Poles slot together with shock cord and the feet are intact.',
  ],
  notes: [
    'Every photo in the gallery is of the actual item you will receive, not a catalogue picture.',
    'If you need a specific measurement that is not listed, send a message and I will measure it the same day.',
    'Stock is shared with our market stall, so please check availability before paying if the count is low.',
    'We pack in recycled cardboard and paper tape; the outer box may show marks from reuse.',
    'Prices already include sales tax where it applies; an invoice can be issued in your company name.',
    'Orders placed after three in the afternoon are packed the next morning.',
    'Please double-check your delivery address, parcels that come back cost us double postage.',
    'Feedback matters a lot to a small shop, so tell us first if anything is off and we will make it right.',
    'We do not hold items without payment for more than a day, sorry.',
    'Slight variations from the photos can happen between production runs.',
    'All items are stored in a dry room at normal temperature until they are sent.',
  ],
  condNew: [
    'Brand new and unused, still in the original packaging.',
    'New old stock from a shop closing down, never used.',
    'New, only opened to take photos and check the contents.',
  ],
  condUsed: [
    'Pre-owned and used with care; small signs of wear are shown in the close-ups.',
    'Used a handful of times, clean and working, please see every photo.',
    'Second-hand in good condition; light marks that you only notice up close.',
  ],
  carrier: [
    'Dispatch within 24 hours on working days by tracked post.',
    'Sent by courier with tracking; the number is uploaded the same evening.',
    'Posted within two working days, signed-for delivery on anything over fifty.',
    'Combined postage offered on multiple items, just ask before paying.',
    'International buyers are welcome; import duties are the buyer\u2019s responsibility.',
    'Shipping is free within the country; other regions are charged at cost.',
  ],
  returns: [
    'Returns accepted within 14 days if the item is unused and in its packaging.',
    'If something is not as described, message me and we will sort it out.',
    'Thirty-day returns, buyer pays return postage unless the item is faulty.',
    'No returns on opened cosmetics for hygiene reasons, everything else can come back.',
    'Please open a conversation before leaving feedback, I reply within a day.',
  ],
  store: [
    'We are a registered business and issue a receipt with every order.',
    'Follow the shop to see new arrivals first.',
    'Bundle discounts apply automatically at checkout.',
    'Collection in person is possible by arrangement.',
    'We are closed on public holidays; orders placed then ship the next working day.',
    'Questions are answered between nine and six, local time.',
  ],
  close: [
    'Thanks for looking and happy shopping!',
    'Any questions, just ask.',
    'Have a lovely day.',
    'Cheers and thanks for supporting a small seller.',
    'Offers considered, lowballs ignored.',
    'Happy to send more photos on request through the marketplace chat.',
  ],
};

const ZH = {
  open: [
    '感谢光临本店，下单前请先看完描述。',
    '亲们好，这款是本周新上的，详情看下面。',
    '自用闲置出，家里东西太多了清一清。',
    '小店两个人打理，每一单都是手工打包。',
    '实物拍摄，自然光下拍的，没有滤镜。',
    '宝贝详情如下，有问题随时留言。',
    '欢迎来到小店，每周二和周五晚上上新。',
    '先说明一下，图片颜色会因屏幕略有差异。',
    '本店只做正规渠道，开店多年信誉可查。',
    '这件是店里的常备款，库存充足当天发。',
  ],
  wear: [
    '尺码为平铺测量，误差一到两厘米属于正常范围。',
    '面料柔软亲肤，洗后不变形不起球。',
    '版型正常，一百七十八厘米穿中号刚好。',
    '走线整齐，拉链顺滑，细节都在图里。',
    '鞋码偏标准，脚宽的亲建议拍大半码。',
    '皮面有自然纹理，使用后会慢慢变深，属于正常现象。',
    '肩带可以调节，五金件不刮内衬。',
    '内袋可以放手机和卡包，磁扣开合很安静。',
    '鞋底纹路深，防滑耐磨，下雨天走路也稳。',
  ],
  lux: [
    '表盘尺寸见参数图，十七厘米手腕戴着很合适。',
    '表扣扣合紧实，表节可以到任何表店调节。',
    '镜面干净无磕碰，夜光在灯下照一分钟能亮很久。',
    '边缘抛光，平面拉丝，细节请看放大图。',
    '镜片通透不起雾，镜腿开合阻尼均匀。',
    '链长和吊坠尺寸已经用尺子量好，见最后一张图。',
    '走时测过三天，每天误差只有几秒。',
    '附带绒布袋，外盒因存放可能有轻微压痕。',
  ],
  beauty: [
    '全新未拆封，批号印在盒子底部。',
    '一直放在阴凉避光的柜子里保存。',
    '色号试色见第三张图，自然光下手臂试的。',
    '敏感肌第一次使用前建议先在耳后试用。',
    '液体类商品用气泡膜和密封袋双层包装。',
    '保质期还有一年以上，不卖临期货。',
    '质地轻薄好吸收，不黏腻。',
    '前调清新，一个小时后转为温暖的木质调。',
  ],
  tech: [
    '发货前已经测试，开机充电按键全部正常。',
    '系统已经更新到目前最新的正式版本。',
    '配件以图片为准，图片里没有的就是没有。',
    '电池健康正常，中度使用可以撑一整天。',
    '屏幕无坏点，用纯色测试页检查过。',
    '蓝牙和有线都能连接，配对只要几秒钟。',
    '镜头无霉无雾，光圈叶片回弹利落。',
    '对焦安静准确，样片放在图集最后。',
    '声音均衡，低频干净，耳罩没有开裂掉皮。',
    '机身底部序列号标签完好。',
  ],
  media: [
    '光盘表面干净，普通播放机全程播放不卡。',
    '区码和格式印在盒子背面，购买前请确认播放设备。',
    '内页和歌词本齐全。',
    '数字商品在付款后一个工作日内发到邮箱。',
    '盒子因叠放可能有小划痕，不影响内容。',
    '语言和字幕选项见封底照片。',
  ],
  toys: [
    '小零件已经清点装袋，三岁以下儿童请勿玩耍。',
    '涂装清晰，轮子在桌面上滚动顺畅。',
    '盒角完整，透明窗无压痕。',
    '零件已经对照说明书清单检查过。',
    '适合送礼也适合摆在展示柜上，大概一个手掌大小。',
    '无烟无宠物家庭，一直放在抽屉里。',
  ],
  auto: [
    '下单前请核对车型手册或配件号，确认能装再拍。',
    '插头和安装孔位都拍了近照。',
    '建议到修理厂由专业师傅安装，不附安装说明。',
    '扭矩和尺寸请参考最后一张参数图。',
    '花纹深度和生产周期见胎侧照片。',
    '默认单只价格，标题写明一对或一套的除外。',
    '钳口闭合均匀，手柄握感舒服。',
  ],
  home: [
    '电压为二百二十伏，使用前请确认家里电源。',
    '已经除垢擦拭，水箱和接水盘干净。',
    '图中配件全部包含，说明书在盒子里。',
    '运行安静，最低档大概和正常说话声音差不多。',
    '滤网和刷子最近刚换过，备用的也一起送。',
    '尺寸见最后一张图，请先量好台面空间。',
  ],
  sport: [
    '重量和平衡点已经称好，写在电子秤照片上。',
    '手胶是新换的，拍框在强光下检查过无裂纹。',
    '穿线磅数中等，喜欢高磅的可以到店里重穿。',
    '收纳后大概一个小臂长，可以放进背包侧袋。',
    '只用了一个季度的周末活动，一直干燥保存。',
    '胶皮厚度和硬度以参数照片为准。',
  ],
  notes: [
    '所有图片都是本店实物拍摄，收到的就是图中这一件，不是网图。',
    '需要图上没有的尺寸可以留言，当天量好回复您，尽量让您买得放心。',
    '线下门店和网店共用库存，库存少的款式拍下前请先问一下有没有货。',
    '包装用的是回收纸箱和纸胶带，外箱可能有旧痕迹，不影响里面的东西。',
    '价格已经含税，需要开公司抬头发票的请在下单时备注。',
    '下午三点以后的订单第二天上午打包，周末照常发货。',
    '请仔细核对收货地址和电话，退回的包裹会产生双倍运费，谢谢理解。',
    '小店很看重评价，有任何不满意请先联系我们，一定处理到您满意为止。',
    '拍下后超过一天未付款的订单会自动关闭，不做长时间保留。',
    '不同批次之间可能有细微差别，以实际收到的为准。',
    '所有商品都存放在干燥常温的仓库里，发货前再检查一遍。',
    '签收时请当着快递员的面检查外包装，有破损可以直接拒收。',
    '本店不接受恶意差评和职业打假，正常的售后问题都会认真处理。',
  ],
  condNew: ['全新未使用，原包装未拆。', '全新库存，只拆开拍照核对配件。', '全新正品，吊牌齐全。'],
  condUsed: [
    '自用二手，爱惜使用，细节磨损见近照。',
    '用过几次，干净无故障，请看全部照片。',
    '九成新左右，凑近才看得到轻微使用痕迹。',
  ],
  carrier: [
    '工作日二十四小时内发货，顺丰或京东快递。',
    '默认中通，需要顺丰的请补运费差价。',
    '偏远地区不包邮，下单前请先咨询。',
    '当天下午四点前付款当天发，之后的第二天发。',
    '全国包邮，港澳台及海外运费另算。',
    '多件合并发货，拍下后改价。',
  ],
  returns: [
    '支持七天无理由退换，不影响二次销售即可。',
    '收到有任何问题先联系客服，一定给您处理好。',
    '质量问题来回运费由本店承担。',
    '化妆品拆封后不退不换，请谅解。',
    '评价前请先沟通，我们一天之内回复。',
  ],
  store: [
    '本店可开正规发票。',
    '关注店铺第一时间看到上新。',
    '多件购买自动享受满减。',
    '同城可以当面交易。',
    '节假日客服休息，期间订单顺延发货。',
    '客服在线时间为早九点到晚六点。',
  ],
  close: [
    '感谢支持，祝您购物愉快！',
    '有问题随时留言。',
    '祝生活愉快。',
    '谢谢支持小店。',
    '诚心要的可以小刀，大刀勿扰。',
    '需要更多细节图可以在平台内私聊。',
  ],
};

const groupOf = (category) => GROUP[category] ?? 'home';

/**
 * A long seller description (usually 800-3,000 bytes) for the category; `insert` (a sentence) goes somewhere after
 * the opener, never first. Returns the text and the index of the inserted sentence (-1 when none).
 */
export function longBoiler(lang, category, insert, rng, condition = 'new') {
  const T = lang === 'zh' ? ZH : EN;
  const g = groupOf(category);
  const parts = [rng.pick(T.open)];
  const zh = lang === 'zh';
  parts.push(...rng.pickN(T[g], zh ? rng.int(4, 6) : rng.int(3, 5)));
  parts.push(rng.pick(condition === 'new' ? T.condNew : T.condUsed));
  parts.push(...rng.pickN(T.notes, zh ? rng.int(4, 6) : rng.int(2, 4)));
  parts.push(...rng.pickN(T.carrier, 2));
  parts.push(...rng.pickN(T.returns, zh ? 2 : 1));
  parts.push(...rng.pickN(T.store, rng.int(1, 2)));
  parts.push(rng.pick(T.close));
  let cueOffset = -1;
  if (insert) {
    cueOffset = rng.int(1, parts.length - 1);
    parts.splice(cueOffset, 0, insert);
  }
  const sep = lang === 'zh' ? '' : ' ';
  // paragraphs: opener, body, logistics, closing
  const text = parts
    .map((p, i) => (i > 0 && i % 4 === 0 ? `\n\n${p}` : p))
    .join(sep)
    .replace(/ \n/g, '\n');
  return { text, cueOffset };
}

/** A short description (one to three sentences) for the category, with `insert` when given. */
export function shortDesc(lang, category, insert, rng) {
  const T = lang === 'zh' ? ZH : EN;
  const g = groupOf(category);
  const parts = rng.pickN(T[g], rng.int(1, 2));
  if (insert) parts.splice(rng.int(0, parts.length), 0, insert);
  if (rng.chance(0.5)) parts.push(rng.pick(T.carrier));
  return parts.join(lang === 'zh' ? '' : ' ');
}
