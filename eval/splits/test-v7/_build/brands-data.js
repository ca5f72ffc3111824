// Brand knowledge for test-v7, written fresh for this set (blind). 48 real brands + 3 invented rights holders.
// Fields used only by the generators (never written to brands.json): nickZh (Chinese nicknames and slang),
// nickEn (abbreviations, emoji codes, English nicknames), missp (misspellings), zh (Chinese name used in titles).
// Line prices: p = [min, max, currency] of new retail; retail (USD mid) is derived in context.js.

const line = (key, name, category, p, o = {}) => ({ key, name, category, p, referencePrice: { min: p[0], max: p[1], currency: p[2] }, ...o });

export const BRANDS = [
  // ---------------- fashion / handbags ----------------
  {
    id: 'kenzo', name: 'Kenzo', aliases: ['KENZO', '高田贤三'], protectedTerms: ['Boke Flower'], categories: ['apparel', 'handbags'],
    manufacturingCountries: ['PT', 'IT', 'TR'], zh: 'KENZO', sellers: [{ id: 'kenzo-official-tmall', market: 'tmall' }, { id: 'kenzo_eu_store', market: 'amazon' }],
    nickZh: ['虎头家', '老虎头牌', '日系虎', '大虎头', '虎头标'], nickEn: ['KNZ', '🐯 head', 'K3NZ0 tiger'], missp: ['Kenso', 'Kenz0', 'Kenzzo', 'Keno'],
    lines: [
      line('tiger', 'Tiger Crest Sweatshirt', 'apparel', [340, 420, 'USD'], { aliases: ['Tiger Sweatshirt'], shortNames: ['虎头卫衣', 'tiger crest'], colours: ['Black', 'White', 'Midnight Blue', 'Khaki', 'Faded Pink'] }),
      line('bokeT', 'Boke Flower T-shirt', 'apparel', [170, 230, 'USD'], { shortNames: ['花花T', 'boke tee'], colours: ['White', 'Black', 'Olive'] }),
      line('tigerbag', 'Tiger Head Crossbody Bag', 'handbags', [450, 560, 'USD'], { shortNames: ['虎头包'], colours: ['Black', 'Red', 'Grey'] }),
    ],
  },
  {
    id: 'fear-of-god', name: 'Fear of God', aliases: ['FEAR OF GOD', 'FOG'], protectedTerms: ['Fear of God Essentials'], categories: ['apparel', 'shoes'],
    manufacturingCountries: ['CN', 'VN'], zh: 'FOG', sellers: [{ id: 'fog-essentials-official', market: 'amazon' }, { id: 'fearofgod-tmall-store', market: 'tmall' }],
    nickZh: ['雾神', 'F家复线', '复线潮牌', '上帝恐惧'], nickEn: ['F.O.G.', '🌫️ god', 'ESS hoodie', 'Fe@r'], missp: ['Fear of Gd', 'Feer of God', 'Fear 0f God', 'Fearofgood'],
    lines: [
      line('esshoodie', 'Essentials Hoodie', 'apparel', [95, 110, 'USD'], { shortNames: ['ESS hoodie', '复线卫衣'], colours: ['Jet Black', 'Heather Grey', 'Desert Taupe', 'Light Oatmeal', 'Dark Oatmeal', 'Cement'] }),
      line('esspants', 'Essentials Sweatpants', 'apparel', [85, 95, 'USD'], { shortNames: ['ESS pants', '复线卫裤'], colours: ['Jet Black', 'Heather Grey', 'Desert Taupe', 'Light Oatmeal'] }),
      line('californian', 'Californian Sneaker', 'shoes', [495, 595, 'USD'], { shortNames: ['Californian'], colours: ['Cream', 'Black'] , manufacturingCountries: ['IT'] }),
    ],
  },
  {
    id: 'barbour', name: 'Barbour', aliases: ['巴伯尔'], protectedTerms: ['Bedale', 'Beaufort', 'Ashby'], categories: ['apparel'],
    manufacturingCountries: ['GB', 'RO', 'VN', 'MM'], zh: '巴伯尔', sellers: [{ id: 'barbour-uk-direct', market: 'ebay' }, { id: 'barbour-tmall', market: 'tmall' }],
    nickZh: ['英伦蜡夹克', '皇家认证油蜡', '英国油蜡牌', '巴家'], nickEn: ['B@rb', 'the wax jacket brand', 'BBR wax'], missp: ['Barbor', 'Barbur', 'Barbourr', 'Babour'],
    lines: [
      line('bedale', 'Bedale Wax Jacket', 'apparel', [400, 460, 'USD'], { aliases: ['Bedale'], shortNames: ['bedale wax'], colours: ['Sage', 'Navy', 'Olive', 'Rustic'] }),
      line('beaufort', 'Beaufort Wax Jacket', 'apparel', [430, 480, 'USD'], { aliases: ['Beaufort'], colours: ['Sage', 'Navy', 'Olive'] }),
      line('ashby', 'Ashby Wax Jacket', 'apparel', [330, 380, 'USD'], { aliases: ['Ashby'], colours: ['Olive', 'Navy', 'Black', 'Archive Olive'] }),
    ],
  },
  {
    id: 'charles-keith', name: 'Charles & Keith', aliases: ['CHARLES & KEITH', 'Charles and Keith', '小CK'], protectedTerms: ['Koa', 'Gabine'], categories: ['handbags', 'shoes'],
    manufacturingCountries: ['CN', 'KH'], zh: '小CK', sellers: [{ id: 'charleskeith-official', market: 'shopee' }, { id: 'ck-tmall-flagship', market: 'tmall' }],
    nickZh: ['新加坡小C', 'C&K家', '查尔斯基思'], nickEn: ['C&K', 'CnK', 'C+K'], missp: ['Charles & Keeth', 'Charls & Keith', 'Charles & Kieth'],
    lines: [
      line('koa', 'Koa Square Push-Lock Shoulder Bag', 'handbags', [75, 95, 'USD'], { aliases: ['Koa bag'], shortNames: ['Koa'], colours: ['Black', 'Chalk', 'Sand', 'Noir', 'Pink'] }),
      line('gabine', 'Gabine Saddle Bag', 'handbags', [70, 90, 'USD'], { aliases: ['Gabine bag'], shortNames: ['Gabine', '马鞍包'], colours: ['Black', 'Cream', 'Chocolate', 'Taupe'] }),
    ],
  },
  // ---------------- shoes ----------------
  {
    id: 'veja', name: 'Veja', aliases: ['VEJA'], protectedTerms: ['V-10', 'Campo', 'Esplar'], categories: ['shoes'],
    manufacturingCountries: ['BR'], zh: 'VEJA', sellers: [{ id: 'veja-store-eu', market: 'vinted' }, { id: 'veja-official-amazon', market: 'amazon' }],
    nickZh: ['V家小白鞋', '法国V标', '巴西环保鞋', '大V小白'], nickEn: ['V3JA', 'the French V sneaker', 'VJ'], missp: ['Vega sneakers', 'Veija', 'Vejaa', 'Vjea'],
    lines: [
      line('v10', 'V-10', 'shoes', [165, 190, 'USD'], { aliases: ['V10'], modelNumbers: ['VX0702'], colours: ['Extra White', 'White Nautico', 'White Black', 'Natural Pierre'] }),
      line('campo', 'Campo', 'shoes', [150, 175, 'USD'], { modelNumbers: ['CP0502'], colours: ['White Black', 'Extra White', 'Natural'] }),
      line('esplar', 'Esplar', 'shoes', [120, 140, 'USD'], { modelNumbers: ['EO0200'], colours: ['Extra White', 'White Black'] }),
    ],
  },
  {
    id: 'red-wing', name: 'Red Wing Shoes', aliases: ['Red Wing', 'REDWING', '红翼'], protectedTerms: ['Iron Ranger'], categories: ['shoes'],
    manufacturingCountries: ['US'], zh: '红翼', sellers: [{ id: 'redwing-heritage-tokyo', market: 'rakuten' }, { id: 'redwing-official-us', market: 'ebay' }],
    nickZh: ['红鸡', '美国红翅膀', '铁游侠', '红鸡工装靴'], nickEn: ['RW boots', 'RWS', 'R.W. Heritage'], missp: ['Red Wings boots', 'Redwng', 'Red Wimg', 'Rad Wing'],
    lines: [
      line('ironranger', 'Iron Ranger 8111', 'shoes', [350, 380, 'USD'], { aliases: ['Iron Ranger'], modelNumbers: ['8111', '8085', '8083'], colours: ['Amber Harness', 'Copper Rough & Tough', 'Black Harness', 'Hawthorne Muleskinner'] }),
      line('moc', 'Classic Moc 875', 'shoes', [320, 350, 'USD'], { aliases: ['Classic Moc'], modelNumbers: ['875', '8875', '1907'], colours: ['Oro Legacy', 'Oro-iginal', 'Copper Rough & Tough', 'Black Chrome'] }),
      line('blacksmith', 'Blacksmith 3345', 'shoes', [350, 380, 'USD'], { aliases: ['Blacksmith'], modelNumbers: ['3345', '3343'], colours: ['Black Prairie', 'Copper Rough & Tough'] }),
    ],
  },
  {
    id: 'xtep', name: 'Xtep', aliases: ['XTEP', '特步'], protectedTerms: ['160X'], categories: ['shoes', 'apparel'],
    manufacturingCountries: ['CN'], zh: '特步', sellers: [{ id: 'xtep-tmall-flagship', market: 'tmall' }, { id: 'xtep-jd-self', market: 'jd' }],
    nickZh: ['X步', '特布', '泉州特家', '国货X家'], nickEn: ['XT3P', 'X-tep'], missp: ['Xtp', 'Xstep', 'Xtepp'],
    lines: [
      line('160x', '160X 6.0 PRO', 'shoes', [1299, 1599, 'CNY'], { aliases: ['160X 6.0'], shortNames: ['160X6', '160X 6代'], colours: ['White', 'Fluorescent Yellow', 'Black'] }),
      line('360x', '360X', 'shoes', [799, 999, 'CNY'], { shortNames: ['360X跑鞋'], colours: ['White', 'Black', 'Blue'] }),
    ],
  },
  {
    id: 'clarks', name: 'Clarks', aliases: ['Clarks Originals', '其乐'], protectedTerms: ['Wallabee', 'Desert Boot'], categories: ['shoes'],
    manufacturingCountries: ['VN', 'CN', 'IN', 'KH'], zh: '其乐', sellers: [{ id: 'clarks-originals-uk', market: 'ebay' }, { id: 'clarks-tmall', market: 'tmall' }],
    nickZh: ['袋鼠鞋', '英国袋鼠鞋', '沙漠靴老牌', 'C记袋鼠'], nickEn: ['Clrks', 'CO wallabee'], missp: ['Clark shoes', 'Clarcks', 'Clarkes', 'Klarks'],
    lines: [
      line('wallabee', 'Wallabee', 'shoes', [160, 180, 'USD'], { aliases: ['Wallabee Boot'], shortNames: ['袋鼠鞋'], colours: ['Maple Suede', 'Black Suede', 'Sand Suede', 'Beeswax'] }),
      line('desert', 'Desert Boot', 'shoes', [150, 170, 'USD'], { shortNames: ['沙漠靴'], colours: ['Beeswax', 'Sand Suede', 'Black Suede', 'Dark Brown'] }),
    ],
  },
  // ---------------- watches ----------------
  {
    id: 'sinn', name: 'Sinn', aliases: ['Sinn Spezialuhren', 'SINN', '辛恩'], protectedTerms: ['EZM'], categories: ['watches'],
    manufacturingCountries: ['DE'], zh: '辛恩', sellers: [{ id: 'sinn-frankfurt-shop', market: 'ebay' }],
    nickZh: ['法兰克福飞行表', '德国S家', '德表S牌'], nickEn: ['S1NN', 'the Frankfurt pilot brand'], missp: ['Sin 556', 'Sinnn', 'Sinm'],
    lines: [
      line('556', '556 I', 'watches', [1550, 1700, 'USD'], { modelNumbers: ['556.010', '556.0104'], shortNames: ['556'], colours: ['Black', 'White'] }),
      line('u1', 'U1', 'watches', [2800, 3200, 'USD'], { modelNumbers: ['1010.010'], shortNames: ['U1 diver'], colours: ['Black', 'White'] }),
      line('104', '104 St Sa I', 'watches', [2000, 2300, 'USD'], { modelNumbers: ['104.010'], shortNames: ['104'], colours: ['Black', 'Blue', 'White'] }),
    ],
  },
  {
    id: 'raymond-weil', name: 'Raymond Weil', aliases: ['RAYMOND WEIL', '蕾蒙威'], protectedTerms: ['Freelancer'], categories: ['watches'],
    manufacturingCountries: ['CH'], zh: '蕾蒙威', sellers: [{ id: 'raymondweil-tmall', market: 'tmall' }, { id: 'rw-geneve-boutique', market: 'amazon' }],
    nickZh: ['蕾家', 'RW表', '日内瓦音乐表'], nickEn: ['R.W. Geneve', 'RayW'], missp: ['Raymon Weil', 'Raymond Wiel', 'Reymond Weil'],
    lines: [
      line('freelancer', 'Freelancer', 'watches', [1600, 2400, 'USD'], { modelNumbers: ['2780-ST-20001', '2731-ST-50001'], colours: ['Black', 'Blue', 'Silver', 'Green'] }),
      line('tango', 'Tango', 'watches', [850, 1200, 'USD'], { modelNumbers: ['8160-ST-00508'], colours: ['Black', 'Blue', 'Silver'] }),
      line('toccata', 'Toccata', 'watches', [600, 800, 'USD'], { modelNumbers: ['5485-ST-00300'], colours: ['White', 'Black'] }),
    ],
  },
  {
    id: 'rossini', name: 'Rossini', aliases: ['罗西尼'], protectedTerms: [], categories: ['watches'],
    manufacturingCountries: ['CN'], zh: '罗西尼', sellers: [{ id: 'rossini-tmall-flagship', market: 'tmall' }, { id: 'rossini-jd-store', market: 'jd' }],
    nickZh: ['珠海罗家', '珠海老牌表', '罗表', 'LXN表'], nickEn: ['R0ss1n1'], missp: ['Rosini watch', 'Rossinni', 'Rosssini'],
    lines: [
      line('qidi', '启迪系列', 'watches', [1200, 1800, 'CNY'], { aliases: ['Enlightenment series'], shortNames: ['启迪'], colours: ['白色', '黑色', '蓝色'] }),
      line('xunzhang', '勋章系列', 'watches', [2200, 3200, 'CNY'], { aliases: ['Medal series'], shortNames: ['勋章'], colours: ['白色', '黑色', '玫瑰金'] }),
    ],
  },
  // ---------------- jewellery ----------------
  {
    id: 'georg-jensen', name: 'Georg Jensen', aliases: ['GEORG JENSEN', '乔治杰生'], protectedTerms: ['Offspring'], categories: ['jewellery', 'kitchenware'],
    manufacturingCountries: ['DK', 'TH'], zh: '乔治杰生', sellers: [{ id: 'georgjensen-tmall', market: 'tmall' }, { id: 'georgjensen-dk-shop', market: 'ebay' }],
    nickZh: ['丹麦银匠家', '丹麦GJ', '杰生家'], nickEn: ['GJ silver', 'G.J. Denmark', 'Ge0rg J'], missp: ['Georg Jenson', 'George Jensen', 'Georg Jansen'],
    lines: [
      line('daisy', 'Daisy', 'jewellery', [200, 450, 'USD'], { shortNames: ['雏菊'], colours: ['White', 'Silver', 'Gold'] }),
      line('fusion', 'Fusion', 'jewellery', [900, 1800, 'USD'], { colours: ['Gold', 'White Gold', 'Rose Gold'] }),
      line('offspring', 'Offspring', 'jewellery', [150, 300, 'USD'], { colours: ['Silver'] }),
    ],
  },
  {
    id: 'apm-monaco', name: 'APM Monaco', aliases: ['APM MONACO'], protectedTerms: ['Meteorites'], categories: ['jewellery'],
    manufacturingCountries: ['CN', 'TH'], zh: 'APM Monaco', sellers: [{ id: 'apm-monaco-tmall', market: 'tmall' }, { id: 'apmmonaco-official', market: 'amazon' }],
    nickZh: ['摩纳哥小众', '流星耳环', 'A家银饰', '摩纳哥银饰'], nickEn: ['A.P.M.', 'APM M0naco', 'Monaco stars'], missp: ['APM Monoco', 'APM Monako', 'AMP Monaco'],
    lines: [
      line('meteorites', 'Meteorites Hoop Earrings', 'jewellery', [130, 170, 'USD'], { aliases: ['Meteorites'], shortNames: ['流星'], colours: ['Silver', 'Yellow Silver'] }),
      line('croisette', 'Croisette Necklace', 'jewellery', [100, 140, 'USD'], { shortNames: ['Croisette'], colours: ['Silver', 'Yellow Silver'] }),
    ],
  },
  // ---------------- eyewear ----------------
  {
    id: 'moscot', name: 'Moscot', aliases: ['MOSCOT', '莫斯科特'], protectedTerms: ['Lemtosh', 'Miltzen'], categories: ['eyewear'],
    manufacturingCountries: ['IT', 'JP'], zh: '莫斯科特', sellers: [{ id: 'moscot-nyc', market: 'ebay' }, { id: 'moscot-tmall', market: 'tmall' }],
    nickZh: ['纽约眼镜老店', '德普同款板材', 'M家板材'], nickEn: ['MSCT', 'the NYC Orchard St frame'], missp: ['Moskot', 'Moscott', 'Mosc0t'],
    lines: [
      line('lemtosh', 'Lemtosh', 'eyewear', [320, 360, 'USD'], { shortNames: ['lemtosh 46'], colours: ['Black', 'Tortoise', 'Blonde', 'Ash', 'Burgundy', 'Tobacco'] }),
      line('miltzen', 'Miltzen', 'eyewear', [320, 360, 'USD'], { colours: ['Black', 'Tortoise', 'Blonde', 'Flesh', 'Grey'] }),
    ],
  },
  {
    id: 'lindberg', name: 'Lindberg', aliases: ['LINDBERG', '林德伯格'], protectedTerms: ['Air Titanium Rim', 'Spirit Titanium'], categories: ['eyewear'],
    manufacturingCountries: ['DK'], zh: '林德伯格', sellers: [{ id: 'lindberg-aarhus-optik', market: 'ebay' }],
    nickZh: ['丹麦无螺丝钛架', '丹麦L家', '林家钛架'], nickEn: ['LNDBRG', 'the Danish screwless frame'], missp: ['Lindbergh frames', 'Lindburg', 'Lindbreg'],
    lines: [
      line('air', 'Air Titanium Rim', 'eyewear', [650, 850, 'USD'], { shortNames: ['Air Rim'], colours: ['Gold', 'Silver', 'Gun Metal', 'Black'] }),
      line('spirit', 'Spirit Titanium', 'eyewear', [500, 700, 'USD'], { colours: ['Gold', 'Silver', 'Brushed Titanium', 'Black'] }),
    ],
  },
  // ---------------- beauty ----------------
  {
    id: 'rare-beauty', name: 'Rare Beauty', aliases: ['RARE BEAUTY'], protectedTerms: ['Soft Pinch', 'Positive Light'], categories: ['cosmetics'],
    manufacturingCountries: ['IT', 'US'], zh: 'Rare Beauty', sellers: [{ id: 'rarebeauty-sephora-shop', market: 'amazon' }],
    nickZh: ['赛琳娜家', '赛琳娜腮红', 'R家腮红', '罕见美'], nickEn: ['RB blush', 'R@re', 'Selena blush'], missp: ['Rare Beuty', 'Rear Beauty', 'Rare Buety'],
    lines: [
      line('blush', 'Soft Pinch Liquid Blush', 'cosmetics', [22, 25, 'USD'], { aliases: ['Soft Pinch'], shortNames: ['液体腮红', 'liquid blush'], colours: ['Joy', 'Hope', 'Grace', 'Happy', 'Bliss', 'Encourage', 'Lucky', 'Believe', 'Virtue'] }),
      line('luminizer', 'Positive Light Liquid Luminizer', 'cosmetics', [25, 28, 'USD'], { aliases: ['Positive Light'], colours: ['Enlighten', 'Mesmerize', 'Exhilarate'] }),
    ],
  },
  {
    id: 'penhaligons', name: "Penhaligon's", aliases: ['Penhaligons', 'PENHALIGON\'S', '潘海利根'], protectedTerms: ['Halfeti', 'The Coveted Duchess Rose'], categories: ['fragrance'],
    manufacturingCountries: ['GB'], zh: '潘海利根', sellers: [{ id: 'penhaligons-tmall', market: 'tmall' }, { id: 'penhaligons-london', market: 'ebay' }],
    nickZh: ['兽首香', '英国兽头', '动物头香水', '潘家'], nickEn: ['PHG', 'the animal-head bottles', 'P3nhal'], missp: ['Penhaligan', 'Penhalligon'],
    lines: [
      line('halfeti', 'Halfeti', 'fragrance', [280, 330, 'USD'], { shortNames: ['黑玫瑰'], colours: [] }),
      line('duchess', 'The Coveted Duchess Rose', 'fragrance', [300, 340, 'USD'], { aliases: ['Duchess Rose'], shortNames: ['公爵夫人', '兽首公爵夫人'] }),
      line('luna', 'Luna', 'fragrance', [190, 230, 'USD'], { shortNames: ['月亮女神'] }),
    ],
  },
  {
    id: 'chando', name: 'Chando', aliases: ['CHANDO', '自然堂'], protectedTerms: ['冰肌水'], categories: ['cosmetics'],
    manufacturingCountries: ['CN'], zh: '自然堂', sellers: [{ id: 'chando-tmall-flagship', market: 'tmall' }, { id: 'chando-douyin-official', market: 'douyin' }],
    nickZh: ['喜马拉雅家', '雪域水', '自然唐', 'ZRT'], nickEn: ['CHND'], missp: ['Chandoo', 'Chanto'],
    lines: [
      line('bingji', '冰肌水', 'cosmetics', [150, 190, 'CNY'], { aliases: ['Ice Muscle Essence Water'], shortNames: ['冰肌'] }),
      line('xiaozi', '小紫瓶精华', 'cosmetics', [300, 420, 'CNY'], { aliases: ['Purple Bottle Serum'], shortNames: ['小紫瓶'] }),
    ],
  },
  // ---------------- electronics ----------------
  {
    id: 'nokia', name: 'Nokia', aliases: ['NOKIA', '诺基亚'], protectedTerms: [], categories: ['phones', 'phone-accessories'],
    manufacturingCountries: ['CN', 'IN', 'VN'], zh: '诺基亚', sellers: [{ id: 'nokia-jd-self', market: 'jd' }, { id: 'hmd-nokia-official', market: 'amazon' }],
    nickZh: ['N记', '芬兰老牌机', '砖头机牌', '诺记'], nickEn: ['N0kia', 'NK phone', 'the Finnish brick'], missp: ['Nokla', 'Nokai', 'Nokiaa', 'Nokya'],
    lines: [
      line('3310', '3310', 'phones', [55, 70, 'USD'], { aliases: ['3310 4G'], modelNumbers: ['TA-1030'], colours: ['Dark Blue', 'Warm Red', 'Yellow', 'Grey'] }),
      line('xr21', 'XR21', 'phones', [450, 520, 'USD'], { modelNumbers: ['TA-1486'], colours: ['Midnight Black', 'Pine Green'] }),
      line('g42', 'G42 5G', 'phones', [180, 220, 'USD'], { modelNumbers: ['TA-1581'], colours: ['So Purple', 'So Grey', 'So Pink'] }),
    ],
  },
  {
    id: 'acer', name: 'Acer', aliases: ['ACER', '宏碁', '宏基'], protectedTerms: ['Predator', 'Nitro', 'Swift Go'], categories: ['computers', 'computer-accessories'],
    manufacturingCountries: ['CN', 'TW'], zh: '宏碁', sellers: [{ id: 'acer-jd-self', market: 'jd' }, { id: 'acer-store-us', market: 'amazon' }],
    nickZh: ['掠夺者牌', '宏家', 'A记笔电'], nickEn: ['Ac3r', 'PH16 laptop'], missp: ['Acerr', 'Accer', 'Aser'],
    lines: [
      line('helios', 'Predator Helios 16', 'computers', [1500, 2200, 'USD'], { aliases: ['Helios 16'], modelNumbers: ['PH16-72'], shortNames: ['掠夺者16'], colours: ['Abyssal Black'] }),
      line('swiftgo', 'Swift Go 14', 'computers', [700, 950, 'USD'], { modelNumbers: ['SFG14-73'], colours: ['Pure Silver'] }),
      line('nitro', 'Nitro V 15', 'computers', [750, 1000, 'USD'], { modelNumbers: ['ANV15-51'], shortNames: ['暗影骑士'], colours: ['Obsidian Black'] }),
    ],
  },
  {
    id: 'corsair', name: 'Corsair', aliases: ['CORSAIR', '海盗船'], protectedTerms: ['Vengeance'], categories: ['computer-accessories'],
    manufacturingCountries: ['CN', 'TW'], zh: '海盗船', sellers: [{ id: 'corsair-jd-self', market: 'jd' }, { id: 'corsair-official-store', market: 'amazon' }],
    nickZh: ['C记外设', '帆船标', '船家'], nickEn: ['C0RS', '⛵ brand', 'CRSR'], missp: ['Corsiar', 'Coursair', 'Corsar'],
    lines: [
      line('k70', 'K70 RGB PRO', 'computer-accessories', [150, 180, 'USD'], { modelNumbers: ['CH-9109410'], shortNames: ['K70'], colours: ['Black', 'White'] }),
      line('vengeance', 'Vengeance RGB DDR5 32GB', 'computer-accessories', [100, 140, 'USD'], { aliases: ['Vengeance DDR5'], modelNumbers: ['CMH32GX5M2B6000C30'], colours: ['Black', 'White'] }),
      line('hs80', 'HS80 RGB Wireless', 'computer-accessories', [130, 160, 'USD'], { modelNumbers: ['CA-9011235'], shortNames: ['HS80'], colours: ['Carbon', 'White'] }),
    ],
  },
  // ---------------- cameras ----------------
  {
    id: 'laowa', name: 'Laowa', aliases: ['LAOWA', 'Venus Optics', '老蛙'], protectedTerms: ['Zero-D'], categories: ['camera-lenses'],
    manufacturingCountries: ['CN'], zh: '老蛙', sellers: [{ id: 'laowa-tmall-flagship', market: 'tmall' }, { id: 'venusoptics-store', market: 'amazon' }],
    nickZh: ['蛙家', '青蛙头镜头', '合肥蛙'], nickEn: ['🐸 lens', 'L4OWA', 'Venus 0ptics'], missp: ['Loawa', 'Lawoa', 'Laova'],
    lines: [
      line('macro100', '100mm f/2.8 2x Ultra Macro APO', 'camera-lenses', [430, 500, 'USD'], { shortNames: ['100 2x macro', '百微二倍'], colours: ['Black'] }),
      line('zerod12', '12mm f/2.8 Zero-D', 'camera-lenses', [500, 580, 'USD'], { shortNames: ['12 zero-d'], colours: ['Black', 'Silver'] }),
      line('probe', '24mm f/14 2x Macro Probe', 'camera-lenses', [1500, 1800, 'USD'], { shortNames: ['探针', 'probe lens'], colours: ['Black'] }),
    ],
  },
  {
    id: 'seven-artisans', name: '7Artisans', aliases: ['7artisans', '七工匠'], protectedTerms: [], categories: ['camera-lenses'],
    manufacturingCountries: ['CN'], zh: '七工匠', sellers: [{ id: '7artisans-tmall', market: 'tmall' }, { id: '7artisans-official', market: 'aliexpress' }],
    nickZh: ['七匠', '7工匠', '深圳七匠'], nickEn: ['7A lens', 'Seven Art.', '7@rtisans'], missp: ['7Artisan', '7Artisians', 'Seven Artisians'],
    lines: [
      line('35f14', '35mm F1.4', 'camera-lenses', [75, 95, 'USD'], { shortNames: ['35 1.4'], colours: ['Black', 'Silver'] }),
      line('50f105', '50mm F1.05', 'camera-lenses', [380, 440, 'USD'], { shortNames: ['50 1.05'], colours: ['Black'] }),
      line('fisheye', '10mm F2.8 Fisheye', 'camera-lenses', [180, 220, 'USD'], { shortNames: ['10mm鱼眼'], colours: ['Black'] }),
    ],
  },
  {
    id: 'blackmagic', name: 'Blackmagic Design', aliases: ['Blackmagic', 'BMD', '黑魔法'], protectedTerms: ['DaVinci Resolve', 'BMPCC'], categories: ['cameras', 'software'],
    manufacturingCountries: ['SG', 'AU'], zh: '黑魔法', sellers: [{ id: 'blackmagic-tmall', market: 'tmall' }, { id: 'bmd-authorised-reseller', market: 'ebay' }],
    nickZh: ['BM家', '达芬奇家', '黑魔'], nickEn: ['B.M.D.', 'BlkMgc', 'the Resolve people'], missp: ['Blackmagik', 'Black Majic', 'Blackmagc'],
    lines: [
      line('pocket6k', 'Pocket Cinema Camera 6K Pro', 'cameras', [2300, 2600, 'USD'], { aliases: ['BMPCC 6K Pro'], shortNames: ['6K Pro', '口袋6K'], colours: ['Black'] }),
      line('resolve', 'DaVinci Resolve Studio', 'software', [280, 300, 'USD'], { aliases: ['Resolve Studio'], shortNames: ['达芬奇调色', '达芬奇19'] }),
    ],
  },
  // ---------------- audio ----------------
  {
    id: 'kef', name: 'KEF', aliases: [], protectedTerms: ['Uni-Q', 'LSX'], categories: ['audio'],
    manufacturingCountries: ['CN', 'GB'], zh: 'KEF', sellers: [{ id: 'kef-tmall-flagship', market: 'tmall' }, { id: 'kef-direct-uk', market: 'amazon' }],
    nickZh: ['K家音箱', '英国同轴', '梅登斯通家'], nickEn: ['K.E.F', 'K3F', 'the Maidstone speakers'], missp: ['KFE', 'KEEF'],
    lines: [
      line('ls50w', 'LS50 Wireless II', 'audio', [2600, 2900, 'USD'], { shortNames: ['LS50W2', 'LS50W'], colours: ['Carbon Black', 'Titanium Grey', 'Mineral White', 'Crimson Red'] }),
      line('lsx2', 'LSX II', 'audio', [1300, 1500, 'USD'], { shortNames: ['LSX2'], colours: ['Carbon Black', 'Mineral White', 'Cobalt Blue', 'Soundwave by Terence Conran', 'Lava Red'] }),
      line('q150', 'Q150', 'audio', [400, 500, 'USD'], { colours: ['Black', 'White'] }),
    ],
  },
  {
    id: 'beyerdynamic', name: 'beyerdynamic', aliases: ['Beyer Dynamic', '拜雅', '拜亚动力'], protectedTerms: [], categories: ['audio'],
    manufacturingCountries: ['DE'], zh: '拜雅', sellers: [{ id: 'beyerdynamic-tmall', market: 'tmall' }, { id: 'beyer-heilbronn', market: 'ebay' }],
    nickZh: ['拜亚', '拜家', '海尔布隆耳机'], nickEn: ['BeyerD', 'b-dyn', 'B3yer'], missp: ['Beyerdinamic', 'Bayerdynamic', 'Beyerdynamik'],
    lines: [
      line('dt770', 'DT 770 PRO', 'audio', [150, 180, 'USD'], { modelNumbers: ['DT770'], colours: ['Grey', 'Black'] }),
      line('dt990', 'DT 990 PRO', 'audio', [160, 200, 'USD'], { modelNumbers: ['DT990'], colours: ['Grey', 'Black'] }),
      line('t1', 'T1 3rd Generation', 'audio', [900, 1100, 'USD'], { shortNames: ['T1三代'], colours: ['Silver', 'Black'] }),
    ],
  },
  {
    id: 'fiio', name: 'FiiO', aliases: ['飞傲'], protectedTerms: [], categories: ['audio'],
    manufacturingCountries: ['CN'], zh: '飞傲', sellers: [{ id: 'fiio-tmall-flagship', market: 'tmall' }, { id: 'fiio-official-store', market: 'aliexpress' }],
    nickZh: ['广州飞家', '飞嗷', 'F记播放器'], nickEn: ['F11O', 'Fi1O'], missp: ['Fiio0', 'Fioo', 'FIIIO'],
    lines: [
      line('k7', 'K7', 'audio', [190, 220, 'USD'], { colours: ['Black'] }),
      line('m11s', 'M11S', 'audio', [400, 470, 'USD'], { colours: ['Black'] }),
      line('btr5', 'BTR5 2021', 'audio', [100, 120, 'USD'], { shortNames: ['BTR5'], colours: ['Black'] }),
    ],
  },
  // ---------------- toys ----------------
  {
    id: 'playmobil', name: 'Playmobil', aliases: ['PLAYMOBIL', '摩比世界'], protectedTerms: [], categories: ['toys'],
    manufacturingCountries: ['DE', 'MT', 'CZ', 'ES'], zh: '摩比世界', sellers: [{ id: 'playmobil-de-shop', market: 'amazon' }, { id: 'playmobil-tmall', market: 'tmall' }],
    nickZh: ['德国小人', 'P家小人', '摩比'], nickEn: ['PLMBL', 'Playmo', 'P-mobil'], missp: ['Playmobile', 'Plamobil', 'Playmobill'],
    lines: [
      line('pirate', 'Pirate Ship 70411', 'toys', [90, 120, 'USD'], { modelNumbers: ['70411'], shortNames: ['海盗船套装'], colours: [] }),
      line('hospital', 'City Life Children\'s Hospital 70190', 'toys', [130, 170, 'USD'], { modelNumbers: ['70190'] }),
      line('ghostbusters', 'Ghostbusters Ecto-1A 70170', 'toys', [60, 80, 'USD'], { modelNumbers: ['70170'] }),
    ],
  },
  {
    id: 'tomica', name: 'Tomica', aliases: ['TOMICA', '多美卡'], protectedTerms: ['Tomica Limited Vintage'], categories: ['toys'],
    manufacturingCountries: ['VN', 'CN', 'TH'], zh: '多美卡', sellers: [{ id: 'takaratomy-mall', market: 'rakuten' }, { id: 'tomica-tmall', market: 'tmall' }],
    nickZh: ['TM合金车', '多美', '日系小合金'], nickEn: ['T0mica', 'TLV', 'TMC diecast'], missp: ['Tomika', 'Tommica', 'Tomicca'],
    lines: [
      line('premium', 'Tomica Premium', 'toys', [9, 14, 'USD'], { shortNames: ['黑盒'], colours: ['Red', 'White', 'Black', 'Blue'] }),
      line('tlv', 'Tomica Limited Vintage Neo', 'toys', [30, 50, 'USD'], { shortNames: ['TLV-N'], colours: ['Red', 'White', 'Silver'] }),
      line('regular', 'Tomica No.1-140', 'toys', [4, 7, 'USD'], { shortNames: ['红白盒'], colours: ['Red', 'White', 'Yellow', 'Blue'] }),
    ],
  },
  // ---------------- games, software, consoles ----------------
  {
    id: 'ubisoft', name: 'Ubisoft', aliases: ['UBISOFT', '育碧'], protectedTerms: ['Prince of Persia', 'Far Cry', 'Rainbow Six'], categories: ['video-games', 'software'],
    manufacturingCountries: ['FR', 'CA', 'DE'], zh: '育碧', sellers: [{ id: 'ubisoft-store-eu', market: 'amazon' }, { id: 'ubisoft-official-jd', market: 'jd' }],
    nickZh: ['土豆厂', '育土豆', 'U社'], nickEn: ['Ubi', 'U-soft', 'the potato studio'], missp: ['Ubisfot', 'Ubisof', 'Ubysoft'],
    lines: [
      line('popcrown', 'Prince of Persia: The Lost Crown', 'video-games', [40, 50, 'USD'], { aliases: ['The Lost Crown', '波斯王子 失落的王冠'], shortNames: ['PoP Lost Crown', '波斯王子'] }),
      line('farcry6', 'Far Cry 6', 'video-games', [20, 60, 'USD'], { aliases: ['孤岛惊魂6'], shortNames: ['FC6'] }),
      line('r6', 'Rainbow Six Siege', 'video-games', [20, 40, 'USD'], { aliases: ['彩虹六号围攻'], shortNames: ['R6S', '彩六'] }),
    ],
  },
  {
    id: 'ableton', name: 'Ableton', aliases: ['ABLETON'], protectedTerms: ['Ableton Live', 'Push 3'], categories: ['software', 'computer-accessories'],
    manufacturingCountries: ['DE', 'CN'], zh: 'Ableton', sellers: [{ id: 'ableton-certified-shop', market: 'ebay' }, { id: 'ableton-cn-reseller', market: 'taobao' }],
    nickZh: ['A家宿主', '柏林宿主', '阿伯顿'], nickEn: ['Abl3ton', 'AL12 suite'], missp: ['Ableten', 'Abelton', 'Ablton'],
    lines: [
      line('suite', 'Live 12 Suite', 'software', [700, 750, 'USD'], { shortNames: ['Live 12', 'Suite 12'] }),
      line('standard', 'Live 12 Standard', 'software', [420, 440, 'USD'], { shortNames: ['Live 12 Std'] }),
      line('push3', 'Push 3', 'computer-accessories', [950, 2000, 'USD'], { shortNames: ['Push3'], colours: ['Black'] }),
    ],
  },
  {
    id: 'retroid', name: 'Retroid', aliases: ['RETROID', 'Retroid Pocket'], protectedTerms: [], categories: ['game-consoles'],
    manufacturingCountries: ['CN'], zh: 'Retroid', sellers: [{ id: 'retroid-official-store', market: 'aliexpress' }, { id: 'goretroid-tb', market: 'taobao' }],
    nickZh: ['小R掌机', '睿途', 'R记掌机'], nickEn: ['RP5', 'RP Mini', 'R3troid'], missp: ['Retriod', 'Retoid', 'Retroyd'],
    lines: [
      line('rp5', 'Retroid Pocket 5', 'game-consoles', [210, 230, 'USD'], { shortNames: ['RP5'], colours: ['Black', 'White', 'Retro Grey', 'Translucent Purple'] }),
      line('rpmini', 'Retroid Pocket Mini V2', 'game-consoles', [190, 210, 'USD'], { shortNames: ['RPM V2', 'RP Mini'], colours: ['Black', 'White', 'Transparent'] }),
      line('rpclassic', 'Retroid Pocket Classic', 'game-consoles', [110, 150, 'USD'], { shortNames: ['RPC'], colours: ['White', 'Black'] }),
    ],
  },
  {
    id: 'playdate', name: 'Playdate', aliases: ['Panic Playdate'], protectedTerms: [], categories: ['game-consoles', 'video-games'],
    manufacturingCountries: ['MY'], zh: 'Playdate', sellers: [{ id: 'panic-playdate-shop', market: 'ebay' }],
    nickZh: ['黄色曲柄机', '小黄摇杆机', 'Panic小黄机'], nickEn: ['PD crank', 'the yellow crank console', 'Pl@ydate'], missp: ['Playdat', 'Pladate', 'Playdaet'],
    lines: [
      line('console', 'Playdate', 'game-consoles', [220, 240, 'USD'], { shortNames: ['PD'], colours: ['Yellow'] }),
      line('dock', 'Playdate Stereo Dock', 'game-consoles', [90, 110, 'USD'], { shortNames: ['Stereo Dock'], colours: ['White'] }),
    ],
  },
  // ---------------- auto parts, tyres ----------------
  {
    id: 'hella', name: 'Hella', aliases: ['HELLA', '海拉'], protectedTerms: ['Rallye 4000', 'Supertone'], categories: ['auto-parts'],
    manufacturingCountries: ['DE', 'SI', 'CN', 'IN'], zh: '海拉', sellers: [{ id: 'hella-tmall-flagship', market: 'tmall' }, { id: 'hella-lippstadt-parts', market: 'ebay' }],
    nickZh: ['H家喇叭', '蜗牛喇叭牌', '海家'], nickEn: ['H3LLA', 'HLA horns'], missp: ['Hela horn', 'Hellla', 'Hellah'],
    lines: [
      line('supertone', 'Supertone Horn Set', 'auto-parts', [45, 60, 'USD'], { aliases: ['Supertone'], modelNumbers: ['3AA 922 000-751'], shortNames: ['蜗牛喇叭'], colours: ['Red', 'Black'] }),
      line('rallye', 'Rallye 4000 Driving Lamp', 'auto-parts', [140, 200, 'USD'], { aliases: ['Rallye 4000'], modelNumbers: ['1F8 006 800-001'], colours: ['Black', 'Chrome'] }),
      line('comet', 'Comet 500 Fog Lamp', 'auto-parts', [60, 90, 'USD'], { aliases: ['Comet 500'], modelNumbers: ['005750951'], colours: ['Black'] }),
    ],
  },
  {
    id: 'liqui-moly', name: 'Liqui Moly', aliases: ['LIQUI MOLY', 'Liqui-Moly', '力魔'], protectedTerms: ['Top Tec', 'Molygen', 'Ceratec'], categories: ['auto-parts'],
    manufacturingCountries: ['DE'], zh: '力魔', sellers: [{ id: 'liquimoly-tmall', market: 'tmall' }, { id: 'liquimoly-ulm-shop', market: 'ebay' }],
    nickZh: ['德国力家', '力魔油', '德国L记机油'], nickEn: ['LM oil', 'L1qui', 'LQM'], missp: ['Liqui Molly', 'Liquid Moly', 'Liqi Moly'],
    lines: [
      line('toptec4200', 'Top Tec 4200 5W-30 5L', 'auto-parts', [60, 80, 'USD'], { aliases: ['Top Tec 4200'], modelNumbers: ['3707', '8973'], shortNames: ['4200'], colours: [] }),
      line('molygen', 'Molygen New Generation 5W-40 5L', 'auto-parts', [55, 75, 'USD'], { aliases: ['Molygen 5W-40'], modelNumbers: ['9055'], shortNames: ['绿魔'] }),
      line('ceratec', 'Ceratec 300ml', 'auto-parts', [20, 30, 'USD'], { aliases: ['Ceratec'], modelNumbers: ['3721'] }),
    ],
  },
  {
    id: 'autel', name: 'Autel', aliases: ['AUTEL', '道通'], protectedTerms: ['MaxiSys', 'MaxiCOM'], categories: ['auto-parts', 'tools', 'software'],
    manufacturingCountries: ['CN'], zh: '道通', sellers: [{ id: 'autel-official-store', market: 'amazon' }, { id: 'autel-tmall', market: 'tmall' }],
    nickZh: ['深圳道家', 'A通诊断', '道通科技同款'], nickEn: ['AUT3L', 'A-tel scanner'], missp: ['Autle', 'Autell', 'Auttel'],
    lines: [
      line('ms906', 'MaxiSys MS906 Pro', 'tools', [1300, 1700, 'USD'], { aliases: ['MS906 Pro'], modelNumbers: ['MS906PRO'], colours: ['Black'] }),
      line('mk808', 'MaxiCOM MK808', 'tools', [400, 500, 'USD'], { aliases: ['MK808'], modelNumbers: ['MK808S'], colours: ['Black'] }),
      line('update', 'MaxiSys 1-Year Software Update', 'software', [450, 600, 'USD'], { aliases: ['MaxiSys update'] }),
    ],
  },
  {
    id: 'linglong', name: 'Linglong Tire', aliases: ['Linglong', 'LINGLONG', '玲珑轮胎'], protectedTerms: ['Sport Master', 'Crosswind'], categories: ['tyres'],
    manufacturingCountries: ['CN', 'TH', 'RS'], zh: '玲珑轮胎', sellers: [{ id: 'linglong-tmall-flagship', market: 'tmall' }, { id: 'linglong-jd-self', market: 'jd' }],
    nickZh: ['招远玲家', 'L龙胎', '山东龙胎'], nickEn: ['LL tyres', 'L1nglong'], missp: ['Lingling tyre', 'Linlong', 'Linglog'],
    lines: [
      line('sportmaster', 'Sport Master 225/45R18', 'tyres', [90, 120, 'USD'], { aliases: ['Sport Master'], modelNumbers: ['225/45R18'], colours: ['Black'] }),
      line('crosswind', 'Crosswind HP010 205/55R16', 'tyres', [50, 70, 'USD'], { aliases: ['Crosswind'], modelNumbers: ['205/55R16'], colours: ['Black'] }),
    ],
  },
  // ---------------- tools ----------------
  {
    id: 'ryobi', name: 'Ryobi', aliases: ['RYOBI', '利优比'], protectedTerms: ['ONE+'], categories: ['tools'],
    manufacturingCountries: ['CN', 'VN'], zh: '利优比', sellers: [{ id: 'ryobi-official-au', market: 'ebay' }, { id: 'ryobi-tmall', market: 'tmall' }],
    nickZh: ['绿色电动工具家', '利家', '绿壳电钻'], nickEn: ['RY0BI', 'green ONE plus tools'], missp: ['Ryoby', 'Roybi', 'Ryobbi'],
    lines: [
      line('drill', 'ONE+ 18V Brushless Drill Driver', 'tools', [90, 140, 'USD'], { modelNumbers: ['PBLDD01', 'R18PD7'], colours: ['Green', 'Black'] }),
      line('battery', 'ONE+ 18V 4.0Ah Battery', 'tools', [70, 100, 'USD'], { modelNumbers: ['PBP005', 'RB1840X'], colours: ['Green', 'Black'] }),
    ],
  },
  {
    id: 'klein-tools', name: 'Klein Tools', aliases: ['KLEIN TOOLS', 'Klein'], protectedTerms: [], categories: ['tools'],
    manufacturingCountries: ['US', 'CN', 'MX'], zh: 'Klein Tools', sellers: [{ id: 'kleintools-official', market: 'amazon' }],
    nickZh: ['美国电工钳牌', 'K家电工钳', '克莱因'], nickEn: ['KLN pliers', 'K1ein', 'lineman orange-handle'], missp: ['Kline Tools', 'Klien Tools', 'Klein Tolls'],
    lines: [
      line('d2000', 'Lineman\'s Pliers D2000-9NE', 'tools', [40, 55, 'USD'], { modelNumbers: ['D2000-9NE'], manufacturingCountries: ['US'], colours: ['Blue', 'Yellow'] }),
      line('ncvt', 'NCVT-3P Voltage Tester', 'tools', [30, 45, 'USD'], { modelNumbers: ['NCVT-3P'], colours: ['Yellow', 'Black'] }),
      line('32500', '11-in-1 Screwdriver 32500', 'tools', [20, 28, 'USD'], { modelNumbers: ['32500'], colours: ['Yellow', 'Black'] }),
    ],
  },
  // ---------------- home appliances ----------------
  {
    id: 'breville', name: 'Breville', aliases: ['BREVILLE', 'Sage Appliances', '铂富'], protectedTerms: ['Barista Express', 'Bambino'], categories: ['home-appliances', 'kitchenware'],
    manufacturingCountries: ['CN'], zh: '铂富', sellers: [{ id: 'breville-tmall-flagship', market: 'tmall' }, { id: 'breville-direct-au', market: 'ebay' }],
    nickZh: ['B家咖啡机', '澳洲咖啡机牌', '铂家'], nickEn: ['Br3ville', 'BRV', '☕ aussie brand'], missp: ['Brevile', 'Brevill', 'Brevelle'],
    lines: [
      line('bes870', 'Barista Express BES870', 'home-appliances', [600, 750, 'USD'], { aliases: ['Barista Express'], modelNumbers: ['BES870XL', 'BES870'], shortNames: ['870'], colours: ['Brushed Stainless Steel', 'Black Truffle', 'Sea Salt', 'Oracle Black'] }),
      line('bambino', 'Bambino Plus BES500', 'home-appliances', [450, 530, 'USD'], { aliases: ['Bambino Plus'], modelNumbers: ['BES500'], colours: ['Brushed Stainless Steel', 'Black Truffle', 'Sea Salt', 'Damson Blue'] }),
      line('bov900', 'Smart Oven Air Fryer Pro BOV900', 'home-appliances', [380, 450, 'USD'], { modelNumbers: ['BOV900'], colours: ['Brushed Stainless Steel', 'Black Truffle'] }),
    ],
  },
  {
    id: 'dreame', name: 'Dreame', aliases: ['DREAME', '追觅'], protectedTerms: [], categories: ['home-appliances'],
    manufacturingCountries: ['CN'], zh: '追觅', sellers: [{ id: 'dreame-tmall-flagship', market: 'tmall' }, { id: 'dreametech-official', market: 'amazon' }],
    nickZh: ['追家', '苏州追梦牌', 'ZM扫地机'], nickEn: ['Dr3ame', 'DRM robot'], missp: ['Dreamy robot', 'Dreme', 'Dreamee'],
    lines: [
      line('x40', 'X40 Ultra', 'home-appliances', [1200, 1500, 'USD'], { shortNames: ['X40'], colours: ['White', 'Black'] }),
      line('l20', 'L20 Ultra', 'home-appliances', [1000, 1300, 'USD'], { shortNames: ['L20'], colours: ['White'] }),
      line('h14', 'H14 Pro Wet Dry Vacuum', 'home-appliances', [500, 650, 'USD'], { shortNames: ['H14 Pro'], colours: ['Grey', 'White'] }),
    ],
  },
  {
    id: 'joyoung', name: 'Joyoung', aliases: ['JOYOUNG', '九阳'], protectedTerms: [], categories: ['home-appliances', 'kitchenware'],
    manufacturingCountries: ['CN'], zh: '九阳', sellers: [{ id: 'joyoung-tmall-flagship', market: 'tmall' }, { id: 'joyoung-jd-self', market: 'jd' }],
    nickZh: ['九羊', '杭州豆浆机牌', 'JY豆浆机'], nickEn: ['J0young'], missp: ['Joyong', 'Joyounng'],
    lines: [
      line('k1', 'K1s Pro Soymilk Maker', 'home-appliances', [1300, 1700, 'CNY'], { aliases: ['K1s'], modelNumbers: ['DJ12A-K1s'], shortNames: ['不用手洗豆浆机'], colours: ['白色', '灰色'] }),
      line('y1', 'Y1 Pro Blender', 'home-appliances', [900, 1300, 'CNY'], { modelNumbers: ['L18-Y1'], shortNames: ['破壁机Y1'], colours: ['白色', '蓝色'] }),
    ],
  },
  // ---------------- sports, bicycles ----------------
  {
    id: 'yonex', name: 'Yonex', aliases: ['YONEX', '尤尼克斯'], protectedTerms: ['Astrox', 'Nanoflare', 'Arcsaber', 'Power Cushion'], categories: ['sports-equipment', 'shoes'],
    manufacturingCountries: ['JP', 'TW'], zh: '尤尼克斯', sellers: [{ id: 'yonex-tmall-flagship', market: 'tmall' }, { id: 'yonex-jp-official', market: 'rakuten' }],
    nickZh: ['YY家', '尤家', '羽毛球Y牌', '尤尼'], nickEn: ['Y0NEX', 'YNX', 'Yo-nex'], missp: ['Yonx', 'Yonnex', 'Yonec', 'Younex'],
    lines: [
      line('ax88d', 'Astrox 88D Pro', 'sports-equipment', [240, 280, 'USD'], { aliases: ['AX88D Pro'], shortNames: ['天斧88D', '88D'], colours: ['Black', 'Silver', 'Camel Gold'], manufacturingCountries: ['JP'] }),
      line('ax100', 'Astrox 100ZZ', 'sports-equipment', [250, 290, 'USD'], { aliases: ['AX100ZZ'], shortNames: ['天斧100', '100ZZ'], colours: ['Dark Navy', 'Kurenai'], manufacturingCountries: ['JP'] }),
      line('nf800', 'Nanoflare 800 Pro', 'sports-equipment', [240, 270, 'USD'], { aliases: ['NF800 Pro'], shortNames: ['疾光800', '800PRO'], colours: ['Deep Green'], manufacturingCountries: ['JP'] }),
      line('65z3', 'Power Cushion 65Z3', 'shoes', [140, 170, 'USD'], { aliases: ['65Z3'], shortNames: ['65Z三代'], colours: ['White Tiger', 'Navy Red', 'White'], manufacturingCountries: ['CN', 'VN', 'ID'] }),
    ],
  },
  {
    id: 'butterfly', name: 'Butterfly', aliases: ['BUTTERFLY', '蝴蝶'], protectedTerms: ['Tenergy', 'Viscaria', 'Dignics'], categories: ['sports-equipment'],
    manufacturingCountries: ['JP'], zh: '蝴蝶', sellers: [{ id: 'butterfly-tmall-flagship', market: 'tmall' }, { id: 'tamasu-official', market: 'rakuten' }],
    nickZh: ['日本蝶', '蝶牌', '蝶王', 'B家乒乓'], nickEn: ['BTY', '🦋 brand', 'Bttrfly'], missp: ['Buterfly', 'Butterfy', 'Butterflly'],
    lines: [
      line('tenergy05', 'Tenergy 05', 'sports-equipment', [75, 90, 'USD'], { shortNames: ['T05', '05胶皮'], colours: ['Red', 'Black'] }),
      line('dignics09c', 'Dignics 09C', 'sports-equipment', [85, 100, 'USD'], { shortNames: ['D09C'], colours: ['Red', 'Black'] }),
      line('viscaria', 'Viscaria', 'sports-equipment', [180, 230, 'USD'], { shortNames: ['VIS', '维斯'], colours: [] }),
    ],
  },
  {
    id: 'ping', name: 'PING', aliases: ['Ping Golf'], protectedTerms: ['Anser', 'G430'], categories: ['sports-equipment'],
    manufacturingCountries: ['US', 'CN'], zh: 'PING', sellers: [{ id: 'ping-golf-official', market: 'ebay' }, { id: 'ping-tmall', market: 'tmall' }],
    nickZh: ['乒家球杆', 'P家推杆', '凤凰城球杆'], nickEn: ['P1NG', 'the Anser people'], missp: ['Pimg golf', 'Pingg', 'Pnig'],
    lines: [
      line('g430', 'G430 Max Driver', 'sports-equipment', [500, 600, 'USD'], { aliases: ['G430 Max'], shortNames: ['G430'], colours: ['Black'] }),
      line('anser', 'PLD Milled Anser', 'sports-equipment', [400, 480, 'USD'], { aliases: ['Anser putter'], colours: ['Gunmetal', 'Satin'] }),
      line('blueprint', 'Blueprint T Irons', 'sports-equipment', [1500, 1900, 'USD'], { colours: ['Chrome'] }),
    ],
  },
  {
    id: 'victor', name: 'Victor', aliases: ['VICTOR', '胜利', '威克多'], protectedTerms: ['Thruster', 'Auraspeed', 'Brave Sword'], categories: ['sports-equipment', 'shoes'],
    manufacturingCountries: ['TW', 'CN'], zh: '胜利', sellers: [{ id: 'victor-tmall-flagship', market: 'tmall' }, { id: 'victor-sports-tw', market: 'shopee' }],
    nickZh: ['V家羽拍', '胜家', '台湾V牌'], nickEn: ['V1CTOR', 'VCTR', 'Vic.'], missp: ['Victer', 'Vicktor', 'Vitcor'],
    lines: [
      line('ryuga', 'Thruster Ryuga II', 'sports-equipment', [200, 240, 'USD'], { aliases: ['TK-Ryuga II'], shortNames: ['神速', '龙牙'], colours: ['Blue', 'Black'] }),
      line('ars90k', 'Auraspeed 90K II', 'sports-equipment', [210, 250, 'USD'], { aliases: ['ARS-90K II'], shortNames: ['90K'], colours: ['Red', 'Black'] }),
      line('bs12', 'Brave Sword 12', 'sports-equipment', [150, 190, 'USD'], { aliases: ['BRS-12'], shortNames: ['大铁锤', '12剑'], colours: ['Red', 'Black', 'Blue'] }),
    ],
  },
  // ---------------- outdoor ----------------
  {
    id: 'helinox', name: 'Helinox', aliases: ['HELINOX', '赫利诺克斯'], protectedTerms: ['Chair One', 'Chair Zero'], categories: ['outdoor-gear', 'furniture'],
    manufacturingCountries: ['VN', 'KR'], zh: 'Helinox', sellers: [{ id: 'helinox-tmall-flagship', market: 'tmall' }, { id: 'helinox-seoul-store', market: 'amazon' }],
    nickZh: ['韩国H家椅', '月亮椅天花板', '韩系铝杆椅', '赫家'], nickEn: ['HLNX', 'H3linox', 'the DAC-pole chair'], missp: ['Helinx', 'Hellinox', 'Helinocks'],
    lines: [
      line('chairone', 'Chair One', 'outdoor-gear', [100, 120, 'USD'], { modelNumbers: ['10001'], shortNames: ['C1椅', '一号椅'], colours: ['Black', 'Coyote Tan', 'Blue', 'Red'] }),
      line('chairzero', 'Chair Zero', 'outdoor-gear', [140, 160, 'USD'], { shortNames: ['零号椅', 'C0'], colours: ['Black', 'Sand', 'Sky Blue', 'Steel Grey'] }),
      line('sunset', 'Sunset Chair', 'outdoor-gear', [160, 190, 'USD'], { shortNames: ['高背椅'], colours: ['Black', 'Coyote Tan', 'Multi Block'] }),
    ],
  },
  {
    id: 'kailas', name: 'Kailas', aliases: ['KAILAS', '凯乐石'], protectedTerms: ['FUGA'], categories: ['outdoor-gear', 'shoes', 'apparel'],
    manufacturingCountries: ['CN', 'VN'], zh: '凯乐石', sellers: [{ id: 'kailas-tmall-flagship', market: 'tmall' }, { id: 'kailas-jd-self', market: 'jd' }],
    nickZh: ['凯家', '广州攀登牌', 'K家越野'], nickEn: ['K41las', 'KLS trail'], missp: ['Kailash shoes', 'Kialas', 'Kaillas'],
    lines: [
      line('fugadu', 'FUGA DU 2', 'shoes', [1299, 1599, 'CNY'], { shortNames: ['富贵DU2', 'FUGA DU'], colours: ['Black', 'White', 'Blue'] }),
      line('montx', 'MONT-X Gore-Tex Jacket', 'apparel', [2500, 3500, 'CNY'], { aliases: ['MONT-X'], colours: ['Black', 'Red', 'Blue'] }),
    ],
  },
  // ---------------- invented rights holders with disc releases ----------------
  {
    id: 'brackenfold', name: 'Brackenfold Pictures', aliases: ['Brackenfold', '蕨谷影业'], protectedTerms: [], categories: ['film-tv'],
    manufacturingCountries: ['GB', 'DE'], zh: '蕨谷影业', sellers: [{ id: 'brackenfold-home-ent', market: 'amazon' }, { id: 'brackenfold-cn-licensee', market: 'jd' }],
    nickZh: [], nickEn: [], missp: [],
    lines: [],
    categoryPrices: [{ category: 'film-tv', referencePrice: { min: 15, max: 45, currency: 'USD' } }],
    works: [
      { title: 'The Salt Orchard', aliases: ['盐之果园'], discReleaseDate: '2026-03-16' },
      { title: 'Night Ferry to Tallinn', aliases: ['夜渡塔林'], discReleaseDate: '2027-02-22' },
      { title: 'Glasshouse Winter', aliases: ['玻璃房之冬'], discReleaseDate: '2027-05-10' },
    ],
  },
  {
    id: 'quietwater', name: 'Quietwater Records', aliases: ['Quietwater', '静水唱片'], protectedTerms: [], categories: ['music'],
    manufacturingCountries: ['GB', 'CZ'], zh: '静水唱片', sellers: [{ id: 'quietwater-shop', market: 'ebay' }, { id: 'quietwater-cn-dist', market: 'taobao' }],
    nickZh: [], nickEn: [], missp: [],
    lines: [],
    categoryPrices: [{ category: 'music', referencePrice: { min: 12, max: 40, currency: 'USD' } }],
    works: [
      { title: 'Static Bloom', aliases: ['静电花开'], discReleaseDate: '2025-10-10' },
      { title: 'Paper Harbour', aliases: ['纸做的港口'], discReleaseDate: '2027-01-29' },
      { title: 'Low Tide Hymnal', aliases: ['退潮圣咏'], discReleaseDate: '2027-04-02' },
    ],
  },
  {
    id: 'plum-rain', name: 'Plum Rain Pictures', aliases: ['梅雨影业'], protectedTerms: [], categories: ['film-tv'],
    manufacturingCountries: ['CN'], zh: '梅雨影业', sellers: [{ id: 'plumrain-official-jd', market: 'jd' }, { id: 'plumrain-tmall', market: 'tmall' }],
    nickZh: [], nickEn: [], missp: [],
    lines: [],
    categoryPrices: [{ category: 'film-tv', referencePrice: { min: 60, max: 260, currency: 'CNY' } }],
    works: [
      { title: 'Snow in the South', aliases: ['南方的雪'], discReleaseDate: '2026-08-21' },
      { title: 'Platform Thirteen', aliases: ['第十三站台'], discReleaseDate: '2027-03-19' },
      { title: 'Before the Long Night Ends', aliases: ['长夜将尽'], discReleaseDate: '2027-01-15' },
    ],
  },
];
