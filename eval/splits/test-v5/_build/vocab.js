// Vocabulary for the test-v5 generators (written fresh for this set).

export const NOUN = {
  apparel: { en: ['hoodie', 'jacket', 'coat', 'sweatshirt', 'tee', 'zip hoodie', 'rain jacket', 'pullover', 'jeans', 'overcoat'], zh: ['卫衣', '外套', '夹克', '大衣', '连帽衫', '冲锋衣', '羽绒服', '牛仔裤', '上衣'] },
  shoes: { en: ['running shoes', 'sneakers', 'trainers', 'boots', 'shoes', 'runners', 'football boots', 'slippers'], zh: ['跑鞋', '运动鞋', '球鞋', '靴子', '雪地靴', '男鞋', '女鞋', '足球鞋', '拖鞋'] },
  handbags: { en: ['bag', 'handbag', 'tote', 'shoulder bag', 'purse', 'crossbody bag', 'top handle bag'], zh: ['包', '手提包', '女包', '单肩包', '斜挎包', '托特包', '包包'] },
  'small-leather-goods': { en: ['wallet', 'card holder', 'keyring', 'coin purse'], zh: ['钱包', '卡包', '钥匙扣', '零钱包'] },
  watches: { en: ['watch', 'automatic watch', 'wristwatch', "men's watch", 'chronograph', 'dive watch'], zh: ['手表', '机械表', '男表', '腕表', '计时表', '潜水表'] },
  jewellery: { en: ['pendant', 'ring', 'necklace', 'bracelet', 'charm', 'earrings'], zh: ['吊坠', '戒指', '项链', '手链', '耳环', '首饰'] },
  eyewear: { en: ['sunglasses', 'shades', 'aviators', 'frames', 'glasses'], zh: ['墨镜', '太阳镜', '眼镜', '偏光镜', '眼镜框'] },
  fragrance: { en: ['perfume', 'eau de toilette', 'fragrance', 'EDT spray', 'cologne'], zh: ['香水', '淡香水', '女士香水', '男士香水'] },
  cosmetics: { en: ['serum', 'lip balm', 'cream', 'hair treatment', 'mask', 'cleanser', 'lip oil'], zh: ['精华', '唇膏', '面霜', '发膜', '面膜', '洁面', '唇油', '护肤品'] },
  phones: { en: ['smartphone', 'phone', 'flip phone', 'cell phone', 'unlocked phone'], zh: ['手机', '折叠屏手机', '智能手机', '全网通手机'] },
  'phone-accessories': { en: ['memory card', 'microSD card', 'phone case', 'charger', 'card'], zh: ['内存卡', '存储卡', '手机壳', '充电器'] },
  computers: { en: ['laptop', 'notebook', 'gaming laptop', 'ultrabook'], zh: ['笔记本电脑', '游戏本', '轻薄本', '电脑'] },
  'computer-accessories': { en: ['monitor', 'SD card', 'portable SSD', 'label maker', 'memory card', 'external drive'], zh: ['显示器', '内存卡', '移动硬盘', '固态硬盘', '标签机'] },
  audio: { en: ['speaker', 'speakers', 'microphone', 'mic', 'earphones', 'headphones', 'soundbar', 'earbuds'], zh: ['音箱', '音响', '话筒', '麦克风', '耳机', '回音壁', '降噪耳机'] },
  cameras: { en: ['camera', 'mirrorless camera', 'instant camera', 'body', 'film pack'], zh: ['相机', '微单', '拍立得', '相机机身', '相纸'] },
  'camera-lenses': { en: ['lens', 'zoom lens', 'standard zoom'], zh: ['镜头', '变焦镜头', '标准变焦'] },
  'game-consoles': { en: ['handheld', 'retro handheld', 'console', 'VR headset', 'game console', 'mini console'], zh: ['掌机', '游戏机', '复古掌机', '游戏主机', '头显', '一体机'] },
  'video-games': { en: ['game', 'PC game', 'disc', 'physical copy', 'game key'], zh: ['游戏', '光盘', '实体版', '游戏激活码'] },
  software: { en: ['licence', 'license key', 'subscription', 'software', 'activation'], zh: ['软件', '激活码', '正版授权', '订阅'] },
  toys: { en: ['plush', 'figure', 'action figure', 'collectible', 'booster box', 'card box', 'doll'], zh: ['公仔', '手办', '玩偶', '毛绒玩具', '卡盒', '摆件'] },
  'sports-equipment': { en: ['glove', 'cam', 'gear'], zh: ['手套', '装备', '机械塞'] },
  'outdoor-gear': { en: ['helmet', 'headlamp', 'trekking poles', 'tent', 'jacket'], zh: ['头盔', '头灯', '登山杖', '帐篷', '户外装备'] },
  bicycles: { en: ['road bike', 'frameset', 'bike', 'carbon frame'], zh: ['公路车', '车架', '自行车', '碳纤维车架'] },
  'auto-parts': { en: ['coilovers', 'steering wheel', 'engine oil', 'motor oil', 'shock', 'suspension kit'], zh: ['避震', '方向盘', '机油', '全合成机油', '减震器'] },
  tyres: { en: ['tyre', 'tire', 'tyres', 'tires'], zh: ['轮胎', '汽车轮胎', '胎'] },
  'home-appliances': { en: ['blender', 'kettle', 'toaster', 'rice cooker', 'fridge'], zh: ['破壁机', '电水壶', '多士炉', '电饭煲', '冰箱', '料理机'] },
  kitchenware: { en: ["chef's knife", 'knife block', 'wok', 'travel mug', 'mug'], zh: ['主厨刀', '刀具套装', '炒锅', '保温杯', '菜刀'] },
  furniture: { en: ['office chair', 'chair', 'lounge chair', 'ergonomic chair'], zh: ['办公椅', '人体工学椅', '躺椅', '电脑椅'] },
  tools: { en: ['ratchet', 'torque wrench', 'socket set', 'bit set', 'screwdriver'], zh: ['棘轮扳手', '扭力扳手', '套筒套装', '批头套装', '螺丝刀'] },
  batteries: { en: ['batteries', 'AA batteries', 'coin cells', 'battery pack'], zh: ['电池', '五号电池', '纽扣电池', '碱性电池'] },
  'printer-supplies': { en: ['toner', 'toner cartridge', 'ink cartridges', 'ink pack'], zh: ['粉盒', '硒鼓', '墨盒', '墨水'] },
  'baby-products': { en: ['baby bottle', 'feeding bottle', 'teats', 'nipples'], zh: ['奶瓶', '奶嘴', '婴儿奶瓶'] },
  'film-tv': { en: ['DVD', 'Blu-ray', '4K UHD', 'Blu-ray disc'], zh: ['光盘', '蓝光', 'DVD碟片', '碟片'] },
  music: { en: ['CD', 'vinyl LP', 'album CD', 'LP'], zh: ['CD', '黑胶', '专辑', '唱片'] },
};

export const SIZE = {
  apparel: ['S', 'M', 'L', 'XL', 'size M', 'size L', 'sz S'], shoes: ['US 9', 'US 10.5', 'EU 42', 'EU 39', 'UK 8', 'size 9', 'W7', 'M11', 'EU 44.5'],
  watches: ['41mm', '40mm', '38mm', '42mm'], fragrance: ['100ml', '50ml', '125ml', '30ml'], cosmetics: ['100ml', '15g', '20g', '50ml'],
  tyres: ['225/45 R17', '245/40 R18', '205/55 R16', '265/70 R17'], bicycles: ['54cm', '56cm', '52cm', 'size 54'], jewellery: ['ring size 8', 'US 7', '20 inch chain'],
};
export const SIZE_ZH = {
  apparel: ['S码', 'M码', 'L码', 'XL码'], shoes: ['42码', '39码', '40码', '44码', '36码'], watches: ['41毫米', '40毫米'], fragrance: ['100毫升', '50毫升'], cosmetics: ['100毫升', '15克'],
  tyres: ['225/45R17', '205/55R16'], bicycles: ['54码', '52码'],
};

// ---- positive cues ----
export const MARKER_EN = ['1:1', '1:1 replica', 'replica', 'rep', 'AAA+ quality', 'AAA replica', 'mirror quality', 'mirror copy', 'top grade copy', 'super clone', 'clone', 'high-end copy',
  '7A quality', 'master copy', 'copy', 'A1 quality replica', '1to1 mirror', 'perfect replica', 'premium replica', 'best version replica', 'top tier rep', 'G5 grade rep', 'counterfeit (best grade)',
  'fake but high quality', 'exact copy', '1 to 1 copy', 'highest grade replica', 'reps', 'knockoff', 'imitation', 'mirror grade 1:1'];
export const MARKER_EN_SENT = ['This is a high quality replica, identical to the original in every detail.', 'Mirror quality 1:1 copy, nobody will tell the difference.', 'Please note this is a replica, not the original, priced accordingly.',
  'Top grade copy with the same materials as retail.', 'AAA replica, comes with box and cards like the real one.', 'It is a clone, but the best clone on the market.', 'Super copy, passes most legit checks.',
  'Replica of the current season model, made to look exactly like the boutique piece.', 'You get a premium 1:1 for a fraction of the boutique price.', 'Exact copy of the original, including all engravings and serial numbers.'];
export const MARKER_ZH = ['高仿', '一比一', '1:1', '复刻', '精仿', 'A货', '超A', '顶级复刻', '原版复刻', '仿品', '一比一复刻', '高仿正品级', '莆田', '莆田纯原', '纯原', '高版本复刻', '仿款',
  '原厂开模', '顶级A货', '镜面版', '1比1精仿', '正品级复刻', '高仿精品', '复刻版', '顶级仿', '超A货', '一比一原版', '精仿版本'];
export const MARKER_ZH_SENT = ['本款为高仿复刻，做工细节一比一还原。', '顶级A货，和专柜对比看不出区别。', '这是精仿版本，介意勿拍。', '一比一开模复刻，钢印编码全部对版。', '莆田纯原版本，鞋盒配件齐全。',
  '高仿正品级，材料跟正品一样。', '非正品，是市场最好的复刻版本，价格美丽。', '原版复刻，细节可以放大看。', '超A货，专柜验不出来。'];
export const CODED_EN = ['UA', 'budget version', 'the good batch', 'GD batch', 'W2C in bio', 'ask for batch', 'top batch', 'PK batch', 'LJR batch', 'OG batch', 'V3 batch', 'tier 1 batch',
  '"inspired"', 'boutique level (not boutique)', 'IYKYK', 'best batch', 'unauthorized authentic', 'clean factory', 'VSF', 'ZF version', '3135 clone movement', 'noob v3', 'GR factory', 'sample grade',
  'retail-level', 'not from retail 😉', 'ask for QC pics', 'QC pics available'];
export const CODED_EN_SENT = ['Best batch on the market right now, QC pictures sent before shipping.', 'UA version, same materials, not sold in stores.', 'Comes from the VSF / clean factory, the top tier right now.',
  'If you know, you know - do not ask if it is retail.', 'GD batch, the one the reviewers use.', 'We send QC pics before shipping so you can check the batch.', 'Not boutique, but boutique level. Priced for people who know.',
  'Budget version of the retail piece, looks identical on wrist/feet.'];
export const CODED_ZH = ['懂的来', '你懂的', '高版本', '顶级版本', '过验版', 'OG版', 'PK版', 'M版', '代购级', '专柜级', '正品级', '原装级别', '同厂', '懂货的来', '老客懂', '区别于市场通货', '市场最高版本',
  '对版', '细节对版', '拿货价', 'Z厂', 'V厂', 'C厂', 'N厂', 'VS厂', '清洁厂', '大厂出品', '渠道版', '顶配版本', '过毒版', '得物版', '鉴定版'];
export const CODED_ZH_SENT = ['市场最高版本，区别于通货，懂的直接拍。', '代购级品质，专柜级做工，细节对版。', 'VS厂最新版本，机芯一比一。', '得物可过的版本，懂的来。', '同厂不同标，品质你懂的。',
  '老顾客都知道是什么货，新顾客先咨询。', '清洁厂出品，顶级版本。', '高版本，价格只有专柜零头。'];
export const OEM_EN = ['factory overrun', 'OEM overrun', 'factory leftover', 'factory surplus', 'OEM stock', 'same factory', 'cancelled order stock', 'factory seconds', 'export surplus', 'B-grade factory stock',
  'OEM version', 'leaked factory stock', 'production sample', 'factory direct (unbranded box)', 'overstock from the OEM'];
export const OEM_EN_SENT = ['These come from the same factory that makes them for the brand, extra units from the production run.', 'Factory overrun stock: same materials, same line, just never shipped to the brand.',
  'OEM leftover, sold without the retail box and tags.', 'Cancelled export order, straight out of the contract factory.', 'Production samples from the OEM, identical to retail.',
  'Made on the same line as the boutique ones, the factory sells the surplus.'];
export const OEM_ZH = ['原单', '尾单', '外贸原单', '工厂流出', '代工厂', '原厂代工', '跟单', '余单', '大牌代工厂', '外贸尾货', '出口转内销原单', '剪标原单', '工厂直出', '原厂尾货', '同厂同料', '代工厂流出'];
export const OEM_ZH_SENT = ['代工厂流出的原单，和专柜同一条生产线。', '外贸尾单，数量有限，剪标处理。', '原厂代工余单，品质一样，价格只要零头。', '工厂多做的订单，没有发给品牌方。', '出口转内销原单，无吊牌无盒。', '大牌代工厂直出，同料同工。'];
export const DM_EN = ['DM for real pics', 'message me for more pics', 'WhatsApp for pics', 'contact on WhatsApp', 'add my WeChat', 'Telegram for catalog', 'IG for more', 'text for real photos',
  'real pics on request', 'DM before buying', 'more colours in DM', 'contact in bio', 'link in bio', 'WA +86 13', 'tg @', 'wechat me', 'Whatsapp catalogue'];
export const DM_EN_SENT = ['Message me on WhatsApp for real pictures and the full catalogue, cheaper outside the platform.', 'Add my WeChat for real photos and videos, I cannot post them here.',
  'Real pics only in DM - the platform removes them.', 'Contact me on Telegram for the current stock list, more models available.', 'Text me before buying, I will send real photos and a video.',
  'For wholesale and real shots write to me on WhatsApp, price is better there.'];
export const DM_ZH = ['加V看实拍', '私聊看细节图', '加微信看实物', 'vx私聊', '加微', '加薇', '详情咨询威信', '主页有联系方式', '扣扣看图', '实拍图私我', '要看实物图私聊', '滴滴我看图', '走微信',
  '看我主页', '加绿泡泡', '私信发视频'];
export const DM_ZH_SENT = ['实拍图平台不让发，加微信看。', '要看细节图和视频请私聊，拍下前先沟通。', '微信上价格更便宜，主页有联系方式。', '更多款式加薇看图册。', '平台图是官图，实物私聊发你。'];

export const EMOJI_DECOR = ['🔥', '✨', '💯', '⚡', '🆕', '😍', '👌', '🎁', '💥', '⭐'];
export const ZH_DECOR_L = ['【', '「', '〖', '['];
export const ZH_DECOR_R = { '【': '】', '「': '」', '〖': '〗', '[': ']' };

// ---- negatives ----
export const WEAR_EN = ['worn a handful of times', 'light scuffs', 'some scratches on the clasp', 'excellent used condition', 'pre-owned', 'gently used', 'box and papers', 'full set', 'no box', 'good condition',
  'well loved', 'used once', 'minor wear', 'used - see photos', 'EUC', 'VGUC', 'preloved', 'open box', 'ex-display'];
export const WEAR_ZH = ['二手', '九成新', '95新', '自用闲置', '轻微使用痕迹', '全套附件', '专柜购入', '有购买凭证', '八成新', '99新', '闲置转让', '拆封未用', '成色好', '使用痕迹见图'];
export const PROMO_EN = ['Black Friday', 'Cyber Week deal', 'Christmas sale', '30% off', 'clearance', 'end of season', 'last sizes', 'price drop', 'outlet', 'SALE', 'holiday deal', 'winter sale', 'reduced',
  'was full price now', 'coupon applied', 'bundle deal'];
export const PROMO_ZH = ['双12预售', '年终清仓', '限时折扣', '满减', '领券立减', '断码清仓', '品牌特卖', '旗舰店周年庆', '奥莱', '年货节提前购', '直降', '会员价', '冬季特惠', '清仓价', '百亿补贴'];
export const GRAY_EN = ['EU version', 'import', 'Japan import', 'Asia version', 'HK version', 'parallel import', 'grey import', 'international version', 'JDM', 'duty free', 'UK stock (imported)', 'US version'];
export const GRAY_ZH = ['港版', '日版', '欧版', '美版', '海外直邮', '保税仓发货', '免税店购入', '代购', '原装进口', '跨境', '日本直邮', '香港代购'];
export const NEGATED_EN = ['100% genuine - not a replica', 'no fakes', 'authentic only, no reps', 'not a copy', 'not a dupe', 'genuine, no replicas', 'NOT a 1:1, the real one', 'no counterfeit, receipt attached',
  'verified authentic', 'legit check welcome', 'zero fakes', 'real, not replica', 'no knockoffs here'];
export const NEGATED_ZH = ['假一赔十', '假一赔三', '专柜验货', '支持专柜验货', '拒绝高仿', '非高仿', '不是A货', '正品保证非复刻', '支持鉴定', '可验可鉴', '假一罚十', '保真', '不卖仿品', '绝非复刻'];

// nouns per product line: 'en1,en2|zh1,zh2'
const LN = {
  'dolce-gabbana/sicily': 'handbag,top handle bag,bag|手提包,女包,包包', 'dolce-gabbana/lightblue': 'perfume,EDT,eau de toilette|香水,淡香水', 'dolce-gabbana/portofino': 'sneakers,trainers|运动鞋,小白鞋,板鞋',
  'guess/noelle': 'tote,tote bag,handbag|托特包,女包', 'guess/seductive': 'perfume,EDT|香水,女士香水', 'guess/jeans1981': 'jeans,skinny jeans|牛仔裤,小脚裤',
  'mango/woolcoat': 'coat,wool coat|大衣,羊毛大衣', 'mango/shopper': 'shopper,tote|托特包,购物袋',
  'chrome-hearts/babyfat': 'pendant,cross pendant,charm|吊坠,十字架吊坠', 'chrome-hearts/keeper': 'ring,silver ring|戒指,银戒', 'chrome-hearts/hoodie': 'hoodie,zip hoodie|卫衣,连帽卫衣', 'chrome-hearts/boneprone': 'sunglasses,frames|墨镜,眼镜',
  'mizuno/waverider': 'running shoes,runners|跑鞋,运动鞋', 'mizuno/morelia': 'football boots,boots,cleats|足球鞋,球鞋', 'mizuno/proglove': 'baseball glove,glove|棒球手套,手套',
  'brooks/ghost': 'running shoes,trainers|跑鞋,缓震跑鞋', 'brooks/gts': 'running shoes,stability shoes|跑鞋,支撑跑鞋', 'brooks/glycerin': 'running shoes,trainers|跑鞋,缓震跑鞋',
  'ugg/minii': 'boots,sheepskin boots|雪地靴,短靴', 'ugg/ultramini': 'boots,mini boots|雪地靴,短靴', 'ugg/tasman': 'slippers,slip-ons|拖鞋,毛毛鞋',
  'zenith/chronosport': 'chronograph,watch|计时表,手表,腕表', 'zenith/skyline': 'watch,automatic watch|手表,机械表', 'zenith/a384': 'chronograph,watch|计时表,手表',
  'oris/aquis': 'dive watch,watch|潜水表,手表', 'oris/pointer': 'watch,automatic watch|手表,机械表', 'oris/sixtyfive': 'dive watch,watch|潜水表,手表',
  'hamilton/khakifield': 'field watch,watch|野战表,手表,机械表', 'hamilton/jazzmaster': 'watch,automatic watch|手表,机械表', 'hamilton/ventura': 'watch,quartz watch|手表,石英表',
  'boucheron/quatre': 'ring|戒指', 'boucheron/serpent': 'pendant,necklace|吊坠,项链', 'carrera/c1007': 'sunglasses,aviators|墨镜,太阳镜', 'carrera/hyperfit': 'sunglasses,shades|墨镜,太阳镜', 'police/origins': 'sunglasses,shades|墨镜,太阳镜',
  'clarins/doubleserum': 'serum,face serum|精华,精华液', 'clarins/lipoil': 'lip oil|唇油,唇蜜', 'clarins/flashbalm': 'face mask,balm|面膜', 'fresh/sugarlip': 'lip balm,lip treatment|润唇膏,唇膏',
  'fresh/soy': 'cleanser,face wash|洁面,洗面奶', 'fresh/blacktea': 'face cream,cream|面霜', 'laneige/lipmask': 'lip mask|唇膜', 'laneige/watermask': 'sleeping mask,face mask|面膜,睡眠面膜',
  'olaplex/no3': 'hair treatment,hair mask|发膜,护发', 'olaplex/no7': 'hair oil|护发精油,发油', 'olaplex/no4': 'shampoo|洗发水',
  'motorola/razr': 'flip phone,foldable phone|折叠屏手机,手机', 'motorola/edge': 'smartphone,phone|手机,智能手机', 'motorola/gpower': 'smartphone,phone|手机',
  'dell/xps13': 'laptop,ultrabook|笔记本电脑,轻薄本', 'dell/alienware': 'gaming laptop,laptop|游戏本,笔记本电脑', 'dell/u2723qe': 'monitor,4K monitor|显示器,4K显示器',
  'sandisk/extremepro': 'SD card,memory card|内存卡,相机卡', 'sandisk/ultramicro': 'microSD card,memory card|内存卡,手机卡', 'sandisk/portablessd': 'portable SSD,external SSD|移动固态硬盘,移动硬盘',
  'olympus/om1': 'camera body,mirrorless camera|微单,相机机身', 'olympus/pen': 'camera,mirrorless camera|微单,相机', 'olympus/zuiko1240': 'lens,zoom lens|镜头,变焦镜头', 'olympus/tg7': 'waterproof camera,camera|防水相机,相机',
  'polaroid/nowplus': 'instant camera|拍立得,相机', 'polaroid/i2': 'instant camera|拍立得', 'polaroid/itypefilm': 'film,instant film|相纸',
  'shure/sm58': 'microphone,mic|话筒,麦克风', 'shure/sm7b': 'microphone,podcast mic|话筒,麦克风', 'shure/se215': 'earphones,IEMs|入耳式耳机,耳机',
  'sonos/era100': 'speaker,smart speaker|音箱,智能音箱', 'sonos/arcultra': 'soundbar|回音壁,音响', 'sonos/ace': 'headphones|头戴耳机,耳机',
  'edifier/r1280db': 'bookshelf speakers,speakers|书架音箱,音箱', 'edifier/s2000': 'speakers,active speakers|音箱,有源音箱', 'edifier/neobuds': 'earbuds|降噪耳机,耳机',
  'anbernic/rg35xx': 'retro handheld,handheld|掌机,复古掌机', 'anbernic/rg406h': 'handheld,android handheld|掌机,安卓掌机', 'anbernic/rg556': 'handheld|掌机',
  'pico/pico4ultra': 'VR headset|VR一体机,头显', 'pico/pico4': 'VR headset|VR一体机,头显', 'konami/mgsdelta': 'game,physical copy|游戏,实体版', 'konami/silenthillf': 'game|游戏,实体版',
  'konami/yugiohbox': 'booster box,card box|卡盒,补充包', 'konami/pcenginemini': 'mini console,console|迷你主机,游戏机', 'snk/neogeomini': 'mini arcade,console|迷你街机,游戏机',
  'snk/aes': 'console|游戏机,主机', 'snk/kofxv': 'game|游戏', 'snk/cotw': 'game|游戏', 'rockstar-games/gtav': 'game,disc|游戏,光盘', 'rockstar-games/rdr2': 'game,disc|游戏,光盘',
  'autodesk/autocad': 'licence,subscription|软件,激活码', 'autodesk/revit': 'licence|软件', 'autodesk/maya': 'licence|软件', 'autodesk/fusion': 'licence|软件',
  'sanrio/kittyplush': 'plush|公仔,毛绒玩具', 'sanrio/kuromiplush': 'plush|公仔,玩偶', 'sanrio/cinnaplush': 'plush|公仔,玩偶',
  'good-smile/nendoroid': 'figure|手办,粘土人手办', 'good-smile/figma': 'action figure,figure|可动手办,手办', 'good-smile/popup': 'figure|手办', 'good-smile/scale17': 'scale figure,figure|比例手办,手办',
  'hot-toys/mms': 'figure,collectible figure|人偶,手办', 'hot-toys/cosbi': 'bobble-head,mini figure|摇头公仔,盲盒',
  'ohlins/rt': 'coilovers,suspension kit|避震,绞牙避震', 'ohlins/ttx': 'rear shock,shock|后避震,减震器', 'momo/prototipo': 'steering wheel|方向盘', 'momo/mod07': 'steering wheel|方向盘',
  'goodyear/eaglef1': 'tyre,tire|轮胎', 'goodyear/duratrac': 'tyre,tire|轮胎,越野胎', 'goodyear/efficientgrip': 'tyre,tire|轮胎',
  'motul/m8100': 'engine oil,motor oil|机油,全合成机油', 'motul/m300v': 'motorcycle oil,engine oil|摩托车机油,机油', 'motul/m7100': 'motorcycle oil|摩托车机油,机油',
  'snap-on/fr80': 'ratchet|棘轮扳手,棘轮', 'snap-on/torque': 'torque wrench|扭力扳手', 'snap-on/sockets': 'socket set|套筒套装,套筒',
  'wera/toolcheck': 'bit set,tool set|批头套装,工具套装', 'wera/zyklop': 'ratchet set|棘轮套装', 'wera/kk25': 'screwdriver,bit holder|螺丝刀,批头套装',
  'vitamix/a3500': 'blender|破壁机,料理机', 'vitamix/e310': 'blender|破壁机', 'vitamix/v5200': 'blender|破壁机,料理机',
  'smeg/klf03': 'kettle|电水壶,烧水壶', 'smeg/tsf01': 'toaster|多士炉,烤面包机', 'smeg/fab28': 'fridge|冰箱,复古冰箱',
  'zojirushi/nwjec10': 'rice cooker|电饭煲', 'zojirushi/nstsc10': 'rice cooker|电饭煲', 'zojirushi/smsa48': 'travel mug,tumbler|保温杯',
  'black-diamond/halfdome': 'climbing helmet,helmet|攀岩头盔,头盔', 'black-diamond/spot400': 'headlamp|头灯', 'black-diamond/camalot': 'cam,climbing cam|机械塞,岩塞', 'black-diamond/poles': 'trekking poles|登山杖',
  'marmot/precip': 'rain jacket,jacket|冲锋衣,雨衣', 'marmot/guides': 'down jacket,down hoody|羽绒服', 'marmot/tungsten': 'tent,backpacking tent|帐篷',
  'specialized/sl8': 'road bike|公路车,自行车', 'specialized/sl8frame': 'frameset,carbon frame|车架,碳纤维车架', 'specialized/allez': 'road bike,bike|公路车',
  'duracell/aa20': 'AA batteries,batteries|五号电池,电池', 'duracell/cr2032': 'coin cells,batteries|纽扣电池', 'duracell/optimum': 'AA batteries|五号电池,电池',
  'brother/tn2420': 'toner,toner cartridge|粉盒,硒鼓', 'brother/lc3219': 'ink cartridges|墨盒', 'brother/ptd210': 'label maker|标签机',
  'pigeon/bottle': 'baby bottle,feeding bottle|奶瓶', 'pigeon/nipple': 'teats,nipples|奶嘴',
  'herman-miller/aeron': 'office chair,ergonomic chair|办公椅,人体工学椅', 'herman-miller/embody': 'office chair,gaming chair|人体工学椅,电竞椅', 'herman-miller/eames': 'lounge chair|躺椅,休闲椅',
  'zwilling/pro8': "chef's knife,knife|主厨刀,菜刀", 'zwilling/fourstar': 'knife block,knife set|刀具套装,刀具', 'zwilling/wok': 'wok|炒锅,铁锅',
};
export const LINE_NOUN = Object.fromEntries(Object.entries(LN).map(([k, v]) => {
  const [en, zh] = v.split('|');
  return [k, { en: en.split(','), zh: zh.split(',') }];
}));
