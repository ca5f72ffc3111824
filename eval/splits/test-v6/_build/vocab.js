// Vocabulary for the test-v6 generators: nouns per category, cue phrases per kind, in English and Chinese.

export const NOUN_EN = {
  apparel: ['sweater', 'jacket', 'knit', 'hooded jacket', 'shell jacket', 'top'], shoes: ['loafers', 'sneakers', 'shoes', 'trainers', 'runners', 'sandals'],
  handbags: ['bag', 'handbag', 'tote', 'shoulder bag', 'crossbody'], 'small-leather-goods': ['belt', 'wallet', 'card holder'], watches: ['watch', 'wristwatch', 'automatic watch'],
  jewellery: ['necklace', 'pendant', 'earrings', 'bracelet'], eyewear: ['frames', 'glasses', 'eyeglasses', 'spectacles'], fragrance: ['perfume', 'EDP', 'eau de parfum', 'fragrance'],
  cosmetics: ['cream', 'serum', 'set', 'skincare set'], phones: ['phone', 'smartphone', 'handset'], 'phone-accessories': ['accessory', 'cooling fan'], computers: ['laptop', 'gaming laptop', 'notebook'],
  'computer-accessories': ['graphics card', 'GPU', 'keyboard'], audio: ['headphones', 'earbuds', 'IEMs', 'headset'], cameras: ['flash', 'speedlite', 'strobe', 'flash trigger'],
  'camera-lenses': ['lens', 'prime lens'], 'game-consoles': ['handheld', 'controller', 'gamepad', 'handheld PC'], 'video-games': ['PC game', 'game', 'game key'], toys: ['figure', 'plush', 'toy', 'figurine'],
  'outdoor-gear': ['bottle', 'backpack', 'flask', 'pack'], bicycles: ['bike', 'bicycle', 'road bike', 'folding bike'], 'auto-parts': ['seat', 'bucket seat', 'engine oil', 'motor oil'],
  tools: ['drill', 'scanner', 'diagnostic tool', 'screwdriver set', 'grinder'], 'home-appliances': ['vacuum', 'air purifier', 'robot vacuum', 'coffee machine', 'appliance'],
  kitchenware: ['kettle', 'tumbler', 'stew pot'], 'pet-supplies': ['dog toy', 'litter box', 'water fountain', 'feeder'], software: ['licence', 'license key', 'subscription'],
  'baby-products': ['car seat', 'sterilizer', 'baby seat'], 'film-tv': ['Blu-ray', 'DVD'], music: ['CD', 'vinyl LP'],
};
export const NOUN_ZH = {
  apparel: ['毛衣', '外套', '针织衫', '冲锋衣'], shoes: ['乐福鞋', '运动鞋', '跑鞋', '休闲鞋', '凉鞋', '男鞋', '女鞋'], handbags: ['包包', '手提包', '托特包', '斜挎包', '单肩包'],
  'small-leather-goods': ['皮带', '钱包', '卡包'], watches: ['手表', '腕表', '机械表'], jewellery: ['项链', '吊坠', '耳钉', '手链'], eyewear: ['眼镜', '镜框', '眼镜架', '墨镜'],
  fragrance: ['香水', '淡香精'], cosmetics: ['面霜', '精华', '套盒', '护肤品'], phones: ['手机', '游戏手机', '5G手机'], 'phone-accessories': ['散热器', '配件'], computers: ['笔记本', '游戏本', '笔记本电脑'],
  'computer-accessories': ['显卡', '键盘'], audio: ['耳机', '耳塞', '头戴耳机', '入耳式耳机'], cameras: ['闪光灯', '机顶灯', '引闪器'], 'camera-lenses': ['镜头', '定焦镜头'],
  'game-consoles': ['掌机', '手柄', '游戏机'], 'video-games': ['游戏', 'PC游戏', '激活码'], toys: ['手办', '公仔', '玩偶', '模型', '毛绒玩具'], 'outdoor-gear': ['保温杯', '水杯', '背包', '双肩包'],
  bicycles: ['自行车', '公路车', '折叠车', '山地车'], 'auto-parts': ['座椅', '赛车座椅', '机油', '全合成机油'], tools: ['电钻', '解码器', '诊断仪', '螺丝刀套装', '角磨机'],
  'home-appliances': ['吸尘器', '空气净化器', '扫地机器人', '咖啡机', '家电'], kitchenware: ['养生壶', '杯子', '炖锅'], 'pet-supplies': ['狗玩具', '猫砂盆', '饮水机', '喂食器'],
  software: ['激活码', '授权', '许可证'], 'baby-products': ['安全座椅', '消毒器'], 'film-tv': ['蓝光碟', 'DVD'], music: ['CD', '黑胶'],
};

export const EXTRA_EN = {
  shoes: ['size 42', 'US 9', 'EU 40', 'UK 8', 'size 38', 'mens 10.5', 'womens 7', 'EU 44'], apparel: ['size M', 'size L', 'XL', 'size S', 'size 50'],
  handbags: ['', 'with dust bag', 'small', 'medium'], watches: ['38mm', '40mm', 'box & papers', 'full set'], jewellery: ['18k', 'sterling', '', 'gift box'],
  default: ['', '', 'new', 'NEW', 'free shipping', 'fast ship', 'gift'],
};
export const EXTRA_ZH = {
  shoes: ['40码', '42码', '37码', '43码', '男女同款'], apparel: ['M码', 'L码', 'XL', '男女同款'], handbags: ['', '附防尘袋', '小号', '中号'], watches: ['38mm', '40mm', '全套'],
  default: ['', '', '包邮', '现货', '新款', '送礼', '2026新款'],
};

// ---- counterfeit cues ----
export const MARKER_EN = ['1:1 replica', 'Replica', 'AAA replica', 'AAA+ quality copy', 'mirror quality replica', 'top grade replica', 'high copy', 'super fake', 'clone', '1:1 copy',
  'grade AAA replica', '7A quality replica', 'copy version', 'fake', 'knockoff', 'REPLICA', 'best replica 2026', 'mirror copy', '1 to 1 replica', 'premium replica', 'Rep', 'imitation',
  'counterfeit-grade copy', 'look-alike copy', '10A replica', 'Replica (Same as Original)', 'high end replica', 'ua copy', 'perfect copy', 'AAAAA replica'];
export const MARKER_ZH = ['高仿', '复刻', '一比一', '1:1原版', '精仿', 'A货', '超A', '顶级复刻', '高仿原版', '仿品', '仿款', '顶级A货', '一比一复刻', '超A高仿', '高仿精品', '复刻版',
  '原版复刻', '1比1', '高端仿', '同款仿', '精仿原版', '仿真原版', '顶级仿', '超a货', '高仿版', '仿牌'];
export const CODED_EN = ['UA batch', 'PK batch', 'LJR batch', 'GX batch', 'top batch', 'W2C', 'budget batch', 'G5 batch', 'H12 batch', 'best batch 2026', 'QC pics on request', 'IYKYK',
  'rep-grade', 'mirror batch', 'OG batch', 'god tier batch', 'M batch', 'S2 batch', 'reps', 'GP batch', '"inspired"', 'unauthorized version', 'not retail, you know', 'cheap version of the famous one'];
export const CODED_ZH = ['纯原版本', '莆田货', '同厂', '公司级', '得物版', '渠道货', '东莞版', '对版货', '顶级版本', '高版本', 'M版', 'Z厂', '原厂配方', '代购级', '过验版', '神版',
  '细节对版', '懂的来', '学习版', '放心过验', '顶级货', '区别正品', '非正', '原厂皮料版', '档口货', '批发货源'];
export const OEM_EN = ['factory overrun', 'OEM leftover', 'same factory as original', 'cancelled order stock', 'OEM version', 'factory seconds no logo card', 'overrun stock', 'leftover production run',
  'original factory surplus', 'export surplus', 'unreleased factory sample', 'B-grade factory reject', 'OEM batch from the authorised factory'];
export const OEM_ZH = ['尾单', '原单', '工厂流出', '代工厂尾货', '外贸原单', '跟单货', '原厂尾货', '代工厂余单', '工厂直出', '外贸跟单', '原单尾货', '大厂代工', '厂家内部货', '外单尾货'];
export const DM_EN = ['DM for real pics', 'WhatsApp for more photos', 'message me on Telegram for catalog', 'contact via WeChat', 'real pics via WA', 'DM before buying', 'text me for the real photos',
  'ask for pics on Insta', 'more models on my Telegram channel', 'pm for price list', 'inbox for live video', 'WA +852 6', 'tg @', 'wechat id in photos', 'Snap me for details'];
export const DM_ZH = ['加微信看实拍', '私聊看实物', '加V看图', 'vx看细节', '加qq看更多', '私我发实拍', '微信同号', '详情私聊', '看实物图加v', '实拍视频私聊', '+薇', '拍前私聊', '更多款式加V'];
export const STATED_EN = ['not original', 'non-genuine', 'unofficial', 'copy', 'no authenticity claims', 'not authentic', 'inspired version', 'not the real one'];
export const STATED_ZH = ['非正品', '非原装', '仿款', '不是正品', '介意勿拍', '非专柜'];

// neg cues
export const NEGATED_EN = ['100% authentic', 'not a replica', 'no fakes', 'genuine - not a copy', 'authenticity guaranteed', 'receipt included', 'verified authentic', 'no replicas here',
  'authentic, with proof of purchase', 'guaranteed genuine or money back', 'NOT a rep', 'legit, not fake', 'original, never a copy'];
export const NEGATED_ZH = ['假一赔十', '专柜验货', '支持鉴定', '非仿品', '拒绝高仿', '正品保证', '假一罚十', '可验货', '支持专柜验货', '绝非A货', '不是复刻', '保真', '正品可鉴定'];
export const PROMO_EN = ['Black Friday deal', 'Cyber Week sale', 'End of season sale', '-30% clearance', 'Holiday sale', 'Last sizes', 'Outlet price', 'Warehouse clearance', 'Flash sale',
  'Winter sale', 'Price drop', 'Sample sale', 'Early Christmas sale', 'Discontinued colour - clearance'];
export const PROMO_ZH = ['双12预售', '年终大促', '清仓特价', '限时秒杀', '断码清仓', '换季折扣', '店庆特惠', '旗舰店直降', '百亿补贴', '官方直降', '会员专享价', '年货节提前购', '直播间福利价'];
export const GRAY_EN = ['parallel import', 'EU version', 'HK version', 'JP version', 'imported from Japan', 'grey import', 'international version', 'overseas stock', 'duty free purchase',
  'import from Europe, genuine', 'UK stock imported'];
export const GRAY_ZH = ['港版', '日版', '欧版', '海外直邮', '代购', '免税店购入', '平行进口', '美版', '韩国免税店', '香港专柜购入', '保税仓发货', '海外购'];
export const SECOND_EN = ['Pre-owned', 'Used', 'Preloved', 'Gently used', 'Second hand', 'Worn once', 'Ex-display', 'Pre-loved', 'Used - good', 'Vintage'];
export const SECOND_ZH = ['二手', '闲置', '九成新', '九五新', '八成新', '自用闲置', '个人闲置', '转卖', '99新'];

// nouns for lines whose category noun list would be wrong: [en, zh]
const SEAT = [['seat', 'bucket seat', 'racing seat'], ['座椅', '赛车座椅', '桶椅']];
const OIL = [['engine oil', 'motor oil', 'fully synthetic oil 4L'], ['机油', '全合成机油', '润滑油']];
const HANDHELD = [['handheld', 'handheld PC', 'gaming handheld'], ['掌机', '游戏掌机']];
const PAD = [['controller', 'gamepad', 'wireless controller'], ['手柄', '无线手柄']];
const SCAN = [['scanner', 'diagnostic tool', 'OBD2 scanner'], ['解码器', '诊断仪', '汽车检测仪']];
export const LINE_NOUN = {
  'recaro/sportster': SEAT, 'recaro/sr7': SEAT, 'recaro/rsg': SEAT, 'shell/ultra': OIL, 'shell/hx8': OIL, 'shell/advance': [['motorcycle oil', '4T oil'], ['摩托车机油', '四冲程机油']],
  'ayaneo/aya3': HANDHELD, 'ayaneo/pockets': HANDHELD, 'ayaneo/flipds': HANDHELD, 'ayaneo/kun': HANDHELD, 'msi/claw': HANDHELD,
  '8bitdo/ult2': PAD, '8bitdo/ult2c': PAD, '8bitdo/sn30': PAD, 'launch/pro3s': SCAN, 'launch/pad7': SCAN, 'launch/crp129x': SCAN, 'launch/vplus': SCAN,
  'metabo/bs18': [['drill driver', 'cordless drill'], ['电钻', '锂电钻']], 'metabo/w18': [['angle grinder', 'grinder'], ['角磨机', '打磨机']], 'metabo/lihd': [['battery', 'battery pack'], ['电池', '锂电池']],
  'wiha/softfinish': [['screwdriver set'], ['螺丝刀套装']], 'wiha/vde': [['insulated screwdrivers', 'VDE set'], ['绝缘螺丝刀']], 'wiha/speede': [['e-screwdriver', 'electric screwdriver'], ['电动螺丝刀']],
  'hydroflask/wm32': [['bottle', 'water bottle', 'flask'], ['保温杯', '水杯', '保温瓶']], 'hydroflask/sm21': [['bottle', 'water bottle'], ['保温杯', '水杯']], 'hydroflask/tumbler': [['tumbler', 'travel cup'], ['随行杯', '吸管杯']],
  'mammut/barryvox': [['avalanche transceiver', 'beacon'], ['雪崩搜救仪', '信标']], 'mammut/ducan': [['backpack', 'pack'], ['背包', '双肩包']], 'zeiss/victory': [['binoculars'], ['双筒望远镜']],
  'zeiss/drivesafe': [['lenses', 'spectacle lenses'], ['镜片', '眼镜片']], 'sharp/purifier': [['air purifier', 'purifier'], ['空气净化器', '净化器']], 'sharp/healsio': [['steam oven', 'water oven'], ['蒸汽烤箱', '微蒸烤一体机']],
  'miele/c3': [['vacuum', 'canister vacuum'], ['吸尘器', '卧式吸尘器']], 'miele/triflex': [['cordless vacuum', 'stick vacuum'], ['无线吸尘器']], 'miele/cm5': [['coffee machine', 'bean-to-cup'], ['咖啡机', '全自动咖啡机']],
  'miele/w1': [['washing machine', 'washer'], ['洗衣机', '滚筒洗衣机']], 'ecovacs/x8': [['robot vacuum', 'robot mop'], ['扫地机器人', '扫拖一体机']], 'ecovacs/t30': [['robot vacuum'], ['扫地机器人', '扫拖机器人']],
  'ecovacs/winbot': [['window robot', 'window cleaner'], ['擦窗机器人']], 'bear/kettle': [['health kettle', 'kettle'], ['养生壶', '煮茶壶']], 'bear/yogurt': [['yogurt maker'], ['酸奶机']],
  'bear/stew': [['stew pot', 'slow cooker'], ['电炖盅', '炖锅']], 'bear/bottle': [['sterilizer', 'bottle sterilizer'], ['消毒器', '奶瓶消毒柜']],
  'kong/classic': [['dog toy', 'chew toy'], ['狗玩具', '漏食玩具']], 'kong/extreme': [['dog toy', 'chew toy'], ['狗玩具', '磨牙玩具']], 'kong/puppy': [['puppy toy'], ['幼犬玩具']], 'kong/wobbler': [['treat dispenser'], ['漏食器']],
  'petkit/puramax': [['litter box', 'self-cleaning litter box'], ['猫砂盆', '全自动猫砂盆']], 'petkit/eversweet': [['water fountain', 'pet fountain'], ['饮水机', '宠物饮水机']], 'petkit/yumshare': [['feeder', 'smart feeder'], ['喂食器', '自动喂食器']],
  'nubia/cooler': [['phone cooler', 'cooling fan'], ['散热器', '手机散热器']], 'msi/gpu': [['graphics card', 'GPU'], ['显卡']], '8bitdo/kbd': [['keyboard', 'mechanical keyboard'], ['键盘', '机械键盘']],
  'recaro/kids': [['car seat', 'child seat'], ['安全座椅', '儿童座椅']], 'hoyoverse/crystals': [['top-up', 'recharge'], ['充值', '代充']], 'mikimoto/akoya': [['necklace', 'pearl necklace'], ['项链', '珍珠项链']],
  'mikimoto/studs': [['earrings', 'studs'], ['耳钉', '耳环']], 'mikimoto/southsea': [['pendant'], ['吊坠']], 'qeelin/tiendi': [['bracelet'], ['手链', '手镯']], 'dw/cuff': [['bracelet', 'cuff'], ['手镯', '手链']],
  'steiff/classic': [['teddy bear', 'bear'], ['泰迪熊', '毛绒熊']], 'steiff/limited': [['teddy bear', 'collector bear'], ['泰迪熊', '收藏熊']], 'steiff/scf': [['plush', 'soft toy'], ['毛绒玩具', '公仔']],
  'ty/boos': [['plush', 'soft toy'], ['毛绒玩具', '公仔']], 'ty/babies': [['plush', 'beanie'], ['毛绒玩具']], 'ty/squish': [['plush', 'pillow plush'], ['抱枕', '毛绒玩具']],
  'porter/tanker': [['bag', 'shoulder bag', 'helmet bag'], ['包', '单肩包', '斜挎包']], 'porter/force': [['waist bag', 'shoulder bag'], ['腰包', '斜挎包']], 'porter/heat': [['backpack'], ['双肩包', '背包']],
  'cdpr/figure': [['figure', 'statue'], ['手办', '雕像']], 'giant/tcr': [['road bike', 'bike'], ['公路车']], 'giant/escape': [['hybrid bike', 'bike'], ['平把公路车', '自行车']], 'giant/atx': [['mountain bike'], ['山地车']],
  'giant/propel': [['road bike', 'aero bike'], ['公路车', '破风车']], 'brompton/cline': [['folding bike'], ['折叠车']], 'brompton/pline': [['folding bike'], ['折叠车']], 'brompton/tline': [['folding bike'], ['折叠车']], 'brompton/aline': [['folding bike'], ['折叠车']],
};
