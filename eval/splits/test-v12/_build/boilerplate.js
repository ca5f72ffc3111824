// Description sentences for generated rows, English and Chinese, per product family. No sentence names a brand,
// claims quality or a maker, or mentions packaging, receipts or gifts (those are cues elsewhere).
import { byteLen } from './lib.js';

export const FAMILY_OF_BRAND = {
  grohe: 'bath',
  geberit: 'bath',
  dulux: 'paint',
  'nippon-paint': 'paint',
  fermob: 'furniture',
  tempur: 'furniture',
  emma: 'furniture',
  triumph: 'intimate',
  intimissimi: 'intimate',
  seafolly: 'intimate',
  wacoal: 'intimate',
  retrosuperfuture: 'eyewear',
  ghd: 'hair',
  babyliss: 'hair',
  moroccanoil: 'hair',
  opi: 'nail',
  cnd: 'nail',
  rasasi: 'perfume',
  'arabian-oud': 'perfume',
  ajmal: 'perfume',
  'mariage-freres': 'kitchen',
  fissler: 'kitchen',
  happycall: 'kitchen',
  cuckoo: 'kitchen',
  'klean-kanteen': 'kitchen',
  owala: 'kitchen',
  'royal-selangor': 'kitchen',
  kokuyo: 'stationery',
  zebra: 'stationery',
  monami: 'stationery',
  marklin: 'hobby',
  kato: 'hobby',
  traxxas: 'hobby',
  mares: 'water',
  'rip-curl': 'water',
  callaway: 'sport',
  concept2: 'sport',
  ergobaby: 'baby',
  babybjorn: 'baby',
  phonak: 'hearing',
  meguiars: 'moto',
  shoei: 'moto',
  agv: 'moto',
  gogoro: 'moto',
  lippi: 'fashion',
  kuna: 'fashion',
  prune: 'fashion',
  'christie-brown': 'fashion',
  solerebels: 'fashion',
  mcneel: 'digital',
  nexon: 'digital',
  nec: 'digital',
  wrenfield: 'disc',
  saltbarrow: 'disc',
  baihua: 'disc',
};

const FAM = {
  bath: {
    en: [
      'Standard half-inch connections, fits most basins and wall outlets in Europe and Asia.',
      'Installation by a qualified plumber is recommended; a fitting guide with diagrams is included.',
      'Flow rate and water pressure details are in the specification photo.',
      'Please check your tap hole diameter and the distance to the wall before ordering.',
    ],
    zh: [
      '标准4分接口，适配大部分台盆和墙面出水口。',
      '建议由专业水电师傅安装，附安装示意图。',
      '流量和水压参数见详情图，购买前请确认家中水压。',
      '下单前请测量台面开孔直径和到墙距离。',
    ],
  },
  paint: {
    en: [
      'Coverage is roughly 12 to 14 square metres per litre per coat on smooth primed walls.',
      'Touch dry in two hours, recoat after four; two coats recommended.',
      'Tinted to order, so please double-check the colour name and code before you pay.',
      'Stir well before use and keep the lid sealed between coats.',
    ],
    zh: [
      '每升约可涂刷12-14平方米（单遍，墙面需平整并做好底漆）。',
      '表干约2小时，间隔4小时可涂第二遍，建议刷两遍。',
      '调色漆为下单后调配，请再次确认色号。',
      '使用前充分搅拌，施工间隙请盖紧桶盖。',
    ],
  },
  furniture: {
    en: [
      'Assembly takes about ten minutes, no tools needed for most parts.',
      'Suitable for balconies, terraces and small gardens; store indoors over winter for a longer life.',
      'Dimensions and weight are listed in the last photo.',
      'Delivery is by courier to the door; larger pieces need someone at home to sign.',
    ],
    zh: [
      '安装简单，大部分部件无需工具，十分钟左右完成。',
      '适合阳台、露台和小花园，冬季建议收回室内存放。',
      '尺寸和重量见最后一张图。',
      '大件物流送货上门，需有人签收。',
    ],
  },
  intimate: {
    en: [
      'Please check the size chart; the band runs true to size and the cups are moulded.',
      'Hand wash cold or use a laundry bag on a delicate cycle, do not tumble dry.',
      'Hygiene note: intimate items cannot be returned once worn.',
      'Fabric composition is printed on the care label shown in the photos.',
    ],
    zh: [
      '请参考尺码表选购，底围标准，模杯设计。',
      '建议冷水手洗或装洗衣袋轻柔洗涤，勿烘干。',
      '贴身衣物拆封试穿后不支持退换，敬请谅解。',
      '面料成分见洗标图。',
    ],
  },
  eyewear: {
    en: [
      'Lens width, bridge and temple length are listed in the photos.',
      'Category 3 lenses with full UV400 protection.',
      'Comes with a soft cleaning cloth and a pouch.',
      'Frames can be adjusted by any optician if they sit too tight.',
    ],
    zh: [
      '镜片宽度、鼻梁和镜腿长度见图片。',
      '3级镜片，UV400防紫外线。',
      '附眼镜布和眼镜袋。',
      '如佩戴偏紧可到眼镜店免费调整。',
    ],
  },
  hair: {
    en: [
      'Universal voltage 100–240 V; a plug adapter may be needed outside the country of sale.',
      'Always use a heat protection spray before styling.',
      'Let the plates cool down fully before storing.',
      'Apply a small amount to towel-dried lengths and style as usual.',
    ],
    zh: [
      '全球通用电压100-240V，部分地区需转换插头。',
      '造型前建议使用隔热喷雾。',
      '使用后待完全冷却再收纳。',
      '取适量涂抹于半干发尾，按平常方式造型即可。',
    ],
  },
  nail: {
    en: [
      'Apply a base coat first, then two thin coats of colour and a top coat.',
      'Gel shades need an LED or UV lamp to cure.',
      'Shake gently before use; store away from direct sunlight.',
      'Shade swatches in the photos are on a natural nail, two coats.',
    ],
    zh: [
      '先涂底油，再薄涂两层颜色，最后上亮油。',
      '甲油胶需用LED/UV灯照射固化。',
      '使用前轻轻摇匀，避免阳光直射保存。',
      '色卡为真甲两层效果。',
    ],
  },
  perfume: {
    en: [
      'Spray on pulse points from about fifteen centimetres away.',
      'Notes listed in the photos: top, heart and base.',
      'Shipped by ground only because of airline rules for fragrances.',
      'Longevity depends on skin type and weather.',
    ],
    zh: [
      '距离皮肤约15厘米喷于手腕、耳后等脉搏处。',
      '前中后调见图片说明。',
      '香水属于液体，只能走陆运，时效稍慢请谅解。',
      '留香时间因肤质和天气而异。',
    ],
  },
  kitchen: {
    en: [
      'Dishwasher safe unless stated otherwise in the care notes.',
      'Suitable for gas, electric and induction hobs where marked.',
      'Capacity and dimensions are in the specification photo.',
      'Wash before first use and dry thoroughly.',
    ],
    zh: [
      '除特别说明外可放洗碗机清洗。',
      '燃气灶、电陶炉、电磁炉通用（以标注为准）。',
      '容量和尺寸见参数图。',
      '首次使用前请清洗并擦干。',
    ],
  },
  stationery: {
    en: [
      'Popular with students for lecture notes and bullet journals.',
      'Ink dries quickly and does not bleed through standard paper.',
      'Refills are available separately in the shop.',
      'Bulk orders for schools and offices are welcome.',
    ],
    zh: [
      '学生党记笔记、做手帐都很好用。',
      '墨水速干，普通纸张不易洇墨。',
      '店内另有替芯单独出售。',
      '学校和公司批量采购可联系客服。',
    ],
  },
  hobby: {
    en: [
      'Runs on standard track; minimum radius is listed in the photos.',
      'Batteries and charger not included unless stated.',
      'Recommended for ages 14 and up; contains small parts.',
      'Spare parts are easy to find for this model.',
    ],
    zh: [
      '适用标准轨道，最小转弯半径见图。',
      '如无特别说明，不含电池和充电器。',
      '建议14岁以上使用，含小零件。',
      '这款配件好找，维修方便。',
    ],
  },
  water: {
    en: [
      'Rinse in clean tap water after every dive or surf session and dry in the shade.',
      'Check the size chart carefully; neoprene should fit snugly.',
      'Suitable for temperate water between 14 and 19 degrees.',
      'Strap and buckle can be replaced separately.',
    ],
    zh: [
      '每次下水后用清水冲洗，阴凉处晾干。',
      '请仔细参考尺码表，潜水料贴身为宜。',
      '适合14-19度水温。',
      '绑带和卡扣可单独更换。',
    ],
  },
  sport: {
    en: [
      'Collection preferred because of the weight; courier delivery can be arranged.',
      'Specifications, loft and shaft flex are listed in the photos.',
      'Easy to fold and store when not in use.',
      'Suitable for home gyms and clubs.',
    ],
    zh: [
      '体积较大，优先同城自提，也可安排物流。',
      '杆身硬度、角度等参数见图片。',
      '不用时可折叠收纳，省空间。',
      '适合家庭健身房和俱乐部使用。',
    ],
  },
  baby: {
    en: [
      'Suitable from birth with the correct setting; please read the manual first.',
      'Machine washable at 30 degrees.',
      'Meets current safety standards; check your baby’s position regularly.',
      'Weight range and age guidance are shown in the photos.',
    ],
    zh: [
      '按说明书正确调节后新生儿即可使用。',
      '可机洗，水温30度。',
      '符合现行安全标准，使用时请留意宝宝姿势。',
      '适用体重和月龄见图片。',
    ],
  },
  hearing: {
    en: [
      'Must be fitted and programmed by a hearing care professional.',
      'Rechargeable, a full charge lasts about a day.',
      'Colour and receiver size are shown in the photos.',
      'Bluetooth streaming works with most recent phones.',
    ],
    zh: [
      '需要由验配师验配和调试后使用。',
      '充电款，充满电约可使用一天。',
      '颜色和受话器型号见图片。',
      '支持与大部分手机蓝牙直连。',
    ],
  },
  moto: {
    en: [
      'Please measure around your forehead and check the size chart.',
      'Meets ECE 22.06 where stated on the label.',
      'Work in the shade on a cool panel and buff off with a clean microfibre towel.',
      'Pickup available, or delivery by arrangement.',
    ],
    zh: [
      '请测量头围后对照尺码表选择。',
      '标签注明的款式符合ECE 22.06标准。',
      '请在阴凉处、车漆冷却后操作，用干净超细纤维毛巾擦净。',
      '可自提，也可约送。',
    ],
  },
  fashion: {
    en: [
      'Measurements laid flat are in the last photo.',
      'Hand made, so small variations in the weave or stitching are normal.',
      'Dry clean or hand wash cold.',
      'Model in the photo is 170 cm and wears a size M.',
    ],
    zh: [
      '平铺尺寸见最后一张图。',
      '手工制作，编织和走线有细微差异属正常现象。',
      '建议干洗或冷水手洗。',
      '模特身高170cm，穿M码。',
    ],
  },
  digital: {
    en: [
      'System requirements are listed in the photos.',
      'Delivered by email or chat within 24 hours of payment.',
      'Tested on a CRT and a modern TV.',
      'Please make sure your region and platform match before buying.',
    ],
    zh: [
      '配置要求见图片。',
      '付款后24小时内发送。',
      '已在显像管电视和液晶电视上测试。',
      '购买前请确认地区和平台一致。',
    ],
  },
  disc: {
    en: [
      'Region and format are listed in the photos.',
      'Plays on standard players; please check your region before buying.',
      'Running time and languages are in the specifications.',
      'Sent in a padded mailer.',
    ],
    zh: [
      '区码和格式见图片。',
      '普通播放器可播放，请先确认区码。',
      '片长和语言见参数。',
      '使用加厚气泡袋邮寄。',
    ],
  },
};

const GEN = {
  en: [
    'Ships within two working days, tracked.',
    'Please check the measurements in the photos before you order.',
    'Colours may look slightly different on different screens.',
    'Combined postage available if you buy more than one item, just ask.',
    'Message me with any questions before buying, I usually reply within a few hours.',
    'Smoke-free and pet-free home.',
    'Returns accepted within 14 days if unused and in the condition it was sent.',
    'Everything is wrapped carefully before it goes out.',
    'Local pickup is possible on weekends by arrangement.',
    'Payment within three days of the sale ending, please.',
    'International buyers: import duties are not included in the price.',
    'Photos taken in daylight without filters.',
    'Dispatch cut-off is 2 pm on weekdays; later orders go out the next day.',
    'Feedback is appreciated and I always leave it in return.',
    'If something is not right, contact me first and we will sort it out.',
    'Please read the full description; the photos form part of it.',
    'Standard shipping takes three to seven days depending on your area.',
    'Bundle offers are welcome.',
    'Weekend orders are sent on Monday morning.',
    'The post office is closed on public holidays, so please allow an extra day around them.',
    'Reasonable offers considered.',
    'Tracking number is uploaded as soon as the parcel is scanned.',
    'Please make sure your address and phone number are correct at checkout.',
    'I am not able to change the address after dispatch.',
  ],
  zh: [
    '下单后48小时内发货，默认中通快递。',
    '新疆、西藏等偏远地区需补邮费，请先咨询。',
    '图片为自然光拍摄，因显示器不同可能存在轻微色差。',
    '支持七天无理由退换，退回时请保持不影响二次销售。',
    '有任何问题请先联系客服，我们会第一时间处理。',
    '周末及节假日正常发货。',
    '多件可合并运费，拍下后等待改价。',
    '尺寸参数见详情页，手工测量存在1-2厘米误差。',
    '收到货后请当面检查，如有运输损坏请拍照联系我们。',
    '同城可自提，需提前预约时间。',
    '下午四点前付款当天发出。',
    '发货前会再次检查商品。',
    '顺丰需补差价，请联系客服备注。',
    '使用前请仔细阅读说明书。',
    '如需加急请留言。',
    '海外地区暂不发货。',
    '物流单号发货后自动上传，可在订单里查看。',
    '下单时请核对收货地址和电话。',
    '发货后无法修改地址，请谅解。',
    '确认收货前请检查商品，有问题随时沟通。',
  ],
};

const USED = {
  en: [
    'Used, with light signs of wear as shown.',
    'Cleaned before listing.',
    'Please look at the photos closely, they show the actual item.',
    'Sold as seen; I have described any marks I could find.',
  ],
  zh: [
    '自用闲置，成色如图。',
    '出售前已清洁。',
    '正常使用痕迹，介意勿拍。',
    '图片为实物，瑕疵已在描述中说明。',
  ],
};

function pickSentences(lang, family, rng, condition, minBytes, maxBytes) {
  const fam = FAM[family] ?? FAM.kitchen;
  const pool = [
    ...rng.pickN(fam[lang], rng.int(2, 4)),
    ...(condition === 'used' || condition === 'refurbished' ? rng.pickN(USED[lang], 2) : []),
  ];
  const gen = rng.shuffle(GEN[lang].slice());
  const out = pool.slice();
  let i = 0;
  const join = (arr) => arr.join(lang === 'zh' ? '' : ' ');
  while (byteLen(join(out)) < minBytes && i < gen.length) out.push(gen[i++]);
  while (out.length > 3 && byteLen(join(out)) > maxBytes) out.pop();
  return out;
}

/** A long description (about 800-2,400 bytes) with `insert` placed somewhere after the first sentence. */
export function longBoiler(lang, family, insert, rng, condition) {
  const target = rng.int(850, 1900);
  const sents = pickSentences(lang, family, rng, condition, target, 2600);
  let cueOffset = -1;
  if (insert) {
    const pos = rng.int(1, Math.max(1, sents.length - 1));
    sents.splice(pos, 0, insert);
    cueOffset = pos;
  }
  const sep = lang === 'zh' ? '' : ' ';
  // paragraphs of two to four sentences
  const paras = [];
  let cur = [];
  for (const s of sents) {
    cur.push(s);
    if (cur.length >= rng.int(2, 4)) {
      paras.push(cur.join(sep));
      cur = [];
    }
  }
  if (cur.length) paras.push(cur.join(sep));
  return { text: paras.join('\n'), cueOffset };
}

/** A short description (one to three sentences), with the insert when given. */
export function shortDesc(lang, family, insert, rng) {
  const fam = FAM[family] ?? FAM.kitchen;
  const s = [rng.pick(fam[lang])];
  if (insert) s.push(insert);
  if (rng.chance(0.5)) s.push(rng.pick(GEN[lang]));
  return s.join(lang === 'zh' ? '' : ' ');
}
