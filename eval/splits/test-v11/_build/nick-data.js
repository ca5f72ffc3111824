// Private disguise vocabulary of the test-v11 generators: how sellers write a brand when they avoid its name.
// Never exported into brands.json (the nicknames are the test). zh: Chinese nicknames and homophones;
// abbr: abbreviations with emoji; miss: misspellings (light and heavy).
export const NICK = {
  artemide: {
    zh: ['A家台灯', '阿特米', '意大利A牌', '阿特蜜德'],
    abbr: ['ARTMD 💡', 'A-MIDE 🇮🇹', 'ART€MIDE'],
    miss: ['Artemid', 'Artemidé', 'Artimede', 'Artemde'],
  },
  'louis-poulsen': {
    zh: ['L家吊灯', '路易保森', '丹麦LP家', '鲁易斯保森'],
    abbr: ['L.P 💡🇩🇰', 'LPoulsen ✨', 'L🅿️'],
    miss: ['Luis Poulsen', 'Louis Paulsen', 'Louis Poulson', 'Lois Poulsen'],
  },
  vitra: {
    zh: ['V家椅子', '维特拉家', '瑞士V牌', '威特拉'],
    abbr: ['V1TRA 🪑', 'VTR 🇨🇭'],
    miss: ['Vitrà', 'Vittra', 'Vitre', 'Vytra'],
  },
  hay: {
    zh: ['丹麦H家', '海伊家', 'H牌餐椅'],
    abbr: ['H.A.Y 🪑', 'H4Y 🇩🇰'],
    miss: ['Haay', 'HAYY', 'Hey design'],
  },
  lamy: {
    zh: ['L家钢笔', '拉米', '零美', '德国狩猎者'],
    abbr: ['L4MY ✒️', 'LMY 🖋️', 'L@MY'],
    miss: ['Lammy', 'Lamyy', 'Lamie', 'Lammie'],
  },
  pilot: {
    zh: ['白乐', '柏乐', '日本P家', '百了'],
    abbr: ['P1LOT ✈️🖋️', 'PLT ✒️', 'PIL0T'],
    miss: ['Pillot', 'Pilott', 'Pylot', 'Pilote'],
  },
  hario: {
    zh: ['好丽奥', 'H家滤杯', '哈里奥', '日本好璃'],
    abbr: ['H4RIO ☕', 'HRO ☕️', 'HAR1O'],
    miss: ['Harrio', 'Haryo', 'Hairo', 'Hariyo'],
  },
  comandante: {
    zh: ['司令', 'C家磨豆机', '指挥官磨豆机', '德国司令'],
    abbr: ['C0MANDANTE ☕', 'CMDT ⚙️', 'KOMANDANTE ☕️'],
    miss: ['Comandate', 'Commandante', 'Comandantte', 'Comendante'],
  },
  fellow: {
    zh: ['F家手冲壶', '费罗', '菲洛', '美国F牌'],
    abbr: ['F3LLOW ☕', 'FLW ♨️', 'FELL0W'],
    miss: ['Felow', 'Fellows', 'Fellowe', 'Phellow'],
  },
  janome: {
    zh: ['蛇目', '车乐', '真乐美', '日本J家'],
    abbr: ['J4NOME 🧵', 'JNM 🪡', 'JAN0ME'],
    miss: ['Janomee', 'Jannome', 'Janom', 'Jonome'],
  },
  bernina: {
    zh: ['伯尼纳', '瑞士B家', '贝尔尼娜', '伯纳'],
    abbr: ['B3RNINA 🧵🇨🇭', 'BRN 🪡', 'BERN1NA'],
    miss: ['Berninna', 'Bernia', 'Bernnina', 'Birnina'],
  },
  singer: {
    zh: ['圣家', '胜佳', '老S家', '胜嘉'],
    abbr: ['S1NGER 🧵', 'SNGR 🪡', '$INGER'],
    miss: ['Singger', 'Siinger', 'Synger', 'Singerr'],
  },
  hankook: {
    zh: ['寒泰', '韩太', '韩泰牌', '韩T胎'],
    abbr: ['HNKK 🛞', 'H4NKOOK 🚗', 'HANK00K'],
    miss: ['Hancook', 'Hankok', 'Hankuk', 'Hanko0k'],
  },
  valeo: {
    zh: ['法雷', '发雷奥', '法国V家', '法雷澳'],
    abbr: ['V4LEO 🔧', 'VLO 🚙', 'VAL3O'],
    miss: ['Valleo', 'Valio', 'Valeoo', 'Vaelo'],
  },
  baseus: {
    zh: ['倍斯', '贝思', 'B思', '倍丝'],
    abbr: ['B4SEUS ⚡', 'BSS 🔌', 'BASE-US'],
    miss: ['Baseuss', 'Basues', 'Baceus', 'Baseos'],
  },
  'segway-ninebot': {
    zh: ['9号', '九好', '玖号', '赛格威'],
    abbr: ['9BOT 🛴', 'N1NEBOT ⚡', 'SGWY 🛴'],
    miss: ['Ninebott', 'Ninbot', 'Nine-bot', 'Segwey'],
  },
  foreo: {
    zh: ['F家洗脸仪', '菲洛尔', '斐洛', '露娜'],
    abbr: ['F0REO 🧖', 'FRO ✨', 'FOR3O'],
    miss: ['Foreoo', 'Forreo', 'Forio', 'Foero'],
  },
  refa: {
    zh: ['R家', '黎法', '丽发', '日本黎F'],
    abbr: ['R€FA ✨', 'RF 💆', 'RE-FA'],
    miss: ['Reffa', 'Refaa', 'Reefa', 'Rifa'],
  },
  omron: {
    zh: ['欧母龙', '欧姆隆', '欧龙', '日本O家'],
    abbr: ['0MRON 🩺', 'OMR ❤️', 'OMR0N'],
    miss: ['Omrom', 'Ormon', 'Omronn', 'Omrron'],
  },
  braun: {
    zh: ['薄朗', '波朗', '博郎', '德国B家'],
    abbr: ['BR4UN 🌡️', 'BRN 🪒', 'BRAUM'],
    miss: ['Brauun', 'Braunn', 'Braon', 'Brawn'],
  },
  wotc: {
    zh: ['万智', '万智卡', '魔法风云会', '威世'],
    abbr: ['M.T.G 🧙', 'MTGG 🃏', 'WOTCC 🐉'],
    miss: ['Magic the Gatherng', 'Wizzards of the Coast', 'Magik The Gathering', 'Wizards of the Cost'],
  },
  stonemaier: {
    zh: ['展翅', '石匠游戏', '鸟卡桌游', '石迈尔'],
    abbr: ['STNMR 🐦', 'ST0NEMAIER 🎲'],
    miss: ['Stonemeier', 'Stonemaer', 'Stone Maier', 'Stonmaier'],
  },
  ergobag: {
    zh: ['E家书包', '德国熊书包', '人体工学熊包', '艾格包'],
    abbr: ['ERG0BAG 🐻🎒', 'ERGB 🎒', 'E-BAG 🎒'],
    miss: ['Ergobagg', 'Ergo bag', 'Ergobeg', 'Ergobak'],
  },
  tsuchiya: {
    zh: ['土屋', '土屋包', '土屋家', '图屋'],
    abbr: ['TSCHY 🎒🇯🇵', 'TK 🎒'],
    miss: ['Tsuchya Kaban', 'Tsuchiya Kabann', 'Tsuciya', 'Tuchiya Kaban'],
  },
  'mini-rodini': {
    zh: ['迷你罗', '瑞典熊猫童装', 'MR家', '米尼罗迪尼'],
    abbr: ['M1NI R0DINI 🐼', 'MRDN 🐼'],
    miss: ['Mini Rodinni', 'Minirodin', 'Mini Rodiny', 'Mini Rodinie'],
  },
  valextra: {
    zh: ['瓦家', '瓦莱', '米兰V家', '瓦莱克'],
    abbr: ['V4LEXTRA 👜', 'VLXT 👜🇮🇹', 'VAL3XTRA'],
    miss: ['Valextre', 'Valexttra', 'Valestra', 'Vallextra'],
  },
  'bimba-y-lola': {
    zh: ['西班牙狗狗包', '宾巴', '比巴罗拉', '狗头包'],
    abbr: ['B&L 🐕👜', 'BYL🐶', 'B1MBA'],
    miss: ['Bimba Lola', 'Bimba i Lola', 'Bimbaylolla', 'Bimba y Lolla'],
  },
  iittala: {
    zh: ['伊塔', '芬兰伊家', '依塔拉', '伊泰拉'],
    abbr: ['11TTALA 🍽️', 'iTL 🇫🇮', 'I!TTALA'],
    miss: ['Iitala', 'Itala', 'Iittalla', 'Ittala'],
  },
  lladro: {
    zh: ['雅致瓷', '西班牙瓷偶', '拉德罗', '亚致'],
    abbr: ['LLDR 🏺', 'LL4DRO 🇪🇸'],
    miss: ['Ladro', 'Llandro', 'Lladr0', 'Lladroh'],
  },
  riedel: {
    zh: ['礼铎', '醴多', '奥地利R杯', '里德尔'],
    abbr: ['R13DEL 🍷', 'RDL 🍷🇦🇹', 'RIEDL'],
    miss: ['Reidel', 'Riedell', 'Ridel', 'Riedle'],
  },
  penalty: {
    zh: ['巴西P球', '潘那提', '点球牌', '佩纳尔蒂'],
    abbr: ['P3NALTY ⚽', 'PNLTY ⚽🇧🇷'],
    miss: ['Penalti', 'Pennalty', 'Penaltty', 'Penality'],
  },
  topper: {
    zh: ['阿根廷T家', '托帕', '拓帕', '托珀'],
    abbr: ['T0PPER 👟', 'TPR 👟🇦🇷'],
    miss: ['Toper', 'Toppers', 'Topperr', 'Tooper'],
  },
  charly: {
    zh: ['墨西哥C家', '查理球衣', '恰利', '查利'],
    abbr: ['CH4RLY ⚽', 'CHRLY 🇲🇽'],
    miss: ['Charlie Futbol', 'Charlyy', 'Charli', 'Sharly'],
  },
  'ader-error': {
    zh: ['阿德', 'AE家', '韩国A家', '阿德尔'],
    abbr: ['ADR ERR 🔵', 'A.E 💙', 'AD3R'],
    miss: ['Ader Eror', 'Adder Error', 'Aderr Error', 'Ader Erorr'],
  },
  'issey-miyake': {
    zh: ['三宅', '一生家', '三角包', '宅一生', '褶皱家'],
    abbr: ['ISSY 🔺', 'IM 🔷🔶', 'I.M.'],
    miss: ['Issey Miyaki', 'Isey Miyake', 'Issei Miyake', 'Issey Myake'],
  },
  descente: {
    zh: ['迪桑', 'D家羽绒', '迪桑特家', '蒂桑特'],
    abbr: ['D3SCENTE ⛷️', 'DSNT 🏔️'],
    miss: ['Decente', 'Descentte', 'Desente', 'Dscente'],
  },
  totto: {
    zh: ['哥国T包', '托托', '拓拓', 'T家书包'],
    abbr: ['T0TT0 🎒', 'TTT 🎒🇨🇴'],
    miss: ['Toto bags', 'Tottto', 'Tottoo', 'Totoo'],
  },
  'orange-culture': {
    zh: ['橙文化', 'OC家', '尼日利亚O家'],
    abbr: ['0RANGE CULTUR3 🍊', 'O.C 🍊', 'ORNG CLTR'],
    miss: ['Orange Cultur', 'Orange Kulture', 'Orenge Culture', 'Orange Culure'],
  },
  'carrol-boyes': {
    zh: ['南非C家', '卡罗博伊斯', '卡罗尔'],
    abbr: ['CB 🍴🇿🇦', 'C4RROL B0YES'],
    miss: ['Carol Boyes', 'Carrol Boys', 'Carroll Boyes', 'Carrol Boise'],
  },
  'azza-fahmy': {
    zh: ['埃及A家', '阿扎', '阿莎法米'],
    abbr: ['AZZ4 💍', 'A.F 🇪🇬💍'],
    miss: ['Aza Fahmy', 'Azza Fahmi', 'Azza Fahmey', 'Azzah Fahmy'],
  },
  khaadi: {
    zh: ['卡迪', '巴铁K家', '卡蒂'],
    abbr: ['KH44DI 🌸', 'KHD 🇵🇰'],
    miss: ['Khadii', 'Kaadi', 'Khaddi', 'Khaady'],
  },
  aarong: {
    zh: ['阿荣', '孟加拉A家', '阿龙'],
    abbr: ['44RONG 🧣', 'ARG 🇧🇩'],
    miss: ['Arong', 'Aarrong', 'Aaroong', 'Aarog'],
  },
  walton: {
    zh: ['沃尔顿', '瓦尔顿', '孟加拉W牌'],
    abbr: ['W4LTON 📱', 'WLTN 🇧🇩'],
    miss: ['Waltonn', 'Walten', 'Woltan', 'Waltton'],
  },
  bench: {
    zh: ['菲律宾B家', '板凳牌', '本奇'],
    abbr: ['B3NCH 🇵🇭', 'BNCH 🪑'],
    miss: ['Bennch', 'Bensh', 'Benchh', 'Bentch'],
  },
  'jim-thompson': {
    zh: ['泰丝J家', '吉姆汤普森', '金汤', '泰国丝绸大象'],
    abbr: ['J.T 🐘', 'JIM TH0MPSON 🐘', 'JT🇹🇭'],
    miss: ['Jim Tompson', 'Jim Thomson', 'Jim Thompsen', 'Jim Thomspon'],
  },
  naraya: {
    zh: ['曼谷蝴蝶结包', '那拉亚', '泰国N家', '纳拉雅'],
    abbr: ['N4R4Y4 🎀', 'NRY 🎀🇹🇭'],
    miss: ['Narraya', 'Naraja', 'Naraaya', 'Narayah'],
  },
  kazuri: {
    zh: ['肯尼亚陶珠', '卡祖里', '卡组里'],
    abbr: ['K4ZURI 📿', 'KZR 🇰🇪'],
    miss: ['Kazurri', 'Kazoori', 'Kazury', 'Kasuri'],
  },
  graphisoft: {
    zh: ['图软家', 'AC建筑', '格拉菲软件'],
    abbr: ['GR4PHISOFT 🏗️', 'GSFT 🏛️'],
    miss: ['Graphsoft', 'Grafisoft', 'Graphisofft', 'Graphysoft'],
  },
  'image-line': {
    zh: ['水果', '水果编曲', 'FL水果', '水果软件'],
    abbr: ['FL🍓', 'FLST 🎹', 'IMG-LINE'],
    miss: ['Fruity Lopps', 'FL Stuido', 'Imageline', 'Image Lyne'],
  },
  krafton: {
    zh: ['吃鸡', '绝地', '魁匠', '吃鸡手游'],
    abbr: ['PUBGG 🍗', 'P.U.B.G 🔫', 'KRFTN'],
    miss: ['Kraftton', 'Krafon', 'Krafton Inc', 'Craftton'],
  },
  moonton: {
    zh: ['无尽对决', '沐童', '木瞳', '无尽'],
    abbr: ['ML 💎', 'MLBBB 💎', 'M0ONTON'],
    miss: ['Moontoon', 'Mooton', 'Montoon', 'Moontun'],
  },
};

// homoglyphs (Latin -> look-alike) and invisible characters
export const GLYPH = {
  a: ['\u0430', '\u0251'],
  c: ['\u0441', '\u03f2'],
  e: ['\u0435', '\u0117'],
  i: ['\u0456', '\u0131'],
  o: ['\u043e', '\u03bf', '\u0585'],
  p: ['\u0440', '\u03c1'],
  s: ['\u0455'],
  x: ['\u0445'],
  y: ['\u0443'],
  A: ['\u0410', '\u0391'],
  B: ['\u0412', '\u0392'],
  C: ['\u0421', '\u216d'],
  E: ['\u0415', '\u0395'],
  H: ['\u041d', '\u0397'],
  I: ['\u0406', '\u0399'],
  K: ['\u041a', '\u039a'],
  M: ['\u041c', '\u039c'],
  N: ['\u039d'],
  O: ['\u041e', '\u039f'],
  P: ['\u0420', '\u03a1'],
  T: ['\u0422', '\u03a4'],
  X: ['\u0425'],
  Y: ['\u03a5'],
  L: ['\u216c'],
  D: ['\u216e'],
  V: ['\u2164'],
};
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff'];
