// Long-description composer: seller boilerplate blocks in English and Chinese.
'use strict';
const { R } = require('./lib');

const group = (it) => {
  if (!it) return 'generic';
  const lc = it.lc;
  if (lc === 'handbags' || lc === 'small-leather-goods') return 'bag';
  if (lc === 'shoes') return 'shoe';
  if (lc === 'apparel' || lc === 'outdoor-gear') return 'apparel';
  if (lc === 'watches') return 'watch';
  if (lc === 'jewellery') return 'jewel';
  if (lc === 'eyewear') return 'eyewear';
  if (it.spec === false) return 'generic';
  const cz = it.cat ? it.cat.join(' ') : '';
  if (lc === 'phones') return 'phone';
  if (lc === 'audio') return 'audio';
  if (lc === 'camera-lenses') return 'lens';
  if (lc === 'cameras') return /Drone|无人机/.test(cz) ? 'drone' : 'camera';
  if (lc === 'phone-accessories' || lc === 'batteries' || lc === 'computers') return 'power';
  if (lc === 'watches' && /Smartwatch|智能/.test(cz)) return 'smartwatch';
  if (lc === 'game-consoles' || lc === 'video-games') return 'console';
  if (lc === 'toys') return 'toy';
  if (lc === 'cosmetics' || lc === 'fragrance') return 'beauty';
  if (lc === 'tyres' || lc === 'auto-parts' || lc === 'bicycles') return 'auto';
  if (lc === 'tools') return 'tool';
  if (lc === 'kitchenware' || lc === 'home-appliances') return 'home';
  if (lc === 'sports-equipment') return 'sport';
  if (lc === 'film-tv') return 'media';
  return 'generic';
};

const SPEC_EN = {
  bag: () => `Specifications:\n- Material: ${R.pick(['calfskin leather', 'coated canvas with leather trim', 'lambskin', 'grained calf leather', 'nappa leather', 'woven leather'])}\n- Size: ${R.int(18, 38)} x ${R.int(10, 28)} x ${R.int(4, 16)} cm\n- Hardware: ${R.pick(['gold-tone', 'silver-tone', 'palladium', 'antique brass', 'gunmetal'])}\n- Closure: ${R.pick(['magnetic snap', 'zip', 'flap with turn lock', 'open top with hook', 'twist lock'])}\n- Strap drop: ${R.int(10, 58)} cm${R.chance(0.5) ? ', adjustable' : ''}\n- Interior: ${R.pick(['1 flat pocket', 'zip pocket and 2 slip pockets', 'microfibre lining, 1 card slot', 'suede lining'])}`,
  shoe: () => `Details:\n- Upper: ${R.pick(['leather and mesh', 'canvas', 'suede and nylon', 'knit textile', 'synthetic leather', 'suede/mesh'])}\n- Outsole: ${R.pick(['rubber', 'EVA/rubber', 'vulcanised rubber', 'carbon-fibre plate, rubber outsole'])}\n- Closure: ${R.pick(['lace-up', 'slip-on', 'lace-up with pull tab'])}\n- Fit: ${R.pick(['true to size', 'runs half a size large', 'runs small, size up', 'regular width'])}\n- Weight: approx. ${R.int(220, 980)} g (single shoe, size 42)`,
  apparel: () => `Product details:\n- Fabric: ${R.pick(['100% cotton', '80% cotton 20% polyester', '100% nylon shell, 700-fill down', 'GORE-TEX 3L', 'polyester fleece', 'cotton piqué'])}\n- Fit: ${R.pick(['regular fit', 'relaxed fit', 'oversized', 'slim fit', 'boxy'])}\n- Features: ${R.pick(['ribbed cuffs and hem', 'two-way zip, stowable hood', 'kangaroo pocket', 'adjustable hem drawcord', 'pit zips, helmet-compatible hood'])}\n- Care: ${R.pick(['machine wash cold, do not tumble dry', 'hand wash only', 'dry clean recommended', 'wash at 30°C inside out'])}`,
  watch: () => `Specifications:\n- Case diameter: ${R.pick(['39', '40', '41', '42', '44', '38.5', '43'])} mm\n- Case material: ${R.pick(['stainless steel', 'titanium', '904L steel', '316L steel', 'bronze', 'white gold'])}\n- Crystal: ${R.pick(['sapphire', 'sapphire with AR coating', 'mineral glass', 'domed sapphire'])}\n- Movement: ${R.pick(['automatic', 'self-winding automatic', 'quartz', 'solar', 'automatic, 70h power reserve'])}\n- Water resistance: ${R.pick(['30 m', '50 m', '100 m', '120 m', '200 m', '300 m'])}\n- Bracelet: ${R.pick(['steel bracelet with folding clasp', 'rubber strap', 'leather strap', 'resin band'])}`,
  jewel: () => `Details:\n- Metal: ${R.pick(['925 sterling silver', '18k yellow gold', '18k rose gold', '750 white gold', 'gold-plated brass'])}\n- Stone: ${R.pick(['none', 'onyx', 'mother-of-pearl', 'malachite', 'round brilliant diamonds', 'carnelian'])}\n- Length: ${R.pick(['40-42 cm adjustable', '16 inch chain', '18 inch', '17 cm', 'ring sizes 5-9'])}\n- Weight: ${(R.real(2, 40)).toFixed(1)} g\n- Packaging: ${R.pick(['pouch and box', 'gift box', 'original box and bag', 'jewellery box'])}`,
  eyewear: () => `Specifications:\n- Lens width: ${R.int(50, 62)} mm / bridge ${R.int(14, 20)} mm / temple ${R.int(130, 145)} mm\n- Lens: ${R.pick(['polarized', 'Prizm-style tinted', 'UV400', 'photochromic', 'mirrored'])}\n- Frame: ${R.pick(['O Matter-type nylon', 'acetate', 'TR90', 'metal'])}\n- Includes: ${R.pick(['case and cloth', 'soft pouch', 'hard case, cleaning cloth, card'])}`,
  phone: () => `Specifications:\n- Display: ${R.pick(['6.9" QHD+ 120Hz', '6.2" FHD+', '6.8" LTPO OLED', '7.6" foldable + 6.3" cover'])}\n- Storage: ${R.pick(['256GB', '512GB', '1TB', '12+256GB', '16+512GB'])}\n- Battery: ${R.pick(['5000 mAh', '4900 mAh', '5500 mAh', '4400 mAh'])}\n- Network: ${R.pick(['5G dual SIM', '5G, eSIM', '5G global bands'])}\n- Version: ${R.pick(['global version', 'international version', 'CN version', 'EU version', 'HK version'])}`,
  audio: () => `Specifications:\n- Connectivity: ${R.pick(['Bluetooth 5.3', 'Bluetooth 5.4, LE Audio', 'Bluetooth 5.2, multipoint'])}\n- Noise cancelling: ${R.pick(['yes, adaptive', 'hybrid ANC', 'yes'])}\n- Battery: ${R.pick(['up to 30 hours', 'up to 24 h', '8 h (24 h with case)', '6 h + 18 h case'])}\n- Charging: ${R.pick(['USB-C', 'USB-C, wireless case', 'USB-C fast charge (3 min = 3 h)'])}\n- Weight: ${R.int(5, 320)} g`,
  camera: () => `Specifications:\n- Sensor: ${R.pick(['full-frame 33MP', 'full-frame 45MP', 'APS-C 24MP', '1-inch 20MP', '1-inch CMOS'])}\n- Video: ${R.pick(['4K 60p', '8K 30p / 4K 120p', '4K 120fps', '4K 30p'])}\n- Mount / lens: ${R.pick(['RF mount', 'E mount', 'built-in 24-100mm equiv.', 'n/a (lens)', 'fixed lens'])}\n- In the box: ${R.pick(['body, battery, charger, strap', 'lens, caps, hood, pouch', 'camera, handle, cover, cable'])}`,
  lens: () => `Specifications:\n- Focal length: ${R.pick(['24-70mm', '70-200mm', '50mm', '85mm'])}\n- Max aperture: ${R.pick(['F2.8', 'F1.8', 'F1.4', 'f/2.8L'])}\n- Filter size: ${R.pick(['67mm', '77mm', '82mm', '49mm'])}\n- Stabilisation: ${R.pick(['yes', 'no', 'optical IS 5 stops'])}\n- Includes: front and rear caps, hood${R.chance(0.5) ? ', pouch' : ''}`,
  drone: () => `Specifications:\n- Takeoff weight: ${R.pick(['249 g', '720 g', '958 g'])}\n- Max flight time: ${R.int(30, 45)} min\n- Camera: ${R.pick(['1/1.3" 48MP, 4K/100fps', 'Hasselblad 4/3 CMOS', 'triple camera'])}\n- Transmission: ${R.pick(['O4, 20 km', 'O3+, 15 km', 'up to 20 km (FCC)'])}\n- Package: ${R.pick(['Fly More Combo, 3 batteries', 'standard, 1 battery', 'with RC 2 screen controller'])}`,
  power: () => `Specifications:\n- Output: ${R.pick(['45W PD', '100W max', '22.5W', '7.2V 2130mAh', '18V 5.0Ah'])}\n- Input: ${R.pick(['100-240V', 'USB-C 5V/3A', '18V charger'])}\n- Cable: ${R.pick(['USB-C to USB-C 1m included', 'not included', 'included'])}\n- Protection: over-current, over-voltage, temperature`,
  smartwatch: () => `Specifications:\n- Display: ${R.pick(['1.5" AMOLED', '1.43" AMOLED', '1.74" AMOLED'])}\n- Battery: ${R.pick(['up to 14 days', 'up to 40 h', 'up to 21 days'])}\n- Sensors: heart rate, SpO2, ${R.pick(['GPS', 'dual-band GPS', 'skin temperature'])}\n- Water resistance: 5ATM\n- Strap: ${R.pick(['silicone', 'fluoroelastomer', 'nylon'])}`,
  console: () => `Details:\n- Storage: ${R.pick(['64 GB', '256 GB', '512 GB', '825 GB SSD', '1 TB', '128GB microSD'])}\n- Screen: ${R.pick(['7-inch OLED', '7.9-inch LCD', '6.2-inch LCD', 'n/a (home console)', '5.5-inch'])}\n- In the box: ${R.pick(['console, dock, Joy-Con, grip, HDMI, AC adapter', 'console, controller, HDMI, power cable', 'handheld, charging cable', 'console only'])}\n- Region: ${R.pick(['region free', 'US', 'JP', 'EU', 'HK'])}`,
  toy: () => `Details:\n- Pieces: ${R.int(300, 7600)}\n- Age: ${R.pick(['18+', '14+', '9+', '15+', '8+'])}\n- Size when built: ${R.int(20, 85)} x ${R.int(15, 60)} x ${R.int(10, 50)} cm\n- Packaging: ${R.pick(['original box', 'numbered bags', 'bagged, no box', 'box with instructions'])}`,
  beauty: () => `Product info:\n- Volume: ${R.pick(['30 ml', '50 ml', '100 ml', '75 ml', '15 ml', '3.5 g'])}\n- Skin type: ${R.pick(['all skin types', 'dry to normal', 'oily / combination', 'sensitive'])}\n- Shelf life: ${R.pick(['36 months unopened', '12M after opening', '3 years', 'see base of box'])}\n- Batch code: printed on box\n- Storage: ${R.pick(['keep away from direct sunlight', 'store below 25°C', 'keep cap closed'])}`,
  auto: () => `Specifications:\n- Size: ${R.pick(['205/55R16', '225/45R17', '245/40R18', '255/35ZR19', '235/55R19', '700x25c', '700x28c'])}\n- Load/speed index: ${R.pick(['91V', '94Y', '97Y XL', '96Y', '104V'])}\n- Season: ${R.pick(['summer', 'all season', 'all-weather, 3PMSF'])}\n- DOT / production week: ${R.pick(['2024', '2025', '3425', '1225', '4824'])}\n- Fitment: please check your vehicle placard before ordering`,
  tool: () => `Specifications:\n- Voltage: ${R.pick(['18V', '12V', '20V max', '18V Li-ion'])}\n- Max torque: ${R.int(35, 1400)} Nm\n- No-load speed: 0-${R.int(1500, 3600)} rpm\n- Chuck: ${R.pick(['13 mm metal', '1/4" hex', '1/2" keyless', 'SDS-plus'])}\n- Weight: ${(R.real(0.9, 3.2)).toFixed(1)} kg (without battery)\n- Battery: ${R.pick(['not included (tool only)', '2 x 5.0Ah included', '1 x 4.0Ah included'])}`,
  home: () => `Specifications:\n- Power: ${R.int(600, 2400)} W\n- Voltage: ${R.pick(['220-240V', '120V', '100-240V'])}, plug ${R.pick(['UK', 'EU', 'US', 'AU', 'CN'])}\n- Capacity: ${R.pick(['7.6 L', '2 x 3.8 L', '1.9 L', '470 ml x 2 pints', '0.5 L dust cup'])}\n- Dimensions: ${R.int(20, 45)} x ${R.int(15, 40)} x ${R.int(20, 50)} cm\n- Warranty: ${R.pick(['1 year', '2 years', '2 years manufacturer', 'none'])}`,
  sport: () => `Specifications:\n- Weight: ${R.pick(['3U (85-89 g)', '4U (80-84 g)', '5U'])}\n- Balance: ${R.pick(['head heavy', 'even', 'head light'])}\n- Max tension: ${R.pick(['30 lbs', '32 lbs', '28 lbs'])}\n- Shaft: ${R.pick(['stiff', 'medium', 'flexible'])}`,
  media: () => `Disc details:\n- Format: ${R.pick(['Blu-ray', 'DVD', '4K UHD + Blu-ray', 'DVD-9'])}\n- Region: ${R.pick(['A', 'B', 'free', '1', '2', 'all'])}\n- Audio: ${R.pick(['English DTS-HD MA 5.1', 'Mandarin 5.1, English 2.0', 'English Dolby Atmos'])}\n- Subtitles: ${R.pick(['English, Chinese', 'EN/简中/繁中', 'English SDH'])}\n- Runtime: approx. ${R.int(92, 168)} min`,
  generic: () => R.pick(['Details:\n- Condition: as stated in the listing\n- Please check all photos for details\n- Feel free to ask any questions before buying', 'Item specifics are shown in the photos. Measurements available on request.', 'What you get: exactly what is shown in the pictures. Nothing else included unless stated.']),
};
const SPEC_ZH = {
  bag: () => `【商品参数】\n材质：${R.pick(['头层牛皮', '进口小牛皮', '帆布拼牛皮', '羊皮', '编织牛皮'])}\n尺寸：${R.int(18, 38)}*${R.int(10, 28)}*${R.int(4, 16)}cm\n五金：${R.pick(['金色', '银色', '枪色', '复古铜'])}\n开合方式：${R.pick(['磁扣', '拉链', '翻盖锁扣', '敞口'])}\n肩带：${R.pick(['可调节', '可拆卸', '固定'])}\n内部结构：${R.pick(['拉链暗袋+手机袋', '卡位x2', '无内袋'])}`,
  shoe: () => `【商品信息】\n鞋面材质：${R.pick(['头层牛皮+网布', '帆布', '翻毛皮', '飞织', '超纤'])}\n鞋底材质：${R.pick(['橡胶', 'EVA+橡胶', '碳板+橡胶大底', '硫化橡胶'])}\n闭合方式：系带\n尺码：${R.pick(['35-45', '36-44', '39-46', '35.5-40'])}\n是否偏码：${R.pick(['标准码', '偏大半码', '偏小建议拍大一码'])}`,
  apparel: () => `【商品详情】\n面料：${R.pick(['100%棉', '棉+聚酯纤维', '尼龙面料 白鸭绒填充', 'GORE-TEX 三层压胶', '摇粒绒', '珠地棉'])}\n版型：${R.pick(['常规版', '宽松版', '修身', 'oversize'])}\n厚度：${R.pick(['常规', '加厚', '薄款'])}\n洗涤：${R.pick(['建议手洗', '可机洗 不可烘干', '建议干洗'])}`,
  watch: () => `【腕表参数】\n表径：${R.pick(['39', '40', '41', '42', '44'])}mm\n表壳：${R.pick(['316L精钢', '904L钢', '钛金属', '青铜'])}\n镜面：${R.pick(['蓝宝石水晶镜面', '蓝宝石镀膜', '矿物玻璃'])}\n机芯：${R.pick(['自动机械', '石英', '太阳能', '自动上链 动力储存70小时'])}\n防水：${R.pick(['30米', '50米', '100米', '200米', '300米'])}\n表带：${R.pick(['精钢表带', '橡胶表带', '皮表带', '树脂表带'])}`,
  jewel: () => `【饰品参数】\n材质：${R.pick(['S925银', '18K黄金', '18K玫瑰金', '750白金', '黄铜镀金'])}\n主石：${R.pick(['无', '黑玛瑙', '白贝母', '孔雀石', '红玉髓', '钻石'])}\n长度：${R.pick(['40+5cm', '42cm', '17cm', '可调节'])}\n包装：${R.pick(['礼盒+手提袋', '首饰盒', '绒布袋'])}`,
  eyewear: () => `【产品参数】\n镜片宽度：${R.int(50, 62)}mm 鼻梁：${R.int(14, 20)}mm 镜腿：${R.int(130, 145)}mm\n镜片：${R.pick(['偏光', 'UV400防紫外线', '变色', '反光镀膜'])}\n镜框：${R.pick(['TR90', '板材', '金属', '尼龙'])}\n配件：${R.pick(['眼镜盒+眼镜布', '软包', '全套包装'])}`,
  phone: () => `【产品参数】\n屏幕：${R.pick(['6.9英寸', '6.8英寸 LTPO', '6.7英寸 2K', '折叠屏 内屏7.9英寸'])}\n内存：${R.pick(['12+256G', '12+512G', '16+512G', '16+1T'])}\n电池：${R.pick(['5000mAh', '5500mAh', '5410mAh'])}\n网络：5G全网通\n版本：${R.pick(['国行', '全网通', '港版', '海外版'])}`,
  audio: () => `【产品参数】\n连接方式：${R.pick(['蓝牙5.3', '蓝牙5.4', '蓝牙5.2 双设备连接'])}\n降噪：${R.pick(['主动降噪', '自适应降噪', '支持'])}\n续航：${R.pick(['约30小时', '单次8小时 配合充电盒24小时', '约20小时'])}\n充电接口：Type-C`,
  camera: () => `【产品参数】\n传感器：${R.pick(['全画幅 3300万像素', '全画幅 4500万像素', 'APS-C 2400万像素', '1英寸'])}\n视频：${R.pick(['4K 60P', '8K 30P', '4K 120帧'])}\n卡口/镜头：${R.pick(['RF卡口', 'E卡口', '一体镜头', '镜头（不含机身）'])}\n包装清单：${R.pick(['机身 电池 充电器 背带', '镜头 前后盖 遮光罩', '主机 手柄 保护套 数据线'])}`,
  lens: () => `【镜头参数】\n焦段：${R.pick(['24-70mm', '70-200mm', '50mm', '85mm'])}\n最大光圈：${R.pick(['F2.8', 'F1.8', 'F1.4'])}\n滤镜口径：${R.pick(['67mm', '77mm', '82mm', '49mm'])}\n防抖：${R.pick(['有', '无'])}\n配件：前后盖 遮光罩`,
  drone: () => `【产品参数】\n起飞重量：${R.pick(['249克', '720克', '958克'])}\n续航：约${R.int(30, 45)}分钟\n图传：${R.pick(['O4 20公里', 'O3+ 15公里'])}\n套装：${R.pick(['畅飞套装 三电池', '标准版 单电池', '带屏遥控器版'])}`,
  power: () => `【产品参数】\n输出功率：${R.pick(['45W', '100W', '22.5W', '18V 5.0Ah'])}\n输入：${R.pick(['100-240V', 'Type-C 5V/3A'])}\n线材：${R.pick(['含Type-C线', '不含线'])}\n保护：过充过放 温度保护`,
  smartwatch: () => `【产品参数】\n屏幕：${R.pick(['1.5英寸 AMOLED', '1.43英寸 AMOLED'])}\n续航：${R.pick(['约14天', '约21天', '约40小时'])}\n功能：心率 血氧 ${R.pick(['GPS', '双频GPS', '睡眠监测'])}\n防水：5ATM`,
  console: () => `【主机信息】\n容量：${R.pick(['64G', '256G', '512G', '1TB', '825G'])}\n屏幕：${R.pick(['7英寸OLED', '7.9英寸', '6.2英寸', '无（家用机）'])}\n配件：${R.pick(['主机+底座+手柄+腕带+HDMI线+电源', '主机+手柄+电源线', '仅主机'])}\n版本：${R.pick(['日版', '港版', '国行', '美版'])}`,
  toy: () => `【商品参数】\n颗粒数：${R.int(300, 7600)}\n适用年龄：${R.pick(['14岁以上', '18岁以上', '6岁以上', '8岁以上'])}\n成品尺寸：${R.int(20, 85)}*${R.int(15, 60)}*${R.int(10, 50)}cm\n包装：${R.pick(['彩盒', '袋装无盒', '原盒', '编号分袋'])}`,
  beauty: () => `【产品信息】\n净含量：${R.pick(['30ml', '50ml', '100ml', '75ml', '15ml', '3.5g'])}\n适用肤质：${R.pick(['任何肤质', '干性/中性', '油性/混合性', '敏感肌'])}\n保质期：${R.pick(['3年', '36个月', '开封后12个月'])}\n生产批号：见外盒`,
  auto: () => `【轮胎规格】\n规格：${R.pick(['205/55R16', '225/45R17', '245/40R18', '255/35R19', '235/55R19', '700x25c'])}\n载重速度级别：${R.pick(['91V', '94Y', '97Y', '96Y'])}\n生产日期：${R.pick(['2024年', '2025年', '25年新胎'])}\n适用车型：请核对原车轮胎规格后下单`,
  tool: () => `【产品参数】\n电压：${R.pick(['18V', '12V', '20V', '21V'])}\n最大扭矩：${R.int(35, 1400)}N.m\n空载转速：0-${R.int(1500, 3600)}转/分\n夹头：${R.pick(['13mm金属夹头', '六角快换', 'SDS-plus'])}\n电池：${R.pick(['裸机不含电池', '双电一充', '单电一充'])}`,
  home: () => `【产品参数】\n功率：${R.int(600, 2400)}W\n电压：${R.pick(['220V', '110V', '100-240V'])}\n容量：${R.pick(['7.6L', '双区各3.8L', '1.9L', '0.5L尘杯'])}\n尺寸：${R.int(20, 45)}*${R.int(15, 40)}*${R.int(20, 50)}cm\n保修：${R.pick(['一年', '两年', '全国联保'])}`,
  sport: () => `【球拍参数】\n重量：${R.pick(['3U', '4U', '5U'])}\n平衡点：${R.pick(['进攻型头重', '均衡', '头轻'])}\n最高拉力：${R.pick(['30磅', '32磅', '28磅'])}\n中杆：${R.pick(['偏硬', '适中', '偏软'])}`,
  media: () => `【光盘信息】\n格式：${R.pick(['蓝光BD50', 'DVD9', '4K UHD', 'DVD5'])}\n区码：${R.pick(['全区', 'A区', 'C区'])}\n音轨：${R.pick(['国语5.1/英语', '英语DTS-HD', '粤语/国语'])}\n字幕：${R.pick(['简中/繁中/英文', '中英双字'])}`,
  generic: () => R.pick(['【商品信息】\n详见图片，如有疑问请咨询客服', '【宝贝详情】以实物图片为准，拍前可咨询', '【说明】商品如图所示，细节请看主图和详情图']),
};

const SIZE_EN = {
  shoe: () => `Size chart (please measure your foot length):\n${R.shuffle([0]).map(() => '')}EU 36 = US 4.5 = UK 3.5 = 22.5 cm\nEU 37 = US 5.5 = UK 4 = 23 cm\nEU 38 = US 6 = UK 5 = 24 cm\nEU 39 = US 6.5 = UK 5.5 = 24.5 cm\nEU 40 = US 7 = UK 6 = 25 cm\nEU 41 = US 8 = UK 7 = 26 cm\nEU 42 = US 8.5 = UK 7.5 = 26.5 cm\nEU 43 = US 9.5 = UK 8.5 = 27.5 cm\nEU 44 = US 10 = UK 9 = 28 cm\nEU 45 = US 11 = UK 10 = 29 cm${R.chance(0.5) ? '\nIf between sizes, go half a size up.' : ''}`,
  apparel: () => `Size chart (cm, measured flat):\nS: chest ${R.int(100, 106)}, length ${R.int(66, 69)}, sleeve ${R.int(58, 61)}\nM: chest ${R.int(108, 112)}, length ${R.int(70, 72)}, sleeve ${R.int(61, 63)}\nL: chest ${R.int(114, 118)}, length ${R.int(73, 75)}, sleeve ${R.int(63, 65)}\nXL: chest ${R.int(120, 124)}, length ${R.int(76, 78)}, sleeve ${R.int(65, 67)}\nXXL: chest ${R.int(126, 130)}, length ${R.int(79, 81)}, sleeve ${R.int(67, 69)}\nAllow 1-3 cm difference due to manual measurement.`,
};
const SIZE_ZH = {
  shoe: () => `【尺码对照】\n35=220mm 36=225mm 37=230mm 38=240mm 39=245mm\n40=250mm 41=255mm 42=260mm 43=270mm 44=275mm 45=280mm\n${R.pick(['脚宽脚背高建议拍大一码', '标准码，按平时尺码拍', '不确定尺码请咨询客服'])}`,
  apparel: () => `【尺码表】(单位cm 平铺测量)\nS 胸围${R.int(100, 106)} 衣长${R.int(66, 69)} 袖长${R.int(58, 61)}\nM 胸围${R.int(108, 112)} 衣长${R.int(70, 72)} 袖长${R.int(61, 63)}\nL 胸围${R.int(114, 118)} 衣长${R.int(73, 75)} 袖长${R.int(63, 65)}\nXL 胸围${R.int(120, 124)} 衣长${R.int(76, 78)} 袖长${R.int(65, 67)}\n2XL 胸围${R.int(126, 130)} 衣长${R.int(79, 81)} 袖长${R.int(67, 69)}\n手工测量存在1-3cm误差，属正常范围。`,
};

const SHIP_EN = [
  () => `Shipping:\nWe ship within ${R.pick(['24 hours', '1-2 business days', '2-3 working days', '48h'])} after payment is cleared. ${R.pick(['Standard delivery takes 7-15 business days to most countries.', 'Delivery 3-5 days within the US.', 'UK orders are sent Royal Mail Tracked 48.', 'EU: 5-9 working days via DHL eCommerce.', 'Express (DHL/FedEx) 4-7 days, standard 10-20 days.'])} A tracking number is uploaded as soon as the parcel is handed to the carrier.`,
  () => `SHIPPING POLICY\n1. Items are shipped from our warehouse in ${R.pick(['Shenzhen', 'Guangzhou', 'Hong Kong', 'New Jersey', 'Birmingham', 'Los Angeles', 'Hamburg', 'Osaka', 'Yiwu'])}.\n2. Carriers: ${R.pick(['YunExpress / 4PX / Cainiao', 'USPS / UPS', 'Royal Mail / DPD', 'DHL / FedEx / EMS', 'Japan Post EMS'])}.\n3. Remote areas may take longer. Import duties and taxes are the buyer's responsibility.\n4. Please make sure your address is correct, we are not responsible for parcels sent to a wrong address.`,
  () => `Delivery: free standard shipping on orders over ${R.pick(['$35', '$49', '£30', '€40'])}. Orders placed before ${R.pick(['2pm', '3pm', '12 noon'])} ${R.pick(['EST', 'GMT', 'CET', 'PST'])} ship the same day. Express upgrade available at checkout. We do not ship to PO boxes or APO/FPO addresses.`,
  () => `Handling time ${R.int(1, 5)} days. Ships ${R.pick(['double boxed', 'in a sturdy box with bubble wrap', 'in a padded mailer', 'with signature confirmation over $250'])}. International buyers: ${R.pick(['shipped through the eBay International Shipping programme', 'customs forms are filled honestly, we do not mark items as gifts', 'please contact us for a combined shipping quote'])}.`,
  () => `About shipping: processing ${R.int(1, 3)}-${R.int(4, 7)} days, transit ${R.int(5, 12)}-${R.int(13, 30)} days depending on destination. During holidays (Chinese New Year, Black Friday) delays may happen. If your parcel has not arrived after 30 days please contact us before opening a dispute.`,
];
const SHIP_ZH = [
  () => `【发货说明】\n${R.pick(['下单后48小时内发货', '现货当天发 16点前下单当天发出', '付款后3-5天内发货', '预售款 15天内发货'])}，默认${R.pick(['中通', '圆通', '韵达', '顺丰', '申通', '京东物流'])}快递，需要顺丰请补运费差价。${R.pick(['新疆西藏青海内蒙古等偏远地区不包邮', '港澳台及海外不发货', '偏远地区请联系客服补邮费'])}。`,
  () => `【关于物流】\n本店从${R.pick(['广州', '深圳', '杭州', '义乌', '莆田', '上海', '东莞', '泉州', '香港'])}仓库发货，全国大部分地区2-4天到达。物流信息更新可能有延迟，请耐心等待。快递到了请当面验货，外包装破损可拒签。`,
  () => `【发货时间】工作日下单当天发货，周末及节假日顺延。双十一、618等大促期间发货时间可能延长至7天，介意慎拍。`,
  () => `【包邮说明】全场满${R.pick(['59', '99', '39', '199'])}元包邮（偏远地区除外），默认快递不指定，特殊要求请备注。`,
];
const RET_EN = [
  () => `Returns:\n${R.pick(['30-day returns accepted.', '14-day money back guarantee.', 'Returns accepted within 60 days, buyer pays return shipping.', 'No returns on final sale items.', 'Returns within 30 days if unworn with all tags attached.'])} Items must be returned in original condition and packaging. Refunds are issued within ${R.int(2, 7)} business days after we receive the return.`,
  () => `RETURN POLICY: If you are not satisfied, contact us first. We will do our best to solve any problem. ${R.pick(['Please do not leave negative feedback without contacting us.', 'Opening a case without contacting us first may delay the solution.', 'Exchanges are free for size issues.'])}`,
  () => `Warranty & returns: ${R.pick(['12-month seller warranty.', '2-year warranty for EU buyers.', 'Manufacturer warranty applies where available.', '90-day warranty against defects.'])} ${R.pick(['Physical damage and water damage are not covered.', 'Restocking fee may apply to opened electronics.', 'Please keep the original packaging.'])}`,
];
const RET_ZH = [
  () => `【售后保障】\n支持七天无理由退换货（${R.pick(['需保持吊牌完好', '不影响二次销售', '拆封后不支持', '定制款除外'])}），${R.pick(['赠送运费险', '退货运费买家承担', '质量问题运费我们承担'])}。收到货有任何问题请先联系客服，我们会第一时间为您处理。`,
  () => `【售后说明】质量问题包退包换，非质量问题退换货需买家承担来回运费。请勿直接给中差评，有问题好商量。`,
  () => `【温馨提示】签收后请及时验货，如有破损、少件请在48小时内拍照联系客服，超时不予处理哦~`,
];
const PAY_EN = [
  () => `Payment: ${R.pick(['PayPal, credit/debit cards via eBay checkout', 'we accept all payment methods offered by the platform', 'payment is required within 3 days of purchase', 'Afterpay / Klarna available at checkout'])}.`,
  () => `Unpaid items will be cancelled after ${R.int(2, 5)} days. Combined shipping available for multiple purchases, please request an invoice before paying.`,
];
const ABOUT_EN = [
  () => `About us:\n${R.pick(['We are a small family business', 'We are a professional seller', 'We have been selling online since ' + R.int(2008, 2021), 'We are a team of collectors', 'We are an independent retailer'])} ${R.pick(['with thousands of happy customers.', 'and we care about every order.', 'based in ' + R.pick(['Manchester', 'Ohio', 'Texas', 'Lyon', 'Guangzhou', 'Kowloon', 'Melbourne', 'Toronto']) + '.', 'with a 99.8% positive feedback rating.'])}`,
  () => `Feedback: your satisfaction is our top priority. If you are happy with your purchase please leave ${R.pick(['5-star feedback', 'positive feedback', 'a review'])}, it helps our small shop a lot. ${R.pick(['Thank you!', 'Thanks for looking!', 'Have a nice day :)', 'Check out our other items!'])}`,
  () => `Please note: ${R.pick(['colours may vary slightly due to screen settings and lighting.', 'photos are of the actual item unless stated otherwise.', 'measurements are approximate.', 'we do not accept offers below the listed price.'])}`,
  () => `Why buy from us?\n✓ Fast dispatch\n✓ Secure packaging\n✓ ${R.pick(['Friendly customer service', 'Responsive support 7 days a week', 'Tracked shipping on every order'])}\n✓ ${R.pick(['Over 10,000 sales', 'Top Rated Seller', 'Trusted since 2015', 'Hassle-free returns'])}`,
];
const ABOUT_ZH = [
  () => `【关于本店】${R.pick(['本店为实体店铺线上分店', '小店新开 冲销量', '专注' + R.pick(['鞋包', '数码', '腕表', '美妆', '潮玩', '五金工具']) + '十年', '个人小店 诚信经营'])}，${R.pick(['欢迎新老顾客光临', '收藏店铺优先发货', '关注店铺领取优惠券', '好评晒图返现'])}。`,
  () => `【色差说明】由于拍摄光线及显示器不同，图片与实物可能存在轻微色差，以实物为准，介意慎拍。`,
  () => `【买家须知】\n1. 拍下即默认同意本店规则\n2. 请仔细核对收货地址和电话\n3. ${R.pick(['不接受恶意差评', '不包邮地区请先联系客服', '赠品随机发', '急用请慎拍'])}\n4. 有任何问题请联系在线客服，客服在线时间9:00-23:00`,
  () => `【亲爱的买家】感谢您光临本店！我们承诺所有商品发货前都经过仔细检查，包装严实。如果满意请给五星好评，您的支持是我们最大的动力❤`,
];
const CARE_EN = [
  () => `Care: ${R.pick(['avoid water and direct sunlight', 'wipe with a soft dry cloth', 'keep away from heat sources', 'store in a cool dry place'])}.`,
  () => `Notes: ${R.pick(['All items are checked before dispatch.', 'We reply to messages within 24 hours.', 'Bundle discounts available.', 'Sold as described, please read the full description.'])}`,
];
const CARE_ZH = [
  () => `【保养说明】${R.pick(['避免暴晒与淋雨', '用干软布擦拭', '远离高温', '存放于阴凉干燥处'])}。`,
  () => `【小贴士】${R.pick(['下单备注尺码颜色，未备注随机发', '收藏加购优先发货', '部分商品为手工测量 存在误差', '拍照效果与实物略有差异'])}`,
];

function pickBlocks(lang, it, opts = {}) {
  const g = group(it);
  const en = lang === 'en';
  const blocks = [];
  const spec = (en ? SPEC_EN : SPEC_ZH)[g] || (en ? SPEC_EN : SPEC_ZH).generic;
  blocks.push({ k: 'spec', t: spec() });
  const sz = en ? SIZE_EN : SIZE_ZH;
  if ((g === 'shoe' || g === 'apparel') && R.chance(0.75)) blocks.push({ k: 'size', t: (sz[g])() });
  const pools = en ? [SHIP_EN, RET_EN, PAY_EN, ABOUT_EN, ABOUT_EN, CARE_EN] : [SHIP_ZH, RET_ZH, ABOUT_ZH, ABOUT_ZH, CARE_ZH, SHIP_ZH];
  for (const p of R.shuffle(pools)) blocks.push({ k: 'bp', t: R.pick(p)() });
  if (opts.extra) for (const e of opts.extra) blocks.push({ k: 'extra', t: e });
  return blocks;
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');

// Compose a long description (800-3000 bytes). intro: first paragraph; cue: sentence to bury (or null).
function longDesc(lang, it, intro, cue, opts = {}) {
  const target = R.int(opts.min || 900, opts.max || 2600);
  let blocks = pickBlocks(lang, it, opts);
  const head = blocks.shift(); // spec block
  blocks = R.shuffle(blocks);
  const parts = [intro, head.t];
  let i = 0;
  while (i < blocks.length && bytes(parts.join('\n\n')) < target) parts.push(blocks[i++].t);
  // bury cue somewhere after intro (sometimes in the middle of a block)
  if (cue) {
    const pos = R.int(1, parts.length);
    if (R.chance(0.4) && pos < parts.length) parts[pos] = parts[pos] + (lang === 'en' ? ' ' : '') + cue;
    else parts.splice(pos, 0, cue);
  }
  let s = parts.join(R.pick(['\n\n', '\n', '\n\n']));
  while (bytes(s) > 2990 && parts.length > 2) { parts.splice(parts.length - 1 === parts.indexOf(cue) ? parts.length - 2 : parts.length - 1, 1); s = parts.join('\n\n'); }
  // pad if too short
  const pads = lang === 'en' ? ABOUT_EN.concat(SHIP_EN, RET_EN) : ABOUT_ZH.concat(SHIP_ZH, RET_ZH);
  let guard = 0;
  while (bytes(s) < 820 && guard++ < 12) s += '\n\n' + R.pick(pads)();
  if (bytes(s) > 3000) s = Buffer.from(s).subarray(0, 2990).toString('utf8').replace(/\uFFFD+$/, '');
  if (cue && !s.includes(cue)) {
    const cut = Buffer.from(s).subarray(0, 2900 - bytes(cue)).toString('utf8').replace(/\uFFFD+$/, '');
    const k = cut.indexOf('\n', Math.floor(cut.length / 3));
    s = k > 0 ? cut.slice(0, k) + '\n' + cue + cut.slice(k) : cut + '\n' + cue;
  }
  return s;
}

module.exports = { longDesc, group, bytes };
