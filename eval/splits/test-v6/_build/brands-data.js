// Brand knowledge for test-v6, written from general knowledge of each rights holder's public catalogue.
// Fields that go to brands.json: id, name, aliases, protectedTerms, categories, manufacturingCountries,
// sellers (-> authorizedSellers), lines (-> productLines), categoryPrices, works.
// Generator-only fields (never written to brands.json): zh (name sellers use in Chinese), nick (what sellers call
// the brand when they avoid its name), abbr (abbreviations / emoji), missp (misspellings), homo (name used for
// look-alike letters).

const P = (min, max, currency = 'USD') => ({ min, max, currency });

export const BRANDS = [
  // ---------------- fashion / leather goods ----------------
  {
    id: 'loro-piana', name: 'Loro Piana', aliases: ['LP', '诺悠翩雅', 'Loro Piana S.p.A.'], protectedTerms: ['Summer Walk', 'Open Walk', 'Extra Pocket', 'Storm System', 'The Gift of Kings'],
    categories: ['apparel', 'shoes', 'handbags', 'small-leather-goods'], manufacturingCountries: ['IT'],
    sellers: [{ id: 'loropiana-official-jd', market: 'jd' }, { id: 'lp-boutique-amazon-it', market: 'amazon', sf: 'IT' }],
    zh: '诺悠翩雅', nick: ['LP家', '老钱风顶奢', '意大利羊绒天花板', 'L家乐福鞋', '老钱风豆豆鞋'], abbr: ['L.P', 'L P 🐑', 'L0r0'], missp: ['Loro Pianna', 'Lora Piana', 'Loro Piano', 'Lorro Piana'], homo: 'Loro Piana',
    lines: [
      { key: 'summerwalk', name: 'Summer Walk', aliases: ['Summer Walk loafers', '夏日漫步'], shortNames: ['SW乐福', '夏日漫步'], category: 'shoes', referencePrice: P(950, 1150), colours: ['navy', 'taupe', 'beige', 'brown', 'black', 'dark green', '深蓝', '米色', '棕色', '黑色'] },
      { key: 'openwalk', name: 'Open Walk', aliases: ['Open Walk ankle boots'], shortNames: ['OW短靴'], category: 'shoes', referencePrice: P(1450, 1850), colours: ['brown', 'black', 'taupe', '棕色', '黑色'] },
      { key: 'extrapocket', name: 'Extra Pocket', aliases: ['Extra Pocket L19', 'Extra Pocket bag'], shortNames: ['EP包', 'L19'], category: 'handbags', referencePrice: P(3200, 6800), colours: ['black', 'taupe', 'camel', 'white', '黑色', '驼色'] },
      { key: 'cashmere', name: 'Baby Cashmere crewneck sweater', aliases: ['baby cashmere sweater', '小山羊绒圆领毛衣'], shortNames: ['BC毛衣'], category: 'apparel', referencePrice: P(1500, 2400), colours: ['grey', 'navy', 'camel', 'oatmeal', 'black', '灰色', '驼色'] },
    ],
    categoryPrices: [{ category: 'apparel', referencePrice: P(600, 9000) }, { category: 'small-leather-goods', referencePrice: P(450, 1500) }],
  },
  {
    id: 'tods', name: "Tod's", aliases: ['Tods', 'TOD’S', '托德斯'], protectedTerms: ['Gommino', 'T Timeless', 'Di Bag', 'Kate loafer'],
    categories: ['shoes', 'handbags', 'small-leather-goods'], manufacturingCountries: ['IT'],
    sellers: [{ id: 'tods-flagship-tmall', market: 'tmall' }, { id: 'tods_official_store', market: 'ebay', sf: 'IT' }],
    zh: '托德斯', nick: ['豆豆鞋鼻祖', 'T家豆豆', '意大利豆豆鞋大牌'], abbr: ['T0D', 'T.O.D.S'], missp: ["Todd's", 'Tod s', 'Todds', 'Toods'], homo: 'Tods',
    lines: [
      { key: 'gommino', name: 'Gommino', aliases: ['Gommino driving shoes', 'Gommino loafers', '豆豆鞋'], shortNames: ['133豆豆'], category: 'shoes', referencePrice: P(620, 820), colours: ['black', 'brown', 'tan', 'navy', 'burgundy', 'grey', '黑色', '棕色', '深蓝'] },
      { key: 'timeless', name: 'T Timeless', aliases: ['T Timeless loafer', 'T Timeless bag'], shortNames: ['TT扣'], category: 'handbags', referencePrice: P(1600, 2700), colours: ['black', 'brown', 'white', 'cognac'] },
      { key: 'dibag', name: 'Di Bag', aliases: ['Di Bag Folio', 'D-Bag'], shortNames: ['戴妃包'], category: 'handbags', referencePrice: P(1800, 2900), colours: ['black', 'cognac', 'burgundy', '黑色'] },
    ],
  },
  {
    id: 'bally', name: 'Bally', aliases: ['BALLY Switzerland', '巴利'], protectedTerms: ['Scribe', 'Trainspotting', 'Bally Stripe', 'Emblem'],
    categories: ['shoes', 'handbags', 'small-leather-goods', 'apparel'], manufacturingCountries: ['IT', 'CH'],
    sellers: [{ id: 'bally-official-tmall', market: 'tmall' }, { id: 'bally_outlet_official', market: 'ebay', sf: 'CH' }],
    zh: '巴利', nick: ['B家条纹', '瑞士老牌红白条', 'B家商务皮带'], abbr: ['B4LLY', 'Ba11y'], missp: ['Bally\'s', 'Baly', 'Balley', 'Bali leather'], homo: 'Bally',
    lines: [
      { key: 'scribe', name: 'Scribe', aliases: ['Scribe derby', 'Scribe oxford'], shortNames: ['Scribe正装'], category: 'shoes', referencePrice: P(900, 1300), colours: ['black', 'brown', 'dark brown', 'cognac', '黑色', '深棕'] },
      { key: 'trainspotting', name: 'Trainspotting', aliases: ['Trainspotting backpack', 'Trainspotting belt bag'], shortNames: ['火车包'], category: 'handbags', referencePrice: P(900, 2200), colours: ['black', 'bone', 'red', 'white'] },
      { key: 'belt', name: 'Bally reversible belt', aliases: ['Bally Stripe belt', 'B Chain belt'], shortNames: ['双面皮带'], category: 'small-leather-goods', referencePrice: P(350, 520), colours: ['black', 'brown', 'black/brown', '黑色'] },
    ],
  },
  {
    id: 'polene', name: 'Polène', aliases: ['Polene', 'Polène Paris', 'polene-paris'], protectedTerms: ['Numéro Un', 'Numéro Neuf', 'Cyme', 'Béri', 'Tonca', 'Numéro Dix', 'Umi'],
    categories: ['handbags', 'small-leather-goods'], manufacturingCountries: ['ES'],
    sellers: [{ id: 'polene-paris', market: 'amazon', sf: 'FR' }],
    zh: 'Polene', nick: ['法国小众云朵包', '乌布里克工坊包', 'P家九号包', 'P家一号包'], abbr: ['P0lene', 'P.L.N'], missp: ['Polen', 'Pollene', 'Poléne', 'Polenne'], homo: 'Polene',
    lines: [
      { key: 'un', name: 'Numéro Un', aliases: ['Numero Un', 'Numéro Un Nano', 'Numero Un Mini', '一号包'], shortNames: ['No.1', 'N°1'], category: 'handbags', referencePrice: P(420, 560), colours: ['black', 'camel', 'taupe', 'cognac', 'burgundy', 'chalk', 'cream'] },
      { key: 'neuf', name: 'Numéro Neuf', aliases: ['Numero Neuf', 'Numéro Neuf Mini', '九号包'], shortNames: ['No.9', 'N°9'], category: 'handbags', referencePrice: P(450, 560), colours: ['black', 'camel', 'taupe', 'cognac', 'chalk', 'burgundy'] },
      { key: 'cyme', name: 'Cyme', aliases: ['Cyme Mini', 'Cyme tote', '云朵托特'], shortNames: ['Cyme托特'], category: 'handbags', referencePrice: P(500, 620), colours: ['black', 'camel', 'taupe', 'cognac', 'chalk'] },
      { key: 'tonca', name: 'Tonca', aliases: ['Tonca bag'], category: 'handbags', referencePrice: P(490, 560), colours: ['black', 'camel', 'cognac', 'taupe'] },
    ],
  },
  {
    id: 'porter', name: 'PORTER', aliases: ['Yoshida Porter', 'PORTER Yoshida & Co.', '吉田カバン', '吉田包', 'ポーター'], protectedTerms: ['TANKER', 'PORTER TANKER', 'PORTER FORCE', 'PORTER HEAT'],
    categories: ['handbags', 'small-leather-goods'], manufacturingCountries: ['JP'],
    sellers: [{ id: 'yoshida-kaban-rakuten', market: 'rakuten' }, { id: 'porter-stand-tokyo', market: 'amazon', sf: 'JP' }],
    zh: '吉田', nick: ['日本吉田包', '小日子吉田', '坦克包', '日本尼龙飞行员包'], abbr: ['P0RTER', 'PT吉田'], missp: ['Poter', 'Portter', 'Yosida Porter', 'Yoshidaa Porter'], homo: 'PORTER',
    lines: [
      { key: 'tanker', name: 'TANKER', aliases: ['Tanker shoulder bag', 'Tanker 2way helmet bag', 'タンカー'], modelNumbers: ['622-76963', '622-68810', '622-69131'], shortNames: ['坦克'], category: 'handbags', referencePrice: P(150, 380), colours: ['black', 'sage green', 'silver grey', 'iron blue', '黑色', '鼠尾草绿', '铁蓝'] },
      { key: 'force', name: 'FORCE', aliases: ['Porter Force shoulder bag', 'Force 2way waist bag'], modelNumbers: ['855-05459', '855-07418'], category: 'handbags', referencePrice: P(120, 260), colours: ['black', 'olive drab', 'coyote'] },
      { key: 'heat', name: 'HEAT', aliases: ['Porter Heat backpack'], modelNumbers: ['703-06301'], category: 'handbags', referencePrice: P(200, 420), colours: ['black', 'navy', 'khaki'] },
    ],
  },
  // ---------------- shoes / sportswear ----------------
  {
    id: 'skechers', name: 'Skechers', aliases: ['SKECHERS USA', '斯凯奇'], protectedTerms: ["D'Lites", 'GOwalk', 'Arch Fit', 'Max Cushioning', 'Hands Free Slip-ins'],
    categories: ['shoes', 'apparel'], manufacturingCountries: ['CN', 'VN', 'ID'],
    sellers: [{ id: 'skechers-official-tmall', market: 'tmall' }, { id: 'skechers_us_store', market: 'amazon', sf: 'US' }, { id: 'skechers-sg-mall', market: 'shopee', sf: 'SG' }],
    zh: '斯凯奇', nick: ['S家熊猫鞋', '斯家老爹鞋', '美式熊猫鞋'], abbr: ['SKX', 'SK3CHERS', 'Skch'], missp: ['Sketchers', 'Skecher', 'Skeechers', 'Scketchers'], homo: 'Skechers',
    lines: [
      { key: 'dlites', name: "D'Lites", aliases: ['DLites', 'D Lites', '熊猫鞋'], shortNames: ['熊猫鞋', '老爹鞋'], modelNumbers: ['11931', '13143'], category: 'shoes', referencePrice: P(65, 90), colours: ['white', 'white/navy', 'black', 'pink', 'white/silver', '白色', '黑色', '粉色'] },
      { key: 'gowalk', name: 'GOwalk', aliases: ['GO WALK', 'Go Walk 7', 'GOwalk Arch Fit'], shortNames: ['健步鞋'], category: 'shoes', referencePrice: P(55, 90), colours: ['black', 'navy', 'grey', 'charcoal', 'taupe', '黑色', '灰色'] },
      { key: 'archfit', name: 'Arch Fit', aliases: ['Arch Fit 2.0', 'Arch Fit Glide-Step'], shortNames: ['足弓鞋'], category: 'shoes', referencePrice: P(75, 110), colours: ['black', 'white', 'navy', 'grey', 'taupe'] },
      { key: 'slipins', name: 'Hands Free Slip-ins', aliases: ['Slip-ins', 'Slip ins Ultra Flex'], shortNames: ['闪穿鞋'], category: 'shoes', referencePrice: P(70, 115), colours: ['black', 'navy', 'grey', 'white', '黑色'] },
    ],
  },
  {
    id: 'saucony', name: 'Saucony', aliases: ['索康尼', 'Saucony Originals'], protectedTerms: ['Endorphin', 'Endorphin Pro', 'Endorphin Speed', 'Kinvara', 'Triumph', 'Shadow 6000', 'Jazz Original'],
    categories: ['shoes', 'apparel'], manufacturingCountries: ['VN', 'CN', 'ID'],
    sellers: [{ id: 'saucony-flagship-tmall', market: 'tmall' }, { id: 'saucony_running_official', market: 'ebay', sf: 'US' }],
    zh: '索康尼', nick: ['索狗', 'S家啡鹏', '索家菲鹏'], abbr: ['SAUC', 'S4UC0NY'], missp: ['Sauconi', 'Saucany', 'Suacony', 'Saucoy'], homo: 'Saucony',
    lines: [
      { key: 'endospeed', name: 'Endorphin Speed', aliases: ['Endorphin Speed 4', 'Endorphin Speed 5', '啡速'], shortNames: ['ES4', '啡速4'], category: 'shoes', referencePrice: P(170, 180), colours: ['white', 'black', 'vizi orange', 'navy', 'red', '白色', '黑色'] },
      { key: 'endopro', name: 'Endorphin Pro', aliases: ['Endorphin Pro 4', '啡鹏'], shortNames: ['EP4', '啡鹏4'], category: 'shoes', referencePrice: P(225, 250), colours: ['white', 'black', 'vizi pro', 'citron'] },
      { key: 'kinvara', name: 'Kinvara', aliases: ['Kinvara 15', 'Kinvara 16'], shortNames: ['K15'], category: 'shoes', referencePrice: P(110, 125), colours: ['black', 'white', 'navy', 'fog'] },
      { key: 'jazz', name: 'Jazz Original', aliases: ['Jazz Original Vintage', '爵士'], shortNames: ['Jazz'], modelNumbers: ['S2044', 'S70368'], category: 'shoes', referencePrice: P(65, 85), colours: ['navy/grey', 'grey/blue', 'black', 'tan', 'green'] },
    ],
  },
  {
    id: 'keen', name: 'KEEN', aliases: ['KEEN Footwear', '科恩'], protectedTerms: ['Newport H2', 'Targhee', 'Uneek', 'Jasper', 'KEEN.DRY'],
    categories: ['shoes', 'outdoor-gear'], manufacturingCountries: ['VN', 'CN', 'KH', 'US'],
    sellers: [{ id: 'keen-official-tmall', market: 'tmall' }, { id: 'keen_footwear_store', market: 'amazon', sf: 'US' }],
    zh: '科恩', nick: ['K家溯溪鞋', '护趾凉鞋鼻祖', '绳编凉鞋K家'], abbr: ['K33N', 'K.E.E.N'], missp: ['Kean', 'Keene', 'Kenn', 'Keeen'], homo: 'KEEN',
    lines: [
      { key: 'newport', name: 'Newport H2', aliases: ['Newport H2 sandal', 'Newport'], shortNames: ['H2凉鞋'], category: 'shoes', referencePrice: P(100, 125), colours: ['black', 'raven', 'monks robe', 'navy', 'olive', 'gargoyle', '黑色'] },
      { key: 'targhee', name: 'Targhee', aliases: ['Targhee III', 'Targhee IV Mid WP'], shortNames: ['T3', 'T4'], category: 'shoes', referencePrice: P(150, 195), colours: ['dark earth', 'black', 'canteen', 'bungee cord'] },
      { key: 'uneek', name: 'Uneek', aliases: ['UNEEK sandal', '绳编鞋'], category: 'shoes', referencePrice: P(110, 140), colours: ['black', 'grey', 'navy', 'white'] },
    ],
  },
  {
    id: 'ecco', name: 'ECCO', aliases: ['ECCO Sko', '爱步'], protectedTerms: ['BIOM', 'ECCO BIOM', 'Soft 7', 'Street 720', 'ECCO Golf'],
    categories: ['shoes', 'small-leather-goods', 'handbags'], manufacturingCountries: ['PT', 'SK', 'TH', 'ID', 'CN', 'VN'],
    sellers: [{ id: 'ecco-official-tmall', market: 'tmall' }, { id: 'ecco_shoes_official', market: 'ebay', sf: 'GB' }],
    zh: '爱步', nick: ['丹麦牛皮鞋', '丹麦健步鞋', 'E家休闲鞋'], abbr: ['3CC0', 'E.C.C.O'], missp: ['Eco shoes', 'Ecoo', 'Ecko sko', 'Ecco Bioom'], homo: 'ECCO',
    lines: [
      { key: 'biom', name: 'BIOM 2.0', aliases: ['ECCO BIOM 2.1', 'Biom 2.0 Low', '健步2.0'], shortNames: ['健步'], modelNumbers: ['800604', '830754'], category: 'shoes', referencePrice: P(170, 240), colours: ['black', 'white', 'navy', 'grey', 'cognac', '黑色', '白色'] },
      { key: 'soft7', name: 'Soft 7', aliases: ['Soft 7 sneaker', '柔酷7号'], shortNames: ['柔酷7'], modelNumbers: ['470364', '430003'], category: 'shoes', referencePrice: P(150, 200), colours: ['white', 'black', 'navy', 'grey', '白色', '黑色'] },
      { key: 'golf', name: 'Golf BIOM H4', aliases: ['ECCO Golf Biom H4', 'Biom C4'], shortNames: ['H4'], category: 'shoes', referencePrice: P(200, 240), colours: ['white', 'black', 'grey', 'navy'] },
    ],
  },
  // ---------------- watches ----------------
  {
    id: 'lange', name: 'A. Lange & Söhne', aliases: ['A. Lange & Sohne', 'A Lange und Söhne', 'Lange & Söhne', '朗格'], protectedTerms: ['Lange 1', 'Zeitwerk', 'Saxonia', 'Odysseus', 'Datograph', '1815'],
    categories: ['watches'], manufacturingCountries: ['DE'],
    sellers: [{ id: 'lange-boutique-hk', market: 'carousell', sf: 'HK' }],
    zh: '朗格', nick: ['德表之王', '萨克森大日历', '德国顶级大日历'], abbr: ['ALS', 'A.L.S'], missp: ['A. Lange & Sons', 'Lang & Sohne', 'A Longe Sohne', 'Lange Sons'], homo: 'Lange',
    lines: [
      { key: 'lange1', name: 'Lange 1', aliases: ['LANGE 1 Moon Phase', '朗格1'], shortNames: ['L1'], modelNumbers: ['191.032', '191.039', '192.032'], category: 'watches', referencePrice: P(39000, 52000), colours: ['silver', 'argenté', 'black', 'grey'] },
      { key: 'saxonia', name: 'Saxonia', aliases: ['Saxonia Thin', 'Saxonia Outsize Date', '萨克森'], modelNumbers: ['219.026', '211.026', '201.027'], category: 'watches', referencePrice: P(16000, 26000), colours: ['silver', 'black', 'blue'] },
      { key: 'odysseus', name: 'Odysseus', aliases: ['Odysseus stainless steel', '奥德修斯'], modelNumbers: ['363.179', '363.068'], category: 'watches', referencePrice: P(38000, 52000), colours: ['blue', 'grey', 'steel'] },
      { key: 'zeitwerk', name: 'Zeitwerk', aliases: ['Zeitwerk Date', '数字跳时'], modelNumbers: ['140.029', '148.038'], category: 'watches', referencePrice: P(90000, 120000), colours: ['silver', 'black', 'green'] },
    ],
  },
  {
    id: 'nomos', name: 'NOMOS Glashütte', aliases: ['NOMOS Glashuette', 'Nomos', '诺莫斯'], protectedTerms: ['Tangente', 'Orion', 'Club Campus', 'Metro', 'Tetra', 'Ahoi', 'Zürich Weltzeit'],
    categories: ['watches'], manufacturingCountries: ['DE'],
    sellers: [{ id: 'nomos-official-jd', market: 'jd' }, { id: 'nomos_glashuette_store', market: 'amazon', sf: 'DE' }],
    zh: '诺莫斯', nick: ['包豪斯德表', '格拉苏蒂小三针', 'N家包豪斯'], abbr: ['N0M0S', 'NMS'], missp: ['Nomus', 'Nomos Glashutte', 'Nomoss', 'Normos'], homo: 'NOMOS',
    lines: [
      { key: 'tangente', name: 'Tangente', aliases: ['Tangente 38', 'Tangente 35', '探戈'], category: 'watches', referencePrice: P(1900, 2900), colours: ['white', 'silver', 'navy', 'champagne', '白色'] },
      { key: 'club', name: 'Club Campus', aliases: ['Club Campus 38', 'Club Campus Neomatik'], category: 'watches', referencePrice: P(1500, 2600), colours: ['white', 'night blue', 'deep pink', 'cream'] },
      { key: 'metro', name: 'Metro', aliases: ['Metro neomatik 39', 'Metro Date Power Reserve'], modelNumbers: ['1114', '1103'], category: 'watches', referencePrice: P(3400, 4600), colours: ['silver', 'white', 'midnight blue', 'black'] },
      { key: 'orion', name: 'Orion', aliases: ['Orion 38', 'Orion neomatik 41'], category: 'watches', referencePrice: P(2200, 3900), colours: ['silver', 'white', 'anthracite', 'rose'] },
    ],
  },
  {
    id: 'dw', name: 'Daniel Wellington', aliases: ['DW', 'DW watches', '丹尼尔惠灵顿'], protectedTerms: ['Classic Petite', 'Iconic Link', 'Quadro', 'Classic Sheffield'],
    categories: ['watches', 'jewellery'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'dw-official-tmall', market: 'tmall' }, { id: 'danielwellington_official', market: 'amazon', sf: 'US' }, { id: 'dw-mall-my', market: 'lazada', sf: 'MY' }],
    zh: 'DW', nick: ['瑞典小众手表', '丹尼尔', '网红尼龙带手表'], abbr: ['D.W', 'D W ⌚', 'D&W'], missp: ['Daniel Wellinton', 'Danial Wellington', 'Daniel Welington', 'Daniel Willington'], homo: 'Daniel Wellington',
    lines: [
      { key: 'classic', name: 'Classic', aliases: ['Classic 40', 'Classic Sheffield', 'Classic St Mawes'], modelNumbers: ['DW00100161', 'DW00100006', 'DW00100107'], category: 'watches', referencePrice: P(150, 229), colours: ['rose gold', 'silver', 'black', 'white', '玫瑰金', '银色'] },
      { key: 'petite', name: 'Petite', aliases: ['Classic Petite 32', 'Petite Melrose', 'Petite Sterling'], modelNumbers: ['DW00100163', 'DW00100164'], category: 'watches', referencePrice: P(149, 219), colours: ['rose gold', 'silver', 'gold', 'black', '玫瑰金'] },
      { key: 'iconic', name: 'Iconic Link', aliases: ['Iconic Link 36', 'Iconic Link Emerald'], modelNumbers: ['DW00100210', 'DW00100342'], category: 'watches', referencePrice: P(199, 279), colours: ['silver', 'gold', 'rose gold', 'emerald'] },
      { key: 'cuff', name: 'Classic Bracelet', aliases: ['Classic Cuff', 'Emalie ring'], modelNumbers: ['DW00400001', 'DW00400003'], category: 'jewellery', referencePrice: P(59, 99), colours: ['rose gold', 'silver', 'gold'] },
    ],
  },
  // ---------------- jewellery ----------------
  {
    id: 'mikimoto', name: 'MIKIMOTO', aliases: ['Mikimoto Pearl', '御木本', 'ミキモト'], protectedTerms: ['Mikimoto Akoya', 'Mikimoto Pearl Island', 'Jeux de Rubans'],
    categories: ['jewellery'], manufacturingCountries: ['JP'],
    sellers: [{ id: 'mikimoto-ginza-rakuten', market: 'rakuten' }, { id: 'mikimoto-flagship-tmall', market: 'tmall' }],
    zh: '御木本', nick: ['珍珠之王M家', '日本珍珠老牌', '天女珍珠M家'], abbr: ['MKMT', 'M1K1M0T0'], missp: ['Mikimato', 'Mikomoto', 'Mikimotto', 'Mikkimoto'], homo: 'MIKIMOTO',
    lines: [
      { key: 'akoya', name: 'Akoya pearl strand necklace', aliases: ['Akoya pearl necklace', 'Akoya strand', 'Akoya珍珠项链'], shortNames: ['akoya项链'], category: 'jewellery', referencePrice: P(3000, 12000), colours: ['white', 'cream', 'silver rose', '白色'] },
      { key: 'studs', name: 'Akoya pearl stud earrings', aliases: ['pearl studs', 'Akoya earrings'], shortNames: ['珍珠耳钉'], category: 'jewellery', referencePrice: P(550, 1600), colours: ['white', 'cream', '白色'] },
      { key: 'southsea', name: 'Black South Sea pearl pendant', aliases: ['black south sea pendant', '大溪地黑珍珠吊坠'], category: 'jewellery', referencePrice: P(1800, 5500), colours: ['black', 'peacock', 'grey'] },
    ],
  },
  {
    id: 'qeelin', name: 'Qeelin', aliases: ['QEELIN', '麒麟珠宝'], protectedTerms: ['Wulu', 'Bo Bo', 'Tien Di', 'Yu Yi', 'Xi Xi'],
    categories: ['jewellery'], manufacturingCountries: ['HK', 'IT'],
    sellers: [{ id: 'qeelin-flagship-tmall', market: 'tmall' }],
    zh: '麒麟', nick: ['葫芦项链Q家', 'Q家熊猫', '香港麒麟葫芦'], abbr: ['Q33LIN', 'QL葫芦'], missp: ['Qeeling', 'Qelin', 'Qeeliin', 'Qi Lin jewelry'], homo: 'Qeelin',
    lines: [
      { key: 'wulu', name: 'Wulu', aliases: ['Wulu pendant', 'Wulu 葫芦', 'Petite Wulu'], shortNames: ['葫芦'], category: 'jewellery', referencePrice: P(900, 4200), colours: ['rose gold', 'yellow gold', 'white gold', '玫瑰金', '黄金'] },
      { key: 'bobo', name: 'Bo Bo', aliases: ['Bo Bo panda', 'Bo Bo pendant', '熊猫'], shortNames: ['熊猫吊坠'], category: 'jewellery', referencePrice: P(1100, 4500), colours: ['rose gold', 'white gold', 'black', '玫瑰金'] },
      { key: 'tiendi', name: 'Tien Di', aliases: ['Tien Di bracelet', '天地'], category: 'jewellery', referencePrice: P(1300, 3800), colours: ['rose gold', 'yellow gold', 'white gold'] },
    ],
  },
  // ---------------- eyewear ----------------
  {
    id: 'silhouette', name: 'Silhouette', aliases: ['Silhouette Eyewear', 'Silhouette International', '诗乐'], protectedTerms: ['Titan Minimal Art', 'TMA', 'Momentum', 'SPX Illusion', 'Atelier'],
    categories: ['eyewear'], manufacturingCountries: ['AT'],
    sellers: [{ id: 'silhouette-official-jd', market: 'jd' }, { id: 'silhouette_eyewear_shop', market: 'ebay', sf: 'AT' }],
    zh: '诗乐', nick: ['奥地利无框', '无螺丝无框眼镜', '宇航员眼镜'], abbr: ['S1LH', 'SLHT'], missp: ['Silhoutte', 'Silouette', 'Silhouet', 'Sillhouette'], homo: 'Silhouette',
    lines: [
      { key: 'tma', name: 'Titan Minimal Art', aliases: ['TMA The Icon', 'Titan Minimal Art The Icon', 'The Icon'], shortNames: ['TMA'], modelNumbers: ['5515', '5541', '5523'], category: 'eyewear', referencePrice: P(380, 620), colours: ['silver', 'gold', 'gunmetal', 'rose', '银色', '金色'] },
      { key: 'momentum', name: 'Momentum', aliases: ['Momentum Aurum', 'Momentum rimless'], modelNumbers: ['5529', '5506'], category: 'eyewear', referencePrice: P(420, 600), colours: ['silver', 'gold', 'brown', 'black'] },
      { key: 'sun', name: 'Silhouette sunglasses', aliases: ['Silhouette Explorer sunglasses'], modelNumbers: ['8730', '8744'], category: 'eyewear', referencePrice: P(280, 480), colours: ['black', 'grey', 'brown'] },
    ],
  },
  {
    id: 'bolon', name: 'BOLON', aliases: ['BOLON Eyewear', '暴龙眼镜'], protectedTerms: ['BOLON暴龙'],
    categories: ['eyewear'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'bolon-flagship-tmall', market: 'tmall' }, { id: 'bolon-official-jd', market: 'jd' }, { id: 'bolon-douyin-official', market: 'douyin' }],
    zh: '暴龙', nick: ['B家墨镜', '厦门大牌墨镜', '明星同款B家'], abbr: ['B0L0N', 'BL墨镜'], missp: ['Bollon', 'Bolen', 'Boloon', 'Bulon'], homo: 'BOLON',
    lines: [
      { key: 'sun', name: 'BOLON sunglasses', aliases: ['暴龙太阳镜', '暴龙墨镜'], modelNumbers: ['BL3035', 'BL5037', 'BL7066', 'BL3087'], category: 'eyewear', referencePrice: P(700, 1500, 'CNY'), colours: ['black', 'tortoise', 'gold', 'silver', '黑色', '玳瑁色'] },
      { key: 'optical', name: 'BOLON optical frames', aliases: ['暴龙光学镜架', '暴龙近视镜框'], modelNumbers: ['BJ7081', 'BJ5056', 'BJ6099'], category: 'eyewear', referencePrice: P(600, 1300, 'CNY'), colours: ['black', 'tortoise', 'gold', 'transparent', '黑色', '透明色'] },
    ],
  },
  // ---------------- cosmetics / skincare / fragrance ----------------
  {
    id: 'sisley', name: 'Sisley Paris', aliases: ['Sisley', '希思黎'], protectedTerms: ['Sisleÿa', "Sisleÿa L'Intégral Anti-Âge", 'Black Rose', 'Phyto-Teint', 'Émulsion Écologique', 'Eau du Soir'],
    categories: ['cosmetics', 'fragrance'], manufacturingCountries: ['FR'],
    sellers: [{ id: 'sisley-flagship-tmall', market: 'tmall' }, { id: 'sisley_paris_official', market: 'amazon', sf: 'FR' }],
    zh: '希思黎', nick: ['希家', '贵妇抗老', '全能乳液X家', '黑玫瑰面膜X家'], abbr: ['S1SLEY', 'SSL'], missp: ['Sisely', 'Sislay', 'Sisleya', 'Sisly'], homo: 'Sisley',
    lines: [
      { key: 'sisleya', name: "Sisleÿa L'Intégral Anti-Âge", aliases: ['Sisleya Integral', '抗皱修活精华霜', '抗皱修活'], shortNames: ['修活霜'], category: 'cosmetics', referencePrice: P(540, 620) },
      { key: 'ecologique', name: 'Émulsion Écologique', aliases: ['Ecological Compound', '全能乳液'], shortNames: ['全能乳'], category: 'cosmetics', referencePrice: P(190, 290) },
      { key: 'blackrose', name: 'Black Rose Cream Mask', aliases: ['黑玫瑰面膜', 'Black Rose Skin Infusion'], category: 'cosmetics', referencePrice: P(160, 190) },
      { key: 'eaudusoir', name: 'Eau du Soir', aliases: ['Eau du Soir EDP', '暮之香'], category: 'fragrance', referencePrice: P(200, 300) },
    ],
  },
  {
    id: 'aesop', name: 'Aesop', aliases: ['Aēsop', '伊索'], protectedTerms: ['Resurrection Aromatique', 'Reverence Aromatique', 'Hwyl', 'Tacit', 'Marrakech Intense', 'Parsley Seed', 'Geranium Leaf'],
    categories: ['cosmetics', 'fragrance'], manufacturingCountries: ['AU'],
    sellers: [{ id: 'aesop-flagship-tmall', market: 'tmall' }, { id: 'aesop_official_store', market: 'amazon', sf: 'AU' }],
    zh: '伊索', nick: ['澳洲小众洗手液', '伊家洗手液', '酒店同款棕瓶洗手液'], abbr: ['A3SOP', 'Æsop'], missp: ['Aesopp', 'Aseop', 'Aesope', 'Eesop'], homo: 'Aesop',
    lines: [
      { key: 'resurrection', name: 'Resurrection Aromatique Hand Wash', aliases: ['Resurrection hand wash', '赋活芳香手部清洁露', '赋活洗手液'], shortNames: ['赋活'], category: 'cosmetics', referencePrice: P(40, 48) },
      { key: 'hwyl', name: 'Hwyl Eau de Parfum', aliases: ['Hwyl EDP', '炽香水'], shortNames: ['Hwyl'], category: 'fragrance', referencePrice: P(180, 230) },
      { key: 'tacit', name: 'Tacit Eau de Parfum', aliases: ['Tacit EDP', '悟香水'], shortNames: ['Tacit'], category: 'fragrance', referencePrice: P(170, 220) },
      { key: 'parsley', name: 'Parsley Seed Anti-Oxidant Serum', aliases: ['香芹籽抗氧化精华', 'Parsley Seed serum'], category: 'cosmetics', referencePrice: P(80, 110) },
    ],
  },
  {
    id: 'hourglass', name: 'Hourglass', aliases: ['Hourglass Cosmetics', '沙漏'], protectedTerms: ['Ambient Lighting', 'Vanish', 'Unlocked', 'Confession', 'Veil', 'Arch Brow'],
    categories: ['cosmetics'], manufacturingCountries: ['US', 'IT'],
    sellers: [{ id: 'hourglass-flagship-tmall', market: 'tmall' }, { id: 'hourglass_cosmetics_us', market: 'amazon', sf: 'US' }],
    zh: '沙漏', nick: ['H家高光', '美国沙漏家', '五花肉高光H家'], abbr: ['HG', 'H0URGLASS', '⏳家'], missp: ['Hour Glass', 'Hourglas', 'Houreglass', 'Ourglass'], homo: 'Hourglass',
    lines: [
      { key: 'ambient', name: 'Ambient Lighting Powder', aliases: ['Ambient Lighting Edit', '五花肉高光', '五花肉'], shortNames: ['五花肉'], category: 'cosmetics', referencePrice: P(54, 92), colours: ['Diffused Light', 'Ethereal Light', 'Dim Light', 'Luminous Light'] },
      { key: 'vanish', name: 'Vanish Seamless Finish Foundation Stick', aliases: ['Vanish foundation stick', '粉底棒'], shortNames: ['粉底棒'], category: 'cosmetics', referencePrice: P(50, 56) },
      { key: 'unlocked', name: 'Unlocked Instant Extensions Mascara', aliases: ['Unlocked mascara', '睫毛膏'], category: 'cosmetics', referencePrice: P(32, 38) },
      { key: 'confession', name: 'Confession Ultra Slim High Intensity Refillable Lipstick', aliases: ['Confession lipstick', '告白口红'], shortNames: ['告白'], category: 'cosmetics', referencePrice: P(36, 44) },
    ],
  },
  {
    id: 'whoo', name: 'The History of Whoo', aliases: ['Whoo', '后Whoo', '韩国后', 'The History of 后'], protectedTerms: ['Cheongidan', 'Gongjinhyang', 'Bichup', '天气丹', '拱辰享', '秘贴'],
    categories: ['cosmetics'], manufacturingCountries: ['KR'],
    sellers: [{ id: 'whoo-flagship-tmall', market: 'tmall' }, { id: 'whoo-official-jd', market: 'jd' }],
    zh: 'Whoo后', nick: ['韩国宫廷护肤', '后家', '王后天气丹', '宫廷后'], abbr: ['WH00', 'W.H.O.O'], missp: ['Woo cosmetics', 'Whooo', 'History of Who', 'Wh00 天气'], homo: 'Whoo',
    lines: [
      { key: 'cheongidan', name: 'Cheongidan Radiant Regenerating Cream', aliases: ['天气丹华泫', '天气丹面霜', '天气丹套盒'], shortNames: ['天气丹'], category: 'cosmetics', referencePrice: P(1300, 2900, 'CNY') },
      { key: 'gongjinhyang', name: 'Gongjinhyang', aliases: ['拱辰享', '拱辰享水妍套盒', 'Gongjinhyang Soo Yeon'], shortNames: ['拱辰享'], category: 'cosmetics', referencePrice: P(500, 1200, 'CNY') },
      { key: 'bichup', name: 'Bichup Self-Generating Anti-Aging Essence', aliases: ['秘贴', '秘贴精华', 'Bichup essence'], shortNames: ['秘贴'], category: 'cosmetics', referencePrice: P(900, 1500, 'CNY') },
    ],
  },
  // ---------------- phones / computers ----------------
  {
    id: 'nubia', name: 'nubia', aliases: ['努比亚', 'REDMAGIC', 'RED MAGIC', '红魔'], protectedTerms: ['REDMAGIC', '红魔', 'nubia Z70 Ultra', 'nubia Flip'],
    categories: ['phones', 'phone-accessories'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'nubia-flagship-tmall', market: 'tmall' }, { id: 'redmagic-global-store', market: 'aliexpress', sf: 'CN' }, { id: 'redmagic_official_us', market: 'amazon', sf: 'US' }],
    zh: '红魔', nick: ['红魔游戏机', '努家', 'N家电竞机'], abbr: ['RM10', 'R3DMAGIC', '🔴🪄'], missp: ['Red Magik', 'Redmagik', 'Nubbia', 'Noobia'], homo: 'REDMAGIC',
    lines: [
      { key: 'rm10pro', name: 'REDMAGIC 10 Pro', aliases: ['红魔10 Pro', 'Red Magic 10 Pro', 'REDMAGIC 10S Pro'], shortNames: ['红魔10'], modelNumbers: ['NX789J', 'NX789S'], category: 'phones', referencePrice: P(650, 950), colours: ['Shadow', 'Dusk', 'Moonlight', '暗夜', '氘锋', '银翼'] },
      { key: 'z70', name: 'nubia Z70 Ultra', aliases: ['努比亚Z70 Ultra', 'Z70 Ultra'], shortNames: ['Z70U'], modelNumbers: ['NX733J'], category: 'phones', referencePrice: P(580, 760), colours: ['black', 'amber', 'starry night', '黑色', '琥珀色'] },
      { key: 'cooler', name: 'REDMAGIC Magnetic Cooler', aliases: ['红魔散热器', 'RedMagic cooler 5 Pro'], category: 'phone-accessories', referencePrice: P(30, 60), colours: ['black', 'white', 'transparent'] },
    ],
  },
  {
    id: 'sharp', name: 'Sharp', aliases: ['SHARP Corporation', '夏普', 'シャープ'], protectedTerms: ['AQUOS', 'Plasmacluster', 'Healsio', 'AQUOS R9', 'AQUOS sense'],
    categories: ['phones', 'home-appliances'], manufacturingCountries: ['JP', 'CN', 'MY', 'TH'],
    sellers: [{ id: 'sharp-flagship-tmall', market: 'tmall' }, { id: 'sharp-direct-rakuten', market: 'rakuten' }, { id: 'sharp_official_amazon_jp', market: 'amazon', sf: 'JP' }],
    zh: '夏普', nick: ['日系离子群', 'S家净化器', '日本大厂净化器'], abbr: ['SH4RP', 'SHRP'], missp: ['Sharpe', 'Shrap', 'Sharpp', 'Sarp'], homo: 'SHARP',
    lines: [
      { key: 'r9', name: 'AQUOS R9', aliases: ['AQUOS R9 pro', 'SH-51E'], shortNames: ['R9'], modelNumbers: ['SH-51E', 'A401SH'], category: 'phones', referencePrice: P(650, 1300), colours: ['white', 'green', 'black', 'ホワイト'] },
      { key: 'sense', name: 'AQUOS sense9', aliases: ['AQUOS sense 9', 'sense9'], modelNumbers: ['SH-53E', 'SH-M29'], category: 'phones', referencePrice: P(350, 500), colours: ['green', 'black', 'coral', 'blue', 'white'] },
      { key: 'purifier', name: 'Plasmacluster air purifier', aliases: ['夏普空气净化器', 'Plasmacluster humidifying purifier', '离子群净化器'], modelNumbers: ['FP-J50', 'KC-G50', 'KI-NS40', 'FX-S120'], category: 'home-appliances', referencePrice: P(170, 480), colours: ['white', 'brown', 'grey', '白色'] },
      { key: 'healsio', name: 'Healsio water oven', aliases: ['Healsio', 'ヘルシオ', '夏普蒸汽烤箱'], modelNumbers: ['AX-XA20', 'AX-UA30'], category: 'home-appliances', referencePrice: P(700, 1400), colours: ['red', 'black', 'white'] },
    ],
  },
  {
    id: 'msi', name: 'MSI', aliases: ['Micro-Star International', 'MSI Gaming', '微星'], protectedTerms: ['MSI Claw', 'Titan 18', 'Katana', 'Ventus', 'Gaming X Trio'],
    categories: ['computers', 'computer-accessories', 'game-consoles'], manufacturingCountries: ['CN', 'TW'],
    sellers: [{ id: 'msi-flagship-tmall', market: 'tmall' }, { id: 'msi-official-jd', market: 'jd' }, { id: 'msi_store_us', market: 'amazon', sf: 'US' }],
    zh: '微星', nick: ['龙魂', '红龙', '龙标显卡'], abbr: ['M$I', 'M.S.I', '🐉卡'], missp: ['MCI', 'Msi gamming', 'Micro Star', 'Mssi'], homo: 'MSI',
    lines: [
      { key: 'claw', name: 'Claw 8 AI+', aliases: ['MSI Claw 8', 'Claw 8 AI+ A2VM', '微星Claw掌机'], shortNames: ['Claw 8'], modelNumbers: ['A2VM'], category: 'game-consoles', referencePrice: P(850, 1000), colours: ['black', 'white', 'polar', '黑色'] },
      { key: 'katana', name: 'Katana 15', aliases: ['Katana 15 HX', '武士15'], modelNumbers: ['B14WFK', 'B13VFK'], category: 'computers', referencePrice: P(999, 1500), colours: ['black'] },
      { key: 'titan', name: 'Titan 18 HX', aliases: ['Titan 18 HX AI', '泰坦18'], modelNumbers: ['A2XWJG'], category: 'computers', referencePrice: P(4500, 5800), colours: ['black', 'core black'] },
      { key: 'gpu', name: 'GeForce RTX 5070 Ventus', aliases: ['RTX 5070 Ventus 2X', '万图师5070'], modelNumbers: ['V532-004R'], shortNames: ['万图师'], category: 'computer-accessories', referencePrice: P(549, 650), colours: ['black'] },
    ],
  },
  // ---------------- cameras / lenses ----------------
  {
    id: 'zeiss', name: 'ZEISS', aliases: ['Carl Zeiss', 'Zeiss', '蔡司'], protectedTerms: ['Otus', 'Batis', 'Loxia', 'Milvus', 'Touit', 'DriveSafe', 'SmartLife', 'Victory SF', 'Planar', 'Sonnar', 'Distagon', 'T*'],
    categories: ['camera-lenses', 'eyewear', 'outdoor-gear'], manufacturingCountries: ['DE', 'JP'],
    sellers: [{ id: 'zeiss-vision-flagship-tmall', market: 'tmall' }, { id: 'zeiss-official-jd', market: 'jd' }, { id: 'zeiss_camera_lenses', market: 'ebay', sf: 'DE' }],
    zh: '蔡司', nick: ['德国镜皇', '蔡家', '镜片天花板Z家'], abbr: ['Z31SS', 'Z.S.', 'CZ'], missp: ['Ziess', 'Zeis', 'Zeiis', 'Ziss'], homo: 'ZEISS',
    lines: [
      { key: 'otus', name: 'Otus 55mm f/1.4', aliases: ['Otus 1.4/55', 'Otus 55'], modelNumbers: ['1.4/55'], category: 'camera-lenses', referencePrice: P(3400, 4100), manufacturingCountries: ['JP'] },
      { key: 'batis', name: 'Batis 40mm f/2 CF', aliases: ['Batis 2/40 CF', 'Batis 40'], modelNumbers: ['2/40', '1.8/85', '2/25'], category: 'camera-lenses', referencePrice: P(1100, 1400), manufacturingCountries: ['JP'] },
      { key: 'drivesafe', name: 'DriveSafe lenses', aliases: ['蔡司驾驶型镜片', 'DriveSafe 1.67', '蔡司镜片'], shortNames: ['驾驶型'], category: 'eyewear', referencePrice: P(1800, 4200, 'CNY'), manufacturingCountries: ['DE', 'CN'] },
      { key: 'victory', name: 'Victory SF 10x42', aliases: ['Victory SF binoculars', '胜利SF双筒'], modelNumbers: ['524224'], category: 'outdoor-gear', referencePrice: P(2800, 3200), manufacturingCountries: ['DE'] },
    ],
  },
  {
    id: 'godox', name: 'Godox', aliases: ['神牛', 'Godox Photo'], protectedTerms: ['Witstro', 'Xpro', 'AD200Pro', 'V1', 'Ving'],
    categories: ['cameras'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'godox-flagship-tmall', market: 'tmall' }, { id: 'godox-official-store', market: 'aliexpress', sf: 'CN' }, { id: 'godox_us_authorized', market: 'amazon', sf: 'US' }],
    zh: '神牛', nick: ['G家闪灯', '牛家闪光灯'], abbr: ['G0D0X', 'GDX'], missp: ['Goodox', 'Godax', 'Gadox', 'Godoks'], homo: 'Godox',
    lines: [
      { key: 'v1', name: 'V1 round head flash', aliases: ['V1Pro', 'Godox V1', '神牛V1'], shortNames: ['V1'], modelNumbers: ['V1-C', 'V1-N', 'V1-S', 'V1Pro'], category: 'cameras', referencePrice: P(230, 300), colours: ['black'] },
      { key: 'ad200', name: 'AD200Pro', aliases: ['AD200 Pro II', '口袋灯'], shortNames: ['口袋灯'], modelNumbers: ['AD200Pro', 'AD200ProII'], category: 'cameras', referencePrice: P(300, 380), colours: ['black'] },
      { key: 'tt685', name: 'TT685 II', aliases: ['TT685II', 'Thinklite TT685'], modelNumbers: ['TT685II-C', 'TT685II-N'], category: 'cameras', referencePrice: P(100, 130), colours: ['black'] },
      { key: 'xpro', name: 'XPro II trigger', aliases: ['XproII', 'Xpro II', '引闪器'], modelNumbers: ['XProII-C', 'XProII-S'], category: 'cameras', referencePrice: P(60, 80), colours: ['black'] },
    ],
  },
  // ---------------- audio ----------------
  {
    id: 'jabra', name: 'Jabra', aliases: ['捷波朗', 'GN Jabra'], protectedTerms: ['Elite 10', 'Elite 8 Active', 'Evolve2', 'Speak2', 'PanaCast'],
    categories: ['audio', 'phone-accessories'], manufacturingCountries: ['CN', 'MY'],
    sellers: [{ id: 'jabra-flagship-tmall', market: 'tmall' }, { id: 'jabra_official_store', market: 'amazon', sf: 'GB' }],
    zh: '捷波朗', nick: ['丹麦耳机J家', '捷家'], abbr: ['J4BRA', 'JBR'], missp: ['Jabre', 'Jabbra', 'Jarba', 'Jabraa'], homo: 'Jabra',
    lines: [
      { key: 'elite10', name: 'Elite 10', aliases: ['Elite 10 Gen 2', 'Jabra Elite 10'], modelNumbers: ['100-99280900'], category: 'audio', referencePrice: P(200, 280), colours: ['titanium black', 'cream', 'cocoa', 'gloss black'] },
      { key: 'elite8', name: 'Elite 8 Active', aliases: ['Elite 8 Active Gen 2'], modelNumbers: ['100-99160700'], category: 'audio', referencePrice: P(180, 230), colours: ['black', 'navy', 'dark grey', 'caramel'] },
      { key: 'evolve2', name: 'Evolve2 85', aliases: ['Evolve2 85 MS Stereo', 'Evolve2 65'], modelNumbers: ['28599-999-999', '26599-999-999'], category: 'audio', referencePrice: P(350, 480), colours: ['black', 'beige'] },
    ],
  },
  {
    id: 'focal', name: 'Focal', aliases: ['Focal-JMlab', 'Focal Naim', '劲浪'], protectedTerms: ['Bathys', 'Utopia', 'Stellia', 'Clear MG', 'Celestee', 'Aria 906', 'Kanta'],
    categories: ['audio'], manufacturingCountries: ['FR'],
    sellers: [{ id: 'focal-flagship-jd', market: 'jd' }, { id: 'focal_audio_official', market: 'ebay', sf: 'FR' }],
    zh: '劲浪', nick: ['法国劲浪', 'F家乌托邦', '法烧'], abbr: ['F0CAL', 'FCL'], missp: ['Foccal', 'Focall', 'Phocal', 'Focale'], homo: 'Focal',
    lines: [
      { key: 'bathys', name: 'Bathys', aliases: ['Bathys MG', 'Focal Bathys'], category: 'audio', referencePrice: P(650, 800), colours: ['black silver', 'dune', 'chestnut'] },
      { key: 'utopia', name: 'Utopia', aliases: ['Utopia 2022', '乌托邦'], category: 'audio', referencePrice: P(4500, 5000), colours: ['black', 'carbon'] },
      { key: 'clearmg', name: 'Clear MG', aliases: ['Clear MG Professional'], category: 'audio', referencePrice: P(1300, 1600), colours: ['chestnut', 'brown', 'black'] },
      { key: 'stellia', name: 'Stellia', aliases: ['Focal Stellia'], category: 'audio', referencePrice: P(2800, 3300), colours: ['cognac', 'mocha'] },
    ],
  },
  {
    id: 'moondrop', name: 'Moondrop', aliases: ['水月雨', 'MOONDROP'], protectedTerms: ['Blessing 3', 'Aria 2', 'Chu II', 'Variations', 'Kato', 'Space Travel', 'Starfield'],
    categories: ['audio'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'moondrop-flagship-tmall', market: 'tmall' }, { id: 'moondrop-official-store', market: 'aliexpress', sf: 'CN' }],
    zh: '水月雨', nick: ['水家', '二次元耳机水家', '月雨家'], abbr: ['M00NDR0P', 'MD耳机'], missp: ['Moon drop', 'Moondorp', 'Mondrop', 'Moondropp'], homo: 'Moondrop',
    lines: [
      { key: 'blessing3', name: 'Blessing 3', aliases: ['Blessing3', '祝福3'], shortNames: ['B3'], category: 'audio', referencePrice: P(300, 330), colours: ['silver', 'clear'] },
      { key: 'aria2', name: 'Aria 2', aliases: ['Aria2', '咏叹调2'], category: 'audio', referencePrice: P(75, 95), colours: ['silver', 'black'] },
      { key: 'variations', name: 'Variations', aliases: ['变奏曲', 'Moondrop Variations'], category: 'audio', referencePrice: P(500, 560), colours: ['black', 'gold'] },
      { key: 'chu2', name: 'Chu II', aliases: ['Chu 2', '竹2'], category: 'audio', referencePrice: P(19, 25), colours: ['silver'] },
    ],
  },
  // ---------------- games / consoles / software ----------------
  {
    id: 'cdpr', name: 'CD PROJEKT RED', aliases: ['CD Projekt', 'CDPR', 'CD Projekt RED S.A.'], protectedTerms: ['Cyberpunk 2077', 'Phantom Liberty', 'The Witcher', 'The Witcher 3: Wild Hunt', 'Gwent', '赛博朋克2077', '巫师3'],
    categories: ['video-games', 'toys', 'apparel'], manufacturingCountries: ['PL'],
    sellers: [{ id: 'cdpr-gear-store', market: 'ebay', sf: 'PL' }, { id: 'cdpr-official-tmall', market: 'tmall' }],
    zh: 'CDPR', nick: ['波兰蠢驴', '蠢驴社', '2077蠢驴'], abbr: ['C.D.P.R', 'CDP'], missp: ['CD Project Red', 'CD Projeckt', 'Cyber Punk 2077', 'Whitcher 3'], homo: 'Cyberpunk',
    lines: [
      { key: 'cp2077', name: 'Cyberpunk 2077', aliases: ['Cyberpunk 2077 Ultimate Edition', '赛博朋克2077', '2077'], shortNames: ['CP2077'], category: 'video-games', referencePrice: P(30, 70) },
      { key: 'witcher3', name: 'The Witcher 3: Wild Hunt', aliases: ['Witcher 3 Complete Edition', '巫师3 狂猎', '巫师3'], shortNames: ['W3'], category: 'video-games', referencePrice: P(25, 50) },
      { key: 'figure', name: 'Cyberpunk 2077 collectible figure', aliases: ['Johnny Silverhand figure', 'V figure', '2077 官方手办'], category: 'toys', referencePrice: P(60, 250) },
    ],
  },
  {
    id: 'hoyoverse', name: 'HoYoverse', aliases: ['miHoYo', '米哈游', 'COGNOSPHERE'], protectedTerms: ['Genshin Impact', '原神', 'Honkai: Star Rail', '崩坏：星穹铁道', '星穹铁道', 'Zenless Zone Zero', '绝区零', 'Genesis Crystals'],
    categories: ['video-games', 'toys', 'apparel'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'mihoyo-official-tmall', market: 'tmall' }, { id: 'hoyoverse-store-global', market: 'amazon', sf: 'US' }],
    zh: '米哈游', nick: ['米家', '米忽悠', '米游', '原批周边'], abbr: ['mhy', 'MHY', 'HYV'], missp: ['Genshin Inpact', 'Genshen Impact', 'Mihoyo', 'Honkai Star Rali'], homo: 'Genshin',
    lines: [
      { key: 'figure', name: 'Genshin Impact scale figure', aliases: ['原神 1/7 手办', 'Genshin Impact 1/7 figure', '原神官方手办'], shortNames: ['原神手办'], category: 'toys', referencePrice: P(120, 260) },
      { key: 'plush', name: 'Genshin Impact plush', aliases: ['原神 毛绒', '派蒙 抱枕', 'Paimon plush'], shortNames: ['派蒙抱枕'], category: 'toys', referencePrice: P(20, 45) },
      { key: 'hsrfigure', name: 'Honkai: Star Rail figure', aliases: ['星穹铁道 手办', 'Star Rail figure'], shortNames: ['星铁手办'], category: 'toys', referencePrice: P(90, 230) },
      { key: 'crystals', name: 'Genesis Crystals top-up', aliases: ['创世结晶', '原神充值', 'Welkin Moon', '空月祝福'], category: 'video-games', referencePrice: P(5, 100) },
    ],
  },
  {
    id: 'ayaneo', name: 'AYANEO', aliases: ['AYA NEO', 'AYANEO Technology'], protectedTerms: ['AYANEO 3', 'AYANEO 2S', 'AYANEO KUN', 'AYANEO Pocket', 'AYANEO Flip', 'AYANEO Air'],
    categories: ['game-consoles'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'ayaneo-flagship-tmall', market: 'tmall' }, { id: 'ayaneo-official-store', market: 'aliexpress', sf: 'CN' }],
    zh: 'AYANEO', nick: ['A家掌机', '国产Win掌机', '奥亚内掌机'], abbr: ['AYN30', 'A Y A'], missp: ['Ayaneeo', 'Aya Neo', 'Ayanoe', 'Ayeneo'], homo: 'AYANEO',
    lines: [
      { key: 'aya3', name: 'AYANEO 3', aliases: ['AYANEO 3 HX370'], shortNames: ['AYA3'], category: 'game-consoles', referencePrice: P(1000, 1700), colours: ['black', 'white', 'retro power', '黑色'] },
      { key: 'pockets', name: 'AYANEO Pocket S', aliases: ['Pocket S', 'Pocket S2'], category: 'game-consoles', referencePrice: P(450, 800), colours: ['black', 'white'] },
      { key: 'flipds', name: 'AYANEO Flip DS', aliases: ['Flip DS', 'Flip KB'], category: 'game-consoles', referencePrice: P(700, 1200), colours: ['black', 'white'] },
      { key: 'kun', name: 'AYANEO KUN', aliases: ['KUN 7840U'], category: 'game-consoles', referencePrice: P(1100, 1800), colours: ['black', 'white'] },
    ],
  },
  {
    id: '8bitdo', name: '8BitDo', aliases: ['八位堂', '8Bitdo Tech'], protectedTerms: ['Ultimate 2', 'Ultimate 2C', 'SN30 Pro', 'Retro Mechanical Keyboard'],
    categories: ['game-consoles', 'computer-accessories'], manufacturingCountries: ['CN'],
    sellers: [{ id: '8bitdo-flagship-tmall', market: 'tmall' }, { id: '8bitdo_official_us', market: 'amazon', sf: 'US' }],
    zh: '八位堂', nick: ['八家', '8家手柄'], abbr: ['8BD', '8-B-D'], missp: ['8bit do', '8BitDoo', 'Eightbitdo', '8BiitDo'], homo: '8BitDo',
    lines: [
      { key: 'ult2', name: 'Ultimate 2 Wireless Controller', aliases: ['Ultimate 2', '猎户座2', 'Ultimate 2 Bluetooth'], category: 'game-consoles', referencePrice: P(55, 75), colours: ['black', 'white', 'purple', '黑色', '白色'] },
      { key: 'ult2c', name: 'Ultimate 2C', aliases: ['Ultimate 2C Wireless', '猎户座2C'], category: 'game-consoles', referencePrice: P(28, 35), colours: ['black', 'white', 'pink', 'green'] },
      { key: 'sn30', name: 'SN30 Pro', aliases: ['SN30 Pro+', 'SN30Pro'], category: 'game-consoles', referencePrice: P(40, 50), colours: ['grey', 'black', 'G classic'] },
      { key: 'kbd', name: 'Retro Mechanical Keyboard', aliases: ['复古机械键盘', 'Retro keyboard'], category: 'computer-accessories', referencePrice: P(90, 110), colours: ['N edition', 'C64 edition', 'fami edition'] },
    ],
  },
  {
    id: 'jetbrains', name: 'JetBrains', aliases: ['JetBrains s.r.o.'], protectedTerms: ['IntelliJ IDEA', 'PyCharm', 'WebStorm', 'CLion', 'GoLand', 'Rider', 'DataGrip', 'All Products Pack'],
    categories: ['software'], manufacturingCountries: ['CZ'],
    sellers: [{ id: 'jetbrains-reseller-cn', market: 'taobao' }],
    zh: 'JetBrains', nick: ['JB全家桶', '捷克IDE全家桶', 'J家全家桶'], abbr: ['JB', 'J.B全家桶'], missp: ['Jetbrain', 'Intellij Idea Ultimite', 'Pycharm Profesional', 'Jet Brains'], homo: 'IntelliJ',
    lines: [
      { key: 'idea', name: 'IntelliJ IDEA Ultimate', aliases: ['IDEA Ultimate', 'IntelliJ Ultimate'], shortNames: ['IDEA'], category: 'software', referencePrice: P(169, 599) },
      { key: 'pycharm', name: 'PyCharm Professional', aliases: ['PyCharm Pro'], category: 'software', referencePrice: P(99, 249) },
      { key: 'allpack', name: 'All Products Pack', aliases: ['JetBrains All Products Pack', '全家桶'], shortNames: ['全家桶'], category: 'software', referencePrice: P(289, 779) },
    ],
  },
  // ---------------- toys ----------------
  {
    id: 'schleich', name: 'Schleich', aliases: ['思乐', 'schleich GmbH'], protectedTerms: ['Horse Club', 'Wild Life', 'Farm World', 'Dinosaurs', 'Eldrador', 'bayala'],
    categories: ['toys'], manufacturingCountries: ['CN', 'TN', 'DE'],
    sellers: [{ id: 'schleich-flagship-tmall', market: 'tmall' }, { id: 'schleich_official_store', market: 'amazon', sf: 'DE' }],
    zh: '思乐', nick: ['德国动物模型S家', '思家动物'], abbr: ['SCHL', 'Sch1eich'], missp: ['Schleih', 'Shleich', 'Schliech', 'Schleic'], homo: 'Schleich',
    lines: [
      { key: 'horse', name: 'Horse Club', aliases: ['Horse Club stable', 'Horse Club Hanoverian', '马术俱乐部'], modelNumbers: ['42614', '13958', '42567'], category: 'toys', referencePrice: P(10, 130) },
      { key: 'dino', name: 'Dinosaurs', aliases: ['Tyrannosaurus Rex figure', '恐龙系列'], modelNumbers: ['15034', '14525', '15043'], category: 'toys', referencePrice: P(12, 45) },
      { key: 'wild', name: 'Wild Life', aliases: ['Wild Life elephant', '野生动物'], modelNumbers: ['14816', '14802', '42574'], category: 'toys', referencePrice: P(8, 90) },
    ],
  },
  {
    id: 'steiff', name: 'Steiff', aliases: ['Margarete Steiff GmbH', '史泰福'], protectedTerms: ['Button in Ear', 'Knopf im Ohr', 'Teddy bear 1906', 'Soft Cuddly Friends'],
    categories: ['toys', 'baby-products'], manufacturingCountries: ['DE', 'TN', 'PT', 'CN'],
    sellers: [{ id: 'steiff-flagship-tmall', market: 'tmall' }, { id: 'steiff_official_shop', market: 'ebay', sf: 'DE' }],
    zh: '史泰福', nick: ['耳朵扣熊', '德国金耳扣', '金扣泰迪'], abbr: ['ST3IFF', 'STF'], missp: ['Stieff', 'Steif', 'Stiff teddy', 'Steiffe'], homo: 'Steiff',
    lines: [
      { key: 'classic', name: 'Classic Teddy bear', aliases: ['Teddy bear 1909 replica', 'Classic teddy bear 35 cm', 'Original Teddy bear'], modelNumbers: ['000713', '000737', '403293'], category: 'toys', referencePrice: P(120, 450), colours: ['blond', 'caramel', 'brown', 'gold', 'white'] },
      { key: 'scf', name: 'Soft Cuddly Friends', aliases: ['Soft Cuddly Friends Jimmy', 'Soft Cuddly Friends Honey'], modelNumbers: ['241611', '067853'], category: 'toys', referencePrice: P(25, 80), colours: ['brown', 'beige', 'grey', 'pink'] },
      { key: 'limited', name: 'Limited Edition Teddy bear', aliases: ['Steiff limited edition', 'Teddy bear 1906 replica'], modelNumbers: ['403118', '421389'], category: 'toys', referencePrice: P(250, 1200) },
    ],
  },
  {
    id: 'ty', name: 'Ty', aliases: ['Ty Inc.', 'Ty Warner'], protectedTerms: ['Beanie Babies', 'Beanie Boos', 'Squish-a-Boos', 'Teeny Tys', 'Flippables'],
    categories: ['toys'], manufacturingCountries: ['CN', 'ID'],
    sellers: [{ id: 'ty-inc-official', market: 'amazon', sf: 'US' }],
    zh: 'Ty', nick: ['大眼豆豆', '大眼睛公仔', '闪亮大眼'], abbr: ['T.Y', 'T¥'], missp: ['Beanie Boo\'s', 'Beany Boos', 'Beenie Babies', 'Beanie Babys'], homo: 'Beanie Boos',
    lines: [
      { key: 'boos', name: 'Beanie Boos', aliases: ['Beanie Boo', '大眼豆豆'], shortNames: ['大眼豆豆'], category: 'toys', referencePrice: P(6, 30) },
      { key: 'babies', name: 'Beanie Babies', aliases: ['Beanie Baby'], category: 'toys', referencePrice: P(6, 15) },
      { key: 'squish', name: 'Squish-a-Boos', aliases: ['Squishaboo', 'Squish a Boo 14 inch'], category: 'toys', referencePrice: P(12, 35) },
    ],
  },
  // ---------------- auto parts ----------------
  {
    id: 'recaro', name: 'RECARO', aliases: ['Recaro Automotive', '瑞卡罗'], protectedTerms: ['Sportster CS', 'Pole Position', 'SR-7', 'RS-G', 'Podium', 'Exo'],
    categories: ['auto-parts', 'baby-products', 'furniture'], manufacturingCountries: ['DE', 'JP', 'PL'],
    sellers: [{ id: 'recaro-japan-rakuten', market: 'rakuten' }, { id: 'recaro_automotive_store', market: 'ebay', sf: 'DE' }],
    zh: '瑞卡罗', nick: ['R家赛车椅', '大R座椅', '日版R座'], abbr: ['R3CAR0', 'RCR'], missp: ['Recarro', 'Racaro', 'Reccaro', 'Recardo'], homo: 'RECARO',
    lines: [
      { key: 'sportster', name: 'Sportster CS', aliases: ['Sportster CS heated', 'Sportster'], category: 'auto-parts', referencePrice: P(1400, 1900), colours: ['black', 'black/red', 'black/grey'] },
      { key: 'sr7', name: 'SR-7', aliases: ['SR-7F', 'SR-7 KK100', 'SR7'], modelNumbers: ['SR-7F KK100', 'SR-7 GK100'], category: 'auto-parts', referencePrice: P(1000, 1500), colours: ['black', 'black/red', 'red'], manufacturingCountries: ['JP'] },
      { key: 'rsg', name: 'RS-G', aliases: ['RS-G ASM', 'RSG bucket seat'], modelNumbers: ['RS-G GK', 'RS-G ASM LTD'], category: 'auto-parts', referencePrice: P(1300, 1800), colours: ['black', 'red', 'blue'] },
      { key: 'kids', name: 'Recaro Kids car seat', aliases: ['Salia', 'Tian Elite', 'Recaro child seat'], category: 'baby-products', referencePrice: P(250, 600), colours: ['black', 'grey', 'blue'] },
    ],
  },
  {
    id: 'shell', name: 'Shell', aliases: ['壳牌', 'Shell Lubricants', 'Royal Dutch Shell'], protectedTerms: ['Helix Ultra', 'Helix HX8', 'Advance Ultra', 'Spirax', 'Pecten', '超凡喜力', '喜力'],
    categories: ['auto-parts'], manufacturingCountries: ['NL', 'DE', 'GB', 'CN', 'SG', 'US', 'AE'],
    sellers: [{ id: 'shell-lubricants-tmall', market: 'tmall' }, { id: 'shell-official-jd', market: 'jd' }, { id: 'shell_helix_official', market: 'amazon', sf: 'DE' }],
    zh: '壳牌', nick: ['贝壳牌', '黄壳', '灰壳', '超凡灰壳'], abbr: ['SH3LL', '🐚牌'], missp: ['Shel Helix', 'Shell Helics', 'Hellix Ultra', 'Shell Hellix'], homo: 'Shell',
    lines: [
      { key: 'ultra', name: 'Helix Ultra 0W-40', aliases: ['Helix Ultra 5W-40', '超凡喜力 灰壳', 'Helix Ultra 0W-20'], shortNames: ['灰壳'], modelNumbers: ['550040758', '550046363'], category: 'auto-parts', referencePrice: P(35, 65) },
      { key: 'hx8', name: 'Helix HX8 5W-30', aliases: ['HX8 5W-40', '喜力HX8', '蓝壳'], shortNames: ['蓝壳'], category: 'auto-parts', referencePrice: P(25, 45) },
      { key: 'advance', name: 'Advance Ultra 10W-40', aliases: ['Advance AX7', 'Advance Ultra 4T'], category: 'auto-parts', referencePrice: P(12, 22) },
    ],
  },
  {
    id: 'launch', name: 'LAUNCH', aliases: ['Launch Tech', '元征', '元征科技'], protectedTerms: ['X431', 'X-431', 'CRP129X', 'Creader', 'X431 PAD VII', 'X431 PRO3S+', 'Diagzone'],
    categories: ['tools', 'auto-parts'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'launch-flagship-tmall', market: 'tmall' }, { id: 'launch_tech_usa', market: 'amazon', sf: 'US' }, { id: 'launch-official-store', market: 'aliexpress', sf: 'CN' }],
    zh: '元征', nick: ['Y家解码器', '国产解码王', 'X家431'], abbr: ['L4UNCH', 'LNCH'], missp: ['Lauch X431', 'Launh', 'Luanch X431', 'Lanch'], homo: 'LAUNCH',
    lines: [
      { key: 'pro3s', name: 'X431 PRO3S+', aliases: ['X-431 PRO3S+ V5.0', 'PRO3S+'], modelNumbers: ['PRO3S+', 'X431 PRO3S'], category: 'tools', referencePrice: P(900, 1400) },
      { key: 'pad7', name: 'X431 PAD VII', aliases: ['X-431 PAD 7', 'PAD VII'], modelNumbers: ['PAD VII', 'PAD7'], category: 'tools', referencePrice: P(2600, 3600) },
      { key: 'crp129x', name: 'CRP129X', aliases: ['Creader CRP129X', 'CRP 129X'], modelNumbers: ['CRP129X', 'CRP129i'], category: 'tools', referencePrice: P(200, 320) },
      { key: 'vplus', name: 'X431 V+', aliases: ['X-431 V+ Pro', 'X431 V Plus'], modelNumbers: ['V+ 5.0'], category: 'tools', referencePrice: P(1000, 1500) },
    ],
  },
  // ---------------- tools ----------------
  {
    id: 'metabo', name: 'Metabo', aliases: ['麦太保', 'Metabowerke'], protectedTerms: ['LiHD', 'Cordless Alliance System'],
    categories: ['tools'], manufacturingCountries: ['DE', 'CN'],
    sellers: [{ id: 'metabo-flagship-tmall', market: 'tmall' }, { id: 'metabo_official_de', market: 'amazon', sf: 'DE' }],
    zh: '麦太保', nick: ['德国绿机', '麦家电钻', 'M家绿'], abbr: ['M3TAB0', 'MTB'], missp: ['Metabbo', 'Mettabo', 'Metaboo', 'Mettabbo'], homo: 'Metabo',
    lines: [
      { key: 'bs18', name: 'BS 18 LTX BL Q I', aliases: ['BS 18 LTX BL', '18V brushless drill driver'], modelNumbers: ['602359840', 'BS 18 LTX BL Q I'], category: 'tools', referencePrice: P(250, 380), colours: ['green', 'green/black'] },
      { key: 'w18', name: 'W 18 L 9-125 Quick', aliases: ['W 18 L 9-125', '18V angle grinder'], modelNumbers: ['602249850', 'W 18 L 9-125'], category: 'tools', referencePrice: P(150, 260), colours: ['green', 'green/black'] },
      { key: 'lihd', name: 'LiHD battery pack 18V 5.5 Ah', aliases: ['LiHD 18V 8.0 Ah', 'LiHD 5.5Ah'], modelNumbers: ['625368000', '625369000'], category: 'tools', referencePrice: P(90, 190), colours: ['green', 'black'] },
    ],
  },
  {
    id: 'wiha', name: 'Wiha', aliases: ['威汉', 'Wiha Werkzeuge'], protectedTerms: ['SoftFinish', 'slimFix', 'TorqueVario', 'SYSTEM 6', 'speedE', 'PicoFinish'],
    categories: ['tools'], manufacturingCountries: ['DE', 'CH', 'VN'],
    sellers: [{ id: 'wiha-flagship-tmall', market: 'tmall' }, { id: 'wiha_tools_official', market: 'amazon', sf: 'DE' }],
    zh: '威汉', nick: ['德国红黄螺丝刀', 'W家螺丝刀'], abbr: ['W1HA', 'WH螺丝刀'], missp: ['Wihaa', 'Wiah', 'Wiha tool', 'Viha'], homo: 'Wiha',
    lines: [
      { key: 'softfinish', name: 'SoftFinish screwdriver set', aliases: ['SoftFinish 6-piece set', 'SoftFinish slotted/Phillips'], modelNumbers: ['07153', '302 K6'], category: 'tools', referencePrice: P(35, 70), colours: ['red', 'yellow', 'red/yellow'] },
      { key: 'vde', name: 'SoftFinish electric slimFix VDE set', aliases: ['insulated screwdriver set', 'slimFix electric'], modelNumbers: ['41231', '36391'], category: 'tools', referencePrice: P(60, 130), colours: ['red', 'yellow'] },
      { key: 'speede', name: 'speedE electric screwdriver', aliases: ['speedE II', 'speedE电动螺丝刀'], modelNumbers: ['41911', '44316'], category: 'tools', referencePrice: P(150, 260), colours: ['red', 'yellow'] },
    ],
  },
  // ---------------- home appliances ----------------
  {
    id: 'miele', name: 'Miele', aliases: ['美诺', 'Miele & Cie.'], protectedTerms: ['Complete C3', 'Triflex', 'TwinDos', 'PowerWash', 'CM5', 'Blizzard CX1'],
    categories: ['home-appliances'], manufacturingCountries: ['DE', 'CZ', 'AT', 'RO'],
    sellers: [{ id: 'miele-flagship-tmall', market: 'tmall' }, { id: 'miele_official_shop', market: 'amazon', sf: 'DE' }],
    zh: '美诺', nick: ['德国美家', 'M家吸尘器', '家电中的劳斯莱斯'], abbr: ['M13LE', 'ML吸尘器'], missp: ['Meile', 'Mielle', 'Miel vacuum', 'Mieli'], homo: 'Miele',
    lines: [
      { key: 'c3', name: 'Complete C3', aliases: ['Complete C3 Cat & Dog', 'C3 Flex'], modelNumbers: ['SGEF3', 'SGFF3'], category: 'home-appliances', referencePrice: P(700, 1300), colours: ['obsidian black', 'lotus white', 'graphite grey'] },
      { key: 'triflex', name: 'Triflex HX2', aliases: ['Triflex HX2 Pro', 'Triflex HX2 Cat & Dog'], modelNumbers: ['SMUL5', 'SMML0'], category: 'home-appliances', referencePrice: P(650, 950), colours: ['lotus white', 'infinity grey', 'obsidian black'] },
      { key: 'cm5', name: 'CM 5310 Silence', aliases: ['CM5 coffee machine', 'CM 5310'], modelNumbers: ['CM 5310', 'CM 6160'], category: 'home-appliances', referencePrice: P(1200, 1900), colours: ['obsidian black', 'lotus white'] },
      { key: 'w1', name: 'W1 washing machine', aliases: ['W1 TwinDos', 'WWG660'], modelNumbers: ['WWG660', 'WWR860', 'WWD320'], category: 'home-appliances', referencePrice: P(1300, 2800), colours: ['lotus white'] },
    ],
  },
  {
    id: 'bear', name: 'Bear', aliases: ['小熊电器', 'Bear Electric', '小熊 Bear'], protectedTerms: ['小熊电器'],
    categories: ['home-appliances', 'kitchenware', 'baby-products'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'bear-flagship-tmall', market: 'tmall' }, { id: 'bear-official-jd', market: 'jd' }, { id: 'bear-official-pdd', market: 'pinduoduo' }, { id: 'bear-global-amazon', market: 'amazon', sf: 'US' }],
    zh: '小熊', nick: ['小熊家', '熊家小家电'], abbr: ['B3AR', 'Bear🐻'], missp: ['Beer Electric', 'Bare Electric', 'Baer', 'Bear Eletric'], homo: 'Bear',
    lines: [
      { key: 'kettle', name: 'health kettle', aliases: ['养生壶', 'multi-function health pot'], modelNumbers: ['YSH-C18S2', 'YSH-D15P5'], category: 'kitchenware', referencePrice: P(99, 239, 'CNY'), colours: ['white', 'green', 'pink', '白色', '绿色'] },
      { key: 'yogurt', name: 'yogurt maker', aliases: ['酸奶机', 'SNJ-C10T1'], modelNumbers: ['SNJ-C10T1', 'SNJ-C10H5'], category: 'home-appliances', referencePrice: P(79, 169, 'CNY'), colours: ['white', 'pink'] },
      { key: 'stew', name: 'electric stew pot', aliases: ['电炖盅', '隔水炖'], modelNumbers: ['DDZ-B12C1', 'DDZ-C18F1'], category: 'kitchenware', referencePrice: P(129, 299, 'CNY'), colours: ['white', 'beige'] },
      { key: 'bottle', name: 'baby bottle sterilizer', aliases: ['奶瓶消毒器', '消毒烘干器'], modelNumbers: ['XDQ-B01Q1'], category: 'baby-products', referencePrice: P(199, 399, 'CNY'), colours: ['white', 'blue'] },
    ],
  },
  {
    id: 'ecovacs', name: 'ECOVACS', aliases: ['科沃斯', 'Ecovacs Robotics'], protectedTerms: ['DEEBOT', 'WINBOT', 'GOAT', 'OMNI', 'X8 PRO OMNI', 'T30 OMNI'],
    categories: ['home-appliances'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'ecovacs-flagship-tmall', market: 'tmall' }, { id: 'ecovacs-official-jd', market: 'jd' }, { id: 'ecovacs_robotics_us', market: 'amazon', sf: 'US' }],
    zh: '科沃斯', nick: ['科家扫地机', 'K家地宝', '地宝'], abbr: ['3COVACS', 'ECV'], missp: ['Ecovac', 'Ecovaks', 'Deebott', 'Ecovacks'], homo: 'DEEBOT',
    lines: [
      { key: 'x8', name: 'DEEBOT X8 PRO OMNI', aliases: ['地宝X8 PRO', 'X8 Pro Omni'], shortNames: ['X8'], category: 'home-appliances', referencePrice: P(1000, 1500), colours: ['white', 'black', '白色'] },
      { key: 't30', name: 'DEEBOT T30 OMNI', aliases: ['地宝T30', 'T30 Omni'], shortNames: ['T30'], category: 'home-appliances', referencePrice: P(600, 1000), colours: ['white', 'black'] },
      { key: 'winbot', name: 'WINBOT W2 OMNI', aliases: ['窗宝W2', 'Winbot W2'], shortNames: ['窗宝'], category: 'home-appliances', referencePrice: P(400, 600), colours: ['white'] },
    ],
  },
  // ---------------- outdoor ----------------
  {
    id: 'mammut', name: 'Mammut', aliases: ['猛犸象', 'Mammut Sports Group'], protectedTerms: ['Nordwand', 'Eiger Extreme', 'Barryvox', 'Ducan', 'Convey', 'Kento', 'Taiss'],
    categories: ['apparel', 'outdoor-gear', 'shoes'], manufacturingCountries: ['VN', 'CN', 'BD', 'CH'],
    sellers: [{ id: 'mammut-flagship-tmall', market: 'tmall' }, { id: 'mammut_official_store', market: 'ebay', sf: 'CH' }],
    zh: '猛犸象', nick: ['大象家', '瑞士大象', '大象标冲锋衣', '瑞士猛犸'], abbr: ['M4MMUT', '🦣家'], missp: ['Mamut', 'Mammoth jacket', 'Mammutt', 'Mammot'], homo: 'Mammut',
    lines: [
      { key: 'nordwand', name: 'Nordwand Advanced HS Hooded Jacket', aliases: ['Nordwand Pro HS', '北壁系列', 'Nordwand'], shortNames: ['北壁'], category: 'apparel', referencePrice: P(700, 1000), colours: ['black', 'white', 'azurit', 'arumita', '黑色'] },
      { key: 'convey', name: 'Convey Tour HS Hooded Jacket', aliases: ['Convey Tour HS', '冲锋衣 Convey'], category: 'apparel', referencePrice: P(300, 420), colours: ['black', 'marine', 'dark tide', 'woods', '黑色'] },
      { key: 'barryvox', name: 'Barryvox S', aliases: ['Barryvox S2', 'Barryvox avalanche transceiver'], category: 'outdoor-gear', referencePrice: P(450, 650), colours: ['yellow', 'grey'], manufacturingCountries: ['CH'] },
      { key: 'ducan', name: 'Ducan Spine 28-35', aliases: ['Ducan 24', 'Ducan backpack'], category: 'outdoor-gear', referencePrice: P(180, 260), colours: ['black', 'marine', 'sapphire'] },
    ],
  },
  {
    id: 'hydroflask', name: 'Hydro Flask', aliases: ['HydroFlask', 'Hydro Flask Inc.'], protectedTerms: ['Wide Mouth', 'All Around Tumbler', 'Flex Cap', 'Flex Straw Cap', 'TempShield', 'Trail Series'],
    categories: ['outdoor-gear', 'kitchenware'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'hydroflask-flagship-tmall', market: 'tmall' }, { id: 'hydroflask_official', market: 'amazon', sf: 'US' }],
    zh: 'Hydro Flask', nick: ['HF家保温杯', 'H家水杯', '美国网红保温杯'], abbr: ['HF', 'H.F', 'HYDR0'], missp: ['Hydroflsk', 'Hydro Flaks', 'Hydra Flask', 'Hidro Flask'], homo: 'Hydro Flask',
    lines: [
      { key: 'wm32', name: '32 oz Wide Mouth', aliases: ['32 oz Wide Mouth with Flex Cap', '宽口32oz'], modelNumbers: ['W32BTS'], category: 'outdoor-gear', referencePrice: P(42, 55), colours: ['black', 'white', 'pacific', 'indigo', 'olive', 'lupine', 'trillium', 'snapper', 'agave', 'stone', 'laguna', 'mesa'] },
      { key: 'tumbler', name: 'All Around Tumbler 20 oz', aliases: ['All Around Tumbler', '20 oz Tumbler'], modelNumbers: ['T20CPB'], category: 'kitchenware', referencePrice: P(28, 38), colours: ['black', 'white', 'pacific', 'indigo', 'stone', 'agave'] },
      { key: 'sm21', name: '21 oz Standard Mouth', aliases: ['21 oz Standard Mouth with Flex Cap', '窄口21oz'], modelNumbers: ['S21SX'], category: 'outdoor-gear', referencePrice: P(34, 42), colours: ['black', 'white', 'pacific', 'olive', 'lupine'] },
    ],
  },
  // ---------------- bicycles ----------------
  {
    id: 'giant', name: 'Giant', aliases: ['捷安特', 'Giant Bicycles'], protectedTerms: ['TCR', 'Propel', 'Defy', 'Escape', 'Trance X', 'ATX', 'Liv', 'FastRoad'],
    categories: ['bicycles'], manufacturingCountries: ['TW', 'CN', 'NL'],
    sellers: [{ id: 'giant-flagship-tmall', market: 'tmall' }, { id: 'giant-official-jd', market: 'jd' }, { id: 'giant_bicycles_uk', market: 'ebay', sf: 'GB' }],
    zh: '捷安特', nick: ['G家公路车', '台湾大厂', '巨人牌'], abbr: ['G1ANT', 'GNT'], missp: ['Gaint', 'Gient', 'Giantt', 'Jiant'], homo: 'GIANT',
    lines: [
      { key: 'tcr', name: 'TCR Advanced Pro', aliases: ['TCR Advanced Pro 1', 'TCR Advanced SL', 'TCR碳纤维公路车'], shortNames: ['TCR'], category: 'bicycles', referencePrice: P(3500, 6500), colours: ['carbon', 'black', 'cold iron', 'blue dragonfly'] },
      { key: 'escape', name: 'Escape 3', aliases: ['Escape 2', 'Escape R3', '平把公路车Escape'], category: 'bicycles', referencePrice: P(500, 750), colours: ['black', 'metallic navy', 'charcoal', 'grey'] },
      { key: 'atx', name: 'ATX 830', aliases: ['ATX 860', 'ATX山地车'], category: 'bicycles', referencePrice: P(400, 650), colours: ['black', 'blue', 'green', 'red'] },
      { key: 'propel', name: 'Propel Advanced', aliases: ['Propel Advanced Pro 0', 'Propel Advanced SL'], category: 'bicycles', referencePrice: P(4000, 12000), colours: ['carbon', 'black'] },
    ],
  },
  {
    id: 'brompton', name: 'Brompton', aliases: ['Brompton Bicycle', '小布'], protectedTerms: ['C Line', 'P Line', 'T Line', 'A Line', 'G Line', 'Brompton Electric'],
    categories: ['bicycles'], manufacturingCountries: ['GB'],
    sellers: [{ id: 'brompton-official-tmall', market: 'tmall' }, { id: 'brompton_junction_london', market: 'ebay', sf: 'GB' }],
    zh: '小布', nick: ['英伦三折', '三折折叠车鼻祖', 'B家折叠车'], abbr: ['BR0MPT0N', 'BMPT'], missp: ['Brompon', 'Bromton', 'Brompten', 'Brommpton'], homo: 'Brompton',
    lines: [
      { key: 'cline', name: 'C Line Explore', aliases: ['C Line 6-speed', 'C Line Urban', 'C Line'], shortNames: ['C线'], category: 'bicycles', referencePrice: P(1700, 2300), colours: ['midnight black', 'racing green', 'flame lacquer', 'matte black', 'fire coral', 'storm grey'] },
      { key: 'pline', name: 'P Line', aliases: ['P Line Urban', 'P Line Explore'], shortNames: ['P线'], category: 'bicycles', referencePrice: P(2900, 3600), colours: ['midnight black', 'storm grey', 'arctic white'] },
      { key: 'tline', name: 'T Line', aliases: ['T Line One', 'T Line Urban', '钛合金小布'], shortNames: ['T线'], category: 'bicycles', referencePrice: P(4800, 5800), colours: ['raw titanium', 'midnight black'] },
      { key: 'aline', name: 'A Line', aliases: ['A Line Classic'], category: 'bicycles', referencePrice: P(1000, 1300), colours: ['black', 'white', 'emerald'], manufacturingCountries: ['CN'] },
    ],
  },
  // ---------------- pet goods ----------------
  {
    id: 'kong', name: 'KONG', aliases: ['The KONG Company', 'KONG Company'], protectedTerms: ['KONG Classic', 'KONG Extreme', 'KONG Puppy', 'Wobbler', 'Kong Flyer', 'Kong Wubba'],
    categories: ['pet-supplies'], manufacturingCountries: ['US', 'CN'],
    sellers: [{ id: 'kong-company-amazon', market: 'amazon', sf: 'US' }, { id: 'kong-pet-flagship-tmall', market: 'tmall' }],
    zh: 'KONG', nick: ['葫芦漏食球K家', '美国红葫芦', '狗狗界葫芦玩具'], abbr: ['K0NG', 'KNG'], missp: ['Kongg', 'Konng', 'Kong Clasic', 'Kung dog toy'], homo: 'KONG',
    lines: [
      { key: 'classic', name: 'KONG Classic', aliases: ['Classic dog toy', '经典红葫芦'], shortNames: ['红葫芦'], modelNumbers: ['T1', 'T2', 'T3', 'TX'], category: 'pet-supplies', referencePrice: P(8, 25), colours: ['red'], manufacturingCountries: ['US'] },
      { key: 'extreme', name: 'KONG Extreme', aliases: ['Extreme dog toy', '黑葫芦'], shortNames: ['黑葫芦'], modelNumbers: ['K1', 'K2', 'K3', 'KXL'], category: 'pet-supplies', referencePrice: P(11, 30), colours: ['black'], manufacturingCountries: ['US'] },
      { key: 'puppy', name: 'KONG Puppy', aliases: ['Puppy KONG'], modelNumbers: ['KP1', 'KP2'], category: 'pet-supplies', referencePrice: P(8, 18), colours: ['blue', 'pink'], manufacturingCountries: ['US'] },
      { key: 'wobbler', name: 'Wobbler', aliases: ['KONG Wobbler treat dispenser'], category: 'pet-supplies', referencePrice: P(14, 24), colours: ['red'] },
    ],
  },
  {
    id: 'petkit', name: 'PETKIT', aliases: ['小佩', '小佩宠物', 'Petkit Network'], protectedTerms: ['PURA MAX', 'PURA X', 'EVERSWEET', 'YUMSHARE', 'AIR MAGICUBE'],
    categories: ['pet-supplies'], manufacturingCountries: ['CN'],
    sellers: [{ id: 'petkit-flagship-tmall', market: 'tmall' }, { id: 'petkit-official-jd', market: 'jd' }, { id: 'petkit_official_us', market: 'amazon', sf: 'US' }],
    zh: '小佩', nick: ['P家猫砂盆', '佩家'], abbr: ['P3TKIT', 'PTK'], missp: ['Pettkit', 'Petkitt', 'Pet Kit Pura', 'Pura Maxx'], homo: 'PETKIT',
    lines: [
      { key: 'puramax', name: 'PURA MAX', aliases: ['Pura Max 2', '全自动猫砂盆MAX', '小佩MAX'], shortNames: ['MAX猫砂盆'], category: 'pet-supplies', referencePrice: P(450, 650), colours: ['white', 'grey', '白色'] },
      { key: 'eversweet', name: 'EVERSWEET Solo 2', aliases: ['Eversweet 3 Pro', '智能饮水机'], category: 'pet-supplies', referencePrice: P(40, 80), colours: ['white', 'grey', 'green'] },
      { key: 'yumshare', name: 'YUMSHARE Solo', aliases: ['YumShare Dual-hopper', '智能喂食器'], category: 'pet-supplies', referencePrice: P(90, 190), colours: ['white', 'black'] },
    ],
  },
  // ---------------- invented rights holders with dated works ----------------
  {
    id: 'marrowgate', name: 'Marrowgate Films', aliases: ['Marrowgate Films Ltd', 'Marrowgate'], protectedTerms: [],
    categories: ['film-tv'], manufacturingCountries: [],
    sellers: [{ id: 'marrowgate-home-ent', market: 'amazon', sf: 'GB' }, { id: 'marrowgate_store_ebay', market: 'ebay', sf: 'GB' }],
    zh: 'Marrowgate', nick: [], abbr: [], missp: [], homo: 'Marrowgate',
    lines: [],
    works: [
      { title: 'Saltwater Kings', aliases: ['盐水之王'], discReleaseDate: '2026-03-10' },
      { title: 'Harrow Road', aliases: ['哈罗路'], discReleaseDate: '2025-11-04' },
      { title: 'Paper Comets', aliases: ['纸彗星'], discReleaseDate: '2027-02-16' },
      { title: 'The Ninth Orchard', aliases: ['Ninth Orchard', '第九果园'], discReleaseDate: '2027-04-20' },
    ],
    categoryPrices: [{ category: 'film-tv', referencePrice: P(15, 40) }],
  },
  {
    id: 'jadeferry', name: 'Jade Ferry Pictures', aliases: ['玉渡影业', 'Jade Ferry'], protectedTerms: [],
    categories: ['film-tv'], manufacturingCountries: [],
    sellers: [{ id: 'jadeferry-official-jd', market: 'jd' }, { id: 'yudu-film-tmall', market: 'tmall' }],
    zh: '玉渡影业', nick: [], abbr: [], missp: [], homo: 'Jade Ferry',
    lines: [],
    works: [
      { title: '长夜渡口', aliases: ['Long Night Ferry', 'The Long Night Crossing'], discReleaseDate: '2026-08-15' },
      { title: '雪落江南', aliases: ['Snowfall South of the River', 'Snow Over Jiangnan'], discReleaseDate: '2027-05-01' },
      { title: '铁骨铮铮', aliases: ['Iron Backbone', '鐵骨錚錚'], discReleaseDate: '2027-01-18' },
      { title: '南巷旧事', aliases: ['Old Tales of South Lane'], discReleaseDate: '2025-12-20' },
    ],
    categoryPrices: [{ category: 'film-tv', referencePrice: P(60, 260, 'CNY') }],
  },
  {
    id: 'saltmarsh', name: 'Saltmarsh Sound Records', aliases: ['Saltmarsh Sound', '盐沼唱片'], protectedTerms: [],
    categories: ['music'], manufacturingCountries: [],
    sellers: [{ id: 'saltmarsh-sound-store', market: 'ebay', sf: 'GB' }, { id: 'saltmarsh-cn-tmall', market: 'tmall' }],
    zh: '盐沼唱片', nick: [], abbr: [], missp: [], homo: 'Saltmarsh',
    lines: [],
    works: [
      { title: 'Low Tide Hymns', aliases: ['低潮圣歌'], discReleaseDate: '2026-05-08' },
      { title: 'Glasshouse Weather', aliases: ['温室天气'], discReleaseDate: '2027-01-22' },
      { title: '北岸', aliases: ['North Shore (Bei An)', 'Bei An'], discReleaseDate: '2027-03-03' },
      { title: 'Copper Moth', aliases: ['铜蛾'], discReleaseDate: '2025-09-19' },
    ],
    categoryPrices: [{ category: 'music', referencePrice: P(12, 45) }],
  },
];
