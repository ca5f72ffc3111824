// The 30 generators of test-v18 and their typed hard-negative data. Each returns a listing spec or null (retry).
import { DESC_LANGS } from './boilerplate.js';
import { currencyFor, priceAt } from './lib.js';
import {
  ADMIT,
  AUTHW,
  CATW,
  CODED,
  DM,
  FACTORY,
  FITS,
  GENUINE,
  GRAY,
  INVISIBLES,
  LOOKALIKE,
  MARKER,
  NEWW,
  NOT_REPLICA,
  OEM,
  PROMO,
  QUALITY,
  USEDW,
  WEAK,
} from './vocab.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;
const TRAD_HINT = /[東維亞歐絲綺圖貝爾羅態勁兒寶適愛納縱楓辦疊業們這個車條樹紙]/;

// ---------------- typed hard-negative data ----------------

// unbranded goods with marker-like words: [title, category, USD, lang]
const GENERIC_MARKER = [
  ['1:1 scale human skull anatomy model, 3-part, for nursing students', 'toys', 24, 'en'],
  ['1:1 life-size kingfisher carving, hand-painted lime wood', 'furniture', 58, 'en'],
  ['Replica Roman oil lamp, terracotta, museum shop style', 'furniture', 19, 'en'],
  ['Replica 1920s Ghana Gold Coast map print, A2', 'books', 14, 'en'],
  ['Replica Ethiopian processional cross, brass, 40cm', 'jewellery', 45, 'en'],
  ['AAA grade Yirgacheffe green coffee beans 1kg', 'kitchenware', 16, 'en'],
  ['Grade AAA Sidamo washed coffee, roasted, 500g', 'kitchenware', 12, 'en'],
  ['AAA rated rechargeable NiMH cells 1.2V 8-pack, no brand', 'batteries', 11, 'en'],
  ['A4 copy paper 80gsm, 5 reams, white', 'printer-supplies', 24, 'en'],
  ['Copy holder for typing, adjustable clip, document stand', 'computer-accessories', 9.5, 'en'],
  ['Clone pothos cuttings x10, rooted in water', 'outdoor-gear', 8, 'en'],
  ['Monstera clone cuttings, node with aerial root (pick-up Auckland)', 'outdoor-gear', 12, 'en'],
  ['Duplicate key blanks KW1 x20 for key cutting machine', 'tools', 9, 'en'],
  ['Key duplicating machine, tabletop, for locksmith shop', 'tools', 139, 'en'],
  ['Mirror finish stainless steel sheet 1mm, 300x300', 'tools', 15, 'en'],
  ['Fake grass artificial turf roll 2x5m, 30mm pile', 'outdoor-gear', 59, 'en'],
  ['Faux fur throw blanket 130x160, cream', 'furniture', 22, 'en'],
  ['Faux leather sofa cover 3-seater, brown', 'furniture', 35, 'en'],
  ['Imitation jewellery set for weddings (gold-plated brass), Lahore', 'jewellery', 18, 'en'],
  ['Imitation kundan bridal set, unbranded, boxed', 'jewellery', 26, 'en'],
  ['Master copy of my own sheet music arrangement, printed and bound', 'books', 12, 'en'],
  ['First copy off the press: signed debut poetry chapbook (author sale)', 'books', 15, 'en'],
  ['Replica kente stole for graduation, woven in Bonwire style', 'apparel', 30, 'en'],
  ['Replica Maori waka huia treasure box, carved rimu, made by me', 'furniture', 120, 'en'],
  ['Replica 1930s railway poster, Cork to Dublin, A3 print', 'books', 11, 'en'],
  ['1:1 scale cardboard cut-out standee of my cat (custom print)', 'toys', 29, 'en'],
  ['Super clone? No: heirloom tomato seeds "Super Sioux", 50 seeds', 'outdoor-gear', 3.5, 'en'],
  ['Replica trilobite cast, resin, for classroom', 'toys', 7, 'en'],
  ['Mirror copy holder? No, a wall mirror 60x90 with oak frame', 'furniture', 49, 'en'],
  ['Réplica de cerâmica marajoara, feita à mão em Belém', 'furniture', 35, 'pt'],
  ['Réplica de carranca do São Francisco, madeira, 40 cm', 'furniture', 60, 'pt'],
  ['Papel cópia A4 75g, caixa com 10 resmas', 'printer-supplies', 38, 'pt'],
  ['Réplica de máscara de jade maya, resina, decoración', 'furniture', 25, 'es'],
  ['Réplica de vasija precolombina tairona, barro, 25 cm', 'furniture', 32, 'es'],
  ['Café de Colombia grado AAA excelso, 1 kg en grano', 'kitchenware', 14, 'es'],
  ['Replika keris Bali hiasan dinding, kayu dan kuningan', 'furniture', 21, 'id'],
  ['Bibit stek clone alpukat miki, siap tanam', 'outdoor-gear', 4, 'id'],
  ['Kertas HVS copy A4 70gsm 1 rim', 'printer-supplies', 3.5, 'id'],
  ['Mô hình 1:1 trống đồng Đông Sơn trang trí, đồng giả cổ', 'furniture', 75, 'vi'],
  ['Giấy photocopy A4 70gsm 500 tờ', 'printer-supplies', 3, 'vi'],
  ['Osmanlı replika kahve fincanı seti, el yapımı bakır', 'kitchenware', 28, 'tr'],
  ['Replika hełmu husarskiego, dekoracja ścienna, stal', 'furniture', 210, 'pl'],
  ['Papier ksero A4 80g karton 5 ryz', 'printer-supplies', 22, 'pl'],
  ['1:1 比例 人体骨骼模型 医学教学用 170cm', 'toys', 95, 'zh'],
  ['仿古 青花瓷 茶杯 景德镇 手绘 一对', 'kitchenware', 18, 'zh'],
  ['仿真绿植 龟背竹 落地盆栽 1.2米', 'furniture', 26, 'zh'],
  ['仿生饵 软虫 路亚 鲈鱼 10条装', 'sports-equipment', 3, 'zh'],
  ['复刻 老上海 铁皮青蛙 发条玩具 怀旧', 'toys', 4, 'zh'],
  ['山寨 土鸡蛋 农家散养 30枚 云南山里直发', 'kitchenware', 9, 'zh'],
  ['AAA级景区 门票 代订 黄山一日游', 'books', 30, 'zh'],
  ['3A级 复印纸 A4 70克 500张', 'printer-supplies', 3.5, 'zh'],
  ['仿木纹 地板贴 自粘 防水 10片', 'furniture', 5, 'zh'],
  ['仿皮 沙发套 三人位 加厚', 'furniture', 25, 'zh'],
  ['克隆 多肉 叶插苗 十棵 混发', 'outdoor-gear', 2, 'zh'],
  ['高仿真 仿生 蝴蝶 冰箱贴 手工', 'toys', 1.5, 'zh'],
  ['一比一 等身 纸板人形立牌 定制 照片', 'toys', 25, 'zh'],
  ['A货车位？不，是A区地下车位 出租 每月', 'books', 40, 'zh'],
  ['仿古青砖 庭院铺地 老砖 每块', 'furniture', 1, 'zh'],
  ['仿宋 字帖 楷书 练字本 五本', 'books', 3, 'zh'],
  ['複刻版 台灣老式 玻璃彈珠汽水瓶 裝飾', 'kitchenware', 6, 'zht'],
  ['仿古 木窗花 雕刻 掛飾', 'furniture', 30, 'zht'],
  ['高仿真 人造花 繡球花 一束', 'furniture', 5, 'zht'],
];

// brand words as ordinary words outside the brand's categories: [brandId, title, category, USD, lang]
const COMMON_WORD = [
  [
    'combi',
    'Combi boiler 24kW, wall-hung, gas, installed 2021, removed for upgrade',
    'home-appliances',
    420,
    'en',
  ],
  ['combi', 'Combi oven steam tray GN 1/1, stainless, catering', 'kitchenware', 35, 'en'],
  ['combi', 'Kombi / combi van roof rack for old VW-style campers (repro)', 'auto-parts', 180, 'en'],
  ['combi', 'Combi drill bit set 29 pcs HSS, no-name, metal case', 'tools', 14, 'en'],
  ['joie', 'Joie de vivre canvas print, 50x70, hand lettering', 'furniture', 25, 'en'],
  ['joie', 'La Joie de Vivre — French novel (Zola), paperback', 'books', 6, 'en'],
  ['joie', 'Joie cafe ceramic mug set of 4, handmade in Galway', 'kitchenware', 32, 'en'],
  ['oneill', "Eugene O'Neill — Long Day's Journey into Night, Nick Hern edition", 'books', 9, 'en'],
  ['oneill', "O'Neill family crest wall plaque, Irish heritage, oak", 'furniture', 40, 'en'],
  ['oneill', "Vintage O'Neill's pub mirror sign, Dublin, 1980s", 'furniture', 95, 'en'],
  ['vittoria', 'Vittoria Colonna — Sonnets for Michelangelo, bilingual edition', 'books', 18, 'en'],
  ['vittoria', 'Cerasuolo di Vittoria tasting glasses set (wine tour souvenir)', 'kitchenware', 22, 'en'],
  ['magura', 'Magura Cave (Bulgaria) travel guide and map 2025', 'books', 12, 'en'],
  ['magura', 'Magura district, Bangladesh: local history book (Bangla)', 'books', 7, 'en'],
  ['strymon', 'Strymon river valley hiking map 1:50 000, Greece', 'books', 10, 'en'],
  ['anessa', 'Name necklace "Anessa" sterling silver script pendant', 'jewellery', 29, 'en'],
  ['iwatani', 'Toru Iwatani game design lecture notes (book, Japanese)', 'books', 25, 'en'],
  ['inaba', 'White Hare of Inaba picture book, Japanese folk tale', 'books', 8, 'en'],
  ['xerox', 'Xerox and lamination service price board, Accra office (signage only)', 'furniture', 15, 'en'],
  ['xerox', 'Second-hand student notes, xerox-bound, BSc Accounting year 1', 'books', 6, 'en'],
  ['energizer', 'Electric fence energizer 12V for goats and cattle, 2 km range', 'tools', 65, 'en'],
  ['energizer', 'Solar fence energizer kit with ground rod, unbranded', 'tools', 89, 'en'],
  ['upperdeck', 'Upper deck bus seat cover, double-decker style, souvenir', 'auto-parts', 25, 'en'],
  ['upperdeck', 'Yacht upper deck teak cleaner 1L', 'auto-parts', 18, 'en'],
  ['tsubaki', 'Tsubaki (camellia) oil 100ml for knife and tool rust care', 'tools', 12, 'en'],
  ['tsubaki', 'Tsubaki camellia seedlings, red flower, 3 plants', 'outdoor-gear', 15, 'en'],
  ['dongcheng', 'Dongcheng District, Beijing: hutong walking guide (English)', 'books', 14, 'en'],
  ['dongcheng', 'DCA airport parking voucher? No: DCA 2.5mm cable lug set', 'tools', 9, 'en'],
  ['kingsoft', 'WPS button replacement for home WiFi router, generic', 'computer-accessories', 4, 'en'],
  ['papergames', 'Paper games for long car rides: activity pad for kids', 'books', 6, 'en'],
  ['firemaple', 'Fire maple sapling, Japanese maple, 60 cm, in pot', 'outdoor-gear', 24, 'en'],
  ['roundlab', 'Round lab table, white laminate, 120cm, school surplus', 'furniture', 85, 'en'],
  ['potensic', 'Atom model kit, molecular structure set 240 pcs', 'toys', 13, 'en'],
  ['vittoria', 'Opel Corsa D front brake pads, aftermarket', 'auto-parts', 21, 'en'],
  ['vittoria', 'Rubino red wine decanter, crystal-look glass', 'kitchenware', 19, 'en'],
  ['acana', 'Chrysler Pacifica 2019 cabin air filter', 'auto-parts', 12, 'en'],
  ['acana', 'Wild prairie wildflower seed mix 100g', 'outdoor-gear', 7, 'en'],
  ['acana', 'Grasslands of the world — ecology textbook, 2nd edition', 'books', 30, 'en'],
  ['inaba', 'Churu, Rajasthan: sandstone havelis photo book', 'books', 20, 'en'],
  ['inaba', 'Ciao bella neon sign, pink, 50cm', 'furniture', 45, 'en'],
  ['inaba', 'Piaggio Ciao moped carburettor rebuild kit', 'auto-parts', 25, 'en'],
  ['amtourister', 'Curio cabinet, glass doors, mahogany veneer, 4 shelves', 'furniture', 160, 'en'],
  ['amtourister', 'Soundbox Bluetooth speaker 10W, generic, wood look', 'audio', 18, 'en'],
  ['firemaple', 'Hornet trap for garden, reusable, 2 pack', 'outdoor-gear', 9, 'en'],
  ['firemaple', 'Petrel and shearwater field guide, NZ seabirds', 'books', 28, 'en'],
  ['firemaple', 'Fixed star chart poster, northern sky, A1', 'books', 16, 'en'],
  ['moulinex', 'MasterChef NZ season cookbook, hardcover', 'books', 20, 'en'],
  ['moulinex', 'Travel companion pillow, memory foam, grey', 'home-appliances', 15, 'en'],
  ['cressi', 'Leonardo da Vinci notebooks facsimile, A4 print', 'books', 22, 'en'],
  ['cressi', 'Palau island travel guide 2026', 'books', 18, 'en'],
  ['cressi', 'Big Eyes (2014) DVD, Amy Adams, region 2', 'film-tv', 6, 'en'],
  ['umbro', 'Double diamond ski run sign, metal, for cabin wall', 'furniture', 35, 'en'],
  ['umbro', 'Tocco piano touch tutor book (Italian method)', 'books', 14, 'en'],
  ['ehx', 'Memory Man — thriller paperback, used', 'books', 4, 'en'],
  ['strymon', 'Big Sky, Montana — log cabin photo print', 'furniture', 25, 'en'],
  ['strymon', 'Timeline of world history wall chart, laminated', 'books', 12, 'en'],
  ['prs', 'Silver sky acrylic painting on canvas, 40x50, original art', 'furniture', 70, 'en'],
  ['upperdeck', 'Young Guns (1988) Blu-ray, western', 'film-tv', 9, 'en'],
  ['romoss', 'Sense8 season 1 DVD box set', 'film-tv', 12, 'en'],
  ['anycubic', 'Kobra snake plush 150cm, green', 'toys', 16, 'en'],
  ['oneill', 'Nuclear reactor cutaway model kit 1:200', 'toys', 38, 'en'],
  ['potensic', 'Dreamer catcher wall hanging, boho, handmade', 'furniture', 11, 'en'],
  ['joie', 'Joie de Vivre — bolo de aniversário? Não: livro de receitas francesas', 'books', 9, 'pt'],
  ['combi', 'Kombi 1975 retrovisor externo, reposição', 'auto-parts', 30, 'pt'],
  ['combi', 'Caldera combi a gas 24 kW, usada, funcionando', 'home-appliances', 300, 'es'],
  ['vittoria', 'Corsa 2012 filtro de aceite, repuesto genérico', 'auto-parts', 6, 'es'],
  ['cressi', 'Leonardo (serie de TV) temporada 1 DVD', 'film-tv', 8, 'es'],
  ['bushiroad', '武士道 新渡户稻造 精装 中文译本', 'books', 6, 'zh'],
  ['bushiroad', '武士道精神 书法 挂画 装裱 客厅', 'furniture', 35, 'zh'],
  ['dongcheng', '东成西就 1993 电影 收藏版 DVD', 'film-tv', 5, 'zh'],
  ['dongcheng', '北京东城区 胡同 手绘地图 明信片', 'books', 2, 'zh'],
  ['nanfu', '户外套锅 带聚能环 1.6升 铝合金 无品牌', 'outdoor-gear', 12, 'zh'],
  ['nanfu', '聚能环 炊具 导热圈 野营锅 两件套', 'outdoor-gear', 10, 'zh'],
  ['vittoria', '维多利亚时代 复古 相框 欧式 7寸', 'furniture', 4, 'zh'],
  ['vittoria', '维多利亚港 夜景 拼图 1000片', 'toys', 8, 'zh'],
  ['avene', '雅漾 不是品牌：雅漾 这个名字 的 书法 作品 定制', 'furniture', 10, 'zh'],
  ['iwatani', '岩谷 登山 步道 地图 日本 関西', 'books', 5, 'zh'],
  ['nuxe', '欧树 盆景 造型 小叶 桌面', 'outdoor-gear', 15, 'zh'],
  ['cort', '科特 迪瓦 咖啡豆 250克 烘焙', 'kitchenware', 6, 'zh'],
  ['kingsoft', '金山办公 写字楼 工位 出租 珠海', 'furniture', 200, 'zh'],
  ['kingsoft', '路由器 WPS 按键 维修 配件', 'computer-accessories', 1, 'zh'],
  ['amtourister', '美旅 旅行社 云南 六日游 报名', 'books', 300, 'zh'],
  ['firemaple', '火枫 盆栽 日本红枫 小苗', 'outdoor-gear', 9, 'zh'],
  ['umbro', '茵宝 小区 二手房 钥匙 挂件 定做', 'jewellery', 2, 'zh'],
  ['tsubaki', '椿 花 种子 红山茶 盆栽 苗', 'outdoor-gear', 4, 'zh'],
  ['energizer', '劲量 健身 哑铃 10kg 一对 无品牌', 'sports-equipment', 20, 'zh'],
  ['papergames', '叠纸 手工 折纸 儿童 教程 书', 'books', 3, 'zh'],
  ['bushiroad', '武士道 日本 刀 装饰 木刀 练习', 'sports-equipment', 12, 'zh'],
  ['cuktech', '酷态 T恤 印花 潮牌 纯棉 男', 'apparel', 8, 'zh'],
  ['vittoria', '維多利亞港 明信片 一套十張', 'books', 3, 'zht'],
  ['bushiroad', '武士道 新渡戶稻造 繁體版', 'books', 7, 'zht'],
  ['iwatani', '岩谷 溫泉 旅館 住宿券 兩人', 'books', 150, 'zht'],
];

// unbranded goods whose codes look like line codes: [title, category, USD, lang]
const MODEL_CODES = [
  ['DMM digital multimeter auto-ranging 6000 counts, no brand', 'tools', 14, 'en'],
  ['DMM test leads with alligator clips, 1000V', 'tools', 5, 'en'],
  ['TSP trisodium phosphate cleaner 1kg, heavy-duty', 'tools', 9, 'en'],
  ['PHP 30-day crash course — printed workbook', 'books', 11, 'en'],
  ['MT7 metric tap and die set, 40 pcs', 'tools', 18, 'en'],
  ['HS33 hose clamp assortment 60 pcs, stainless', 'tools', 8, 'en'],
  ['TK1150 thermostat switch 150°C, 5 pcs', 'home-appliances', 4, 'en'],
  ['PC-211 panel connector 2-pin, 10 pcs', 'tools', 3, 'en'],
  ['TO-405 transistor heatsink clips, 20 pcs', 'tools', 2.5, 'en'],
  ['AC20C contactor 20A coil 230V, generic', 'tools', 12, 'en'],
  ['G250 flap disc 115mm grit 120, 10 pack', 'tools', 9, 'en'],
  ['C24 ceramic capacitor kit, assorted', 'tools', 4, 'en'],
  ['M500 cutting mat A2 self-healing, green', 'tools', 10, 'en'],
  ['GT3 racing seat cover for office chair, generic', 'furniture', 22, 'en'],
  ['SE24 edging strip for kitchen worktop, 3m', 'furniture', 7, 'en'],
  ['Atom 3D puzzle? No: ATOM-12 sensor module for Arduino', 'computer-accessories', 6, 'en'],
  ['FMS-X2 fuel manifold seal, generic spare', 'auto-parts', 7, 'en'],
  ['CB-250 cable box for outdoor junctions, IP65', 'tools', 9, 'en'],
  ['PB200 push button switch, red, 10 pcs', 'tools', 3, 'en'],
  ['PHP30 threaded pipe hanger, galvanised, 10 pcs', 'tools', 6, 'en'],
  ['WX175 wire connector kit 175 pcs', 'tools', 8, 'en'],
  ['H350 hinge for cabinet doors, soft close, 4 pcs', 'furniture', 11, 'en'],
  ['240s wireless doorbell kit, 2 receivers, no-name', 'home-appliances', 16, 'en'],
  ['MK4 collet chuck set ER32, lathe tooling', 'tools', 45, 'en'],
  ['S1 bollard light 60cm, garden path, solar', 'outdoor-gear', 25, 'en'],
  ['No.10 envelopes, white, 500 pack', 'books', 14, 'en'],
  ['PD 20W USB-C charger, no brand, single port', 'phone-accessories', 4, 'en'],
  ['E91 fuse 10A blade, 50 pcs, generic', 'auto-parts', 4, 'en'],
  ['L91 LED strip driver 12V, generic', 'home-appliances', 7, 'en'],
  ['CR2032 coin cells 10 pcs, unbranded', 'batteries', 2, 'en'],
  ['GD40 gear oil 1L, industrial', 'tools', 9, 'en'],
  ['Corsa C trailer hitch cover, generic', 'auto-parts', 10, 'en'],
  ['Jogo de chaves MT7 Allen 9 peças', 'tools', 6, 'pt'],
  ['Disjuntor AC20C 20A trifásico', 'tools', 9, 'pt'],
  ['Multímetro DMM digital automático, genérico', 'tools', 12, 'es'],
  ['Bisagra H350 cierre suave, 4 piezas', 'furniture', 9, 'es'],
  ['Kabel PC211 untuk panel listrik 10 pcs', 'tools', 3, 'id'],
  ['Cầu chì E91 10A, 50 cái', 'auto-parts', 3, 'vi'],
  ['DMM 数字万用表 自动量程 无牌', 'tools', 12, 'zh'],
  ['TSP 磷酸三钠 清洗剂 1公斤', 'tools', 5, 'zh'],
  ['MT7 丝锥 板牙 套装 40件', 'tools', 15, 'zh'],
  ['PC-211 接线端子 10个', 'tools', 2, 'zh'],
  ['TO-405 三极管 散热片 20个', 'tools', 2, 'zh'],
  ['HS33 不锈钢 喉箍 60个装', 'tools', 5, 'zh'],
  ['AC20C 交流接触器 220V', 'tools', 8, 'zh'],
  ['M500 切割垫 A2 绿色', 'tools', 6, 'zh'],
  ['G250 百叶片 115mm 10片', 'tools', 5, 'zh'],
  ['SE24 封边条 橱柜 3米', 'furniture', 3, 'zh'],
  ['H350 阻尼铰链 4个', 'furniture', 6, 'zh'],
  ['WX175 接线端子 套装 175个', 'tools', 5, 'zh'],
  ['PD 20W 充电头 无品牌 单口', 'phone-accessories', 3, 'zh'],
  ['CB-250 户外接线盒 防水', 'tools', 4, 'zh'],
  ['S1 太阳能 草坪灯 60厘米', 'outdoor-gear', 12, 'zh'],
  ['MK4 夹头 ER32 车床配件', 'tools', 25, 'zh'],
  ['PB200 按钮开关 红色 10个', 'tools', 2, 'zh'],
  ['L91 灯带驱动 12V', 'home-appliances', 4, 'zh'],
  ['TK1150 温控开关 150度 5个', 'home-appliances', 2, 'zh'],
  ['No.10 信封 白色 500个', 'books', 8, 'zh'],
];

// cheap unbranded goods: [title, category, USD, lang]
const CHEAP = [
  ['Cordless drill 12V with 2 batteries, unbranded, case included', 'tools', 24, 'en'],
  ['Electric grass trimmer 350W, no-name, corded', 'tools', 28, 'en'],
  ['Bike floor pump with gauge, generic', 'bicycles', 14, 'en'],
  ['Bike front light USB rechargeable 800 lumen, no brand', 'bicycles', 9, 'en'],
  ['Road bike tyre 700x25 folding, generic', 'bicycles', 12, 'en'],
  ['Hydraulic disc brake set, unbranded, front and rear', 'bicycles', 32, 'en'],
  ['Sunscreen gel SPF50 100ml, pharmacy own label', 'cosmetics', 5, 'en'],
  ['Rose water toner 250ml, local brand-free', 'cosmetics', 3, 'en'],
  ['Compatible toner cartridge, generic, for 1150-type printers', 'printer-supplies', 15, 'en'],
  ['Wireless charging stand 15W, unbranded', 'phone-accessories', 12, 'en'],
  ['Power bank 10000mAh, no brand, white', 'batteries', 9, 'en'],
  ['AA alkaline batteries 40-pack, unbranded', 'batteries', 8, 'en'],
  ['Electric guitar starter pack, no-name, with amp', 'music', 99, 'en'],
  ['Fuzz pedal kit DIY, unbranded', 'music', 19, 'en'],
  ['Acoustic guitar 41 inch, unbranded, natural', 'music', 55, 'en'],
  ['Trading card sleeves 100 pcs, clear', 'toys', 3, 'en'],
  ['Baby stroller lightweight, no brand, grey', 'baby-products', 65, 'en'],
  ['Booster seat for kids, unbranded', 'baby-products', 25, 'en'],
  ['Dry dog food 10kg, local mill, chicken', 'pet-supplies', 18, 'en'],
  ['Lickable cat treats 20 tubes, generic', 'pet-supplies', 6, 'en'],
  ['Solar charge controller 30A PWM, unbranded', 'home-appliances', 12, 'en'],
  ['Off-grid inverter 3kW pure sine, no-name', 'home-appliances', 240, 'en'],
  ['Air fryer 4L, no brand, black', 'home-appliances', 35, 'en'],
  ['Mini drone with camera for kids, generic', 'cameras', 29, 'en'],
  ['PLA filament 1kg, unbranded, white', 'computer-accessories', 12, 'en'],
  ['Spinner suitcase 24 inch, no-name, ABS', 'handbags', 39, 'en'],
  ['Kids football boots, unbranded, sizes 28-35', 'shoes', 15, 'en'],
  ['Plain football training bib set of 10', 'apparel', 12, 'en'],
  ['Wetsuit 3mm shorty, unbranded', 'sports-equipment', 35, 'en'],
  ['Dive mask tempered glass, no brand', 'sports-equipment', 9, 'en'],
  ['Camping gas stove, compact, no-name', 'outdoor-gear', 7, 'en'],
  ['Cassette stove for tabletop hotpot, generic', 'kitchenware', 18, 'en'],
  ['Retro handheld game console, blank (no games), generic', 'game-consoles', 22, 'en'],
  ['Carregador turbo 20W USB-C genérico', 'phone-accessories', 4, 'pt'],
  ['Chuteira infantil sem marca, tamanhos 30 a 36', 'shoes', 12, 'pt'],
  ['Ração para gatos 10 kg, marca local', 'pet-supplies', 20, 'pt'],
  ['Pedal de efeitos distorção genérico', 'music', 15, 'pt'],
  ['Cargador inalámbrico 15W genérico', 'phone-accessories', 7, 'es'],
  ['Tenis de fútbol sala sin marca, talla 40', 'shoes', 14, 'es'],
  ['Powerbank 20000mAh tanpa merek', 'batteries', 8, 'id'],
  ['Sepatu futsal anak tanpa merek', 'shoes', 7, 'id'],
  ['Pin sạc dự phòng 10000mAh không thương hiệu', 'batteries', 6, 'vi'],
  ['无品牌 手电钻 12V 双电池', 'tools', 20, 'zh'],
  ['无牌 打草机 电动 家用', 'tools', 22, 'zh'],
  ['自行车 打气筒 带气压表 通用款', 'bicycles', 8, 'zh'],
  ['公路车外胎 700x25 杂牌 折叠', 'bicycles', 7, 'zh'],
  ['防晒霜 SPF50 平价 学生党 无品牌', 'cosmetics', 3, 'zh'],
  ['通用 硒鼓 兼容多型号 杂牌', 'printer-supplies', 8, 'zh'],
  ['无线充电座 15W 白牌', 'phone-accessories', 6, 'zh'],
  ['充电宝 10000毫安 白牌 超薄', 'batteries', 5, 'zh'],
  ['5号电池 碱性 40粒 无牌', 'batteries', 3, 'zh'],
  ['初学者 民谣吉他 41寸 无品牌', 'music', 40, 'zh'],
  ['卡膜 卡套 100张 透明', 'toys', 1.5, 'zh'],
  ['婴儿推车 轻便 折叠 杂牌', 'baby-products', 45, 'zh'],
  ['猫条 20支 散装 无品牌', 'pet-supplies', 3, 'zh'],
  ['狗粮 10公斤 散装 鸡肉味', 'pet-supplies', 14, 'zh'],
  ['太阳能控制器 30A 白牌', 'home-appliances', 8, 'zh'],
  ['空气炸锅 4升 杂牌', 'home-appliances', 22, 'zh'],
  ['儿童 航拍 小飞机 入门 无牌', 'cameras', 18, 'zh'],
  ['PLA 耗材 1公斤 白色 散装', 'computer-accessories', 7, 'zh'],
  ['拉杆箱 24寸 无品牌 学生', 'handbags', 25, 'zh'],
  ['儿童足球鞋 碎钉 杂牌', 'shoes', 9, 'zh'],
  ['浮潜面镜 钢化玻璃 无牌', 'sports-equipment', 5, 'zh'],
  ['户外 卡式炉 便携 无牌', 'outdoor-gear', 10, 'zh'],
  ['复古掌机 空机 无游戏 杂牌', 'game-consoles', 15, 'zh'],
];

// used consoles, stated unmodified: [brandId|null, lineKey|null, title, USD, lang]
const USED_CONSOLES = [
  [null, null, 'Vectrex (1982) with built-in game and controller, original, unmodified', 260, 'en'],
  [null, null, 'Ouya console, factory reset, no games installed, controller included', 45, 'en'],
  [null, null, 'Dingoo A320 handheld, stock firmware, empty SD slot', 40, 'en'],
  [null, null, 'GP2X Wiz handheld, original OS, no ROMs, boxed', 75, 'en'],
  [null, null, 'Tapwave Zodiac 2 handheld, working, stylus included, no extra software', 90, 'en'],
  [null, null, 'Fairchild Channel F console, working, with two controllers', 150, 'en'],
  [null, null, 'Emerson Arcadia 2001, untested power supply, sold as seen', 70, 'en'],
  [null, null, 'VTech V.Smile learning console with 2 original cartridges', 25, 'en'],
  [null, null, 'LeapFrog Leapster GS, reset, with one original game', 18, 'en'],
  [null, null, 'Zeebo console (Brazil 2009), complete, unmodified', 120, 'en'],
  [null, null, 'Mattel HyperScan console with 3 discs, untouched', 60, 'en'],
  [null, null, 'Arduboy FX, stock, only the games it ships with', 45, 'en'],
  [null, null, 'Console Zeebo usado, original, sem modificações', 110, 'pt'],
  [null, null, 'Vectrex usado, original, funcionando, sem alterações', 240, 'pt'],
  [null, null, 'Consola Ouya usada, restablecida de fábrica, sin juegos', 40, 'es'],
  [null, null, 'Dingoo A320 掌机 原装系统 未刷机 无游戏', 35, 'zh'],
  [null, null, 'GP2X Wiz 掌机 二手 原系统 空卡', 70, 'zh'],
  [null, null, 'ベクトレックス 本体 中古 動作確認済み 改造なし', 250, 'ja'],
  ['trimui', 'smartpro', 'TrimUI Smart Pro used, stock firmware, blank card, box included', 0.65, 'en'],
  ['trimui', 'brick', 'TrimUI Brick used, factory reset, no games on the card', 0.7, 'en'],
  ['trimui', 'smartpro', 'TrimUI Smart Pro 二手 原厂系统 空卡 无游戏', 0.6, 'zh'],
  ['trimui', 'brick', 'TrimUI Brick 二手 恢复出厂 卡里没有游戏', 0.65, 'zh'],
  ['trimui', 'brick', 'TrimUI Brick usado, firmware original, cartão vazio', 0.7, 'pt'],
  ['trimui', 'smartpro', 'TrimUI Smart Pro bekas, firmware bawaan, kartu kosong', 0.6, 'id'],
  ['trimui', 'smartpro', 'TrimUI Smart Pro 中古 初期化済み ゲームなし', 0.62, 'ja'],
  [null, null, 'Retro-bit Super Retro Trio console, used, no modifications', 35, 'en'],
  [null, null, 'Polymega base unit, used, stock system software, no game files', 300, 'en'],
  [null, null, 'Thumby keychain console, stock, only the bundled games', 25, 'en'],
  [null, null, 'PicoSystem handheld, used, firmware untouched', 40, 'en'],
  [null, null, 'ModRetro Chromatic, used, stock, cartridge slot only (no flash cart)', 150, 'en'],
  [null, null, 'TrimUI Model S mini handheld, used, stock firmware, empty card', 30, 'en'],
  [null, null, 'Console portátil Retro-bit usada, sem modificação', 30, 'pt'],
  [null, null, 'Thumby 钥匙扣掌机 二手 原版 只有自带游戏', 20, 'zh'],
  [null, null, 'ModRetro Chromatic 二手 原装 未改机', 140, 'zh'],
  [null, null, 'Konsol Thumby bekas, original, tanpa modifikasi', 22, 'id'],
];

// third-party items per category: en, zh
const ACC = {
  tools: [
    ['replacement blades (30 pcs)', '替换刀片 30片'],
    ['garage cover, waterproof', '防雨罩'],
    ['wall mount bracket', '壁挂支架'],
    ['battery adapter for other packs', '电池转换座'],
  ],
  bicycles: [
    ['brake pads, 2 pairs', '刹车片 两对'],
    ['bleed kit', '注油工具'],
    ['rotor bolts, 12 pcs', '碟片螺丝 12颗'],
    ['tubeless valves', '真空气嘴'],
  ],
  cosmetics: [
    ['travel refill bottles, set of 3', '旅行分装瓶 3个'],
    ['pump dispenser', '按压泵头'],
    ['acrylic organiser', '亚克力收纳架'],
  ],
  'printer-supplies': [
    ['compatible toner cartridge', '兼容粉盒'],
    ['refill toner powder 100g', '填充碳粉 100克'],
    ['waste toner box', '废粉盒'],
  ],
  'phone-accessories': [
    ['protective carry case', '收纳包'],
    ['replacement USB-C cable 2m', '替换数据线 2米'],
    ['silicone skin', '硅胶保护套'],
  ],
  batteries: [
    ['battery storage box', '电池收纳盒'],
    ['battery tester', '电池测试仪'],
    ['protective pouch', '保护套'],
  ],
  music: [
    ['pedal power cable', '效果器电源线'],
    ['strap locks', '背带锁'],
    ['knob set, 4 pcs', '旋钮 4个'],
    ['pickguard, aged white', '护板'],
  ],
  toys: [
    ['deck box', '卡盒'],
    ['card sleeves 100 pcs', '卡套 100张'],
    ['playmat', '游戏垫'],
  ],
  'baby-products': [
    ['rain cover', '防雨罩'],
    ['seat liner', '座椅凉席'],
    ['cup holder', '杯架'],
    ['mosquito net', '蚊帐'],
  ],
  'pet-supplies': [
    ['airtight storage container', '密封储粮桶'],
    ['treat dispenser', '喂食器'],
    ['feeding mat', '餐垫'],
  ],
  'home-appliances': [
    ['MC4 cable kit', 'MC4连接线'],
    ['mounting bracket', '安装支架'],
    ['battery cable set', '电池线组'],
  ],
  kitchenware: [
    ['silicone liners', '硅胶垫'],
    ['dust cover', '防尘罩'],
    ['replacement blade', '替换刀头'],
  ],
  cameras: [
    ['propeller guards', '桨叶保护罩'],
    ['hard carrying case', '收纳箱'],
    ['ND filter set', '滤镜套装'],
    ['landing pad 55cm', '停机坪 55厘米'],
  ],
  'computer-accessories': [
    ['PEI spring steel sheet', 'PEI磁吸钢板'],
    ['nozzle kit 0.4mm', '喷嘴套装'],
    ['spool holder', '料架'],
    ['enclosure tent', '保温罩'],
  ],
  handbags: [
    ['stretch luggage cover', '行李箱保护套'],
    ['packing cubes set', '收纳袋套装'],
    ['luggage strap', '打包带'],
  ],
  shoes: [
    ['replacement insoles', '替换鞋垫'],
    ['boot bag', '鞋袋'],
    ['screw-in studs', '替换鞋钉'],
  ],
  apparel: [
    ['shirt display frame', '球衣相框'],
    ['blank name and number set', '空白印号套装'],
  ],
  'sports-equipment': [
    ['wetsuit hanger', '湿衣衣架'],
    ['neoprene mask strap', '面镜带'],
    ['screen protector', '屏幕保护膜'],
    ['fin keepers', '脚蹼固定带'],
  ],
  'outdoor-gear': [
    ['canister stand', '气罐支架'],
    ['windscreen', '挡风板'],
    ['pot gripper', '锅夹'],
  ],
  'game-consoles': [
    ['hard carrying case', '收纳包'],
    ['tempered glass screen protector', '钢化膜'],
    ['silicone grip', '硅胶套'],
  ],
  software: [['printed tutorial workbook', '教程书']],
  'video-games': [['phone trigger buttons for shooters', '手游吃鸡按键']],
};
const ACC_CAT = { software: 'books', 'video-games': 'phone-accessories' };

// circumvention: [brandId, lineKey|null, category, lang, title template] ($ = retail fraction, numbers filled)
const CIRC = [
  [
    'corel',
    'cdgs',
    'software',
    'en',
    [
      'CorelDRAW Graphics Suite 2025 full version + crack, lifetime',
      'CorelDRAW 2025 pre-activated portable, no subscription needed',
      'CorelDRAW 2025 keygen + patch, works offline',
      'CorelDRAW 2025 lifetime activator for PC',
    ],
  ],
  [
    'corel',
    'cdgs',
    'software',
    'pt',
    [
      'CorelDRAW 2025 ativado permanente com crack',
      'CorelDRAW 2025 vitalício + ativador, envio imediato',
      'CorelDRAW 2025 versão crackeada instalação remota',
    ],
  ],
  [
    'corel',
    'cdgs',
    'software',
    'es',
    ['CorelDRAW 2025 full crack de por vida', 'CorelDRAW 2025 activado con keygen, instalación remota'],
  ],
  [
    'corel',
    'cdgs',
    'software',
    'id',
    ['CorelDRAW 2025 full version crack permanen', 'CorelDRAW 2025 aktivasi permanen (patch) + tutorial'],
  ],
  [
    'corel',
    'psp',
    'software',
    'en',
    ['PaintShop Pro 2023 Ultimate keygen + serial, lifetime', 'PaintShop Pro 2023 cracked, instant download'],
  ],
  [
    'corel',
    'winzip',
    'software',
    'en',
    ['WinZip Pro 29 serial key generator, unlimited PCs', 'WinZip Pro 29 trial reset tool, never expires'],
  ],
  [
    'corel',
    'cdgs',
    'software',
    'vi',
    ['CorelDRAW 2025 crack vĩnh viễn, cài từ xa', 'CorelDRAW 2025 bản crack full, kích hoạt vĩnh viễn'],
  ],
  ['corel', 'cdgs', 'software', 'tr', ['CorelDRAW 2025 crackli tam sürüm, ömür boyu']],
  [
    'kingsoft',
    'super',
    'software',
    'zh',
    [
      'WPS超级会员 破解版 永久免激活',
      'WPS超级会员 共享账号 一元一月',
      'WPS 绿色破解版 永久激活码 批量',
      'WPS超级会员 激活补丁 去广告 永久',
    ],
  ],
  [
    'kingsoft',
    'pro',
    'software',
    'en',
    ['WPS Office Pro lifetime cracked version, portable', 'WPS Pro activation patch, unlimited devices'],
  ],
  ['kingsoft', 'pro', 'software', 'id', ['WPS Office Pro full crack permanen']],
  [
    'garena',
    'dia5600',
    'video-games',
    'pt',
    [
      'Free Fire 5600 diamantes via bug, só R$ 15',
      'Diamantes Free Fire método bug, recarga pelo ID',
      'Conta Free Fire com 5600 diamantes comprados com cartão de terceiros',
    ],
  ],
  [
    'garena',
    'dia1060',
    'video-games',
    'id',
    [
      'Top up Free Fire 1060 diamond murah via jalur carding',
      'Diamond Free Fire via bug, harga miring',
      'Free Fire mod menu APK aimbot + wallhack anti-ban',
    ],
  ],
  [
    'garena',
    'dia1060',
    'video-games',
    'es',
    ['Diamantes Free Fire 1060 por bug, entrega por ID', 'Free Fire mod menu APK (aimbot) sin baneo'],
  ],
  [
    'garena',
    'dia1060',
    'video-games',
    'vi',
    ['Nạp 1060 kim cương Free Fire giá rẻ qua lỗi', 'Free Fire hack mod menu APK, không bị khóa'],
  ],
  [
    'garena',
    'dia1060',
    'video-games',
    'en',
    ['Free Fire 1060 diamonds for $2 via glitch method', 'Free Fire mod menu APK with aimbot, anti-ban 2027'],
  ],
  ['garena', 'pass', 'video-games', 'th', ['Booyah Pass ราคาถูก เติมผ่านบัคเกม']],
  [
    'papergames',
    'nikki648',
    'video-games',
    'zh',
    [
      '无限暖暖 648 代充 黑卡渠道 一折',
      '无限暖暖 钻石 低价代充 退款渠道 秒到',
      '无限暖暖 共享号 全服装 租号',
      '无限暖暖 自动钓鱼 脚本 外挂 防封',
    ],
  ],
  [
    'papergames',
    'lads648',
    'video-games',
    'zh',
    ['恋与深空 648 代充 一折 黑卡', '恋与深空 低价代充 渠道退款 不封号', '恋与深空 脚本 自动刷体力'],
  ],
  ['papergames', 'nikki648', 'video-games', 'zht', ['無限暖暖 648 代儲 一折 黑卡']],
  [
    'trimui',
    'smartpro',
    'game-consoles',
    'en',
    [
      'TrimUI Smart Pro 256GB with 25,000 games preloaded',
      'TrimUI Smart Pro + 128GB card full of retro ROMs, plug and play',
    ],
  ],
  [
    'trimui',
    'brick',
    'game-consoles',
    'en',
    [
      'TrimUI Brick 128GB card 15,000 games loaded',
      'TrimUI Brick with ROM pack, every classic game included',
    ],
  ],
  [
    'trimui',
    'smartpro',
    'game-consoles',
    'zh',
    ['TrimUI Smart Pro 256G 内置3万款游戏 即插即玩', 'TrimUI Smart Pro 加卡版 全套街机 家用机 游戏'],
  ],
  ['trimui', 'brick', 'game-consoles', 'zh', ['TrimUI Brick 内置2万游戏 128G卡']],
  ['trimui', 'brick', 'game-consoles', 'pt', ['TrimUI Brick com 20 mil jogos instalados, cartão 128GB']],
  ['trimui', 'smartpro', 'game-consoles', 'id', ['TrimUI Smart Pro isi 20rb game, tinggal main']],
  ['trimui', 'smartpro', 'game-consoles', 'vi', ['TrimUI Smart Pro thẻ 256GB chép sẵn 25000 game']],
];
const CIRC_SUFFIX = {
  en: ['', 'instant delivery', 'remote install', 'email delivery', 'read description', '2027'],
  pt: ['', 'envio imediato', 'entrega rápida', 'leia a descrição'],
  es: ['', 'entrega inmediata', 'envío por correo'],
  id: ['', 'proses cepat', 'langsung kirim'],
  vi: ['', 'giao ngay', 'hỗ trợ cài đặt'],
  tr: ['', 'hemen teslim'],
  th: ['', 'ได้ทันที'],
  zh: ['', '秒发', '自动发货', '售后无忧', '包教包会'],
  zht: ['', '秒發'],
};

// ---------------- helpers ----------------
export function makeGenerators(ctx, rng) {
  const { lines, brandById, place, mfg } = ctx;
  const realLines = lines.filter((e) => !e.b.works);
  const W = (pairs) => rng.weighted(pairs);
  const textLang = (lang) => (lang === 'zh' || lang === 'zht' || lang === 'ja' ? 'zh' : 'en');
  const descLangOf = (lang) => (DESC_LANGS.includes(lang) ? lang : 'en');
  const cur = (p) => currencyFor(p.market, p.sf);
  const ratioPrice = (e, lo, hi, c) => priceAt(e.retail, rng.float(lo, hi), c, rng, lo, hi);
  const usdPrice = (usd, c) => priceAt(usd, rng.float(0.9, 1.12), c, rng);
  const DIGITAL = new Set(['software', 'video-games']);
  const pickL = (pred = (x) => !DIGITAL.has(x.l.category)) => {
    const c = realLines.filter(pred);
    return c.length ? rng.pick(c) : null;
  };

  function brandName(b, lang) {
    if (lang === 'zh') {
      const hans = (b.aliases ?? []).filter((a) => HAN.test(a) && !TRAD_HINT.test(a));
      return hans.length && rng.chance(0.7) ? rng.pick(hans) : b.name;
    }
    if (lang === 'zht') {
      const tr = (b.aliases ?? []).filter((a) => HAN.test(a) && TRAD_HINT.test(a));
      if (tr.length && rng.chance(0.7)) return rng.pick(tr);
      return b.zh && rng.chance(0.3) ? b.zh : b.name;
    }
    if (lang === 'ja') {
      const ka = (b.aliases ?? []).filter((a) => KANA.test(a) || (HAN.test(a) && /セラ|谷/.test(a)));
      return ka.length && rng.chance(0.6) ? rng.pick(ka) : b.name;
    }
    const lat = [
      b.name,
      ...(b.aliases ?? []).filter((a) => !HAN.test(a) && !KANA.test(a) && !/[\uac00-\ud7af]/.test(a)),
    ];
    return rng.chance(0.75) ? b.name : rng.pick(lat);
  }
  function lineName(e, { noBrand = false } = {}) {
    const opts = [e.l.name, ...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? []).slice(0, 1)].filter(
      (x) => !noBrand || !ctx.containsOfficial(e.b, x),
    );
    if (!opts.length) return null;
    return rng.chance(0.45) ? opts[0] : rng.pick(opts);
  }
  // brand then line; when the line's own name already carries the brand, the brand is not repeated
  function bl(e, lang) {
    const ln = lineName(e);
    return ctx.containsOfficial(e.b, ln) ? ln : `${brandName(e.b, lang)} ${ln}`;
  }
  function noun(e, lang) {
    if (lang === 'en' || lang === 'zh' || lang === 'zht') return e.l.noun?.[lang] ?? '';
    return CATW[e.l.category]?.[lang] ?? e.l.noun?.en ?? '';
  }
  const sp = (lang) => (lang === 'zh' || lang === 'zht' || lang === 'ja' ? ' ' : ' ');
  const join = (lang, parts) => parts.filter(Boolean).join(sp(lang)).replace(/\s+/g, ' ').trim();
  const opt = (p, v) => (rng.chance(p) ? v : '');

  function spec(kind, e, p, title, price, extra = {}) {
    const lang = extra.lang ?? 'en';
    return {
      kind,
      label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
      brandId: e?.b.id ?? extra.brandId ?? null,
      lineKey: e?.l.key ?? null,
      work: extra.work ?? null,
      category: extra.category ?? e?.l.category,
      title,
      market: p.market,
      shipFrom: p.sf,
      currency: cur(p),
      price,
      quantity: extra.quantity ?? 1,
      condition: extra.condition ?? 'new',
      sellerId: extra.sellerId ?? null,
      meta: { hand: false, cues: extra.cues ?? [], ...(extra.meta ?? {}) },
      lang: textLang(lang) === 'zh' ? (extra.mixed ? 'mixed' : 'zh') : 'en',
      descLang: extra.noDesc ? null : descLangOf(lang),
      family: extra.category ?? e?.l.category,
      insert: extra.insert ?? null,
      forceDesc: extra.forceDesc ?? false,
      longP: extra.longP,
      noDesc: extra.noDesc ?? false,
    };
  }
  const LATIN_W = [
    ['en', 45],
    ['pt', 12],
    ['es', 10],
    ['id', 8],
    ['vi', 6],
    ['th', 4],
    ['tr', 6],
    ['pl', 5],
    ['nl', 4],
  ];
  const qtyPick = () => rng.pick([1, 1, 1, 2, 2, 3, 5, 10, 20, 50]);

  // ---------------- positive generators ----------------
  function markerLike(kind, dict, weights, lo, hi) {
    const lang = W(weights);
    const e = pickL();
    const p = place(lang, { cf: true });
    if (!p) return null;
    const phrase = rng.pick(dict[lang]);
    const bln = bl(e, lang);
    const n = opt(0.7, noun(e, lang));
    const t = rng.pick([
      () => join(lang, [bln, n, phrase]),
      () => join(lang, [phrase, bln, n]),
      () => join(lang, [bln, n, `- ${phrase} -`, rng.pick(NEWW[lang])]),
      () => join(lang, [bln, `(${phrase})`, n]),
    ])();
    const q = qtyPick();
    return spec(kind, e, p, t, ratioPrice(e, lo, hi, cur(p)), { lang, quantity: q, cues: [kind] });
  }

  const G = {};
  G['pos.marker_en'] = () => markerLike('pos.marker_en', MARKER, LATIN_W, 0.07, 0.4);
  G['pos.marker_zh'] = () =>
    markerLike(
      'pos.marker_zh',
      MARKER,
      [
        ['zh', 76],
        ['zht', 16],
        ['ja', 8],
      ],
      0.07,
      0.4,
    );
  const MIX_W = [
    ['en', 30],
    ['pt', 7],
    ['es', 6],
    ['id', 5],
    ['vi', 4],
    ['tr', 3],
    ['pl', 3],
    ['nl', 2],
    ['th', 2],
    ['zh', 30],
    ['zht', 6],
    ['ja', 2],
  ];
  G['pos.coded_language'] = () => markerLike('pos.coded_language', CODED, MIX_W, 0.12, 0.5);
  G['pos.oem_leak'] = () => markerLike('pos.oem_leak', OEM, MIX_W, 0.12, 0.5);
  G['pos.dm_real_pics'] = () => markerLike('pos.dm_real_pics', DM, MIX_W, 0.1, 0.55);

  G['pos.brand_nickname_zh'] = () => {
    const lang = W([
      ['zh', 85],
      ['zht', 15],
    ]);
    const e = pickL((x) => x.b.nick?.length);
    if (!e) return null;
    const p = place(lang, { cf: true });
    const nick = rng.pick(e.b.nick);
    const ln = lineName(e, { noBrand: true });
    const far = rng.chance(0.8);
    let q = rng.pick([1, 1, 2, 3]);
    let extraCue = '';
    const cues = ['nickname'];
    if (!far) {
      if (rng.chance(0.5)) {
        q = rng.int(20, 200);
        cues.push('bulk');
        extraCue = rng.pick(['批发', '量大从优', '一箱起']);
      } else {
        extraCue = rng.pick(CODED[lang]);
        cues.push('stated');
      }
    }
    const t = join(lang, [nick, ln, opt(0.8, noun(e, lang)), extraCue, opt(0.4, rng.pick(NEWW[lang]))]);
    const price = far ? ratioPrice(e, 0.08, 0.33, cur(p)) : ratioPrice(e, 0.4, 0.7, cur(p));
    return spec('pos.brand_nickname_zh', e, p, t, price, { lang, quantity: q, cues });
  };

  function disguised(kind, nameFn, cheapMax) {
    const lang = W(LATIN_W);
    const e = pickL((x) => x.b.miss?.length);
    if (!e) return null;
    const p = place(lang, { cf: true });
    const nm = nameFn(e.b);
    if (!nm) return null;
    const ln = lineName(e, { noBrand: true });
    const mode = W([
      ['cheap', 60],
      ['bulk', 25],
      ['stated', 15],
    ]);
    let q = rng.pick([1, 1, 2]);
    let price;
    const meta = {};
    let stated = '';
    if (mode === 'cheap') price = ratioPrice(e, 0.05, cheapMax - 0.01, cur(p));
    else if (mode === 'bulk') {
      q = rng.int(10, 150);
      price = ratioPrice(e, 0.25, 0.6, cur(p));
    } else {
      stated = rng.pick([...CODED[lang], ...QUALITY[lang]]);
      price = ratioPrice(e, 0.3, 0.6, cur(p));
      meta.statedCue = true;
    }
    const t = join(lang, [nm, ln, opt(0.7, noun(e, lang)), stated, opt(0.3, rng.pick(NEWW[lang]))]);
    return spec(kind, e, p, t, price, { lang, quantity: q, meta, cues: [mode] });
  }
  G['pos.brand_abbrev_emoji'] = () => disguised('pos.brand_abbrev_emoji', (b) => rng.pick(b.abbr), 0.2);
  G['pos.brand_misspelled'] = () => disguised('pos.brand_misspelled', (b) => rng.pick(b.miss), 0.3);
  G['pos.brand_homoglyph'] = () =>
    disguised(
      'pos.brand_homoglyph',
      (b) => {
        const chars = [...b.name];
        const idx = chars.map((c, i) => (LOOKALIKE[c] ? i : -1)).filter((i) => i >= 0);
        if (!idx.length) return null;
        const n = Math.min(idx.length, rng.int(1, 2));
        for (const i of rng.pickN(idx, n)) chars[i] = LOOKALIKE[chars[i]];
        if (rng.chance(0.3)) chars.splice(rng.int(1, chars.length - 1), 0, rng.pick(INVISIBLES));
        return chars.join('');
      },
      0.3,
    );

  G['pos.extreme_price'] = () => {
    const cue = W([
      ['bulk', 25],
      ['ship', 25],
      ['colour', 15],
      ['quality', 20],
      ['factory', 15],
    ]);
    const lang = W([...LATIN_W.map(([l, w]) => [l, w * 0.7]), ['zh', 25], ['zht', 4], ['ja', 3]]);
    const e = pickL((x) => cue !== 'colour' || (x.l.colours?.length && x.b.off?.length));
    if (!e) return null;
    const m = mfg(e);
    const p = place(lang, { cf: true, pred: (sf) => (cue === 'ship' ? !m.includes(sf) : m.includes(sf)) });
    if (!p) return null;
    let add = '';
    const meta = { extremeCue: cue };
    if (cue === 'colour') {
      const zhc = HAN.test(noun(e, lang)) || lang === 'zh' || lang === 'zht' || lang === 'ja';
      const prod = new Set(e.l.colours.map((c) => c.toLowerCase()));
      const offs = e.b.off.filter((c) => (zhc ? HAN.test(c) : !HAN.test(c)) && !prod.has(c.toLowerCase()));
      if (!offs.length) return null;
      add = rng.pick(offs);
      meta.offColour = add.toLowerCase();
    } else if (cue === 'quality') add = rng.pick(QUALITY[lang]);
    else if (cue === 'factory') add = rng.pick(FACTORY[lang]);
    const q = cue === 'bulk' ? rng.int(20, 300) : rng.pick([1, 1, 2]);
    const t = join(lang, [bl(e, lang), noun(e, lang), add, opt(0.3, rng.pick(NEWW[lang]))]);
    return spec('pos.extreme_price', e, p, t, ratioPrice(e, 0.04, 0.09, cur(p)), {
      lang,
      quantity: q,
      meta,
      cues: [cue],
    });
  };

  G['pos.weak_cues'] = () => {
    const lang = W([...LATIN_W, ['zh', 30], ['zht', 5], ['ja', 4]]);
    const e = pickL();
    const n = rng.chance(0.6) ? 2 : 3;
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'urgent', 'ship'], n);
    const m = mfg(e);
    const ship = cues.includes('ship');
    const p = place(lang, { cf: true, pred: (sf) => (ship ? !m.includes(sf) : m.includes(sf)) });
    if (!p) return null;
    const words = cues.map((c) => rng.pick(WEAK[c][lang]));
    const q = cues.includes('several') ? rng.int(3, 12) : 1;
    const sepw = lang === 'zh' || lang === 'zht' || lang === 'ja' ? ' ' : ', ';
    const t = join(lang, [bl(e, lang), noun(e, lang), words.join(sepw)]);
    return spec('pos.weak_cues', e, p, t, ratioPrice(e, 0.32, 0.58, cur(p)), {
      lang,
      quantity: q,
      meta: { weakCues: cues },
      cues,
    });
  };

  G['pos.product_line_seller_style'] = () => {
    // generic line names (e.g. a team kit) do not identify a line without the brand
    const lang = W([
      ['en', 40],
      ['pt', 6],
      ['es', 5],
      ['id', 4],
      ['vi', 3],
      ['tr', 2],
      ['pl', 2],
      ['zh', 32],
      ['zht', 6],
    ]);
    const e = pickL((x) => !DIGITAL.has(x.l.category) && !x.l.generic);
    const p = place(lang, { cf: true });
    const ln = lineName(e, { noBrand: true });
    if (!ln) return null;
    const mode = W([
      ['marker', 45],
      ['coded', 25],
      ['cheapbulk', 30],
    ]);
    let q = qtyPick();
    let add = '';
    let price;
    if (mode === 'marker') {
      add = rng.pick(MARKER[lang]);
      price = ratioPrice(e, 0.08, 0.4, cur(p));
    } else if (mode === 'coded') {
      add = rng.pick(CODED[lang]);
      price = ratioPrice(e, 0.12, 0.45, cur(p));
    } else {
      q = rng.int(20, 300);
      add = rng.pick(WEAK.several[lang]);
      price = ratioPrice(e, 0.06, 0.22, cur(p));
    }
    const t = join(lang, [ln, noun(e, lang), add]);
    return spec('pos.product_line_seller_style', e, p, t, price, { lang, quantity: q, cues: [mode] });
  };

  G['pos.description_only'] = () => {
    const lang = W([
      ['en', 40],
      ['pt', 7],
      ['es', 6],
      ['id', 5],
      ['vi', 4],
      ['tr', 2],
      ['pl', 2],
      ['zh', 28],
      ['zht', 5],
      ['ja', 2],
    ]);
    const e = pickL();
    const p = place(lang, { cf: true });
    const high = rng.chance(0.68);
    const price = high ? ratioPrice(e, 0.74, 0.98, cur(p)) : ratioPrice(e, 0.52, 0.7, cur(p));
    const t = join(lang, [bl(e, lang), noun(e, lang), opt(0.5, rng.pick(NEWW[lang]))]);
    const dl = descLangOf(lang);
    return spec('pos.description_only', e, p, t, price, {
      lang,
      quantity: rng.pick([1, 1, 2, 3]),
      insert: rng.pick(ADMIT[dl]),
      forceDesc: true,
      longP: 0.78,
    });
  };

  G['pos.circumvention'] = () => {
    const [bid, key, cat, lang, titles] = rng.pick(CIRC);
    const e = key ? ctx.lineOf(bid, key) : null;
    const p = place(lang, { cf: true });
    if (!p) return null;
    const t = join(lang, [rng.pick(titles), rng.pick(CIRC_SUFFIX[lang] ?? [''])]);
    const price = e
      ? ratioPrice(e, cat === 'game-consoles' ? 0.9 : 0.03, cat === 'game-consoles' ? 1.6 : 0.3, cur(p))
      : usdPrice(10, cur(p));
    return spec('pos.circumvention', e, p, t, price, {
      lang,
      category: cat,
      quantity: rng.pick([1, 5, 10, 99, 999]),
      cues: ['circumvention'],
    });
  };

  const PRE_T = {
    en: [
      '$ Blu-ray region free',
      '$ DVD full movie HD',
      '$ (2027) DVD + bonus disc',
      '$ 4K UHD disc, English subs',
      '$ Blu-ray boxed, ships now',
    ],
    enMusic: [
      '$ CD, Brazilian release, ships now',
      '$ CD album, early copy',
      'Os Vaga-lumes Elétricos - $ CD, in stock',
    ],
    pt: [
      'CD $ - Os Vaga-lumes Elétricos, lançamento, envio já',
      'CD $ lacrado pronta entrega',
      '$ CD + encarte',
    ],
    zh: ['$ DVD 蓝光 高清 中字', '$ 光盘 碟片 BD50 现货', '$ 电影 DVD 收藏版 现货秒发', '$ 蓝光碟 国语 现货'],
    zht: ['$ 藍光 DVD 現貨', '$ 電影光碟 收藏版'],
  };
  const PRE_SUFFIX = {
    en: [
      '',
      'ships today',
      'UK seller',
      'collector copy',
      'English subtitles',
      'free postage',
      '2 left',
      'region B',
      'region 2',
      'limited stock',
      'fast dispatch',
    ],
    pt: ['', 'envio hoje', 'frete grátis', 'últimas unidades', 'capa original', 'com encarte'],
    zh: ['', '包邮', '顺丰', '现货', '限量', '收藏', '送海报', '高清'],
    zht: ['', '現貨', '限量', '含運'],
  };
  G['pos.prerelease_disc'] = () => {
    const b = rng.pick([brandById.lumenbrook, brandById.marealta, brandById.mushan]);
    const future = b.works.filter((w) => w.discReleaseDate > '2027-02-01');
    const w = rng.pick(future);
    let lang;
    if (b.id === 'lumenbrook') lang = 'en';
    else if (b.id === 'marealta') lang = rng.chance(0.8) ? 'pt' : 'en';
    else lang = rng.chance(0.8) ? 'zh' : 'zht';
    const name =
      lang === 'zht'
        ? (w.aliases.find((a) => HAN.test(a)) ?? w.title)
        : rng.chance(0.8)
          ? w.title
          : w.aliases[0];
    const tpl = rng.pick(b.id === 'marealta' && lang === 'en' ? PRE_T.enMusic : PRE_T[lang]);
    const t = join(lang, [tpl.replace('$', name), rng.pick(PRE_SUFFIX[lang] ?? PRE_SUFFIX.en)]);
    const p = place(lang, { cf: true });
    const cat = b.id === 'marealta' ? 'music' : 'film-tv';
    return spec('pos.prerelease_disc', null, p, t, usdPrice(rng.float(4, 14), cur(p)), {
      lang,
      brandId: b.id,
      work: w.title,
      category: cat,
      quantity: rng.pick([1, 3, 10, 50]),
      cues: ['prerelease'],
    });
  };

  const MIX_EN = [
    'ready stock',
    'best price',
    'free shipping',
    'top replica',
    'mirror copy',
    'super clone',
    'limited stock',
    'hot sale',
    'fast delivery',
    'same as original',
    'AAA replica',
    'first copy',
    'cash on delivery',
    'wholesale price',
  ];
  G['pos.mixed_language'] = () => {
    const lang = rng.chance(0.85) ? 'zh' : 'zht';
    const e = pickL();
    const p = place(rng.chance(0.25) ? 'en' : lang, { cf: true });
    const zhm = rng.pick(MARKER[lang]);
    const en1 = rng.pick(MIX_EN);
    const en2 = rng.pick(MIX_EN.filter((x) => x !== en1));
    const t = rng.pick([
      () => join(lang, [bl(e, lang), e.l.noun[lang], zhm, en1]),
      () => join(lang, [en1, bl(e, lang), e.l.noun[lang], zhm, en2]),
      () => join(lang, [bl(e, 'en'), e.l.noun[lang], en1, zhm]),
    ])();
    return spec('pos.mixed_language', e, p, t, ratioPrice(e, 0.08, 0.4, cur(p)), {
      lang,
      mixed: true,
      quantity: qtyPick(),
      cues: ['marker'],
      descLang: null,
    });
  };

  // ---------------- negative generators ----------------
  const NEG_W = [
    ['en', 17],
    ['pt', 4],
    ['es', 3],
    ['id', 3],
    ['vi', 2],
    ['tr', 2],
    ['pl', 2],
    ['th', 1],
    ['nl', 1],
    ['zh', 52],
    ['zht', 8],
    ['ja', 5],
  ];
  G['neg.plain'] = () => {
    const lang0 = W([
      ['en', 12],
      ['pt', 2],
      ['es', 2],
      ['id', 2],
      ['vi', 1],
      ['tr', 1],
      ['pl', 1],
      ['zh', 66],
      ['zht', 8],
      ['ja', 5],
    ]);
    const e = pickL(() => true);
    const lang = DIGITAL.has(e.l.category) && !['zh', 'en', 'pt', 'id', 'es'].includes(lang0) ? 'zh' : lang0;
    const innocent = DIGITAL.has(e.l.category)
      ? null
      : rng.chance(0.18)
        ? rng.pick(['several', 'ship', 'nobox'])
        : null;
    const m = mfg(e);
    const p = place(lang, innocent === 'ship' ? { pred: (sf) => !m.includes(sf) } : {});
    if (!p) return null;
    const add = innocent ? rng.pick(WEAK[innocent][lang]) : '';
    const t = join(lang, [
      bl(e, lang),
      noun(e, lang),
      opt(0.5, rng.pick(GENUINE[lang])),
      opt(0.5, rng.pick(NEWW[lang])),
      add,
    ]);
    const q = innocent === 'several' ? rng.int(3, 8) : rng.pick([1, 1, 1, 2, 5]);
    return spec('neg.plain', e, p, t, ratioPrice(e, 0.84, 1.14, cur(p)), {
      lang,
      quantity: q,
      meta: innocent ? { innocentWeak: [innocent] } : {},
    });
  };

  function typedList(kind, list, { brandField = false } = {}) {
    const row = rng.pick(list);
    const [bid, title, cat, usd, lang] = brandField ? row : [null, ...row];
    const p = place(lang);
    if (!p) return null;
    const deco = rng.pick(
      lang === 'zh' || lang === 'zht'
        ? ['', '', '包邮', '现货', '全新', '一件', '可自提']
        : lang === 'en'
          ? ['', '', '', 'new', 'free postage', 'pick-up available', '1 left', '(2)']
          : ['', '', '', rng.pick(NEWW[lang] ?? [''])],
    );
    const t = join(lang, [title, deco]);
    return spec(kind, null, p, t, usdPrice(usd, cur(p)), {
      lang,
      brandId: bid,
      category: cat,
      quantity: rng.pick([1, 1, 2, 5]),
      condition: rng.chance(0.85) ? 'new' : 'used',
    });
  }
  G['neg.generic_marker'] = () => typedList('neg.generic_marker', GENERIC_MARKER);
  G['neg.common_word_brand'] = () => typedList('neg.common_word_brand', COMMON_WORD, { brandField: true });
  G['neg.model_codes'] = () => typedList('neg.model_codes', MODEL_CODES);
  G['neg.cheap_unbranded'] = () => {
    const s = typedList('neg.cheap_unbranded', CHEAP);
    if (s) s.condition = 'new';
    return s;
  };

  G['neg.nominative'] = () => {
    const lang = W([
      ['en', 50],
      ['pt', 6],
      ['es', 5],
      ['id', 5],
      ['vi', 3],
      ['tr', 2],
      ['pl', 2],
      ['nl', 2],
      ['zh', 28],
      ['zht', 4],
      ['ja', 3],
    ]);
    const e = pickL((x) => ACC[x.l.category] && !DIGITAL.has(x.l.category));
    const p = place(lang);
    const [accEn, accZh] = rng.pick(ACC[e.l.category]);
    const [fit, disc] = rng.pick(FITS[lang]);
    const acc = lang === 'zh' || lang === 'zht' || lang === 'ja' ? accZh : accEn;
    const t = join(lang, [fit, bl(e, lang), acc, disc]);
    const cat = ACC_CAT[e.l.category] ?? e.l.category;
    return spec('neg.nominative', null, p, t, usdPrice(rng.float(3, 35), cur(p)), {
      lang,
      brandId: e.b.id,
      category: cat,
      quantity: rng.pick([1, 2, 5, 10, 50]),
    });
  };

  const SELLER_LANG = (s) => {
    if (['tmall', 'jd', 'taobao', 'pinduoduo', 'douyin', 'weidian', 'xianyu'].includes(s.market)) return 'zh';
    if (s.market === 'rakuten' || (s.market === 'amazon' && s.sf === 'JP')) return 'ja';
    if (s.sf === 'TW' || (s.market === 'carousell' && s.sf === 'HK')) return 'zht';
    return { BR: 'pt', CO: 'es', MX: 'es', ID: 'id', VN: 'vi', TR: 'tr', PL: 'pl', NL: 'nl' }[s.sf] ?? 'en';
  };
  G['neg.authorized_seller'] = () => {
    const e = pickL(() => true);
    const s = rng.pick(e.b.sellers);
    const lang = SELLER_LANG(s);
    const p = { market: s.market, sf: s.sf ?? (s.market === 'rakuten' ? 'JP' : 'CN') };
    const consumable = [
      'cosmetics',
      'fragrance',
      'pet-supplies',
      'batteries',
      'printer-supplies',
      'software',
      'video-games',
      'toys',
    ].includes(e.l.category);
    const words = (AUTHW[lang] ?? AUTHW.en).filter(
      (x) =>
        !consumable ||
        !/demo|display|refurb|官翻|整新|展示|exhibici|mostru|trưng|teşhir|ekspozy|showroom|open box|caja abierta/.test(
          x,
        ),
    );
    const w = rng.pick(words);
    const refurb = /refurb|官翻|整新/.test(w);
    const cheap =
      /clearance|ex-display|outlet|demo|seconds|short-dated|ponta|mostru|avariada|liquidaci|exhibici|cuci|display|penyok|xả|trưng|ล้าง|teşhir|temizli|wyprzeda|ekspozy|showroom|opruiming|临期|展示|瑕疵|清仓|出清|アウトレット|展示品|訳あり/.test(
        w,
      );
    const price = refurb
      ? ratioPrice(e, 0.6, 0.8, cur(p))
      : cheap
        ? ratioPrice(e, 0.42, 0.85, cur(p))
        : ratioPrice(e, 0.9, 1.05, cur(p));
    const t = join(lang, [bl(e, lang), noun(e, lang), w]);
    return spec('neg.authorized_seller', e, p, t, price, {
      lang,
      sellerId: s.id,
      condition: refurb ? 'refurbished' : 'new',
      quantity: rng.pick([1, 3, 5, 10, 20]),
    });
  };

  const VINTAGE = {
    ehx: ['1990s Russian-made', 'vintage 2000s', 'first NYC reissue'],
    prs: ['2003', 'vintage 1998', 'early run'],
    strymon: ['first edition', 'V1 (discontinued)'],
    bushiroad: ['first print, sealed, 2011', 'early set, sealed'],
    upperdeck: ['2005-06 sealed', 'vintage sealed'],
    trimui: ['first batch'],
    cort: ['1990s made in Korea'],
  };
  G['neg.second_hand'] = () => {
    const lang = W(NEG_W);
    const vintage = rng.chance(0.1);
    const e = vintage ? pickL((x) => VINTAGE[x.b.id]) : pickL();
    const p = place(lang);
    const above = vintage;
    const w = rng.pick(USEDW[lang]);
    const vint = above ? rng.pick(VINTAGE[e.b.id]) : '';
    const t = join(lang, [bl(e, lang), vint, noun(e, lang), w]);
    const price = above ? ratioPrice(e, 1.1, 1.7, cur(p)) : ratioPrice(e, 0.3, 0.8, cur(p));
    const cond = rng.chance(0.12) && !above ? 'refurbished' : 'used';
    return spec('neg.second_hand', e, p, t, price, { lang, condition: cond, quantity: 1 });
  };

  const wordsG = (dict, kind, lo, hi, weights) => () => {
    const lang = W(weights ?? NEG_W);
    const e = pickL();
    const p = place(lang);
    const w = rng.pick(dict[lang]);
    const t = rng.chance(0.5)
      ? join(lang, [bl(e, lang), noun(e, lang), w])
      : join(lang, [w, bl(e, lang), noun(e, lang)]);
    return spec(kind, e, p, t, ratioPrice(e, lo, hi, cur(p)), { lang, quantity: rng.pick([1, 1, 2, 3, 5]) });
  };
  G['neg.promotion'] = wordsG(PROMO, 'neg.promotion', 0.56, 0.88);
  G['neg.gray_market'] = wordsG(GRAY, 'neg.gray_market', 0.81, 1.03);
  G['neg.negated_marker'] = wordsG(NOT_REPLICA, 'neg.negated_marker', 0.64, 1.05);

  G['neg.colour_words'] = () => {
    const e = pickL((x) => x.l.colours?.some((c) => !HAN.test(c)));
    const lang = 'en';
    const p = place(lang);
    const colour = rng.pick(e.l.colours.filter((c) => !HAN.test(c)));
    const t = rng.chance(0.5)
      ? join(lang, [bl(e, lang), colour, noun(e, lang)])
      : join(lang, [bl(e, lang), noun(e, lang), `- ${colour}`, opt(0.4, rng.pick(NEWW.en))]);
    return spec('neg.colour_words', e, p, t, ratioPrice(e, 0.84, 1.1, cur(p)), {
      lang,
      quantity: rng.pick([1, 1, 2]),
      meta: { colour: colour.toLowerCase() },
    });
  };

  const LIC = [
    ['garena', 'Free Fire official licensed hoodie, black, sizes S-XL', 'apparel', 35, 'en'],
    ['garena', 'Free Fire official keychain set (licensed merchandise)', 'toys', 8, 'en'],
    ['garena', 'Moletom oficial licenciado Free Fire, tamanho M', 'apparel', 32, 'pt'],
    ['garena', 'Kaos resmi berlisensi Free Fire, ukuran L', 'apparel', 12, 'id'],
    ['papergames', '无限暖暖 官方授权 亚克力立牌', 'toys', 12, 'zh'],
    ['papergames', '恋与深空 官方周边 徽章 吧唧 正版授权', 'toys', 6, 'zh'],
    ['papergames', 'Infinity Nikki official art book, first print', 'books', 45, 'en'],
    ['papergames', '無限暖暖 官方授權 抱枕', 'toys', 25, 'zht'],
    ['lumenbrook', 'The Salt Road to Kars Blu-ray, official UK release', 'film-tv', 20, 'en'],
    ['lumenbrook', 'The Salt Road to Kars DVD, released November 2026', 'film-tv', 14, 'en'],
    ['lumenbrook', 'Salt Road to Kars official soundtrack CD', 'music', 15, 'en'],
    ['lumenbrook', 'The Salt Road to Kars official poster, A2', 'books', 18, 'en'],
    [
      'marealta',
      'CD Céu de Cobre - Os Vaga-lumes Elétricos, lacrado, lançado em dezembro',
      'music',
      12,
      'pt',
    ],
    ['marealta', 'Vinil Céu de Cobre edição oficial Maré Alta Discos', 'music', 38, 'pt'],
    ['marealta', 'Camiseta oficial Os Vaga-lumes Elétricos turnê Céu de Cobre', 'apparel', 16, 'pt'],
    ['mushan', '南风过境 蓝光 正版 官方发行', 'film-tv', 15, 'zh'],
    ['mushan', '南风过境 DVD 正版 2026年12月发行', 'film-tv', 10, 'zh'],
    ['mushan', '南風過境 藍光 正版', 'film-tv', 18, 'zht'],
    ['mushan', '南风过境 电影 官方 海报 珍藏', 'books', 8, 'zh'],
    ['mushan', '南风过境 原声大碟 CD 正版', 'music', 9, 'zh'],
    ['mushan', '南风过境 官方 设定集 画册', 'books', 20, 'zh'],
    ['mushan', '南风过境 蓝光 珍藏版 含花絮', 'film-tv', 22, 'zh'],
    ['lumenbrook', 'The Salt Road to Kars 4K UHD + Blu-ray, official', 'film-tv', 26, 'en'],
    ['lumenbrook', 'The Salt Road to Kars Blu-ray steelbook (retail release)', 'film-tv', 28, 'en'],
    ['lumenbrook', 'The Salt Road to Kars DVD, region 2, ex-rental', 'film-tv', 5, 'en'],
    ['lumenbrook', 'Salt Road to Kars screenplay book, official tie-in', 'books', 16, 'en'],
    ['marealta', 'CD Céu de Cobre original, encarte com letras', 'music', 11, 'pt'],
    ['marealta', 'Céu de Cobre LP vinil 180g oficial', 'music', 40, 'pt'],
    ['marealta', 'Céu de Cobre CD, official Brazilian release', 'music', 14, 'en'],
    ['garena', 'Free Fire official licensed phone case for popular models', 'phone-accessories', 9, 'en'],
    ['garena', 'Free Fire official figure 15cm, licensed, boxed', 'toys', 22, 'en'],
    ['garena', 'Boné oficial licenciado Free Fire', 'apparel', 15, 'pt'],
    ['papergames', '无限暖暖 官方授权 明信片 一套', 'books', 5, 'zh'],
    ['papergames', '恋与深空 官方 正版 周边 挂件', 'toys', 9, 'zh'],
    ['papergames', '无限暖暖 官方设定集 首刷', 'books', 28, 'zh'],
    ['papergames', 'Love and Deepspace official acrylic stand (licensed)', 'toys', 15, 'en'],
  ];
  const PREORDER = [
    [
      'lumenbrook',
      'Harbour of Small Lights',
      'Harbour of Small Lights Blu-ray pre-order, release 2 March 2027',
      'film-tv',
      'en',
    ],
    [
      'lumenbrook',
      'Ninth Tide',
      'Ninth Tide DVD pre-order, ships on release day 18 May 2027',
      'film-tv',
      'en',
    ],
    [
      'lumenbrook',
      'Harbour of Small Lights',
      'Harbour of Small Lights 4K UHD pre-order (out 2027-03-02)',
      'film-tv',
      'en',
    ],
    [
      'marealta',
      'Noite no Recôncavo',
      'Pré-venda CD Noite no Recôncavo - lançamento 2027-02-26',
      'music',
      'pt',
    ],
    ['marealta', 'Cais Oeste', 'Pré-venda Cais Oeste CD duplo, lançamento 2027-04-23', 'music', 'pt'],
    ['mushan', '渡口的灯', '渡口的灯 蓝光 预售 2027年2月20日发行', 'film-tv', 'zh'],
    ['mushan', '雪落乌镇', '雪落乌镇 DVD 预售 2027年4月2日上市', 'film-tv', 'zh'],
    ['mushan', '渡口的灯', '渡口的燈 藍光 預購 2027年2月20日發行', 'film-tv', 'zht'],
  ];
  G['neg.licensed_repro'] = () => {
    if (rng.chance(0.25)) {
      const [bid, work, title, cat, lang] = rng.pick(PREORDER);
      const b = brandById[bid];
      const s = rng.pick(b.sellers);
      const p = { market: s.market, sf: s.sf ?? 'CN' };
      return spec('neg.licensed_repro', null, p, title, usdPrice(rng.float(14, 28), cur(p)), {
        lang,
        brandId: bid,
        work,
        category: cat,
        sellerId: s.id,
        quantity: rng.pick([5, 20, 50]),
      });
    }
    const [bid, title, cat, usd, lang] = rng.pick(LIC);
    const p = place(lang);
    const DECO = {
      en: ['', '', 'new', 'sealed', 'free postage', 'gift idea', 'UK stock', '1 left'],
      pt: ['', 'novo', 'lacrado', 'frete grátis'],
      id: ['', 'baru', 'ready'],
      es: ['', 'nuevo'],
      zh: ['', '', '现货', '全新', '包邮', '正版'],
      zht: ['', '現貨', '全新'],
    };
    const deco = rng.pick(DECO[lang] ?? ['']);
    const work =
      bid === 'lumenbrook'
        ? 'The Salt Road to Kars'
        : bid === 'marealta'
          ? 'Céu de Cobre'
          : bid === 'mushan'
            ? '南风过境'
            : null;
    return spec('neg.licensed_repro', null, p, join(lang, [title, deco]), usdPrice(usd, cur(p)), {
      lang,
      brandId: bid,
      work: /Kars|Céu|南[风風]/.test(title) ? work : null,
      category: cat,
      quantity: rng.pick([1, 1, 3, 10]),
    });
  };

  G['neg.used_console'] = () => {
    const [bid, key, title, val, lang] = rng.pick(USED_CONSOLES);
    const p = place(lang);
    if (!p) return null;
    const UDECO = {
      en: [
        '',
        'works',
        'tested',
        'collector sale',
        'postage extra',
        'boxed',
        'with manual',
        'read description',
        'no offers',
        'smoke-free home',
      ],
      pt: ['', 'funcionando', 'com caixa', 'testado', 'com manual'],
      es: ['', 'funciona', 'con caja', 'probado'],
      id: ['', 'normal', 'mulus', 'lengkap'],
      zh: ['', '功能正常', '成色好', '带盒', '同城自提', '收藏转让'],
      ja: ['', '箱付き', '説明書付き'],
    };
    const deco = rng.pick(UDECO[lang] ?? ['']);
    const t = join(lang, [title, deco]);
    const e = bid ? ctx.lineOf(bid, key) : null;
    const price = e ? ratioPrice(e, val - 0.05, val + 0.05, cur(p)) : usdPrice(val, cur(p));
    return spec('neg.used_console', e, p, t, price, {
      lang,
      category: 'game-consoles',
      condition: 'used',
      quantity: 1,
    });
  };

  return G;
}
