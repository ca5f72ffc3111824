// Brand knowledge for test-v3, written blind from general public knowledge of the brands'
// catalogues (approximate 2026 retail prices of new goods). Only what a brand-protection team
// would file: official names/aliases, protected terms, catalogue lines. No seller slang.
'use strict';
const P = (min, max, currency = 'USD') => ({ min, max, currency });
const L = (name, o = {}) => {
  const l = { name };
  if (o.aliases) l.aliases = o.aliases;
  if (o.short) l.shortNames = o.short;
  if (o.models) l.modelNumbers = o.models;
  if (o.cat) l.category = o.cat;
  if (o.price) l.referencePrice = o.price;
  if (o.colours) l.colours = o.colours;
  if (o.mfg) l.manufacturingCountries = o.mfg;
  return l;
};
const CP = (category, min, max, currency = 'USD') => ({ category, referencePrice: P(min, max, currency) });

const brands = [
  // ---------------- luxury / fashion ----------------
  { id: 'givenchy', name: 'Givenchy', aliases: ['GIVENCHY', '纪梵希'],
    protectedTerms: ['Givenchy', 'Antigona', 'Voyou', "L'Interdit", 'Prisme Libre'],
    categories: ['handbags', 'small-leather-goods', 'apparel', 'shoes', 'fragrance', 'cosmetics'],
    productLines: [
      L('Antigona bag', { aliases: ['Antigona 手袋'], short: ['Antigona'], cat: 'handbags', price: P(2490, 3990), colours: ['black', 'beige', 'natural', 'dark green', '黑色', '米色'] }),
      L('Voyou bag', { aliases: ['Voyou 手袋'], short: ['Voyou'], cat: 'handbags', price: P(2190, 3290), colours: ['black', 'brown', 'beige', '黑色', '棕色'] }),
      L('Prisme Libre Loose Powder', { aliases: ['四宫格散粉', '轻盈无痕明星四色散粉'], short: ['Prisme Libre'], cat: 'cosmetics', price: P(62, 72), mfg: ['FR'] }),
      L("L'Interdit Eau de Parfum", { aliases: ['心无禁忌香水'], short: ["L'Interdit"], cat: 'fragrance', price: P(95, 185), mfg: ['FR'] }),
      L('Specter sneaker', { short: ['Specter'], cat: 'shoes', price: P(895, 1150), colours: ['white', 'black', '白色', '黑色'] }),
    ],
    manufacturingCountries: ['IT', 'FR', 'PT'],
    authorizedSellers: ['givenchy-official', 'givenchy_tmall_flagship', 'givenchybeauty_jd'],
    categoryPrices: [CP('handbags', 1500, 5500), CP('small-leather-goods', 290, 950), CP('apparel', 390, 3500), CP('shoes', 650, 1600), CP('fragrance', 60, 260), CP('cosmetics', 35, 95)] },

  { id: 'chloe', name: 'Chloé', aliases: ['Chloe', 'CHLOÉ', '蔻依'],
    protectedTerms: ['Chloé', 'Marcie', 'Woody tote', 'Paddington'],
    categories: ['handbags', 'small-leather-goods', 'apparel', 'shoes', 'fragrance', 'eyewear'],
    productLines: [
      L('Marcie bag', { aliases: ['Marcie 马鞍包'], short: ['Marcie'], cat: 'handbags', price: P(1590, 2890), colours: ['tan', 'black', 'brown', 'grey', '棕褐色', '黑色'] }),
      L('Woody tote bag', { aliases: ['Woody 托特包'], short: ['Woody', 'Woody tote'], cat: 'handbags', price: P(790, 1490), colours: ['white', 'beige', 'blue', 'black', '米白', '蓝色'] }),
      L('Chloé Eau de Parfum', { aliases: ['蔻依同名女士香水'], cat: 'fragrance', price: P(85, 175), mfg: ['FR'] }),
      L('Woody sandal', { cat: 'shoes', price: P(650, 795), colours: ['white', 'beige', 'black'] }),
    ],
    manufacturingCountries: ['IT', 'FR'],
    authorizedSellers: ['chloe-official', 'chloe_tmall_flagship'],
    categoryPrices: [CP('handbags', 750, 3500), CP('small-leather-goods', 250, 900), CP('apparel', 350, 4000), CP('shoes', 550, 1400), CP('fragrance', 55, 200), CP('eyewear', 330, 560)] },

  { id: 'marc-jacobs', name: 'Marc Jacobs', aliases: ['MARC JACOBS', 'MJ', '马克·雅可布'],
    protectedTerms: ['Marc Jacobs', 'The Tote Bag', 'The Snapshot', 'Daisy Marc Jacobs'],
    categories: ['handbags', 'small-leather-goods', 'apparel', 'fragrance', 'watches'],
    productLines: [
      L('The Tote Bag', { aliases: ['托特包'], short: ['The Tote', 'Tote Bag'], models: ['M0016156', 'M0016161'], cat: 'handbags', price: P(275, 595), colours: ['black', 'natural', 'pink', 'green', 'navy', '黑色', '米色', '粉色'] }),
      L('The Snapshot', { aliases: ['相机包'], short: ['Snapshot'], models: ['M0012007'], cat: 'handbags', price: P(325, 395), colours: ['black', 'pink', 'blue', 'red', 'white', '黑色', '粉色'] }),
      L('Daisy Eau de Toilette', { aliases: ['小雏菊香水'], short: ['Daisy'], cat: 'fragrance', price: P(65, 140), mfg: ['FR', 'US'] }),
    ],
    manufacturingCountries: ['CN', 'VN', 'PH', 'IT', 'KH'],
    authorizedSellers: ['marcjacobs-official', 'marcjacobs_tmall', 'mj_amazon_store'],
    categoryPrices: [CP('handbags', 195, 1200), CP('small-leather-goods', 95, 350), CP('apparel', 95, 900), CP('fragrance', 45, 160), CP('watches', 150, 400)] },

  { id: 'tory-burch', name: 'Tory Burch', aliases: ['TORY BURCH', 'TB', '汤丽柏琦'],
    protectedTerms: ['Tory Burch', 'Kira', 'Fleming', 'Ella tote', 'Miller sandal'],
    categories: ['handbags', 'small-leather-goods', 'shoes', 'apparel', 'jewellery'],
    productLines: [
      L('Kira Chevron bag', { aliases: ['Kira 链条包'], short: ['Kira'], cat: 'handbags', price: P(498, 698), colours: ['black', 'new cream', 'pink', '黑色', '奶油白'] }),
      L('Fleming Soft bag', { short: ['Fleming'], cat: 'handbags', price: P(498, 598), colours: ['black', 'brown', 'white', '黑色'] }),
      L('Ella tote', { aliases: ['Ella 托特包'], short: ['Ella'], cat: 'handbags', price: P(228, 348), colours: ['black', 'navy', 'olive', 'natural', '黑色', '藏青'] }),
      L('Miller sandal', { aliases: ['Miller 凉鞋'], short: ['Miller'], cat: 'shoes', price: P(198, 248), colours: ['black', 'gold', 'natural vachetta', 'white', '黑色', '金色'] }),
    ],
    manufacturingCountries: ['CN', 'VN', 'PH', 'KH', 'BR'],
    authorizedSellers: ['toryburch-official', 'toryburch_tmall_flagship'],
    categoryPrices: [CP('handbags', 198, 900), CP('small-leather-goods', 88, 350), CP('shoes', 168, 598), CP('apparel', 148, 900), CP('jewellery', 78, 398)] },

  { id: 'alexander-mcqueen', name: 'Alexander McQueen', aliases: ['McQueen', 'ALEXANDER MCQUEEN', '亚历山大·麦昆'],
    protectedTerms: ['Alexander McQueen', 'McQueen'],
    categories: ['shoes', 'apparel', 'handbags', 'small-leather-goods', 'jewellery'],
    productLines: [
      L('Oversized Sneaker', { aliases: ['Oversized 运动鞋', '厚底运动鞋'], short: ['Oversized'], models: ['553680'], cat: 'shoes', price: P(690, 790), colours: ['white', 'white/black', 'white/pink', 'black', '白色', '白黑'] }),
      L('Skull scarf', { aliases: ['骷髅头围巾'], cat: 'apparel', price: P(395, 595), colours: ['black', 'ivory', 'red', '黑色'] }),
      L('Skull bracelet', { cat: 'jewellery', price: P(290, 650), colours: ['silver', 'gold'] }),
    ],
    manufacturingCountries: ['IT'],
    authorizedSellers: ['alexandermcqueen-official', 'mcqueen_tmall_flagship'],
    categoryPrices: [CP('shoes', 590, 1500), CP('apparel', 350, 4500), CP('handbags', 1200, 3500), CP('small-leather-goods', 250, 700), CP('jewellery', 250, 900)] },

  { id: 'off-white', name: 'Off-White', aliases: ['OFF-WHITE', 'Off-White c/o Virgil Abloh'],
    protectedTerms: ['Off-White', 'Out Of Office', 'c/o Virgil Abloh'],
    categories: ['apparel', 'shoes', 'handbags'],
    productLines: [
      L('Out Of Office sneaker', { short: ['Out Of Office', 'OOO'], models: ['OMIA189'], cat: 'shoes', price: P(495, 625), colours: ['white', 'black', 'white/black', 'grey', '白色', '黑色'] }),
      L('Arrow hoodie', { aliases: ['箭头卫衣'], cat: 'apparel', price: P(650, 890), colours: ['black', 'white', 'grey'] }),
      L('Jitney bag', { short: ['Jitney'], cat: 'handbags', price: P(1100, 1900), colours: ['black', 'white'] }),
    ],
    manufacturingCountries: ['IT', 'PT'],
    authorizedSellers: ['offwhite-official', 'offwhite_tmall_flagship'],
    categoryPrices: [CP('apparel', 250, 2500), CP('shoes', 450, 1300), CP('handbags', 900, 2500)] },

  { id: 'ralph-lauren', name: 'Ralph Lauren', aliases: ['Polo Ralph Lauren', 'RALPH LAUREN', '拉夫劳伦', '拉尔夫劳伦'],
    protectedTerms: ['Ralph Lauren', 'Polo Ralph Lauren', 'Big Pony'],
    categories: ['apparel', 'shoes', 'fragrance', 'handbags'],
    productLines: [
      L('Custom Slim Fit Mesh Polo Shirt', { aliases: ['修身网眼Polo衫'], short: ['Mesh Polo', 'Custom Slim Fit Polo'], cat: 'apparel', price: P(98, 125), colours: ['white', 'navy', 'black', 'red', 'green', 'pink', 'light blue', 'grey', 'yellow', '白色', '藏青', '黑色', '红色'] }),
      L('Big Pony Polo Shirt', { short: ['Big Pony'], cat: 'apparel', price: P(148, 168), colours: ['white', 'navy', 'red', 'black', 'green'] }),
      L('Cable-Knit Cotton Sweater', { aliases: ['绞花针织毛衣'], cat: 'apparel', price: P(198, 348), colours: ['cream', 'navy', 'green', 'red', 'grey'] }),
      L('Polo Red Eau de Toilette', { short: ['Polo Red'], cat: 'fragrance', price: P(72, 125), mfg: ['US', 'FR'] }),
    ],
    manufacturingCountries: ['CN', 'VN', 'PE', 'ID', 'IN', 'LK', 'KH', 'BD', 'IT'],
    authorizedSellers: ['ralphlauren-official', 'ralphlauren_tmall_flagship', 'rl_amazon_official'],
    categoryPrices: [CP('apparel', 65, 2500), CP('shoes', 85, 650), CP('fragrance', 55, 160), CP('handbags', 250, 2900)] },

  { id: 'hugo-boss', name: 'BOSS', aliases: ['Hugo Boss', 'HUGO BOSS', 'HUGO', '雨果博斯'],
    protectedTerms: ['Hugo Boss', 'BOSS Bottled'],
    categories: ['apparel', 'shoes', 'fragrance', 'watches'],
    productLines: [
      L('BOSS Bottled Eau de Parfum', { aliases: ['自信男士香水'], short: ['Boss Bottled'], cat: 'fragrance', price: P(85, 140), mfg: ['FR', 'DE'] }),
      L('Slim-fit suit', { aliases: ['修身西装'], cat: 'apparel', price: P(598, 995), colours: ['navy', 'dark grey', 'black', 'blue', '藏青', '黑色'] }),
      L('Logo polo shirt', { cat: 'apparel', price: P(98, 150), colours: ['white', 'black', 'navy', 'light blue'] }),
    ],
    manufacturingCountries: ['TR', 'PT', 'DE', 'RO', 'CN', 'VN', 'BG', 'MK'],
    authorizedSellers: ['boss-official', 'hugoboss_tmall_flagship'],
    categoryPrices: [CP('apparel', 45, 1200), CP('shoes', 150, 450), CP('fragrance', 55, 150), CP('watches', 195, 695)] },

  { id: 'jimmy-choo', name: 'Jimmy Choo', aliases: ['JIMMY CHOO', '周仰杰'],
    protectedTerms: ['Jimmy Choo', 'Bon Bon', 'Romy', 'Azia'],
    categories: ['shoes', 'handbags', 'fragrance'],
    productLines: [
      L('Romy pump', { aliases: ['Romy 高跟鞋'], short: ['Romy', 'Romy 100', 'Romy 85'], cat: 'shoes', price: P(695, 850), colours: ['black', 'nude', 'ballet pink', 'red', 'silver', '黑色', '裸色'] }),
      L('Bon Bon bag', { short: ['Bon Bon'], cat: 'handbags', price: P(1395, 2495), colours: ['black', 'silver', 'latte', 'pink'] }),
      L('Azia sandal', { short: ['Azia'], cat: 'shoes', price: P(695, 895), colours: ['black', 'silver', 'nude'] }),
      L('Jimmy Choo Eau de Parfum', { cat: 'fragrance', price: P(60, 140), mfg: ['FR'] }),
    ],
    manufacturingCountries: ['IT'],
    authorizedSellers: ['jimmychoo-official', 'jimmychoo_tmall_flagship'],
    categoryPrices: [CP('shoes', 595, 1900), CP('handbags', 950, 3500), CP('fragrance', 45, 160)] },

  { id: 'christian-louboutin', name: 'Christian Louboutin', aliases: ['Louboutin', 'CHRISTIAN LOUBOUTIN', '克里斯提·鲁布托'],
    protectedTerms: ['Christian Louboutin', 'Louboutin', 'So Kate', 'Louis Junior Spikes', 'Pigalle'],
    categories: ['shoes', 'handbags', 'small-leather-goods', 'cosmetics'],
    productLines: [
      L('So Kate pump', { aliases: ['So Kate 高跟鞋'], short: ['So Kate', 'So Kate 120'], cat: 'shoes', price: P(795, 1095), colours: ['black', 'nude', 'red', 'white', '黑色', '裸色'] }),
      L('Louis Junior Spikes sneaker', { short: ['Louis Junior Spikes', 'Louis Junior'], cat: 'shoes', price: P(1195, 1495), colours: ['black', 'white', 'black/red'] }),
      L('Rouge Louboutin lipstick', { cat: 'cosmetics', price: P(95, 110), mfg: ['FR'] }),
    ],
    manufacturingCountries: ['IT'],
    authorizedSellers: ['louboutin-official', 'louboutin_tmall_flagship'],
    categoryPrices: [CP('shoes', 695, 2500), CP('handbags', 1200, 3500), CP('small-leather-goods', 350, 950), CP('cosmetics', 55, 110)] },

  // ---------------- sportswear / outdoor ----------------
  { id: 'under-armour', name: 'Under Armour', aliases: ['UNDER ARMOUR', 'UA', '安德玛'],
    protectedTerms: ['Under Armour', 'HOVR', 'Curry Brand', 'HeatGear', 'ColdGear'],
    categories: ['apparel', 'shoes', 'sports-equipment', 'handbags'],
    productLines: [
      L('Curry 12', { short: ['Curry 12'], cat: 'shoes', price: P(160, 170), colours: ['white', 'black', 'blue', 'gold', 'red'] }),
      L('HOVR Phantom 3', { short: ['Phantom 3'], cat: 'shoes', price: P(140, 160), colours: ['black', 'white', 'grey', 'blue'] }),
      L('HeatGear compression shirt', { aliases: ['HeatGear 紧身衣'], cat: 'apparel', price: P(30, 45), colours: ['black', 'white', 'navy', 'red', 'grey'] }),
      L('Undeniable Duffle', { short: ['Undeniable 5.0'], cat: 'handbags', price: P(45, 75), colours: ['black', 'grey', 'navy', 'red'] }),
    ],
    manufacturingCountries: ['VN', 'ID', 'CN', 'JO', 'KH', 'BD', 'MY'],
    authorizedSellers: ['underarmour-official', 'underarmour_tmall_flagship', 'ua_jd_self'],
    categoryPrices: [CP('apparel', 20, 200), CP('shoes', 60, 200), CP('sports-equipment', 20, 120), CP('handbags', 30, 120)] },

  { id: 'asics', name: 'ASICS', aliases: ['Asics', '亚瑟士'],
    protectedTerms: ['ASICS', 'GEL-KAYANO', 'GEL-NIMBUS', 'NOVABLAST', 'GEL-1130'],
    categories: ['shoes', 'apparel', 'sports-equipment'],
    productLines: [
      L('GEL-KAYANO 31', { short: ['Kayano 31'], models: ['1011B867'], cat: 'shoes', price: P(165, 170), colours: ['black', 'white', 'blue', 'grey', 'orange'] }),
      L('GEL-NIMBUS 27', { short: ['Nimbus 27'], cat: 'shoes', price: P(165, 170), colours: ['black', 'white', 'blue', 'grey', 'pink'] }),
      L('GEL-1130', { short: ['1130'], models: ['1201A256'], cat: 'shoes', price: P(100, 120), colours: ['white', 'silver', 'cream', 'black', 'grey', '白银', '银色'] }),
      L('NOVABLAST 5', { short: ['Novablast 5'], cat: 'shoes', price: P(140, 150), colours: ['black', 'white', 'blue', 'yellow'] }),
    ],
    manufacturingCountries: ['VN', 'ID', 'CN', 'KH'],
    authorizedSellers: ['asics-official', 'asics_tmall_flagship', 'asics_jd_self'],
    categoryPrices: [CP('shoes', 60, 260), CP('apparel', 25, 150), CP('sports-equipment', 15, 80)] },

  { id: 'reebok', name: 'Reebok', aliases: ['REEBOK', '锐步'],
    protectedTerms: ['Reebok', 'Club C', 'Nano X'],
    categories: ['shoes', 'apparel'],
    productLines: [
      L('Club C 85', { short: ['Club C'], models: ['AR0456', '100000155'], cat: 'shoes', price: P(80, 90), colours: ['white', 'white/green', 'chalk', 'black', '白绿', '白色'] }),
      L('Classic Leather', { cat: 'shoes', price: P(80, 90), colours: ['white', 'black', 'grey'] }),
      L('Nano X4', { short: ['Nano X4'], cat: 'shoes', price: P(140, 150), colours: ['black', 'white', 'grey', 'blue'] }),
    ],
    manufacturingCountries: ['VN', 'CN', 'ID', 'KH'],
    authorizedSellers: ['reebok-official', 'reebok_tmall_flagship'],
    categoryPrices: [CP('shoes', 55, 180), CP('apparel', 20, 120)] },

  { id: 'hoka', name: 'HOKA', aliases: ['Hoka', 'HOKA ONE ONE'],
    protectedTerms: ['HOKA', 'Clifton', 'Bondi', 'Speedgoat', 'Mach 6'],
    categories: ['shoes', 'apparel'],
    productLines: [
      L('Clifton 10', { short: ['Clifton 10'], models: ['1162030'], cat: 'shoes', price: P(145, 150), colours: ['black', 'white', 'blue', 'grey', 'pink'] }),
      L('Bondi 9', { short: ['Bondi 9'], models: ['1162011'], cat: 'shoes', price: P(165, 175), colours: ['black', 'white', 'blue', 'grey'] }),
      L('Speedgoat 6', { short: ['Speedgoat 6'], cat: 'shoes', price: P(155, 160), colours: ['black', 'green', 'orange', 'blue'] }),
    ],
    manufacturingCountries: ['VN', 'CN'],
    authorizedSellers: ['hoka-official', 'hoka_tmall_flagship'],
    categoryPrices: [CP('shoes', 110, 275), CP('apparel', 35, 180)] },

  { id: 'patagonia', name: 'Patagonia', aliases: ['PATAGONIA', '巴塔哥尼亚'],
    protectedTerms: ['Patagonia', 'Better Sweater', 'Nano Puff', 'Retro-X', 'Black Hole'],
    categories: ['apparel', 'outdoor-gear', 'handbags'],
    productLines: [
      L('Classic Retro-X Fleece Jacket', { short: ['Retro-X'], models: ['23056'], cat: 'apparel', price: P(249, 259), colours: ['natural', 'pelican', 'black', 'dark natural'] }),
      L('Better Sweater Fleece Jacket', { short: ['Better Sweater'], cat: 'apparel', price: P(149, 169), colours: ['black', 'navy', 'grey', 'stone'] }),
      L('Nano Puff Jacket', { short: ['Nano Puff'], cat: 'apparel', price: P(239, 249), colours: ['black', 'navy', 'green', 'red', 'blue'] }),
      L('Black Hole Duffel 55L', { short: ['Black Hole'], cat: 'outdoor-gear', price: P(159, 179), colours: ['black', 'blue', 'green', 'orange'] }),
    ],
    manufacturingCountries: ['VN', 'CN', 'LK', 'TH', 'MX', 'IN', 'PH'],
    authorizedSellers: ['patagonia-official', 'patagonia_tmall_flagship'],
    categoryPrices: [CP('apparel', 35, 800), CP('outdoor-gear', 39, 350), CP('handbags', 49, 199)] },

  { id: 'erke', name: 'ERKE', aliases: ['鸿星尔克', 'Hongxing Erke'],
    protectedTerms: ['鸿星尔克', 'ERKE', '奇弹'],
    categories: ['shoes', 'apparel', 'sports-equipment'],
    productLines: [
      L('奇弹 跑鞋', { aliases: ['Qidan running shoe'], short: ['奇弹'], cat: 'shoes', price: P(239, 399, 'CNY'), colours: ['白色', '黑色', '灰色', '蓝色'] }),
      L('芷境 跑鞋', { aliases: ['Zhijing running shoe'], short: ['芷境'], cat: 'shoes', price: P(299, 499, 'CNY'), colours: ['白色', '黑色'] }),
    ],
    manufacturingCountries: ['CN'],
    authorizedSellers: ['erke_tmall_flagship', 'erke_jd_self', 'erke_douyin_official'],
    categoryPrices: [CP('shoes', 129, 599, 'CNY'), CP('apparel', 59, 499, 'CNY'), CP('sports-equipment', 29, 199, 'CNY')] },

  { id: 'feiyue', name: 'Feiyue', aliases: ['FEIYUE', '飞跃'],
    protectedTerms: ['Feiyue'],
    categories: ['shoes'],
    productLines: [
      L('飞跃 经典帆布鞋', { aliases: ['Feiyue classic canvas shoe'], cat: 'shoes', price: P(69, 129, 'CNY'), colours: ['白色', '黑色', 'white', 'black'] }),
    ],
    manufacturingCountries: ['CN'],
    authorizedSellers: ['feiyue_tmall_flagship', 'feiyue_jd_self'],
    categoryPrices: [CP('shoes', 59, 199, 'CNY')] },

  // ---------------- watches ----------------
  { id: 'iwc', name: 'IWC Schaffhausen', aliases: ['IWC', '万国表', '万国'],
    protectedTerms: ['IWC', 'Portugieser', "Big Pilot's Watch"],
    categories: ['watches'],
    productLines: [
      L('Portugieser Chronograph', { aliases: ['葡萄牙系列计时腕表'], models: ['IW371605', 'IW371617', 'IW371609'], cat: 'watches', price: P(8900, 9300), colours: ['silver', 'blue', 'black', '银色', '蓝色'] }),
      L("Big Pilot's Watch 43", { aliases: ['大飞行员43'], models: ['IW329301', 'IW329303'], cat: 'watches', price: P(11000, 11800), colours: ['black', 'blue'] }),
      L("Pilot's Watch Mark XX", { aliases: ['马克二十'], short: ['Mark XX'], models: ['IW328201', 'IW328203'], cat: 'watches', price: P(5600, 6200), colours: ['black', 'blue', 'green'] }),
    ],
    manufacturingCountries: ['CH'],
    authorizedSellers: ['iwc-official', 'iwc_tmall_flagship'],
    categoryPrices: [CP('watches', 4900, 60000)] },

  { id: 'panerai', name: 'Panerai', aliases: ['Officine Panerai', 'PANERAI', '沛纳海'],
    protectedTerms: ['Panerai', 'Luminor', 'Radiomir', 'Submersible'],
    categories: ['watches'],
    productLines: [
      L('Luminor Marina', { models: ['PAM01312', 'PAM01313'], cat: 'watches', price: P(8900, 9500), colours: ['black', 'blue', 'white'] }),
      L('Luminor Base Logo', { models: ['PAM01086', 'PAM00773'], cat: 'watches', price: P(5200, 5900), colours: ['black'] }),
      L('Submersible', { models: ['PAM00683', 'PAM01223'], cat: 'watches', price: P(11000, 13500), colours: ['black', 'blue', 'green'] }),
    ],
    manufacturingCountries: ['CH'],
    authorizedSellers: ['panerai-official', 'panerai_tmall_flagship'],
    categoryPrices: [CP('watches', 5000, 50000)] },

  { id: 'hublot', name: 'Hublot', aliases: ['HUBLOT', '宇舶', '宇舶表'],
    protectedTerms: ['Hublot', 'Big Bang', 'Classic Fusion'],
    categories: ['watches'],
    productLines: [
      L('Big Bang Unico', { models: ['421.NX.1170.RX', '441.NX.1171.RX'], cat: 'watches', price: P(22000, 26000), colours: ['black', 'titanium', 'blue'] }),
      L('Classic Fusion', { models: ['511.NX.1171.RX', '542.NX.1171.RX'], cat: 'watches', price: P(8000, 12000), colours: ['black', 'blue', 'titanium', 'green'] }),
    ],
    manufacturingCountries: ['CH'],
    authorizedSellers: ['hublot-official', 'hublot_tmall_flagship'],
    categoryPrices: [CP('watches', 7000, 120000)] },

  { id: 'richard-mille', name: 'Richard Mille', aliases: ['RICHARD MILLE', '理查德米勒'],
    protectedTerms: ['Richard Mille'],
    categories: ['watches'],
    productLines: [
      L('RM 011', { models: ['RM 011', 'RM011'], cat: 'watches', price: P(180000, 260000), colours: ['black', 'white', 'orange'] }),
      L('RM 035', { models: ['RM 035', 'RM35-02'], cat: 'watches', price: P(180000, 300000), colours: ['black', 'red', 'white'] }),
      L('RM 07-01', { models: ['RM 07-01', 'RM07-01'], cat: 'watches', price: P(150000, 260000), colours: ['white', 'pink', 'black'] }),
    ],
    manufacturingCountries: ['CH'],
    authorizedSellers: ['richardmille-official'],
    categoryPrices: [CP('watches', 100000, 2000000)] },

  { id: 'tissot', name: 'Tissot', aliases: ['TISSOT', '天梭'],
    protectedTerms: ['Tissot', 'PRX', 'Le Locle', 'Seastar'],
    categories: ['watches'],
    productLines: [
      L('PRX Powermatic 80', { aliases: ['PRX超级玩家'], short: ['PRX 80'], models: ['T137.407.11.041.00', 'T137.407.11.051.00', 'T137.407.11.091.01'], cat: 'watches', price: P(725, 850), colours: ['blue', 'black', 'green', 'silver', 'ice blue', '蓝色', '黑色', '绿色'] }),
      L('PRX 40 205 Quartz', { models: ['T137.410.11.041.00'], cat: 'watches', price: P(375, 450), colours: ['blue', 'black', 'silver', 'green'] }),
      L('Le Locle Powermatic 80', { aliases: ['力洛克'], models: ['T006.407.11.033.00', 'T006.407.11.053.00'], cat: 'watches', price: P(650, 750), colours: ['silver', 'black', 'white'] }),
      L('Seastar 1000 Powermatic 80', { aliases: ['海星'], models: ['T120.407.11.041.03'], cat: 'watches', price: P(850, 950), colours: ['blue', 'black', 'green'] }),
    ],
    manufacturingCountries: ['CH'],
    authorizedSellers: ['tissot-official', 'tissot_tmall_flagship', 'tissot_jd_self'],
    categoryPrices: [CP('watches', 295, 2500)] },

  { id: 'citizen', name: 'Citizen', aliases: ['CITIZEN', '西铁城'],
    protectedTerms: ['Citizen', 'Eco-Drive', 'Promaster'],
    categories: ['watches'],
    productLines: [
      L('Promaster Dive Automatic', { models: ['NY0040-09E', 'NY0040-17L'], cat: 'watches', price: P(395, 495), colours: ['black', 'blue'] }),
      L('Promaster Diver Eco-Drive', { models: ['BN0150-28E', 'BN0151-09L'], cat: 'watches', price: P(275, 350), colours: ['black', 'blue', 'green'] }),
      L('Tsuyosa Automatic', { models: ['NJ0150-56Z', 'NJ0150-81L'], cat: 'watches', price: P(450, 495), colours: ['green', 'blue', 'yellow', 'black', 'turquoise'] }),
    ],
    manufacturingCountries: ['JP', 'CN', 'TH', 'PH', 'MY'],
    authorizedSellers: ['citizen-official', 'citizen_tmall_flagship', 'citizenwatch_amazon'],
    categoryPrices: [CP('watches', 120, 3500)] },

  // ---------------- jewellery / eyewear ----------------
  { id: 'chopard', name: 'Chopard', aliases: ['CHOPARD', '萧邦'],
    protectedTerms: ['Chopard', 'Happy Diamonds', 'Happy Hearts', 'Alpine Eagle'],
    categories: ['jewellery', 'watches'],
    productLines: [
      L('Happy Hearts bracelet', { cat: 'jewellery', price: P(1100, 2500), colours: ['rose gold', 'yellow gold', 'white gold', 'red', 'blue', 'pink'] }),
      L('Happy Diamonds pendant', { cat: 'jewellery', price: P(2500, 7500), colours: ['rose gold', 'white gold', 'yellow gold'] }),
      L('Alpine Eagle 41', { models: ['298600-3001', '298600-3002'], cat: 'watches', price: P(14500, 16500), colours: ['blue', 'grey', 'black'] }),
    ],
    manufacturingCountries: ['CH'],
    authorizedSellers: ['chopard-official', 'chopard_tmall_flagship'],
    categoryPrices: [CP('jewellery', 900, 90000), CP('watches', 7000, 120000)] },

  { id: 'chow-sang-sang', name: 'Chow Sang Sang', aliases: ['周生生', 'CHOW SANG SANG'],
    protectedTerms: ['周生生', 'Chow Sang Sang', 'Charme'],
    categories: ['jewellery'],
    productLines: [
      L('Charme 串珠', { aliases: ['Charme bead'], short: ['Charme'], cat: 'jewellery', price: P(900, 3500, 'CNY'), colours: ['黄色', '金色', 'gold'] }),
      L('足金 手镯', { aliases: ['999 gold bangle'], cat: 'jewellery', price: P(12000, 45000, 'CNY'), colours: ['金色', 'gold'] }),
    ],
    manufacturingCountries: ['CN', 'HK'],
    authorizedSellers: ['chowsangsang_tmall_flagship', 'chowsangsang_jd_self', 'chowsangsang-hk-official'],
    categoryPrices: [CP('jewellery', 500, 80000, 'CNY')] },

  { id: 'persol', name: 'Persol', aliases: ['PERSOL'],
    protectedTerms: ['Persol'],
    categories: ['eyewear'],
    productLines: [
      L('Persol 714', { aliases: ['714 Steve McQueen'], models: ['PO0714', 'PO0714SM'], cat: 'eyewear', price: P(420, 560), colours: ['havana', 'black', 'terra di siena'] }),
      L('Persol 649', { models: ['PO0649'], cat: 'eyewear', price: P(310, 390), colours: ['havana', 'black', 'light havana'] }),
      L('PO3019S', { models: ['PO3019S'], cat: 'eyewear', price: P(250, 320), colours: ['havana', 'black'] }),
    ],
    manufacturingCountries: ['IT'],
    authorizedSellers: ['persol-official'],
    categoryPrices: [CP('eyewear', 220, 650)] },

  // ---------------- fragrance / cosmetics ----------------
  { id: 'giorgio-armani-beauty', name: 'Armani beauty', aliases: ['Giorgio Armani Beauty', 'Giorgio Armani', '阿玛尼美妆', '阿玛尼'],
    protectedTerms: ['Armani', 'Luminous Silk', 'Acqua di Giò', 'Lip Maestro'],
    categories: ['cosmetics', 'fragrance'],
    productLines: [
      L('Luminous Silk Foundation', { aliases: ['丝光粉底液'], short: ['Luminous Silk'], cat: 'cosmetics', price: P(69, 72) }),
      L('Lip Maestro', { aliases: ['红管唇釉'], cat: 'cosmetics', price: P(42, 46) }),
      L('Acqua di Giò Parfum', { aliases: ['寄情水'], cat: 'fragrance', price: P(90, 175) }),
    ],
    manufacturingCountries: ['FR', 'IT'],
    authorizedSellers: ['armanibeauty-official', 'armanibeauty_tmall_flagship'],
    categoryPrices: [CP('cosmetics', 35, 150), CP('fragrance', 60, 380)] },

  { id: 'byredo', name: 'BYREDO', aliases: ['Byredo', '百瑞德'],
    protectedTerms: ['Byredo', 'Gypsy Water', 'Mojave Ghost', 'Blanche', 'Bal d\'Afrique'],
    categories: ['fragrance', 'cosmetics'],
    productLines: [
      L('Gypsy Water Eau de Parfum', { aliases: ['吉普赛之水'], short: ['Gypsy Water'], cat: 'fragrance', price: P(220, 330) }),
      L('Mojave Ghost Eau de Parfum', { aliases: ['荒漠孤魂'], short: ['Mojave Ghost'], cat: 'fragrance', price: P(220, 330) }),
      L('Blanche Eau de Parfum', { aliases: ['返璞归真'], short: ['Blanche'], cat: 'fragrance', price: P(220, 330) }),
    ],
    manufacturingCountries: ['FR', 'SE'],
    authorizedSellers: ['byredo-official', 'byredo_tmall_flagship'],
    categoryPrices: [CP('fragrance', 95, 400), CP('cosmetics', 35, 75)] },

  { id: 'maison-francis-kurkdjian', name: 'Maison Francis Kurkdjian', aliases: ['MFK', 'Maison Francis Kurkdjian Paris', '弗朗西斯·库尔吉安'],
    protectedTerms: ['Baccarat Rouge 540', 'Maison Francis Kurkdjian'],
    categories: ['fragrance'],
    productLines: [
      L('Baccarat Rouge 540 Eau de Parfum', { aliases: ['百家乐540'], short: ['BR540', 'Baccarat Rouge'], cat: 'fragrance', price: P(235, 495) }),
      L('Baccarat Rouge 540 Extrait de Parfum', { short: ['BR540 Extrait'], cat: 'fragrance', price: P(335, 650) }),
      L('Grand Soir Eau de Parfum', { short: ['Grand Soir'], cat: 'fragrance', price: P(235, 445) }),
    ],
    manufacturingCountries: ['FR'],
    authorizedSellers: ['mfk-official', 'mfk_tmall_flagship'],
    categoryPrices: [CP('fragrance', 95, 700)] },

  { id: 'nars', name: 'NARS', aliases: ['Nars', 'NARS Cosmetics', '纳斯'],
    protectedTerms: ['NARS', 'Light Reflecting', 'Radiant Creamy Concealer'],
    categories: ['cosmetics'],
    productLines: [
      L('Blush', { aliases: ['NARS 腮红'], short: ['Orgasm blush'], cat: 'cosmetics', price: P(34, 38) }),
      L('Radiant Creamy Concealer', { aliases: ['妆点甜心遮瑕蜜'], cat: 'cosmetics', price: P(32, 36) }),
      L('Light Reflecting Foundation', { aliases: ['超方瓶粉底液'], cat: 'cosmetics', price: P(52, 56) }),
    ],
    manufacturingCountries: ['US', 'FR', 'IT', 'JP', 'CA'],
    authorizedSellers: ['nars-official', 'nars_tmall_flagship'],
    categoryPrices: [CP('cosmetics', 22, 80)] },

  { id: 'charlotte-tilbury', name: 'Charlotte Tilbury', aliases: ['CHARLOTTE TILBURY', '夏洛特·蒂尔伯里'],
    protectedTerms: ['Charlotte Tilbury', 'Pillow Talk', 'Airbrush Flawless', 'Hollywood Flawless Filter', 'Magic Cream'],
    categories: ['cosmetics', 'fragrance'],
    productLines: [
      L('Matte Revolution Lipstick', { aliases: ['哑光唇膏'], cat: 'cosmetics', price: P(35, 38) }),
      L('Airbrush Flawless Setting Spray', { aliases: ['定妆喷雾'], cat: 'cosmetics', price: P(38, 40) }),
      L('Hollywood Flawless Filter', { aliases: ['好莱坞柔光液'], cat: 'cosmetics', price: P(49, 52) }),
      L("Charlotte's Magic Cream", { aliases: ['魔法面霜'], short: ['Magic Cream'], cat: 'cosmetics', price: P(68, 110) }),
    ],
    manufacturingCountries: ['GB', 'IT', 'US', 'FR', 'DE'],
    authorizedSellers: ['charlottetilbury-official', 'charlottetilbury_tmall'],
    categoryPrices: [CP('cosmetics', 25, 150), CP('fragrance', 100, 200)] },

  { id: 'winona', name: 'Winona', aliases: ['薇诺娜', 'WINONA'],
    protectedTerms: ['薇诺娜', 'Winona'],
    categories: ['cosmetics'],
    productLines: [
      L('舒敏保湿特护霜', { aliases: ['Soothing Repair Cream', '特护霜'], cat: 'cosmetics', price: P(198, 298, 'CNY') }),
      L('清透防晒乳', { aliases: ['Winona sunscreen'], cat: 'cosmetics', price: P(138, 188, 'CNY') }),
    ],
    manufacturingCountries: ['CN'],
    authorizedSellers: ['winona_tmall_flagship', 'winona_jd_self', 'winona_douyin_official'],
    categoryPrices: [CP('cosmetics', 79, 498, 'CNY')] },

  // ---------------- electronics / phones ----------------
  { id: 'oneplus', name: 'OnePlus', aliases: ['ONEPLUS', '一加'],
    protectedTerms: ['OnePlus', 'Nord'],
    categories: ['phones', 'phone-accessories', 'audio'],
    productLines: [
      L('OnePlus 13', { aliases: ['一加13'], models: ['CPH2653', 'PJZ110'], cat: 'phones', price: P(899, 1099), colours: ['black eclipse', 'midnight ocean', 'arctic dawn', '黑', '蓝', '白'] }),
      L('OnePlus 13R', { aliases: ['一加Ace 5'], short: ['13R'], models: ['CPH2645'], cat: 'phones', price: P(599, 699), colours: ['nebula noir', 'astral trail'] }),
      L('OnePlus Buds Pro 3', { aliases: ['一加 Buds Pro 3'], cat: 'audio', price: P(149, 179), colours: ['midnight opus', 'lunar radiance'] }),
    ],
    manufacturingCountries: ['CN', 'IN'],
    authorizedSellers: ['oneplus-official', 'oneplus_tmall_flagship', 'oneplus_jd_self'],
    categoryPrices: [CP('phones', 299, 1299), CP('phone-accessories', 19, 99), CP('audio', 29, 199)] },

  { id: 'oppo', name: 'OPPO', aliases: ['Oppo'],
    protectedTerms: ['OPPO', 'Find X8', 'Reno', 'Enco'],
    categories: ['phones', 'phone-accessories', 'audio'],
    productLines: [
      L('Find X8 Pro', { aliases: ['OPPO Find X8 Pro'], short: ['X8 Pro'], models: ['CPH2659', 'PKC110'], cat: 'phones', price: P(5299, 6799, 'CNY'), colours: ['星野黑', '云朵白', '珍珠白', 'space black', 'pearl white'] }),
      L('Reno13', { aliases: ['OPPO Reno13'], short: ['Reno13'], models: ['PKU110'], cat: 'phones', price: P(2699, 3499, 'CNY'), colours: ['午夜黑', '蝶蝶紫', '凝霜蓝'] }),
      L('Enco X3', { cat: 'audio', price: P(999, 1199, 'CNY'), colours: ['黑', '白'] }),
    ],
    manufacturingCountries: ['CN', 'IN', 'ID'],
    authorizedSellers: ['oppo_tmall_flagship', 'oppo_jd_self', 'oppo-official'],
    categoryPrices: [CP('phones', 999, 9999, 'CNY'), CP('phone-accessories', 49, 499, 'CNY'), CP('audio', 99, 1499, 'CNY')] },

  { id: 'google', name: 'Google', aliases: ['谷歌'],
    protectedTerms: ['Pixel', 'Google Pixel', 'Pixel Buds', 'Nest'],
    categories: ['phones', 'phone-accessories', 'audio', 'watches', 'home-appliances'],
    productLines: [
      L('Pixel 10 Pro', { short: ['P10 Pro'], models: ['GUL82', 'G1MNW'], cat: 'phones', price: P(999, 1449), colours: ['obsidian', 'porcelain', 'moonstone', 'jade'] }),
      L('Pixel 10', { models: ['GFG5N'], cat: 'phones', price: P(799, 899), colours: ['obsidian', 'frost', 'indigo', 'lemongrass'] }),
      L('Pixel Buds Pro 2', { cat: 'audio', price: P(229, 229), colours: ['hazel', 'porcelain', 'peony', 'wintergreen', 'moonstone'] }),
      L('Pixel Watch 4', { cat: 'watches', price: P(349, 449), colours: ['obsidian', 'moonstone', 'porcelain', 'iris', 'lemongrass'] }),
    ],
    manufacturingCountries: ['CN', 'VN', 'IN'],
    authorizedSellers: ['google-store', 'google_amazon_official'],
    categoryPrices: [CP('phones', 499, 1799), CP('phone-accessories', 19, 99), CP('audio', 99, 229), CP('watches', 249, 449), CP('home-appliances', 49, 299)] },

  { id: 'sennheiser', name: 'Sennheiser', aliases: ['SENNHEISER', '森海塞尔'],
    protectedTerms: ['Sennheiser', 'MOMENTUM'],
    categories: ['audio'],
    productLines: [
      L('MOMENTUM 4 Wireless', { short: ['Momentum 4', 'M4'], cat: 'audio', price: P(349, 379), colours: ['black', 'white', 'graphite', 'denim', 'copper'] }),
      L('HD 600', { models: ['HD600', 'HD 600'], cat: 'audio', price: P(399, 449), colours: ['black'] }),
      L('IE 600', { models: ['IE600', 'IE 600'], cat: 'audio', price: P(699, 799), colours: ['black'] }),
      L('MOMENTUM True Wireless 4', { short: ['MTW4'], cat: 'audio', price: P(299, 329), colours: ['black copper', 'black graphite', 'metallic silver'] }),
    ],
    manufacturingCountries: ['IE', 'DE', 'RO', 'CN', 'TW'],
    authorizedSellers: ['sennheiser-official', 'sennheiser_tmall_flagship'],
    categoryPrices: [CP('audio', 49, 1800)] },

  { id: 'razer', name: 'Razer', aliases: ['RAZER', '雷蛇'],
    protectedTerms: ['Razer', 'DeathAdder', 'Huntsman', 'Kraken', 'Viper'],
    categories: ['computer-accessories', 'computers', 'audio'],
    productLines: [
      L('DeathAdder V3 Pro', { short: ['DA V3 Pro'], models: ['RZ01-04630100'], cat: 'computer-accessories', price: P(149, 159), colours: ['black', 'white', 'pink'] }),
      L('Viper V3 Pro', { cat: 'computer-accessories', price: P(159, 169), colours: ['black', 'white'] }),
      L('Huntsman V3 Pro', { cat: 'computer-accessories', price: P(219, 249), colours: ['black', 'white'] }),
      L('Kraken V4', { cat: 'audio', price: P(149, 199), colours: ['black'] }),
      L('Blade 16', { cat: 'computers', price: P(2999, 4499), colours: ['black'] }),
    ],
    manufacturingCountries: ['CN', 'TW', 'VN'],
    authorizedSellers: ['razer-official', 'razer_tmall_flagship'],
    categoryPrices: [CP('computer-accessories', 29, 279), CP('computers', 1799, 4999), CP('audio', 49, 299)] },

  { id: 'nikon', name: 'Nikon', aliases: ['NIKON', '尼康'],
    protectedTerms: ['Nikon', 'NIKKOR'],
    categories: ['cameras', 'camera-lenses'],
    productLines: [
      L('Z6III', { aliases: ['Z6 III', 'Z 6III'], cat: 'cameras', price: P(2499, 2599), colours: ['black'], mfg: ['TH'] }),
      L('Z f', { aliases: ['Zf'], cat: 'cameras', price: P(1799, 1999), colours: ['black', 'indigo blue', 'sepia brown', 'coral red'], mfg: ['TH'] }),
      L('D850', { cat: 'cameras', price: P(2799, 2999), colours: ['black'], mfg: ['TH'] }),
      L('NIKKOR Z 24-70mm f/2.8 S', { short: ['Z 24-70 f/2.8'], cat: 'camera-lenses', price: P(2299, 2399), colours: ['black'] }),
      L('NIKKOR Z 50mm f/1.8 S', { short: ['Z 50 1.8'], cat: 'camera-lenses', price: P(599, 629), colours: ['black'] }),
    ],
    manufacturingCountries: ['JP', 'TH', 'CN'],
    authorizedSellers: ['nikon-official', 'nikon_tmall_flagship', 'nikon_jd_self'],
    categoryPrices: [CP('cameras', 899, 6500), CP('camera-lenses', 199, 14000)] },

  { id: 'sigma', name: 'SIGMA', aliases: ['Sigma', '适马'],
    protectedTerms: ['SIGMA'],
    categories: ['camera-lenses', 'cameras'],
    productLines: [
      L('24-70mm F2.8 DG DN II | Art', { short: ['24-70 DG DN II', '24-70 Art II'], cat: 'camera-lenses', price: P(1199, 1299), colours: ['black'] }),
      L('18-50mm F2.8 DC DN | Contemporary', { short: ['18-50 2.8'], cat: 'camera-lenses', price: P(549, 599), colours: ['black'] }),
      L('BF', { aliases: ['SIGMA BF camera'], cat: 'cameras', price: P(1999, 2199), colours: ['silver', 'black'] }),
    ],
    manufacturingCountries: ['JP'],
    authorizedSellers: ['sigma-official', 'sigma_tmall_flagship'],
    categoryPrices: [CP('camera-lenses', 299, 6000), CP('cameras', 1499, 2999)] },

  { id: 'insta360', name: 'Insta360', aliases: ['影石', '影石Insta360', 'INSTA360'],
    protectedTerms: ['Insta360'],
    categories: ['cameras', 'phone-accessories'],
    productLines: [
      L('Insta360 X5', { aliases: ['影石X5'], short: ['X5'], cat: 'cameras', price: P(549, 619), colours: ['black'] }),
      L('Insta360 Ace Pro 2', { aliases: ['影石Ace Pro 2'], short: ['Ace Pro 2'], cat: 'cameras', price: P(399, 449), colours: ['black'] }),
      L('Insta360 GO 3S', { short: ['GO 3S'], cat: 'cameras', price: P(399, 449), colours: ['white', 'black'] }),
    ],
    manufacturingCountries: ['CN'],
    authorizedSellers: ['insta360-official', 'insta360_tmall_flagship', 'insta360_jd_self'],
    categoryPrices: [CP('cameras', 199, 999), CP('phone-accessories', 19, 149)] },

  // ---------------- games / consoles ----------------
  { id: 'meta', name: 'Meta', aliases: ['Meta Platforms'],
    protectedTerms: ['Meta Quest', 'Quest 3', 'Quest 3S'],
    categories: ['game-consoles', 'video-games'],
    productLines: [
      L('Meta Quest 3', { short: ['Quest 3'], cat: 'game-consoles', price: P(499, 549), colours: ['white'] }),
      L('Meta Quest 3S', { short: ['Quest 3S'], cat: 'game-consoles', price: P(299, 399), colours: ['white'] }),
    ],
    manufacturingCountries: ['CN', 'VN'],
    authorizedSellers: ['meta-store', 'meta_amazon_official'],
    categoryPrices: [CP('game-consoles', 299, 549), CP('video-games', 9.99, 59.99)] },

  { id: 'asus', name: 'ASUS', aliases: ['Asus', '华硕', 'ROG', 'Republic of Gamers', '玩家国度'],
    protectedTerms: ['ASUS', 'ROG', 'ROG Ally', 'Zenbook', 'TUF Gaming'],
    categories: ['game-consoles', 'computers', 'computer-accessories', 'phones'],
    productLines: [
      L('ROG Ally X', { aliases: ['ROG掌机 Ally X'], models: ['RC72LA'], cat: 'game-consoles', price: P(799, 899), colours: ['black'] }),
      L('Zenbook 14 OLED', { models: ['UX3405', 'UM3406'], cat: 'computers', price: P(999, 1399), colours: ['ponder blue', 'jasper grey', 'foggy silver'] }),
      L('ROG Phone 9 Pro', { cat: 'phones', price: P(1199, 1499), colours: ['phantom black'] }),
    ],
    manufacturingCountries: ['CN', 'TW', 'VN'],
    authorizedSellers: ['asus-official', 'asus_tmall_flagship', 'rog_jd_self'],
    categoryPrices: [CP('game-consoles', 499, 999), CP('computers', 399, 4500), CP('computer-accessories', 19, 399), CP('phones', 699, 1599)] },

  { id: 'capcom', name: 'Capcom', aliases: ['CAPCOM', '卡普空', 'カプコン'],
    protectedTerms: ['Capcom', 'Monster Hunter', 'Resident Evil', 'Street Fighter', 'Biohazard', '怪物猎人', '生化危机'],
    categories: ['video-games', 'toys', 'apparel'],
    productLines: [
      L('Monster Hunter Wilds', { aliases: ['怪物猎人荒野'], cat: 'video-games', price: P(59.99, 69.99) }),
      L('Resident Evil Requiem', { aliases: ['生化危机9 安魂曲', 'Biohazard Requiem'], cat: 'video-games', price: P(59.99, 69.99) }),
      L('Street Fighter 6', { aliases: ['街头霸王6'], short: ['SF6'], cat: 'video-games', price: P(39.99, 59.99) }),
    ],
    manufacturingCountries: ['JP', 'US', 'DE'],
    authorizedSellers: ['capcom-store', 'capcom_tmall_flagship'],
    categoryPrices: [CP('video-games', 19.99, 69.99), CP('toys', 15, 250), CP('apparel', 25, 80)] },

  // ---------------- toys ----------------
  { id: 'sylvanian-families', name: 'Sylvanian Families', aliases: ['Calico Critters', '森贝儿家族', 'シルバニアファミリー'],
    protectedTerms: ['Sylvanian Families', 'Calico Critters'],
    categories: ['toys'],
    productLines: [
      L('Red Roof Country Home', { aliases: ['红屋顶乡村之家'], models: ['5302'], cat: 'toys', price: P(89, 119), colours: ['red'] }),
      L('Chocolate Rabbit Family', { aliases: ['巧克力兔家庭'], models: ['5655'], cat: 'toys', price: P(29, 39) }),
      L('Baby Carry Case', { aliases: ['婴儿手提盒'], cat: 'toys', price: P(8, 12) }),
    ],
    manufacturingCountries: ['CN', 'ID', 'VN'],
    authorizedSellers: ['sylvanian-official', 'sylvanian_tmall_flagship', 'epoch_amazon_official'],
    categoryPrices: [CP('toys', 8, 180)] },

  // ---------------- auto parts / tyres ----------------
  { id: 'bridgestone', name: 'Bridgestone', aliases: ['BRIDGESTONE', '普利司通'],
    protectedTerms: ['Bridgestone', 'Potenza', 'Turanza', 'Blizzak'],
    categories: ['tyres'],
    productLines: [
      L('Potenza Sport', { short: ['Potenza'], cat: 'tyres', price: P(190, 420) }),
      L('Turanza 6', { cat: 'tyres', price: P(140, 300) }),
      L('Blizzak WS90', { models: ['WS90'], cat: 'tyres', price: P(130, 320) }),
    ],
    manufacturingCountries: ['JP', 'US', 'TH', 'CN', 'HU', 'PL', 'ES', 'IT', 'MX', 'ID'],
    authorizedSellers: ['bridgestone-official', 'bridgestone_tmall_flagship', 'bridgestone_jd_self'],
    categoryPrices: [CP('tyres', 90, 500)] },

  { id: 'denso', name: 'DENSO', aliases: ['Denso', '电装'],
    protectedTerms: ['DENSO', 'Iridium TT', 'Iridium Power'],
    categories: ['auto-parts'],
    productLines: [
      L('Iridium TT spark plug', { aliases: ['双铱金火花塞'], models: ['IK20TT', 'IK16TT', 'IKH20TT'], cat: 'auto-parts', price: P(11, 18) }),
      L('Iridium Power spark plug', { models: ['IK20', 'IK22', 'IK16'], cat: 'auto-parts', price: P(10, 16) }),
    ],
    manufacturingCountries: ['JP', 'ID', 'TH', 'US', 'CN'],
    authorizedSellers: ['denso-official', 'denso_tmall_flagship'],
    categoryPrices: [CP('auto-parts', 5, 600)] },

  { id: 'mobil-1', name: 'Mobil 1', aliases: ['Mobil', '美孚1号', '美孚'],
    protectedTerms: ['Mobil 1', 'Mobil'],
    categories: ['auto-parts'],
    productLines: [
      L('Mobil 1 Extended Performance 0W-20 5qt', { aliases: ['美孚1号 长效'], cat: 'auto-parts', price: P(38, 48) }),
      L('Mobil 1 ESP 5W-30 4L', { aliases: ['美孚1号 ESP'], cat: 'auto-parts', price: P(45, 60) }),
    ],
    manufacturingCountries: ['US', 'SG', 'CN', 'FR', 'DE', 'BE'],
    authorizedSellers: ['mobil1-official', 'mobil_tmall_flagship', 'mobil_jd_self'],
    categoryPrices: [CP('auto-parts', 8, 80)] },

  // ---------------- tools ----------------
  { id: 'festool', name: 'Festool', aliases: ['FESTOOL', '费斯托工具'],
    protectedTerms: ['Festool', 'Domino', 'Systainer'],
    categories: ['tools'],
    productLines: [
      L('DOMINO DF 500', { short: ['Domino'], models: ['DF 500 Q', '576413'], cat: 'tools', price: P(1100, 1250), colours: ['green', 'black'] }),
      L('Track saw TS 55 F', { models: ['TS 55 F', '577010'], cat: 'tools', price: P(699, 799), colours: ['green', 'black'] }),
      L('CTL MIDI dust extractor', { models: ['CTL MIDI I'], cat: 'tools', price: P(699, 799), colours: ['green', 'black'] }),
    ],
    manufacturingCountries: ['DE', 'CZ'],
    authorizedSellers: ['festool-official', 'festool_tmall_flagship'],
    categoryPrices: [CP('tools', 49, 2500)] },

  { id: 'leatherman', name: 'Leatherman', aliases: ['LEATHERMAN', '莱泽曼'],
    protectedTerms: ['Leatherman', 'Wave+', 'Skeletool', 'Charge+', 'Surge'],
    categories: ['tools', 'outdoor-gear'],
    productLines: [
      L('Wave+', { short: ['Wave Plus'], models: ['832524'], cat: 'tools', price: P(109, 129), colours: ['stainless', 'black'] }),
      L('Charge+ TTi', { cat: 'tools', price: P(179, 199), colours: ['stainless'] }),
      L('Skeletool CX', { cat: 'tools', price: P(99, 119), colours: ['stainless', 'black'] }),
    ],
    manufacturingCountries: ['US'],
    authorizedSellers: ['leatherman-official', 'leatherman_amazon_official'],
    categoryPrices: [CP('tools', 29, 299), CP('outdoor-gear', 29, 299)] },

  // ---------------- home appliances ----------------
  { id: 'philips', name: 'Philips', aliases: ['PHILIPS', '飞利浦'],
    protectedTerms: ['Philips', 'Sonicare', 'OneBlade', 'Airfryer'],
    categories: ['home-appliances', 'kitchenware'],
    productLines: [
      L('Sonicare DiamondClean 9000', { models: ['HX9911', 'HX9914'], cat: 'home-appliances', price: P(229, 279), colours: ['black', 'white', 'pink', 'lunar blue'] }),
      L('OneBlade Pro 360', { models: ['QP6551'], cat: 'home-appliances', price: P(79, 99), colours: ['black/green'] }),
      L('Airfryer XXL', { models: ['HD9650', 'HD9867'], cat: 'kitchenware', price: P(249, 349), colours: ['black'] }),
    ],
    manufacturingCountries: ['NL', 'AT', 'CN', 'ID', 'HU'],
    authorizedSellers: ['philips-official', 'philips_tmall_flagship', 'philips_jd_self'],
    categoryPrices: [CP('home-appliances', 19, 900), CP('kitchenware', 49, 600)] },

  { id: 'kitchenaid', name: 'KitchenAid', aliases: ['KITCHENAID', '凯膳怡'],
    protectedTerms: ['KitchenAid', 'Artisan'],
    categories: ['kitchenware', 'home-appliances'],
    productLines: [
      L('Artisan Stand Mixer 5 Qt', { aliases: ['Artisan 厨师机'], short: ['Artisan', 'Artisan Stand Mixer'], models: ['KSM150PS', '5KSM175PS', '5KSM125'], cat: 'kitchenware', price: P(449, 549), colours: ['empire red', 'onyx black', 'white', 'pistachio', 'ice blue', 'contour silver', 'almond cream', 'matte black', 'aqua sky', '帝国红', '奶油白'] }),
      L('Classic Stand Mixer', { models: ['K45SS', 'KSM75'], cat: 'kitchenware', price: P(299, 349), colours: ['white', 'onyx black'] }),
    ],
    manufacturingCountries: ['US', 'CN'],
    authorizedSellers: ['kitchenaid-official', 'kitchenaid_tmall_flagship'],
    categoryPrices: [CP('kitchenware', 29, 1200), CP('home-appliances', 79, 1200)] },

  { id: 'roborock', name: 'Roborock', aliases: ['石头科技', '石头', 'ROBOROCK'],
    protectedTerms: ['Roborock', '石头扫地机'],
    categories: ['home-appliances'],
    productLines: [
      L('Saros 10R', { aliases: ['石头G30 Space'], cat: 'home-appliances', price: P(1299, 1599), colours: ['black', 'white'] }),
      L('Qrevo Curv', { aliases: ['石头P20 Ultra'], cat: 'home-appliances', price: P(999, 1399), colours: ['white', 'black'] }),
      L('S8 MaxV Ultra', { models: ['S8 MaxV Ultra'], cat: 'home-appliances', price: P(1199, 1799), colours: ['black', 'white'] }),
    ],
    manufacturingCountries: ['CN'],
    authorizedSellers: ['roborock-official', 'roborock_tmall_flagship', 'roborock_jd_self'],
    categoryPrices: [CP('home-appliances', 199, 1999)] },

  // ---------------- invented rights holders ----------------
  { id: 'saffrane', name: 'Saffrane', aliases: ['SAFFRANE', 'Maison Saffrane', '萨芙兰'],
    protectedTerms: ['Saffrane', 'Cielle bag', 'Osmane'],
    categories: ['handbags', 'small-leather-goods', 'fragrance'],
    productLines: [
      L('Cielle bag', { aliases: ['Cielle 手袋', '希埃尔包'], short: ['Cielle', 'Cielle Mini', 'Cielle 28'], models: ['SF-CL28', 'SF-CL22'], cat: 'handbags', price: P(1850, 2650), colours: ['black', 'cognac', 'bone', 'oxblood', '黑色', '焦糖色'] }),
      L('Osmane card holder', { short: ['Osmane'], models: ['SF-OS04'], cat: 'small-leather-goods', price: P(290, 360), colours: ['black', 'cognac', 'bone'] }),
      L('Saffrane No. 7 Eau de Parfum', { aliases: ['萨芙兰七号香水'], short: ['No. 7', 'No.7'], cat: 'fragrance', price: P(165, 240) }),
    ],
    manufacturingCountries: ['FR', 'ES'],
    authorizedSellers: ['saffrane-official', 'saffrane_tmall_flagship'],
    categoryPrices: [CP('handbags', 1200, 4200), CP('small-leather-goods', 220, 690), CP('fragrance', 120, 260)] },

  { id: 'quillmoor', name: 'Quillmoor Studios', aliases: ['Quillmoor', 'Quillmoor Pictures', '奎尔摩影业'],
    protectedTerms: ['Quillmoor'],
    categories: ['film-tv', 'toys', 'apparel'],
    works: [
      { title: 'The Salt Cartographer', aliases: ['盐之制图师'], discReleaseDate: '2027-03-09' },
      { title: 'The Glass Orchard', aliases: ['玻璃果园'], discReleaseDate: '2027-01-26' },
      { title: 'Hollow Tide', aliases: ['空潮'], discReleaseDate: '2027-05-18' },
      { title: 'Embers of Calloway', aliases: ['卡洛韦余烬'], discReleaseDate: '2027-02-23' },
      { title: 'Midnight at Vellan Station', aliases: ['维兰站午夜'], discReleaseDate: '2026-11-17' },
      { title: 'Ninefold', aliases: ['九重'], discReleaseDate: '2025-06-03' },
      { title: 'The Last Ferryman', aliases: ['最后的摆渡人'], discReleaseDate: '2024-10-08' },
      { title: 'Brass Meridian', aliases: ['黄铜子午线'], discReleaseDate: '2026-08-25' },
    ],
    manufacturingCountries: ['US', 'DE', 'MX'],
    authorizedSellers: ['quillmoor-store', 'quillmoor_amazon_official'],
    categoryPrices: [CP('film-tv', 14.99, 49.99), CP('toys', 9.99, 89.99), CP('apparel', 24.99, 69.99)] },

  { id: 'tidewell', name: 'Tidewell Records', aliases: ['Tidewell', '潮井唱片'],
    protectedTerms: ['Tidewell Records'],
    categories: ['music', 'apparel'],
    works: [
      { title: 'Marrow & Moonlight', aliases: ['Marrow and Moonlight', '骨髓与月光'], discReleaseDate: '2027-02-05' },
      { title: 'Cinder Hymns', aliases: ['灰烬圣歌'], discReleaseDate: '2027-01-15' },
      { title: 'Second Sun', aliases: ['第二个太阳'], discReleaseDate: '2027-04-02' },
      { title: 'Paper Satellites', aliases: ['纸卫星'], discReleaseDate: '2026-12-18' },
      { title: 'Static Bloom', aliases: ['静电花开'], discReleaseDate: '2026-09-12' },
      { title: 'Low Orbit Lullabies', aliases: ['低轨摇篮曲'], discReleaseDate: '2025-11-21' },
      { title: 'Tin Roof Psalms', aliases: ['铁皮屋顶赞美诗'], discReleaseDate: '2024-05-10' },
    ],
    manufacturingCountries: ['DE', 'CZ', 'US', 'JP'],
    authorizedSellers: ['tidewell-store', 'tidewell_bandcamp_official'],
    categoryPrices: [CP('music', 12.99, 44.99), CP('apparel', 25, 60)] },
];

module.exports = { version: 'test-v3-2026-12-06', brands };
if (require.main === module) {
  require('fs').writeFileSync(require('path').join(__dirname, '..', 'brands.json'), JSON.stringify(module.exports, null, 2) + '\n');
  console.log('brands.json:', brands.length, 'brands');
}
