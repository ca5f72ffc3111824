// Neutral description sentences (English and Chinese) for the generated listings of test-v16.
// None names a brand, claims quality or a maker, or uses a word that is also an excluded brand.
import { byteLen } from './lib.js';

const GEN_EN = [
  'Dispatched within two working days of payment, tracking number uploaded the same evening.',
  'Please check the measurements in the photos before ordering; every listing shows the actual item.',
  'Packed in a double-wall carton with paper padding, no plastic peanuts.',
  'Combined postage is possible if you buy more than one item from the shop, just ask before paying.',
  'We are a small family shop and answer messages between 9 am and 7 pm local time.',
  'Returns are accepted within 14 days if the item comes back in the state it was sent.',
  'Colours on screen can differ slightly from the real thing depending on your display.',
  'Local pick-up is welcome by appointment, cash or card on collection.',
  'International buyers are responsible for any import duties charged by their customs office.',
  'The item in the pictures is the one you will receive, photographed in daylight this week.',
  'Feedback is left for every buyer once the parcel has arrived safely.',
  'Please make sure your delivery address and phone number are correct before checkout.',
  'We do not ship on public holidays; orders placed then go out on the next working day.',
  'Parcels are insured for their full value at no extra charge.',
  'If anything is unclear, send a message and we will reply with extra photos.',
  'Invoices can be printed from your order page after payment.',
  'Weekend orders are packed on Monday morning.',
  'Smoke-free and pet-free home.',
];
const COND_EN = {
  new: [
    'Brand new and unused, still in the original packaging.',
    'New item, never opened apart from taking the photos.',
    'Unused stock, stored indoors away from sunlight.',
  ],
  used: [
    'Used with normal signs of wear, everything works as it should.',
    'Second-hand item, cleaned and checked before listing; see photos for marks.',
    'Pre-owned and looked after, light scuffs that do not affect use.',
  ],
  refurbished: [
    'Refurbished: cleaned, checked and tested, with worn parts replaced.',
    'Restored item, tested over several days before listing.',
    'Refurbished unit with a 90-day shop warranty.',
  ],
};
const FAM_EN = {
  'sports-equipment': [
    'Suitable for club training as well as weekend matches.',
    'Weight and balance are listed in the photos so you can compare before buying.',
    'Store in a cool dry place between seasons.',
    'Ideal for players who train several times a week.',
  ],
  audio: [
    'Strings were changed recently and the instrument is tuned to standard pitch.',
    'Comes with a soft gig bag for transport.',
    'Keep away from heaters and direct sun to protect the wood.',
    'Sound sample video available on request.',
  ],
  kitchenware: [
    'Suitable for gas and electric hobs; see photos for the base.',
    'Hand wash recommended to keep the finish looking new.',
    'Capacity and dimensions are shown in the last photo.',
    'Spare gaskets and small parts can be ordered separately.',
  ],
  'home-appliances': [
    'Plug type and voltage are shown in the photos; please check they match your country.',
    'Switched on and tested before packing.',
    'The user manual is included in the box.',
    'Large items are sent by courier on a pallet; delivery takes three to five days.',
  ],
  'outdoor-gear': [
    'Useful for camping, bushcraft and everyday tasks around the garden.',
    'Comes with its sheath or pouch as shown.',
    'Buyers must be over 18 where local law requires it.',
    'Light enough to carry on long walks.',
  ],
  apparel: [
    'Measurements are taken flat; please compare with a garment you own.',
    'Wash cold and dry in the shade to keep the colours bright.',
    'Fabric composition is printed on the inner label.',
    'Model in the photos is 168 cm tall.',
  ],
  shoes: [
    'Sizes follow the European scale; please check the size chart in the photos.',
    'Leather softens after a few days of wear.',
    'Insoles can be removed for cleaning.',
    'If you are between sizes, we suggest taking the larger one.',
  ],
  handbags: [
    'Interior pocket and zipped compartment as shown.',
    'Leather may show natural marks, which are part of the material.',
    'Dust bag included.',
    'Strap length is adjustable.',
  ],
  'small-leather-goods': [
    'Eight card slots and a note compartment.',
    'Slim enough for a front pocket.',
    'Gift box available on request.',
    'Leather darkens slowly with use.',
  ],
  watches: [
    'Charging cable included; battery lasts several days in normal use.',
    'Strap fits wrists from about 14 to 21 cm.',
    'Pairs with the usual phone apps; check compatibility with your phone first.',
    'Screen protector fitted since day one.',
  ],
  'computer-accessories': [
    'Build plate and spare nozzle included as shown.',
    'Needs a stable table and a little space around it for ventilation.',
    'First layer calibration runs automatically on start-up.',
    'Ships in the original foam inserts.',
  ],
  'printer-supplies': [
    'Vacuum sealed with a desiccant bag.',
    'Spool weight 1 kg, diameter 1.75 mm.',
    'Keep dry after opening.',
    'Suitable for most common desktop printers.',
  ],
  cameras: [
    'Check local flight rules before flying outdoors.',
    'Comes with one battery and the remote controller.',
    'Propeller guards included.',
    'Firmware is updated to the latest version.',
  ],
  'baby-products': [
    'Cleaned with baby-safe products before listing.',
    'Folds with one hand and fits in most car boots.',
    'Rain cover included.',
    'Suitable from six months up to 22 kg.',
  ],
  eyewear: [
    'Lenses are marked with their strength; see photos.',
    'Comes with a soft pouch.',
    'Light frame, comfortable for reading all evening.',
    'Please choose the strength you normally use.',
  ],
  tools: [
    'Handy for hobbyists and professionals alike.',
    'Check the dimensions before ordering.',
    'Clean and dry after use.',
    'Spare parts are available from our shop.',
  ],
  toys: [
    'All pieces counted before listing.',
    'Recommended for ages 8 and up.',
    'Box corners have light shelf wear.',
    'Not suitable for children under three because of small parts.',
  ],
  books: [
    'Binding is tight and pages are clean.',
    'English edition, hardcover.',
    'Shipped in a rigid mailer to protect the corners.',
    'No writing or highlights inside.',
  ],
  software: [
    'Licence terms are those of the publisher.',
    'System requirements are listed in the photos.',
    'Delivered by e-mail within 24 hours.',
    'One licence per account.',
  ],
  'video-games': [
    'Disc is clean and plays without problems.',
    'Region and platform are shown on the cover.',
    'Case and artwork included.',
    'Online features depend on the publisher.',
  ],
  'game-consoles': [
    'Tested on a modern television with the correct adapter.',
    'Power supply and one controller included.',
    'Cartridge slot cleaned.',
    'Video output as shown in the photos.',
  ],
  'film-tv': [
    'Region and subtitle languages are printed on the back of the case.',
    'Plays on standard players of the matching region.',
    'Case and inlay included.',
    'Running time and extras are listed on the sleeve.',
  ],
  music: [
    'Track list is shown in the photos.',
    'Jewel case with booklet.',
    'Plays on any standard player.',
    'Ships in a padded envelope.',
  ],
};

const GEN_ZH = [
  '付款后两个工作日内发货，当天晚上上传快递单号。',
  '下单前请看图片里的尺寸，每张图都是实物拍摄。',
  '双层纸箱加纸团填充，运输途中不易损坏。',
  '同店多件可以合并运费，付款前联系客服改价。',
  '小店夫妻经营，客服在线时间为早九点到晚七点。',
  '收到货后七天内可以退换，需保持发出时的状态。',
  '不同显示器颜色会有轻微差别，以收到的实物为准。',
  '支持同城自提，请提前预约时间。',
  '每一位买家收货后我们都会给好评。',
  '请确认收货地址和手机号码无误后再付款。',
  '节假日不发货，顺延到下一个工作日。',
  '快递全程保价，不额外收费。',
  '有任何疑问请先咨询，可以补拍细节图。',
  '需要发票的请在备注里写明抬头。',
  '周末的订单周一上午统一打包。',
  '无烟无宠物家庭。',
  '偏远地区运费另议。',
  '默认发中通，需要顺丰请补差价。',
];
const COND_ZH = {
  new: ['全新未使用，原包装。', '全新商品，只拆开拍了照片。', '全新库存，一直放在室内阴凉处。'],
  used: [
    '二手自用，有正常使用痕迹，功能一切正常。',
    '二手物品，挂出前已清洁检查，瑕疵见图。',
    '闲置转让，保存得不错，轻微划痕不影响使用。',
  ],
  refurbished: [
    '翻新机，已清洁检测，磨损件已更换。',
    '修复好的物品，挂出前连续测试了几天。',
    '翻新品，店铺保修九十天。',
  ],
};
const FAM_ZH = {
  'sports-equipment': [
    '适合俱乐部训练，也适合周末比赛。',
    '重量和重心数据见图片，方便对比。',
    '换季时请放在阴凉干燥处保存。',
    '适合每周训练几次的球友。',
  ],
  audio: [
    '最近刚换过弦，已经调好标准音。',
    '送一个软琴包方便携带。',
    '请远离暖气和阳光直射，保护木料。',
    '需要试音视频可以私聊发送。',
  ],
  kitchenware: [
    '燃气灶和电磁炉都能用，锅底见图。',
    '建议手洗，保持表面光亮。',
    '容量和尺寸见最后一张图。',
    '密封圈等小配件可以单独购买。',
  ],
  'home-appliances': [
    '插头和电压见图片，请确认适合当地使用。',
    '打包前已经通电测试。',
    '盒内附说明书。',
    '大件走物流，三到五天送达。',
  ],
  'outdoor-gear': [
    '露营、野外和花园里日常使用都很方便。',
    '附带刀鞘或收纳袋，见图。',
    '请遵守当地法规，未成年人勿拍。',
    '重量轻，长途徒步也不累。',
  ],
  apparel: [
    '平铺测量，请和自己的衣服对比。',
    '冷水洗涤，阴干，保持颜色鲜艳。',
    '面料成分见内侧水洗标。',
    '模特身高一米六八。',
  ],
  shoes: ['尺码按欧码，请看尺码表。', '皮面穿几天会变软。', '鞋垫可以取出清洗。', '脚宽的建议拍大一码。'],
  handbags: [
    '内有插袋和拉链暗袋，见图。',
    '皮面有天然纹理，属于正常现象。',
    '附防尘袋。',
    '肩带长度可调节。',
  ],
  'small-leather-goods': [
    '八个卡位加一个钞票位。',
    '轻薄，放裤袋也不鼓。',
    '需要礼盒请留言。',
    '皮面用久了颜色会慢慢变深。',
  ],
  watches: [
    '附充电线，正常使用续航好几天。',
    '表带适合腕围十四到二十一厘米。',
    '可连接常用手机软件，请先确认手机是否兼容。',
    '一直贴着屏幕保护膜。',
  ],
  'computer-accessories': [
    '附打印平台和备用喷嘴，见图。',
    '需要放在平稳的桌面，周围留出散热空间。',
    '开机自动校准首层。',
    '原装泡棉包装发出。',
  ],
  'printer-supplies': [
    '真空密封，内附干燥剂。',
    '每卷一公斤，线径一点七五毫米。',
    '开封后请注意防潮。',
    '适合大部分常见桌面打印机。',
  ],
  cameras: ['户外飞行前请了解当地规定。', '附一块电池和遥控器。', '附桨叶保护罩。', '固件已升级到最新版本。'],
  'baby-products': [
    '挂出前已用母婴清洁剂清洗。',
    '单手折叠，大部分车的后备箱都放得下。',
    '附防雨罩。',
    '适合六个月到二十二公斤的宝宝。',
  ],
  eyewear: [
    '镜片度数有标注，见图。',
    '附软布眼镜袋。',
    '镜架很轻，晚上看书也不累。',
    '请选择平时习惯的度数。',
  ],
  tools: ['适合爱好者，也适合专业使用。', '下单前请核对尺寸。', '用后请擦干保存。', '店里有备用配件。'],
  toys: [
    '挂出前已清点全部配件。',
    '建议八岁以上使用。',
    '盒角有轻微摆放痕迹。',
    '含小零件，三岁以下儿童不宜。',
  ],
  books: ['装订牢固，内页干净。', '精装版。', '用硬纸板信封寄出，保护书角。', '内页无笔记无划线。'],
  software: [
    '授权条款以发行商为准。',
    '系统要求见图片。',
    '二十四小时内通过邮件发货。',
    '每个账号限用一份授权。',
  ],
  'video-games': ['光盘干净，读盘正常。', '区域和平台见封面。', '附盒子和封面。', '联网功能以发行商为准。'],
  'game-consoles': [
    '已在新电视上用对应转接器测试。',
    '附电源和一个手柄。',
    '卡槽已清洁。',
    '视频输出方式见图片。',
  ],
  'film-tv': [
    '区域码和字幕语言印在盒子背面。',
    '需要对应区域的播放机。',
    '附盒子和内页。',
    '片长和花絮见封套。',
  ],
  music: ['曲目表见图片。', '标准塑料盒加歌词本。', '普通播放器都能播放。', '用气泡信封寄出。'],
};

const famOf = (table, fam) => table[fam] ?? table.tools;

function assemble(rng, lang, fam, insert, condition, long) {
  const G = lang === 'zh' ? GEN_ZH : GEN_EN;
  const C = (lang === 'zh' ? COND_ZH : COND_EN)[condition] ?? (lang === 'zh' ? COND_ZH : COND_EN).new;
  const F = famOf(lang === 'zh' ? FAM_ZH : FAM_EN, fam);
  const sep = lang === 'zh' ? '' : ' ';
  const head = [rng.pick(C), ...rng.pickN(F, long ? rng.int(2, 4) : 1)];
  const gen = rng.pickN(G, G.length);
  const body = long ? gen.slice(0, rng.int(5, 9)) : gen.slice(0, rng.int(0, 1));
  const target = long ? (lang === 'zh' ? 820 : 840) : 0;
  const parts = [...head, ...body];
  let gi = body.length;
  while (long && byteLen(parts.join(sep)) < target && gi < gen.length) parts.push(gen[gi++]);
  if (long && byteLen(parts.join(sep)) < target) parts.push(...F.filter((s) => !parts.includes(s)));
  // the inserted sentence never opens the description
  let at = -1;
  if (insert) {
    const pos = long ? rng.int(2, Math.max(2, parts.length - 2)) : rng.int(1, parts.length);
    parts.splice(pos, 0, insert);
    at = pos;
  }
  // long descriptions come in two or three paragraphs
  let text;
  if (long) {
    const cut1 = Math.max(1, Math.floor(parts.length / 3));
    const cut2 = Math.max(cut1 + 1, Math.floor((2 * parts.length) / 3));
    text = [parts.slice(0, cut1), parts.slice(cut1, cut2), parts.slice(cut2)]
      .filter((p) => p.length)
      .map((p) => p.join(sep))
      .join('\n\n');
  } else text = parts.join(sep);
  const cueOffset = insert ? text.indexOf(insert) : -1;
  return { text, cueOffset, at };
}

export function longBoiler(lang, fam, insert, rng, condition) {
  const { text, cueOffset } = assemble(rng, lang, fam, insert, condition, true);
  return { text, cueOffset };
}
export function shortDesc(lang, fam, insert, rng, condition = 'new') {
  return assemble(rng, lang, fam, insert, condition, false).text;
}
