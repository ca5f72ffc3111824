// Neutral description sentences for test-v17 (English, simplified Chinese, traditional Chinese), typed fresh.
// None names a brand, claims quality, or mentions who made the goods. Sentences are grouped by product family;
// shop sentences follow the listing's condition.

const FAMILY = {
  audio: 'audio',
  tools: 'craft',
  'sports-equipment': 'outdoor',
  'outdoor-gear': 'outdoor',
  shoes: 'wear',
  apparel: 'wear',
  handbags: 'wear',
  eyewear: 'wear',
  'small-leather-goods': 'wear',
  jewellery: 'wear',
  'pet-supplies': 'pet',
  'auto-parts': 'auto',
  tyres: 'auto',
  'home-appliances': 'device',
  computers: 'device',
  'computer-accessories': 'device',
  batteries: 'device',
  cosmetics: 'beauty',
  fragrance: 'beauty',
  kitchenware: 'kitchen',
  furniture: 'kitchen',
  'baby-products': 'baby',
  toys: 'toy',
  books: 'toy',
  software: 'digital',
  'video-games': 'digital',
  music: 'media',
  'film-tv': 'media',
  'game-consoles': 'console',
};

const EN = {
  audio: [
    'All faders, knobs and buttons were checked one by one before the photos were taken.',
    'The power supply for your region is included, and the unit was tested with a pair of monitors and a microphone.',
    'Please compare the connections in the last photo with your setup before you order.',
    'It ships in a padded carton with foam on every side, and the controls are taped so they do not rattle.',
    'Firmware can be updated from the support page once you register it yourself.',
    'Latency and channel count are listed in the specification table in the photos.',
    'It suits small clubs, mobile DJs, rehearsal rooms and home studios.',
  ],
  craft: [
    'Sizes are printed on each piece so you can find the one you need quickly.',
    'The set fits in a zipped case that closes flat in a project bag.',
    'Suitable for beginners and for people who knit or crochet every day.',
    'Please check the size chart in the pictures, since metric and US sizes are both shown.',
    'Everything was counted before packing and none of the pieces is missing.',
    'Keep the pieces dry and wipe them with a soft cloth after use.',
    'Works with wool, cotton, acrylic and blended yarns of most weights.',
  ],
  outdoor: [
    'Measurements are in the photos; please check the size guide against your own gear.',
    'It was stored indoors, away from sunlight, heat and salt air.',
    'Rinse with clean water after each outing and let it dry naturally.',
    'Spare parts and service are available through the usual tackle and saddlery shops.',
    'Please ask if you need extra photos of a particular detail before you buy.',
    'Suitable for weekend anglers, riders and club members alike.',
    'Straps, buckles and fittings were checked and all of them close properly.',
  ],
  wear: [
    'Sizes follow the chart in the last photo, so please measure before ordering.',
    'Colours can look slightly different on screens from the real item.',
    'Stored folded in a dust bag, away from sunlight.',
    'Please check the measurements rather than the label size, as fits vary by model.',
    'Suitable for school, travel, the stable yard or everyday wear.',
    'Wash or clean according to the care label inside.',
    'Laces, zips and seams are all intact.',
  ],
  pet: [
    'Suitable for planted tanks, shrimp tanks and community fish tanks.',
    'Please check the tank volume and the flow rate printed in the photos.',
    'Rinse the media before first use and run the filter for a few days before adding livestock.',
    'All hoses, seals and clips included as listed in the contents photo.',
    'Water parameters differ between cities, so test your tap water first.',
    'We pack it upright with padding so the glass survives transit.',
    'Light settings can be adjusted on the controller included in the box.',
  ],
  auto: [
    'Please confirm the size, bolt pattern, offset and load index for your vehicle before ordering.',
    'Fitting and balancing should be done by a workshop.',
    'DOT and production week codes are shown in the close-up photo.',
    'Collection from our warehouse is possible after arranging a time by message.',
    'The price is for one piece unless the title says set.',
    'Check your vehicle handbook for the correct pressures and torque values.',
    'We ship with tracking; larger items go by freight courier.',
  ],
  device: [
    'It was tested after charging and connects to the app without problems.',
    'The cable and quick-start leaflet are included as in the photo.',
    'Please check that it supports your network band, plug type and voltage before ordering.',
    'It has been reset to default settings and is ready to set up with your own account.',
    'Screen and casing are shown in daylight photos without filters.',
    'Battery life depends on use, brightness and Wi-Fi settings.',
    'Firmware updates are done from the official app or website.',
  ],
  beauty: [
    'Batch code and expiry date are visible on the base of the bottle.',
    'Stored away from heat and light, in a cool cupboard.',
    'Patch test on a small area of skin before first use.',
    'Scent notes are listed in the photos; everyone experiences a scent differently.',
    'Bottles are wrapped in bubble film and packed upright.',
    'For external use only; keep out of reach of children.',
    'Please note that liquids may ship by road only to some regions.',
  ],
  kitchen: [
    'Best before date is printed on the side of the pack.',
    'Keep in a dry place away from strong smells once opened.',
    'Suitable as a gift during the New Year and festival season.',
    'Weight is shown on the pack; actual colour can vary a little between batches.',
    'Hand wash recommended for the ceramic pieces; not for the microwave.',
    'Brewing guide: water temperature and steeping time are in the photos.',
    'Each piece is packed in paper and a double carton.',
  ],
  baby: [
    'Expiry date and batch number are shown in the close-up photo of the can base.',
    'Follow the preparation instructions on the can exactly.',
    'Please consult your paediatrician before switching formula.',
    'Cans are sealed and have not been opened or dented.',
    'Stored in a cool dry room, never in a car or a hot storeroom.',
    'The scoop is inside the can under the foil seal.',
    'Stage numbers and age ranges are printed on the front of the can.',
  ],
  toy: [
    'Suitable for collectors aged 15 and over; contains small parts.',
    'The box shows light shelf wear from storage, as in the photos.',
    'All accessories listed on the back of the box are included.',
    'Displayed in a closed glass cabinet away from sunlight.',
    'Paint application is shown in close-up photos taken in daylight.',
    'Shipped in a double box with corner protection.',
    'Please check the height and scale in the description photos.',
  ],
  digital: [
    'Delivery is by message with the account or code details after payment.',
    'Please check the region and platform before you order.',
    'Valid for the number of devices and the term shown in the title.',
    'Activation instructions are sent in the order chat.',
    'Digital items cannot be returned once the details have been sent.',
    'Questions about compatibility are welcome before purchase.',
    'System requirements are listed in the images.',
  ],
  media: [
    'Region coding and subtitle languages are shown on the back cover photo.',
    'The case has light storage marks and the disc plays without skipping.',
    'Photocard, poster and inclusions are as pictured unless stated otherwise.',
    'Please check the format of your player before ordering.',
    'Shipped in a rigid mailer with card on both sides.',
    'Tracklist and running time are in the photos.',
    'Any inclusions that are random are noted in the title.',
  ],
  console: [
    'Screen, buttons, sticks and charging port were all tested before listing.',
    'Battery holds charge for a normal play session.',
    'Comes with a charging cable; games are not included unless listed.',
    'Reset to default settings; you set it up with your own account and your own games.',
    'Please check the photos for the condition of the shell and the screen.',
    'Shipped in a padded box with the screen protected.',
    'The system software version is shown in the settings photo.',
  ],
  general: [
    'Please check all photos carefully before ordering.',
    'Measurements and contents are shown in the pictures.',
    'Stored in a clean, dry room.',
    'Shipped with tracking in a padded parcel.',
  ],
};

const EN_SHOP = {
  new: [
    'Brand new and unused, in the packaging as shown.',
    'The item has not been used; the packaging may show light storage marks.',
    'We dispatch within two working days after payment.',
    'Tracked delivery; the tracking number is uploaded the same day it ships.',
    'Returns are accepted within 14 days if the item is unused and in its packaging.',
    'Questions are answered within a day, including weekends.',
    'Combined shipping is available when you buy more than one item from our shop.',
    'Please make sure your address and phone number are correct before payment.',
    'Customs duties for international orders are the buyer’s responsibility.',
    'Leave a message if you need an invoice with your company details.',
    'Cash on delivery is not available for this listing.',
    'Thank you for visiting our shop and have a good week.',
  ],
  used: [
    'Previously used; signs of use are shown in the photos.',
    'Sold as described and as pictured, from a pet-free home.',
    'Private sale, so no returns, but please ask anything before buying.',
    'I can meet in town on weekdays or send it with tracking.',
    'It has been cleaned and checked before listing.',
    'Reasonable offers are welcome; low offers will be ignored.',
    'Dispatch within three days after payment.',
    'Please look at the close-up photos of any marks.',
    'Postage is calculated by weight and destination.',
    'Thanks for looking, and check my other listings too.',
  ],
};

const ZH = {
  audio: [
    '推子、旋钮、按键均逐一测试后拍照。',
    '附带适配电源，已接监听音箱和话筒实测。',
    '下单前请对照最后一张图核对接口是否匹配您的设备。',
    '发货使用加厚纸箱和泡棉四面包裹，推子贴胶带固定。',
    '固件可自行注册后在支持页面升级。',
    '通道数和延迟参数见图片中的规格表。',
    '适合小型酒吧、婚庆、排练室和家庭录音棚使用。',
  ],
  craft: [
    '每根针身上印有型号，方便快速找到需要的尺寸。',
    '整套装在拉链收纳包里，放进编织包里也不占地方。',
    '适合新手，也适合每天编织钩织的老手。',
    '尺寸表见图片，公制和美制都有标注。',
    '打包前已清点数量，不缺件。',
    '使用后请用软布擦干，保持干燥存放。',
    '适用于羊毛、棉线、腈纶和混纺线。',
  ],
  outdoor: [
    '尺寸数据见图片，请对照自己的装备确认。',
    '一直室内存放，远离阳光、高温和海风。',
    '每次使用后请用清水冲洗并自然晾干。',
    '配件和售后可在各地渔具店和马具店咨询。',
    '需要某个细节的实拍可以留言补拍。',
    '适合周末钓友、马术俱乐部会员和骑行爱好者。',
    '扣具、绑带和连接件都检查过，可以正常扣合。',
  ],
  wear: [
    '尺码请参考最后一张尺码表，建议量好再拍。',
    '屏幕显示会有轻微色差，以实物为准。',
    '一直折叠放在防尘袋里，避光保存。',
    '不同款式版型不同，请以实际测量数据为准。',
    '适合上学、出行、马场或日常穿搭。',
    '请按照内侧洗标说明清洁保养。',
    '鞋带、拉链和缝线都完好。',
  ],
  pet: [
    '适用于水草缸、虾缸和混养鱼缸。',
    '请对照图片中的水体和流量参数选择。',
    '滤材首次使用前请冲洗，开缸后先空跑几天再放生物。',
    '水管、密封圈和卡扣按清单配齐。',
    '各地水质不同，建议先测自来水参数。',
    '竖放打包，四周填充，避免运输破损。',
    '灯光模式可通过附带的控制器调节。',
  ],
  auto: [
    '下单前请核对车型的尺寸、孔距、偏距和载重指数。',
    '安装和动平衡请到修理厂完成。',
    '生产周期编码见细节图。',
    '可以预约时间到仓库自提。',
    '标价为单只价格，标题注明套装的除外。',
    '胎压和扭矩请参考车辆说明书。',
    '全程物流单号可查，大件走快运。',
  ],
  device: [
    '充电后已测试，可以正常连接手机应用。',
    '配件和快速指南如图所示。',
    '下单前请确认支持的网络频段、插头类型和电压。',
    '已恢复出厂设置，可直接绑定您自己的账号。',
    '屏幕和外壳为白天自然光拍摄，无滤镜。',
    '续航与使用习惯、亮度和无线设置有关。',
    '固件可通过官方应用或官网升级。',
  ],
  beauty: [
    '批号和保质期印在瓶底。',
    '阴凉避光保存，未放在浴室里。',
    '首次使用前请在小面积皮肤上试用。',
    '香调见图片，每个人对气味的感受不同。',
    '瓶子用气泡膜包裹，竖放发货。',
    '仅限外用，请放在儿童接触不到的地方。',
    '液体类部分地区只能走陆运。',
  ],
  kitchen: [
    '保质期印在包装侧面。',
    '开封后请放在干燥无异味的地方。',
    '适合年货送礼和节日走亲戚。',
    '净含量见包装，不同批次颜色会有细微差别。',
    '陶瓷件建议手洗，不可放入微波炉。',
    '冲泡水温和时间见图片说明。',
    '每件都用纸包好再装双层纸箱。',
  ],
  baby: [
    '保质期和批号见罐底细节图。',
    '请严格按照罐身说明冲调。',
    '转奶前请咨询儿科医生。',
    '罐子密封完好，未开封，无凹痕。',
    '一直放在阴凉干燥的房间，没有放过车里或仓库高温处。',
    '勺子在铝箔封口下面。',
    '段数和适用月龄印在罐子正面。',
  ],
  toy: [
    '适合十五岁以上收藏者，含小零件。',
    '盒子有轻微存放痕迹，见图片。',
    '盒背列出的配件全部都在。',
    '一直放在封闭玻璃柜里，避光展示。',
    '涂装细节为自然光下近拍。',
    '双层纸箱加护角发货。',
    '高度和比例请参考图片说明。',
  ],
  digital: [
    '付款后通过消息发送账号或兑换码信息。',
    '下单前请确认区服和平台。',
    '可用设备数量和期限以标题为准。',
    '激活步骤会在订单聊天里发送。',
    '虚拟商品发出信息后不支持退换。',
    '兼容性问题欢迎购买前咨询。',
    '系统要求见图片。',
  ],
  media: [
    '区码和字幕语言见封底照片。',
    '盒子有轻微存放痕迹，光盘播放不跳帧。',
    '小卡、海报和附赠品以图片为准，另有说明的除外。',
    '下单前请确认您的播放器支持的格式。',
    '使用硬纸板加固的快递袋发货。',
    '曲目表和片长见图片。',
    '随机附赠品会在标题注明。',
  ],
  console: [
    '屏幕、按键、摇杆和充电口都已测试。',
    '电池续航正常，够玩一段时间。',
    '附充电线，除非注明，不含游戏。',
    '已恢复出厂设置，请用自己的账号和自己的游戏。',
    '外壳和屏幕成色请看图片。',
    '屏幕加保护后用泡棉盒发货。',
    '系统版本见设置页面截图。',
  ],
  general: ['下单前请仔细看图。', '尺寸和配件见图片。', '存放在干净干燥的房间。', '快递发货，单号可查。'],
};

const ZH_SHOP = {
  new: [
    '全新未使用，包装如图。',
    '商品未使用，外包装可能有轻微仓储痕迹。',
    '付款后两个工作日内发货。',
    '发货当天上传物流单号。',
    '未使用且包装完整支持七天无理由退货。',
    '客服每天在线，周末也回复消息。',
    '多件下单可以合并运费。',
    '付款前请确认收货地址和电话无误。',
    '需要开发票请留言单位信息。',
    '偏远地区运费请先咨询。',
    '感谢光临小店，祝您生活愉快。',
  ],
  used: [
    '个人闲置，使用痕迹见图片。',
    '按描述和图片出售，无宠物家庭。',
    '个人转让不退不换，有问题请拍前问清楚。',
    '同城可以面交，外地快递发货。',
    '挂出前已清洁检查。',
    '诚心要可以小刀，砍价太狠不回。',
    '付款后三天内发出。',
    '细节瑕疵请看近拍图。',
    '运费按重量和地区计算。',
    '感谢浏览，也可以看看我的其他闲置。',
  ],
};

const ZHT = {
  new: [
    '全新未使用，包裝如圖。',
    '付款後兩個工作天內寄出。',
    '寄出當天會提供物流單號。',
    '未使用且包裝完整，七天內可退貨。',
    '多件購買可以合併運費。',
    '下單前請確認收件地址和電話。',
    '有任何問題歡迎先聊聊。',
    '尺寸和配件請看圖片說明。',
    '螢幕顯示可能有些微色差，以實物為準。',
    '感謝光臨，祝您新年快樂。',
    '可以超商取貨或宅配。',
    '外島地區運費請先詢問。',
  ],
  used: [
    '自用閒置，使用痕跡請看圖片。',
    '依照描述和圖片出售，無寵物家庭。',
    '私人出售不退不換，請先問清楚再下單。',
    '可以約地鐵站面交，或寄順豐。',
    '上架前已清潔檢查。',
    '誠意購買可以小議。',
    '付款後三天內寄出。',
    '細節瑕疵請看近拍照片。',
    '運費依重量和地區計算。',
    '感謝觀看，也歡迎看看我其他的物品。',
    '尺寸和配件請看圖片說明。',
    '螢幕顯示可能有些微色差，以實物為準。',
  ],
};

// longer general sentences used to reach the length of a long description
const ZH_MORE = [
  '收到货后请先检查外包装，如有破损请当着快递员的面拍照并拒收，我们会第一时间补发。',
  '本店所有商品均实物拍摄，因拍摄光线和显示器不同可能存在轻微色差，请以收到的实物为准。',
  '节假日期间快递可能会有延误，春节前最后发货日期请留意店铺公告，着急使用的朋友请提前下单。',
  '如需加急或指定快递，请在下单时备注，我们会尽量安排，偏远地区可能需要补运费差价。',
  '售后问题请通过平台聊天联系，不接受电话沟通，所有记录以平台聊天为准，方便双方核对。',
  '签收前请确认数量和型号，签收后发现少件请在二十四小时内联系客服并提供开箱视频。',
  '默认发普通快递，江浙沪一般两天左右到，其他地区三到五天，新疆西藏等地区时间会更长。',
  '请勿在未沟通的情况下直接给差评，有任何问题我们都会积极处理，直到您满意为止。',
  '包装盒只是运输保护用的，轻微压痕不影响使用，介意包装的朋友请慎重下单。',
  '下单后系统会自动发送物流提醒，如超过三天没有物流信息请联系客服查询。',
  '本店支持开具电子发票，需要的朋友请在确认收货后提供抬头和税号。',
  '收藏店铺可以第一时间看到新品上架和活动信息，老顾客回购另有小礼物。',
  '不同批次的包装设计可能会有更新，以实际收到的为准，不影响商品本身。',
  '如果您不确定型号或尺寸，可以先发图片给客服，我们帮您确认后再下单。',
];
const ZHT_MORE = [
  '收到商品後請先檢查外包裝，如有破損請拍照並立即聯絡我們，我們會儘快處理補寄。',
  '所有商品皆為實物拍攝，因光線與螢幕不同可能有些微色差，請以收到的實物為準。',
  '農曆新年期間物流可能延遲，年前最後出貨日請留意賣場公告，急用的朋友請提早下單。',
  '如需指定寄送方式請於下單時備註，我們會儘量配合，離島地區運費另計。',
  '售後問題請透過聊聊聯繫，所有紀錄以平台訊息為準，方便雙方查詢。',
  '簽收前請確認數量與型號，如有缺件請於二十四小時內聯絡並提供開箱影片。',
  '包裝盒僅作運送保護用途，輕微壓痕不影響使用，介意者請勿下單。',
  '下單後系統會自動通知出貨進度，三天內未收到通知請來訊查詢。',
  '不同批次包裝設計可能更新，以實際收到為準，不影響商品本身。',
  '若不確定型號或尺寸，可以先傳照片給我們，確認後再下單比較安心。',
  '香港買家可以選擇順豐到付或者約港鐵站交收，時間地點可以再傾。',
  '歡迎收藏賣場，新品上架和優惠活動會第一時間通知。',
];

const bytes = (s) => Buffer.byteLength(s, 'utf8');
const famOf = (family) => FAMILY[family] ?? (EN[family] ? family : 'general');

function pools(lang, family, condition) {
  const cond = condition === 'new' ? 'new' : 'used';
  const f = famOf(family);
  if (lang === 'zht') return { fam: [], shop: ZHT[cond], more: ZHT_MORE, sep: '' };
  if (lang === 'zh') return { fam: ZH[f], shop: ZH_SHOP[cond], more: ZH_MORE, sep: '' };
  return { fam: EN[f], shop: EN_SHOP[cond], sep: ' ' };
}

/** Long description (800-3000 bytes), the insert (if any) placed in the middle paragraph, never first. */
export function longBoiler(lang, family, insert, rng, condition) {
  const { fam, shop, more, sep } = pools(lang, family, condition);
  const a = rng.shuffle(fam.slice());
  const b = rng.shuffle([...shop, ...(more ?? [])]);
  const target = rng.int(860, 1500);
  const p1 = a.slice(0, Math.max(2, Math.min(3, a.length)));
  const rest = [...a.slice(p1.length), ...b];
  const p2 = [];
  const p3 = [];
  let n = bytes(p1.join(sep)) + (insert ? bytes(insert) : 0);
  let i = 0;
  while (n < target && i < rest.length) {
    (i % 2 === 0 ? p2 : p3).push(rest[i]);
    n += bytes(rest[i]) + 1;
    i++;
  }
  if (insert) p2.splice(Math.min(1, p2.length), 0, insert);
  const paras = [p1.join(sep), p2.join(sep), p3.join(sep)].filter(Boolean);
  let text = paras.join('\n\n');
  if (bytes(text) < 800) {
    // top up from the shop pool
    for (const s of b) {
      if (bytes(text) >= 820) break;
      if (!text.includes(s)) text += sep + s;
    }
  }
  return { text, cueOffset: insert ? text.indexOf(insert) : -1 };
}

/** Short description: one to three sentences. */
export function shortDesc(lang, family, insert, rng, condition) {
  const { fam, shop, sep } = pools(lang, family, condition);
  const parts = [];
  if (fam.length && rng.chance(0.7)) parts.push(rng.pick(fam));
  if (insert) parts.push(insert);
  parts.push(rng.pick(shop));
  if (rng.chance(0.4)) {
    const s = rng.pick(shop);
    if (!parts.includes(s)) parts.push(s);
  }
  return parts.join(sep);
}
