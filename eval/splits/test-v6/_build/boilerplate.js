// Seller-style description boilerplate for test-v6: openers, specs per category group, condition, shipping,
// returns, payment/store policy and closings, in English and Chinese. longBoiler() builds 800-3000 byte
// descriptions and can bury one inserted sentence (never first); shortDesc() builds one or two lines.
import { byteLen } from './lib.js';

const GROUP = {
  apparel: 'wear', shoes: 'wear', handbags: 'leather', 'small-leather-goods': 'leather', watches: 'watch', jewellery: 'watch', eyewear: 'eyewear',
  fragrance: 'beauty', cosmetics: 'beauty', phones: 'tech', 'phone-accessories': 'tech', computers: 'tech', 'computer-accessories': 'tech', audio: 'tech',
  cameras: 'photo', 'camera-lenses': 'photo', 'game-consoles': 'game', 'video-games': 'game', software: 'game', toys: 'toy', 'baby-products': 'toy',
  'outdoor-gear': 'outdoor', 'sports-equipment': 'outdoor', bicycles: 'bike', 'auto-parts': 'auto', tyres: 'auto', tools: 'tool', 'home-appliances': 'home',
  kitchenware: 'home', furniture: 'home', 'pet-supplies': 'pet', 'film-tv': 'media', music: 'media', books: 'media', batteries: 'tech', 'printer-supplies': 'tech',
  'health-supplements': 'beauty',
};

const EN = {
  open: [
    'Thanks for stopping by our shop!', 'Welcome to our store - please read the full description before you buy.', 'Hello and thank you for looking.',
    'Listing is for exactly what you see in the photos.', 'Hi all, clearing out a few things this month.', 'Great item, see details below.',
    'PLEASE READ BEFORE PURCHASING.', 'Family-run shop since 2011, trading online for over ten years.', 'Posting this for a friend who is moving overseas.',
    'Bought this and it is simply not for me, so passing it on.', 'Back in stock after a long wait!', 'New arrivals every Friday - follow the shop for updates.',
    'Quick sale wanted, reasonable offers considered.', 'Item as pictured, what you see is what you get.', 'We are a small independent retailer based in the city centre.',
    'All items are checked by hand before they are packed.', 'Hi there, thanks for your interest in this listing.', 'Selling on behalf of my uncle who runs a small shop.',
  ],
  spec: {
    wear: ['Size: please check the size chart in the last photo; fits true to size.', 'Upper: leather / textile as stated on the label.', 'Measurements taken flat, allow 1-2 cm difference.',
      'Sole in good shape, no separation.', 'Colour may look slightly different depending on your screen.', 'Material: see care label (composition shown in photo 6).',
      'Insole length approx. 27 cm.', 'Comes with dust bag where shown.', 'Machine wash cold, do not tumble dry.', 'Model is 180 cm and wears size M.'],
    leather: ['Dimensions: approx. 24 x 17 x 9 cm.', 'Adjustable strap, max drop 55 cm.', 'Interior: one zip pocket and one slip pocket.', 'Hardware: gold-tone / silver-tone as pictured.',
      'Leather: full grain calfskin.', 'Corners show normal wear only where described.', 'Magnetic closure works perfectly.', 'Fits a phone, cardholder, keys and small cosmetics pouch.',
      'Edge paint intact.', 'Belt width 3.5 cm, cut to size.'],
    watch: ['Case diameter: 38 mm, lug to lug 47 mm.', 'Movement keeps good time, checked on a timegrapher.', 'Crystal: sapphire, no chips.', 'Strap: leather, fits 16-20 cm wrist.',
      'Water resistance as stated on the caseback.', 'Clasp: pin buckle.', 'Dial clean, lume even.', 'Bracelet can be sized at any jeweller.', 'Chain length 42 cm with extension.',
      'Metal: 18k gold / sterling silver as stated.'],
    eyewear: ['Lens width 52 mm, bridge 18 mm, temple 140 mm.', 'Frame weight approx. 2 g.', 'Suitable for prescription lenses.', 'Comes with case and cleaning cloth.',
      'UV400 protection on sunglasses.', 'Hinges tight, no wobble.', 'Nose pads replaceable.', 'Demo lenses fitted, replace at your optician.'],
    beauty: ['Volume as stated on the box.', 'Batch code printed on the base of the bottle.', 'Store below 25 degrees, away from sunlight.', 'Use within 12 months of opening (PAO symbol on pack).',
      'Sealed in cellophane.', 'Ingredient list shown in photo 4.', 'Suitable for all skin types.', 'Expiry date: see photo, at least 18 months remaining.', 'Patch test recommended before use.'],
    tech: ['Storage and memory as stated in the title.', 'Battery health shown in the photos.', 'Plug type: please check your region before buying.', 'Firmware up to date.',
      'Includes USB-C cable; charger not included.', 'Bluetooth 5.3, multipoint supported.', 'Screen free of dead pixels.', 'Network: unlocked, works with all carriers.',
      'Driver size 40 mm, impedance 32 ohm.', 'All ports tested and working.', 'Reset to defaults, ready for a new owner.'],
    photo: ['Guide number 60 (ISO 100, 200 mm).', 'Recycle time 0.1-1.5 s.', 'Mount: please pick the right version for your camera.', 'Glass clean, no fungus, no haze.',
      'Aperture blades snappy and dry.', 'Battery included, charges via USB-C.', 'Front and rear caps included.', 'Filter thread 67 mm.'],
    game: ['Region: check the code printed on the box.', 'Tested on a retail unit and working.', 'Includes manual and case where shown.', 'Digital items are delivered by message within 24 hours.',
      'Controllers are charged and paired before shipping.', 'Screen: 7 inch, 1080p, 120 Hz.', 'Storage 1 TB NVMe SSD.', 'Windows 11 Home installed, activated.'],
    toy: ['Recommended age 3+.', 'Height approx. 12 cm.', 'Made of PVC / ABS, hand-painted.', 'Not suitable for children under 36 months: small parts.', 'Surface washable only.',
      'Box has minor shelf wear.', 'Height 35 cm seated.', 'Filled with polyester fibre, soft to touch.'],
    outdoor: ['Capacity 946 ml.', 'Keeps drinks cold for 24 hours, hot for 12 hours.', 'Dishwasher safe (check the base).', 'Volume 28-35 litres, back length adjustable.',
      'Waterproof rating 20,000 mm, breathability 20,000 g.', 'Weight 480 g in size M.', 'BPA free lid.', 'Taped seams, two-way front zip.'],
    bike: ['Frame size M (fits riders 170-180 cm).', 'Groupset: 2x11 speed.', 'Wheels 700c, tubeless ready.', 'Folded size 585 x 565 x 270 mm.', 'Weight approx. 11 kg.',
      'Recently serviced: new chain and brake pads.', 'Collection preferred, can ship boxed at cost.', 'Tyres have plenty of tread left.'],
    auto: ['Fitment: please send your VIN to check before ordering.', 'Viscosity grade as stated, API SP / ACEA C3.', 'Seat rails and adaptors sold separately.',
      'Pack size 4 L.', 'Installation by a qualified mechanic recommended.', 'Updates via Wi-Fi, covers most makes after 1996.', 'Comes with OBD2 cable and carrying case.'],
    tool: ['Voltage 18 V, brushless motor.', 'Torque up to 120 Nm.', 'Body only: battery and charger not included unless stated.', 'Blade / bit set as shown in the photos.',
      'Chuck 13 mm, two speeds.', 'Insulated to 1000 V where stated.', 'Case included.', 'Comes with the plastic storage case.'],
    home: ['Voltage 220-240 V, EU plug (adapter needed for UK).', 'Capacity 1.5 L.', 'Suction 7000 Pa, runtime up to 180 minutes.', 'Power 1200 W.', 'Filter replaced last month.',
      'Quiet mode below 45 dB.', 'App control via Wi-Fi 2.4 GHz.', 'Box slightly dented from storage, unit untouched.'],
    pet: ['Suitable for dogs 9-13 kg (size M).', 'Natural rubber, non-toxic.', 'Dishwasher safe on the top rack.', 'Fits litter boxes up to 50 cm.', 'App control, auto clean after every visit.',
      'Capacity 2 L, filter included.', 'Supervise your pet while playing.'],
    media: ['Region B / region-free as stated on the case.', 'Disc plays perfectly.', 'Case has light shelf wear.', 'Includes booklet.', 'Language: Mandarin with English subtitles.', 'Format: Blu-ray + DVD.'],
  },
  cond: ['Brand new, still sealed.', 'Only used a handful of times, very good condition.', 'Condition 9/10, small marks shown in photos.', 'Stored in a smoke-free, pet-free home.',
    'Please look at all photos, they form part of the description.', 'No rips, stains or odours.', 'Worn twice, basically new.', 'Light signs of use as expected.',
    'Sold as seen.', 'Unwanted gift.', 'Tags still attached.', 'Everything works as it should.'],
  carrier: ['Ships within 1 business day via Royal Mail Tracked 48.', 'USPS Ground Advantage with tracking, usually 3-5 days.', 'Shipped with DHL Paket within Germany, 1-2 days.',
    'Delivery time 7-15 working days to most countries.', 'Envío a toda España en 24/48 h.', 'Envoi soigné en Mondial Relay ou Colissimo.', 'Spedizione in 24 ore con corriere tracciato.',
    'Australia Post eParcel, 2-6 business days.', 'Canada Post Expedited with tracking.', 'J&T Express or Flash nationwide, 2-5 days.', 'Sent by Yamato or Japan Post, EMS for overseas.',
    'PostNL of DPD, binnen 1-2 werkdagen in huis.', 'SF Express to Hong Kong, Macau and Taiwan.'],
  ship: ['We post Monday to Friday; orders after 2 pm go out the next day.', 'Free shipping on orders over $50.',
    'Combined postage available - add items to your basket and ask for an invoice.',
    'International buyers: import duties are not included in the price.', 'Packed carefully in a double box with bubble wrap.',
    'Collection in person welcome.', 'Tracking number uploaded as soon as the parcel is scanned.',
    'Ships from our warehouse, signature required for high-value orders.', 'Please double-check your address at checkout; we cannot change it once shipped.'],
  ret: ['30-day returns accepted, buyer pays return postage.', 'Returns accepted within 14 days in original condition.', 'No returns on opened cosmetics for hygiene reasons.',
    'If something is wrong, message us first and we will sort it out.', 'Private sale so no returns, but ask any questions before buying.',
    'Faulty items will be replaced or refunded in full.', 'All returns must include the original packaging and accessories.',
    'Covered by marketplace buyer protection.', 'Refunds are processed within 3 working days of receiving the return.'],
  store: ['Please leave feedback once received - we always reply.', 'Check our other listings for more bargains.', 'Questions? Message us any time, we reply within a few hours.',
    'VAT invoice available on request.', 'We are not responsible for delays caused by customs.', 'Open Monday-Saturday 9:00-18:00.', 'Bulk orders welcome, ask for a quote.',
    'Offers welcome, lowballs ignored.', 'Bundle discount: 10% off two or more items.', 'Thanks for supporting a small business.', 'Payment within 48 hours please.',
    'Our team tests every electrical item before dispatch.', 'Gift wrapping available on request.'],
  close: ['Thanks for looking!', 'Happy shopping :)', 'Have a great day.', 'Cheers!', 'Any questions just ask.', 'Thank you and good luck!', 'Will be relisted if unsold.', 'Happy bidding!'],
  head: [['', ''], ['** ', ' **'], ['== ', ' =='], ['# ', ''], ['- ', ''], ['>> ', ''], ['✔ ', ''], ['', ':']],
  titles: { spec: ['Details', 'Specifications', 'About this item', 'Item specifics', 'Product details', 'Description'], ship: ['Shipping', 'Postage', 'Delivery', 'Dispatch'], ret: ['Returns', 'Return policy', 'Refunds'], store: ['About us', 'Store info', 'Notes', 'Please note'] },
};

const ZH = {
  open: ['欢迎光临本店，拍前请仔细阅读详情。', '亲，感谢关注小店～', '本店诚信经营多年，老客户很多。', '宝贝如图，实物拍摄。', '闲置出，自用爱惜。',
    '新品到货，数量有限先到先得。', '本店只做靠谱货源，放心入手。', '清仓处理，价格已经很低了不议价。', '朋友托卖，问题可以咨询。', '店铺上新啦，关注店铺不迷路！',
    '买来没怎么用过，现在转给有需要的朋友。', '喜欢的亲可以直接拍，看到就发货。', '本店为正规公司店铺，可开发票。', '这款是店里的爆款，回购率很高。'],
  spec: {
    wear: ['尺码：请参考尺码表，正常码数。', '平铺测量，误差1-2厘米属正常。', '鞋底无开胶，鞋面干净。', '颜色以实物为准，不同屏幕会有色差。', '材质见洗水标。', '脚长25厘米建议拍40码。', '冷水手洗，不可机洗烘干。'],
    leather: ['尺寸：约24×17×9厘米。', '肩带可调节，最长55厘米。', '内里一个拉链袋一个贴袋。', '五金为金色/银色如图。', '头层牛皮，手感软糯。', '容量可放手机、卡包、钥匙、口红。', '皮带宽3.5厘米，可自行裁剪。'],
    watch: ['表径38毫米，表耳间距20毫米。', '走时准确，已上校表仪检测。', '蓝宝石镜面，无磕碰。', '表带为皮带，适合16-20厘米手腕。', '链长42厘米带延长链。', '材质：18K金/925银，以描述为准。'],
    eyewear: ['镜片宽52毫米，鼻梁18毫米，镜腿140毫米。', '镜架重约2克，佩戴无压迫感。', '可配近视镜片。', '附眼镜盒和眼镜布。', '太阳镜防紫外线，阻隔率99%。'],
    beauty: ['规格以包装为准。', '批号在瓶底，可查。', '避光阴凉处保存。', '开封后12个月内使用。', '塑封完好。', '成分表见第四张图。', '保质期至少还有18个月。', '建议先做皮肤测试。'],
    tech: ['内存容量如标题。', '电池健康度见图。', '已恢复出厂设置。', '附快充数据线，不含充电头。', '蓝牙5.3，支持双设备连接。', '屏幕无坏点无亮点。', '全网通，支持所有运营商。', '各接口已测试正常。'],
    photo: ['闪光指数60（感光度100，200mm）。', '回电时间0.1-1.5秒。', '请选择对应相机卡口版本。', '镜片通透，无霉无雾无划痕。', '光圈叶片干爽，无油。', '含前后盖。', '滤镜口径67毫米。'],
    game: ['版本请看包装上的区域码。', '已在正版主机上测试可用。', '数字商品拍下后24小时内发码。', '手柄出货前已充电配对。', '7英寸1080P屏幕，高刷新率。', '1TB固态硬盘。'],
    toy: ['适合3岁以上。', '高约12厘米。', '环保树脂材质，手工上色。', '含小零件，36个月以下儿童勿玩。', '坐高35厘米。', '填充物为高弹棉，手感柔软。'],
    outdoor: ['容量946毫升。', '保冷24小时，保温12小时。', '杯盖不含双酚A。', '容量28-35升，背长可调。', '防水指数20000毫米。', '压胶工艺，双向拉链。', '中号重约480克。'],
    bike: ['车架中号，适合身高170-180厘米。', '套件2×11速。', '700C轮组，支持真空胎。', '折叠尺寸585×565×270毫米。', '整车约11公斤。', '刚做完保养，换了新链条和刹车皮。', '同城自提优先，可打包发物流。'],
    auto: ['适配车型请先发车架号确认。', '粘度等级如标题，通过最新认证。', '滑轨和支架需另配。', '4升装。', '建议由专业技师安装。', '支持无线在线升级，覆盖大部分车型。', '含诊断主线和收纳箱。'],
    tool: ['电压18伏，无刷电机。', '扭力最高120牛米。', '单机不含电池充电器，除非另有说明。', '夹头13毫米，两档调速。', '绝缘1000伏。', '附工具箱。'],
    home: ['电压220伏，国标插头。', '容量1.5升。', '吸力7000帕，续航最长180分钟。', '功率1200瓦。', '滤网上个月刚换。', '静音模式低于45分贝。', '支持手机远程控制，仅限2.4G无线网络。'],
    pet: ['适合9-13公斤狗狗（中号）。', '天然橡胶，无毒无味。', '可放洗碗机上层清洗。', '适合50厘米以内的猫砂盆。', '手机远程控制，如厕后自动清理。', '容量2升，含滤芯。'],
    media: ['区码请看封底。', '光盘播放正常。', '外壳有轻微架磨。', '含小册子。', '国语发音，中英字幕。', '蓝光加普通影碟双碟装。'],
  },
  cond: ['全新未拆封。', '只用过几次，成色很好。', '九成新，小瑕疵见图。', '无烟无宠物家庭。', '所有图片为实物拍摄，图片也是描述的一部分。', '无破损无污渍无异味。', '穿过两次，几乎全新。', '正常使用痕迹。', '吊牌还在。', '功能一切正常。'],
  carrier: ['48小时内发货，默认中通/圆通，顺丰需补差价。', '默认发韵达，需指定快递请备注。', '默认顺丰，偏远地区发邮政。', '京东物流，大部分地区次日达。', '默认申通，江浙沪一般隔天到。'],
  ship: ['下午四点前付款当天发出。', '江浙沪包邮，偏远地区不包邮。', '全国包邮（新疆西藏除外）。', '顺丰到付可选。', '同城可闪送。',
    '打包严实，气泡膜加纸箱。', '快递单号发货后自动上传。', '节假日正常发货。', '地址写错请及时联系客服修改。'],
  ret: ['支持七天无理由退换（影响二次销售的除外）。', '收到有问题请先联系客服，不要直接给差评。', '二手物品售出不退，有问题拍前问清楚。', '质量问题包退换，来回运费我们承担。',
    '退货请保持包装完整、配件齐全。', '化妆品拆封后不支持退换。', '签收前请当面验货，有破损请拒收。'],
  store: ['收到满意请给五星好评，谢谢亲！', '店里还有其他宝贝，欢迎逛逛。', '有任何问题请咨询在线客服，看到秒回。', '可开电子发票。', '客服在线时间9:00-22:00。',
    '批发量大可议价。', '拍下请尽快付款，24小时未付款自动关闭。', '老客户回购有小礼品。', '每件电器发货前都会通电测试。', '关注店铺领取优惠券。'],
  close: ['谢谢惠顾！', '祝您购物愉快～', '喜欢的亲不要犹豫。', '看好再拍，拍下就发。', '感谢支持小店！', '有问题随时留言。'],
  head: [['【', '】'], ['■ ', ''], ['★', '★'], ['', '：'], ['—— ', ' ——'], ['◆ ', '']],
  titles: { spec: ['商品信息', '宝贝详情', '产品参数', '规格说明'], ship: ['发货说明', '物流说明', '快递'], ret: ['售后说明', '退换须知', '售后'], store: ['购物须知', '店铺说明', '温馨提示'] },
};

function section(V, key, g, rng, n) {
  const pool = key === 'spec' ? V.spec[g] ?? V.spec.tech : V[key];
  return rng.pickN(pool, Math.min(n, pool.length));
}

/**
 * Long description (800-3000 bytes). `insert` (a sentence) is placed after at least one block, never first.
 * Returns { text, cueOffset } where cueOffset is the index of the inserted sentence among the lines (-1 if none).
 */
export function longBoiler(lang, category, insert, rng) {
  const V = lang === 'en' ? EN : ZH;
  const g = GROUP[category] ?? 'tech';
  const [h0, h1] = rng.pick(V.head);
  const heading = (k) => `${h0}${rng.pick(V.titles[k])}${h1}`;
  const sep = lang === 'en' ? rng.pick(['\n', '\n', '\n\n']) : rng.pick(['\n', '\n', '\n\n']);
  for (let attempt = 0; attempt < 30; attempt++) {
    const blocks = [];
    blocks.push([rng.pick(V.open)]);
    blocks.push([heading('spec'), ...section(V, 'spec', g, rng, rng.int(3, 6)), ...section(V, 'cond', g, rng, rng.int(1, 3))]);
    blocks.push([heading('ship'), rng.pick(V.carrier), ...section(V, 'ship', g, rng, rng.int(1, 3))]);
    blocks.push([heading('ret'), ...section(V, 'ret', g, rng, rng.int(1, 3))]);
    blocks.push([heading('store'), ...section(V, 'store', g, rng, rng.int(2, 4))]);
    blocks.push([rng.pick(V.close)]);
    const lines = [];
    let cueOffset = -1;
    // choose the block after which the inserted sentence goes: 1..4 (never before the opener)
    const at = insert ? rng.int(1, blocks.length - 2) : -1;
    blocks.forEach((b, i) => {
      if (i === at) {
        // insert inside this block, after its heading
        const pos = rng.int(1, b.length);
        b.splice(pos, 0, insert);
      }
      lines.push(...b);
    });
    if (insert) cueOffset = lines.indexOf(insert);
    const text = lines.filter((x) => x !== '').join(sep);
    const n = byteLen(text);
    if (n >= 820 && n <= 2950) return { text, cueOffset };
  }
  // fallback: trim or pad deterministically
  const base = [rng.pick(V.open), ...(insert ? [insert] : []), ...section(V, 'spec', g, rng, 6), ...section(V, 'ship', g, rng, 4), ...section(V, 'ret', g, rng, 3), ...section(V, 'store', g, rng, 5)];
  let text = base.join('\n');
  while (byteLen(text) > 2950) text = text.slice(0, text.lastIndexOf('\n'));
  return { text, cueOffset: insert ? 1 : -1 };
}

export function shortDesc(lang, category, insert, rng) {
  const V = lang === 'en' ? EN : ZH;
  const g = GROUP[category] ?? 'tech';
  const parts = [];
  if (rng.chance(0.5)) parts.push(rng.pick(V.spec[g] ?? V.spec.tech));
  parts.push(rng.pick(V.cond));
  if (insert) parts.push(insert);
  if (rng.chance(0.6)) parts.push(rng.pick(V.ship));
  return parts.join(lang === 'en' ? ' ' : '');
}
