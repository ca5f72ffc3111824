// Neutral description sentences for test-v18, typed fresh. None names a brand, claims quality or a maker, or
// carries a cue; the cue sentence (if any) is inserted by the generator, never first.
// Pools: en, zh and zht per product family plus general and shop sentences; ja, pt, es, id, vi, tr, pl general
// and shop sentences only.

const FAM_EN = {
  tools: [
    'The battery and charger are covered in the listing only if shown in the photos; please check before you buy.',
    'Motor runs smoothly and the speed trigger responds evenly from low to full.',
    'Suitable for weekend garden jobs, hedges along the fence and small lawns.',
    'Keep the vents clear of grass clippings and store it dry over the winter.',
    'Weight and dimensions are as listed on the spec sheet.',
    'Safety glasses and gloves are recommended when cutting or drilling.',
  ],
  bicycles: [
    'Fits standard frames and forks; please check your axle and mount standard before ordering.',
    'Torque values are printed on the part; use a torque wrench when fitting.',
    'Ideal for road, gravel or trail riding depending on the setup.',
    'Weighed on a kitchen scale, within a few grams of the claimed figure.',
    'Bleed kit and mounting bolts are not included unless stated.',
    'Ships in a padded box so the part arrives straight.',
  ],
  cosmetics: [
    'Patch test on the inner arm before first use if your skin is sensitive.',
    'Batch code and expiry date are printed on the bottom of the bottle.',
    'Store below 30 degrees and away from direct sunlight.',
    'Texture is light and absorbs quickly without a sticky finish.',
    'Apply after cleansing, morning and evening, then follow with moisturiser.',
    'Ingredient list is shown in the last photo for anyone with allergies.',
  ],
  fragrance: [
    'Sprays evenly and the atomiser works as it should.',
    'Store the bottle upright, away from heat and light.',
    'Notes open bright and settle into a warm, soft base after an hour.',
  ],
  'printer-supplies': [
    'Please check your printer model against the cartridge number before ordering.',
    'Page yield is the standard figure at 5 percent coverage.',
    'Remove the orange protective strip before inserting into the printer.',
    'Store in a cool dry place and use within a year of opening.',
    'Sealed in its foil bag; keep it sealed until you need it.',
  ],
  'phone-accessories': [
    'Works with USB-C power delivery phones, tablets and small laptops.',
    'Cable length and wattage are listed in the photos.',
    'The charger stays warm, not hot, during long charging sessions.',
    'Please use a suitable adapter; the listing shows what is in the box.',
    'Foldable plug makes it easy to carry in a travel pouch.',
  ],
  batteries: [
    'Capacity figures are rated values at room temperature.',
    'Keep batteries away from metal objects such as keys and coins.',
    'Do not mix old and new cells in the same device.',
    'Recycle spent cells at a collection point.',
    'Expiry year is printed on each pack.',
  ],
  music: [
    'Strings were changed recently and the action is set low without buzzing.',
    'Neck is straight, truss rod works, frets have plenty of life left.',
    'True bypass switching, runs on a standard 9V supply.',
    'Sounds great at home volume as well as on stage.',
    'Gig bag or box as shown in the pictures.',
    'Happy to send a short sound clip on request through the marketplace chat.',
  ],
  toys: [
    'Cards are stored in a smoke-free home in sleeves and top-loaders.',
    'Box is sealed as pictured; corners have light shelf wear only.',
    'Great for players and collectors alike.',
    'Packs are randomly assorted; no guarantee of specific pulls.',
    'Shipped in a bubble mailer inside a sturdy box.',
  ],
  'baby-products': [
    'Meets the current i-Size safety regulation as stated on the label.',
    'Covers are removable and machine washable at 30 degrees.',
    'Please check the fitting list for your car before buying.',
    'Folds with one hand and stands upright when folded.',
    'Harness and buckles all work, manual included.',
  ],
  'pet-supplies': [
    'Best-before date is at least ten months away.',
    'Transition slowly over seven days when changing food.',
    'Store the bag sealed in a cool dry place.',
    'Feeding guide is printed on the back of the pack.',
    'Our two cats love these as an evening treat.',
  ],
  'home-appliances': [
    'Installation should be done by a qualified electrician.',
    'Comes with the mounting bracket and the quick-start guide.',
    'Firmware can be updated through the app or the service port.',
    'Quiet in operation and easy to clean after use.',
    'Power rating and input range are on the label in the photos.',
  ],
  kitchenware: [
    'Dishwasher-safe parts are marked in the manual.',
    'Bowl and attachments are complete as pictured.',
    'Gas canisters are not shipped by air; ground shipping only.',
    'Great for hotpot nights and cooking at the table.',
  ],
  cameras: [
    'Weighs under 250 grams, so no registration is needed in many countries.',
    'Records 4K video and 12MP photos to a microSD card.',
    'Flight time is around half an hour per battery in calm weather.',
    'Please follow local flight rules and keep it in sight.',
    'Propellers, spare screws and a USB-C cable are in the box.',
  ],
  'computer-accessories': [
    'Prints PLA, PETG and TPU out of the box.',
    'Auto bed levelling makes the first layer easy.',
    'Assembly takes about an hour with the included tools.',
    'Slicer profiles are available for free download.',
    'Filament is vacuum sealed with a desiccant pack.',
  ],
  handbags: [
    'Four spinner wheels roll smoothly on airport floors.',
    'Expandable zip adds extra packing space for the trip home.',
    'TSA lock set to 0-0-0 from new.',
    'Dimensions fit most airline checked-bag rules.',
    'Interior has compression straps and a zip divider.',
  ],
  shoes: [
    'Sizes run true; check the size chart in the photos.',
    'Studs are suited for firm natural grass pitches.',
    'Soft leather upper moulds to the foot after a few sessions.',
    'Comes with the shoe bag shown in the pictures.',
  ],
  apparel: [
    'Measurements flat are listed in the last photo.',
    'Machine wash cold, do not tumble dry.',
    'Breathable fabric, ideal for training and match days.',
    'Name and number printing is not included.',
  ],
  'sports-equipment': [
    'Rinse in clean water after every session and dry out of the sun.',
    'Neoprene stretches well and the seams are glued and blind stitched.',
    'Please check the size chart; sizes differ between makers.',
    'Silicone skirt seals comfortably on most faces.',
    'Battery is user-replaceable and the display is easy to read underwater.',
  ],
  'outdoor-gear': [
    'Screws onto standard EN417 gas canisters.',
    'Boils half a litre of water in about three minutes in calm air.',
    'Packs down small enough to fit inside the pot.',
    'Use only outdoors or in well-ventilated spaces.',
    'Windscreen and stuff sack as pictured.',
  ],
  software: [
    'Delivered as a download link and licence key by email.',
    'Runs on current desktop systems; see the requirements in the photos.',
    'Please check the system requirements before ordering.',
    'Activation is tied to one computer at a time.',
  ],
  'video-games': [
    'Top-up is credited to your player ID; please double-check the ID before paying.',
    'Delivery usually takes a few minutes during opening hours.',
    'Works for the server region stated in the title.',
    'Screenshots of the confirmation are sent after delivery.',
  ],
  'game-consoles': [
    'Screen is bright and free of dead pixels.',
    'Battery still holds a good charge, around five hours of play.',
    'Buttons and sticks respond well with no drift.',
    'Comes with a USB-C cable; no charger included.',
  ],
  'film-tv': [
    'Region and subtitle details are printed on the back of the case.',
    'Disc plays fine, no scratches.',
    'Ships in a padded envelope.',
  ],
};

const GEN_EN = [
  'Please look at all photos, they are part of the description.',
  'Questions are welcome through the marketplace messages.',
  'Dispatched within two working days after payment.',
  'Tracked shipping is used for every order.',
  'Combined postage is possible for several items.',
  'Colour may look slightly different on your screen.',
  'Stored in a dry room away from sunlight.',
  'Packed carefully with bubble wrap and a strong outer box.',
  'Pick-up is possible by arrangement during the week.',
  'All measurements are approximate.',
  'Thanks for looking at my listing, and have a nice day.',
  'I reply to messages every evening.',
  'Buyer pays return postage if you simply change your mind.',
  'Payment through the marketplace only.',
  'Check my other listings for more items in the same category.',
  'The item is exactly as shown, what you see is what you get.',
  'If the parcel arrives damaged, please take photos before opening it fully.',
  'I am happy to answer questions about size, fit or compatibility before you order.',
  'Offers are considered, but please keep them reasonable.',
  'Local buyers can inspect the item before paying.',
  'Weekend orders are posted on Monday morning.',
  'Feedback is left once the parcel has arrived safely.',
  'Please make sure your delivery address is complete, including the postcode.',
  'The listing ends early if the item sells locally.',
];
const SHOP_EN = {
  new: ['Item is new and unused.', 'Still in its packaging.', 'Never opened.'],
  used: [
    'Used and in good working order.',
    'Some light marks from normal use, see photos.',
    'Cleaned and tested before listing.',
  ],
  refurbished: [
    'Refurbished and fully tested.',
    'Refurbished unit with a short warranty.',
    'Cleaned, checked and repacked.',
  ],
};

const FAM_ZH = {
  tools: [
    '电池和充电器以图片为准，拍前请确认。',
    '电机运转平稳，调速开关手感均匀。',
    '适合家用维修、装修打孔和院子修剪。',
    '使用后请清理散热孔，干燥处存放。',
    '建议佩戴护目镜和手套操作。',
  ],
  bicycles: [
    '下单前请确认车架和前叉的安装标准。',
    '安装时请按标注扭力上紧。',
    '公路、砾石和山地都可以用，看个人配置。',
    '实测重量和标称差不多。',
    '油管和螺丝不含，需要的话另外说明。',
  ],
  cosmetics: [
    '敏感肌第一次使用前请在耳后试用。',
    '批号和保质期印在瓶底。',
    '请放在阴凉处，避免阳光直射。',
    '质地清爽好吸收，不黏腻。',
    '洁面后早晚使用，之后再涂面霜。',
  ],
  fragrance: ['喷头出雾均匀。', '请竖放保存，远离高温。'],
  'printer-supplies': [
    '下单前请核对打印机型号。',
    '打印页数按百分之五覆盖率计算。',
    '装机前撕掉橙色保护条。',
    '未拆封请放在干燥阴凉处。',
  ],
  'phone-accessories': [
    '支持快充协议的手机和平板都能用。',
    '线长和功率看图片参数。',
    '长时间充电外壳温热，正常现象。',
    '插脚可折叠，出门方便带。',
  ],
  batteries: [
    '容量为常温下的标称值。',
    '请勿和钥匙硬币放在一起。',
    '新旧电池请不要混用。',
    '用完请投放到回收点。',
  ],
  music: [
    '琴弦刚换过，弦距调得低，不打品。',
    '琴颈直，调节杆正常，品丝余量多。',
    '真旁路设计，用普通9V电源。',
    '在家小音量和舞台上都好用。',
    '琴包或原盒以图片为准。',
  ],
  toys: [
    '卡牌一直放在卡套里，无烟家庭。',
    '盒子塑封完好，边角有轻微架磨。',
    '包是随机的，不保证出什么卡。',
    '气泡袋加纸箱发货。',
  ],
  'baby-products': [
    '符合现行安全认证，标签见图。',
    '布套可拆洗，30度机洗。',
    '购买前请确认是否适配您的车型。',
    '单手折叠，折叠后可站立。',
  ],
  'pet-supplies': [
    '保质期还有十个月以上。',
    '换粮请七天逐步过渡。',
    '开袋后请密封保存。',
    '喂食量见包装背面。',
    '家里两只猫都很爱吃。',
  ],
  'home-appliances': [
    '安装请找有资质的电工。',
    '附带挂板和说明书。',
    '可以通过手机软件升级固件。',
    '运行安静，清洁方便。',
  ],
  kitchenware: [
    '可洗碗机清洗的部件见说明书。',
    '碗和配件齐全，如图。',
    '气罐不能空运，只走陆运。',
    '冬天在家涮火锅很方便。',
  ],
  cameras: [
    '机身重量低于250克。',
    '可录4K视频，存储在存储卡里。',
    '无风情况下单块电池续航约半小时。',
    '请遵守当地飞行规定。',
  ],
  'computer-accessories': [
    '开箱就能打印常见耗材。',
    '自动调平，首层很好打。',
    '组装大约一小时，工具随附。',
    '切片配置可以免费下载。',
  ],
  handbags: [
    '四个万向轮在机场推起来很顺。',
    '扩展拉链可以多装一些回程的东西。',
    '海关锁初始密码000。',
    '尺寸符合大多数航空公司托运要求。',
  ],
  shoes: ['尺码正常，参考图片尺码表。', '适合天然草场地。', '皮面柔软，踢几次就贴脚。', '附鞋袋。'],
  apparel: ['平铺尺寸见最后一张图。', '冷水机洗，不要烘干。', '面料透气，训练比赛都合适。', '不含印号印字。'],
  'sports-equipment': [
    '每次下水后用清水冲洗，阴干。',
    '弹性好，接缝胶合盲缝。',
    '尺码请参考尺码表。',
    '硅胶裙边贴合大多数脸型。',
  ],
  'outdoor-gear': [
    '适配标准扁气罐。',
    '无风时三分钟左右烧开半升水。',
    '收纳后可以放进锅里。',
    '请在户外或通风良好的地方使用。',
  ],
  software: ['下单后邮件发送下载链接和激活码。', '支持主流电脑系统。', '购买前请确认系统要求。'],
  'video-games': [
    '充值到您的游戏账号，付款前请核对账号。',
    '营业时间内一般几分钟到账。',
    '到账后发截图确认。',
  ],
  'game-consoles': [
    '屏幕亮，无坏点。',
    '电池续航还能玩五个小时左右。',
    '按键摇杆灵敏，无漂移。',
    '附充电线，不含充电头。',
  ],
  'film-tv': ['区码和字幕信息印在封底。', '光盘播放正常，无划痕。', '用气泡信封寄出。'],
};
const GEN_ZH = [
  '所有图片都是描述的一部分，请仔细看图。',
  '有问题可以先聊再拍。',
  '付款后两个工作日内发货。',
  '每单都有快递单号可以查询。',
  '多件可以合并运费。',
  '不同屏幕显示颜色可能略有差异。',
  '放在干燥房间，避光保存。',
  '气泡膜加纸箱包装，放心。',
  '同城可以自提，请提前约时间。',
  '尺寸为手工测量，略有误差。',
  '感谢光临小店，祝生活愉快。',
  '晚上统一回复消息。',
  '非商品问题退货运费买家承担。',
  '请通过平台付款。',
  '店里还有其他同类商品，欢迎看看。',
  '实物和图片一致。',
  '收到货如果外箱破损，请先拍照再签收。',
  '尺寸和适配问题可以先咨询，确认再下单。',
  '诚心要可以小刀，请勿恶意砍价。',
  '同城可以先看货再付款。',
  '周末的订单周一统一发出。',
  '确认收货后会给您好评。',
  '请填写完整的收货地址和电话。',
  '偏远地区运费另算，请先联系。',
  '发出后一般三到五天送达。',
  '需要开收据的请在备注里写明。',
];
const SHOP_ZH = {
  new: ['商品全新未使用。', '包装完好。', '未拆封。'],
  used: ['自用二手，功能正常。', '有正常使用痕迹，见图。', '发货前已清洁测试。'],
  refurbished: ['翻新机，已全面测试。', '翻新品，有短期保修。', '已清洁检查重新包装。'],
};

const FAM_ZHT = {
  tools: ['電池和充電器以圖片為準。', '馬達運轉順，調速開關手感均勻。', '適合居家修繕和院子修剪。'],
  bicycles: ['下單前請確認車架規格。', '安裝請依標示扭力鎖緊。', '公路、礫石、登山都適用。'],
  cosmetics: ['敏感肌請先局部試用。', '批號和效期印在瓶底。', '請放陰涼處，避免日曬。'],
  'printer-supplies': ['下單前請核對印表機型號。', '未拆封請放乾燥處。'],
  'phone-accessories': ['支援快充的手機平板都能用。', '插腳可折，外出好帶。'],
  batteries: ['請勿與鑰匙硬幣放一起。', '新舊電池請勿混用。'],
  music: ['剛換弦，弦距低不打品。', '琴頸直，調整桿正常。'],
  toys: ['卡片都有套卡套，無菸環境。', '盒子膠膜完整。'],
  'baby-products': ['布套可拆洗。', '購買前請確認車型適用。'],
  'pet-supplies': ['效期還有十個月以上。', '換糧請慢慢過渡。'],
  'home-appliances': ['安裝請找合格電工。', '附掛板和說明書。'],
  kitchenware: ['配件齊全如圖。', '冬天在家煮火鍋很方便。'],
  cameras: ['機身重量低於250克。', '請遵守當地飛行規定。'],
  'computer-accessories': ['自動調平，第一層好印。', '組裝約一小時。'],
  handbags: ['四個飛機輪推起來很順。', '海關鎖初始密碼000。'],
  shoes: ['尺寸正常，請參考尺寸表。', '附鞋袋。'],
  apparel: ['平量尺寸見最後一張圖。', '冷水洗，勿烘乾。'],
  'sports-equipment': ['每次下水後用清水沖洗陰乾。', '尺寸請參考尺寸表。'],
  'outdoor-gear': ['適用標準扁瓦斯罐。', '請在戶外通風處使用。'],
  software: ['下單後以電子郵件寄送序號。'],
  'video-games': ['儲值到您的遊戲帳號，付款前請核對帳號。'],
  'game-consoles': ['螢幕亮，無壞點。', '按鍵搖桿靈敏。'],
  'film-tv': ['區碼和字幕資訊印在封底。', '光碟播放正常。'],
};
const GEN_ZHT = [
  '所有照片都是描述的一部分，請仔細看圖。',
  '有問題歡迎先聊聊。',
  '付款後兩個工作天內寄出。',
  '每筆訂單都有追蹤碼。',
  '多件可合併運費。',
  '螢幕顯示顏色可能略有差異。',
  '氣泡紙加紙箱包裝。',
  '可以面交，請先約時間。',
  '尺寸為手工測量，略有誤差。',
  '謝謝光臨，祝您愉快。',
  '晚上統一回覆訊息。',
  '請透過平台付款。',
  '實物和照片一致。',
  '賣場還有其他商品，歡迎參觀。',
  '收到貨如果外箱破損，請先拍照。',
  '尺寸和相容性問題可以先詢問。',
  '誠心要可小議，請勿亂殺價。',
  '週末的訂單週一統一寄出。',
  '請填寫完整的收件地址和電話。',
  '寄出後一般兩三天到貨。',
  '超商取貨或宅配都可以。',
  '需要收據請在備註寫明。',
];
const SHOP_ZHT = {
  new: ['商品全新未使用。', '包裝完整。'],
  used: ['自用二手，功能正常。', '有正常使用痕跡，請見圖。'],
  refurbished: ['整新品，已全面測試。', '已清潔檢查重新包裝。'],
};

const GEN = {
  ja: [
    '写真も説明の一部ですので、必ずご確認ください。',
    'ご質問はメッセージでお気軽にどうぞ。',
    'お支払い確認後、二営業日以内に発送します。',
    '追跡番号付きで発送いたします。',
    '複数ご購入の場合は送料をおまとめします。',
    'お使いの画面により色味が異なる場合があります。',
    '直射日光を避けて保管していました。',
    'プチプチで丁寧に梱包します。',
    'サイズは手測りのため多少の誤差があります。',
    'ご覧いただきありがとうございます。',
    '夜にまとめて返信いたします。',
    'ノークレーム・ノーリターンでお願いします。',
    '他にも関連商品を出品していますので、ぜひご覧ください。',
    '平日は仕事のため発送は週末になることがあります。',
    '配送中の破損があった場合は、開封前に写真を撮ってください。',
    'サイズや対応機種のご質問はお気軽にどうぞ。',
    '即購入歓迎です。',
    'ペットや喫煙者のいない環境で保管していました。',
    '発送は匿名配送を利用します。',
  ],
  pt: [
    'As fotos fazem parte da descrição, confira todas.',
    'Dúvidas, pode perguntar pelo chat da plataforma.',
    'Envio em até dois dias úteis após o pagamento.',
    'Todos os pedidos vão com código de rastreio.',
    'Faço frete combinado para mais de um item.',
    'A cor pode variar um pouco de acordo com a tela.',
    'Guardado em local seco, longe do sol.',
    'Embalo com plástico bolha e caixa reforçada.',
    'Retirada em mãos combinando horário.',
    'Medidas aproximadas.',
    'Obrigado pela visita e bom dia.',
    'Respondo as mensagens à noite.',
    'Pagamento somente pela plataforma.',
    'Confira meus outros anúncios.',
    'Se a embalagem chegar danificada, tire fotos antes de abrir.',
    'Tiro dúvidas sobre tamanho e compatibilidade antes da compra.',
    'Aceito propostas razoáveis.',
    'Pedidos do fim de semana saem na segunda-feira.',
    'Confira o endereço completo com CEP antes de finalizar.',
    'Prazo de entrega depende da sua região.',
  ],
  es: [
    'Las fotos son parte de la descripción, revísalas todas.',
    'Cualquier duda, pregunta por el chat de la plataforma.',
    'Envío en dos días hábiles después del pago.',
    'Todos los pedidos llevan número de guía.',
    'Se combina envío si compras varios artículos.',
    'El color puede variar un poco según la pantalla.',
    'Guardado en lugar seco y sin sol.',
    'Se empaca con plástico burbuja y caja firme.',
    'Entrega en persona con cita previa.',
    'Medidas aproximadas.',
    'Gracias por visitar mi publicación.',
    'Contesto los mensajes por la noche.',
    'Pago solo por la plataforma.',
    'Revisa mis otras publicaciones.',
    'Si el paquete llega dañado, toma fotos antes de abrirlo.',
    'Resuelvo dudas de talla y compatibilidad antes de la compra.',
    'Acepto ofertas razonables.',
    'Los pedidos del fin de semana salen el lunes.',
    'Revisa que tu dirección esté completa con código postal.',
    'El tiempo de entrega depende de tu ciudad.',
  ],
  id: [
    'Foto adalah bagian dari deskripsi, mohon dilihat semua.',
    'Silakan tanya lewat chat sebelum checkout.',
    'Dikirim maksimal dua hari kerja setelah pembayaran.',
    'Semua pesanan pakai resi yang bisa dilacak.',
    'Bisa gabung ongkir untuk beberapa barang.',
    'Warna bisa sedikit beda tergantung layar.',
    'Disimpan di tempat kering, jauh dari sinar matahari.',
    'Packing bubble wrap dan kardus tebal.',
    'Bisa COD di kota yang sama, janjian dulu.',
    'Ukuran kira-kira.',
    'Terima kasih sudah mampir ke toko kami.',
    'Chat dibalas malam hari.',
    'Pembayaran hanya lewat aplikasi.',
    'Cek juga produk lain di toko kami.',
    'Kalau paket datang rusak, tolong videokan saat unboxing.',
    'Tanya dulu soal ukuran dan kecocokan sebelum order.',
    'Nego tipis boleh, asal sopan.',
    'Pesanan hari Minggu dikirim hari Senin.',
    'Pastikan alamat lengkap dengan kode pos.',
    'Estimasi sampai tergantung ekspedisi yang dipilih.',
  ],
  vi: [
    'Hình ảnh là một phần của mô tả, vui lòng xem kỹ.',
    'Có thắc mắc xin nhắn tin qua ứng dụng.',
    'Gửi hàng trong hai ngày làm việc sau khi thanh toán.',
    'Mọi đơn đều có mã vận đơn.',
    'Mua nhiều món được gộp phí ship.',
    'Màu có thể lệch nhẹ tùy màn hình.',
    'Bảo quản nơi khô ráo, tránh nắng.',
    'Đóng gói bằng xốp hơi và thùng carton.',
    'Có thể nhận trực tiếp, hẹn trước giờ.',
    'Kích thước đo tay nên có sai số nhỏ.',
    'Cảm ơn bạn đã ghé xem.',
    'Tin nhắn được trả lời vào buổi tối.',
    'Thanh toán qua ứng dụng.',
    'Xem thêm các sản phẩm khác của shop.',
    'Nếu hàng đến bị móp hộp, vui lòng quay video khi mở.',
    'Hỏi kỹ về kích thước và tương thích trước khi đặt.',
    'Có thể thương lượng nhẹ.',
    'Đơn cuối tuần sẽ gửi vào thứ Hai.',
    'Vui lòng ghi đầy đủ địa chỉ và số điện thoại.',
    'Thời gian giao tùy khu vực.',
  ],
  tr: [
    'Fotoğraflar açıklamanın bir parçasıdır, lütfen hepsine bakın.',
    'Sorularınızı platform üzerinden mesajla sorabilirsiniz.',
    'Ödemeden sonra iki iş günü içinde kargoya verilir.',
    'Her sipariş takip numarasıyla gönderilir.',
    'Birden fazla üründe kargo birleştirilebilir.',
    'Renk ekrana göre biraz farklı görünebilir.',
    'Kuru ve güneş almayan bir yerde saklandı.',
    'Balonlu naylon ve sağlam kutu ile paketlenir.',
    'Elden teslim randevu ile mümkündür.',
    'Ölçüler yaklaşıktır.',
    'İlanıma baktığınız için teşekkürler.',
    'Mesajlara akşam dönüş yapıyorum.',
    'Ödeme sadece platform üzerinden.',
    'Diğer ilanlarıma da göz atın.',
    'Paket hasarlı gelirse açmadan önce fotoğraf çekin lütfen.',
    'Beden ve uyumluluk sorularını satın almadan önce sorabilirsiniz.',
    'Makul teklifler değerlendirilir.',
    'Hafta sonu siparişleri pazartesi gönderilir.',
    'Lütfen adresinizi posta koduyla eksiksiz yazın.',
    'Teslim süresi bölgenize göre değişir.',
  ],
  pl: [
    'Zdjęcia są częścią opisu, proszę obejrzeć wszystkie.',
    'Pytania proszę kierować przez czat na platformie.',
    'Wysyłka w ciągu dwóch dni roboczych od wpłaty.',
    'Każda paczka ma numer do śledzenia.',
    'Przy kilku przedmiotach łączę wysyłkę.',
    'Kolor może się nieco różnić w zależności od ekranu.',
    'Przechowywany w suchym miejscu, z dala od słońca.',
    'Pakuję w folię bąbelkową i mocny karton.',
    'Możliwy odbiór osobisty po umówieniu.',
    'Wymiary są przybliżone.',
    'Dziękuję za obejrzenie ogłoszenia.',
    'Na wiadomości odpowiadam wieczorem.',
    'Płatność tylko przez platformę.',
    'Zapraszam do innych moich ogłoszeń.',
    'Jeśli paczka dotrze uszkodzona, proszę zrobić zdjęcia przed otwarciem.',
    'Chętnie odpowiem na pytania o rozmiar i kompatybilność.',
    'Rozsądne oferty rozważę.',
    'Zamówienia z weekendu wysyłam w poniedziałek.',
    'Proszę podać pełny adres z kodem pocztowym.',
    'Czas dostawy zależy od przewoźnika.',
  ],
};
const SHOP = {
  ja: {
    new: ['新品未使用です。', '未開封です。'],
    used: ['中古品ですが動作に問題ありません。', '使用感が少しあります。'],
    refurbished: ['整備済みで動作確認済みです。'],
  },
  pt: {
    new: ['Produto novo, sem uso.', 'Ainda na embalagem.'],
    used: ['Usado, funcionando perfeitamente.', 'Algumas marcas de uso, ver fotos.'],
    refurbished: ['Recondicionado e testado.'],
  },
  es: {
    new: ['Artículo nuevo, sin uso.', 'Todavía en su empaque.'],
    used: ['Usado y funcionando bien.', 'Marcas leves de uso, ver fotos.'],
    refurbished: ['Reacondicionado y probado.'],
  },
  id: {
    new: ['Barang baru, belum dipakai.', 'Masih segel.'],
    used: ['Bekas, berfungsi normal.', 'Terdapat bekas pemakaian wajar, lihat foto.'],
    refurbished: ['Refurbish dan sudah dites.'],
  },
  vi: {
    new: ['Hàng mới, chưa sử dụng.', 'Còn nguyên bao bì.'],
    used: ['Hàng đã dùng, hoạt động tốt.', 'Có vết sử dụng nhẹ, xem ảnh.'],
    refurbished: ['Hàng tân trang, đã kiểm tra.'],
  },
  tr: {
    new: ['Ürün yeni ve kullanılmamış.', 'Ambalajı açılmadı.'],
    used: ['Kullanılmış, sorunsuz çalışıyor.', 'Hafif kullanım izleri var, fotoğraflara bakın.'],
    refurbished: ['Yenilenmiş ve test edilmiştir.'],
  },
  pl: {
    new: ['Przedmiot nowy, nieużywany.', 'Nadal w opakowaniu.'],
    used: ['Używany, w pełni sprawny.', 'Lekkie ślady użytkowania, patrz zdjęcia.'],
    refurbished: ['Odnowiony i przetestowany.'],
  },
};

export const DESC_LANGS = ['en', 'zh', 'zht', 'ja', 'pt', 'es', 'id', 'vi', 'tr', 'pl'];

function pools(lang, family, condition) {
  const cond = condition ?? 'new';
  if (lang === 'en') return { fam: FAM_EN[family] ?? [], gen: GEN_EN, shop: SHOP_EN[cond] };
  if (lang === 'zh') return { fam: FAM_ZH[family] ?? [], gen: GEN_ZH, shop: SHOP_ZH[cond] };
  if (lang === 'zht') return { fam: FAM_ZHT[family] ?? [], gen: GEN_ZHT, shop: SHOP_ZHT[cond] };
  if (GEN[lang]) return { fam: [], gen: GEN[lang], shop: SHOP[lang][cond] };
  return null;
}
const SEP = { en: ' ', zh: '', zht: '', ja: '', pt: ' ', es: ' ', id: ' ', vi: ' ', tr: ' ', pl: ' ' };
const bytes = (s) => Buffer.byteLength(s, 'utf8');

/** A long description (800-3000 bytes) with the optional cue sentence placed in the middle, never first. */
export function longBoiler(lang, family, insert, rng, condition) {
  const p = pools(lang, family, condition);
  if (!p) return null;
  const sep = SEP[lang];
  const target = rng.int(850, 2400);
  const fam = rng.shuffle(p.fam.slice());
  const gen = rng.shuffle(p.gen.slice());
  const shop = rng.shuffle(p.shop.slice());
  const paras = [];
  // paragraph 1: shop line + family lines; paragraph 2..: general lines
  const first = [shop[0], ...fam.slice(0, 3)];
  paras.push(first);
  let rest = [...fam.slice(3), ...gen, ...shop.slice(1)];
  let para = [];
  let size = bytes(first.join(sep));
  while (size < target && rest.length) {
    const s = rest.shift();
    para.push(s);
    size += bytes(s) + 1;
    if (para.length >= 4) {
      paras.push(para);
      para = [];
    }
  }
  if (para.length) paras.push(para);
  // repeat general lines in a closing paragraph if still short
  if (size < 820) {
    const used = new Set(paras.flat());
    rest = rng.shuffle(p.gen.filter((x) => !used.has(x)));
    const closing = [];
    while (size < 820 && rest.length) {
      const s = rest.shift();
      closing.push(s);
      size += bytes(s) + 1;
    }
    paras.push(closing);
  }
  let cueOffset = -1;
  if (insert) {
    // put the cue sentence at the start of a middle paragraph
    const at = Math.max(1, Math.floor(paras.length / 2));
    paras[at] = [insert, ...(paras[at] ?? [])];
  }
  const text = paras.map((x) => x.join(sep)).join('\n\n');
  if (insert) cueOffset = text.indexOf(insert);
  return { text, cueOffset };
}

/** A short description: one to three sentences, with the cue sentence (if any) second. */
export function shortDesc(lang, family, insert, rng, condition) {
  const p = pools(lang, family, condition);
  if (!p) return null;
  const sep = SEP[lang];
  const parts = [rng.pick(p.shop)];
  if (insert) parts.push(insert);
  const extra = rng.shuffle([...p.fam, ...p.gen]).slice(0, rng.int(0, 2));
  parts.push(...extra);
  return parts.join(sep);
}
