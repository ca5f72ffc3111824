// Private to the generators: how sellers write a brand when they avoid its name. Not exported to brands.json.
// zh: Chinese nicknames and homophones; ab: abbreviations with emoji; ms: misspellings (light and heavy).
export const NICK = {
  karaca: {
    zh: ['土耳其K家', '卡拉咖', '卡拉家'],
    ab: ['K@R@CA ☕', 'KRC ☕🇹🇷'],
    ms: ['Karacca', 'Karaka', 'Karca'],
  },
  arzum: {
    zh: ['土耳其A家咖啡机', '阿祖姆', '阿尔组姆'],
    ab: ['ARZ*M ☕', '4RZUM 🇹🇷'],
    ms: ['Arzumm', 'Arsum', 'Arzoom'],
  },
  vakko: {
    zh: ['土耳其V家丝巾', '瓦扣', '瓦可'],
    ab: ['V4KK0 🧣', 'V.K. 🧣🇹🇷'],
    ms: ['Vako', 'Vackko', 'Wakko'],
  },
  wittchen: {
    zh: ['波兰W家', '维琴', '威特臣'],
    ab: ['W1TTCH3N 🧳', 'WTCH 👜🇵🇱'],
    ms: ['Witchen', 'Vittchen', 'Wittchem'],
  },
  ziaja: {
    zh: ['波兰羊奶霜Z家', '齐雅雅', '姿雅'],
    ab: ['Z!AJA 🐐', 'ZJ 🐐🇵🇱'],
    ms: ['Ziaya', 'Zaija', 'Zjaja'],
  },
  tescoma: {
    zh: ['捷克T家锅', '特斯科马', '泰斯可'],
    ab: ['T3SC0MA 🍳', 'TSCM 🍳🇨🇿'],
    ms: ['Tescomma', 'Teskoma', 'Tescona'],
  },
  prim: {
    zh: ['捷克P表', '普利姆表', '布拉格老表'],
    ab: ['PR!M ⌚🇨🇿', 'P.R.I.M. ⌚'],
    ms: ['Pryim', 'Priim', 'Primm'],
  },
  marimekko: {
    zh: ['芬兰大花', '罂粟花家', '玛丽美客'],
    ab: ['M@R!MEKK0 🌺', 'MRMK 🌸'],
    ms: ['Marimeko', 'Marimekco', 'Marrimekko'],
  },
  primus: {
    zh: ['瑞典P家炉头', '普瑞姆斯', '普力马'],
    ab: ['PR1MU$ 🔥', 'PRMS 🔥🏕️'],
    ms: ['Primuss', 'Primos', 'Prymus'],
  },
  trangia: {
    zh: ['瑞典酒精炉T家', '川佳', '传佳炉'],
    ab: ['TR4NG1A 🔥', 'TRNG 🔥🇸🇪'],
    ms: ['Trangja', 'Tranga', 'Trangiaa'],
  },
  suunto: {
    zh: ['松拓', '芬兰S表', '颂托'],
    ab: ['SUUNT0 ⌚', 'S.U.N.T.O ⛰️⌚'],
    ms: ['Sunto', 'Suuntoo', 'Suntoo'],
  },
  supercell: { zh: ['芬兰细胞', '超细胞'], ab: ['SPRCLL 🎮'], ms: ['Supercel', 'Supersell'] },
  paradox: { zh: ['P社', '瑞典P社'], ab: ['PDX 🎮'], ms: ['Paradoks', 'Parradox'] },
  ahava: {
    zh: ['死海A家', '阿哈娃', '阿哈瓦'],
    ab: ['4HAVA 🌊', 'A.H.V. 💧🇮🇱'],
    ms: ['Ahavah', 'Ahawa', 'Ahvaa'],
  },
  sodastream: {
    zh: ['以色列气泡机S家', '苏打思川', '索达气泡机'],
    ab: ['S0DA-STR3AM 🫧', 'SDSTRM 🫧'],
    ms: ['Sodastreem', 'Soda Strem', 'Sodastrem'],
  },
  cottonil: {
    zh: ['埃及棉C家', '科托尼'],
    ab: ['C0TT0N!L 🩲', 'CTNL 🇪🇬'],
    ms: ['Cotonil', 'Cottonill', 'Kottonil'],
  },
  tecno: {
    zh: ['非洲手机之王T牌', '泰克诺', '特克诺'],
    ab: ['T3CN0 📱', 'T.C.N. 📱🌍'],
    ms: ['Techno', 'Tekno', 'Tecnno'],
  },
  oraimo: { zh: ['欧莱姆', '奥莱莫'], ab: ['0RAIM0 🎧', 'ORM 🎧🔋'], ms: ['Oraymo', 'Oriamo', 'Oraimmo'] },
  gulahmed: {
    zh: ['巴基斯坦G家草坪布', '古尔艾哈'],
    ab: ['G.A. 🧵🇵🇰', 'GUL-4HMED 🧵'],
    ms: ['Gul Ahmad', 'Gulahmad', 'Gull Ahmed'],
  },
  sapphire: {
    zh: ['巴铁蓝宝石家', '萨菲尔'],
    ab: ['S@PPH!RE 💎🧵', 'SPPHR 🇵🇰'],
    ms: ['Saphire', 'Sapphyre', 'Safire'],
  },
  minhlong: {
    zh: ['越南M家瓷', '明隆瓷'],
    ab: ['M.L. 🍵🇻🇳', 'M1NH-L0NG 🍵'],
    ms: ['Min Long', 'Minhlog', 'Mihn Long'],
  },
  penshoppe: {
    zh: ['菲律宾P家', '潘肖'],
    ab: ['P3NSH0PP3 👕', 'PNSHP 👕🇵🇭'],
    ms: ['Penshop', 'Pen Shoppe', 'Penshopee'],
  },
  cuadra: {
    zh: ['墨西哥鸵鸟靴C家', '夸达'],
    ab: ['CU4DRA 🤠', 'C.U.A. 🤠🇲🇽'],
    ms: ['Quadra', 'Cuadraa', 'Cudra'],
  },
  velez: { zh: ['南美V家皮具', '维莱兹'], ab: ['V3L3Z 👜', 'VLZ 👜🇨🇴'], ms: ['Veles', 'Vellez', 'Velés'] },
  zildjian: {
    zh: ['土耳其老Z家镲', '吉尔吉安', '知音家'],
    ab: ['Z1LDJ14N 🥁', 'ZLDJN 🥁'],
    ms: ['Zildjan', 'Zildijan', 'Zildgian'],
  },
  focusrite: {
    zh: ['福克斯莱', '红盒子声卡', '福克斯特声卡'],
    ab: ['F0CUSR1TE 🎙️', 'FCSRT 🎚️'],
    ms: ['Focusright', 'Fokusrite', 'Focusrit'],
  },
  takamine: {
    zh: ['塔卡米尼', '日本T家琴', '高峯'],
    ab: ['T@K@MINE 🎸', 'TKMN 🎸'],
    ms: ['Takamini', 'Takamin', 'Takamene'],
  },
  pinarello: {
    zh: ['皮娜', '皮家', '意大利P家'],
    ab: ['P1N4R3LL0 🚴', 'PNRL 🚴🇮🇹'],
    ms: ['Pinarelo', 'Pinnarello', 'Pinarrello'],
  },
  wahoo: { zh: ['瓦虎', '哇呼骑行台', '哇呼'], ab: ['W4H00 🚲', 'WH00 🚴'], ms: ['Wahooo', 'Wahu', 'Wahho'] },
  ortlieb: {
    zh: ['欧特力', '德国O家驮包', '奥特力'],
    ab: ['0RTL13B 🎒', 'ORTLB 🚲🎒'],
    ms: ['Ortleib', 'Ortlib', 'Orrtlieb'],
  },
  misono: {
    zh: ['美园刀', '三园刀', '美苑'],
    ab: ['M1S0N0 🔪', 'MSN 🔪🇯🇵'],
    ms: ['Missono', 'Misonno', 'Misonoh'],
  },
  delsey: {
    zh: ['大使箱', '德尔西', '法大使'],
    ab: ['D3LS3Y ✈️', 'DLSY 🧳'],
    ms: ['Delsy', 'Delsay', 'Dellsey'],
  },
  masunaga: {
    zh: ['鲭江M家', '增永家', '增永1905'],
    ab: ['M4SUN4G4 👓', 'MSNG 👓🇯🇵'],
    ms: ['Masunga', 'Masunagha', 'Masonaga'],
  },
  jins: {
    zh: ['日本J家眼镜', '金斯', '晴姿'],
    ab: ['J!NS 👓', 'J.I.N.S 🤓'],
    ms: ['Jinz', 'Jeens', 'Jinss'],
  },
  soto: {
    zh: ['日本S家炉头', '搜兔', '索托'],
    ab: ['S0T0 🔥', 'S.O.T.O 🔥🏕️'],
    ms: ['Sotto', 'Sohto', 'Sooto'],
  },
  flexi: {
    zh: ['福来喜牵引绳', '德国F家伸缩绳', '飞力喜'],
    ab: ['FL3XI 🐕', 'FLX 🦮'],
    ms: ['Flexy', 'Flexxi', 'Fleksi'],
  },
  hurtta: {
    zh: ['芬兰狗衣H家', '胡塔', '赫塔'],
    ab: ['HURTT@ 🐾', 'HRTT 🐕❄️'],
    ms: ['Hurta', 'Hurtaa', 'Hurtha'],
  },
  missha: {
    zh: ['米莎', '密尚', '韩国M家'],
    ab: ['M!SSH@ 💄', 'MSH 💄🇰🇷'],
    ms: ['Misha', 'Missa', 'Mishha'],
  },
  torriden: {
    zh: ['多里顿', '韩国T家玻尿酸', '托里登'],
    ab: ['T0RR1D3N 💧', 'TRRDN 💧🇰🇷'],
    ms: ['Toriden', 'Torridenn', 'Toridene'],
  },
  kose: { zh: ['高斯', '日本K家', '雪肌晶'], ab: ['K0SE ❄️', 'K.O.S.E ❄️🇯🇵'], ms: ['Kosei', 'Kowse', 'Kosse'] },
  haba: { zh: ['哈八', '德国黄盒子', '哈巴家'], ab: ['H@BA 🧸', 'HB 🧸🇩🇪'], ms: ['Habba', 'Habaa', 'Hapa'] },
  bruder: {
    zh: ['布鲁徳', '德国B家工程车', '卜鲁德'],
    ab: ['BRUD3R 🚜', 'BRDR 🚜🇩🇪'],
    ms: ['Brudder', 'Bruda', 'Broder'],
  },
  daysofwonder: {
    zh: ['火车票桌游', '搭火车之旅', '车票旅行'],
    ab: ['D.o.W. 🚂', 'DOW 🚂🃏'],
    ms: ['Days of Wonders', 'Day of Wonder', 'Days ov Wonder'],
  },
  panini: {
    zh: ['帕妮妮', '意大利P家球星卡', '帕尼'],
    ab: ['P@N1N1 ⚽', 'PNN 🃏'],
    ms: ['Pannini', 'Paninni', 'Panninni'],
  },
  fein: {
    zh: ['费恩', '德国F家摆锯', '范音'],
    ab: ['F3!N 🔧', 'F.E.I.N 🔧🇩🇪'],
    ms: ['Feinn', 'Fien', 'Feyn'],
  },
  mafell: {
    zh: ['玛菲尔', '德国M家木工锯', '马菲'],
    ab: ['M@F3LL 🪚', 'MFL 🪚🇩🇪'],
    ms: ['Mafel', 'Maffell', 'Maffel'],
  },
  mido: {
    zh: ['米度', '美渡', '瑞士M表'],
    ab: ['M1D0 ⌚', 'M.I.D.O ⌚🇨🇭'],
    ms: ['Midoo', 'Mydo', 'Miido'],
  },
  certina: {
    zh: ['雪铁拿', '瑞士C表', '瑟汀娜'],
    ab: ['C3RT1NA 🌊', 'CRTN ⌚🐢'],
    ms: ['Certinna', 'Sertina', 'Certena'],
  },
  beurer: {
    zh: ['博尔', '德国B家血压计', '柏瑞'],
    ab: ['B3URER 🩺', 'BRR 🩺🇩🇪'],
    ms: ['Beuer', 'Beurrer', 'Bayrer'],
  },
  commodore: { zh: ['康莫达', '康懋'], ab: ['C=64 💾', 'CMDR 💾'], ms: ['Comodore', 'Commadore', 'Comodor'] },
  ncsoft: { zh: ['韩国NC'], ab: ['N.C. 🎮'], ms: ['NC-Sof', 'Ensoft'] },
};

// Letters that look alike in other scripts (for pos.brand_homoglyph).
export const HOMO = {
  a: ['\u0430'],
  c: ['\u0441'],
  e: ['\u0435'],
  i: ['\u0456'],
  o: ['\u043e', '\u03bf'],
  p: ['\u0440'],
  s: ['\u0455'],
  x: ['\u0445'],
  y: ['\u0443'],
  A: ['\u0410', '\u0391'],
  B: ['\u0412', '\u0392'],
  C: ['\u0421'],
  E: ['\u0415', '\u0395'],
  H: ['\u041d', '\u0397'],
  I: ['\u0406', '\u0399'],
  K: ['\u041a', '\u039a'],
  M: ['\u041c', '\u039c'],
  N: ['\u039d'],
  O: ['\u041e', '\u039f'],
  P: ['\u0420', '\u03a1'],
  S: ['\u0405'],
  T: ['\u0422', '\u03a4'],
  X: ['\u0425'],
  Z: ['\u0396'],
};
export const INVIS = ['\u200b', '\u200c', '\u2060', '\u00ad'];
