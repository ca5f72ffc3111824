// Description boilerplate for generated listings (written fresh for test-v10). English and Chinese sentence pools
// per product family. No sentence names a brand or makes a quality or factory claim; the cue a generator wants in a
// description is passed in as `insert` and placed after at least one boilerplate sentence.

const FAMILY = {
  music: 'instrument',
  audio: 'audio',
  'computer-accessories': 'audio',
  bicycles: 'bike',
  tools: 'tool',
  batteries: 'tool',
  'home-appliances': 'home',
  cosmetics: 'beauty',
  fragrance: 'beauty',
  'outdoor-gear': 'outdoor',
  'sports-equipment': 'outdoor',
  apparel: 'wear',
  shoes: 'wear',
  handbags: 'wear',
  'small-leather-goods': 'wear',
  'pet-supplies': 'pet',
  watches: 'watch',
  jewellery: 'watch',
  kitchenware: 'home',
  furniture: 'home',
  toys: 'toy',
  software: 'digital',
  'video-games': 'digital',
  'game-consoles': 'digital',
  'film-tv': 'disc',
  disc: 'disc',
  books: 'disc',
};

const EN = {
  instrument: [
    'The neck has been checked for relief and the action sits where most players like it.',
    'Strings were changed last week, so it is ready to play the day it arrives.',
    'Tuners hold pitch well and the fret ends have been dressed smooth.',
    'Good for a beginner who wants something that will not need replacing after a year, or as a second instrument for gigs.',
    'It was played in a smoke-free room and kept in its case between sessions.',
    'Sound is balanced across the range; there is a short clip in the photos section if you want to hear it.',
    'Pickup height and intonation were set up by a local tech before listing.',
    'Comes with the allen key and the paperwork that was in the box.',
    'The finish shows well under daylight; the pictures were taken without filters.',
    'Keys and pads are even and there is no buzz when you play softly.',
    'Please ask if you want measurements of the nut width or the neck profile.',
    'A gig bag can be added for a small extra, just send a message before paying.',
  ],
  audio: [
    'Frequency response is smooth and the noise floor is low when the gain is turned up.',
    'Works with a laptop, an audio interface or a phone with the right adapter.',
    'All cables that came in the box are included and still in their twist ties.',
    'Tested on two different setups before listing; both channels work as they should.',
    'Pads and grilles are clean, and the mounting thread is not stripped.',
    'Suitable for home recording, streaming, voice-overs and rehearsal rooms.',
    'The unit powers up within a couple of seconds and the indicator lights all work.',
    'Firmware was updated to the latest public version before packing.',
    'Detailed specifications are in the photos; I can send more angles on request.',
    'Stored in a dry cupboard away from sunlight between uses.',
  ],
  bike: [
    'Shifting is crisp across the whole cassette and the brakes were bled this season.',
    'Frame size and wheel size are in the photos next to a tape measure.',
    'Tyres have plenty of tread left and hold pressure overnight.',
    'Chain was measured with a wear gauge and is well within limits.',
    'Collection is preferred, but I can box it for a courier if you cover the cost.',
    'Bearings spin freely and there is no play in the hubs or the bottom bracket.',
    'Suitable for commuting, weekend rides and sportives.',
    'Pedals are not included unless mentioned in the title.',
    'Torque values for the stem and seatpost are written on a card in the box.',
    'The cables run internally and the routing is tidy.',
    'Rides straight with no pull to either side; a short test ride is welcome.',
  ],
  tool: [
    'Motor runs smoothly at all speed settings and the chuck grips bits without slipping.',
    'The battery indicator shows all bars after a full charge.',
    'Comes in the carry case with the side handle and depth stop.',
    'Used on a few weekend jobs around the house and wiped down after each one.',
    'Check your charger and battery platform before ordering; details are in the photos.',
    'The trigger is progressive and the forward and reverse switch clicks firmly.',
    'Blades and bits shown in the pictures are included in the sale.',
    'LED work light works and the belt clip is still attached.',
    'Please wear eye protection and follow the safety leaflet supplied.',
    'I keep my tools in a heated garage, so there is no rust on the metal parts.',
  ],
  beauty: [
    'Suitable for most skin types; do a patch test on the inner arm first if your skin is reactive.',
    'Store below 25 °C and away from direct sunlight.',
    'Batch code and expiry date are printed on the base of the bottle and shown in the photos.',
    'Apply to clean skin morning and evening, then follow with moisturiser.',
    'The texture is light and absorbs quickly without leaving a film.',
    'Packed in bubble wrap and a sealed bag so it cannot leak in transit.',
    'Please note that cosmetics cannot be returned once the seal is opened, for hygiene reasons.',
    'Full ingredient list is on the carton; message me if you need a clearer picture of it.',
    'The scent is soft and fades gradually over a few hours.',
    'Shade may look slightly different on screens; the swatch photo was taken in daylight.',
    'Bought for myself but it did not suit my routine, so passing it on.',
  ],
  outdoor: [
    'Weight measured on a kitchen scale is shown in the last photo.',
    'Pitched once in the garden to check all the poles and pegs are there.',
    'Seams are taped and the zips run smoothly without snagging.',
    'Packs down small enough to fit in a day pack side pocket.',
    'Straps and buckles are all present and undamaged.',
    'Used on two short trips in dry weather and aired out afterwards.',
    'Suitable for three-season use; bring extra insulation for winter nights.',
    'Brightness settings and the lock function both work as described in the manual.',
    'Please check the size chart in the photos before buying.',
    'Washed according to the care label and dried flat.',
  ],
  wear: [
    'Measurements taken flat are in the photos; please compare with something you own.',
    'Fabric is soft and the stitching is even on all seams.',
    'From a pet-free and smoke-free home.',
    'Soles show only light wear and the insoles are clean.',
    'Runs true to size according to the size guide; I wear my usual size in it.',
    'Colour is closest to the daylight photo.',
    'Can be worn casually or dressed up for the evening.',
    'Dust bag and spare laces are included where shown.',
    'Please ask for extra photos of any detail before buying.',
    'Folded carefully and posted in a padded mailer.',
  ],
  pet: [
    'Measure your dog around the widest part of the chest before choosing a size.',
    'Buckles click shut firmly and the reflective trim is intact.',
    'Machine washable on a gentle cycle; let it air dry.',
    'Tried on once by our dog, who has since grown out of it.',
    'The handle on top is useful for helping a dog over stiles and into the car.',
    'Please supervise your pet the first few times it wears new gear.',
    'Comes in a sealed bag from a clean home with one calm spaniel.',
    'Sizing chart is in the last photo; message me with your measurements if unsure.',
    'Lead clip rings are metal and show no signs of bending.',
    'Suitable for walks, hiking and training sessions.',
  ],
  watch: [
    'Keeps good time; it was within a few seconds a day over the last week.',
    'Strap fits a wrist up to about 19 cm; extra links or holes are included where shown.',
    'Crystal is clear with no chips and the bezel turns with firm clicks.',
    'Crown screws down smoothly and the date changes around midnight.',
    'Box and papers as shown in the pictures; no other accessories are included.',
    'Stored in a watch box and worn mainly on weekends.',
    'Please check the case size in the photo next to a ruler before buying.',
    'Lume is visible for a while after being in daylight.',
    'Shipped fully insured with signature on delivery.',
    'Viewing in person is possible in the city centre by appointment.',
  ],
  home: [
    'Hand wash only and dry straight away to keep it in good shape.',
    'Weight and length are shown in the photos next to a ruler.',
    'The handle feels comfortable and balanced in the hand.',
    'Store in a block or on a magnetic strip rather than loose in a drawer.',
    'Comes in the original presentation box with the care leaflet.',
    'Suitable for everyday home cooking: vegetables, herbs, meat and fish.',
    'Pattern and glaze are even with no chips, cracks or crazing.',
    'Not suitable for the dishwasher or microwave.',
    'Packed with plenty of padding and double boxed for posting.',
    'Used a handful of times and kept in a cabinet since.',
  ],
  toy: [
    'All pieces were counted against the instruction booklet.',
    'Suitable for ages eight and up; contains small parts.',
    'Box has some shelf wear on the corners but the contents are complete.',
    'Built once for display and taken apart carefully for posting.',
    'Stickers are unapplied and still on their sheet.',
    'Batteries are not included unless shown in the photos.',
    'From a pet-free and smoke-free home with no small children.',
    'A lovely gift for birthdays or the holidays.',
    'Instructions are included; the digital version is also available online.',
    'Charging cable included; the speaker is clear at all volume levels.',
  ],
  digital: [
    'Delivery is by message within the platform after payment.',
    'Please check the system requirements in the photos before buying.',
    'Runs on the current version of the operating system.',
    'Comes with the original controller and the power supply.',
    'Tested by playing for half an hour before listing.',
    'Screen has no dead pixels and the buttons all respond.',
    'Region and language settings can be changed in the menu.',
    'Save data has been wiped and the device reset.',
    'Questions about compatibility are welcome before purchase.',
    'The code is delivered as text; no physical box is posted.',
  ],
  disc: [
    'Disc is region-free unless stated otherwise in the photos.',
    'Case has a slip cover and the booklet is included.',
    'Plays on standard players; please check your player supports the format.',
    'Posted in a padded envelope with cardboard stiffeners.',
    'Running time and language options are printed on the back cover.',
    'Perfect for collectors or as a gift for a film lover.',
    'Subtitles are listed on the back; photo attached.',
    'Shipped the next working day after payment.',
  ],
  generic: [
    'Please see the photos for the exact item you will receive.',
    'Any questions, just send a message and I will reply within a day.',
    'Measurements and details are in the pictures.',
    'Stored in a clean, dry place.',
    'A useful addition to any collection or household.',
    'Combined postage is available if you buy more than one item.',
  ],
};

const ZH = {
  instrument: [
    '琴颈已调过弓度，弦距适中，上手好弹。',
    '上周刚换新弦，到手即可弹奏。',
    '弦钮稳定不跑音，品丝两端打磨过。',
    '适合入门学习，也可以当演出备用琴。',
    '平时放在琴盒里，无烟无宠物环境。',
    '音色均衡，详情页有试音视频可以参考。',
    '出售前请琴行师傅调过拾音器高度和音准。',
    '附带内六角扳手和原包装里的说明书。',
    '实物图自然光拍摄，无滤镜。',
    '按键手感均匀，轻弹也没有杂音。',
    '需要琴枕宽度或琴颈尺寸可以留言询问。',
  ],
  audio: [
    '频响平顺，增益开大底噪也很低。',
    '可连接电脑、声卡或手机使用。',
    '原包装里的线材都在，扎带未拆。',
    '上架前在两套设备上测试过，左右声道正常。',
    '耳罩和网罩干净，安装螺纹完好。',
    '适合家庭录音、直播、配音和排练。',
    '通电几秒即可工作，指示灯全部正常。',
    '发货前已更新到最新固件。',
    '详细参数见图，需要更多角度可以联系。',
    '不用时放在干燥的柜子里避光保存。',
  ],
  bike: [
    '变速清脆，刹车本季刚排过空气。',
    '车架尺寸和轮径见图，附卷尺对比。',
    '外胎花纹深，隔夜不掉气。',
    '链条用磨损尺量过，在正常范围内。',
    '优先同城自提，也可以装箱发物流，运费另计。',
    '花鼓和中轴转动顺滑，没有旷量。',
    '适合通勤、周末骑行和业余赛事。',
    '标题未注明的情况下不含脚踏。',
    '把立和座管的扭力值写在箱内卡片上。',
    '内走线，走线整齐。',
    '骑行走直线不跑偏，欢迎当面试骑。',
  ],
  tool: [
    '各档转速运行平稳，夹头夹紧不打滑。',
    '充满电后电量指示全格。',
    '含工具箱、辅助手柄和深度尺。',
    '家里装修用过几次，每次用完都擦干净。',
    '下单前请确认您的充电器和电池平台，详情见图。',
    '开关无级调速，正反转切换清晰。',
    '图中的钻头和锯片一起出。',
    '照明灯正常，腰挂扣还在。',
    '使用时请佩戴护目镜，并按说明书操作。',
    '工具放在干燥的车库里，金属部分无锈。',
  ],
  beauty: [
    '大部分肤质适用，敏感肌请先在手臂内侧试用。',
    '请置于25度以下阴凉处，避免阳光直射。',
    '批号和保质期印在瓶底，见图。',
    '早晚洁面后使用，再接保湿产品。',
    '质地轻薄，吸收快，不黏腻。',
    '气泡膜加密封袋包装，运输不漏液。',
    '化妆品拆封后因卫生原因不支持退换。',
    '完整成分表在外盒上，需要清晰图可以问我。',
    '香味柔和，几个小时后慢慢变淡。',
    '不同屏幕显色略有差异，试色图为自然光拍摄。',
    '自己买的不太适合我的护肤步骤，转给需要的人。',
  ],
  outdoor: [
    '厨房秤称的重量见最后一张图。',
    '在院子里搭过一次，确认杆子地钉齐全。',
    '压胶处理，拉链顺滑不卡。',
    '收纳体积小，可以放进背包侧袋。',
    '织带和扣具齐全无损。',
    '晴天短途用过两次，用后晾干收纳。',
    '适合三季使用，冬季请另外准备保暖装备。',
    '亮度档位和锁定功能都正常。',
    '购买前请查看图中的尺码表。',
    '按洗标说明清洗，平铺晾干。',
  ],
  wear: [
    '平铺测量尺寸见图，请和自己的衣物对比。',
    '面料柔软，走线均匀。',
    '无宠物无烟家庭。',
    '鞋底轻微使用痕迹，鞋垫干净。',
    '按尺码表正常选码即可。',
    '颜色以自然光图为准。',
    '日常休闲或出门约会都适合。',
    '图中有的防尘袋和备用鞋带一起发。',
    '需要细节图可以先联系。',
    '叠好后用气泡袋寄出。',
  ],
  pet: [
    '请先测量狗狗胸围最宽处再选尺码。',
    '卡扣扣紧牢固，反光条完好。',
    '可机洗轻柔模式，自然晾干。',
    '家里狗狗试戴过一次，后来长大穿不下了。',
    '背上的提手方便帮狗狗上车或翻越障碍。',
    '宠物刚开始佩戴新装备时请在旁看护。',
    '来自干净的家庭，家里只有一只温顺的小猎犬。',
    '尺码表在最后一张图，不确定可以发测量数据给我。',
    '牵引扣环为金属材质，没有变形。',
    '适合遛狗、徒步和训练。',
  ],
  watch: [
    '走时稳定，最近一周每天误差几秒。',
    '表带适合19厘米左右的手腕，图中有多余表节。',
    '镜面清晰无缺口，外圈转动有清脆的段落感。',
    '旋入式表冠顺畅，日历在午夜前后跳换。',
    '盒子和单据以图片为准，其他没有。',
    '平时放在表盒里，主要周末佩戴。',
    '购买前请看图中直尺对比的表壳尺寸。',
    '夜光在日光照射后可以持续一段时间。',
    '全程保价发货，签收需本人。',
    '可以市中心预约当面看货。',
  ],
  home: [
    '请手洗并及时擦干保养。',
    '重量和长度见图，附直尺对比。',
    '手柄握感舒适，重心平衡。',
    '建议放在刀座或磁吸条上，不要散放在抽屉里。',
    '原装礼盒和保养说明都在。',
    '适合家庭日常切菜、切肉和处理鱼类。',
    '花纹和釉面均匀，无磕碰无裂纹。',
    '不可放入洗碗机或微波炉。',
    '多层缓冲，双层纸箱发货。',
    '用过几次，之后一直放在柜子里。',
  ],
  toy: [
    '已按说明书清点零件。',
    '适合八岁以上，含小零件。',
    '盒角有轻微货架磨损，内容齐全。',
    '拼过一次展示，拆开后小心打包。',
    '贴纸未贴，还在原贴纸页上。',
    '除图片所示外不含电池。',
    '无宠物无烟家庭，没有小孩玩过。',
    '适合作为生日或节日礼物。',
    '附纸质说明书，网上也可以下载电子版。',
    '附充电线，各个音量下喇叭都清楚。',
  ],
  digital: [
    '付款后通过平台消息发货。',
    '购买前请查看图中的配置要求。',
    '可在当前版本系统上运行。',
    '含原装手柄和电源。',
    '上架前试玩了半小时。',
    '屏幕无坏点，按键全部灵敏。',
    '地区和语言可以在菜单中切换。',
    '存档已清除，设备已恢复出厂设置。',
    '兼容性问题欢迎购买前咨询。',
    '以文字形式发送，不邮寄实体盒。',
  ],
  disc: [
    '光盘无区码限制，特殊情况见图。',
    '带外封套和内页册子。',
    '普通播放机即可播放，请确认您的机器支持该格式。',
    '气泡信封加硬纸板保护寄出。',
    '片长和语言选项印在背面封底。',
    '适合收藏或送给喜欢电影的朋友。',
    '字幕语言见背面，附图。',
    '付款后下一个工作日发货。',
  ],
  generic: [
    '请以图片为准。',
    '有问题请留言，一天内回复。',
    '尺寸和细节见图。',
    '存放在干净干燥的地方。',
    '自用家用都合适。',
    '多件可以合并运费。',
  ],
};

const SHIP = {
  en: [
    'Dispatched within two working days by tracked post.',
    'I post on Mondays, Wednesdays and Fridays.',
    'Tracking number is uploaded as soon as the parcel is scanned.',
    'International buyers: import duties are not included in the price.',
    'Local pickup is possible on weekday evenings.',
    'Delivery usually takes three to seven days depending on the region.',
    'Parcels are insured for the full value.',
    'Packed in a new box with paper padding.',
    'Combined postage for multiple items; please wait for an invoice.',
    'Holiday periods may add a day or two to delivery times.',
  ],
  zh: [
    '付款后两个工作日内发货，全程可查物流。',
    '默认发中通，需要顺丰请补运费。',
    '发货后会上传单号。',
    '偏远地区运费另议。',
    '同城可以晚上自提。',
    '一般三到七天送达，视地区而定。',
    '贵重物品全程保价。',
    '新纸箱包装，内有缓冲纸。',
    '多件合并发货，请拍下后等改价。',
    '节假日期间物流可能延迟一两天。',
  ],
};

const AFTER = {
  en: [
    'Returns accepted within 14 days if the item is not as described.',
    'Please check the parcel in front of the courier if the box looks damaged.',
    'Feedback is left once the item is received.',
    'Questions are answered the same day during business hours.',
    'If anything is missing please contact me before opening a case.',
    'No returns for change of mind, but I am happy to help with any problem.',
    'Please read the full description before bidding.',
    'Offers are welcome through the make-an-offer button.',
  ],
  zh: [
    '描述不符支持七天无理由退换。',
    '外箱破损请当着快递员面验货。',
    '收到货请及时确认收货。',
    '工作时间内当天回复消息。',
    '少件漏件请先联系我，不要直接申请售后。',
    '非质量问题不退不换，有问题尽量帮你解决。',
    '请看完描述再拍。',
    '诚心要的可以小刀。',
  ],
};

const COND = {
  en: {
    new: ['Brand new in the original packaging.', 'New, unused, never opened.', 'New old stock, never used.'],
    used: [
      'Used, in good working condition with light marks.',
      'Pre-owned; small signs of use as pictured.',
      'Used a few times, works perfectly.',
    ],
    refurbished: [
      'Refurbished and tested, cleaned inside and out.',
      'Serviced and refurbished, with a short seller warranty.',
    ],
  },
  zh: {
    new: ['全新未拆封。', '全新未使用。', '全新库存，未使用过。'],
    used: ['二手自用，功能正常，有轻微使用痕迹。', '二手，成色见图，有细小划痕。', '用过几次，一切正常。'],
    refurbished: ['翻新检测过，内外清洁。', '已检修翻新，卖家保修三个月。'],
  },
};

function pool(lang, category) {
  const fam = FAMILY[category] ?? 'generic';
  const src = lang === 'en' ? EN : ZH;
  return { body: src[fam], generic: src.generic };
}

const join = (lang, parts) => parts.join(lang === 'en' ? ' ' : '');
const bytes = (s) => Buffer.byteLength(s, 'utf8');

/** A long description (800-3,000 bytes): intro, details, [insert], shipping, after-sales. */
export function longBoiler(lang, category, insert, rng, condition = 'new') {
  const L = lang === 'en' ? 'en' : 'zh';
  const { body, generic } = pool(L, category);
  const cond = rng.pick(COND[L][condition] ?? COND[L].new);
  const picked = rng.pickN(body, Math.min(body.length, rng.int(6, 9)));
  const intro = [cond, ...picked.slice(0, 3)];
  const details = picked.slice(3);
  if (rng.chance(0.5)) details.push(rng.pick(generic));
  const ship = rng.pickN(SHIP[L], rng.int(2, 4));
  const after = rng.pickN(AFTER[L], rng.int(2, 3));
  const paras = [join(L, intro), join(L, details), join(L, ship), join(L, after)];
  // pad until long enough
  const extra = rng.shuffle([...SHIP[L], ...AFTER[L], ...generic].filter((s) => !paras.join('').includes(s)));
  while (bytes(paras.join('\n\n')) < 820 && extra.length) paras[3] = join(L, [paras[3], extra.pop()]);
  let cueOffset = -1;
  if (insert) {
    // the cue goes into the middle of the details paragraph (never first in the text)
    const d = paras[1];
    const sents = L === 'en' ? d.split(/(?<=\.)\s/) : d.split(/(?<=。)/);
    const at = Math.max(1, Math.min(sents.length, rng.int(1, sents.length)));
    sents.splice(at, 0, insert);
    paras[1] = join(L, sents);
    const text = paras.join('\n\n');
    cueOffset = text.indexOf(insert);
  }
  let text = paras.join('\n\n');
  while (bytes(text) > 3000) {
    paras[3] = paras[3].slice(0, Math.floor(paras[3].length * 0.7));
    text = paras.join('\n\n');
  }
  return { text, cueOffset };
}

/** A short description (under 800 bytes), with the insert if given. */
export function shortDesc(lang, category, insert, rng) {
  const L = lang === 'en' ? 'en' : 'zh';
  const { body } = pool(L, category);
  const parts = rng.pickN(body, rng.int(1, 2));
  parts.push(rng.pick(SHIP[L]));
  if (insert) parts.splice(1, 0, insert);
  return join(L, parts);
}
