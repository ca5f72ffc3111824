/**
 * OpenIPP's product category taxonomy (the `category` enum of docs/brand-knowledge.schema.json):
 * the words, English and Chinese, by which a listing's category field or its text shows what the
 * listing sells. A listing's categories decide whether a brand name in it is the brand (a brand name
 * that is also an ordinary word only counts in the brand's categories) and which price range a
 * branded item without a recognised product line is judged against.
 *
 * `within` names a category this one is an accessory or part of: when a listing names both (an
 * iPhone case names "iPhone" and "case"), the accessory is what is sold.
 */

export const CATEGORY_IDS = [
  'apparel',
  'shoes',
  'handbags',
  'small-leather-goods',
  'watches',
  'jewellery',
  'eyewear',
  'fragrance',
  'cosmetics',
  'phones',
  'phone-accessories',
  'computers',
  'computer-accessories',
  'audio',
  'cameras',
  'camera-lenses',
  'game-consoles',
  'video-games',
  'toys',
  'sports-equipment',
  'outdoor-gear',
  'bicycles',
  'auto-parts',
  'tyres',
  'home-appliances',
  'kitchenware',
  'furniture',
  'tools',
  'books',
  'film-tv',
  'music',
  'software',
  'health-supplements',
  'baby-products',
  'pet-supplies',
  'batteries',
  'printer-supplies',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryWords {
  en: readonly string[];
  zh: readonly string[];
  /** The product this category is an accessory or part of. */
  accessoryOf?: readonly CategoryId[];
}

/** Word lists are written `a|b|c` to keep this table readable. */
function words(list: string): readonly string[] {
  return list.split('|');
}

export const CATEGORY_WORDS: Record<CategoryId, CategoryWords> = {
  apparel: {
    en: words(
      'apparel|clothing|clothes|jacket|jackets|coat|coats|parka|hoodie|hoodies|sweatshirt|t-shirt|tshirt|tee|tees|shirt|shirts|polo|dress|dresses|skirt|jeans|pants|trousers|shorts|sweater|cardigan|jumper|blazer|suit|vest|leggings|tracksuit|jersey|scarf|scarves|cap|hat|beanie|gloves|socks|underwear|swimwear|windbreaker|down jacket|puffer|trench|menswear|womenswear|belt',
    ),
    zh: words(
      '服装|服饰|衣服|男装|女装|外套|夹克|大衣|风衣|羽绒服|卫衣|T恤|短袖|长袖|衬衫|polo衫|连衣裙|裙子|半身裙|牛仔裤|裤子|长裤|短裤|毛衣|针织衫|开衫|西装|马甲|背心|运动服|围巾|帽子|棒球帽|鸭舌帽|手套|袜子|内衣|泳衣|冲锋衣|皮带|腰带|领带|上衣',
    ),
  },
  shoes: {
    en: words(
      'shoes|shoe|sneakers|sneaker|trainers|trainer|boots|boot|sandals|slides|slippers|loafers|heels|pumps|flats|footwear|running shoes|basketball shoes|cleats|espadrilles|mules|clogs',
    ),
    zh: words(
      '鞋|鞋子|球鞋|运动鞋|跑鞋|篮球鞋|板鞋|休闲鞋|靴|靴子|马丁靴|凉鞋|拖鞋|高跟鞋|平底鞋|乐福鞋|帆布鞋|老爹鞋|童鞋|男鞋|女鞋',
    ),
  },
  handbags: {
    en: words(
      'handbag|handbags|bag|bags|purse|purses|tote|totes|clutch|shoulder bag|crossbody|cross body|satchel|backpack|backpacks|duffel|duffle|weekender|messenger bag|bucket bag|hobo|pochette|luggage|suitcase|travel bag|belt bag|waist bag|bum bag|fanny pack',
    ),
    zh: words(
      '包包|手提包|手袋|女包|男包|单肩包|斜挎包|托特包|双肩包|背包|挎包|腋下包|链条包|水桶包|钱包包|手拿包|行李箱|旅行袋|腰包|胸包|箱包' +
        '|枕头包|机车包|邮差包|马鞍包|法棍包|饺子包|云朵包|月牙包|信封包|编织包|购物袋|托特|相机包|流浪包|手抓包|风琴包|剑桥包|菜篮子包|老花包|小方包|餐盒包',
    ),
  },
  'small-leather-goods': {
    en: words(
      'wallet|wallets|card holder|cardholder|card case|coin purse|key holder|key pouch|passport holder|passport cover|money clip|billfold|pouch',
    ),
    zh: words('钱包|钱夹|卡包|卡夹|零钱包|钥匙包|护照夹|长款钱包|短款钱包|皮夹'),
  },
  watches: {
    en: words(
      'watch|watches|wristwatch|chronograph|timepiece|automatic watch|diver watch|dive watch|smartwatch|smart watch|wrist watch|bezel|dial',
    ),
    zh: words('手表|腕表|机械表|石英表|男表|女表|潜水表|计时码表|智能手表|名表|表盘|机芯'),
  },
  jewellery: {
    en: words(
      'jewellery|jewelry|necklace|necklaces|bracelet|bracelets|bangle|ring|rings|earrings|earring|pendant|charm|charms|brooch|anklet|cufflinks|choker|pearl|pearls|diamond|diamonds',
    ),
    zh: words('首饰|饰品|珠宝|项链|手链|手镯|戒指|耳环|耳钉|吊坠|胸针|脚链|珍珠|钻石|钻戒|串珠'),
  },
  eyewear: {
    en: words('sunglasses|eyeglasses|glasses|spectacles|eyewear|optical frames|shades|goggles'),
    zh: words('眼镜|墨镜|太阳镜|太阳眼镜|镜框|眼镜框|近视眼镜'),
  },
  fragrance: {
    en: words(
      'perfume|perfumes|fragrance|fragrances|eau de parfum|eau de toilette|edp|edt|cologne|parfum|body mist',
    ),
    zh: words('香水|淡香水|浓香水|香氛|古龙水|香精'),
  },
  cosmetics: {
    en: words(
      'cosmetics|makeup|make-up|lipstick|lip gloss|concealer|mascara|eyeliner|eyeshadow|eye shadow|blush|powder|skincare|skin care|serum|moisturizer|moisturiser|cleanser|sunscreen|face mask|face cream|eye cream|liquid foundation|palette|nail polish|toner|facial toner|face toner',
    ),
    zh: words(
      '化妆品|彩妆|口红|唇膏|唇釉|粉底|粉底液|遮瑕|睫毛膏|眼线|眼影|腮红|散粉|气垫|护肤|护肤品|精华|精华液|面霜|乳液|爽肤水|洁面|防晒|面膜|指甲油|化妆水',
    ),
  },
  phones: {
    en: words('phone|phones|smartphone|smartphones|mobile phone|cell phone|cellphone|handset|unlocked'),
    zh: words('手机|智能手机|全网通|5g手机|国行|港版手机'),
  },
  'phone-accessories': {
    en: words(
      'phone case|phone accessories|cell phone accessories|mobile accessories|screen protector|tempered glass|charger|chargers|charging cable|lightning cable|usb-c cable|power bank|powerbank|wireless charger|magsafe|phone holder|phone mount|phone stand|phone strap|stylus|earpods',
    ),
    zh: words(
      '手机配件|手机壳|保护壳|保护套|手机套|钢化膜|贴膜|保护膜|充电器|充电头|数据线|充电线|快充|无线充|充电宝|移动电源|手机支架|转换头|挂绳',
    ),
    accessoryOf: ['phones', 'computers', 'audio', 'watches', 'game-consoles'],
  },
  computers: {
    en: words(
      'laptop|laptops|notebook computer|computer|desktop|pc|macbook|ultrabook|tablet|ipad|chromebook|all-in-one|workstation|gaming laptop',
    ),
    zh: words('笔记本|笔记本电脑|电脑|台式机|平板|平板电脑|一体机|游戏本|轻薄本'),
  },
  'computer-accessories': {
    en: words(
      'faceplate|faceplates|cover plates|console cover|console skin|charging dock|charging station|controller|controllers|gamepad|joy-con|joycon|joystick|keyboard|keyboards|mouse|mice|monitor|docking station|usb hub|webcam|laptop sleeve|laptop bag|ssd|hard drive|flash drive|usb drive|memory card|sd card|microsd|graphics card|router|mouse pad|trackpad',
    ),
    zh: words(
      '手柄|游戏手柄|键盘|鼠标|显示器|扩展坞|拓展坞|集线器|摄像头|电脑包|内胆包|固态硬盘|硬盘|u盘|内存卡|sd卡|tf卡|内存条|显卡|路由器|鼠标垫|触控板',
    ),
    accessoryOf: ['computers', 'cameras', 'game-consoles'],
  },
  audio: {
    en: words(
      'headphones|headphone|earphones|earphone|earbuds|earbud|headset|speaker|speakers|soundbar|sound bar|amplifier|wireless earbuds|noise cancelling|noise canceling|tws|airpods|subwoofer|turntable|microphone',
    ),
    zh: words(
      '耳机|蓝牙耳机|无线耳机|头戴式耳机|入耳式|降噪耳机|音箱|音响|蓝牙音箱|回音壁|功放|麦克风|话筒|低音炮',
    ),
  },
  cameras: {
    en: words(
      'camera|cameras|drone|drones|quadcopter|gimbal|dslr|mirrorless|camcorder|action camera|body only|film camera|instant camera|point and shoot|digital camera',
    ),
    zh: words(
      '相机|照相机|无人机|航拍|航拍器|云台|单反|微单|无反|摄像机|运动相机|拍立得|数码相机|机身|胶片机',
    ),
  },
  'camera-lenses': {
    en: words(
      'lens|lenses|prime lens|zoom lens|telephoto|wide angle|wide-angle|macro lens|lens hood|teleconverter|focal length|lens cap',
    ),
    zh: words('镜头|定焦|变焦|长焦|广角|微距|人像镜头|遮光罩|增距镜|镜头盖|单反镜头'),
    accessoryOf: ['cameras'],
  },
  'game-consoles': {
    en: words(
      'console|consoles|game console|handheld|handheld console|gaming console|retro console|game system',
    ),
    zh: words('游戏机|掌机|游戏主机|街机|主机'),
  },
  'video-games': {
    en: words(
      'video game|video games|game cartridge|cartridge|game disc|game card|games|rom|roms|dlc|game key|digital code',
    ),
    zh: words('游戏|游戏卡|卡带|游戏卡带|游戏光盘|实体版|数字版|兑换码'),
  },
  toys: {
    en: words(
      'toy|toys|plush|plushie|stuffed animal|doll|dolls|action figure|figurine|building blocks|bricks|lego|puzzle|board game|diecast|die-cast|model kit|scale model|rc car|kids toy|playset|blind box',
    ),
    zh: words(
      '玩具|毛绒|毛绒玩具|公仔|娃娃|手办|积木|拼图|桌游|合金车|车模|遥控车|盲盒|儿童玩具|玩偶|卡牌|集换式卡牌|卡牌游戏|纸牌|扑克牌',
    ),
  },
  'sports-equipment': {
    en: words(
      'football|soccer ball|basketball|tennis racket|racket|racquet|golf club|golf clubs|golf balls|dumbbell|dumbbells|kettlebell|yoga mat|fitness|gym equipment|treadmill|skateboard|skis|snowboard|shin guards|boxing gloves|badminton|table tennis',
    ),
    zh: words(
      '足球|篮球|网球拍|球拍|羽毛球|乒乓球|高尔夫|球杆|哑铃|壶铃|瑜伽垫|健身|跑步机|滑板|滑雪|拳击手套|运动器材',
    ),
  },
  'outdoor-gear': {
    en: words(
      'backpack|backpacks|rucksack|daypack|tent|tents|sleeping bag|hiking|camping|trekking poles|backpacking|climbing|headlamp|flashlight|lantern|cooler|hammock|camp stove|water bottle',
    ),
    zh: words(
      '双肩包|登山包|帐篷|睡袋|徒步|露营|登山|登山杖|攀岩|头灯|手电筒|营地灯|保温箱|吊床|户外|野营|水壶',
    ),
  },
  bicycles: {
    en: words(
      'bicycle|bicycles|bike|bikes|road bike|mountain bike|mtb|e-bike|ebike|cycling|groupset|derailleur|bike frame|frameset|wheelset|saddle|crankset|cassette',
    ),
    zh: words('自行车|单车|公路车|山地车|电助力|骑行|变速套件|后拨|车架|轮组|坐垫|牙盘|飞轮'),
  },
  'auto-parts': {
    en: words(
      'auto parts|car parts|brake pads|brake pad|brake disc|brake rotor|oil filter|air filter|cabin filter|fuel filter|spark plug|spark plugs|wiper|wiper blades|headlight|tail light|bumper|grille|engine oil|motor oil|shock absorber|alternator|radiator|floor mats|car mats|hubcap|wheels|rims|alloy wheels|car|vehicle|automotive|oem part|part number|timing belt',
    ),
    zh: words(
      '汽车配件|汽配|刹车片|刹车盘|机油|机滤|机油滤清器|空气滤清器|空调滤芯|滤芯|火花塞|雨刮|雨刷|大灯|尾灯|保险杠|中网|减震器|发电机|水箱|脚垫|轮毂|汽车|车用|原厂件|配件号',
    ),
  },
  tyres: {
    en: words('tyre|tyres|tire|tires|all-season|winter tyres|winter tires|run-flat|runflat|inner tube'),
    zh: words('轮胎|车胎|雪地胎|防爆胎|内胎|外胎'),
    accessoryOf: ['auto-parts', 'bicycles'],
  },
  'home-appliances': {
    en: words(
      'vacuum|vacuum cleaner|robot vacuum|hair dryer|hairdryer|blow dryer|air purifier|humidifier|heater|electric fan|desk fan|washing machine|dryer|refrigerator|fridge|air conditioner|dehumidifier|styler|straightener|curling iron|hair curler|electric toothbrush|shaver|trimmer|steamer|appliance',
    ),
    zh: words(
      '吸尘器|扫地机器人|吹风机|电吹风|空气净化器|加湿器|风扇|电风扇|取暖器|洗衣机|烘干机|冰箱|空调|除湿机|卷发棒|直发器|美发器|电动牙刷|剃须刀|电熨斗|挂烫机|家电',
    ),
  },
  kitchenware: {
    en: words(
      'kitchen|kitchenware|cookware|pan|pans|frying pan|skillet|pots|dutch oven|knife|knives|chef knife|blender|mixer|stand mixer|coffee machine|coffee maker|espresso machine|kettle|toaster|air fryer|rice cooker|juicer|food processor|cutting board|mug|cup|tumbler|bottle|plates|bowl|cutlery',
    ),
    zh: words(
      '厨具|炒锅|煎锅|平底锅|汤锅|铸铁锅|刀具|菜刀|料理机|搅拌机|破壁机|厨师机|咖啡机|电水壶|烧水壶|面包机|空气炸锅|电饭煲|榨汁机|砧板|杯子|马克杯|保温杯|水杯|盘子|餐具',
    ),
  },
  furniture: {
    en: words(
      'furniture|sofa|couch|chair|chairs|table|desk|bed|bed frame|mattress|wardrobe|bookshelf|shelf|cabinet|dresser|stool|ottoman|lamp',
    ),
    zh: words('家具|沙发|椅子|餐椅|桌子|餐桌|书桌|床垫|衣柜|书架|货架|柜子|斗柜|凳子|台灯|落地灯'),
  },
  tools: {
    en: words(
      'tool|tools|power tool|power tools|drill|cordless drill|impact driver|impact wrench|circular saw|jigsaw|angle grinder|grinder|sander|wrench|screwdriver|tool set|toolkit|multimeter|hammer drill|rotary hammer|nail gun|battery pack|bare tool',
    ),
    zh: words(
      '工具|电动工具|电钻|手电钻|冲击钻|电锤|冲击扳手|扳手|电锯|圆锯|曲线锯|角磨机|磨光机|砂光机|螺丝刀|起子|工具箱|工具套装|万用表|射钉枪',
    ),
  },
  books: {
    en: words(
      'book|books|paperback|hardcover|novel|guide book|guidebook|handbook|textbook|ebook|magazine|comic|comics|manga|isbn',
    ),
    zh: words('书籍|图书|小说|教材|绘本|杂志|漫画|正版书|精装|平装'),
  },
  'film-tv': {
    en: words(
      'dvd|dvds|blu-ray|bluray|blu ray|4k uhd|movie|movies|films|tv series|box set|boxset|steelbook|criterion',
    ),
    zh: words('电影|影片|光盘|蓝光|碟片|影碟|电视剧|剧集|全集|套装碟|动画片'),
  },
  music: {
    en: words(
      'vinyl|lp|album|cd|cds|cassette tape|soundtrack|guitar|bass guitar|piano|keyboard piano|drum|drums|ukulele|violin|guitar pick',
    ),
    zh: words('黑胶|唱片|专辑|磁带|原声|吉他|贝斯|钢琴|电子琴|架子鼓|尤克里里|小提琴|拨片|琴弦|效果器'),
  },
  software: {
    en: words(
      'software|license key|licence key|product key|activation key|activation code|lifetime license|antivirus|download code',
    ),
    zh: words('软件|激活码|序列号|密钥|授权码|正版软件|永久激活'),
  },
  'health-supplements': {
    en: words(
      'supplement|supplements|vitamin|vitamins|capsules|tablets|protein powder|whey|collagen|probiotic|probiotics|fish oil|omega-3|multivitamin|gummies',
    ),
    zh: words('保健品|营养品|维生素|胶囊|片剂|蛋白粉|乳清|胶原蛋白|益生菌|鱼油|钙片|营养素'),
  },
  'baby-products': {
    en: words(
      'infant|toddler|stroller|pram|car seat|diaper|diapers|nappies|baby bottle|pacifier|teether|baby carrier|crib|high chair',
    ),
    zh: words('婴儿|宝宝|婴童|母婴|婴儿车|推车|安全座椅|纸尿裤|尿不湿|奶瓶|安抚奶嘴|奶粉|背带|婴儿床|餐椅'),
  },
  'pet-supplies': {
    en: words(
      'pet|pets|puppy|kitten|dog food|cat food|pet food|leash|collar|dog bed|cat litter|litter|pet toy|harness',
    ),
    zh: words('宠物|狗粮|猫粮|宠物食品|牵引绳|项圈|狗窝|猫窝|猫砂|宠物玩具|胸背'),
  },
  batteries: {
    en: words(
      'battery|batteries|aa batteries|aaa batteries|aa battery|aaa battery|lithium battery|rechargeable|button cell|coin cell|cr2032|18650|li-ion|alkaline|mah',
    ),
    zh: words('电池|干电池|充电电池|锂电池|纽扣电池|碱性电池|5号电池|7号电池'),
  },
  'printer-supplies': {
    en: words(
      'toner|toner cartridge|ink cartridge|ink cartridges|ink|drum unit|printer|printers|printhead|print head|refill ink|ribbon|label tape',
    ),
    zh: words('硒鼓|墨盒|墨粉|碳粉|墨水|打印机|喷头|色带|标签纸|鼓架'),
    accessoryOf: ['computers'],
  },
};

/**
 * Goods the taxonomy has no category for, named by their own words: parts and components of other
 * goods (a relay, a fuse, a pipe fitting, a sensor, a grow light). A title that names one of these
 * and none of a line's own goods says what it sells, whatever model code it shares with the line.
 */
export const PART_WORDS: CategoryWords = {
  en: words(
    'relay|relays|module|modules|sensor|sensors|probe|probes|thermocouple|fuse|fuses|connector|connectors|fitting|fittings|coupling|couplings|coupler|bearing|bearings|spring|springs|gasket|gaskets|o-ring|o-rings|valve|valves|resistor|resistors|capacitor|capacitors|transistor|diode|diodes|pcb|circuit board|breakout board|dev board|development board|motor|motors|pump|solenoid|thermostat|antenna|inverter|transformer|grow light|light panel|led panel|led strip|bulb|bulbs|hose|nozzle|pipe|pipes' +
      // measuring instruments, and craft materials sold by the sheet
      '|thermometer|thermometers|hygrometer|hygrometers|thermo-hygrometer|barometer|barometers|pressure gauge|rain gauge|tyre gauge|tire gauge' +
      '|foam sheet|foam sheets|eva foam|felt sheet|felt sheets|cardstock|card stock|craft paper|origami paper|tissue paper|crepe paper|sticker sheet|sticker sheets' +
      // electronic components
      '|inductor|inductors|mosfet|mosfets|optocoupler|potentiometer|potentiometers|rotary encoder|stepper motor|servo motor|voltage regulator|buck converter|boost converter|breadboard|jumper wires|dupont wire|heat sink|heatsink|terminal block|terminal blocks|crimp terminals|heat shrink|heat shrink tubing|crystal oscillator|buzzer|microcontroller|photoresistor|thermistor|rectifier|zener|solenoid valve|proximity sensor|limit switch|reed switch|circuit breaker|junction box|wire connectors|electrical tape' +
      // fasteners and hardware
      '|screws|wood screws|machine screws|self-tapping screws|bolts|hex bolt|hex bolts|hex nut|hex nuts|lock nut|lock nuts|flat washers|spring washers|rivet|rivets|wall anchors|threaded rod|hinge|hinges|drawer slides|cable ties|zip ties|hose clamp|hose clamps|grommets|eyelets|shelf brackets' +
      // plumbing
      '|pipe fitting|pipe fittings|ball valve|check valve|ptfe tape|teflon tape|compression fitting|elbow fitting|pex|flange|sink strainer|drain plug' +
      // lab and measuring instruments
      '|beaker|beakers|test tube|test tubes|pipette|pipettes|petri dish|petri dishes|graduated cylinder|burette|microscope slides|ph meter|ph test strips|litmus|refractometer|anemometer|lux meter|tds meter|rain gauge|soil meter|moisture meter' +
      // fishing tackle
      '|fishing lure|fishing lures|lure|lures|trolling lure|spinnerbait|crankbait|crankbaits|swimbait|swimbaits|soft bait|soft baits|jighead|jig head|fishing line|fishing hook|fishing hooks|fish hook|fish hooks|treble hook|treble hooks|sinker|sinkers|bobber|bobbers|fishing float|fishing floats|fishing swivel|swivels|fishing rod|fishing reel|spinning reel|baitcasting reel|fly reel|fishing tackle|tackle box|landing net' +
      // garden supplies
      '|flower seeds|vegetable seeds|grass seed|lawn seed|seed tray|seedling tray|potting soil|potting mix|fertilizer|fertiliser|compost|mulch|plant pot|plant pots|flower pot|flower pots|grow bag|grow bags|sprinkler|drip irrigation|trellis|plant labels|weed barrier|shade cloth|bird feeder' +
      // stationery, party supplies, packaging, sewing and craft supplies
      '|envelopes|index cards|binder clips|paper clips|stapler|hole punch|eraser|erasers|highlighter|highlighters|washi tape|correction tape|notepad|memo pad' +
      '|balloon|balloons|party favors|party favours|confetti|streamers|birthday candles|cake topper|cake toppers|pinata|paper napkins' +
      '|bubble wrap|bubble mailers|poly mailers|packing tape|shipping labels|kraft paper|stretch film|shrink wrap|packing peanuts|cardboard boxes|wrapping paper' +
      '|yarn|knitting yarn|sewing thread|embroidery thread|embroidery floss|crochet hook|crochet hooks|knitting needles|sewing needles|sewing pattern|bias tape|snap fasteners|glue gun|glue sticks|hot glue|glitter|sequins|pipe cleaners|pom poms|googly eyes|craft foam|polymer clay|air dry clay|epoxy resin|silicone mold|silicone mould|acrylic paint|watercolor paint|watercolour paint' +
      // the commonest of these in German, French, Spanish, Italian, Portuguese, Polish, Turkish
      '|relais|kondensator|kondensatoren|condensateur|condensador|condensatore|kondansatör|diodo|diodi|dioda|diyot|rodamiento|rodamientos|roulement|roulements|rolamento|łożysko|rulman|schrauben|tornillos|parafusos|śruby|thermometre|thermomètre|termómetro|termometro|termômetro|termometr|termometre|hygromètre|higrómetro|igrometro|higrômetro|higrometr|köder|angelköder|leurre|leurres|señuelo|señuelos|esca artificiale|isca artificial|przynęta|przynęty|olta yemi|sahte yem|angelrute|canne à pêche|caña de pescar|canna da pesca|vara de pesca|wędka|olta kamışı',
  ),
  zh: words(
    '继电器|模块|传感器|探头|热电偶|保险丝|熔断器|保险管|接头|快速接头|快接|管件|水管|轴承|弹簧|垫片|密封圈|阀门|电磁阀|电阻|电容|二极管|三极管|电路板|开发板|电机|马达|水泵|温控器|天线|逆变器|变压器|补光灯|生长灯|植物灯|灯带|灯泡|灯管|灯珠|灯板' +
      '|温度计|湿度计|温湿度计|气压计|压力表|胎压计|雨量计' +
      '|泡棉纸|海绵纸|泡沫纸|卡纸|彩纸|手工纸|折纸|皱纹纸|毛毡布|不织布|无纺布' +
      '|电感|场效应管|光耦|电位器|编码器|步进电机|伺服电机|舵机|稳压模块|降压模块|升压模块|面包板|杜邦线|散热片|接线端子|端子|热缩管|晶振|蜂鸣器|单片机|热敏电阻|整流桥|稳压管|接近开关|限位开关|干簧管|断路器|空气开关|接线盒|电工胶带|绝缘胶带' +
      '|螺丝|螺钉|螺栓|螺母|螺帽|垫圈|铆钉|膨胀螺丝|膨胀管|丝杆|合页|铰链|抽屉滑轨|扎带|尼龙扎带|喉箍|卡箍|气眼|鸡眼扣' +
      '|管件|弯头|三通|球阀|止回阀|生料带|法兰|下水器|地漏' +
      '|烧杯|试管|移液管|滴管|培养皿|量筒|滴定管|载玻片|ph计|ph试纸|试纸|石蕊|折光仪|风速仪|照度计|tds笔|土壤湿度计' +
      '|路亚|路亚饵|拟饵|假饵|鱼饵|饵料|鱼钩|鱼线|钓线|铅坠|浮漂|鱼漂|转环|钓竿|鱼竿|渔轮|纺车轮|水滴轮|渔具|钓具|抄网|亮片饵|米诺|软饵' +
      '|花种|种子|菜种|草籽|育苗盘|营养土|花土|肥料|有机肥|复合肥|堆肥|花盆|种植袋|洒水器|喷头|滴灌|花架|园艺标签|防草布|遮阳网|喂鸟器' +
      '|信封|便利贴|索引卡|长尾夹|回形针|订书机|打孔器|橡皮擦|荧光笔|和纸胶带|修正带|便签本' +
      '|气球|派对用品|彩带|礼花|生日蜡烛|蛋糕插牌|蛋糕装饰|餐巾纸' +
      '|气泡膜|气泡袋|快递袋|封箱胶带|打包胶带|快递单|牛皮纸|缠绕膜|收缩膜|纸箱|快递盒|包装纸' +
      '|毛线|针织线|缝纫线|刺绣线|绣线|钩针|毛线针|棒针|缝衣针|纸样|包边条|按扣|热熔胶枪|热熔胶棒|亮片|扭扭棒|毛球|活动眼睛|软陶|超轻粘土|滴胶|硅胶模具|丙烯颜料|水彩颜料',
  ),
};

export const CATEGORY_COUNT = CATEGORY_IDS.length;
export const CATEGORY_INDEX: ReadonlyMap<string, number> = new Map(CATEGORY_IDS.map((id, i) => [id, i]));

/**
 * Departments: categories a shop would shelve together. A brand named exactly in a listing of
 * another category of its department (a backpack of an outdoor brand filed under bags) is still
 * the brand; only a listing of another department reads a brand word as an ordinary word.
 */
export const DEPARTMENTS: ReadonlyArray<readonly CategoryId[]> = [
  [
    'apparel',
    'shoes',
    'handbags',
    'small-leather-goods',
    'watches',
    'jewellery',
    'eyewear',
    'fragrance',
    'cosmetics',
    'outdoor-gear',
    'sports-equipment',
  ],
  [
    'phones',
    'phone-accessories',
    'computers',
    'computer-accessories',
    'audio',
    'cameras',
    'camera-lenses',
    'game-consoles',
    'video-games',
    'batteries',
    'printer-supplies',
    'home-appliances',
    'tools',
    'software',
  ],
  ['auto-parts', 'tyres', 'bicycles', 'tools'],
  ['home-appliances', 'kitchenware', 'furniture', 'tools'],
  ['books', 'film-tv', 'music', 'software', 'video-games', 'toys'],
  ['toys', 'baby-products', 'video-games', 'game-consoles'],
  ['health-supplements', 'cosmetics', 'baby-products'],
  ['pet-supplies'],
];
