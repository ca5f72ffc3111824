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
      'apparel|clothing|clothes|jacket|jackets|coat|coats|parka|hoodie|hoodies|sweatshirt|t-shirt|tshirt|tee|tees|shirt|shirts|polo|dress|dresses|skirt|jeans|pants|trousers|shorts|sweater|cardigan|jumper|blazer|suit|vest|leggings|tracksuit|jersey|scarf|scarves|cap|hat|beanie|gloves|socks|underwear|swimwear|windbreaker|down jacket|puffer|trench|menswear|womenswear|belt' +
        '|blouse|blouses|tank top|camisole|overalls|jumpsuit|romper|pajamas|pyjamas|sleepwear|nightgown|bathrobe|lingerie|briefs|boxers|sweatpants|joggers|chinos|cargo pants|anorak|fleece jacket|gilet|poncho|kimono|tunic|bodysuit|kaftan|waistcoat|turtleneck|pullover|knitwear|denim jacket|bomber jacket|leather jacket|raincoat|balaclava|bandana|headband|mittens|tights|stockings|pantyhose|bikini|swimsuit|swim trunks|board shorts|necktie|bow tie|jacke|mantel|kleid|hemd|strickjacke|kapuzenpullover|veste|manteau|chemise|pantalon|jupe|doudoune|blouson|chaqueta|abrigo|camisa|camiseta|pantalones|falda|vestido|sudadera|chaleco|bufanda|giacca|giubbotto|cappotto|camicia|maglietta|pantaloni|gonna|felpa|maglione|sciarpa|piumino|jaqueta|casaco|calça|calças|saia|moletom|blusa|kurtka|płaszcz|koszula|koszulka|spodnie|spódnica|sukienka|bluza|sweter|ceket|gömlek|tişört|pantolon|etek|elbise|kazak',
    ),
    zh: words(
      '服装|服饰|衣服|男装|女装|外套|夹克|大衣|风衣|羽绒服|卫衣|T恤|短袖|长袖|衬衫|polo衫|连衣裙|裙子|半身裙|牛仔裤|裤子|长裤|短裤|毛衣|针织衫|开衫|西装|马甲|背心|运动服|围巾|帽子|棒球帽|鸭舌帽|手套|袜子|内衣|泳衣|冲锋衣|皮带|腰带|领带|上衣' +
        '|睡衣|家居服|文胸|内裤|打底裤|阔腿裤|休闲裤|运动裤|卫裤|工装裤|背带裤|吊带裙|旗袍|汉服|羊毛衫|羊绒衫|夹克衫|皮衣|棉服|棉衣|坎肩|披肩|丝巾|领结|泳裤|比基尼|丝袜|连裤袜|贝雷帽|渔夫帽|毛线帽|围脖|耳罩|雨衣',
    ),
  },
  shoes: {
    en: words(
      'shoes|shoe|sneakers|sneaker|trainers|trainer|boots|boot|sandals|slides|slippers|loafers|heels|pumps|flats|footwear|running shoes|basketball shoes|cleats|espadrilles|mules|clogs' +
        '|wedges|platform shoes|stilettos|oxfords|brogues|derby shoes|moccasins|boat shoes|flip flops|flip-flops|ankle boots|chelsea boots|hiking boots|rain boots|wellies|snow boots|high tops|slip-ons|schuhe|turnschuhe|stiefel|sandalen|hausschuhe|chaussures|bottes|bottines|sandales|zapatos|zapatillas|botas|sandalias|scarpe|stivali|sandali|ciabatte|sapatos|tênis|sandálias|chinelos|buty|trampki|sandały|kozaki|ayakkabı|çizme|terlik|sandalet',
    ),
    zh: words(
      '鞋|鞋子|球鞋|运动鞋|跑鞋|篮球鞋|板鞋|休闲鞋|靴|靴子|马丁靴|凉鞋|拖鞋|高跟鞋|平底鞋|乐福鞋|帆布鞋|老爹鞋|童鞋|男鞋|女鞋' +
        '|雪地靴|短靴|长靴|切尔西靴|登山鞋|徒步鞋|雨靴|雨鞋|洞洞鞋|人字拖|豆豆鞋|德比鞋|牛津鞋|单鞋|小白鞋|皮鞋|网面鞋|足球鞋|钉鞋',
    ),
  },
  handbags: {
    en: words(
      'handbag|handbags|bag|bags|purse|purses|tote|totes|clutch|shoulder bag|crossbody|cross body|satchel|backpack|backpacks|duffel|duffle|weekender|messenger bag|bucket bag|hobo|pochette|luggage|suitcase|travel bag|belt bag|waist bag|bum bag|fanny pack' +
        '|wristlet|clutch bag|evening bag|top handle bag|shopper bag|saddle bag|briefcase|carry-on|trolley case|garment bag|handtasche|umhängetasche|koffer|sac à main|sacoche|valise|bolso|bolsos|mochila|borsa|borse|borsetta|zaino|valigia|torebka|torba|plecak|walizka|çanta|sırt çantası|valiz',
    ),
    zh: words(
      '包包|手提包|手袋|女包|男包|单肩包|斜挎包|托特包|双肩包|背包|挎包|腋下包|链条包|水桶包|钱包包|手拿包|行李箱|旅行袋|腰包|胸包|箱包' +
        '|枕头包|机车包|邮差包|马鞍包|法棍包|饺子包|云朵包|月牙包|信封包|编织包|购物袋|托特|相机包|流浪包|手抓包|风琴包|剑桥包|菜篮子包|老花包|小方包|餐盒包' +
        '|登机箱|拉杆箱|旅行箱|公文包|晚宴包|手腕包|化妆包',
    ),
  },
  'small-leather-goods': {
    en: words(
      'wallet|wallets|card holder|cardholder|card case|coin purse|key holder|key pouch|passport holder|passport cover|money clip|billfold|pouch' +
        '|card wallet|coin pouch|zip wallet|bifold wallet|trifold wallet|long wallet|id holder|badge holder|geldbörse|portemonnaie|brieftasche|kartenetui|portefeuille|porte-monnaie|porte-cartes|billetera|monedero|tarjetero|portafoglio|portamonete|portacarte|portfel|cüzdan|kartlık',
    ),
    zh: words(
      '钱包|钱夹|卡包|卡夹|零钱包|钥匙包|护照夹|长款钱包|短款钱包|皮夹' + '|名片夹|证件夹|卡套|驾驶证套',
    ),
  },
  watches: {
    en: words(
      'watch|watches|wristwatch|chronograph|timepiece|automatic watch|diver watch|dive watch|smartwatch|smart watch|wrist watch|bezel|dial' +
        '|pocket watch|quartz watch|mechanical watch|field watch|pilot watch|dress watch|skeleton watch|tourbillon|moonphase|armbanduhr|uhren|montre|montres|reloj|relojes|orologio|orologi|relógio|relógios|zegarek|kol saati',
    ),
    zh: words(
      '手表|腕表|机械表|石英表|男表|女表|潜水表|计时码表|智能手表|名表|表盘|机芯' +
        '|怀表|陀飞轮|月相|石英手表|机械手表|运动手表|电子表|情侣表',
    ),
  },
  jewellery: {
    en: words(
      'jewellery|jewelry|necklace|necklaces|bracelet|bracelets|bangle|ring|rings|earrings|earring|pendant|charm|charms|brooch|anklet|cufflinks|choker|pearl|pearls|diamond|diamonds' +
        '|stud earrings|hoop earrings|drop earrings|signet ring|engagement ring|wedding band|tennis bracelet|chain necklace|locket|tiara|nose ring|belly ring|toe ring|ear cuff|charm bracelet|gemstone|schmuck|halskette|ohrringe|bijoux|bijou|bague|pulsera|pendientes|aretes|anillo|gioielli|collana|bracciale|orecchini|anello|joias|colar|pulseira|brincos|anel|biżuteria|naszyjnik|bransoletka|kolczyki|pierścionek|takı|kolye|bileklik|küpe|yüzük',
    ),
    zh: words(
      '首饰|饰品|珠宝|项链|手链|手镯|戒指|耳环|耳钉|吊坠|胸针|脚链|珍珠|钻石|钻戒|串珠' +
        '|项坠|锁骨链|耳坠|耳夹|尾戒|对戒|婚戒|金饰|银饰|足金|玉镯|翡翠|和田玉|手串',
    ),
  },
  eyewear: {
    en: words(
      'sunglasses|eyeglasses|glasses|spectacles|eyewear|optical frames|shades|goggles' +
        '|reading glasses|blue light glasses|aviator sunglasses|polarized sunglasses|sunnies|monocle|sonnenbrille|brille|lunettes|lunettes de soleil|gafas|gafas de sol|occhiali|occhiali da sole|óculos|óculos de sol|okulary|gözlük|güneş gözlüğü',
    ),
    zh: words('眼镜|墨镜|太阳镜|太阳眼镜|镜框|眼镜框|近视眼镜' + '|偏光镜|老花镜|防蓝光眼镜|光学镜架'),
  },
  fragrance: {
    en: words(
      'perfume|perfumes|fragrance|fragrances|eau de parfum|eau de toilette|edp|edt|cologne|parfum|body mist' +
        '|eau de cologne|extrait de parfum|perfume oil|attar|body spray|perfume sample|decant|parfüm|colonia|profumo|perfumy',
    ),
    zh: words('香水|淡香水|浓香水|香氛|古龙水|香精' + '|香体喷雾|试香|走珠香水|固体香膏|香膏'),
  },
  cosmetics: {
    en: words(
      'cosmetics|makeup|make-up|lipstick|lip gloss|concealer|mascara|eyeliner|eyeshadow|eye shadow|blush|powder|skincare|skin care|serum|moisturizer|moisturiser|cleanser|sunscreen|face mask|face cream|eye cream|liquid foundation|palette|nail polish|toner|facial toner|face toner' +
        '|bb cream|cc cream|makeup primer|setting spray|bronzer|contour palette|lip liner|lip balm|lip tint|brow pencil|eyebrow pencil|false lashes|false eyelashes|makeup brush|makeup brushes|body lotion|hand cream|shampoo|conditioner|hair mask|hair oil|face wash|exfoliator|micellar water|ampoule|sheet mask|lippenstift|wimperntusche|gesichtscreme|sonnencreme|rouge à lèvres|crème visage|fond de teint|maquillage|maquillaje|pintalabios|labial|crema facial|protector solar|rossetto|crema viso|fondotinta|maquiagem|batom|protetor solar|base líquida|szminka|pomadka|tusz do rzęs|krem do twarzy|podkład|ruj|maskara|fondöten|nemlendirici|güneş kremi',
    ),
    zh: words(
      '化妆品|彩妆|口红|唇膏|唇釉|粉底|粉底液|遮瑕|睫毛膏|眼线|眼影|腮红|散粉|气垫|护肤|护肤品|精华|精华液|面霜|乳液|爽肤水|洁面|防晒|面膜|指甲油|化妆水' +
        '|隔离霜|妆前乳|定妆喷雾|修容|眉笔|假睫毛|化妆刷|身体乳|护手霜|洗发水|护发素|发膜|洗面奶|卸妆水|卸妆油|安瓶|bb霜|cc霜|素颜霜|眼霜|唇彩|唇线笔',
    ),
  },
  phones: {
    en: words(
      'phone|phones|smartphone|smartphones|mobile phone|cell phone|cellphone|handset|unlocked' +
        '|flip phone|feature phone|refurbished phone|android phone|dual sim|téléphone|téléphone portable|teléfono|celular|cellulare|telefonino|telemóvel|telefon|smartfon|cep telefonu',
    ),
    zh: words('手机|智能手机|全网通|5g手机|国行|港版手机' + '|老人机|翻盖手机|二手手机'),
  },
  'phone-accessories': {
    en: words(
      'phone case|phone accessories|cell phone accessories|mobile accessories|screen protector|tempered glass|charger|chargers|charging cable|lightning cable|usb-c cable|power bank|powerbank|wireless charger|magsafe|phone holder|phone mount|phone stand|phone strap|stylus|earpods' +
        '|flip case|wallet case|car charger|usb charger|wall charger|fast charger|charging pad|selfie stick|ring holder|handyhülle|ladegerät|ladekabel|schutzfolie|panzerglas|coque|chargeur|câble de charge|verre trempé|cargador|protector de pantalla|cristal templado|custodia|caricabatterie|capinha|carregador|película de vidro|ładowarka|szkło hartowane|kılıf|şarj aleti|şarj kablosu|ekran koruyucu',
    ),
    zh: words(
      '手机配件|手机壳|保护壳|保护套|手机套|钢化膜|贴膜|保护膜|充电器|充电头|数据线|充电线|快充|无线充|充电宝|移动电源|手机支架|转换头|挂绳' +
        '|自拍杆|指环扣|车载充电器|车充|无线充电器|手机膜|手机链|镜头膜',
    ),
    accessoryOf: ['phones', 'computers', 'audio', 'watches', 'game-consoles'],
  },
  computers: {
    en: words(
      'laptop|laptops|notebook computer|computer|desktop|pc|macbook|ultrabook|tablet|ipad|chromebook|all-in-one|workstation|gaming laptop' +
        '|netbook|mini pc|gaming pc|desktop computer|ordinateur|ordinateur portable|pc portable|ordenador|computadora|computador|komputer|bilgisayar|dizüstü bilgisayar',
    ),
    zh: words('笔记本|笔记本电脑|电脑|台式机|平板|平板电脑|一体机|游戏本|轻薄本' + '|迷你主机|工作站|上网本'),
  },
  'computer-accessories': {
    en: words(
      'faceplate|faceplates|cover plates|console cover|console skin|charging dock|charging station|controller|controllers|gamepad|joy-con|joycon|joystick|keyboard|keyboards|mouse|mice|monitor|docking station|usb hub|webcam|laptop sleeve|laptop bag|ssd|hard drive|flash drive|usb drive|memory card|sd card|microsd|graphics card|router|mouse pad|trackpad' +
        '|mechanical keyboard|wireless mouse|gaming mouse|kvm switch|external hard drive|portable ssd|nvme|ddr4|ddr5|cpu|motherboard|pc case|cpu cooler|network card|wifi adapter|ethernet cable|hdmi cable|monitor arm|card reader|tastatur|grafikkarte|festplatte|clavier|souris|disque dur|carte graphique|teclado|ratón|disco duro|tarjeta gráfica|tastiera|scheda video|placa de vídeo|klawiatura|myszka|klavye|ekran kartı',
    ),
    zh: words(
      '手柄|游戏手柄|键盘|鼠标|显示器|扩展坞|拓展坞|集线器|摄像头|电脑包|内胆包|固态硬盘|硬盘|u盘|内存卡|sd卡|tf卡|内存条|显卡|路由器|鼠标垫|触控板' +
        '|机械键盘|无线鼠标|游戏鼠标|主板|处理器|机箱|网卡|网线|hdmi线|显示器支架|读卡器|移动硬盘',
    ),
    accessoryOf: ['computers', 'cameras', 'game-consoles'],
  },
  audio: {
    en: words(
      'headphones|headphone|earphones|earphone|earbuds|earbud|headset|speaker|speakers|soundbar|sound bar|amplifier|wireless earbuds|noise cancelling|noise canceling|tws|airpods|subwoofer|turntable|microphone' +
        '|in-ear|over-ear|on-ear|true wireless|bluetooth speaker|portable speaker|smart speaker|home theater|home theatre|av receiver|headphone amp|preamp|studio monitors|kopfhörer|lautsprecher|ohrhörer|casque audio|écouteurs|enceinte|auriculares|altavoz|cascos|cuffie|auricolari|altoparlante|cassa bluetooth|fones de ouvido|fone de ouvido|caixa de som|słuchawki|głośnik|kulaklık|hoparlör',
    ),
    zh: words(
      '耳机|蓝牙耳机|无线耳机|头戴式耳机|入耳式|降噪耳机|音箱|音响|蓝牙音箱|回音壁|功放|麦克风|话筒|低音炮' +
        '|骨传导耳机|挂耳式耳机|有线耳机|电竞耳机|声卡|耳放|蓝牙音响|智能音箱|家庭影院',
    ),
  },
  cameras: {
    en: words(
      'camera|cameras|drone|drones|quadcopter|gimbal|dslr|mirrorless|camcorder|action camera|body only|film camera|instant camera|point and shoot|digital camera' +
        '|security camera|ip camera|trail camera|cctv|slr|kamera|fotokamera|spiegelreflexkamera|appareil photo|cámara|cámara de fotos|fotocamera|macchina fotografica|câmera|câmara|aparat fotograficzny|fotoğraf makinesi',
    ),
    zh: words(
      '相机|照相机|无人机|航拍|航拍器|云台|单反|微单|无反|摄像机|运动相机|拍立得|数码相机|机身|胶片机' +
        '|监控摄像头|卡片机|旁轴',
    ),
  },
  'camera-lenses': {
    en: words(
      'lens|lenses|prime lens|zoom lens|telephoto|wide angle|wide-angle|macro lens|lens hood|teleconverter|focal length|lens cap' +
        '|lens adapter|lens mount adapter|nd filter|uv filter|cpl filter|objektiv',
    ),
    zh: words(
      '镜头|定焦|变焦|长焦|广角|微距|人像镜头|遮光罩|增距镜|镜头盖|单反镜头' +
        '|转接环|滤镜|uv镜|nd镜|偏振镜',
    ),
    accessoryOf: ['cameras'],
  },
  'game-consoles': {
    en: words(
      'console|consoles|game console|handheld|handheld console|gaming console|retro console|game system' +
        '|gaming handheld|retro handheld|arcade machine|spielkonsole|konsole|console de jeu|consola|videoconsola|konsola|oyun konsolu',
    ),
    zh: words('游戏机|掌机|游戏主机|街机|主机' + '|电视游戏机|复古游戏机|怀旧游戏机|体感游戏机|游戏盒子'),
  },
  'video-games': {
    en: words(
      'video game|video games|game cartridge|cartridge|game disc|game card|games|rom|roms|dlc|game key|digital code' +
        '|videospiel|videospiele|jeu vidéo|jeux vidéo|videojuego|videojuegos|videogioco|videogiochi',
    ),
    zh: words('游戏|游戏卡|卡带|游戏卡带|游戏光盘|实体版|数字版|兑换码' + '|游戏碟'),
  },
  toys: {
    en: words(
      'toy|toys|plush|plushie|stuffed animal|doll|dolls|action figure|figurine|building blocks|bricks|lego|puzzle|board game|diecast|die-cast|model kit|scale model|rc car|kids toy|playset|blind box' +
        '|stuffed toy|soft toy|teddy bear|rubber duck|yo-yo|kite|fidget spinner|fidget toy|squishy|water gun|toy car|toy train|train set|dollhouse|play kitchen|baby doll|collectible figure|vinyl figure|art toy|trading cards|card game|jigsaw puzzle|spielzeug|kuscheltier|puppe|bausteine|jouet|jouets|peluche|poupée|juguete|juguetes|muñeca|giocattolo|giocattoli|bambola|brinquedo|brinquedos|pelúcia|boneca|zabawka|zabawki|maskotka|lalka|oyuncak|peluş',
    ),
    zh: words(
      '玩具|毛绒|毛绒玩具|公仔|娃娃|手办|积木|拼图|桌游|合金车|车模|遥控车|盲盒|儿童玩具|玩偶|卡牌|集换式卡牌|卡牌游戏|纸牌|扑克牌' +
        '|泡泡机|风筝|溜溜球|指尖陀螺|解压玩具|水枪|过家家|玩具车|小火车|潮玩|搪胶|娃衣',
    ),
  },
  'sports-equipment': {
    en: words(
      'football|soccer ball|basketball|tennis racket|racket|racquet|golf club|golf clubs|golf balls|dumbbell|dumbbells|kettlebell|yoga mat|fitness|gym equipment|treadmill|skateboard|skis|snowboard|shin guards|boxing gloves|badminton|table tennis' +
        '|tennis balls|golf bag|golf ball|putter|baseball bat|baseball glove|hockey stick|cricket bat|volleyball|rugby ball|punching bag|jump rope|skipping rope|resistance bands|pull-up bar|exercise bike|rowing machine|weight plates|barbell|shuttlecock|ping pong|pickleball|surfboard|wetsuit|ski boots|ski poles|snowboard boots|ice skates|roller skates|inline skates|bowling ball|dartboard|trampoline|fußball|hantel|hanteln|tennisschläger|golfschläger|ballon de foot|haltère|haltères|raquette|tapis de yoga|balón|mancuerna|mancuernas|raqueta|esterilla|pallone|manubri|racchetta|tappetino yoga|bola de futebol|halteres|raquete|tapete de yoga|piłka|hantle|rakieta|futbol topu|dambıl|raket|yoga matı',
    ),
    zh: words(
      '足球|篮球|网球拍|球拍|羽毛球|乒乓球|高尔夫|球杆|哑铃|壶铃|瑜伽垫|健身|跑步机|滑板|滑雪|拳击手套|运动器材' +
        '|网球|高尔夫球|高尔夫球杆|推杆|棒球|棒球棍|排球|橄榄球|跳绳|弹力带|拉力带|单杠|动感单车|划船机|杠铃|杠铃片|羽毛球拍|乒乓球拍|冲浪板|潜水服|滑雪板|滑雪镜|溜冰鞋|轮滑鞋|飞镖|蹦床|护膝|护腕',
    ),
  },
  'outdoor-gear': {
    en: words(
      'backpack|backpacks|rucksack|daypack|tent|tents|sleeping bag|hiking|camping|trekking poles|backpacking|climbing|headlamp|flashlight|lantern|cooler|hammock|camp stove|water bottle' +
        '|tent stakes|tarp|bivy|sleeping pad|camping chair|camping stove|gas canister|trekking pole|hydration pack|hydration bladder|ice axe|crampons|binoculars|zelt|schlafsack|wanderrucksack|stirnlampe|taschenlampe|tente|sac de couchage|lampe frontale|lampe torche|tienda de campaña|saco de dormir|linterna|tenda da campeggio|sacco a pelo|torcia|lampada frontale|lanterna|namiot|śpiwór|latarka|czołówka|çadır|uyku tulumu|kafa lambası|el feneri',
    ),
    zh: words(
      '双肩包|登山包|帐篷|睡袋|徒步|露营|登山|登山杖|攀岩|头灯|手电筒|营地灯|保温箱|吊床|户外|野营|水壶' +
        '|天幕|防潮垫|睡垫|露营椅|卡式炉|气罐|登山扣|冰镐|冰爪|望远镜|指南针|户外炉具|营地车',
    ),
  },
  bicycles: {
    en: words(
      'bicycle|bicycles|bike|bikes|road bike|mountain bike|mtb|e-bike|ebike|cycling|groupset|derailleur|bike frame|frameset|wheelset|saddle|crankset|cassette' +
        '|road bicycle|gravel bike|bmx|fixie|folding bike|electric bike|handlebar|handlebars|chainring|bottom bracket|brake lever|shifter|bike computer|bike light|bike lock|spokes|fahrrad|rennrad|mountainbike|fahrradrahmen|vélo|vélos|bicyclette|vtt|bicicleta|bicicletta|rower|rowery|bisiklet',
    ),
    zh: words(
      '自行车|单车|公路车|山地车|电助力|骑行|变速套件|后拨|车架|轮组|坐垫|牙盘|飞轮' +
        '|折叠车|死飞|小轮车|车把|把立|变速器|码表|车锁|辐条|花鼓|碟刹|中轴',
    ),
  },
  'auto-parts': {
    en: words(
      'auto parts|car parts|brake pads|brake pad|brake disc|brake rotor|oil filter|air filter|cabin filter|fuel filter|spark plug|spark plugs|wiper|wiper blades|headlight|tail light|bumper|grille|engine oil|motor oil|shock absorber|alternator|radiator|floor mats|car mats|hubcap|wheels|rims|alloy wheels|car|vehicle|automotive|oem part|part number|timing belt' +
        '|brake caliper|control arm|tie rod|ball joint|cv axle|wheel bearing|exhaust|muffler|catalytic converter|turbocharger|intercooler|clutch kit|starter motor|ignition coil|oxygen sensor|throttle body|side mirror|wing mirror|fog light|fog lights|car cover|seat covers|steering wheel|shift knob|license plate frame|roof rack|tow bar|towbar|mud flaps|body kit|bremsbeläge|bremsscheibe|ölfilter|luftfilter|zündkerze|scheibenwischer|stoßdämpfer|autoteile|plaquettes de frein|disque de frein|filtre à huile|essuie-glace|pièces auto|pastillas de freno|disco de freno|filtro de aceite|bujía|bujías|amortiguador|pastiglie freno|disco freno|filtro olio|ammortizzatore|ricambi auto|pastilhas de freio|disco de freio|filtro de óleo|amortecedor|autopeças|klocki hamulcowe|tarcza hamulcowa|filtr oleju|świeca zapłonowa|amortyzator|części samochodowe|fren balatası|fren diski|yağ filtresi|buji|amortisör',
    ),
    zh: words(
      '汽车配件|汽配|刹车片|刹车盘|机油|机滤|机油滤清器|空气滤清器|空调滤芯|滤芯|火花塞|雨刮|雨刷|大灯|尾灯|保险杠|中网|减震器|发电机|水箱|脚垫|轮毂|汽车|车用|原厂件|配件号' +
        '|排气管|消音器|三元催化|涡轮增压|中冷器|离合器|启动机|点火线圈|氧传感器|节气门|后视镜|门把手|雾灯|车衣|座套|方向盘|排挡头|车牌框|拖车钩|挡泥板|尾翼',
    ),
  },
  tyres: {
    en: words(
      'tyre|tyres|tire|tires|all-season|winter tyres|winter tires|run-flat|runflat|inner tube' +
        '|tubeless tyre|tubeless tire|snow tires|summer tyres|summer tires|mud tyres|mud tires|reifen|winterreifen|sommerreifen|ganzjahresreifen|pneu|pneus|neumático|neumáticos|llanta|llantas|pneumatico|pneumatici|opony|opona',
    ),
    zh: words('轮胎|车胎|雪地胎|防爆胎|内胎|外胎' + '|真空胎|全地形胎|缺气保用胎|夏季胎|四季胎|冬季胎'),
    accessoryOf: ['auto-parts', 'bicycles'],
  },
  'home-appliances': {
    en: words(
      'vacuum|vacuum cleaner|robot vacuum|hair dryer|hairdryer|blow dryer|air purifier|humidifier|heater|electric fan|desk fan|washing machine|dryer|refrigerator|fridge|air conditioner|dehumidifier|styler|straightener|curling iron|hair curler|electric toothbrush|shaver|trimmer|steamer|appliance' +
        "|microwave|dishwasher|freezer|range hood|induction cooktop|water heater|space heater|oil heater|ceiling fan|tower fan|air cooler|water purifier|steam mop|cordless vacuum|stick vacuum|handheld vacuum|epilator|hair clipper|hair clippers|beard trimmer|massager|massage gun|sewing machine|flat iron|staubsauger|föhn|haartrockner|luftreiniger|waschmaschine|kühlschrank|rasierer|aspirateur|sèche-cheveux|purificateur d'air|lave-linge|réfrigérateur|rasoir|aspiradora|secador de pelo|purificador de aire|lavadora|nevera|frigorífico|afeitadora|aspirapolvere|asciugacapelli|purificatore|lavatrice|frigorifero|rasoio|aspirador|secador de cabelo|purificador de ar|máquina de lavar|geladeira|barbeador|odkurzacz|suszarka|oczyszczacz powietrza|pralka|lodówka|golarka|elektrikli süpürge|süpürge|saç kurutma makinesi|hava temizleyici|çamaşır makinesi|buzdolabı|tıraş makinesi",
    ),
    zh: words(
      '吸尘器|扫地机器人|吹风机|电吹风|空气净化器|加湿器|风扇|电风扇|取暖器|洗衣机|烘干机|冰箱|空调|除湿机|卷发棒|直发器|美发器|电动牙刷|剃须刀|电熨斗|挂烫机|家电' +
        '|微波炉|烤箱|洗碗机|冷柜|油烟机|抽油烟机|电磁炉|热水器|暖风机|油汀|吊扇|塔扇|冷风机|净水器|拖地机|洗地机|蒸汽拖把|脱毛仪|美容仪|理发器|按摩器|按摩枪|筋膜枪|缝纫机|电热毯|足浴盆',
    ),
  },
  kitchenware: {
    en: words(
      'kitchen|kitchenware|cookware|pan|pans|frying pan|skillet|pots|dutch oven|knife|knives|chef knife|blender|mixer|stand mixer|coffee machine|coffee maker|espresso machine|kettle|toaster|air fryer|rice cooker|juicer|food processor|cutting board|mug|cup|tumbler|bottle|plates|bowl|cutlery' +
        '|saucepan|stockpot|wok|casserole|baking sheet|baking pan|bakeware|muffin tin|cake pan|rolling pin|spatula|ladle|whisk|tongs|colander|peeler|grater|can opener|bottle opener|measuring cups|kitchen scale|vacuum flask|food container|lunch box|bento box|teapot|tea set|coffee grinder|french press|moka pot|dinnerware|tableware|chopsticks|wine glass|wine glasses|glassware|cocktail shaker|cookie cutter|pressure cooker|slow cooker|waffle maker|sandwich maker|hand mixer|immersion blender|knife set|knife block|santoku|paring knife|steak knives|pfanne|bratpfanne|kochtopf|wasserkocher|kaffeemaschine|geschirr|besteck|poêle|couteau|couteaux|bouilloire|cafetière|vaisselle|couverts|sartén|olla|cuchillo|cuchillos|hervidor|cafetera|vajilla|cubiertos|padella|pentola|coltello|coltelli|bollitore|caffettiera|stoviglie|posate|frigideira|panela|faca|facas|chaleira|cafeteira|talheres|caneca|patelnia|garnek|czajnik|ekspres do kawy|sztućce|kubek|tencere|bıçak|çaydanlık|kahve makinesi|çay makinesi',
    ),
    zh: words(
      '厨具|炒锅|煎锅|平底锅|汤锅|铸铁锅|刀具|菜刀|料理机|搅拌机|破壁机|厨师机|咖啡机|电水壶|烧水壶|面包机|空气炸锅|电饭煲|榨汁机|砧板|杯子|马克杯|保温杯|水杯|盘子|餐具' +
        '|蒸锅|奶锅|砂锅|炖锅|高压锅|压力锅|电压力锅|不粘锅|烤盘|烘焙模具|擀面杖|锅铲|汤勺|打蛋器|漏勺|削皮器|擦丝器|开罐器|开瓶器|量杯|厨房秤|保温壶|焖烧杯|饭盒|便当盒|茶壶|茶杯|磨豆机|手冲壶|摩卡壶|饭碗|汤碗|筷子|红酒杯|酒杯|玻璃杯|调酒器|饼干模具|慢炖锅|华夫饼机|三明治机|刀架|磨刀器',
    ),
  },
  furniture: {
    en: words(
      'furniture|sofa|couch|chair|chairs|table|desk|bed|bed frame|mattress|wardrobe|bookshelf|shelf|cabinet|dresser|stool|ottoman|lamp' +
        '|armchair|recliner|sectional sofa|loveseat|futon|bunk bed|nightstand|bedside table|coffee table|side table|console table|dining table|office chair|gaming chair|bar stool|tv stand|tv cabinet|shoe rack|coat rack|bookcase|sideboard|chest of drawers|headboard|pendant light|floor lamp|table lamp|chandelier|möbel|stuhl|tisch|schreibtisch|matratze|kleiderschrank|meuble|meubles|canapé|chaise|matelas|armoire|étagère|mueble|muebles|sofá|silla|escritorio|colchón|armario|estantería|lámpara|divano|sedia|tavolo|scrivania|letto|materasso|armadio|lampada|móveis|cadeira|escrivaninha|colchão|guarda-roupa|estante|luminária|meble|krzesło|stół|biurko|łóżko|materac|szafa|regał|mobilya|koltuk|sandalye|çalışma masası|yatak|gardırop|kitaplık|abajur',
    ),
    zh: words(
      '家具|沙发|椅子|餐椅|桌子|餐桌|书桌|床垫|衣柜|书架|货架|柜子|斗柜|凳子|台灯|落地灯' +
        '|扶手椅|躺椅|懒人沙发|双层床|上下床|床头柜|茶几|边几|电视柜|鞋柜|鞋架|衣帽架|书柜|餐边柜|梳妆台|床头板|吊灯|吸顶灯|办公椅|电竞椅|电脑椅|吧台椅|榻榻米|屏风',
    ),
  },
  tools: {
    en: words(
      'tool|tools|power tool|power tools|drill|cordless drill|impact driver|impact wrench|circular saw|jigsaw|angle grinder|grinder|sander|wrench|screwdriver|tool set|toolkit|multimeter|hammer drill|rotary hammer|nail gun|battery pack|bare tool' +
        '|hand tools|pliers|socket set|wrench set|hex key|allen key|torque wrench|utility knife|box cutter|tape measure|measuring tape|spirit level|laser level|stud finder|vernier caliper|micrometer|soldering iron|soldering station|heat gun|chisel|chisels|hand saw|hacksaw|miter saw|mitre saw|table saw|chainsaw|chain saw|reciprocating saw|planer|oscillating tool|multi-tool|multitool|rivet gun|staple gun|pipe wrench|crimping tool|wire stripper|tool bag|toolbox|tool box|workbench|air compressor|pressure washer|welder|welding machine|leaf blower|hedge trimmer|lawn mower|lawnmower|string trimmer|werkzeug|akkuschrauber|bohrmaschine|schlagbohrmaschine|winkelschleifer|stichsäge|kreissäge|zange|schraubendreher|schraubenschlüssel|wasserwaage|outil|outils|perceuse|visseuse|meuleuse|tournevis|clé à molette|niveau à bulle|herramienta|herramientas|taladro|atornillador|amoladora|destornillador|alicates|llave inglesa|attrezzi|utensili|trapano|avvitatore|smerigliatrice|cacciavite|chiave inglese|ferramenta|ferramentas|furadeira|parafusadeira|esmerilhadeira|chave de fenda|alicate|narzędzia|wiertarka|wkrętarka|szlifierka|śrubokręt|matkap|şarjlı matkap|tornavida',
    ),
    zh: words(
      '工具|电动工具|电钻|手电钻|冲击钻|电锤|冲击扳手|扳手|电锯|圆锯|曲线锯|角磨机|磨光机|砂光机|螺丝刀|起子|工具箱|工具套装|万用表|射钉枪' +
        '|钳子|老虎钳|尖嘴钳|套筒|内六角|扭力扳手|美工刀|卷尺|水平仪|卡尺|游标卡尺|千分尺|电烙铁|焊台|热风枪|凿子|手锯|钢锯|斜切锯|台锯|链锯|电刨|多功能工具|铆钉枪|打钉枪|管钳|压线钳|剥线钳|工具包|工作台|台虎钳|空压机|高压清洗机|洗车机|电焊机|焊机|吹叶机|绿篱机|割草机|打草机',
    ),
  },
  books: {
    en: words(
      'book|books|paperback|hardcover|novel|guide book|guidebook|handbook|textbook|ebook|magazine|comic|comics|manga|isbn' +
        '|hardback|softcover|audiobook|cookbook|picture book|novels|biography|memoir|anthology|encyclopedia|dictionary|workbook|graphic novel|first edition|buch|bücher|taschenbuch|kochbuch|livre|livres|bande dessinée|libro|libros|novela|cómic|libri|romanzo|fumetto|fumetti|livro|livros|książka|książki|powieść|komiks|kitap',
    ),
    zh: words(
      '书籍|图书|小说|教材|绘本|杂志|漫画|正版书|精装|平装' +
        '|丛书|套书|原版书|二手书|童书|画册|字典|词典|百科全书|连环画|工具书|课本|练习册|传记',
    ),
  },
  'film-tv': {
    en: words(
      'dvd|dvds|blu-ray|bluray|blu ray|4k uhd|movie|movies|films|tv series|box set|boxset|steelbook|criterion' +
        '|vhs|laserdisc|uhd blu-ray|documentary|miniseries|coffret dvd',
    ),
    zh: words('电影|影片|光盘|蓝光|碟片|影碟|电视剧|剧集|全集|套装碟|动画片' + '|纪录片|动漫碟|dvd碟'),
  },
  music: {
    en: words(
      'vinyl|lp|album|cd|cds|cassette tape|soundtrack|guitar|bass guitar|piano|keyboard piano|drum|drums|ukulele|violin|guitar pick' +
        '|acoustic guitar|electric guitar|guitar amp|effects pedal|guitar pedal|synthesizer|synth|midi keyboard|saxophone|trumpet|flute|clarinet|harmonica|cello|trombone|accordion|drum kit|drum set|cymbal|cymbals|drumsticks|guitar strings|capo|metronome|sheet music|vinyl record|vinyl records|compact disc|gitarre|klavier|schlagzeug|geige|schallplatte|guitare|violon|vinyle|disque vinyle|guitarra|violín|vinilo|disco de vinilo|chitarra|pianoforte|violino|vinile|violão|vinil|disco de vinil|gitara|pianino|skrzypce|winyl|płyta winylowa|gitar|piyano|keman|plak|bağlama',
    ),
    zh: words(
      '黑胶|唱片|专辑|磁带|原声|吉他|贝斯|钢琴|电子琴|架子鼓|尤克里里|小提琴|拨片|琴弦|效果器' +
        '|木吉他|电吉他|民谣吉他|古典吉他|合成器|萨克斯|长笛|单簧管|口琴|大提琴|手风琴|古筝|二胡|琵琶|笛子|葫芦丝|电子鼓|镲片|鼓棒|吉他弦|变调夹|节拍器|乐谱|黑胶唱片',
    ),
  },
  software: {
    en: words(
      'software|license key|licence key|product key|activation key|activation code|lifetime license|antivirus|download code' +
        "|serial key|cd key|subscription key|lizenzschlüssel|produktschlüssel|clé de licence|clé d'activation|clave de licencia|clave de activación|chiave di licenza|codice di attivazione|chave de ativação|chave de licença|klucz licencyjny|klucz aktywacyjny|lisans anahtarı|aktivasyon kodu",
    ),
    zh: words('软件|激活码|序列号|密钥|授权码|正版软件|永久激活' + '|激活密钥|许可证|会员兑换码|安装包'),
  },
  'health-supplements': {
    en: words(
      'supplement|supplements|vitamin|vitamins|capsules|tablets|protein powder|whey|collagen|probiotic|probiotics|fish oil|omega-3|multivitamin|gummies' +
        '|softgels|softgel|pre-workout|preworkout|creatine|bcaa|amino acids|electrolytes|magnesium|biotin|melatonin|ashwagandha|turmeric|glucosamine|coq10|spirulina|chlorella|meal replacement|mass gainer|protein bar|protein shake|herbal supplement|nahrungsergänzungsmittel|vitamine|kapseln|eiweißpulver|complément alimentaire|compléments alimentaires|vitamines|gélules|suplemento|suplementos|vitaminas|cápsulas|proteína en polvo|integratore|integratori|suplement|suplementy|witaminy|kapsułki|takviye|kapsül',
    ),
    zh: words(
      '保健品|营养品|维生素|胶囊|片剂|蛋白粉|乳清|胶原蛋白|益生菌|鱼油|钙片|营养素' +
        '|软胶囊|氨基酸|肌酸|电解质|镁片|锌片|维生素c|维生素d|褪黑素|姜黄|氨糖|辅酶q10|螺旋藻|代餐|增肌粉|蛋白棒|叶酸|复合维生素|酵素|燕窝',
    ),
  },
  'baby-products': {
    en: words(
      'infant|toddler|stroller|pram|car seat|diaper|diapers|nappies|baby bottle|pacifier|teether|baby carrier|crib|high chair' +
        '|baby monitor|bassinet|playpen|baby gate|bib|bibs|onesie|swaddle|sleep sack|breast pump|nursing pillow|sippy cup|baby formula|baby wipes|changing table|changing mat|baby walker|teething|kinderwagen|babyflasche|schnuller|windeln|babytrage|poussette|biberon|tétine|porte-bébé|cochecito|carrito de bebé|biberón|chupete|pañales|portabebés|passeggino|ciuccio|pannolini|marsupio|carrinho de bebê|mamadeira|chupeta|fraldas|wózek dziecięcy|smoczek|pieluchy|nosidełko|bebek arabası|emzik|bebek bezi|ana kucağı',
    ),
    zh: words(
      '婴儿|宝宝|婴童|母婴|婴儿车|推车|安全座椅|纸尿裤|尿不湿|奶瓶|安抚奶嘴|奶粉|背带|婴儿床|餐椅' +
        '|婴儿监视器|摇篮|围兜|口水巾|吸奶器|哺乳枕|学饮杯|湿巾|尿布台|隔尿垫|学步车|牙胶|辅食机|温奶器|奶瓶消毒器',
    ),
  },
  'pet-supplies': {
    en: words(
      'pet|pets|puppy|kitten|dog food|cat food|pet food|leash|collar|dog bed|cat litter|litter|pet toy|harness' +
        '|dog collar|cat collar|dog leash|dog harness|cat tree|scratching post|cat scratcher|litter box|aquarium|fish tank|bird cage|hamster cage|pet carrier|dog crate|kennel|dog bowl|pet bowl|dog treats|cat treats|chew toy|dog toy|cat toy|flea collar|pet shampoo|pet grooming|dog clothes|hundefutter|katzenfutter|hundeleine|hundehalsband|katzenstreu|kratzbaum|hundebett|croquettes|laisse|litière|arbre à chat|pienso|correa para perro|arena para gatos|rascador|comida para perros|crocchette|guinzaglio|collare|lettiera|tiragraffi|ração|coleira|areia para gatos|arranhador|smycz|obroża|żwirek|drapak|kedi maması|köpek maması|tasma|kedi kumu|tırmalama',
    ),
    zh: words(
      '宠物|狗粮|猫粮|宠物食品|牵引绳|项圈|狗窝|猫窝|猫砂|宠物玩具|胸背' +
        '|猫爬架|猫抓板|猫砂盆|鱼缸|水族箱|鸟笼|仓鼠笼|航空箱|狗笼|宠物碗|狗碗|猫碗|狗零食|猫零食|磨牙棒|逗猫棒|宠物沐浴露|宠物衣服|狗衣服',
    ),
  },
  batteries: {
    en: words(
      'battery|batteries|aa batteries|aaa batteries|aa battery|aaa battery|lithium battery|rechargeable|button cell|coin cell|cr2032|18650|li-ion|alkaline|mah' +
        '|lipo|lifepo4|nimh|cr2025|cr2016|lr44|21700|14500|9v battery|c battery|d battery|batterie|batterien|akku|akkus|pilha|pilhas|baterie|akumulator|pil|piller|akü',
    ),
    zh: words(
      '电池|干电池|充电电池|锂电池|纽扣电池|碱性电池|5号电池|7号电池' +
        '|充电池|镍氢电池|聚合物电池|磷酸铁锂|蓄电池|电芯|1号电池|9v电池',
    ),
  },
  'printer-supplies': {
    en: words(
      'toner|toner cartridge|ink cartridge|ink cartridges|ink|drum unit|printer|printers|printhead|print head|refill ink|ribbon|label tape' +
        "|ink tank|photo paper|printer paper|thermal paper|receipt paper|pla filament|3d printing filament|label printer|druckerpatrone|tintenpatrone|druckerpapier|cartouche d'encre|imprimante|cartucho de tinta|impresora|tóner|cartuccia|stampante|impressora|tusz|drukarka|kartuş|yazıcı",
    ),
    zh: words(
      '硒鼓|墨盒|墨粉|碳粉|墨水|打印机|喷头|色带|标签纸|鼓架' +
        '|相纸|照片纸|打印纸|热敏纸|3d打印耗材|墨仓|兼容墨盒',
    ),
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
      '|envelopes|index cards|binder clips|paper clips|stapler|hole punch|eraser|erasers|washi tape|correction tape|notepad|memo pad' +
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
