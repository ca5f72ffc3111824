// Neutral description sentences for test-v15 (no brand names, no quality or maker claims, no packaging,
// receipts, presents, stock levels or urgency). Written fresh for this set.
import { byteLen } from './lib.js';

const FAM = {
  kitchenware: 'kitchen',
  'home-appliances': 'kitchen',
  audio: 'audio',
  apparel: 'wear',
  shoes: 'wear',
  'sports-equipment': 'sport',
  'outdoor-gear': 'sport',
  bicycles: 'sport',
  tools: 'art',
  toys: 'toys',
  'pet-supplies': 'pet',
  'baby-products': 'baby',
  'auto-parts': 'car',
  tyres: 'car',
  batteries: 'power',
  software: 'digital',
  'video-games': 'digital',
  'game-consoles': 'retro',
  fragrance: 'scent',
  furniture: 'home',
  'film-tv': 'disc',
  music: 'disc',
  books: 'home',
  cameras: 'audio',
  'computer-accessories': 'digital',
};

const EN = {
  kitchen: [
    'The controls are simple and the manual explains each setting step by step.',
    'It wipes clean with a damp cloth; the removable parts can go in the dishwasher on a low setting.',
    'Please check the plug type and voltage for your country before ordering.',
    'Measurements are in the photos; it fits on a standard worktop under the wall cabinets.',
    'We tested it on the counter before listing: it powers on and runs through every mode.',
    'Works well for small households and for people who cook every day.',
    'The lid locks firmly and the base stays put on a smooth surface.',
  ],
  audio: [
    'Connections are on the rear panel and are shown in the third photo.',
    'Tested with a pair of studio monitors and a laptop; every channel works.',
    'The settings menu is in English and the firmware can be updated over USB.',
    'Please allow a few days of use before judging the sound, as with any new gear.',
    'The footprint is small enough for a desk or a booth shelf.',
    'Cables shown are for testing only and are not part of the sale unless mentioned.',
    'Knobs turn smoothly and the pads respond evenly across the surface.',
  ],
  wear: [
    'Sizes run true; the measurements taken flat are listed under the photos.',
    'Hand wash or gentle cycle, dry flat away from direct heat.',
    'Colours can look slightly different on different screens.',
    'The model in the photos is 178 cm and wears a medium.',
    'Zips, buttons and seams were checked one by one before listing.',
    'A good layer for cold mornings, city walks and weekend trips.',
    'Please ask for any extra measurement before you buy, I reply within a day.',
  ],
  sport: [
    'Please check the sizing chart carefully, fit is personal.',
    'Suitable for weekend use as well as regular training.',
    'Weight and dimensions are listed in the last photo.',
    'Collection is possible if you are nearby, otherwise it ships insured.',
    'Setup takes a few minutes with the tools that are listed below.',
    'Maintenance is easy: wipe after use and store it dry.',
    'Check local rules for use in your area before riding or shooting.',
  ],
  art: [
    'Pigments are lightfast and blend well on cold-pressed paper.',
    'Ideal for sketching outdoors, journaling and studio work.',
    'The colour chart in the photos was painted on 300 gsm paper.',
    'Lead and ink flow were tested on an ordinary notebook page.',
    'Each item is numbered so you can reorder single colours later.',
    'Suitable for students, hobby painters and illustrators.',
    'Store away from sunlight and keep caps closed after use.',
  ],
  toys: [
    'Suitable for ages 8 and up; small parts, not for toddlers.',
    'Measurements are shown next to a ruler in the photos.',
    'The figures come unassembled and unpainted unless stated.',
    'It makes a nice display piece on a shelf or desk.',
    'Soft to touch and washable on a cold cycle inside a laundry bag.',
    'Sets can be combined with others from the same series.',
    'Please look at every photo, what you see is what you receive.',
  ],
  pet: [
    'Suitable for small and medium tanks; flow can be adjusted.',
    'Feeding guide is printed on the back, adjust to your animal.',
    'Runs quietly, we could not hear it from the next room.',
    'Best before date is at least ten months away.',
    'Rinse the media in tank water, never under the tap.',
    'Transition slowly over a week when you change diets.',
    'Spare parts are easy to find and fit without tools.',
  ],
  baby: [
    'Please follow the preparation instructions on the tin exactly.',
    'Adjustable for newborns up to toddlers, see the weight chart.',
    'Machine washable at 30 degrees, line dry.',
    'Best before date is shown in the second photo.',
    'Ask your health visitor or paediatrician before changing formula.',
    'The straps and buckles were checked and work smoothly.',
    'Suitable for front and back carrying positions as in the manual.',
  ],
  car: [
    'Please check the size on your sidewall before ordering.',
    'Apply on a cool panel out of direct sunlight, then buff with a microfibre cloth.',
    'Fitting and balancing can be arranged at a local garage.',
    'DOT date code is listed under the photos.',
    'One bottle covers several full washes of a mid-size car.',
    'Safe on paint, glass and trim when used as directed.',
    'Collection from our unit or courier delivery, your choice.',
  ],
  power: [
    'Charges from a wall socket, a car outlet or solar panels.',
    'Tested at full load with a kettle and a small fridge before listing.',
    'Cycle count and battery health are shown on the screen photo.',
    'Works for camping weekends, van trips and short power cuts.',
    'Please check the input limits before connecting panels in series.',
    'The display shows input and output watts and remaining time.',
    'Keep it between 20 and 80 percent for long storage.',
  ],
  digital: [
    'Delivery is by e-mail after payment, please check your spam folder.',
    'Check the system requirements on the product page before buying.',
    'Region and platform are stated in the title, please read them.',
    'Activation instructions are sent together with the order details.',
    'Works on Windows 10 and 11; other systems as listed.',
    'Please message me if anything is unclear before you pay.',
    'Language options include English, German, Spanish and Chinese.',
  ],
  retro: [
    'Tested on a CRT set over RF; the picture is stable after warming up.',
    'Controllers respond on every button, keypad overlays not included.',
    'Some yellowing on the case, see photos in daylight.',
    'A piece of computing history for collectors of early home consoles.',
    'The power supply is the original type for 110 V; use a converter elsewhere.',
    'Cartridge slot contacts were cleaned with isopropyl alcohol.',
    'Ships well padded in a double box.',
  ],
  scent: [
    'Opening of citrus and spice that settles into wood and amber.',
    'Longevity depends on skin; on me it lasts most of the day.',
    'Spray on pulse points from a short distance.',
    'The bottle in the photos is the one you receive.',
    'Store away from heat and sunlight to keep the scent stable.',
    'A warm evening scent that also works in cooler weather.',
    'Samples can be decanted on request for a small fee.',
  ],
  home: [
    'Dimensions and cable length are listed under the photos.',
    'Bulb type is noted in the specifications, use warm white for the best light.',
    'Assembly takes a few minutes and needs no tools.',
    'It suits living rooms, reading corners and studios.',
    'Collection in person is welcome, or it ships by courier.',
    'Please check the plug type for your country.',
    'Clean with a soft dry cloth only.',
  ],
  disc: [
    'Region and format are listed in the title.',
    'Playback was tested on a standard player before listing.',
    'Tracklist and runtime are in the photos.',
    'Ships in a padded mailer.',
    'Subtitles and audio options as printed on the back of the case.',
    'Please check that your player supports this region.',
    'A good addition to any collection of independent releases.',
  ],
};

const ZH = {
  kitchen: [
    '操作简单，说明书每个功能都有图文步骤。',
    '拆下来的配件可以直接冲洗，机身用湿布擦一下就干净。',
    '下单前请确认插头规格和电压，国内家用电源直接可用。',
    '尺寸看图，普通橱柜台面放得下，不占地方。',
    '上架前我们通电试过，各个档位都正常运转。',
    '适合两三口之家，每天做饭的朋友用起来很顺手。',
    '盖子锁得牢，底座在光滑台面上也不会滑动。',
  ],
  audio: [
    '接口都在背板，第三张图可以看清楚。',
    '接监听音箱和电脑测过，每个通道都有声音。',
    '菜单支持中文和英文，固件可以通过USB升级。',
    '新设备建议先用几天再评价声音。',
    '体积不大，桌面或者机柜都放得下。',
    '图中线材只是测试用，不在出售范围内，除非另有说明。',
    '旋钮手感顺滑，打击垫力度响应均匀。',
  ],
  wear: [
    '尺码标准，平铺测量数据在图片下方。',
    '建议手洗或轻柔模式，平铺晾干，避免暴晒。',
    '不同屏幕显示颜色会略有差异，以实物为准。',
    '模特身高一米七八，穿M码。',
    '拉链、纽扣、走线上架前逐一检查过。',
    '秋冬早晚出门、周末短途都合适。',
    '需要其他尺寸数据请先留言，一天内回复。',
  ],
  sport: [
    '请仔细对照尺码表，合适与否因人而异。',
    '周末休闲和日常训练都可以用。',
    '重量和尺寸见最后一张图。',
    '同城可以自提，外地发货保价。',
    '安装几分钟就好，所需工具见下方说明。',
    '保养简单，用完擦干净放干燥处。',
    '使用前请了解当地相关规定。',
  ],
  art: [
    '颜料耐光性好，在冷压纸上混色自然。',
    '适合户外写生、手账和画室练习。',
    '图中色卡是在三百克水彩纸上画的。',
    '笔芯和出水在普通笔记本上试过，很顺。',
    '每支都有编号，以后可以单支补色。',
    '学生、绘画爱好者和插画师都适用。',
    '避免阳光直射，用完记得盖好笔帽。',
  ],
  toys: [
    '适合八岁以上，含小零件，不适合幼儿。',
    '尺寸在图片里用尺子比过。',
    '模型未组装未上色，除非另有说明。',
    '放在书架或桌面当摆件很好看。',
    '手感柔软，可以装洗衣袋冷水洗。',
    '可以和同系列其他套装一起玩。',
    '请看清每一张图，所见即所得。',
  ],
  pet: [
    '适合中小型鱼缸，流量可以调节。',
    '喂食量见背面说明，按宠物情况调整。',
    '运行很安静，隔壁房间完全听不到。',
    '保质期还有十个月以上。',
    '滤材请用缸里的水冲洗，不要用自来水。',
    '换粮请用一周时间慢慢过渡。',
    '配件好找，不用工具就能装上。',
  ],
  baby: [
    '冲调请严格按照罐身说明操作。',
    '新生儿到幼儿都可以调节使用，体重范围见图。',
    '可以机洗三十度，自然晾干。',
    '保质期见第二张图。',
    '更换奶粉前请咨询儿科医生。',
    '肩带和卡扣都检查过，使用顺滑。',
    '支持前抱和后背，具体姿势看说明书。',
  ],
  car: [
    '下单前请核对轮胎侧面的规格。',
    '在阴凉处对冷车漆操作，然后用超细纤维布擦亮。',
    '可以到附近门店安装和做动平衡。',
    '生产日期码见图片下方。',
    '一瓶可以用好几次，中型车完全够。',
    '按说明使用，对车漆、玻璃和饰条都安全。',
    '可以到店自提，也可以快递。',
  ],
  power: [
    '支持市电、车充和太阳能板三种充电方式。',
    '上架前满载测试过，带电水壶和小冰箱没问题。',
    '循环次数和电池健康度见屏幕照片。',
    '露营、自驾和临时停电都用得上。',
    '太阳能板串联前请先确认输入上限。',
    '屏幕显示输入输出功率和剩余时间。',
    '长期存放建议保持百分之二十到八十电量。',
  ],
  digital: [
    '付款后通过邮件发货，请留意垃圾邮件箱。',
    '购买前请确认电脑配置是否满足要求。',
    '区域和平台已写在标题里，请看清楚。',
    '激活步骤会和订单信息一起发送。',
    '支持Win10和Win11，其他系统以说明为准。',
    '有不清楚的地方请付款前先咨询。',
    '语言支持中文、英文、德文和西班牙文。',
  ],
  retro: [
    '接显像管电视射频输出测试，预热后画面稳定。',
    '手柄每个按键都有反应，键盘贴片不包含。',
    '外壳有些发黄，请看自然光下的照片。',
    '早期家用主机收藏者可以看看。',
    '原装电源是一百一十伏，国内使用需要变压器。',
    '卡槽触点用酒精清洁过。',
    '双层纸箱加气泡膜发货。',
  ],
  scent: [
    '前调柑橘和香料，之后转为木质和琥珀。',
    '留香因肤质而异，我自己能留大半天。',
    '近距离喷在手腕和耳后。',
    '图中这瓶就是你收到的那瓶。',
    '避光避热保存，香味更稳定。',
    '偏温暖的晚间香，天冷的时候也很好用。',
    '需要小样可以分装，收少量费用。',
  ],
  home: [
    '尺寸和线长见图片下方。',
    '灯泡规格见参数，建议用暖白光。',
    '几分钟就能装好，不需要工具。',
    '客厅、阅读角和工作室都合适。',
    '欢迎上门自提，也可以快递。',
    '请确认插头规格是否适用。',
    '只用软干布擦拭。',
  ],
  disc: [
    '区码和格式已写在标题里。',
    '上架前在普通播放机上试播过。',
    '曲目和片长见图片。',
    '气泡袋包装发货。',
    '字幕和音轨以封底印刷为准。',
    '请确认您的播放机支持该区码。',
    '喜欢独立作品的朋友可以收藏。',
  ],
};

const SHOP_EN = [
  'Dispatch within two working days from our address shown on the profile.',
  'Returns are accepted within 14 days if the item is unused.',
  'Combined postage for multiple items, just ask before paying.',
  'Feel free to ask questions, I answer most messages the same evening.',
  'Tracked shipping is used for every parcel.',
  'Local pickup is possible on weekday evenings.',
  'Please read the full description and look at all photos before buying.',
  'Import duties for buyers outside the country are the buyer’s responsibility.',
  'Payment through the platform only.',
  'I list other items in the same category, have a look at my page.',
  'We are a small shop run by two people, thanks for your patience.',
  'Delivery usually takes three to seven days depending on the region.',
  'If anything arrives damaged in transit, message us with photos and we will sort it out.',
  'Smoke-free and pet-free home.',
];
const SHOP_ZH = [
  '下单后两个工作日内发货。',
  '未使用七天内支持退换。',
  '多件可以合并运费，付款前问一下。',
  '有问题随时留言，晚上基本都会回复。',
  '全部走有物流单号的快递。',
  '同城工作日晚上可以自提。',
  '购买前请看完描述和全部图片。',
  '偏远地区运费另议。',
  '只走平台交易。',
  '店里还有同类的东西，可以进店看看。',
  '小店两个人打理，回复慢请见谅。',
  '一般三到七天送达，看地区。',
  '运输途中如有损坏，拍照联系我们处理。',
  '无烟无宠物家庭。',
];

const famOf = (family) => (EN[family] ? family : (FAM[family] ?? 'home'));

export function shortDesc(lang, family, insert, rng) {
  const f = famOf(family);
  const pool = lang === 'zh' ? ZH[f] : EN[f];
  const shop = lang === 'zh' ? SHOP_ZH : SHOP_EN;
  const parts = rng.pickN(pool, rng.int(1, 2));
  if (rng.chance(0.5)) parts.push(rng.pick(shop));
  if (insert) parts.splice(rng.int(Math.min(1, parts.length), parts.length), 0, insert);
  return parts.join(lang === 'zh' ? '' : ' ');
}

export function longBoiler(lang, family, insert, rng, condition) {
  const f = famOf(family);
  const zh = lang === 'zh';
  const fam = rng.shuffle((zh ? ZH[f] : EN[f]).slice());
  const shop = rng.shuffle((zh ? SHOP_ZH : SHOP_EN).slice());
  const cond =
    condition === 'used'
      ? zh
        ? '二手自用，正常使用痕迹，功能一切正常。'
        : 'Used and working, with normal signs of use.'
      : condition === 'refurbished'
        ? zh
          ? '翻新品，已清洁检测。'
          : 'Refurbished, cleaned and checked.'
        : zh
          ? '全新未使用。'
          : 'New and unused.';
  const target = rng.int(zh ? 880 : 850, zh ? 1700 : 1600);
  const sents = [cond, ...fam];
  let si = 0;
  while (byteLen(sents.join(' ')) < target && si < shop.length) sents.push(shop[si++]);
  // if still short, repeat the family sentences in a second order
  let k = 0;
  while (byteLen(sents.join(' ')) < target && k < fam.length) sents.push(fam[fam.length - 1 - k++]);
  let cueOffset = -1;
  if (insert) {
    const pos = rng.int(2, Math.max(2, sents.length - 2));
    sents.splice(pos, 0, insert);
  }
  // paragraphs of 2-4 sentences
  const paras = [];
  let i = 0;
  while (i < sents.length) {
    const n = rng.int(2, 4);
    paras.push(sents.slice(i, i + n).join(zh ? '' : ' '));
    i += n;
  }
  let text = paras.join('\n\n');
  while (byteLen(text) > 3000) text = text.slice(0, text.lastIndexOf('\n\n'));
  if (insert) cueOffset = text.indexOf(insert);
  return { text, cueOffset };
}
