// Description sentences for generated listings, written fresh for test-v14. No sentence names a brand, claims
// quality or a maker, or mentions packaging, receipts, presents, stock levels or urgency: the cue (or its
// innocent look-alike) is the inserted sentence only.
import { byteLen } from './lib.js';

export const FAMILY = {
  handbags: 'bag',
  'small-leather-goods': 'bag',
  cosmetics: 'beauty',
  fragrance: 'beauty',
  kitchenware: 'kitchen',
  'outdoor-gear': 'sport',
  'sports-equipment': 'sport',
  bicycles: 'ride',
  tyres: 'ride',
  'auto-parts': 'ride',
  computers: 'tech',
  'computer-accessories': 'tech',
  cameras: 'tech',
  'home-appliances': 'tech',
  tools: 'tools',
  shoes: 'wear',
  apparel: 'wear',
  'baby-products': 'kids',
  toys: 'kids',
  'video-games': 'game',
  'game-consoles': 'game',
  software: 'game',
  'film-tv': 'media',
  music: 'media',
  books: 'media',
};

const EN = {
  bag: [
    'The strap length adjusts in five steps and sits comfortably across the body.',
    'Inside there is one zipped pocket and two slip pockets for cards and keys.',
    'Measurements are taken flat: width at the base, height at the centre, depth at the gusset.',
    'The lining is a smooth woven cotton in a darker tone than the outside.',
    'Hardware is brushed metal; the zip pulls are long enough to grab with gloves on.',
    'It fits a 13-inch laptop sleeve, a water bottle and a light jacket rolled up.',
    'Please compare the measurements with a bag you already own before ordering.',
    'Wipe the outside with a dry cloth; do not put it in the washing machine.',
    'The base has four small feet so it can stand on a café floor.',
    'Colour can look slightly different under daylight and indoor lamps.',
  ],
  beauty: [
    'Apply a small amount to clean skin morning and evening, avoiding the eye area.',
    'Do a patch test on the inside of the wrist before first use.',
    'Store below 25 °C and away from direct sunlight once opened.',
    'The texture is light and absorbs in about a minute without a greasy film.',
    'Batch number and expiry date are printed on the bottom of the jar.',
    'Scent notes are described by the person who tried it; everyone smells things differently.',
    'For external use only. Keep out of reach of children.',
    'Full ingredient list is shown in the last photo, please check for allergies.',
    'Use within twelve months after opening, as the open-jar symbol shows.',
    'A pea-sized amount is enough for the whole face and neck.',
  ],
  kitchen: [
    'Hand wash is recommended to keep the finish looking its best for years.',
    'Measurements in the photos are rim diameter and height in centimetres.',
    'Not suitable for the microwave if there is any metal trim on the piece.',
    'Pour boiling water slowly the first time so the glass warms evenly.',
    'Capacity is measured to the brim; usable volume is a little less.',
    'Dry with a lint-free towel to avoid water spots.',
    'Stacks neatly in a standard kitchen cupboard.',
    'Every piece is checked for chips and cracks before it is wrapped.',
    'The handle stays cool enough to hold while the drink is hot.',
    'Works with filter papers of the usual cone size.',
  ],
  sport: [
    'Check every part before each outing and replace anything worn.',
    'Weight was measured on a kitchen scale, so allow a few grams either way.',
    'Rinse with tap water after use in salt water and let it dry in the shade.',
    'Sizes run true according to most buyers; see the size chart in the photos.',
    'Suitable for beginners and for people who already know what they want.',
    'Store away from solvents, batteries and direct heat.',
    'The line capacity and gear ratio are printed on the side plate.',
    'Please read the user notes that come with the item before first use.',
    'Tested on a local trail and at the indoor centre last weekend.',
    'Spare parts can be ordered separately if something gets lost.',
  ],
  ride: [
    'Fitting by a workshop is recommended if you do not have the right tools.',
    'Check the part number against your vehicle handbook before ordering.',
    'Tyre pressure should follow the label on the door frame or the fork.',
    'The size and load index are moulded into the sidewall.',
    'Ride carefully for the first few kilometres while everything beds in.',
    'Torque values are in the manual; do not overtighten carbon parts.',
    'The battery charges from empty to full in about four hours.',
    'Frame size guide: S up to 170 cm, M up to 180 cm, L above that.',
    'Collection is possible by arrangement; otherwise it ships on a pallet.',
    'Mudguards and lights can be fitted using the existing mounts.',
  ],
  tech: [
    'Firmware can be updated through the companion app after pairing.',
    'Plug type is European; an adapter is needed for other sockets.',
    'Works on 100-240 V and draws very little power on standby.',
    'Setup takes about ten minutes with the guided steps in the app.',
    'Please check compatibility with your system before ordering.',
    'The cable included is about 1.5 m long.',
    'Screen and casing were cleaned with a microfibre cloth before the photos.',
    'Data is stored locally; a cloud account is optional.',
    'Dimensions and weight are listed in the specification photo.',
    'Noise level is low enough for a bedroom at night.',
  ],
  tools: [
    'Oil the pivot lightly after use and wipe the blades dry.',
    'The grip suits medium to large hands; left-handed users should ask first.',
    'Nib size is marked on the nib itself and in the title.',
    'Ink is not included; it takes standard bottled ink.',
    'Keep the tip away from stones and wire to avoid nicks.',
    'Length closed and posted are shown against a ruler in the photos.',
    'Disassemble only as shown in the manual to avoid damage.',
    'Works well for both light pruning and cutting flowers.',
    'Flush with lukewarm water when changing colours.',
    'The lock catch holds the blades shut in a pocket or drawer.',
  ],
  wear: [
    'Model is 178 cm and wears a size M for a relaxed fit.',
    'Sizes follow EU numbering; please check the insole length in the chart.',
    'Wash cold on a gentle cycle and dry flat.',
    'The sole is stitched and can be resoled by a cobbler later.',
    'Leather will soften and shape to the foot after a few weeks of wear.',
    'Sleeve length is measured from the shoulder seam to the cuff.',
    'Merino can be worn several days before it needs washing.',
    'Colours in the photos were taken in daylight by a window.',
    'Pull tabs at the front and back make them easy to put on.',
    'For half sizes, most people choose the next size up.',
  ],
  kids: [
    'Suitable from birth with the newborn insert, up to about 22 kg.',
    'Fabrics come off and can be washed at 30 °C.',
    'Always use the harness and never leave a child unattended.',
    'Recommended for two to eight players, ages ten and up.',
    'A game takes about fifteen minutes once everyone knows the rules.',
    'Folded size is listed so you can check the car boot first.',
    'Small parts: not for children under three years.',
    'The rules are in English; other languages can be downloaded.',
    'Wheels are puncture-proof foam and roll well on gravel.',
    'All cards are counted before sending.',
  ],
  game: [
    'Region and platform are stated in the title; please check before ordering.',
    'Tested on a CRT and on a modern screen with a converter.',
    'Power supply is the UK plug type.',
    'Cables are included as shown in the photos, no extras.',
    'Keyboard keys were cleaned one by one.',
    'Cartridges load on the first try and save as expected.',
    'Picture is stable with the original lead.',
    'Play time and achievements depend on the platform account.',
    'A short video of it running can be sent through the platform messages.',
    'Sold as pictured; the photos are of the actual item.',
  ],
  media: [
    'Region and format are stated on the back cover.',
    'Running time is listed as shown on the sleeve.',
    'Subtitles: English and Chinese according to the sleeve.',
    'Disc plays on standard players; check region coding for yours.',
    'Track list is in the photos.',
    'The sleeve notes include an essay and credits.',
    'Plays without skips on the player I tested it with.',
    'Aspect ratio and audio formats are printed on the back.',
    'Postage is tracked within the country.',
    'Combined postage is possible for several discs.',
  ],
};
const EN_SHOP = [
  'I post within two working days after payment.',
  'Questions are welcome through the platform messages before you buy.',
  'Returns are accepted within 14 days if the item is unused.',
  'Shipping is tracked, and I upload the tracking number the same evening.',
  'Please check all photos, they are part of the description.',
  'Local pick-up is possible on weekends.',
  'Payment only through the platform checkout.',
  'Import duties, if any, are for the buyer.',
  'Thank you for looking, and have a nice day.',
  'I answer messages in the evenings after work.',
  'Smoke-free and pet-free home.',
  'International buyers: delivery takes about two weeks.',
  'Feedback is left once the item arrives safely.',
  'I can combine postage with my other listings.',
  'Measurements are approximate, give or take a little.',
  'Delivery to parcel lockers is available.',
  'Weekend orders go out on Monday morning.',
  'If something is not as described, message me first and I will sort it out.',
  'The listing price is in the currency shown; conversion is done by the platform.',
  'Invoice for business buyers on request.',
];
const ZH = {
  bag: [
    '肩带长度可调节五档，斜挎单肩都舒服。',
    '内部一个拉链袋和两个插袋，放卡和钥匙很方便。',
    '尺寸为平铺测量，底宽、中间高度、侧边厚度都标在图里。',
    '内衬是顺滑的棉布，颜色比外面深一点。',
    '五金为拉丝金属，拉头够长，戴手套也能拉。',
    '能放下十三寸电脑内胆、一瓶水和一件薄外套。',
    '下单前请对照自己手里的包比较一下尺寸。',
    '外面用干布擦拭即可，不要机洗。',
    '底部有四个小脚钉，放地上不怕脏。',
    '自然光和室内灯光下颜色会略有差别。',
  ],
  beauty: [
    '早晚洁面后取适量涂抹，避开眼周。',
    '初次使用前请在手腕内侧做个小面积测试。',
    '开封后请放在阴凉处，避免阳光直射。',
    '质地轻薄，一分钟左右吸收，不油腻。',
    '批号和保质期印在瓶底。',
    '味道描述仅代表个人感受，每个人鼻子不一样。',
    '仅供外用，请放在儿童拿不到的地方。',
    '全成分表在最后一张图，过敏体质请先看清楚。',
    '开封后十二个月内用完。',
    '一颗豌豆大小就够全脸和脖子用。',
  ],
  kitchen: [
    '建议手洗，可以长久保持表面光泽。',
    '图中标的是口径和高度，单位厘米。',
    '带金边的款式不能进微波炉。',
    '第一次用开水时请慢慢倒，让玻璃均匀受热。',
    '容量按满口计算，实际能装的稍少一些。',
    '用不掉毛的布擦干可以避免水渍。',
    '可以叠放，普通橱柜就能收纳。',
    '每一件打包前都检查过有没有磕碰和裂纹。',
    '装热饮时把手不烫手。',
    '适用常见尺寸的锥形滤纸。',
  ],
  sport: [
    '每次出发前请检查所有部件，有磨损及时更换。',
    '重量是用厨房秤称的，可能有几克误差。',
    '海钓后请用清水冲洗，放阴凉处晾干。',
    '尺码正常，请参考图中的尺码表。',
    '新手和老手都适合。',
    '存放时远离溶剂、电池和热源。',
    '线容量和速比印在侧盖上。',
    '首次使用前请阅读随附的使用说明。',
    '上周末在本地步道和室内岩馆都试过。',
    '配件丢了可以单独购买。',
  ],
  ride: [
    '没有专用工具的话建议去店里安装。',
    '下单前请对照车辆手册核对零件号。',
    '胎压请按门框或前叉上的标签来打。',
    '尺寸和载重指数印在胎侧。',
    '刚装好的前几公里请慢骑，让部件磨合。',
    '扭矩数值见说明书，碳纤维件不要拧过紧。',
    '电池从空到满大约四个小时。',
    '车架尺码参考：身高一米七以下选小号，一米八以下选中号。',
    '可以约时间自提，否则走物流托运。',
    '挡泥板和车灯可以用原有的安装孔加装。',
  ],
  tech: [
    '连接手机应用后可以升级固件。',
    '插头为欧标，其他插座需要转换头。',
    '支持一百到二百四十伏，待机功耗很低。',
    '按应用里的引导操作，十分钟左右就能设置好。',
    '下单前请确认与自己的系统兼容。',
    '附带的线长约一米五。',
    '拍照前屏幕和外壳都用超细纤维布擦过。',
    '数据保存在本地，云账号可选。',
    '尺寸和重量见参数图。',
    '运行声音很小，放卧室晚上也不吵。',
  ],
  tools: [
    '用完在轴心处点一点油，刀刃擦干。',
    '握把适合中大号手型，左撇子请先咨询。',
    '笔尖尺寸刻在笔尖上，标题里也写了。',
    '不含墨水，可以用普通瓶装墨水。',
    '剪的时候避开石头和铁丝，以免崩口。',
    '合帽和插帽长度在图中用尺子量给大家看了。',
    '请按说明书拆装，以免损坏。',
    '修枝和剪花都很顺手。',
    '换颜色时用温水冲洗干净。',
    '锁扣可以把刀刃合住，放口袋或抽屉都安全。',
  ],
  wear: [
    '模特身高一米七八，穿中号偏宽松。',
    '尺码为欧码，请看尺码表里的内长。',
    '冷水轻柔洗，平铺晾干。',
    '鞋底是缝线工艺，以后可以找鞋匠换底。',
    '皮面穿几周后会变软，更贴合脚型。',
    '袖长是从肩线量到袖口。',
    '羊毛面料可以连续穿几天再洗。',
    '图片在窗边自然光下拍摄。',
    '前后都有提拉环，穿脱方便。',
    '半码的朋友大多选大一码。',
  ],
  kids: [
    '配新生儿垫可从出生使用，承重约二十二公斤。',
    '布套可拆，三十度水洗。',
    '请务必系好安全带，不要让孩子独自留在车内。',
    '适合二到八人，十岁以上。',
    '熟悉规则后一局大约十五分钟。',
    '折叠尺寸已标出，可以先量一下后备箱。',
    '含小零件，不适合三岁以下儿童。',
    '规则书为英文，其他语言可以下载。',
    '轮子是免充气发泡轮，砂石路也好推。',
    '所有卡牌发货前都点过数。',
  ],
  game: [
    '区域和平台写在标题里，下单前请核对。',
    '接显像管电视和新电视加转换器都测试过。',
    '电源为英标插头。',
    '线材如图所示，其他没有。',
    '键盘按键一个个清洁过。',
    '卡带一次就能读，存档正常。',
    '用原装线画面稳定。',
    '游戏时长和成就取决于平台账号。',
    '可以在平台消息里发一段运行视频。',
    '图片为实物拍摄，按图发货。',
  ],
  media: [
    '区域码和格式印在封底。',
    '片长以封套标注为准。',
    '字幕：按封套所写为英文和中文。',
    '普通播放机可以播放，请核对区域码。',
    '曲目表见图片。',
    '内页有一篇文章和演职员表。',
    '在我的播放机上试过，不跳碟。',
    '画面比例和音轨格式印在背面。',
    '国内快递可查物流。',
    '多张可以合并运费。',
  ],
};
const ZH_SHOP = [
  '付款后两个工作日内发货。',
  '有问题请在平台消息里先问清楚再拍。',
  '未使用的话十四天内可以退。',
  '快递单号当天晚上上传。',
  '所有图片都是描述的一部分，请仔细看。',
  '周末可以同城自提。',
  '只走平台付款。',
  '偏远地区运费另议。',
  '谢谢光临，祝生活愉快。',
  '下班后晚上统一回复消息。',
  '家里无烟无宠物。',
  '港澳台地区大约一周到。',
  '收到货满意的话请给个好评。',
  '和店里其他宝贝可以合并运费。',
  '尺寸为手工测量，略有误差。',
  '支持驿站和快递柜。',
  '周末的订单周一上午发出。',
  '如有与描述不符，请先联系我处理。',
  '价格以页面显示为准。',
  '需要发票请留言。',
];

function pool(lang, family) {
  const fam = (lang === 'zh' ? ZH : EN)[FAMILY[family] ?? family] ?? (lang === 'zh' ? ZH.tech : EN.tech);
  const shop = lang === 'zh' ? ZH_SHOP : EN_SHOP;
  return { fam, shop };
}

export function longBoiler(lang, family, insert, rng) {
  const { fam, shop } = pool(lang, family);
  const sentences = [...rng.pickN(fam, rng.int(5, fam.length)), ...rng.pickN(shop, rng.int(6, 14))];
  const sep = lang === 'zh' ? '' : ' ';
  const target = rng.int(860, 2400);
  const chosen = [];
  for (const s of sentences) {
    chosen.push(s);
    if (byteLen(chosen.join(sep)) >= target) break;
  }
  let i = 0;
  while (byteLen(chosen.join(sep)) < 820) chosen.push(shop[i++ % shop.length]);
  let cueOffset = -1;
  if (insert) {
    const pos = rng.int(1, Math.max(1, chosen.length - 1));
    chosen.splice(pos, 0, insert);
    cueOffset = pos;
  }
  // paragraphs of three to five sentences
  const paras = [];
  let cur = [];
  for (const s of chosen) {
    cur.push(s);
    if (cur.length >= rng.int(3, 5)) {
      paras.push(cur.join(sep));
      cur = [];
    }
  }
  if (cur.length) paras.push(cur.join(sep));
  let text = paras.join('\n\n');
  while (byteLen(text) > 2990) text = text.slice(0, -1);
  return { text, cueOffset };
}

export function shortDesc(lang, family, insert, rng) {
  const { fam, shop } = pool(lang, family);
  const parts = [rng.pick(fam), ...(rng.chance(0.5) ? [rng.pick(shop)] : [])];
  if (insert) parts.splice(rng.int(0, parts.length), 0, insert);
  return parts.join(lang === 'zh' ? '' : ' ');
}
