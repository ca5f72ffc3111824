// How sellers disguise each brand (written fresh for test-v10; private to the generators, never filed in
// brands.json): Chinese nicknames and homophones, abbreviations (used with emoji), misspellings.
export const NICK = {
  yamaha: {
    zh: ['三音叉', '雅妈哈', '音叉牌', '雅家', '亚马哈'],
    abbr: ['YMH', 'Y.M.H', 'Y-M-H'],
    miss: ['Yamha', 'Yamahaa', 'Yahama', 'Yamaho', 'Yammaha'],
  },
  gibson: {
    zh: ['吉家', 'G家', '大G琴', '吉卜森', '基普森'],
    abbr: ['GBSN', 'Gib.', 'G-B-S'],
    miss: ['Gibsen', 'Gibbson', 'Gipson', 'Gibsson', 'Gbson'],
  },
  ibanez: {
    zh: ['依家', '衣班', '伊班纳', '依班那'],
    abbr: ['IBZ', 'Ibz', 'I.B.Z'],
    miss: ['Ibanes', 'Ibannez', 'Ibenez', 'Ibanz', 'Ibaneez'],
  },
  korg: {
    zh: ['科家', '哥格', '扣格'],
    abbr: ['KRG', 'K.R.G', 'K-G'],
    miss: ['Korgg', 'Kord', 'Corg', 'Koorg'],
  },
  arturia: {
    zh: ['阿图里亚', '法国A家', 'A家合成器'],
    abbr: ['ART', 'ARTR', 'A.R.T'],
    miss: ['Arturria', 'Arturea', 'Artuira', 'Arturiaa'],
  },
  pearl: {
    zh: ['珍家鼓', '白珠鼓', 'P家鼓', '派尔鼓'],
    abbr: ['PRL', 'P.R.L', 'PRL.'],
    miss: ['Perl', 'Pearll', 'Peral', 'Pearle'],
  },
  campagnolo: {
    zh: ['坎家', '小坎', '坎爷', '金坎', '意大利坎'],
    abbr: ['CAMPY', 'Campa', 'CPG'],
    miss: ['Campagnollo', 'Campangolo', 'Campognolo', 'Campagnola', 'Compagnolo'],
  },
  merida: {
    zh: ['美家车', '美丽达', 'M家车', '美利大'],
    abbr: ['MRD', 'M.R.D', 'MRDA'],
    miss: ['Meridda', 'Merrida', 'Mereda', 'Meridah'],
  },
  canyon: {
    zh: ['峡谷家', '德国峡谷', 'C家直销车', '坎扬'],
    abbr: ['CNYN', 'C.N.Y.N', 'CYN'],
    miss: ['Canyone', 'Canion', 'Kanyon', 'Canyan', 'Cannyon'],
  },
  caloi: {
    zh: ['卡洛伊', '巴西C家', '卡罗伊'],
    abbr: ['CLI', 'C.L.I', 'CAL'],
    miss: ['Caloy', 'Calloi', 'Kaloi', 'Caloii'],
  },
  kross: {
    zh: ['K家车', '波兰K家', '克罗斯'],
    abbr: ['KRS', 'K.R.S', 'KRSS'],
    miss: ['Kros', 'Krross', 'Krosse', 'Kroos'],
  },
  hikoki: {
    zh: ['原日立', '日立工机', '高壹', 'HK家', '海寇奇'],
    abbr: ['HKK', 'H.K.K', 'HKKI'],
    miss: ['Hikoky', 'Hi-Koki', 'Hikooki', 'Hikokki', 'Hicoki'],
  },
  einhell: {
    zh: ['安海', '德系E家', 'E家红', '艾因赫'],
    abbr: ['EHL', 'E.H.L', 'EINH'],
    miss: ['Einhel', 'Einhall', 'Eihnell', 'Eynhell', 'Einnhell'],
  },
  dremel: {
    zh: ['卓美', '琢家', 'D家电磨', '卓梅'],
    abbr: ['DRML', 'D.R.M', 'DRM'],
    miss: ['Dremmel', 'Dreml', 'Dremal', 'Dremell', 'Drimel'],
  },
  anua: {
    zh: ['阿奴娅', 'A家鱼腥草', '鱼腥草水家', '安努阿'],
    abbr: ['ANU', 'A.N.U', 'ANA'],
    miss: ['Annua', 'Anuaa', 'Anoa', 'Anuwa'],
  },
  drjart: {
    zh: ['蒂家', '老虎草', '老虎膏', '蒂佳亭'],
    abbr: ['DrJ', 'DJ+', 'D.J+'],
    miss: ['Dr Jarte', 'Dr.Jaart', 'Dr Jartt', 'Doctor Jert', 'Dr. Jard'],
  },
  canmake: {
    zh: ['井家', '日系C家', '棉花糖粉饼家', '坎美克'],
    abbr: ['CNMK', 'C.M.K', 'CMK'],
    miss: ['Canmeke', 'Cannmake', 'Canmaek', 'Kanmake'],
  },
  bioderma: {
    zh: ['贝家', '粉水家', 'B家卸妆水', '贝德码', '贝德马'],
    abbr: ['BDM', 'B.D.M', 'BDMA'],
    miss: ['Biodermma', 'Bioderna', 'Biodema', 'Bio-derma', 'Biodrema'],
  },
  caudalie: {
    zh: ['欧家', '葡萄籽家', '大葡萄', '欧提丽', '欧缇莉'],
    abbr: ['CDL', 'C.D.L', 'CDLE'],
    miss: ['Caudali', 'Caudallie', 'Caudelie', 'Codalie', 'Caudaly'],
  },
  wardah: {
    zh: ['瓦尔达', '印尼W家', '沃达'],
    abbr: ['WRD', 'W.R.D', 'WRDH'],
    miss: ['Wardha', 'Warda', 'Wardaah', 'Wardahh'],
  },
  inglot: {
    zh: ['英格朗', '波兰I家', '英格洛'],
    abbr: ['INGL', 'I.N.G', 'IGL'],
    miss: ['Inglott', 'Ingllot', 'Englot', 'Inglod'],
  },
  petzl: {
    zh: ['P家头灯', '法国P家', '佩茨', '佩兹'],
    abbr: ['PTZ', 'P.T.Z', 'PTZL'],
    miss: ['Petzel', 'Petzll', 'Pezl', 'Petsl', 'Petzle'],
  },
  montbell: {
    zh: ['蒙贝尔', '梦家', '日本M家', '蒙倍'],
    abbr: ['MB', 'M.B', 'MBL'],
    miss: ['Montbel', 'Mont Bel', 'Monbell', 'Montbelle', 'Mombell'],
  },
  naturehike: {
    zh: ['挪家', 'N家帐篷', '挪课', '诺客'],
    abbr: ['NH', 'N.H', 'NHK'],
    miss: ['Naturhike', 'Nature Hike', 'Naturehyke', 'Naturehik', 'Natrehike'],
  },
  eiger: {
    zh: ['艾格', '印尼E家', '埃格'],
    abbr: ['EGR', 'E.G.R', 'EIG'],
    miss: ['Eigger', 'Eigher', 'Aiger', 'Eigerr'],
  },
  juliusk9: {
    zh: ['J家胸背', '朱利叶斯', '匈牙利警犬胸背', '尤利乌斯'],
    abbr: ['JK9', 'J-K9', 'JK-9'],
    miss: ['Julios K9', 'Juliuss K9', 'Julis K9', 'Julius K 9', 'Jullius K9'],
  },
  ruffwear: {
    zh: ['R家', '拉夫威尔', '拉夫家', '若夫'],
    abbr: ['RFW', 'R.F.W', 'RFWR'],
    miss: ['Rufwear', 'Ruffware', 'Roughwear', 'Ruff Wear', 'Ruffwaer'],
  },
  orient: {
    zh: ['双狮', '东方表', '小东方', '双狮表', '日本双狮'],
    abbr: ['ORT', 'O.R.T', 'ORNT'],
    miss: ['Orinet', 'Oreint', 'Orrient', 'Orientt', 'Oriant'],
  },
  rado: {
    zh: ['雷家', '瑞士陶瓷表', 'R家陶瓷', '镭达'],
    abbr: ['RD', 'R.D', 'RDO'],
    miss: ['Raddo', 'Radoo', 'Rdao', 'Radho'],
  },
  fc: {
    zh: ['康家', '康斯顿', 'F家月相', '康斯丹'],
    abbr: ['FC', 'F.C.', 'F-C'],
    miss: ['Frederic Constant', 'Frederique Constan', 'Fredrique Constant', 'Frederik Konstant'],
  },
  breguet: {
    zh: ['宝家', '宝哥', '宝机', '宝矶', '宝鸡表'],
    abbr: ['BRG', 'B.R.G', 'BRGT'],
    miss: ['Breguett', 'Brequet', 'Bregeut', 'Breget', 'Bregguet'],
  },
  mondaine: {
    zh: ['瑞铁', '瑞士国铁表', '铁路表M家', '蒙丹'],
    abbr: ['MDN', 'M.D.N', 'MDNE'],
    miss: ['Mondain', 'Mondaire', 'Mondane', 'Mondayne'],
  },
  wusthof: {
    zh: ['叉家', '德国叉标', '三齿叉标', '索林根叉子', '武斯托夫'],
    abbr: ['WSTHF', 'W.S.T', 'WSF'],
    miss: ['Wusthoff', 'Wustof', 'Wüstof', 'Wusthov', 'Whusthof'],
  },
  shun: {
    zh: ['贝印家', 'K家大马士革', '贝印大马', '顺刀'],
    abbr: ['SHN', 'S.H.N', 'SHUNN'],
    miss: ['Shunn', 'Shoon', 'Schun', 'Kai Shunn'],
  },
  tojiro: {
    zh: ['藤家', '藤次', '藤二郎', '藤次狼', '东次郎'],
    abbr: ['TJR', 'T.J.R', 'TJRO'],
    miss: ['Tojirou', 'Tojro', 'Toujiro', 'Tojira', 'Tojirro'],
  },
  opinel: {
    zh: ['木柄法刀', '欧皮耐尔', 'O家折刀', '奥皮内尔'],
    abbr: ['OPN', 'O.P.N', 'OPNL'],
    miss: ['Opinell', 'Oppinel', 'Opinal', 'Opniel'],
  },
  herend: {
    zh: ['海家瓷', '匈牙利H家', '赫伦', '赫兰德'],
    abbr: ['HRND', 'H.R.D', 'HRD'],
    miss: ['Herendt', 'Herrend', 'Herand', 'Hereend'],
  },
  rode: {
    zh: ['罗家麦', '澳洲R家', '洛德', '罗得'],
    abbr: ['RD', 'R.D.E', 'RDE'],
    miss: ['Roode', 'Rhode', 'Rodde', 'Roade'],
  },
  hifiman: {
    zh: ['海菲', '海家', 'H家平板', '嗨飞曼'],
    abbr: ['HFM', 'H.F.M', 'HFMN'],
    miss: ['Hifimann', 'Hifimen', 'Hi-Fi Man', 'Hyfiman', 'Hifiaman'],
  },
  cobi: {
    zh: ['波兰积木', '科比积木', 'C家积木', '寇比'],
    abbr: ['CB', 'C.B', 'CBI'],
    miss: ['Kobi', 'Cobbi', 'Coby', 'Cobii'],
  },
  tonies: {
    zh: ['托尼盒子', '托尼', 'T家故事机', '托尼斯'],
    abbr: ['TNS', 'T.N.S', 'TNI'],
    miss: ['Tonis', 'Toneys', 'Tonnies', 'Tonie box'],
  },
  melissa: {
    zh: ['梅丽莎', 'M家果冻鞋', '梅家', '麦丽莎'],
    abbr: ['MLS', 'M.L.S', 'MLSA'],
    miss: ['Melisa', 'Mellisa', 'Melissah', 'Mellissa'],
  },
  bitis: {
    zh: ['比提斯', '越南B家', '碧提斯'],
    abbr: ['BTS', 'B.T.S', 'BTTS'],
    miss: ['Bitties', "Bity's", 'Bitits', 'Bittis'],
  },
  boticario: {
    zh: ['博蒂卡', '巴西O家', '波提卡', '博提卡里奥'],
    abbr: ['OB', 'O.B', 'OBT'],
    miss: ['Boticaryo', 'Botticario', 'Boticarrio', 'Boticaio'],
  },
  lattafa: {
    zh: ['拉塔法', '迪拜L家', '拉塔', '拉塔发'],
    abbr: ['LTF', 'L.T.F', 'LTFA'],
    miss: ['Latafa', 'Lattafah', 'Lataffa', 'Lattaffa', 'Latttafa'],
  },
  eset: {
    zh: ['易赛特', '斯洛伐克杀毒', '伊塞特'],
    abbr: ['E.S.E.T', 'E-S-E-T', 'ES'],
    miss: ['Essett', 'Esett', 'Eseet', 'Esset'],
  },
  waves: {
    zh: ['W家插件', '浪潮插件', '波浪插件'],
    abbr: ['WVS', 'W.V.S', 'WV'],
    miss: ['Wavez', 'Wawes', 'Waeves', 'Wavves'],
  },
  techland: {
    zh: ['T社', '波兰T社', '泰克兰'],
    abbr: ['TL', 'T.L', 'TCHL'],
    miss: ['Teckland', 'Techlend', 'Tecland', 'Techlnd'],
  },
  taito: {
    zh: ['泰托', '太东家', '太东社'],
    abbr: ['TT', 'T.T', 'TTO'],
    miss: ['Taitto', 'Tayto', 'Taitoh', 'Tiato'],
  },
  elan: {
    zh: ['伊兰', 'E家雪板', '爱兰', '伊蓝'],
    abbr: ['ELN', 'E.L.N', 'EL'],
    miss: ['Elann', 'Ellan', 'Eelan', 'Elaan'],
  },
};

// emoji that sellers put next to abbreviations, per family
export const EMOJI = {
  music: ['🎸', '🎹', '🥁', '🎷', '🎶'],
  audio: ['🎧', '🎙️', '🔊', '🎚️'],
  'computer-accessories': ['🎹', '🎛️', '💻'],
  bicycles: ['🚴', '🚲', '🇮🇹', '⚡'],
  tools: ['🔧', '🔩', '⚡', '🛠️'],
  batteries: ['🔋', '⚡'],
  cosmetics: ['💄', '💧', '🌿', '✨', '🧴'],
  fragrance: ['🌸', '✨', '🕌', '💐'],
  'outdoor-gear': ['⛺', '🏔️', '🔦', '🎒'],
  'sports-equipment': ['🧗', '⛷️', '🏔️'],
  apparel: ['🧥', '🏔️', '❄️'],
  'pet-supplies': ['🐕', '🐾', '🦮'],
  watches: ['⌚', '⏱️', '💎', '⚓'],
  kitchenware: ['🔪', '🍳', '🫖'],
  toys: ['🧱', '🧸', '🎁'],
  shoes: ['👡', '👟', '👠'],
  'video-games': ['🎮', '🧟'],
  'game-consoles': ['🕹️', '👾'],
  software: ['🔑', '💿', '🎛️'],
};
