// Description boilerplate for test-v8 (written fresh): what sellers put around the one sentence that matters.
// No sentence here makes a quality or factory claim, and none names a brand: the cues come from the generators.

const FAMILY = {
  kitchenware: 'kitchen',
  'home-appliances': 'kitchen',
  tools: 'tools',
  'auto-parts': 'tools',
  tyres: 'tools',
  bicycles: 'ride',
  'sports-equipment': 'ride',
  'outdoor-gear': 'ride',
  'pet-supplies': 'pet',
  cosmetics: 'beauty',
  shoes: 'wear',
  apparel: 'wear',
  software: 'soft',
  'video-games': 'soft',
  'game-consoles': 'soft',
  'computer-accessories': 'soft',
  toys: 'toys',
  'baby-products': 'toys',
  books: 'toys',
  music: 'music',
  audio: 'music',
  'film-tv': 'music',
};

const EN = {
  open: [
    'Hi and thanks for stopping by my listing.',
    'Hello! Please read the whole description before you buy, it saves us both time.',
    'Listing this for a friend who does not use the app, all questions go through me.',
    'Clearing out the spare room, so a few bits are going up this week.',
    'Welcome to our shop. We are a small family business and every parcel is packed by hand.',
    'Good evening, quick listing as I am moving flat at the end of the month.',
    'Thanks for looking. Photos are of the actual item you will receive unless stated otherwise.',
    'Hey there, this one has been sitting in the cupboard for too long.',
    'Dear customers, please check the size and model before placing your order.',
    'Selling as part of a bigger clear-out, see my other items for combined postage.',
  ],
  spec: {
    kitchen: [
      'Suitable for gas, electric and induction hobs unless the photos say otherwise.',
      'Hand wash recommended; let it dry fully before putting it away.',
      'The lid fits snugly and the handles stay cool enough to hold with a cloth.',
      'Measurements are taken by hand, so allow a few millimetres either way.',
      'Works with the usual 220-240 V plug; an adapter is needed for other countries.',
      'Good size for a household of two to four people.',
    ],
    tools: [
      'Please double-check the part number against your vehicle or machine before ordering.',
      'Fitting by a competent person is recommended; we cannot give workshop advice by message.',
      'Dimensions and thread sizes are listed in the photos.',
      'Comes in the box shown, with the paperwork that was in it.',
      'Stored indoors in a dry garage, no rust on the metal parts.',
      'Bulk buyers and workshops can ask for an invoice with VAT shown.',
    ],
    ride: [
      'Frame size, wheel size and weight are in the last photo.',
      'Checked over before listing: moving parts turn smoothly with no rattles.',
      'Collection is welcome if you want to have a look first.',
      'Packed in a strong carton with padding around every corner.',
      'Weight and packed size are in the pictures for those planning a trip.',
      'Suitable for weekend trips, commuting and light touring.',
    ],
    pet: [
      'Check the feeding table on the bag and change food over a week.',
      'Best before date is printed on the back of the bag, well over a year away.',
      'Our dogs and cats are not fussy testers, every pet is different.',
      'Store in a cool dry place with the bag rolled down and clipped.',
      'Bags are sealed and were kept off the floor in our storeroom.',
      'Please ask your vet if your pet is on a special diet.',
    ],
    beauty: [
      'Patch test on the inner arm before the first use.',
      'Expiry date is printed on the bottom of the box and shown in the photos.',
      'Kept away from sunlight in a cool drawer.',
      'Texture is light and absorbs in a minute or so.',
      'Cosmetics cannot be returned once the seal is broken, for hygiene reasons.',
      'Full ingredient list is on the box, please check if you have allergies.',
    ],
    wear: [
      'Sizing runs true, check the measurements in the photos if you are between sizes.',
      'From a smoke-free and pet-free home.',
      'Colours may look a little different depending on your screen.',
      'Can send extra pictures of the sole and labels if needed.',
      'Washed and folded, ready to wear.',
      'Happy to post worldwide, tracked only.',
    ],
    soft: [
      'Please check the system requirements before buying.',
      'Delivery is by message within a few hours, usually faster in the evening.',
      'Tested on the evening before listing and everything works.',
      'Comes with the cable shown; the charger is not included.',
      'Region and account details are in the photos.',
      'Ask me anything before buying, I reply quickly.',
    ],
    toys: [
      'Suitable for ages shown on the box, small parts not for children under three.',
      'All pieces counted twice before packing.',
      'Box has light shelf wear from storage.',
      'Makes a nice present, can wrap it for you at no charge.',
      'Stored in a clean dry room away from sunlight.',
      'Instructions included in the box.',
    ],
    music: [
      'Set up and played the day before listing, sounds as it should.',
      'Strings, batteries and cables are as shown in the photos only.',
      'Can demo it for you by video call before you commit.',
      'Posted in a hard case or a double-walled box.',
      'Room-temperature storage, no damp or heat damage.',
      'Serial number visible in the photos for your own checks.',
    ],
  },
  cond: {
    new: [
      'Condition: brand new, unopened.',
      'New in box, never used.',
      'Unused, still in the original packing.',
    ],
    used: [
      'Condition: used, light marks from normal use, see photos.',
      'Pre-owned and looked after, small signs of wear.',
      'Used a handful of times and cleaned before listing.',
    ],
    refurbished: [
      'Refurbished and tested, cosmetic marks possible.',
      'Serviced and cleaned, works as it should, small marks on the housing.',
    ],
  },
  ship: [
    'Posted within 2 working days with tracking.',
    'Ships the next working day from my home address, tracked service only.',
    'Combined postage for multiple items, just ask before paying.',
    'Collection in person is fine, cash or bank transfer on the day.',
    'International buyers pay their own import duties and taxes.',
    'Orders placed before 2 pm go out the same day.',
    'Signature on delivery for orders above the insured limit.',
  ],
  returns: [
    'Returns accepted within 14 days if unused and in original packing.',
    'Private sale, so no returns, but I describe everything honestly.',
    'If something is not as described, message me first and we will sort it out.',
    '30 day returns, buyer pays return postage.',
    'Please open parcels on camera in case of transit damage.',
  ],
  store: [
    'We have been selling on this platform for years, see our feedback.',
    'Feedback is left once you leave yours.',
    'Offers considered, lowball offers ignored.',
    'Follow the shop for new items every week.',
    'Reply times may be slower at weekends.',
    'All prices include packing.',
  ],
  extra: [
    'I take photos in daylight so the colours are as close as possible.',
    'Everything is packed in recycled boxes and paper, no plastic peanuts.',
    'If you need an invoice for your company, tell me the details before paying.',
    'Please make sure your address on the platform is complete, including the flat number.',
    'I work during the day, so replies may come in the evening.',
    'Measurements and weights in the listing are taken by me at home.',
    'If the parcel arrives damaged, keep the packaging and send me a photo the same day.',
    'Happy to answer questions about sizes or compatibility before you buy.',
    'Bundles of two or more items get a small discount, ask for a custom listing.',
    'The item is stored in a closed cupboard away from pets and smoke.',
    'I list new things most weekends, so check back if this is not what you need.',
    'Payment is expected within 48 hours of committing to buy.',
  ],
  close: [
    'Thanks for looking!',
    'Any questions, just ask.',
    'Have a nice day.',
    'Cheers.',
    'Happy shopping!',
    'Thank you.',
  ],
};

const ZH = {
  open: [
    '亲，欢迎光临本店，下单前请看完详情。',
    '自用闲置，搬家清理，价格已经很低了。',
    '店铺新开，诚信经营，每一单都认真打包。',
    '朋友托卖，有问题直接问我。',
    '所有图片均为实物拍摄，请放心购买。',
    '拍前请确认型号和尺寸，以免买错。',
    '感谢关注，本店主营家居日用和户外用品。',
    '个人闲置出售，不退不换，介意勿拍。',
  ],
  spec: {
    kitchen: [
      '燃气灶、电磁炉都可以用，具体看图。',
      '建议手洗，洗完擦干再收纳。',
      '尺寸为手工测量，误差一两毫米属正常。',
      '适合两到四口之家日常使用。',
      '电压两百二十伏，国外使用需要转换插头。',
      '锅盖密封性好，手柄不烫手。',
    ],
    tools: [
      '拍前请核对车型或机器型号，装不上不包退。',
      '建议由有经验的师傅安装。',
      '尺寸和螺纹规格见图片。',
      '公司采购可以开票，需要请联系客服。',
      '一直放在干燥的仓库里，金属件无锈。',
      '原包装，配件齐全。',
    ],
    ride: [
      '车架尺寸、轮径和重量见最后一张图。',
      '发货前已经检查过，转动顺畅没有异响。',
      '同城可以自提，先看货再付款。',
      '大纸箱加泡沫包装，运输放心。',
      '适合周末出游、通勤和轻度旅行。',
      '重量和收纳尺寸都在图里。',
    ],
    pet: [
      '换粮请按七天换粮法慢慢过渡。',
      '保质期印在袋子背面，还有一年多。',
      '开袋后请密封保存，放在阴凉干燥处。',
      '每只毛孩子口味不同，挑食的谨慎下单。',
      '仓库离地存放，防潮防虫。',
      '特殊处方粮请先咨询宠物医生。',
    ],
    beauty: [
      '初次使用建议先在耳后试用。',
      '保质期见瓶底，图片里有拍到。',
      '化妆品拆封后不支持退换。',
      '质地清爽，很快吸收。',
      '成分表在盒子背面，过敏体质请看清楚。',
      '避光阴凉处存放。',
    ],
    wear: [
      '尺码标准，拿不准的可以问客服要尺码表。',
      '无烟无宠家庭。',
      '不同屏幕颜色会有一点差异。',
      '需要细节图可以找我要。',
      '已经清洗过，收到就能穿。',
      '包邮，偏远地区除外。',
    ],
    soft: [
      '拍前请确认电脑配置和系统版本。',
      '拍下后几小时内发货，晚上会更快。',
      '出售前一晚测试过，一切正常。',
      '只含图中的线，不带充电头。',
      '区服和账号信息见图片。',
      '有问题先问，秒回。',
    ],
    toys: [
      '适合盒子上标注的年龄，含小零件，三岁以下勿玩。',
      '发货前零件点过两遍。',
      '盒子有轻微的存放痕迹。',
      '送礼很合适，可以免费包装。',
      '放在干净干燥的房间里，没有晒过。',
      '盒内附说明书。',
    ],
    music: [
      '出售前一天调试弹过，声音正常。',
      '琴弦电池线材以图片为准。',
      '可以视频试音后再决定。',
      '硬盒或双层纸箱发货。',
      '常温保存，没有受潮受热。',
      '序列号在图片里，可以自己查询。',
    ],
  },
  cond: {
    new: ['全新未拆封。', '全新，从没用过。', '全新带原包装。'],
    used: ['二手，有正常使用痕迹，见图。', '自用闲置，保存得很好，有轻微使用痕迹。', '用过几次，已经清洁。'],
    refurbished: ['翻新件，已检测，外观可能有细微划痕。', '已保养清洁，功能正常，外壳有小划痕。'],
  },
  ship: [
    '四十八小时内发货，默认中通，顺丰需补运费。',
    '下午四点前付款当天发出。',
    '多件可以合并运费，拍前联系。',
    '同城可以当面交易。',
    '港澳台和海外不发货。',
    '发货后请留意物流信息。',
  ],
  returns: [
    '支持七天无理由退换，不影响二次销售即可。',
    '闲置物品不退不换，描述都是如实的。',
    '收到有问题先联系我，一定给你处理好。',
    '拆快递请录开箱视频，方便处理运输损坏。',
    '退货运费由买家承担。',
  ],
  store: [
    '老店，好评很多，可以看看评价。',
    '收藏店铺，每周上新。',
    '周末回复可能慢一点。',
    '价格已经是底价了，不议价。',
    '所有价格都含包装。',
  ],
  extra: [
    '图片都是白天自然光拍的，颜色比较准。',
    '用纸箱和旧报纸打包，环保不用塑料泡沫。',
    '需要发票的请在付款前留言抬头和税号。',
    '请确认收货地址完整，写清楚门牌号。',
    '白天上班，晚上统一回复消息。',
    '尺寸和重量都是自己在家测量的。',
    '收到包裹如有破损请当天拍照联系。',
    '购买前有任何尺寸或适配问题都可以问。',
    '两件以上可以小优惠，拍前联系改价。',
    '物品放在柜子里保存，无烟无宠。',
    '每个周末都会上新，可以关注一下。',
    '拍下请在两天内付款。',
  ],
  close: ['谢谢光临！', '有问题随时问。', '祝您购物愉快。', '感谢支持！'],
};

const bytes = (s) => Buffer.byteLength(s, 'utf8');

/**
 * Long boilerplate around `insert` (one sentence or a few; may be null). The insert never comes first.
 * Returns { text, cueOffset } where cueOffset is the character offset of the insert (-1 without one).
 */
export function longBoiler(lang, category, insert, rng, condition = 'new') {
  const T = lang === 'en' ? EN : ZH;
  const fam = FAMILY[category] ?? 'toys';
  const sep = lang === 'en' ? ' ' : '';
  const paras = [];
  paras.push(rng.pick(T.open));
  const specs = rng.pickN(T.spec[fam], rng.int(3, 5));
  paras.push(specs.join(sep));
  paras.push(rng.pick(T.cond[condition] ?? T.cond.new));
  const tail = [
    rng.pickN(T.ship, rng.int(2, 3)).join(sep),
    rng.pick(T.returns),
    rng.pickN(T.store, rng.int(1, 2)).join(sep),
  ];
  for (const t of tail) paras.push(t);
  const target = rng.int(lang === 'en' ? 880 : 860, lang === 'en' ? 2000 : 1500);
  let extra = T.spec[fam].filter((s) => !specs.includes(s));
  // neutral seller notes are added only while the text is too short
  const more = rng.shuffle(T.extra.slice());
  let guard = 0;
  while (bytes(paras.join('\n\n')) < target && guard++ < 20) {
    if (extra.length) {
      paras[1] += sep + extra[0];
      extra = extra.slice(1);
    } else if (more.length) {
      const x = [more.shift(), more.length && rng.chance(0.5) ? more.shift() : null].filter(Boolean);
      paras.splice(paras.length - 1, 0, x.join(sep));
    } else break;
  }
  paras.push(rng.pick(T.close));
  let cueOffset = -1;
  if (insert) {
    const pos = rng.int(1, 3);
    paras.splice(pos, 0, insert);
    cueOffset = paras.slice(0, pos).join('\n\n').length + 2;
  }
  let text = paras.join('\n\n');
  while (bytes(text) > 2950) {
    paras.splice(paras.length - 2, 1);
    text = paras.join('\n\n');
  }
  return { text, cueOffset };
}

/** One to three short sentences, with the insert if any. */
export function shortDesc(lang, category, insert, rng) {
  const T = lang === 'en' ? EN : ZH;
  const fam = FAMILY[category] ?? 'toys';
  const sep = lang === 'en' ? ' ' : '';
  const parts = [rng.pick(T.spec[fam])];
  if (insert) parts.push(insert);
  if (rng.chance(0.6)) parts.push(rng.pick(T.ship));
  return parts.join(sep);
}
