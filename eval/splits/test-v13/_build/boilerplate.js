// Description sentence pools for test-v13, written fresh. No sentence names a brand, claims quality or a maker,
// or talks about packaging, proofs of purchase, presents, stock levels or urgency: those are cues the generators
// insert on purpose. English pools have no Han characters; Chinese pools have no English words.

const FAMILY_OF = {
  kitchenware: 'kitchen',
  'home-appliances': 'kitchen',
  apparel: 'wear',
  shoes: 'wear',
  handbags: 'wear',
  'small-leather-goods': 'wear',
  watches: 'watch',
  jewellery: 'watch',
  eyewear: 'eyes',
  cosmetics: 'beauty',
  fragrance: 'beauty',
  'outdoor-gear': 'outdoor',
  'sports-equipment': 'outdoor',
  bicycles: 'bike',
  phones: 'tech',
  'phone-accessories': 'tech',
  audio: 'tech',
  computers: 'tech',
  'computer-accessories': 'tech',
  cameras: 'tech',
  music: 'instrument',
  toys: 'toy',
  'baby-products': 'toy',
  books: 'toy',
  tools: 'tool',
  'auto-parts': 'tool',
  'pet-supplies': 'pet',
  'film-tv': 'disc',
  'video-games': 'game',
  software: 'game',
  'game-consoles': 'game',
  furniture: 'kitchen',
  batteries: 'tech',
  'printer-supplies': 'tech',
  tyres: 'tool',
};

const EN = {
  kitchen: [
    'The base sits flat on induction, gas and ceramic hobs; we tested it on all three before listing.',
    'Hand washing with warm water and a soft sponge keeps the surface looking the way it did on day one.',
    'Measurements are taken with a tape at the widest point, so allow a few millimetres either way.',
    'The handle stays cool enough to hold during normal cooking, though an oven glove is wise above 200 °C.',
    'Descale every four to six weeks if your tap water is hard; a spoon of citric acid in water does the job.',
    'The cable is about 90 cm long and the plug is the one shown in the photos.',
    'Capacity is marked on the inside wall, which makes it easy to dose water for two or four cups.',
    'Please let the appliance cool down fully before wiping the outside with a damp cloth.',
    'It fits on a standard kitchen shelf and does not need more counter space than a kettle.',
    'All parts that touch food are listed as food-safe in the user manual we include as a PDF.',
    'Colours can look slightly warmer on screen than in daylight; the last photo is taken by the window.',
    'We pack cookware with corner protectors and bubble wrap so lids and rims arrive without dents.',
  ],
  wear: [
    'Sizing follows the chart in the photos; if you are between sizes we usually suggest the larger one.',
    'Laid flat, the chest measures as shown in the fourth picture and the length is taken from the shoulder seam.',
    'Wash at 30 degrees inside out and dry flat in the shade to keep the colour even.',
    'The lining is smooth and the inner pocket fits a phone and a few cards.',
    'Leather softens with wear; a little conditioner twice a year keeps it supple.',
    'Stitching is even along the edges and the hardware moves freely.',
    'The strap adjusts in five steps and can be removed when you want to carry it by hand.',
    'Model in the photo is 172 cm tall and wears the medium.',
    'Please check the measurements against something you already own before ordering.',
    'Natural leather shows small marks and grain differences, which are part of the material.',
    'Folded neatly and sent in a padded mailer so it arrives without creases.',
    'The fabric breathes well in warm weather and layers easily when it turns cold.',
  ],
  watch: [
    'The bracelet can be shortened at any jeweller; spare links are sent along with it.',
    'Water resistance is as stated on the caseback, but we recommend a pressure test before diving.',
    'Time was checked against an atomic clock over three days before the photos were taken.',
    'The lug width and case diameter are in the last picture, measured with a digital caliper.',
    'Crown screws down smoothly and the bezel clicks firmly in both directions it is meant to turn.',
    'The strap quick-release pins let you swap straps without tools.',
    'Lume was charged under a lamp for the night photo, no filters used.',
    'Please note that automatic movements gain or lose a few seconds a day depending on position.',
    'Wrist shot is on a 17 cm wrist for a sense of size.',
    'Warranty service is handled by the channel stated on the card that accompanies the watch.',
  ],
  eyes: [
    'Frame width, lens width and temple length are printed on the inside of the left temple.',
    'Demo lenses are fitted and can be replaced with your prescription by any optician.',
    'Nose pads are adjustable so the frame sits level on most faces.',
    'Clean the lenses with the microfibre cloth only, never with a paper towel.',
    'The hinges open smoothly and hold their tension without wobbling.',
    'Photos are taken in natural light so the colour of the acetate is true.',
    'Blue light filtering lenses give a faint reflection, visible in the third photo.',
    'The titanium frame weighs only a few grams and does not press behind the ears.',
    'A hard case and cleaning cloth are included as pictured.',
    'If you need a different bridge size, message us before ordering and we will check.',
  ],
  beauty: [
    'Patch test on the inside of the wrist first if your skin is sensitive.',
    'Store below 25 degrees and away from direct sunlight to keep the texture stable.',
    'The batch code and expiry date are printed on the bottom of the tube; photos show both.',
    'Apply a pea-sized amount to clean skin and pat gently until absorbed.',
    'Full ingredient list is on the back label, pictured in the last photo.',
    'Texture is light and sinks in quickly without leaving a sticky layer.',
    'Suitable for morning and evening use; follow with sunscreen during the day.',
    'Volume is stated on the label and each unit is sealed.',
    'Shipping in winter is fine; in summer we add a cool pack for long routes.',
    'Cosmetics cannot be returned once opened, for hygiene reasons.',
  ],
  outdoor: [
    'Packed size and weight are listed in the photos, weighed on a kitchen scale.',
    'Tested outdoors once to make sure everything works, then cleaned and dried.',
    'Use only in a well-ventilated space and never inside a closed tent.',
    'The pot supports fold in and the whole set nests together in the stuff sack.',
    'Works down to around minus five with a winter gas mix; pure butane struggles below freezing.',
    'Fuel is not included and cannot be shipped by post.',
    'Ideal for hut-to-hut hikes, bike touring and a coffee on a day walk.',
    'The sack closes with a drawcord and the whole kit fits in the side pocket of a 30 litre pack.',
    'Boil time is about four minutes for a litre of water in calm conditions.',
    'Please read the safety leaflet before first use and keep it with the kit.',
  ],
  bike: [
    'Mounting hardware is included and fits standard bars from 22 to 35 mm.',
    'The clip system lets you take it off the rack with one hand.',
    'Firmware was updated before listing and the unit pairs over Bluetooth and ANT+.',
    'Frame size chart is in the pictures; stack and reach are given in millimetres.',
    'Torque values are printed near the bolts; please use a torque wrench for carbon parts.',
    'Seams are welded, so the bag stays dry in heavy rain.',
    'Rear light is not part of the listing.',
    'The mount sits just ahead of the stem and does not block the bell.',
    'Battery lasts a full day of riding with navigation and sensors connected.',
    'Collection is possible if you prefer to see the bike before paying.',
  ],
  tech: [
    'Charging is over USB-C; a cable is included but no wall adapter.',
    'Battery health and storage are shown in the settings screenshot.',
    'Pairs with phones, tablets and laptops; no app needed for basic use.',
    'Latency is low enough for recording and video calls.',
    'Firmware is on the latest public version and the device is reset to defaults.',
    'The supplied cable is about one metre; any standard USB-C cable will also do.',
    'Works with the usual recording programs on Windows and macOS without extra drivers.',
    'Screen protector is already fitted; please remove it if you prefer your own.',
    'Dual SIM, network unlocked, tested with two local carriers.',
    'All buttons, ports and indicator lights were tested before photographing.',
  ],
  instrument: [
    'Strings were changed last week and the action is set low without buzzing.',
    'The neck is straight and the truss rod has room to adjust both ways.',
    'Weight and diameter are given in the photos, taken on a postal scale.',
    'Sound sample is available on request; we can record a short clip.',
    'Keep it away from radiators; sudden changes in humidity are hard on wood.',
    'The pickup system and tuner were tested with a cable and amplifier.',
    'Please let it rest at room temperature for a few hours after delivery before tuning.',
    'Played in a home studio only, never gigged.',
    'We ship in a hard case wrapped in foam; cymbals travel in a padded bag with card on both sides.',
    'Felt, sleeve and wing nut are not included unless shown.',
  ],
  toy: [
    'Recommended age is printed on the label; small parts are not suitable for children under three.',
    'All pieces were counted against the rule book before listing.',
    'Wooden parts are finished with water-based paint and are smooth to the touch.',
    'Moving parts work as they should: the arm lifts, the bucket tips and the wheels roll freely.',
    'Playing time is about 20 to 40 minutes for two to five players.',
    'Rules are included in several languages.',
    'Photos show every card and token laid out on the table.',
    'Wipe with a damp cloth; not suitable for the bath or sandpit.',
    'Great for family evenings, a rainy afternoon or a classroom reward.',
    'Scale and dimensions are in the last photo next to a ruler.',
  ],
  tool: [
    'Runs on the stated voltage; the plug is the one shown in the photo.',
    'Blade, accessories and case are as pictured, no extras.',
    'Tested on scrap timber and tiles before listing; runs quietly without wobble.',
    'Please wear eye and ear protection when cutting.',
    'Spare parts and blades are widely available from tool shops.',
    'The cable is three metres long and the switch locks for continuous use.',
    'Serial number plate is in the photos.',
    'Dust port fits a standard 35 mm extractor hose.',
    'Collection from the workshop is welcome by appointment.',
    'Weight is about two kilograms, comfortable for overhead work.',
  ],
  pet: [
    'Measure your dog around the widest part of the chest before choosing a size.',
    'Reflective trims make your dog easy to see on dark evening walks.',
    'Machine washable at 30 degrees; let it dry naturally.',
    'The brake button stops the cord instantly and locks at the chosen length.',
    'Suitable for dogs up to the weight given on the label.',
    'Check the cord or tape for wear before every walk.',
    'The lining is soft and does not rub under the front legs.',
    'Photos are of our own dog, a 14 kilo spaniel mix, for fit.',
    'Returns are accepted if unworn and clean.',
    'The clip is metal and swivels so the lead does not twist.',
  ],
  disc: [
    'Region and format are stated in the title; please check your player before ordering.',
    'Discs are sent in a padded envelope with card stiffeners.',
    'Subtitles and audio tracks are listed on the back cover, pictured.',
    'Running time is given on the cover.',
    'Please play on a recent player or computer drive.',
    'Combined postage for several discs is possible, just ask.',
    'Photos are of the actual item.',
    'Tracklist is shown in the second photo.',
    'Posted within two working days of payment.',
    'No returns on opened discs unless faulty.',
  ],
  game: [
    'Works on the platform named in the title; check the requirements before buying.',
    'Delivery is by message within the hours stated on our store page.',
    'Photos show the setup running on a small monitor.',
    'Controllers and cables are as pictured.',
    'The unit powers on, loads and plays; video output was tested over the original cable.',
    'Please ask any questions before buying, we reply within a day.',
    'Region is shown on the label on the underside.',
    'Save batteries on cartridges may need replacing after many years.',
    'The serial sticker is intact.',
    'Works with a modern television through the adapter shown.',
  ],
};

const EN_GENERIC = [
  'Shipping is tracked and usually takes three to seven working days depending on your location.',
  'We post Monday to Friday; orders paid after 2 pm go out the next working day.',
  'Please check the photos carefully, they are part of the description.',
  'Feel free to send a message if you want more photos or a measurement we have not listed.',
  'Combined shipping is available when you buy more than one item from our shop.',
  'Buyers outside the country are responsible for any import duties or taxes.',
  'Returns are accepted within 14 days if the item is unused and in the same condition as sent.',
  'We answer messages every day, usually within a few hours.',
  'Payment through the platform only; we do not accept bank transfers outside the site.',
  'The item comes from a smoke-free and pet-free home.',
  'Local pickup is possible if you are nearby; just arrange a time by message.',
  'Our store has been selling on this platform for several years and all feedback is public.',
  'If something is not right when it arrives, contact us before leaving feedback and we will sort it out.',
  'Please make sure your delivery address is complete, including apartment number.',
  'Invoices with VAT are available on request for business buyers.',
  'Orders are packed carefully and the parcel is photographed before it goes out.',
  'We do not ship to PO boxes or parcel lockers in some regions; please ask.',
  'Prices include postage within the country.',
  'We are happy to hold an item for a day if you need time to decide.',
  'Thank you for looking and have a good day.',
  'Colours may vary slightly between monitors and phone screens.',
  'All dimensions are approximate and measured by hand.',
  'Insurance is included on parcels above the value set by the courier.',
  'Please leave a phone number for the courier; it helps with delivery.',
  'Express shipping can be arranged at extra cost.',
  'We double-check every order against the listing photo before sealing the parcel.',
];

const EN_USED = [
  'It has been used and shows light signs of wear, all visible in the photos.',
  'Used with care; small marks are shown close up in the pictures.',
  'Pre-owned and fully working, cleaned before listing.',
];
const EN_NEW = [
  'It is new and unused, sealed as it came.',
  'New condition, never used.',
  'Unused, taken out only for the photos.',
];

const ZH = {
  kitchen: [
    '锅底适用电磁炉、燃气灶和电陶炉，上架前三种都试过。',
    '用温水和软海绵手洗即可，表面能保持原来的样子。',
    '尺寸为手工测量，误差一两毫米属于正常。',
    '正常烹饪时手柄不烫手，烤箱温度超过二百度请戴隔热手套。',
    '如果当地水质偏硬，建议每月用柠檬酸除垢一次。',
    '电源线长约九十厘米，插头以图片为准。',
    '内壁有刻度线，煮两杯或四杯水量一目了然。',
    '请等机器完全冷却后再用湿布擦拭外壳。',
    '占地面积和一个电水壶差不多，放在橱柜台面上刚好。',
    '接触食物的部件都符合食品级要求，说明书电子版可以私信索取。',
    '屏幕显示颜色可能偏暖，最后一张是窗边自然光下拍的。',
    '锅具用护角和气泡膜包好，锅盖锅沿到手不会磕碰。',
  ],
  wear: [
    '尺码请参考图片中的尺码表，介于两个尺码之间建议选大一码。',
    '平铺测量胸围和衣长，数据见第四张图。',
    '建议三十度反面洗涤，阴凉处平铺晾干，颜色更持久。',
    '内衬顺滑，内袋可以放手机和几张卡。',
    '真皮越用越软，一年保养两次就好。',
    '边缘走线均匀，五金件开合顺畅。',
    '肩带有五档可调，也可以拆下来手拎。',
    '模特身高一米七二，穿中码。',
    '下单前请和自己常穿的衣服对比一下尺寸。',
    '天然皮革会有细小的纹路差异，属于材质特点。',
    '叠好后用加厚快递袋寄出，到手不会压出褶子。',
    '面料透气，夏天穿不闷，天冷了叠穿也方便。',
  ],
  watch: [
    '表带可以在任何钟表店调节，多余的表节会一起寄出。',
    '防水等级以后盖标注为准，潜水前建议先做气密测试。',
    '上架前连续三天对时，走时数据见图片。',
    '表耳宽度和表径用电子卡尺量过，见最后一张图。',
    '旋入式表冠拧起来顺滑，外圈转动有清脆的段落感。',
    '表带是快拆设计，不用工具就能换。',
    '夜光图是用台灯充能后拍的，没有加滤镜。',
    '机械表每天有几秒误差，和佩戴姿势有关，属于正常。',
    '上手图是十七厘米手腕，供参考大小。',
    '保修按随表附带的保修卡上写明的渠道办理。',
  ],
  eyes: [
    '镜框宽度、镜片宽度和镜腿长度都印在左边镜腿内侧。',
    '现在装的是平光展示片，可以去任何眼镜店配度数。',
    '鼻托可调，大部分脸型都能戴正。',
    '镜片请只用眼镜布擦，不要用纸巾。',
    '铰链开合顺畅，松紧适中不晃动。',
    '自然光下拍摄，板材颜色没有色差。',
    '防蓝光镜片有淡淡的反光，见第三张图。',
    '钛架只有几克重，戴久了耳后也不压。',
    '配硬壳眼镜盒和眼镜布，如图。',
    '需要其他鼻梁尺寸的话，下单前先问一下。',
  ],
  beauty: [
    '敏感肌请先在手腕内侧做皮试。',
    '请放在二十五度以下阴凉处保存，避免阳光直射。',
    '批号和保质期印在底部，图片里都拍到了。',
    '洁面后取豌豆大小，轻拍至吸收即可。',
    '完整成分表在背面标签上，见最后一张图。',
    '质地轻薄，吸收很快，不粘腻。',
    '早晚都可以用，白天记得再涂防晒。',
    '容量以标签为准，每一支都是密封的。',
    '冬天发货没问题，夏天远途会加冰袋。',
    '化妆品拆封后不退不换，请理解。',
  ],
  outdoor: [
    '收纳尺寸和重量见图片，用厨房秤称的。',
    '户外实际用过一次确认没问题，之后清洗晾干了。',
    '请在通风处使用，千万不要在封闭的帐篷里点火。',
    '锅架可以折叠，整套能套在收纳袋里。',
    '用冬季混合气罐零下五度左右也能用，纯丁烷在零度以下火力会变小。',
    '不含燃料，燃料也不能邮寄。',
    '适合徒步、骑行旅行，或者周末出去煮杯咖啡。',
    '收纳袋是抽绳口，整套能塞进三十升背包的侧袋。',
    '无风条件下烧开一升水大约四分钟。',
    '第一次使用前请阅读安全说明，并和装备放在一起。',
  ],
  bike: [
    '附带安装配件，适配二十二到三十五毫米的车把。',
    '卡扣设计，单手就能从货架上取下来。',
    '上架前已升级固件，蓝牙和蚂蚁协议都能连。',
    '车架尺码表见图片，单位毫米。',
    '螺丝旁边印有扭力值，碳纤维部件请用扭力扳手。',
    '接缝是高频焊接，大雨天包里也是干的。',
    '尾灯不在本次出售范围内。',
    '支架在把立前方，不挡铃铛。',
    '连着导航和传感器骑一整天电量也够。',
    '想先看车的话可以自提，付款前当面验车。',
  ],
  tech: [
    '充电口是C口，附带一根线，不含充电头。',
    '电池健康度和存储容量见设置截图。',
    '手机、平板、电脑都能连，基础功能不用装软件。',
    '延迟很低，录音和视频通话都没问题。',
    '已升级到最新正式版固件，并恢复出厂设置。',
    '附带的线大约一米，普通的数据线也能用。',
    '在常见的录音软件里即插即用，不用额外装驱动。',
    '屏幕已经贴好膜，不喜欢可以撕掉。',
    '双卡双待，全网通，用两家运营商的卡测试过。',
    '所有按键、接口和指示灯拍照前都测试过。',
  ],
  instrument: [
    '上周刚换的琴弦，弦距调得很低，没有打品。',
    '琴颈是直的，调节杆两个方向都还有余量。',
    '重量和直径见图片，用邮政秤称的。',
    '需要试音的话可以录一小段视频。',
    '请远离暖气片，湿度骤变对木头不好。',
    '拾音器和调音器都插线接音箱试过。',
    '收到后请在室温下放几个小时再调音。',
    '只在家里的录音室弹过，没有演出过。',
    '琴用硬盒加泡棉寄出，镲片用加厚包两面夹纸板寄出。',
    '毛毡、保护套和蝶形螺母没有特别说明的不包含。',
  ],
  toy: [
    '适用年龄见标签，小零件不适合三岁以下儿童。',
    '上架前对照说明书清点过所有配件。',
    '木质部件是水性漆，摸起来很光滑。',
    '活动部件都正常：机械臂能抬，斗能翻，轮子转得很顺。',
    '一局大约二十到四十分钟，适合二到五人。',
    '附多语言说明书。',
    '图片里把所有卡牌和配件都摆出来拍了。',
    '用湿布擦拭即可，不适合在浴缸或沙坑里玩。',
    '适合家庭聚会、下雨天或者当作班级奖励。',
    '比例和尺寸见最后一张图，旁边放了尺子。',
  ],
  tool: [
    '电压以铭牌为准，插头见图片。',
    '锯片、配件和工具箱以图片为准，没有其他附件。',
    '上架前在废木料和瓷砖上试过，运转安静不晃。',
    '切割时请佩戴护目镜和耳塞。',
    '配件和锯片在五金店都很好买。',
    '电源线长三米，开关可以锁定连续使用。',
    '铭牌编号见图片。',
    '吸尘口适配标准三十五毫米吸尘管。',
    '可以预约到工作室自提。',
    '整机大约两公斤，举过头顶作业也不累。',
  ],
  pet: [
    '请先量一下狗狗胸围最宽的地方再选尺码。',
    '反光条让狗狗在晚上遛弯时更显眼。',
    '可以三十度机洗，自然晾干。',
    '刹车键一按就停，绳子锁定在需要的长度。',
    '适用体重见标签。',
    '每次出门前请检查牵引绳有没有磨损。',
    '内衬很软，前腿下面不会磨。',
    '图片是我们自己家十四公斤的小猎犬试穿。',
    '未穿过、干净的话可以退货。',
    '金属扣可以旋转，牵引绳不会缠在一起。',
  ],
  disc: [
    '区码和格式见标题，下单前请确认播放机是否支持。',
    '光盘用加厚信封加硬纸板寄出。',
    '字幕和音轨见封底，图片里有。',
    '片长见封面。',
    '请用较新的播放机或电脑光驱播放。',
    '多张可以合并运费，欢迎咨询。',
    '图片为实物拍摄。',
    '曲目表见第二张图。',
    '付款后两个工作日内发出。',
    '光盘拆封后非质量问题不退。',
  ],
  game: [
    '适用平台见标题，购买前请确认配置要求。',
    '在店铺页面写明的时间内通过站内消息发货。',
    '图片是接在小显示器上运行的样子。',
    '手柄和线材以图片为准。',
    '能开机、能读盘、能玩，原装视频线测试过。',
    '有问题请在购买前咨询，一天内回复。',
    '区域见机器底部标签。',
    '卡带的存档电池年头久了可能需要更换。',
    '序列号贴纸完好。',
    '通过图中的转接器可以接现在的电视。',
  ],
};

const ZH_GENERIC = [
  '全程可查物流，一般三到七个工作日送达，偏远地区稍慢。',
  '周一到周五发货，下午两点以后付款的第二个工作日发出。',
  '请仔细看图，图片也是描述的一部分。',
  '需要更多图片或者没列出的尺寸，欢迎留言。',
  '店里多件一起买可以合并运费。',
  '请确认收货地址完整，包括门牌号。',
  '签收时请当面检查外包装，有破损可以拒收。',
  '每天都会回复消息，一般几个小时内。',
  '请通过平台付款，不接受站外转账。',
  '无烟无宠物家庭。',
  '同城可以自提，留言约时间就行。',
  '本店在这个平台开了好几年，评价都是公开的。',
  '到货有任何问题请先联系我们，一定给您处理好。',
  '需要开发票的企业客户可以备注。',
  '每一单都仔细打包，发货前会拍照留底。',
  '部分地区的快递柜无法送达，请先咨询。',
  '国内包邮。',
  '想考虑一下的话可以帮您留一天。',
  '感谢光临，祝您生活愉快。',
  '不同屏幕显示的颜色可能略有差异。',
  '所有尺寸均为手工测量，仅供参考。',
  '贵重包裹发货时会加保价。',
  '请留一个能联系到的电话，方便快递员派送。',
  '需要加急的话可以补运费走次日达。',
  '打包前会再对照一次商品图片，确保发的就是图里这件。',
  '七天无理由退换，前提是不影响二次销售。',
];

const ZH_USED = [
  '用过，有轻微使用痕迹，图片都拍到了。',
  '爱惜使用，小划痕见细节图。',
  '二手自用，功能正常，上架前清洁过。',
];
const ZH_NEW = ['全新未使用，保持原样。', '全新，没有用过。', '未使用，只拿出来拍了照。'];

const famOf = (category) => FAMILY_OF[category] ?? category;

function pool(lang, family) {
  const fam = famOf(family);
  const P = lang === 'zh' ? ZH : EN;
  if (!P[fam]) throw new Error(`no sentence family ${fam}`);
  return [P[fam], lang === 'zh' ? ZH_GENERIC : EN_GENERIC];
}

/**
 * Long description (800-3000 bytes): family sentences mixed with shop sentences; `insert` (a cue sentence or its
 * innocent look-alike) goes somewhere in the middle, never first. Returns the text and the byte offset of the insert.
 */
export function longBoiler(lang, family, insert, rng, condition) {
  const [fam, gen] = pool(lang, family);
  const target = rng.int(900, 2300);
  const sep = lang === 'zh' ? '' : ' ';
  const cond = rng.pick(
    condition === 'new' ? (lang === 'zh' ? ZH_NEW : EN_NEW) : lang === 'zh' ? ZH_USED : EN_USED,
  );
  const famS = rng.shuffle(fam.slice());
  const genS = rng.shuffle(gen.slice());
  const out = [rng.pick(famS)];
  const used = new Set(out);
  if (rng.chance(0.7)) out.push(cond);
  const bytes = () => Buffer.byteLength(out.join(sep)) + (insert ? Buffer.byteLength(insert) + 1 : 0);
  let fi = 0;
  let gi = 0;
  while (bytes() < target && (fi < famS.length || gi < genS.length)) {
    const takeFam = gi >= genS.length || (fi < famS.length && rng.chance(0.55));
    const s = takeFam ? famS[fi++] : genS[gi++];
    if (used.has(s)) continue;
    used.add(s);
    out.push(s);
  }
  let cueOffset = -1;
  if (insert) {
    const lo = Math.max(1, Math.floor(out.length * 0.3));
    const hi = Math.max(lo, Math.ceil(out.length * 0.7));
    const at = rng.int(lo, hi);
    out.splice(at, 0, insert);
    cueOffset = Buffer.byteLength(out.slice(0, at).join(sep) + sep);
  }
  // paragraphs of 2-4 sentences
  const paras = [];
  let i = 0;
  while (i < out.length) {
    const n = rng.int(2, 4);
    paras.push(out.slice(i, i + n).join(sep));
    i += n;
  }
  let text = paras.join('\n\n');
  while (Buffer.byteLength(text) > 2950) {
    paras.pop();
    text = paras.join('\n\n');
  }
  if (insert && !text.includes(insert)) {
    // the insert fell into a trimmed paragraph: put it back in the middle
    const mid = Math.max(1, Math.floor(paras.length / 2));
    paras.splice(mid, 0, insert);
    text = paras.join('\n\n');
    cueOffset = Buffer.byteLength(paras.slice(0, mid).join('\n\n')) + 2;
  }
  return { text, cueOffset };
}

/** Short description: one to three sentences, the insert (if any) among them. */
export function shortDesc(lang, family, insert, rng) {
  const [fam, gen] = pool(lang, family);
  const sep = lang === 'zh' ? '' : ' ';
  const out = rng.pickN(fam, rng.int(1, 2));
  if (rng.chance(0.5)) out.push(rng.pick(gen));
  if (insert) out.splice(rng.int(0, out.length), 0, insert);
  return out.join(sep);
}

export { famOf };
