// Brand knowledge as a brand-protection team would file it, plus build-only fields
// (key, off, zh, nick, abbr, missp, disp, sellers) that are stripped before brands.json is written.
// Build-only fields hold what sellers write (nicknames, misspellings ...) and never reach brands.json.

const P = (min, max, currency = 'USD') => ({ min, max, currency });
const L = (key, name, category, referencePrice, colours, extra = {}) => ({
  key,
  name,
  category,
  referencePrice,
  colours,
  ...extra,
});

export const BRANDS = [
  {
    id: 'maison-margiela',
    name: 'Maison Margiela',
    aliases: ['Margiela', 'Maison Martin Margiela', '梅森马吉拉'],
    protectedTerms: ['Tabi', 'Glam Slam', '5AC', 'REPLICA by Maison Margiela'],
    categories: ['shoes', 'handbags', 'apparel', 'fragrance', 'small-leather-goods'],
    manufacturingCountries: ['IT'],
    sellers: [
      { id: 'maisonmargiela_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'maison-margiela-official-eu', mp: 'amazon', sf: 'IT' },
      { id: 'margiela_official_us', mp: 'amazon', sf: 'US' },
    ],
    categoryPrices: [
      { category: 'shoes', referencePrice: P(590, 1790) },
      { category: 'handbags', referencePrice: P(1450, 3900) },
      { category: 'apparel', referencePrice: P(350, 3500) },
      { category: 'fragrance', referencePrice: P(75, 190) },
    ],
    lines: [
      L('tabiboot', 'Tabi Ankle Boots', 'shoes', P(1290, 1590), ['black', 'white', 'beige', 'burgundy', 'dark brown', 'silver'], {
        aliases: ['Tabi 分趾踝靴'], shortNames: ['Tabi boots', 'Tabi'], modelNumbers: ['S58WU0260', 'S58WU0273'],
        off: ['neon green', 'leopard', 'baby blue', 'camo'],
      }),
      L('tabiflat', 'Tabi Ballerina Flats', 'shoes', P(890, 1050), ['black', 'white', 'silver', 'red', 'beige'], {
        aliases: ['Tabi 分趾芭蕾平底鞋'], shortNames: ['Tabi flats', 'Tabi ballerinas'], modelNumbers: ['S58WZ0042'],
        off: ['leopard', 'neon yellow', 'camo'],
      }),
      L('glamslam', 'Glam Slam Bag', 'handbags', P(1790, 2900), ['black', 'white', 'pink', 'silver', 'beige'], {
        shortNames: ['Glam Slam'], modelNumbers: ['SB1WG0001', 'S56WG0164'], off: ['camo', 'neon orange', 'leopard'],
      }),
      L('5ac', '5AC Classique Bag', 'handbags', P(1950, 3300), ['black', 'brown', 'beige', 'white', 'burgundy'], {
        shortNames: ['5AC'], modelNumbers: ['S56WG0081'], off: ['neon green', 'camo'],
      }),
      L('replica', 'REPLICA Eau de Toilette', 'fragrance', P(95, 165), [], {
        aliases: ['REPLICA 淡香水'], shortNames: ['Jazz Club', 'By the Fireplace', 'Lazy Sunday Morning', 'Beach Walk', 'Bubble Bath', 'Coffee Break'],
        manufacturingCountries: ['FR'],
      }),
    ],
    zh: '梅森马吉拉', disp: ['Maison Margiela', 'Margiela', 'MAISON MARGIELA'],
    nick: ['四道杠', ['猪蹄鞋', ['tabiboot', 'tabiflat']], '数字标', '四针家'],
    abbr: ['MMM', 'M.M.', '4-stitch label', '⚪⚪⚪⚪ stitch', '0-23 number label'],
    missp: ['Margella', 'Margiella', 'Maison Margela', 'Masion Margiela', 'Margiala'],
  },
  {
    id: 'a-bathing-ape',
    name: 'A BATHING APE',
    aliases: ['BAPE', 'A Bathing Ape'],
    protectedTerms: ['BAPE STA', 'Ape Head', 'Baby Milo', 'ABC Camo', '1st Camo'],
    categories: ['apparel', 'shoes'],
    manufacturingCountries: ['JP', 'CN'],
    sellers: [
      { id: 'bape_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'bape-store-japan', mp: 'amazon', sf: 'JP' },
    ],
    categoryPrices: [
      { category: 'apparel', referencePrice: P(89, 699) },
      { category: 'shoes', referencePrice: P(299, 449) },
    ],
    lines: [
      L('bapesta', 'BAPE STA', 'shoes', P(299, 369), ['white', 'black', 'red', 'blue', 'green', 'grey', 'pink', 'yellow'], {
        shortNames: ['BAPESTA', 'STA'], modelNumbers: ['1I70191001', '001FWK301001'], off: ['leopard', 'rainbow glitter'],
      }),
      L('camohoodie', '1st Camo Full Zip Hoodie', 'apparel', P(399, 489), ['green', 'yellow', 'blue', 'red', 'purple', 'pink', 'black'], {
        aliases: ['1st Camo 全拉链连帽卫衣'], shortNames: ['1st Camo hoodie', 'full zip hoodie'], modelNumbers: ['001ZPJ301001'],
        off: ['white', 'orange', 'gold'],
      }),
      L('apehead', 'Ape Head One Point Tee', 'apparel', P(89, 119), ['white', 'black', 'grey', 'navy', 'pink'], {
        shortNames: ['Ape Head tee', 'One Point tee'], modelNumbers: ['001TEJ301002'], off: ['neon green', 'tie-dye'],
      }),
      L('collegetee', 'ABC Camo College Tee', 'apparel', P(99, 129), ['green', 'blue', 'pink', 'yellow', 'purple'], {
        shortNames: ['College tee'], modelNumbers: ['001CSJ301003'], off: ['orange', 'gold'],
      }),
    ],
    zh: 'BAPE', disp: ['BAPE', 'A Bathing Ape', 'A BATHING APE'],
    nick: ['猿人头', '猴子家', '迷彩猿', '小猿人'],
    abbr: [['🐒 camo', ['camohoodie', 'collegetee']], 'A.B.A.', ['ape-face camo', ['camohoodie', 'collegetee']], '🦍', 'B.A.P.E'],
    missp: ['Bathing Apee', 'A Bathin Ape', 'Baape', 'Bayp'],
  },
  {
    id: 'golden-goose',
    name: 'Golden Goose',
    aliases: ['Golden Goose Deluxe Brand', 'GGDB'],
    protectedTerms: ['Super-Star', 'Ball Star', 'Hi Star', 'Mid Star', 'Francy'],
    categories: ['shoes', 'handbags', 'apparel'],
    manufacturingCountries: ['IT'],
    sellers: [
      { id: 'goldengoose_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'golden-goose-eu-store', mp: 'amazon', sf: 'IT' },
    ],
    categoryPrices: [
      { category: 'shoes', referencePrice: P(495, 895) },
      { category: 'handbags', referencePrice: P(900, 1800) },
    ],
    lines: [
      L('superstar', 'Super-Star Sneakers', 'shoes', P(560, 695), ['white', 'black', 'silver', 'gold', 'pink', 'navy', 'green'], {
        shortNames: ['Super-Star'], modelNumbers: ['GWF00101', 'GMF00101', 'GWF00102'], off: ['neon orange', 'tie-dye', 'rainbow'],
      }),
      L('ballstar', 'Ball Star Sneakers', 'shoes', P(495, 595), ['white', 'black', 'green', 'navy', 'red'], {
        shortNames: ['Ball Star'], modelNumbers: ['GMF00117', 'GWF00117'], off: ['neon yellow', 'purple glitter'],
      }),
      L('histar', 'Hi Star Sneakers', 'shoes', P(620, 720), ['white', 'black', 'silver', 'gold'], {
        shortNames: ['Hi Star'], modelNumbers: ['GWF00118'], off: ['neon green', 'camo'],
      }),
      L('francy', 'Francy Bag', 'handbags', P(1150, 1450), ['black', 'white', 'beige', 'silver'], {
        shortNames: ['Francy'], modelNumbers: ['GWA00232'], off: ['neon pink', 'camo'],
      }),
    ],
    zh: 'Golden Goose', disp: ['Golden Goose', 'GOLDEN GOOSE', 'Golden Goose Deluxe Brand'],
    nick: [['小脏鞋', ['superstar', 'ballstar', 'histar']], ['脏脏鞋', ['superstar', 'ballstar', 'histar']], '金鹅', ['做旧星星鞋', ['superstar', 'ballstar', 'histar']]],
    abbr: [['⭐ dirty sneakers', ['superstar', 'ballstar', 'histar']], 'G.G.D.B', 'golden ⭐ distressed', 'gold-goose logo'],
    missp: ['Golden Gose', 'Goldn Goose', 'Golden Goos', 'Gloden Goose'],
  },
  {
    id: 'mulberry',
    name: 'Mulberry',
    aliases: ['玛百莉', 'Mulberry England'],
    protectedTerms: ['Bayswater', 'Alexa', 'Lily', 'Darley', 'Islington', 'Amberley', "Postman's Lock"],
    categories: ['handbags', 'small-leather-goods'],
    manufacturingCountries: ['GB', 'TR'],
    sellers: [
      { id: 'mulberry_official_uk', mp: 'ebay', sf: 'GB' },
      { id: 'mulberry-tmall-flagship', mp: 'tmall', sf: 'CN' },
      { id: 'mulberry-outlet-uk', mp: 'amazon', sf: 'GB' },
    ],
    categoryPrices: [
      { category: 'handbags', referencePrice: P(695, 1995, 'GBP') },
      { category: 'small-leather-goods', referencePrice: P(150, 550, 'GBP') },
    ],
    lines: [
      L('bayswater', 'Bayswater Bag', 'handbags', P(1395, 1695, 'GBP'), ['oak', 'black', 'ebony', 'oxblood', 'chalk', 'mulberry green', 'maple'], {
        shortNames: ['Bayswater'], modelNumbers: ['HH2807', 'RL4958'], off: ['neon pink', 'leopard', 'camo'],
      }),
      L('alexa', 'Alexa Bag', 'handbags', P(1195, 1395, 'GBP'), ['oak', 'black', 'oxblood', 'chalk', 'dark chocolate'], {
        shortNames: ['Alexa'], modelNumbers: ['HH4405', 'RL4410'], off: ['neon green', 'silver glitter'],
      }),
      L('lily', 'Lily Bag', 'handbags', P(895, 1195, 'GBP'), ['black', 'oak', 'pink', 'chalk', 'oxblood'], {
        shortNames: ['Lily'], modelNumbers: ['HH4961', 'RL5126'], off: ['leopard', 'camo'],
      }),
      L('zippurse', 'Zip Around Purse', 'small-leather-goods', P(350, 450, 'GBP'), ['black', 'oak', 'oxblood', 'chalk'], {
        shortNames: ['Zip Around'], modelNumbers: ['RL5407'], off: ['neon yellow'],
      }),
    ],
    zh: '玛百莉', disp: ['Mulberry', 'MULBERRY'],
    nick: ['桑树包', '玛佰利', '英伦桑树家', '大树标'],
    abbr: ['🌳 logo', 'tree-logo', 'M🌳', 'Mulb.'],
    missp: ['Mulbery', 'Mullberry', 'Mulberri', 'Mulbury'],
  },
  {
    id: 'max-mara',
    name: 'Max Mara',
    aliases: ['MaxMara', '麦丝玛拉'],
    protectedTerms: ['101801', 'Teddy Bear Icon Coat', 'Manuela', 'Whitney'],
    categories: ['apparel', 'handbags'],
    manufacturingCountries: ['IT'],
    sellers: [
      { id: 'maxmara_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'maxmara-official-it', mp: 'amazon', sf: 'IT' },
    ],
    categoryPrices: [
      { category: 'apparel', referencePrice: P(390, 3990, 'EUR') },
      { category: 'handbags', referencePrice: P(790, 2190, 'EUR') },
    ],
    lines: [
      L('101801', '101801 Icon Coat', 'apparel', P(2490, 2990, 'EUR'), ['camel', 'black', 'navy', 'grey', 'white'], {
        aliases: ['101801 经典双排扣大衣'], shortNames: ['101801'], modelNumbers: ['10180123', '101801'], off: ['neon green', 'leopard', 'lilac'],
      }),
      L('teddy', 'Teddy Bear Icon Coat', 'apparel', P(3190, 3690, 'EUR'), ['camel', 'white', 'brown', 'black', 'grey', 'ecru'], {
        aliases: ['泰迪熊大衣'], shortNames: ['Teddy coat', 'Teddy Bear coat'], modelNumbers: ['10160123'], off: ['pink', 'mint', 'lilac'],
      }),
      L('manuela', 'Manuela Coat', 'apparel', P(2190, 2590, 'EUR'), ['camel', 'black', 'navy', 'grey'], {
        shortNames: ['Manuela'], modelNumbers: ['10160423'], off: ['red', 'leopard'],
      }),
      L('whitney', 'Whitney Bag', 'handbags', P(1190, 1690, 'EUR'), ['black', 'camel', 'white', 'pink'], {
        shortNames: ['Whitney'], modelNumbers: ['45160123'], off: ['neon green', 'camo'],
      }),
    ],
    zh: '麦丝玛拉', disp: ['Max Mara', 'MaxMara', 'MAX MARA'],
    nick: ['麦斯马拉', ['麦家大衣', ['101801', 'teddy', 'manuela']], '麦丝马拉', '意大利麦家'],
    abbr: [['M.M. coat', ['101801', 'teddy', 'manuela']], 'MxM', ['M/M camel coat', ['101801', 'teddy', 'manuela']], 'MMara'],
    missp: ['Max Marra', 'Maxmarra', 'Max Mera', 'Max Maara'],
  },
  {
    id: 'vivienne-westwood',
    name: 'Vivienne Westwood',
    aliases: ['薇薇安·威斯特伍德', 'Vivienne Westwood Ltd'],
    protectedTerms: ['Mayfair Bas Relief', 'Bas Relief', 'Nano Solitaire', 'Orb'],
    categories: ['jewellery', 'apparel', 'handbags'],
    manufacturingCountries: ['IT'],
    sellers: [
      { id: 'viviennewestwood_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'vivienne-westwood-official-uk', mp: 'ebay', sf: 'GB' },
    ],
    categoryPrices: [
      { category: 'jewellery', referencePrice: P(95, 650, 'GBP') },
      { category: 'apparel', referencePrice: P(120, 1200, 'GBP') },
    ],
    lines: [
      L('mayfair', 'Mayfair Bas Relief Pendant', 'jewellery', P(125, 160, 'GBP'), ['silver', 'gold', 'rose gold', 'platinum'], {
        shortNames: ['Mayfair pendant', 'Bas Relief pendant'], modelNumbers: ['63020097'], off: ['black', 'rainbow', 'blue'],
      }),
      L('pearlchoker', 'Bas Relief Pearl Choker', 'jewellery', P(295, 360, 'GBP'), ['silver', 'gold', 'platinum', 'rose gold'], {
        shortNames: ['pearl choker'], modelNumbers: ['63030035'], off: ['black', 'pink', 'blue'],
      }),
      L('nano', 'Nano Solitaire Earrings', 'jewellery', P(95, 125, 'GBP'), ['silver', 'gold', 'rose gold'], {
        shortNames: ['Nano Solitaire'], modelNumbers: ['62010013'], off: ['black', 'green'],
      }),
    ],
    zh: '薇薇安·威斯特伍德', disp: ['Vivienne Westwood', 'VIVIENNE WESTWOOD'],
    nick: ['西太后', '土星家', ['星球项链', ['mayfair', 'pearlchoker']], '西太后土星'],
    abbr: ['V.W. 🪐', '🪐 orb', 'saturn-logo', 'VVW'],
    missp: ['Vivien Westwood', 'Vivienne Westood', 'Viviene Westwood', 'Vivianne Westwood'],
  },
  {
    id: 'levis',
    name: "Levi's",
    aliases: ['Levi Strauss & Co.', 'Levis', '李维斯', '利惠'],
    protectedTerms: ['Red Tab', 'Batwing', '501', "Levi's Vintage Clothing"],
    categories: ['apparel'],
    manufacturingCountries: ['BD', 'MX', 'PK', 'EG', 'CN', 'VN', 'KH', 'TR', 'LK', 'US', 'JP'],
    sellers: [
      { id: 'levis_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'levis-us-official', mp: 'amazon', sf: 'US' },
      { id: 'levis-outlet-ebay', mp: 'ebay', sf: 'US' },
      { id: 'levis_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'apparel', referencePrice: P(25, 350) }],
    lines: [
      L('501', '501 Original Fit Jeans', 'apparel', P(69.5, 98), ['indigo', 'blue', 'black', 'light blue', 'white', 'grey'], {
        aliases: ['501 原创版型牛仔裤'], shortNames: ['501', '501 Original'], modelNumbers: ['00501-0114', '00501-0193', '005010101'],
        off: ['neon green', 'pink', 'leopard'],
      }),
      L('511', '511 Slim Fit Jeans', 'apparel', P(69.5, 89.5), ['indigo', 'black', 'blue', 'grey'], {
        shortNames: ['511'], modelNumbers: ['04511-1163', '045114406'], off: ['pink', 'neon yellow'],
      }),
      L('trucker', 'Trucker Jacket', 'apparel', P(89.5, 128), ['blue', 'black', 'light blue', 'white'], {
        aliases: ['经典牛仔夹克'], shortNames: ['Trucker'], modelNumbers: ['72334-0130', '723340130'], off: ['neon orange', 'leopard'],
      }),
      L('lvc501', "Levi's Vintage Clothing 1955 501 Jeans", 'apparel', P(250, 325), ['rigid', 'indigo'], {
        shortNames: ['LVC 1955 501'], modelNumbers: ['50155-0079'], manufacturingCountries: ['JP', 'US', 'TR'], off: ['black', 'grey'],
      }),
    ],
    zh: '李维斯', disp: ["Levi's", "LEVI'S", 'Levis'],
    nick: ['双马标', '小红旗', '红旗标', '李维氏'],
    abbr: ['🐎🐎 two-horse patch', 'red-tab', 'L.S.&Co.', 'LVS'],
    missp: ['Levies', 'Leviz', 'Levi`z', 'Lewis 501'],
  },
  {
    id: 'on-running',
    name: 'On',
    aliases: ['On Running', '昂跑', 'On AG', 'On Holding'],
    protectedTerms: ['Cloudmonster', 'Cloudnova', 'Cloudsurfer', 'Cloudtilt', 'Cloud 5', 'CloudTec', 'Cloudrunner', 'Cloudboom'],
    categories: ['shoes', 'apparel'],
    manufacturingCountries: ['VN', 'ID'],
    sellers: [
      { id: 'on_running_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'on-running-official-us', mp: 'amazon', sf: 'US' },
      { id: 'on_official_jd', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'shoes', referencePrice: P(129, 299) },
      { category: 'apparel', referencePrice: P(40, 350) },
    ],
    lines: [
      L('cloud5', 'Cloud 5', 'shoes', P(139.99, 159.99), ['black', 'white', 'grey', 'navy', 'sand', 'olive'], {
        shortNames: ['Cloud 5', 'Cloud5'], modelNumbers: ['59.98904', '59.98773'], off: ['leopard', 'tie-dye', 'gold glitter'],
      }),
      L('cloudmonster', 'Cloudmonster', 'shoes', P(169.99, 179.99), ['black', 'white', 'grey', 'orange', 'blue', 'green'], {
        aliases: ['Cloudmonster 云霄'], shortNames: ['Cloudmonster', 'Monster'], modelNumbers: ['61.99025', '61.98434'], off: ['leopard', 'camo'],
      }),
      L('cloudnova', 'Cloudnova', 'shoes', P(149.99, 169.99), ['white', 'black', 'pearl', 'sand', 'pink'], {
        shortNames: ['Cloudnova', 'Nova'], modelNumbers: ['26.99112'], off: ['camo', 'neon green'],
      }),
      L('cloudtilt', 'Cloudtilt', 'shoes', P(159.99, 169.99), ['black', 'white', 'grey', 'sand'], {
        shortNames: ['Cloudtilt'], modelNumbers: ['3ME10101'], off: ['leopard', 'red glitter'],
      }),
    ],
    zh: '昂跑', disp: ['On Running', 'On', 'ON Running'],
    nick: ['云朵鞋', '瑞士云鞋', '云朵跑鞋', '瑞士小云'],
    abbr: ['☁️ Swiss runners', 'Q-logo', 'Ø-logo cloud', '☁️☁️'],
    missp: ['Onn Running', 'On Runing', 'Onrunning', 'Om Running'],
  },
  {
    id: 'fila',
    name: 'FILA',
    aliases: ['斐乐', 'FILA Holdings'],
    protectedTerms: ['Disruptor', 'Ray Tracer', 'Mind Blower'],
    categories: ['shoes', 'apparel'],
    manufacturingCountries: ['CN', 'VN', 'ID'],
    sellers: [
      { id: 'fila_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'fila_jd_official', mp: 'jd', sf: 'CN' },
      { id: 'fila-usa-store', mp: 'amazon', sf: 'US' },
    ],
    categoryPrices: [
      { category: 'shoes', referencePrice: P(55, 130) },
      { category: 'apparel', referencePrice: P(30, 150) },
    ],
    lines: [
      L('disruptor', 'Disruptor II Premium', 'shoes', P(65, 80), ['white', 'black', 'pink', 'cream', 'grey'], {
        shortNames: ['Disruptor 2', 'Disruptor II'], modelNumbers: ['1FM00139', '5FM00002'], off: ['neon green', 'leopard', 'camo'],
      }),
      L('raytracer', 'Ray Tracer', 'shoes', P(75, 85), ['white', 'black', 'navy', 'red', 'grey'], {
        shortNames: ['Ray Tracer'], modelNumbers: ['1RM01200'], off: ['leopard', 'gold'],
      }),
      L('mindblower', 'Mind Blower', 'shoes', P(85, 100), ['white', 'black', 'blue', 'red'], {
        shortNames: ['Mind Blower'], modelNumbers: ['1RM00031'], off: ['pink glitter', 'camo'],
      }),
    ],
    zh: '斐乐', disp: ['FILA', 'Fila'],
    nick: ['菲乐', '斐勒', ['F标老爹鞋', ['disruptor']], '菲勒'],
    abbr: ['F-box logo', 'F.I.L.A', '🟥🟦 F logo', 'F-L-A'],
    missp: ['Filla', 'Fiila', 'Fyla', 'Filaa'],
  },
  {
    id: 'titleist',
    name: 'Titleist',
    aliases: ['泰特利斯'],
    protectedTerms: ['Pro V1', 'Pro V1x', 'AVX', 'Vokey', 'Scotty Cameron', 'TSR'],
    categories: ['sports-equipment'],
    manufacturingCountries: ['US', 'TH'],
    sellers: [
      { id: 'titleist_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'titleist-us-store', mp: 'amazon', sf: 'US' },
      { id: 'titleist_golf_ebay', mp: 'ebay', sf: 'US' },
    ],
    categoryPrices: [{ category: 'sports-equipment', referencePrice: P(25, 650) }],
    lines: [
      L('prov1', 'Pro V1 Golf Balls (dozen)', 'sports-equipment', P(54.99, 56.99), ['white', 'yellow'], {
        aliases: ['Pro V1 高尔夫球 一打'], shortNames: ['Pro V1', 'ProV1'], modelNumbers: ['T2026S', 'T2126S'],
        manufacturingCountries: ['US'], off: ['pink', 'orange', 'red', 'green'],
      }),
      L('prov1x', 'Pro V1x Golf Balls (dozen)', 'sports-equipment', P(54.99, 56.99), ['white', 'yellow'], {
        shortNames: ['Pro V1x', 'ProV1x'], modelNumbers: ['T2048S'], manufacturingCountries: ['US'], off: ['pink', 'orange', 'green'],
      }),
      L('vokey', 'Vokey Design SM10 Wedge', 'sports-equipment', P(189, 199), ['tour chrome', 'nickel', 'jet black'], {
        shortNames: ['SM10', 'Vokey SM10'], modelNumbers: ['SM10'], off: ['gold', 'blue', 'rainbow'],
      }),
      L('tsr2', 'TSR2 Driver', 'sports-equipment', P(549, 599), ['black'], {
        shortNames: ['TSR2'], modelNumbers: ['TSR2'], off: ['white', 'red', 'gold'],
      }),
    ],
    zh: '泰特利斯', disp: ['Titleist', 'TITLEIST'],
    nick: [['泰特球', ['prov1', 'prov1x']], 'T家高尔夫', '泰特利时', '美国T家'],
    abbr: ['T-ist', 'TL golf', ['T. golf balls', ['prov1', 'prov1x']], '⛳ T-script'],
    missp: ['Titlist', 'Titleest', 'Tittleist', 'Titelist'],
  },
  {
    id: 'shimano',
    name: 'Shimano',
    aliases: ['禧玛诺', 'SHIMANO Inc.'],
    protectedTerms: ['Dura-Ace', 'Ultegra', 'Deore XT', 'GRX', 'Stella', 'Stradic', 'Di2', 'XTR', 'SLX'],
    categories: ['bicycles', 'sports-equipment'],
    manufacturingCountries: ['JP', 'MY', 'SG', 'CN'],
    sellers: [
      { id: 'shimano_tmall_official', mp: 'tmall', sf: 'CN' },
      { id: 'shimano-cycling-authorized-us', mp: 'amazon', sf: 'US' },
      { id: 'shimano_fishing_jp', mp: 'amazon', sf: 'JP' },
    ],
    categoryPrices: [
      { category: 'bicycles', referencePrice: P(60, 4500) },
      { category: 'sports-equipment', referencePrice: P(60, 1100) },
    ],
    lines: [
      L('duraace', 'Dura-Ace R9200 Di2 Groupset', 'bicycles', P(3800, 4400), ['black'], {
        aliases: ['Dura-Ace R9270 套件'], shortNames: ['R9200', 'R9270', 'Dura-Ace Di2'], modelNumbers: ['R9200', 'R9270', 'R9250'],
        manufacturingCountries: ['JP'], off: ['gold', 'red', 'blue'],
      }),
      L('ultegra', 'Ultegra R8100 Di2 Groupset', 'bicycles', P(2200, 2700), ['grey', 'black'], {
        shortNames: ['R8100', 'R8170', 'Ultegra Di2'], modelNumbers: ['R8100', 'R8170', 'R8150'], manufacturingCountries: ['JP', 'MY'],
        off: ['gold', 'red'],
      }),
      L('deorext', 'Deore XT M8100 Rear Derailleur', 'bicycles', P(109, 135), ['grey', 'black'], {
        shortNames: ['M8100', 'XT derailleur'], modelNumbers: ['RD-M8100-SGS', 'RD-M8100'], manufacturingCountries: ['JP', 'MY'],
        off: ['gold', 'red', 'blue'],
      }),
      L('stella', 'Stella FK Spinning Reel', 'sports-equipment', P(850, 1000), ['silver'], {
        shortNames: ['Stella FK', 'Stella'], modelNumbers: ['STL4000XGFK', 'STLC3000MHGFK'], manufacturingCountries: ['JP'],
        off: ['red', 'blue', 'gold'],
      }),
      L('stradic', 'Stradic FM Spinning Reel', 'sports-equipment', P(199, 259), ['silver', 'black'], {
        shortNames: ['Stradic FM', 'Stradic'], modelNumbers: ['STFM2500HG', 'STFM4000XG'], manufacturingCountries: ['MY', 'JP'],
        off: ['gold', 'red'],
      }),
    ],
    zh: '禧玛诺', disp: ['Shimano', 'SHIMANO'],
    nick: ['西马诺', '喜玛诺', '喜马诺', '日本S家'],
    abbr: ['S-mano', 'SHM', 'S.H.M.', ['🎣 S-logo', ['stella', 'stradic']]],
    missp: ['Shimanno', 'Shimamo', 'Shimono', 'Shiamno'],
  },
  {
    id: 'vacheron-constantin',
    name: 'Vacheron Constantin',
    aliases: ['江诗丹顿', 'Vacheron-Constantin'],
    protectedTerms: ['Overseas', 'Patrimony', 'Traditionnelle', 'Fiftysix', 'Égérie', 'Historiques', "Métiers d'Art"],
    categories: ['watches'],
    manufacturingCountries: ['CH'],
    sellers: [
      { id: 'vacheronconstantin_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'vacheron-constantin-cpo', mp: 'ebay', sf: 'CH' },
    ],
    categoryPrices: [{ category: 'watches', referencePrice: P(12000, 300000) }],
    lines: [
      L('overseas', 'Overseas Self-Winding', 'watches', P(27500, 31500), ['blue', 'silver', 'black', 'green', 'brown'], {
        aliases: ['纵横四海自动上链腕表', '纵横四海'], shortNames: ['Overseas', 'Overseas 41'],
        modelNumbers: ['4500V/110A-B128', '4500V/110A-B483', '4500V/110A-B126', '4500V'], off: ['red', 'pink', 'rainbow', 'ice blue'],
      }),
      L('overseaschrono', 'Overseas Chronograph', 'watches', P(36000, 40000), ['blue', 'silver', 'black'], {
        aliases: ['纵横四海计时码表'], shortNames: ['Overseas Chrono'], modelNumbers: ['5500V/110A-B148', '5500V/110A-B481', '5500V'],
        off: ['green', 'pink', 'red'],
      }),
      L('fiftysix', 'Fiftysix Self-Winding', 'watches', P(12900, 14500), ['silver', 'blue', 'grey', 'green'], {
        aliases: ['伍陆之型自动上链腕表', '伍陆之型'], shortNames: ['Fiftysix'], modelNumbers: ['4600E/000A-B442', '4600E/000A-B487', '4600E'],
        off: ['red', 'pink', 'black'],
      }),
      L('patrimony', 'Patrimony Self-Winding', 'watches', P(25000, 33000), ['silver', 'blue', 'grey'], {
        aliases: ['传承系列自动上链腕表'], shortNames: ['Patrimony'], modelNumbers: ['85180/000R-9248', '85180/000G-9230'],
        off: ['red', 'green', 'black'],
      }),
    ],
    zh: '江诗丹顿', disp: ['Vacheron Constantin', 'VACHERON CONSTANTIN'],
    nick: ['江诗', '老江', '江丹', '江家', '马耳他十字'],
    abbr: ['V.C.', 'V&C', '✠ Maltese-cross', 'VaCo'],
    missp: ['Vacheron Constantine', 'Vacheron Konstantin', 'Vacharon Constantin', 'Vacheron Costantin'],
  },
  {
    id: 'jaeger-lecoultre',
    name: 'Jaeger-LeCoultre',
    aliases: ['积家', 'JLC', 'Jaeger LeCoultre'],
    protectedTerms: ['Reverso', 'Master Control', 'Master Ultra Thin', 'Polaris', 'Rendez-Vous', 'Atmos', 'Duomètre'],
    categories: ['watches'],
    manufacturingCountries: ['CH'],
    sellers: [
      { id: 'jaegerlecoultre_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'jlc-official-jd', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'watches', referencePrice: P(7000, 200000) }],
    lines: [
      L('reversotribute', 'Reverso Tribute Small Seconds', 'watches', P(10800, 12300), ['silver', 'black', 'blue', 'burgundy', 'green'], {
        aliases: ['Reverso Tribute 小秒针腕表', '翻转系列'], shortNames: ['Reverso Tribute', 'Reverso'],
        modelNumbers: ['Q713854J', 'Q713858J', 'Q7138420'], off: ['pink', 'orange', 'rainbow'],
      }),
      L('reversoclassic', 'Reverso Classic Medium Thin', 'watches', P(8400, 9600), ['silver', 'blue'], {
        shortNames: ['Reverso Classic'], modelNumbers: ['Q2548440', 'Q2548520'], off: ['red', 'green'],
      }),
      L('polaris', 'Polaris Date', 'watches', P(10400, 11400), ['black', 'blue', 'green', 'silver'], {
        aliases: ['北宸系列日历腕表'], shortNames: ['Polaris'], modelNumbers: ['Q9068681', 'Q906868J', 'Q9068670'], off: ['orange', 'pink', 'red'],
      }),
      L('mut', 'Master Ultra Thin Moon', 'watches', P(10600, 14000), ['silver', 'blue'], {
        aliases: ['超薄大师系列月相腕表'], shortNames: ['Master Ultra Thin Moon', 'MUT Moon'], modelNumbers: ['Q1368430', 'Q1368480'],
        off: ['black', 'green', 'red'],
      }),
    ],
    zh: '积家', disp: ['Jaeger-LeCoultre', 'Jaeger LeCoultre', 'JLC'],
    nick: ['鸡家', '积架', ['翻转表', ['reversotribute', 'reversoclassic']]],
    abbr: ['J.L.C', 'J-L-C', 'J.LeC', 'JgLC'],
    missp: ['Jaeger Lecoulter', 'Jager LeCoultre', 'Jaeger-LeCoulter', 'Jeager LeCoultre'],
  },
  {
    id: 'swatch',
    name: 'Swatch',
    aliases: ['斯沃琪', 'SWATCH'],
    protectedTerms: ['MoonSwatch', 'Bioceramic', 'Sistem51', 'Swatch Irony', 'Scuba Fifty Fathoms'],
    categories: ['watches'],
    manufacturingCountries: ['CH'],
    sellers: [
      { id: 'swatch_tmall_official', mp: 'tmall', sf: 'CN' },
      { id: 'swatch-store-us', mp: 'amazon', sf: 'US' },
      { id: 'swatch_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'watches', referencePrice: P(65, 450) }],
    lines: [
      L('moonswatch', 'Bioceramic MoonSwatch', 'watches', P(270, 285),
        ['grey', 'black', 'red', 'blue', 'pink', 'beige', 'brown', 'light blue', 'yellow', 'white', 'green', 'navy'], {
          shortNames: ['MoonSwatch', 'Moonswatch'], modelNumbers: ['SO33M100', 'SO33R100', 'SO33N100', 'SO33M700', 'SO33L100'],
          off: ['camo', 'leopard', 'tie-dye'],
        }),
      L('scuba', 'Bioceramic Scuba Fifty Fathoms', 'watches', P(400, 420), ['blue', 'black', 'red', 'grey', 'yellow', 'turquoise', 'navy'], {
        shortNames: ['Scuba Fifty Fathoms'], modelNumbers: ['SO35A100', 'SO35P100', 'SO35N100'], off: ['pink', 'gold', 'camo'],
      }),
      L('sistem51', 'Sistem51', 'watches', P(225, 275), ['black', 'white', 'blue', 'silver', 'red'], {
        shortNames: ['Sistem51', 'Sistem 51'], modelNumbers: ['SY23S400', 'SUTS401'], off: ['gold', 'leopard'],
      }),
      L('gent', 'Swatch Gent Originals', 'watches', P(70, 95), ['black', 'white', 'blue', 'red', 'pink', 'green', 'transparent'], {
        shortNames: ['Gent'], modelNumbers: ['SO28B100', 'GB743'], off: ['gold', 'camo'],
      }),
    ],
    zh: '斯沃琪', disp: ['Swatch', 'SWATCH'],
    nick: ['斯沃奇', '斯沃琦', ['月亮表', ['moonswatch']], ['登月联名表', ['moonswatch']], ['行星表', ['moonswatch']]],
    abbr: [['🌙⌚', ['moonswatch']], 'S.W.', ['Sw. bioceramic', ['moonswatch', 'scuba']], ['🪐⌚ planet watch', ['moonswatch']]],
    missp: ['Swach', 'Swotch', 'Swatsh', 'Swacth'],
  },
  {
    id: 'chaumet',
    name: 'Chaumet',
    aliases: ['尚美巴黎', 'CHAUMET Paris'],
    protectedTerms: ['Bee My Love', 'Joséphine', 'Jeux de Liens', 'Liens', 'Torsade', 'Bee de Chaumet'],
    categories: ['jewellery'],
    manufacturingCountries: ['FR'],
    sellers: [
      { id: 'chaumet_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'chaumet-paris-official-jd', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'jewellery', referencePrice: P(1300, 80000) }],
    lines: [
      L('beemylove', 'Bee My Love Ring', 'jewellery', P(1650, 2450), ['rose gold', 'white gold', 'yellow gold'], {
        aliases: ['Bee My Love 蜂巢戒指'], shortNames: ['Bee My Love'], modelNumbers: ['082932', '083005'], off: ['silver', 'black', 'blue'],
      }),
      L('jeuxdeliens', 'Jeux de Liens Pendant', 'jewellery', P(2150, 3300), ['rose gold', 'white gold', 'yellow gold'], {
        aliases: ['Jeux de Liens 吊坠'], shortNames: ['Jeux de Liens'], modelNumbers: ['083245', '082950'], off: ['silver', 'black'],
      }),
      L('josephine', 'Joséphine Aigrette Ring', 'jewellery', P(4900, 9800), ['white gold', 'rose gold', 'platinum'], {
        aliases: ['Joséphine 约瑟芬皇冠戒指', 'Josephine Aigrette'], shortNames: ['Joséphine', 'Aigrette'], modelNumbers: ['081230', '082471'],
        off: ['silver', 'black'],
      }),
    ],
    zh: '尚美巴黎', disp: ['Chaumet', 'CHAUMET'],
    nick: [['小蜜蜂戒指', ['beemylove']], ['蜂巢戒指', ['beemylove']], '上美巴黎', '皇冠家'],
    abbr: [['C🐝', ['beemylove']], ['🐝 honeycomb', ['beemylove']], 'Chmt', 'C.H.M.'],
    missp: ['Chaumett', 'Chaumat', 'Chamet', 'Chaument'],
  },
  {
    id: 'maui-jim',
    name: 'Maui Jim',
    aliases: ['Maui Jim Sunglasses'],
    protectedTerms: ['PolarizedPlus2', 'Peahi', 'Red Sands', 'Hookipa', 'Kanaio Coast', 'MauiPure'],
    categories: ['eyewear'],
    manufacturingCountries: ['JP', 'IT'],
    sellers: [
      { id: 'mauijim_official_us', mp: 'amazon', sf: 'US' },
      { id: 'mauijim_tmall', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'eyewear', referencePrice: P(199, 899) }],
    lines: [
      L('peahi', 'Peahi', 'eyewear', P(299, 329), ['gloss black', 'matte black', 'tortoise', 'blue', 'grey'], {
        shortNames: ['Peahi'], modelNumbers: ['MJ202', '202-2M', 'B202-03'], off: ['pink', 'white', 'gold'],
      }),
      L('redsands', 'Red Sands', 'eyewear', P(249, 279), ['gloss black', 'tortoise', 'dark havana', 'grey'], {
        shortNames: ['Red Sands'], modelNumbers: ['MJ432', '432-02'], off: ['pink', 'white', 'green'],
      }),
      L('hookipa', 'Hookipa', 'eyewear', P(229, 259), ['black', 'tortoise', 'gunmetal', 'grey'], {
        shortNames: ['Hookipa'], modelNumbers: ['MJ407', '407-02', 'H407-10'], off: ['pink', 'white', 'red'],
      }),
      L('kanaio', 'Kanaio Coast', 'eyewear', P(279, 309), ['black', 'tortoise', 'grey', 'olive'], {
        shortNames: ['Kanaio Coast', 'Kanaio'], modelNumbers: ['MJ766', '766-02'], off: ['pink', 'white'],
      }),
    ],
    zh: 'Maui Jim', disp: ['Maui Jim', 'MAUI JIM'],
    nick: ['夏威夷偏光镜', '毛伊吉姆', '茂宜家', '夏威夷吉姆'],
    abbr: ['M.J. polarized', 'MJ 🌺', '🌺 Hawaii shades', 'Mau1 J'],
    missp: ['Mauii Jim', 'Maui Jimm', 'Mowie Jim', 'Maui Gym'],
  },
  {
    id: 'tom-ford',
    name: 'Tom Ford',
    aliases: ['TOM FORD', '汤姆福特', 'TF'],
    protectedTerms: ['Lost Cherry', 'Black Orchid', 'Tobacco Vanille', 'Oud Wood', 'Ombré Leather', 'Private Blend', 'Soleil Blanc'],
    categories: ['fragrance', 'cosmetics', 'eyewear'],
    manufacturingCountries: ['US', 'CH', 'IT'],
    sellers: [
      { id: 'tomfordbeauty_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'tom-ford-beauty-us', mp: 'amazon', sf: 'US' },
      { id: 'tomford_jd_selfrun', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'fragrance', referencePrice: P(150, 600) },
      { category: 'cosmetics', referencePrice: P(50, 180) },
      { category: 'eyewear', referencePrice: P(350, 700) },
    ],
    lines: [
      L('lostcherry', 'Lost Cherry Eau de Parfum 50ml', 'fragrance', P(395, 425), [], {
        aliases: ['失落樱桃香水'], shortNames: ['Lost Cherry'], modelNumbers: ['T6LK01'],
      }),
      L('blackorchid', 'Black Orchid Eau de Parfum 100ml', 'fragrance', P(185, 235), [], {
        aliases: ['黑兰花香水'], shortNames: ['Black Orchid'], modelNumbers: ['T0A001'],
      }),
      L('tobacco', 'Tobacco Vanille Eau de Parfum 50ml', 'fragrance', P(285, 395), [], {
        aliases: ['烟草香草香水'], shortNames: ['Tobacco Vanille'], modelNumbers: ['T0Y001'],
      }),
      L('lipcolor', 'Lip Color Lipstick', 'cosmetics', P(59, 62), ['scarlet rouge', 'wild ginger', 'pink dusk', 'impassioned', 'ruby rush'], {
        aliases: ['奢金柔滑唇膏'], shortNames: ['Lip Color'], modelNumbers: ['T0T5'], off: ['neon blue', 'glitter green'],
      }),
      L('snowdon', 'Snowdon FT0237', 'eyewear', P(385, 470), ['black', 'havana', 'blue', 'tortoise'], {
        shortNames: ['Snowdon'], modelNumbers: ['FT0237', 'TF237'], manufacturingCountries: ['IT'], off: ['pink', 'white', 'neon green'],
      }),
    ],
    zh: '汤姆福特', disp: ['Tom Ford', 'TOM FORD'],
    nick: ['汤姆家', '汤福', '汤叔家', '福特叔'],
    abbr: ['T.F.', 'T-F', 'T∙F', 'TFord'],
    missp: ['Tom Frod', 'Tom Fort', 'Tom Furd', 'Tomford'],
  },
  {
    id: 'parfums-de-marly',
    name: 'Parfums de Marly',
    aliases: ['PDM', 'Parfums de Marly Paris'],
    protectedTerms: ['Layton', 'Delina', 'Pegasus', 'Herod', 'Percival', 'Valaya', 'Althaïr', 'Haltane', 'Greenley', 'Sedley'],
    categories: ['fragrance'],
    manufacturingCountries: ['FR'],
    sellers: [
      { id: 'pdm_official_amazon_fr', mp: 'amazon', sf: 'FR' },
      { id: 'parfumsdemarly_tmall', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'fragrance', referencePrice: P(190, 420) }],
    lines: [
      L('layton', 'Layton Eau de Parfum 125ml', 'fragrance', P(340, 375), [], { shortNames: ['Layton'], modelNumbers: ['3700578518002'] }),
      L('delina', 'Delina Eau de Parfum 75ml', 'fragrance', P(340, 375), [], { shortNames: ['Delina'], modelNumbers: ['3700578500007'] }),
      L('pegasus', 'Pegasus Eau de Parfum 125ml', 'fragrance', P(330, 365), [], { shortNames: ['Pegasus'], modelNumbers: ['3700578511003'] }),
      L('althair', 'Althaïr Eau de Parfum 125ml', 'fragrance', P(340, 375), [], { shortNames: ['Althaïr', 'Althair'], modelNumbers: ['3700578503008'] }),
    ],
    zh: 'Parfums de Marly', disp: ['Parfums de Marly', 'PARFUMS DE MARLY', 'PDM'],
    nick: ['玛丽家', '马利香水', '法国马利宫廷香', '马利家'],
    abbr: ['P.D.M.', 'P-d-M', '🐎 horse-crest', 'PdMarly'],
    missp: ['Parfum de Marley', 'Parfums de Marley', 'Perfums de Marly', 'Parfums du Marly'],
  },
  {
    id: 'diptyque',
    name: 'Diptyque',
    aliases: ['diptyque Paris', '蒂普提克'],
    protectedTerms: ['Philosykos', 'Do Son', 'Tam Dao', 'Eau Rose', 'Orphéon', 'Baies', "L'Ombre dans l'Eau", 'Fleur de Peau'],
    categories: ['fragrance'],
    manufacturingCountries: ['FR'],
    sellers: [
      { id: 'diptyque_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'diptyque-paris-us', mp: 'amazon', sf: 'US' },
    ],
    categoryPrices: [{ category: 'fragrance', referencePrice: P(40, 300) }],
    lines: [
      L('baies', 'Baies Scented Candle 190g', 'fragrance', P(76, 82), [], {
        aliases: ['浆果香氛蜡烛'], shortNames: ['Baies candle', 'Baies'], modelNumbers: ['BA1'],
      }),
      L('philosykos', 'Philosykos Eau de Toilette 100ml', 'fragrance', P(170, 190), [], {
        aliases: ['希腊无花果淡香水'], shortNames: ['Philosykos'], modelNumbers: ['PHIL100'],
      }),
      L('doson', 'Do Son Eau de Parfum 75ml', 'fragrance', P(195, 215), [], {
        aliases: ['杜桑浓香水'], shortNames: ['Do Son'], modelNumbers: ['DOSEDP75'],
      }),
      L('tamdao', 'Tam Dao Eau de Toilette 100ml', 'fragrance', P(170, 190), [], {
        aliases: ['檀道淡香水'], shortNames: ['Tam Dao'], modelNumbers: ['TAM100'],
      }),
    ],
    zh: '蒂普提克', disp: ['Diptyque', 'diptyque', 'DIPTYQUE'],
    nick: ['D家', '椭圆标', '蒂普', '椭圆标香氛'],
    abbr: ['dptq', 'D. Paris oval', '⬭ oval-label', 'Dip.'],
    missp: ['Diptique', 'Dyptique', 'Diptyqe', 'Diptyk'],
  },
  {
    id: 'guerlain',
    name: 'Guerlain',
    aliases: ['娇兰', 'GUERLAIN Paris'],
    protectedTerms: ['Abeille Royale', 'Orchidée Impériale', 'Météorites', 'Terracotta', 'Rouge G', 'Shalimar', 'Aqua Allegoria', "L'Homme Idéal"],
    categories: ['cosmetics', 'fragrance'],
    manufacturingCountries: ['FR'],
    sellers: [
      { id: 'guerlain_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'guerlain_jd_official', mp: 'jd', sf: 'CN' },
      { id: 'guerlain-beauty-us', mp: 'amazon', sf: 'US' },
    ],
    categoryPrices: [
      { category: 'cosmetics', referencePrice: P(40, 600) },
      { category: 'fragrance', referencePrice: P(70, 400) },
    ],
    lines: [
      L('abeilleoil', 'Abeille Royale Advanced Youth Watery Oil 50ml', 'cosmetics', P(145, 165), [], {
        aliases: ['帝皇蜂姿黄金复原蜜'], shortNames: ['Watery Oil', 'Abeille Royale oil'], modelNumbers: ['G061677'],
      }),
      L('orchidee', 'Orchidée Impériale The Cream 50ml', 'cosmetics', P(490, 560), [], {
        aliases: ['御廷兰花卓能焕活面霜'], shortNames: ['Orchidée Impériale cream'], modelNumbers: ['G061503'],
      }),
      L('meteorites', 'Météorites Light-Revealing Pearls of Powder', 'cosmetics', P(66, 72), [], {
        aliases: ['幻彩流星粉球'], shortNames: ['Météorites pearls', 'Meteorites'], modelNumbers: ['G042366'],
      }),
      L('shalimar', 'Shalimar Eau de Parfum 90ml', 'fragrance', P(150, 175), [], {
        aliases: ['一千零一夜香水'], shortNames: ['Shalimar'], modelNumbers: ['G014271'],
      }),
      L('rougeg', 'Rouge G Lipstick', 'cosmetics', P(58, 67), [], {
        aliases: ['臻彩宝石唇膏'], shortNames: ['Rouge G'], modelNumbers: ['G043440'],
      }),
    ],
    zh: '娇兰', disp: ['Guerlain', 'GUERLAIN'],
    nick: ['骄兰', '娇蓝', '小蜜蜂家', '娇兰家'].slice(0, 3),
    abbr: [['🐝 royal oil', ['abeilleoil']], 'G. Paris bee', 'Gln', ['🐝🐝 bee-bottle', ['shalimar']]],
    missp: ['Guerlian', 'Gurlain', 'Guerlan', 'Guerllain'],
  },
  {
    id: 'sulwhasoo',
    name: 'Sulwhasoo',
    aliases: ['雪花秀', '설화수'],
    protectedTerms: ['First Care Activating Serum', 'Concentrated Ginseng', 'Timetreasure', 'Perfecting Cushion', 'Essential Comfort'],
    categories: ['cosmetics'],
    manufacturingCountries: ['KR'],
    sellers: [
      { id: 'sulwhasoo_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'sulwhasoo-official-us', mp: 'amazon', sf: 'US' },
      { id: 'sulwhasoo_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'cosmetics', referencePrice: P(40, 400) }],
    lines: [
      L('firstcare', 'First Care Activating Serum 90ml', 'cosmetics', P(115, 135), [], {
        aliases: ['润燥精华', '润致焕活肌底精华露'], shortNames: ['First Care Serum'], modelNumbers: ['270830'],
      }),
      L('ginsengcream', 'Concentrated Ginseng Rejuvenating Cream 50ml', 'cosmetics', P(250, 290), [], {
        aliases: ['滋阴生人参焕颜霜'], shortNames: ['Ginseng Cream'], modelNumbers: ['270845'],
      }),
      L('cushion', 'Perfecting Cushion', 'cosmetics', P(60, 68), ['13 ivory', '17 light', '21 beige', '23 natural'], {
        aliases: ['致美气垫'], shortNames: ['Perfecting Cushion'], modelNumbers: ['270877'], off: ['40 deep'],
      }),
    ],
    zh: '雪花秀', disp: ['Sulwhasoo', 'SULWHASOO'],
    nick: ['雪花绣', '雪秀', '韩国人参家', '雪花袖'],
    abbr: ['SWS', 'S.W.S.', ['🇰🇷 ginseng serum', ['firstcare']], 'Sulw.'],
    missp: ['Sulwasoo', 'Sulwhasu', 'Sulhwasoo', 'Sulwhaso'],
  },
  {
    id: 'vivo',
    name: 'vivo',
    aliases: ['维沃', 'vivo Mobile'],
    protectedTerms: ['X Fold', 'X200', 'X100', 'iQOO', 'OriginOS'],
    categories: ['phones', 'phone-accessories', 'audio'],
    manufacturingCountries: ['CN', 'IN', 'ID'],
    sellers: [
      { id: 'vivo_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'vivo_jd_selfrun', mp: 'jd', sf: 'CN' },
      { id: 'vivo-global-official', mp: 'lazada', sf: 'MY' },
    ],
    categoryPrices: [
      { category: 'phones', referencePrice: P(999, 12000, 'CNY') },
      { category: 'phone-accessories', referencePrice: P(29, 399, 'CNY') },
      { category: 'audio', referencePrice: P(99, 699, 'CNY') },
    ],
    lines: [
      L('x200pro', 'vivo X200 Pro', 'phones', P(5299, 6999, 'CNY'), ['black', 'white', 'titanium', 'blue', '辰夜黑', '白月光', '钛色', '宝石蓝'], {
        shortNames: ['X200 Pro', 'X200Pro'], modelNumbers: ['V2413A', 'PD2413'], off: ['red', 'pink', 'gold', 'green'],
      }),
      L('x200', 'vivo X200', 'phones', P(4299, 5999, 'CNY'), ['black', 'white', 'blue', 'titanium', '辰夜黑', '白月光', '宝石蓝', '钛色'], {
        shortNames: ['X200'], modelNumbers: ['V2415A'], off: ['red', 'pink', 'gold'],
      }),
      L('xfold3', 'vivo X Fold3 Pro', 'phones', P(9999, 11999, 'CNY'), ['black', 'white', '薄翼黑', '轻羽白'], {
        shortNames: ['X Fold3 Pro', 'X Fold 3 Pro'], modelNumbers: ['V2337A'], off: ['red', 'gold', 'blue'],
      }),
      L('tws4', 'vivo TWS 4', 'audio', P(299, 399, 'CNY'), ['white', 'blue', 'black'], {
        shortNames: ['TWS 4', 'TWS4'], modelNumbers: ['V2325'], off: ['pink', 'gold'],
      }),
    ],
    zh: 'vivo', disp: ['vivo', 'VIVO'],
    nick: ['蓝厂', '步步高蓝厂', '蓝厂旗舰', '维沃'].slice(0, 3),
    abbr: [['V-phone', ['x200pro', 'x200', 'xfold3']], 'v1v0', 'blue-factory', 'V.I.V.O'],
    missp: ['Vivoo', 'Viivo', 'Vibo', 'Vvio'],
  },
  {
    id: 'nothing',
    name: 'Nothing',
    aliases: ['Nothing Technology', 'Nothing Technology Limited', 'CMF by Nothing'],
    protectedTerms: ['Glyph Interface', 'Nothing Phone', 'Nothing Ear', 'Nothing OS', 'CMF'],
    categories: ['phones', 'audio', 'phone-accessories', 'watches'],
    manufacturingCountries: ['IN', 'CN'],
    sellers: [
      { id: 'nothing_official_amazon_uk', mp: 'amazon', sf: 'GB' },
      { id: 'nothing-official-us', mp: 'amazon', sf: 'US' },
      { id: 'nothing_official_ebay', mp: 'ebay', sf: 'GB' },
    ],
    categoryPrices: [
      { category: 'phones', referencePrice: P(249, 899) },
      { category: 'audio', referencePrice: P(49, 199) },
      { category: 'phone-accessories', referencePrice: P(19, 79) },
      { category: 'watches', referencePrice: P(49, 99) },
    ],
    lines: [
      L('phone3a', 'Phone (3a)', 'phones', P(379, 459), ['black', 'white', 'blue'], {
        aliases: ['Nothing Phone (3a)'], shortNames: ['Phone 3a', 'Phone (3a)'], modelNumbers: ['A059'], off: ['pink', 'gold', 'red'],
      }),
      L('phone2', 'Phone (2)', 'phones', P(599, 799), ['white', 'dark grey'], {
        aliases: ['Nothing Phone (2)'], shortNames: ['Phone 2', 'Phone (2)'], modelNumbers: ['A065'], off: ['blue', 'red', 'pink'],
      }),
      L('eara', 'Ear (a)', 'audio', P(89, 99), ['black', 'white', 'yellow'], {
        aliases: ['Nothing Ear (a)'], shortNames: ['Ear (a)', 'Ear a'], modelNumbers: ['B162'], off: ['pink', 'red'],
      }),
      L('ear', 'Ear', 'audio', P(139, 149), ['black', 'white'], {
        aliases: ['Nothing Ear'], shortNames: ['Ear 3'], modelNumbers: ['B171'], off: ['yellow', 'pink'],
      }),
      L('cmfwatch', 'CMF Watch Pro 2', 'watches', P(69, 79), ['dark grey', 'ash grey', 'blue', 'orange'], {
        shortNames: ['CMF Watch Pro 2'], modelNumbers: ['D398'], off: ['pink', 'gold'],
      }),
    ],
    zh: 'Nothing', disp: ['Nothing', 'NOTHING'],
    nick: [['透明手机', ['phone3a', 'phone2']], ['背灯透明机', ['phone3a', 'phone2']], ['英国透明机', ['phone3a', 'phone2']], ['灯带透明机', ['phone3a', 'phone2']]],
    abbr: ['N0thing', 'N•thing', ['see-through glyph phone', ['phone3a', 'phone2']], ['(  ) phone', ['phone3a', 'phone2']]],
    missp: ['Nothin', 'Nuthing', 'Nothng', 'Notthing'],
  },
  {
    id: 'hp',
    name: 'HP',
    aliases: ['Hewlett-Packard', 'HP Inc.', '惠普'],
    protectedTerms: ['LaserJet', 'OfficeJet', 'DeskJet', 'ENVY', 'Spectre', 'OMEN', 'EliteBook', 'Instant Ink', 'Smart Tank'],
    categories: ['printer-supplies', 'computers', 'computer-accessories'],
    manufacturingCountries: ['CN', 'MY', 'SG', 'VN', 'TH', 'IE', 'US', 'MX', 'JP'],
    sellers: [
      { id: 'hp_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'hp_jd_selfrun', mp: 'jd', sf: 'CN' },
      { id: 'hp-store-us', mp: 'amazon', sf: 'US' },
      { id: 'hp_official_ebay', mp: 'ebay', sf: 'US' },
    ],
    categoryPrices: [
      { category: 'printer-supplies', referencePrice: P(12, 320) },
      { category: 'computers', referencePrice: P(299, 2500) },
      { category: 'computer-accessories', referencePrice: P(15, 250) },
    ],
    lines: [
      L('hp65', 'HP 65 Black Original Ink Cartridge', 'printer-supplies', P(16.99, 19.99), ['black'], {
        aliases: ['HP 65 黑色原装墨盒'], shortNames: ['HP 65'], modelNumbers: ['N9K02AN', 'N9K02AA'], manufacturingCountries: ['MY', 'SG'],
      }),
      L('hp65xl', 'HP 65XL Black High Yield Original Ink Cartridge', 'printer-supplies', P(36.99, 41.99), ['black'], {
        shortNames: ['HP 65XL', '65XL'], modelNumbers: ['N9K04AN', 'N9K04AA'], manufacturingCountries: ['MY', 'SG'],
      }),
      L('hp26a', 'HP 26A Black Original LaserJet Toner Cartridge', 'printer-supplies', P(129, 149), ['black'], {
        aliases: ['HP 26A 原装黑色硒鼓'], shortNames: ['HP 26A', '26A'], modelNumbers: ['CF226A'], manufacturingCountries: ['JP', 'CN', 'VN'],
      }),
      L('hp58a', 'HP 58A Black Original LaserJet Toner Cartridge', 'printer-supplies', P(119, 139), ['black'], {
        aliases: ['HP 58A 原装黑色硒鼓'], shortNames: ['HP 58A', '58A'], modelNumbers: ['CF258A'], manufacturingCountries: ['VN', 'CN'],
      }),
      L('spectre', 'Spectre x360 14', 'computers', P(1449, 1799), ['nightfall black', 'slate blue'], {
        shortNames: ['Spectre x360'], modelNumbers: ['14-eu0013dx'], manufacturingCountries: ['CN'], off: ['pink', 'gold', 'red'],
      }),
      L('omen16', 'OMEN 16 Gaming Laptop', 'computers', P(1199, 1699), ['shadow black'], {
        shortNames: ['OMEN 16'], modelNumbers: ['16-xf0033dx'], manufacturingCountries: ['CN'], off: ['white', 'pink'],
      }),
    ],
    zh: '惠普', disp: ['HP', 'Hewlett-Packard'],
    nick: ['慧普', '惠朴', '惠普'].slice(0, 2),
    abbr: ['H-P', 'H.P.', 'h/p', 'HPq'],
    missp: ['Hewlet Packard', 'Hewlett Packerd', 'Hewlit-Packard', 'Hewllet Packard'],
  },
  {
    id: 'bang-olufsen',
    name: 'Bang & Olufsen',
    aliases: ['B&O', 'Bang and Olufsen', '铂傲', 'B&O PLAY'],
    protectedTerms: ['Beoplay', 'Beosound', 'Beolab', 'Beovision', 'Beogram', 'Beocom'],
    categories: ['audio'],
    manufacturingCountries: ['DK', 'CN', 'CZ'],
    sellers: [
      { id: 'bangolufsen_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'bang-olufsen-official-us', mp: 'amazon', sf: 'US' },
      { id: 'bo_official_ebay_uk', mp: 'ebay', sf: 'GB' },
    ],
    categoryPrices: [{ category: 'audio', referencePrice: P(199, 100000) }],
    lines: [
      L('h95', 'Beoplay H95', 'audio', P(999, 1099), ['black', 'grey mist', 'gold tone', 'navy', 'chestnut'], {
        shortNames: ['H95'], modelNumbers: ['1266106', '1266100'], manufacturingCountries: ['CN'], off: ['red', 'pink', 'white'],
      }),
      L('hx', 'Beoplay HX', 'audio', P(499, 549), ['black anthracite', 'sand', 'timber', 'gold tone'], {
        shortNames: ['HX'], modelNumbers: ['1224000'], manufacturingCountries: ['CN'], off: ['red', 'pink', 'white'],
      }),
      L('a1', 'Beosound A1 2nd Gen', 'audio', P(299, 350), ['black anthracite', 'grey mist', 'gold tone', 'pink', 'green'], {
        shortNames: ['A1 2nd Gen', 'Beosound A1'], modelNumbers: ['1734000'], manufacturingCountries: ['CN'], off: ['red', 'camo', 'yellow'],
      }),
      L('ex', 'Beoplay EX', 'audio', P(399, 449), ['black anthracite', 'gold tone', 'anthracite oxygen'], {
        shortNames: ['EX'], modelNumbers: ['1240000'], manufacturingCountries: ['CN'], off: ['pink', 'red', 'white'],
      }),
    ],
    zh: '铂傲', disp: ['Bang & Olufsen', 'B&O', 'Bang and Olufsen'],
    nick: ['铂奥', '博傲', '丹麦铂家', '邦奥'],
    abbr: ['B.O.', 'B+O', 'B-and-O', 'BnO'],
    missp: ['Bang Olufson', 'Bang & Olafsen', 'Bang & Oluffsen', 'Bang Olusfen'],
  },
  {
    id: 'audio-technica',
    name: 'Audio-Technica',
    aliases: ['Audio Technica', '铁三角', 'audio-technica Corporation'],
    protectedTerms: ['ATH-M50x', 'AT-LP120', 'AT2020', 'ATH-M50xBT2', 'Sound Burger'],
    categories: ['audio'],
    manufacturingCountries: ['JP', 'CN', 'TW'],
    sellers: [
      { id: 'audiotechnica_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'audio-technica-us', mp: 'amazon', sf: 'US' },
      { id: 'audiotechnica_jd', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'audio', referencePrice: P(39, 1500) }],
    lines: [
      L('m50x', 'ATH-M50x Professional Monitor Headphones', 'audio', P(149, 169), ['black', 'white', 'blue'], {
        shortNames: ['M50x', 'M50X'], modelNumbers: ['ATH-M50x', 'ATH-M50xBK', 'ATH-M50xWH'], off: ['pink', 'gold', 'camo'],
      }),
      L('m50xbt2', 'ATH-M50xBT2 Wireless Headphones', 'audio', P(199, 219), ['black', 'white'], {
        shortNames: ['M50xBT2'], modelNumbers: ['ATH-M50xBT2'], off: ['pink', 'gold', 'red'],
      }),
      L('lp120', 'AT-LP120XUSB Turntable', 'audio', P(349, 399), ['black', 'silver'], {
        shortNames: ['LP120', 'LP120X'], modelNumbers: ['AT-LP120XUSB', 'AT-LP120XBT-USB'], off: ['white', 'red', 'gold'],
      }),
      L('at2020', 'AT2020 Cardioid Condenser Microphone', 'audio', P(99, 129), ['black'], {
        shortNames: ['AT2020'], modelNumbers: ['AT2020', 'AT2020USB-X'], off: ['white', 'pink', 'gold'],
      }),
    ],
    zh: '铁三角', disp: ['Audio-Technica', 'Audio Technica', 'audio-technica'],
    nick: ['三角铁', '铁3角', '日本铁三', '铁叁角'],
    abbr: ['A-T', 'A.T.', '△ logo', 'AuTe'],
    missp: ['Audio Technika', 'Audio-Tecnica', 'Audio Techinca', 'Audio-Technika'],
  },
  {
    id: 'leica',
    name: 'Leica',
    aliases: ['Leica Camera', '徕卡', 'Leica Camera AG'],
    protectedTerms: ['Summilux', 'Summicron', 'Noctilux', 'Elmarit', 'APO-Summicron', 'Leica M', 'Leica Q', 'Leica SL'],
    categories: ['cameras', 'camera-lenses'],
    manufacturingCountries: ['DE', 'PT'],
    sellers: [
      { id: 'leica_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'leica-store-us', mp: 'amazon', sf: 'US' },
      { id: 'leica_jd_flagship', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'cameras', referencePrice: P(1500, 20000) },
      { category: 'camera-lenses', referencePrice: P(2000, 13000) },
    ],
    lines: [
      L('q3', 'Leica Q3', 'cameras', P(5995, 6295), ['black'], { shortNames: ['Q3'], modelNumbers: ['19080'], off: ['white', 'red', 'gold'] }),
      L('m11', 'Leica M11', 'cameras', P(8995, 9395), ['black', 'silver'], { shortNames: ['M11'], modelNumbers: ['20200', '20201'], off: ['white', 'gold', 'red'] }),
      L('dlux8', 'Leica D-Lux 8', 'cameras', P(1595, 1695), ['black'], {
        shortNames: ['D-Lux 8'], modelNumbers: ['19191'], manufacturingCountries: ['JP'], off: ['silver', 'white', 'red'],
      }),
      L('summilux35', 'Summilux-M 35 f/1.4 ASPH.', 'camera-lenses', P(5495, 5995), ['black', 'silver'], {
        aliases: ['Summilux-M 35mm f/1.4 ASPH'], shortNames: ['Summilux 35', '35 Lux'], modelNumbers: ['11663', '11726'], off: ['gold', 'red'],
      }),
      L('summicron50', 'Summicron-M 50 f/2', 'camera-lenses', P(3195, 3595), ['black', 'silver'], {
        shortNames: ['Summicron 50', '50 Cron'], modelNumbers: ['11826', '11816'], off: ['gold', 'red'],
      }),
    ],
    zh: '徕卡', disp: ['Leica', 'LEICA'],
    nick: ['莱卡', '来卡', '红点家', '小红标'],
    abbr: ['🔴 red dot', 'L-red-dot', 'red-dot German', 'Lca'],
    missp: ['Lieca', 'Leika', 'Lecia', 'Liecaa'],
  },
  {
    id: 'ricoh',
    name: 'Ricoh',
    aliases: ['理光', 'RICOH IMAGING', 'Ricoh Imaging'],
    protectedTerms: ['GR III', 'GR IIIx', 'GR IV', 'THETA', 'GR Digital'],
    categories: ['cameras'],
    manufacturingCountries: ['JP', 'PH'],
    sellers: [
      { id: 'ricoh_imaging_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'ricoh-imaging-us', mp: 'amazon', sf: 'US' },
      { id: 'ricoh_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'cameras', referencePrice: P(399, 1800) }],
    lines: [
      L('gr3', 'GR III', 'cameras', P(949, 1099), ['black', 'metallic grey'], {
        shortNames: ['GR3', 'GRIII'], modelNumbers: ['15041', 'R02010'], off: ['white', 'red', 'pink'],
      }),
      L('gr3x', 'GR IIIx', 'cameras', P(999, 1199), ['black', 'metallic grey'], {
        shortNames: ['GR3x', 'GRIIIx'], modelNumbers: ['15287'], off: ['white', 'red', 'gold'],
      }),
      L('gr4', 'GR IV', 'cameras', P(1499, 1599), ['black'], { shortNames: ['GR4'], modelNumbers: ['15390'], off: ['white', 'silver'] }),
      L('thetax', 'THETA X', 'cameras', P(799, 899), ['black'], { shortNames: ['Theta X'], modelNumbers: ['910860'], off: ['white', 'red'] }),
    ],
    zh: '理光', disp: ['Ricoh', 'RICOH'],
    nick: ['里光', '李光', '日系理家', '礼光'],
    abbr: ['R-GR', 'R.I.C.', 'Rco', 'R1coh'],
    missp: ['Richo', 'Ricoch', 'Rioch', 'Ricooh'],
  },
  {
    id: 'tamron',
    name: 'Tamron',
    aliases: ['腾龙', 'TAMRON'],
    protectedTerms: ['Di III', 'VXD', 'RXD'],
    categories: ['camera-lenses'],
    manufacturingCountries: ['JP', 'CN', 'VN'],
    sellers: [
      { id: 'tamron_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'tamron-usa', mp: 'amazon', sf: 'US' },
      { id: 'tamron_jd', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'camera-lenses', referencePrice: P(399, 1600) }],
    lines: [
      L('a063', '28-75mm F/2.8 Di III VXD G2', 'camera-lenses', P(799, 899), ['black'], { shortNames: ['28-75 G2', '28-75mm G2'], modelNumbers: ['A063'] }),
      L('b070', '17-70mm F/2.8 Di III-A VC RXD', 'camera-lenses', P(699, 799), ['black'], { shortNames: ['17-70'], modelNumbers: ['B070'] }),
      L('a065', '70-180mm F/2.8 Di III VXD G2', 'camera-lenses', P(1199, 1349), ['black'], { shortNames: ['70-180 G2'], modelNumbers: ['A065'] }),
      L('a057', '150-500mm F/5-6.7 Di III VC VXD', 'camera-lenses', P(1299, 1399), ['black'], { shortNames: ['150-500'], modelNumbers: ['A057'] }),
    ],
    zh: '腾龙', disp: ['Tamron', 'TAMRON'],
    nick: ['藤龙', '腾隆', '腾笼'],
    abbr: ['T-mron', 'Tmrn', 'T.A.M.', 'Tam.'],
    missp: ['Tamrom', 'Tamaron', 'Tamrron', 'Tamron'.replace('m', 'n')],
  },
  {
    id: 'panasonic',
    name: 'Panasonic',
    aliases: ['松下', 'Panasonic Corporation'],
    protectedTerms: ['LUMIX', 'eneloop', 'nanoe', "Let's note", 'Technics'],
    categories: ['cameras', 'camera-lenses', 'home-appliances', 'batteries'],
    manufacturingCountries: ['JP', 'CN', 'MY', 'TH', 'VN', 'ID'],
    sellers: [
      { id: 'panasonic_tmall_official', mp: 'tmall', sf: 'CN' },
      { id: 'panasonic_jd_selfrun', mp: 'jd', sf: 'CN' },
      { id: 'panasonic-store-us', mp: 'amazon', sf: 'US' },
      { id: 'panasonic_official_jp', mp: 'amazon', sf: 'JP' },
    ],
    categoryPrices: [
      { category: 'cameras', referencePrice: P(399, 3500) },
      { category: 'camera-lenses', referencePrice: P(299, 2800) },
      { category: 'home-appliances', referencePrice: P(39, 2000) },
      { category: 'batteries', referencePrice: P(8, 40) },
    ],
    lines: [
      L('s5ii', 'LUMIX S5II', 'cameras', P(1799, 1999), ['black'], {
        shortNames: ['S5II', 'S5M2', 'S5 Mark II'], modelNumbers: ['DC-S5M2', 'DC-S5M2BODY'], manufacturingCountries: ['JP'], off: ['white', 'silver'],
      }),
      L('g9ii', 'LUMIX G9II', 'cameras', P(1699, 1899), ['black'], {
        shortNames: ['G9II', 'G9M2'], modelNumbers: ['DC-G9M2'], manufacturingCountries: ['JP'], off: ['white', 'silver'],
      }),
      L('eneloopaa', 'eneloop AA Rechargeable Batteries 4-pack', 'batteries', P(15, 20), ['white'], {
        aliases: ['eneloop 5号充电电池 4节装'], shortNames: ['eneloop AA'], modelNumbers: ['BK-3MCCA4BA', 'BK-3MCCE/4BE'],
        manufacturingCountries: ['JP'], off: ['green', 'gold'],
      }),
      L('nanoe', 'nanoe Hair Dryer EH-NA0J', 'home-appliances', P(199, 259), ['deep navy', 'coral pink', 'white', '深海蓝', '珊瑚粉'], {
        aliases: ['纳诺怡吹风机'], shortNames: ['NA0J'], modelNumbers: ['EH-NA0J', 'EH-NA0J-A', 'EH-NA0J-P'], manufacturingCountries: ['CN', 'JP'],
        off: ['green', 'gold', 'red'],
      }),
      L('s50', 'LUMIX S 50mm F1.8', 'camera-lenses', P(399, 449), ['black'], { modelNumbers: ['S-S50'], manufacturingCountries: ['JP', 'CN'] }),
    ],
    zh: '松下', disp: ['Panasonic', 'PANASONIC'],
    nick: ['松夏', '日系松家', '大松', '松霞'],
    abbr: ['P-sonic', 'Pana.', 'PNSC', 'P4na'],
    missp: ['Panasonik', 'Panasoinc', 'Panosonic', 'Panasonnic'],
  },
  {
    id: 'fluke',
    name: 'Fluke',
    aliases: ['福禄克', 'Fluke Corporation'],
    protectedTerms: ['Fluke Connect', 'FlukeView', 'True-rms Industrial'],
    categories: ['tools'],
    manufacturingCountries: ['US', 'CN'],
    sellers: [
      { id: 'fluke_official_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'fluke-direct-us', mp: 'amazon', sf: 'US' },
      { id: 'fluke_jd_flagship', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'tools', referencePrice: P(59, 3000) }],
    lines: [
      L('87v', "Fluke 87V Industrial Multimeter", 'tools', P(549, 649), ['yellow', 'grey'], {
        shortNames: ['87V', '87-V', '87 V'], modelNumbers: ['FLUKE-87-5', '87V'], manufacturingCountries: ['US'], off: ['red', 'blue', 'orange', 'black'],
      }),
      L('117', "Fluke 117 Electrician's Multimeter", 'tools', P(219, 269), ['yellow', 'grey'], {
        shortNames: ['F117'], modelNumbers: ['FLUKE-117', '117'], off: ['red', 'blue', 'orange'],
      }),
      L('17b', 'Fluke 17B+ Digital Multimeter', 'tools', P(129, 159), ['yellow', 'grey'], {
        shortNames: ['17B+'], modelNumbers: ['F17B+', 'FLUKE-17B+'], manufacturingCountries: ['CN'], off: ['red', 'blue', 'black'],
      }),
      L('376fc', 'Fluke 376 FC Clamp Meter', 'tools', P(649, 749), ['yellow', 'grey'], {
        shortNames: ['376 FC'], modelNumbers: ['FLUKE-376 FC', '376FC'], off: ['red', 'blue'],
      }),
    ],
    zh: '福禄克', disp: ['Fluke', 'FLUKE'],
    nick: ['福鹿克', '福禄客', '福路克', '黄壳福家'],
    abbr: ['F-luke', 'FLK', 'F.L.K.', '🟨 yellow-meter'],
    missp: ['Fluk', 'Flukee', 'Flucke', 'Fulke'],
  },
  {
    id: 'victorinox',
    name: 'Victorinox',
    aliases: ['维氏', 'Victorinox Swiss Army'],
    protectedTerms: ['Huntsman', 'SwissChamp', 'Climber', 'Spartan', 'Fieldmaster', 'SwissTool', 'I.N.O.X.', 'Swiss Army'],
    categories: ['tools', 'outdoor-gear', 'watches'],
    manufacturingCountries: ['CH'],
    sellers: [
      { id: 'victorinox_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'victorinox-swissarmy-us', mp: 'amazon', sf: 'US' },
      { id: 'victorinox_official_ebay_de', mp: 'ebay', sf: 'DE' },
    ],
    categoryPrices: [
      { category: 'tools', referencePrice: P(20, 300) },
      { category: 'outdoor-gear', referencePrice: P(20, 200) },
      { category: 'watches', referencePrice: P(400, 1500) },
    ],
    lines: [
      L('huntsman', 'Huntsman', 'tools', P(45, 55), ['red', 'black', 'blue', 'transparent red', 'camouflage'], {
        aliases: ['猎人 瑞士军刀'], shortNames: ['Huntsman'], modelNumbers: ['1.3713', '1.3713.T', '1.3713.3'], off: ['gold', 'leopard', 'rainbow'],
      }),
      L('swisschamp', 'SwissChamp', 'tools', P(105, 130), ['red'], {
        aliases: ['瑞士全能王'], shortNames: ['SwissChamp'], modelNumbers: ['1.6795'], off: ['black', 'pink', 'gold'],
      }),
      L('climber', 'Climber', 'tools', P(36, 45), ['red', 'black', 'blue', 'transparent red', 'white'], {
        aliases: ['攀登者'], shortNames: ['Climber'], modelNumbers: ['1.3703', '1.3703.T'], off: ['gold', 'leopard'],
      }),
      L('swisstool', 'SwissTool', 'tools', P(115, 145), ['stainless steel'], {
        shortNames: ['SwissTool'], modelNumbers: ['3.0323.L', '3.0327.L'], off: ['gold', 'red'],
      }),
      L('inox', 'I.N.O.X. Watch', 'watches', P(595, 695), ['black', 'blue', 'green', 'red', 'grey'], {
        shortNames: ['INOX'], modelNumbers: ['241723.1', '241682.1'], off: ['pink', 'gold'],
      }),
    ],
    zh: '维氏', disp: ['Victorinox', 'VICTORINOX'],
    nick: ['维式', ['十字标军刀', ['huntsman', 'swisschamp', 'climber']], ['瑞士红刀', ['huntsman', 'swisschamp', 'climber']], '唯氏'],
    abbr: [['🇨🇭🔪', ['huntsman', 'swisschamp', 'climber']], 'V-nox', 'VNX', ['➕ cross-shield knife', ['huntsman', 'swisschamp', 'climber']]],
    missp: ['Victorinoxx', 'Victornox', 'Victorianox', 'Viktorinox'],
  },
  {
    id: 'medicom-toy',
    name: 'Medicom Toy',
    aliases: ['MEDICOM TOY', 'Medicom Toy Inc.'],
    protectedTerms: ['BE@RBRICK', 'BEARBRICK', 'KUBRICK', 'Real Action Heroes'],
    categories: ['toys'],
    manufacturingCountries: ['CN', 'JP'],
    sellers: [
      { id: 'medicomtoy_official_jp', mp: 'amazon', sf: 'JP' },
      { id: 'medicomtoy_tmall', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'toys', referencePrice: P(660, 220000, 'JPY') }],
    lines: [
      L('b1000', 'BE@RBRICK 1000%', 'toys', P(66000, 110000, 'JPY'), [], { shortNames: ['1000%'] }),
      L('b400', 'BE@RBRICK 100% & 400% Set', 'toys', P(13200, 22000, 'JPY'), [], { shortNames: ['100%+400%', '100% & 400%'] }),
      L('series', 'BE@RBRICK SERIES 100% Blind Box', 'toys', P(660, 770, 'JPY'), [], { shortNames: ['SERIES 48', 'SERIES 49'] }),
      L('kubrick', 'KUBRICK 100%', 'toys', P(1650, 3300, 'JPY'), [], { shortNames: ['KUBRICK'] }),
    ],
    zh: 'Medicom Toy', disp: ['Medicom Toy', 'MEDICOM TOY'],
    nick: [['暴力熊', ['b1000', 'b400', 'series']], ['积木熊', ['b1000', 'b400', 'series']], ['潮玩暴力熊', ['b1000', 'b400', 'series']], ['积木小熊', ['b1000', 'b400', 'series']]],
    abbr: [['🐻 brick', ['b1000', 'b400', 'series']], ['B@R', ['b1000', 'b400', 'series']], 'Medi-T', ['M.T. brick bear', ['b1000', 'b400', 'series']]],
    missp: ['Medicon Toy', 'Bearbrik', 'Medicom Toys', 'Bearbick'].slice(0, 4),
  },
  {
    id: 'hasbro',
    name: 'Hasbro',
    aliases: ['孩之宝', 'Hasbro Inc.'],
    protectedTerms: ['Transformers', 'Nerf', 'Monopoly', 'Play-Doh', 'Furby', 'My Little Pony', 'Marvel Legends', 'The Black Series'],
    categories: ['toys'],
    manufacturingCountries: ['CN', 'VN', 'IN', 'US', 'IE'],
    sellers: [
      { id: 'hasbro_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'hasbro-toy-shop-us', mp: 'amazon', sf: 'US' },
      { id: 'hasbro_pulse_ebay', mp: 'ebay', sf: 'US' },
    ],
    categoryPrices: [{ category: 'toys', referencePrice: P(5, 250) }],
    lines: [
      L('tfstudio', 'Transformers Studio Series Voyager Class', 'toys', P(34.99, 39.99), [], {
        aliases: ['变形金刚 电影工作室系列 航行家级'], shortNames: ['Studio Series Voyager'], modelNumbers: ['F0784', 'F3173'],
      }),
      L('tflegacy', 'Transformers Legacy United Leader Class', 'toys', P(54.99, 64.99), [], {
        aliases: ['变形金刚 传世 领袖级'], shortNames: ['Legacy Leader'], modelNumbers: ['F8540'],
      }),
      L('nerf', 'Nerf Elite 2.0 Commander RD-6', 'toys', P(14.99, 19.99), ['blue', 'orange', 'white'], {
        shortNames: ['Commander RD-6'], modelNumbers: ['E9485'], off: ['pink', 'gold', 'black'],
      }),
      L('monopoly', 'Monopoly Classic Board Game', 'toys', P(19.99, 24.99), [], {
        aliases: ['大富翁经典版'], shortNames: ['Monopoly Classic'], modelNumbers: ['C1009', '00009'],
      }),
      L('furby', 'Furby Interactive Plush', 'toys', P(59.99, 69.99), ['purple', 'coral', 'tie-dye', 'galaxy'], {
        aliases: ['菲比精灵'], shortNames: ['Furby'], modelNumbers: ['F6743', 'F6744'], off: ['black', 'camo', 'gold'],
      }),
      L('blackseries', 'Star Wars The Black Series 6-inch Figure', 'toys', P(24.99, 29.99), [], {
        aliases: ['星球大战 黑标系列 6英寸'], shortNames: ['Black Series'], modelNumbers: ['F4066', 'F7001'],
      }),
    ],
    zh: '孩之宝', disp: ['Hasbro', 'HASBRO'],
    nick: ['孩子宝', '孩之堡', '海之宝', '孩子堡'],
    abbr: ['H-bro', 'HSB', 'H.A.S.', 'Hsbr'],
    missp: ['Hasboro', 'Hasbroo', 'Hazbro', 'Hasbor'],
  },
  {
    id: 'funko',
    name: 'Funko',
    aliases: ['Funko Pop!', 'Funko Inc.'],
    protectedTerms: ['Pop!', 'Bitty Pop!', 'Loungefly', 'Funko Soda'],
    categories: ['toys', 'handbags'],
    manufacturingCountries: ['CN', 'VN'],
    sellers: [
      { id: 'funko-shop-official', mp: 'amazon', sf: 'US' },
      { id: 'funko_official_ebay', mp: 'ebay', sf: 'US' },
      { id: 'funko_tmall_store', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'toys', referencePrice: P(8, 60) },
      { category: 'handbags', referencePrice: P(45, 110) },
    ],
    lines: [
      L('popvinyl', 'Pop! Vinyl Figure', 'toys', P(12, 16), [], { shortNames: ['Pop! Vinyl', 'Pop Vinyl'] }),
      L('popdeluxe', 'Pop! Deluxe', 'toys', P(27, 35), [], { shortNames: ['Pop! Deluxe'] }),
      L('popjumbo', 'Pop! Jumbo 10-inch', 'toys', P(35, 45), [], { shortNames: ['Pop! Jumbo', 'Jumbo Pop'] }),
      L('loungefly', 'Loungefly Mini Backpack', 'handbags', P(75, 90), [], { shortNames: ['Loungefly mini'] }),
    ],
    zh: 'Funko', disp: ['Funko', 'FUNKO'],
    nick: ['放克', ['大头公仔', ['popvinyl', 'popdeluxe', 'popjumbo']], ['方头娃娃', ['popvinyl', 'popdeluxe', 'popjumbo']], ['放克大头', ['popvinyl', 'popdeluxe', 'popjumbo']]],
    abbr: [['F-pop', ['popvinyl', 'popdeluxe', 'popjumbo']], 'FNK', ['big-head vinyl', ['popvinyl', 'popdeluxe', 'popjumbo']], 'F.u.n.k.'],
    missp: ['Funco', 'Fuko', 'Funkoo', 'Fanko'],
  },
  {
    id: 'fjallraven',
    name: 'Fjällräven',
    aliases: ['Fjallraven', '北极狐'],
    protectedTerms: ['Kånken', 'Kanken', 'G-1000', 'Greenland', 'Keb', 'Vidda Pro', 'Re-Kånken', 'Abisko'],
    categories: ['outdoor-gear', 'apparel'],
    manufacturingCountries: ['VN', 'CN', 'BD'],
    sellers: [
      { id: 'fjallraven_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'fjallraven-us-official', mp: 'amazon', sf: 'US' },
      { id: 'fjallraven_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'outdoor-gear', referencePrice: P(40, 450) },
      { category: 'apparel', referencePrice: P(60, 600) },
    ],
    lines: [
      L('kanken', 'Kånken Classic Backpack', 'outdoor-gear', P(80, 90),
        ['black', 'navy', 'ox red', 'frost green', 'graphite', 'super grey', 'fog', 'pink', 'sky blue', 'ochre', 'royal blue', 'forest green', 'deep red', 'warm yellow', 'mint green', 'clay'], {
          aliases: ['Kånken 经典双肩包', 'Kanken Classic'], shortNames: ['Kånken', 'Kanken', 'Kanken 16L'], modelNumbers: ['23510', 'F23510'],
          manufacturingCountries: ['VN'], off: ['leopard', 'tie-dye', 'glitter silver', 'zebra'],
        }),
      L('kankenmini', 'Kånken Mini', 'outdoor-gear', P(70, 80), ['black', 'navy', 'ox red', 'frost green', 'pink', 'sky blue', 'ochre', 'fog'], {
        aliases: ['Kanken Mini'], shortNames: ['Kanken Mini'], modelNumbers: ['23561', 'F23561'], manufacturingCountries: ['VN'],
        off: ['leopard', 'tie-dye', 'zebra'],
      }),
      L('kankenlaptop', 'Kånken Laptop 15"', 'outdoor-gear', P(110, 125), ['black', 'navy', 'graphite', 'ox red', 'frost green'], {
        shortNames: ['Kanken Laptop 15'], modelNumbers: ['23524'], manufacturingCountries: ['VN'], off: ['leopard', 'zebra'],
      }),
      L('greenland', 'Greenland Jacket', 'apparel', P(250, 290), ['dark navy', 'black', 'green', 'dark olive'], {
        shortNames: ['Greenland'], modelNumbers: ['87214', 'F87214'], off: ['pink', 'leopard'],
      }),
    ],
    zh: '北极狐', disp: ['Fjällräven', 'Fjallraven', 'FJALLRAVEN'],
    nick: [['狐狸包', ['kanken', 'kankenmini', 'kankenlaptop']], '北级狐', '瑞典小狐狸', ['小狐狸书包', ['kanken', 'kankenmini', 'kankenlaptop']]],
    abbr: ['🦊 fox-logo', 'FJR', 'Fj. fox', 'F-räven'],
    missp: ['Fjalraven', 'Fjellraven', 'Fjallravan', 'Fjallrevan'],
  },
  {
    id: 'yeti',
    name: 'YETI',
    aliases: ['YETI Coolers', 'YETI Holdings'],
    protectedTerms: ['Rambler', 'Tundra', 'Hopper', 'Roadie', 'MagSlider', 'Camino'],
    categories: ['kitchenware', 'outdoor-gear'],
    manufacturingCountries: ['CN', 'PH', 'TH', 'US', 'MX'],
    sellers: [
      { id: 'yeti-official-store', mp: 'amazon', sf: 'US' },
      { id: 'yeti_official_ebay', mp: 'ebay', sf: 'US' },
      { id: 'yeti_tmall_flagship', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'kitchenware', referencePrice: P(20, 80) },
      { category: 'outdoor-gear', referencePrice: P(50, 1500) },
    ],
    lines: [
      L('rambler20', 'Rambler 20 oz Tumbler', 'kitchenware', P(35, 38),
        ['black', 'white', 'navy', 'seafoam', 'charcoal', 'canopy green', 'rescue red', 'big sky blue', 'alpine yellow', 'stainless'], {
          shortNames: ['Rambler 20 oz', 'Rambler 20oz'], modelNumbers: ['21071060026'], off: ['leopard', 'tie-dye', 'glitter gold'],
        }),
      L('rambler26', 'Rambler 26 oz Bottle with Chug Cap', 'kitchenware', P(40, 45), ['black', 'white', 'navy', 'seafoam', 'charcoal', 'rescue red'], {
        shortNames: ['Rambler 26 oz', 'Rambler 26oz'], modelNumbers: ['21071060080'], off: ['leopard', 'glitter gold'],
      }),
      L('tundra45', 'Tundra 45 Hard Cooler', 'outdoor-gear', P(325, 350), ['white', 'tan', 'charcoal', 'navy', 'seafoam', 'rescue red'], {
        shortNames: ['Tundra 45'], modelNumbers: ['10045010000'], manufacturingCountries: ['US', 'PH', 'MX'], off: ['pink', 'leopard'],
      }),
      L('hopper', 'Hopper Flip 12 Soft Cooler', 'outdoor-gear', P(250, 275), ['charcoal', 'navy', 'tan', 'camp green'], {
        shortNames: ['Hopper Flip 12'], modelNumbers: ['18060130005'], manufacturingCountries: ['CN', 'PH'], off: ['pink', 'leopard'],
      }),
    ],
    zh: 'YETI', disp: ['YETI', 'Yeti'],
    nick: [['雪人杯', ['rambler20', 'rambler26']], ['雪人冰桶', ['tundra45', 'hopper']], '雪人家', '美国雪人'],
    abbr: ['Y-E-T', ['🧊 Y-cup', ['rambler20', 'rambler26']], 'Y.T.', '❄️ snowman-brand'],
    missp: ['Yetti', 'Yeti'.replace('i', 'y'), 'Yeeti', 'Yetii'],
  },
  {
    id: 'osprey',
    name: 'Osprey',
    aliases: ['Osprey Packs', '小鹰'],
    protectedTerms: ['Atmos AG', 'Aura AG', 'Farpoint', 'Fairview', 'Talon', 'Tempest', 'Daylite', 'Exos', 'Anti-Gravity'],
    categories: ['outdoor-gear'],
    manufacturingCountries: ['VN'],
    sellers: [
      { id: 'osprey_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'osprey-packs-us', mp: 'amazon', sf: 'US' },
      { id: 'osprey_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'outdoor-gear', referencePrice: P(40, 450) }],
    lines: [
      L('atmos65', 'Atmos AG 65', 'outdoor-gear', P(340, 360), ['black', 'venturi blue', 'rigby red', 'mythical green'], {
        aliases: ['苍穹 AG 65'], shortNames: ['Atmos 65', 'Atmos AG65'], modelNumbers: ['10004007'], off: ['pink', 'camo', 'leopard'],
      }),
      L('farpoint40', 'Farpoint 40', 'outdoor-gear', P(185, 200), ['black', 'tunnel vision grey', 'gopher green', 'muted space blue'], {
        aliases: ['远点 40'], shortNames: ['Farpoint 40'], modelNumbers: ['10003675'], off: ['pink', 'leopard'],
      }),
      L('talon22', 'Talon 22', 'outdoor-gear', P(150, 170), ['eclipse grey', 'stealth black', 'lochness blue'], {
        aliases: ['魔爪 22'], shortNames: ['Talon 22'], modelNumbers: ['10006004'], off: ['pink', 'camo'],
      }),
      L('daylite', 'Daylite Plus', 'outdoor-gear', P(65, 75), ['black', 'blue', 'green', 'grey'], {
        aliases: ['日光 Plus'], shortNames: ['Daylite Plus'], modelNumbers: ['10005172'], off: ['leopard', 'gold'],
      }),
    ],
    zh: '小鹰', disp: ['Osprey', 'OSPREY'],
    nick: ['鹰标背包', '小赢', '鹰家', '美国鹰包'],
    abbr: ['🦅 pack', 'O-prey', 'OSP', '🦅 logo hiking'],
    missp: ['Osprei', 'Ospray', 'Osprry', 'Osprey'.replace('y', 'ie')],
  },
  {
    id: 'delonghi',
    name: "De'Longhi",
    aliases: ['DeLonghi', 'De Longhi', '德龙', 'Delonghi'],
    protectedTerms: ['Dedica', 'Magnifica', 'Eletta', 'La Specialista', 'PrimaDonna', 'Rivelia', 'Dinamica', 'LatteCrema'],
    categories: ['home-appliances'],
    manufacturingCountries: ['IT', 'RO', 'CN'],
    sellers: [
      { id: 'delonghi_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'delonghi_jd_selfrun', mp: 'jd', sf: 'CN' },
      { id: 'delonghi-official-us', mp: 'amazon', sf: 'US' },
      { id: 'delonghi_official_de', mp: 'amazon', sf: 'DE' },
    ],
    categoryPrices: [{ category: 'home-appliances', referencePrice: P(49, 3000) }],
    lines: [
      L('dedica', 'Dedica EC685', 'home-appliances', P(249, 299), ['silver', 'black', 'red', 'white'], {
        aliases: ['Dedica 半自动咖啡机'], shortNames: ['Dedica', 'EC685'], modelNumbers: ['EC685.M', 'EC685.BK', 'EC685.R', 'EC685.W'],
        manufacturingCountries: ['CN'], off: ['pink', 'green', 'gold'],
      }),
      L('magnifica', 'Magnifica S ECAM22.110', 'home-appliances', P(499, 599), ['black', 'silver'], {
        shortNames: ['Magnifica S'], modelNumbers: ['ECAM22.110.B', 'ECAM22.110.SB'], manufacturingCountries: ['RO', 'IT'], off: ['red', 'white', 'pink'],
      }),
      L('specialista', 'La Specialista Arte EC9155', 'home-appliances', P(599, 699), ['silver', 'black', 'white'], {
        shortNames: ['La Specialista Arte'], modelNumbers: ['EC9155.MB', 'EC9155.W'], manufacturingCountries: ['CN'], off: ['red', 'pink'],
      }),
      L('eletta', 'Eletta Explore ECAM450.86', 'home-appliances', P(1299, 1599), ['titanium', 'silver'], {
        shortNames: ['Eletta Explore'], modelNumbers: ['ECAM450.86.T', 'ECAM450.65.S'], manufacturingCountries: ['RO', 'IT'], off: ['red', 'white'],
      }),
    ],
    zh: '德龙', disp: ["De'Longhi", 'DeLonghi', 'Delonghi'],
    nick: ['德隆', '德珑', '意式德家', '得龙'],
    abbr: ['D-L', "De'L.", 'DLG', 'D.L. espresso'],
    missp: ['Delongi', 'Delonghy', 'De Longi', 'Dellonghi'],
  },
  {
    id: 'le-creuset',
    name: 'Le Creuset',
    aliases: ['酷彩', 'LeCreuset'],
    protectedTerms: ['Signature Enameled Cast Iron', 'Toughened Non-Stick PRO'],
    categories: ['kitchenware'],
    manufacturingCountries: ['FR', 'TH', 'CN', 'PT'],
    sellers: [
      { id: 'lecreuset_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'le-creuset-official-us', mp: 'amazon', sf: 'US' },
      { id: 'lecreuset_official_uk', mp: 'ebay', sf: 'GB' },
    ],
    categoryPrices: [{ category: 'kitchenware', referencePrice: P(20, 800) }],
    lines: [
      L('round24', 'Signature Round Dutch Oven 24cm', 'kitchenware', P(400, 440),
        ['volcanic', 'flame', 'cerise', 'marseille', 'oyster', 'sage', 'artichaut', 'shallot', 'meringue', 'caribbean', 'nectar', 'black onyx', 'white', 'sea salt', 'chambray', 'shell pink', 'deep teal', '火焰橙', '樱桃红', '马赛蓝'], {
          aliases: ['Signature 圆形珐琅铸铁锅 24cm'], shortNames: ['Round Dutch Oven 24cm', 'Round French Oven 5.5 qt'], modelNumbers: ['21177240', 'LS2501-24'],
          manufacturingCountries: ['FR'], off: ['leopard', 'camo', 'neon green', 'gold glitter'],
        }),
      L('oval29', 'Signature Oval Dutch Oven 29cm', 'kitchenware', P(430, 480), ['volcanic', 'flame', 'cerise', 'marseille', 'sage', 'black onyx', 'white', 'meringue'], {
        shortNames: ['Oval Dutch Oven 29cm'], modelNumbers: ['21178290'], manufacturingCountries: ['FR'], off: ['leopard', 'camo'],
      }),
      L('braiser', 'Signature Braiser 3.5 qt', 'kitchenware', P(360, 400), ['volcanic', 'cerise', 'marseille', 'sage', 'white', 'oyster'], {
        shortNames: ['Braiser'], modelNumbers: ['LS2532-30'], manufacturingCountries: ['FR'], off: ['leopard', 'neon green'],
      }),
      L('mug', 'Stoneware Mug 350ml', 'kitchenware', P(22, 30), ['volcanic', 'cerise', 'marseille', 'sage', 'white', 'meringue', 'shell pink'], {
        shortNames: ['Stoneware Mug'], modelNumbers: ['70302350'], manufacturingCountries: ['TH'], off: ['leopard', 'gold glitter'],
      }),
    ],
    zh: '酷彩', disp: ['Le Creuset', 'LE CREUSET'],
    nick: ['酷采', '库彩', '法国彩锅', '酷菜'],
    abbr: [['L.C. cocotte', ['round24', 'oval29', 'braiser']], ['LC🍲', ['round24', 'oval29', 'braiser']], 'Le C.', 'L-Crst'],
    missp: ['Le Cruset', 'Le Creusset', 'Le Crueset', 'La Creuset'],
  },
  {
    id: 'nespresso',
    name: 'Nespresso',
    aliases: ['奈斯派索'],
    protectedTerms: ['Vertuo', 'VertuoLine', 'Vertuo Next', 'Vertuo Pop', 'Essenza Mini', 'Pixie', 'CitiZ', 'Lattissima', 'Aeroccino'],
    categories: ['home-appliances', 'kitchenware'],
    manufacturingCountries: ['CH', 'CN', 'IT', 'PT'],
    sellers: [
      { id: 'nespresso_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'nespresso-boutique-us', mp: 'amazon', sf: 'US' },
      { id: 'nespresso_official_uk', mp: 'amazon', sf: 'GB' },
    ],
    categoryPrices: [
      { category: 'home-appliances', referencePrice: P(99, 700) },
      { category: 'kitchenware', referencePrice: P(7, 60) },
    ],
    lines: [
      L('vertuonext', 'Vertuo Next', 'home-appliances', P(169, 209), ['black', 'white', 'light grey', 'dark grey', 'cherry red'], {
        shortNames: ['Vertuo Next'], modelNumbers: ['ENV120', 'GCV1'], manufacturingCountries: ['CN'], off: ['pink', 'leopard', 'gold'],
      }),
      L('vertuopop', 'Vertuo Pop', 'home-appliances', P(99, 149), ['liquorice black', 'coconut white', 'chili red', 'mango yellow', 'aqua mint', 'pacific blue'], {
        shortNames: ['Vertuo Pop'], modelNumbers: ['ENV90', 'GDA1'], manufacturingCountries: ['CN'], off: ['leopard', 'gold'],
      }),
      L('essenzamini', 'Essenza Mini', 'home-appliances', P(179, 229), ['black', 'white', 'red', 'intense grey'], {
        shortNames: ['Essenza Mini'], modelNumbers: ['EN85', 'C30'], manufacturingCountries: ['CN', 'IT'], off: ['pink', 'gold'],
      }),
      L('aeroccino', 'Aeroccino4', 'home-appliances', P(99, 119), ['black', 'white'], {
        shortNames: ['Aeroccino 4'], modelNumbers: ['4192'], manufacturingCountries: ['CN'], off: ['red', 'gold'],
      }),
      L('capsules', 'Original Line Capsules (sleeve of 10)', 'kitchenware', P(8, 12), [], {
        aliases: ['Original Line 咖啡胶囊 10颗装'], shortNames: ['Original capsules'], manufacturingCountries: ['CH'],
      }),
    ],
    zh: 'Nespresso', disp: ['Nespresso', 'NESPRESSO'],
    nick: [['雀巢胶囊机', ['vertuonext', 'vertuopop', 'essenzamini']], ['N家胶囊', ['capsules']], ['胶囊机N家', ['vertuonext', 'vertuopop', 'essenzamini']], '雀巢家'],
    abbr: ['N-presso', 'Nesp.', ['☕ N-capsule', ['capsules']], 'N.E.S.'],
    missp: ['Nesspresso', 'Nespreso', 'Nepresso', 'Nespressso'],
  },
  {
    id: 'akrapovic',
    name: 'Akrapovič',
    aliases: ['Akrapovic', '阿克拉波维奇'],
    protectedTerms: ['Slip-On Line', 'Evolution Line', 'Racing Line'],
    categories: ['auto-parts'],
    manufacturingCountries: ['SI'],
    sellers: [
      { id: 'akrapovic-official-ebay', mp: 'ebay', sf: 'DE' },
      { id: 'akrapovic_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'akrapovic-dealer-us', mp: 'amazon', sf: 'US' },
    ],
    categoryPrices: [{ category: 'auto-parts', referencePrice: P(300, 12000, 'EUR') }],
    lines: [
      L('slipon', 'Slip-On Line (Titanium)', 'auto-parts', P(1050, 1650, 'EUR'), ['titanium', 'carbon', 'black'], {
        shortNames: ['Slip-On', 'slip-on titanium'], modelNumbers: ['S-Y10SO18-HAPT', 'S-K10SO18-HZAAT', 'S-H10SO29-HAPLT'], off: ['gold', 'red', 'purple'],
      }),
      L('evolution', 'Evolution Line (Titanium)', 'auto-parts', P(5200, 7900, 'EUR'), ['titanium', 'carbon'], {
        shortNames: ['Evolution'], modelNumbers: ['S-BM/T/11H', 'S-PO/TI/10H'], off: ['gold', 'black chrome'],
      }),
      L('tailpipes', 'Tail Pipe Set (Carbon)', 'auto-parts', P(900, 1400, 'EUR'), ['carbon', 'titanium'], {
        shortNames: ['tail pipes'], modelNumbers: ['TP-CT/54', 'TP-BM/CT/4'], off: ['gold', 'red'],
      }),
    ],
    zh: '阿克拉波维奇', disp: ['Akrapovič', 'Akrapovic', 'AKRAPOVIC'],
    nick: ['蝎子管', '天蝎排气', '蝎子排气', '天蝎管'],
    abbr: ['🦂 exhaust', 'scorpion-logo', 'AKR', 'Akra.'],
    missp: ['Akrapovich', 'Akropovic', 'Akrapovik', 'Akrapowic'],
  },
  {
    id: 'bbs',
    name: 'BBS',
    aliases: ['BBS Kraftfahrzeugtechnik', 'BBS Japan', 'BBS GmbH'],
    protectedTerms: ['Super RS', 'LM-R', 'RI-A', 'RI-D', 'FI-R', 'CH-R', 'CI-R'],
    categories: ['auto-parts'],
    manufacturingCountries: ['DE', 'JP'],
    sellers: [
      { id: 'bbs-japan-official', mp: 'amazon', sf: 'JP' },
      { id: 'bbs_official_de', mp: 'ebay', sf: 'DE' },
      { id: 'bbs_tmall_flagship', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'auto-parts', referencePrice: P(1200, 9000, 'EUR') }],
    lines: [
      L('lm', 'LM Forged 2-Piece Wheels (set of 4)', 'auto-parts', P(720000, 1000000, 'JPY'), ['diamond silver', 'diamond black', 'gold'], {
        shortNames: ['BBS LM'], modelNumbers: ['LM291', 'LM367', 'LM121'], manufacturingCountries: ['JP'], off: ['chrome', 'red', 'white'],
      }),
      L('ria', 'RI-A Forged Wheels (set of 4)', 'auto-parts', P(520000, 720000, 'JPY'), ['matte black', 'matte gold', 'diamond black', 'matte gunmetal'], {
        shortNames: ['RI-A'], modelNumbers: ['RI-A025', 'RI-A036'], manufacturingCountries: ['JP'], off: ['chrome', 'white', 'red'],
      }),
      L('chr', 'CH-R Wheels (set of 4)', 'auto-parts', P(2000, 2800, 'EUR'), ['satin black', 'satin platinum', 'satin titanium'], {
        shortNames: ['CH-R'], modelNumbers: ['CH122', 'CH110'], manufacturingCountries: ['DE'], off: ['gold', 'red', 'white'],
      }),
      L('fir', 'FI-R Forged Wheels (set of 4)', 'auto-parts', P(1000000, 1400000, 'JPY'), ['diamond black', 'platinum silver', 'gold'], {
        shortNames: ['FI-R'], modelNumbers: ['FI136', 'FI141'], manufacturingCountries: ['JP'], off: ['white', 'red'],
      }),
    ],
    zh: 'BBS', disp: ['BBS', 'BBS Japan'],
    nick: ['双B锻造', '德系BB家', '日本BB家', '网格锻造'],
    abbr: ['B-B-S', 'B.B.S', 'BB5', 'ß-B-S'],
    missp: ['BSS', 'BBSS', 'BSB', 'BBZ'],
  },
  {
    id: 'rays',
    name: 'RAYS',
    aliases: ['RAYS Engineering', 'Rays Co., Ltd.', 'Volk Racing'],
    protectedTerms: ['Volk Racing', 'TE37', 'CE28', 'ZE40', 'gramLIGHTS', '57DR', '57CR', 'VR.G2'],
    categories: ['auto-parts'],
    manufacturingCountries: ['JP'],
    sellers: [
      { id: 'rays_official_jp', mp: 'amazon', sf: 'JP' },
      { id: 'rays-wheels-usa-dealer', mp: 'ebay', sf: 'US' },
      { id: 'rays_tmall_flagship', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'auto-parts', referencePrice: P(120000, 600000, 'JPY') }],
    lines: [
      L('te37saga', 'Volk Racing TE37 SAGA S-plus (set of 4)', 'auto-parts', P(270000, 360000, 'JPY'),
        ['bronze', 'diamond dark gunmetal', 'blast black', 'dash white', 'pressed graphite'], {
          aliases: ['Volk Racing TE37 SAGA'], shortNames: ['TE37 SAGA', 'TE37'], modelNumbers: ['WVDGS18', 'TE37SAGA'], off: ['gold chrome', 'red', 'pink', 'neon green'],
        }),
      L('ce28', 'Volk Racing CE28N-plus (set of 4)', 'auto-parts', P(280000, 380000, 'JPY'), ['bronze', 'diamond dark gunmetal', 'matte black', 'white'], {
        shortNames: ['CE28N', 'CE28'], modelNumbers: ['WVCEN18'], off: ['gold chrome', 'red', 'pink'],
      }),
      L('ze40', 'Volk Racing ZE40 (set of 4)', 'auto-parts', P(300000, 420000, 'JPY'), ['diamond dark gunmetal', 'bronze', 'matte black'], {
        shortNames: ['ZE40'], modelNumbers: ['WVZE40'], off: ['red', 'white', 'chrome'],
      }),
      L('57dr', 'gramLIGHTS 57DR (set of 4)', 'auto-parts', P(150000, 210000, 'JPY'), ['semi-gloss black', 'gunblue', 'super dark gunmetal'], {
        shortNames: ['57DR'], modelNumbers: ['WGI57DR'], off: ['gold', 'red', 'chrome'],
      }),
    ],
    zh: 'RAYS', disp: ['RAYS', 'Rays', 'Volk Racing'],
    nick: ['沃克', '雷斯', '沃克赛车', '日本雷斯'],
    abbr: ['R-A-Y-S wheels', 'V.R.', 'Vlk', 'volk-style'].slice(0, 3),
    missp: ['Rayz', 'Volk Rasing', 'Vokl Racing', 'Raiz'],
  },
  {
    id: 'yokohama',
    name: 'Yokohama',
    aliases: ['YOKOHAMA', 'Yokohama Rubber', '优科豪马', '横滨轮胎'],
    protectedTerms: ['ADVAN', 'GEOLANDAR', 'BluEarth', 'iceGUARD', 'AVID'],
    categories: ['tyres'],
    manufacturingCountries: ['JP', 'PH', 'TH', 'VN', 'US', 'CN', 'IN'],
    sellers: [
      { id: 'yokohama_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'yokohama-tire-us', mp: 'amazon', sf: 'US' },
      { id: 'yokohama_jd_selfrun', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'tyres', referencePrice: P(90, 450) }],
    lines: [
      L('v107', 'ADVAN Sport V107', 'tyres', P(210, 380), ['black'], { shortNames: ['V107', 'Advan Sport V107'], modelNumbers: ['R0248', 'V107'] }),
      L('ad09', 'ADVAN Neova AD09', 'tyres', P(190, 360), ['black'], { shortNames: ['AD09', 'Neova AD09'], modelNumbers: ['R7889', 'AD09'] }),
      L('g015', 'GEOLANDAR A/T G015', 'tyres', P(150, 300), ['black'], { shortNames: ['G015'], modelNumbers: ['R1163', 'G015'] }),
      L('ae51', 'BluEarth-GT AE51', 'tyres', P(110, 220), ['black'], { shortNames: ['AE51'], modelNumbers: ['AE51', 'R4487'] }),
    ],
    zh: '优科豪马', disp: ['Yokohama', 'YOKOHAMA'],
    nick: ['横滨胎', '优科胎', '日本横胎', '横浜'],
    abbr: ['Y-hama', 'YKHM', 'Yoko.', 'Y.R.'],
    missp: ['Yokohamma', 'Yokahama', 'Yokohoma', 'Yokkohama'],
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    aliases: ['微软', 'Microsoft Corporation'],
    protectedTerms: ['Windows 11', 'Microsoft 365', 'Surface', 'Office 2024', 'Visio', 'Outlook'],
    categories: ['software', 'computers', 'computer-accessories'],
    manufacturingCountries: ['CN'],
    sellers: [
      { id: 'microsoft_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'microsoft-store-us', mp: 'amazon', sf: 'US' },
      { id: 'microsoft_jd_selfrun', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'software', referencePrice: P(69, 499) },
      { category: 'computers', referencePrice: P(499, 2600) },
      { category: 'computer-accessories', referencePrice: P(29, 299) },
    ],
    lines: [
      L('win11pro', 'Windows 11 Pro', 'software', P(199, 199.99), [], {
        aliases: ['Windows 11 专业版'], shortNames: ['Win11 Pro', 'Win 11 Pro'], modelNumbers: ['FQC-10528', 'HAV-00162'],
      }),
      L('win11home', 'Windows 11 Home', 'software', P(139, 139.99), [], {
        aliases: ['Windows 11 家庭版'], shortNames: ['Win11 Home'], modelNumbers: ['KW9-00632', 'HAJ-00052'],
      }),
      L('officehb', 'Office Home & Business 2024', 'software', P(249, 249.99), [], {
        aliases: ['Office 2024 家庭和商业版'], shortNames: ['Office 2024'], modelNumbers: ['EP2-06608'],
      }),
      L('m365', 'Microsoft 365 Personal (12 months)', 'software', P(99.99, 99.99), [], {
        aliases: ['Microsoft 365 个人版'], shortNames: ['M365 Personal'], modelNumbers: ['QQ2-01902'],
      }),
      L('surfacepro11', 'Surface Pro 11th Edition', 'computers', P(999, 1499), ['platinum', 'black', 'sapphire', 'dune'], {
        shortNames: ['Surface Pro 11'], modelNumbers: ['ZHX-00001', '2076'], off: ['red', 'pink', 'gold'],
      }),
      L('surfacelaptop7', 'Surface Laptop 7th Edition', 'computers', P(999, 1599), ['platinum', 'black', 'sapphire', 'dune'], {
        shortNames: ['Surface Laptop 7'], modelNumbers: ['ZGJ-00001', '2036'], off: ['red', 'gold'],
      }),
    ],
    zh: '微软', disp: ['Microsoft', 'MICROSOFT'],
    nick: ['巨硬', '巨硬家', ['窗户家', ['win11pro', 'win11home']], '微某软'],
    abbr: ['MS', 'M$', ['🪟', ['win11pro', 'win11home']], 'M-soft'],
    missp: ['Microsfot', 'Mircosoft', 'Micorsoft', 'Microsof'],
  },
  {
    id: 'adobe',
    name: 'Adobe',
    aliases: ['Adobe Inc.', '奥多比', 'Adobe Systems'],
    protectedTerms: ['Photoshop', 'Illustrator', 'Premiere Pro', 'After Effects', 'Lightroom', 'Acrobat', 'Creative Cloud', 'InDesign', 'Firefly'],
    categories: ['software'],
    sellers: [
      { id: 'adobe-official-store', mp: 'amazon', sf: 'US' },
      { id: 'adobe_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'adobe_jd_official', mp: 'jd', sf: 'CN' },
    ],
    categoryPrices: [{ category: 'software', referencePrice: P(99, 720) }],
    lines: [
      L('ccall', 'Creative Cloud All Apps (12 months)', 'software', P(659.88, 719.88), [], {
        aliases: ['Creative Cloud 全部应用程序 年度订阅'], shortNames: ['CC All Apps'],
      }),
      L('ps', 'Photoshop (12 months)', 'software', P(263.88, 275.88), [], { aliases: ['Photoshop 年度订阅'], shortNames: ['Photoshop 2025'] }),
      L('acrobat', 'Acrobat Pro (12 months)', 'software', P(239.88, 239.88), [], { aliases: ['Acrobat Pro 年度订阅'], shortNames: ['Acrobat Pro'] }),
      L('lightroom', 'Lightroom (1TB, 12 months)', 'software', P(119.88, 119.88), [], { shortNames: ['Lightroom'] }),
      L('pse', 'Photoshop Elements 2025', 'software', P(99.99, 99.99), [], { shortNames: ['Photoshop Elements'], modelNumbers: ['65329415'] }),
    ],
    zh: '奥多比', disp: ['Adobe', 'ADOBE'],
    nick: ['土坯家', 'A家全家桶', 'A家', '奥多比'].slice(0, 3),
    abbr: ['Ad0be', 'A-dobe', '🅰️ CC', 'Adb'],
    missp: ['Adobee', 'Addobe', 'Adoby', 'Abode'],
  },
  {
    id: 'atari',
    name: 'Atari',
    aliases: ['雅达利', 'Atari SA', 'Atari Inc.'],
    protectedTerms: ['Atari 2600+', 'Atari 7800+', 'THE400 Mini', 'Atari VCS', 'CX40+', 'Atari 50'],
    categories: ['game-consoles', 'video-games'],
    manufacturingCountries: ['CN'],
    sellers: [
      { id: 'atari-official-store', mp: 'amazon', sf: 'US' },
      { id: 'atari_official_uk', mp: 'amazon', sf: 'GB' },
      { id: 'atari_tmall_store', mp: 'tmall', sf: 'CN' },
    ],
    categoryPrices: [
      { category: 'game-consoles', referencePrice: P(29, 400) },
      { category: 'video-games', referencePrice: P(19, 60) },
    ],
    lines: [
      L('2600plus', 'Atari 2600+', 'game-consoles', P(129.99, 149.99), ['black', 'woodgrain'], {
        shortNames: ['2600+', '2600 Plus'], modelNumbers: ['CX2600+'], off: ['white', 'pink', 'gold'],
      }),
      L('7800plus', 'Atari 7800+', 'game-consoles', P(129.99, 129.99), ['black'], { shortNames: ['7800+'], off: ['white', 'pink'] }),
      L('400mini', 'THE400 Mini', 'game-consoles', P(119.99, 119.99), ['beige'], { shortNames: ['400 Mini', 'THE400'], off: ['black', 'pink'] }),
      L('vcs', 'Atari VCS', 'game-consoles', P(299.99, 399.99), ['black walnut', 'carbon black'], { shortNames: ['VCS 800'], off: ['white', 'red'] }),
      L('atari50', 'Atari 50: The Anniversary Celebration', 'video-games', P(29.99, 39.99), [], { shortNames: ['Atari 50'] }),
    ],
    zh: '雅达利', disp: ['Atari', 'ATARI'],
    nick: ['雅达丽', '阿塔利', '雅达力', '老雅家'],
    abbr: ['🕹️ Fuji-logo', 'A-tari', 'ATR', 'At.'],
    missp: ['Attari', 'Atary', 'Ataari', 'Atarri'],
  },
  {
    id: 'analogue',
    name: 'Analogue',
    aliases: ['Analogue Inc.'],
    protectedTerms: ['Analogue Pocket', 'Analogue 3D', 'Analogue Duo', 'Mega Sg', 'Super Nt', 'Analogue OS', 'openFPGA'],
    categories: ['game-consoles'],
    manufacturingCountries: ['CN'],
    sellers: [{ id: 'analogue_official_ebay', mp: 'ebay', sf: 'US' }],
    categoryPrices: [{ category: 'game-consoles', referencePrice: P(149, 399) }],
    lines: [
      L('pocket', 'Analogue Pocket', 'game-consoles', P(219.99, 249.99),
        ['black', 'white', 'glow in the dark', 'indigo', 'transparent clear', 'transparent smoke', 'aluminium'], {
          shortNames: ['Pocket'], off: ['pink', 'gold', 'camo'],
        }),
      L('a3d', 'Analogue 3D', 'game-consoles', P(249.99, 249.99), ['black', 'white'], { shortNames: ['3D'], off: ['red', 'gold'] }),
      L('duo', 'Analogue Duo', 'game-consoles', P(249.99, 249.99), ['black', 'white'], { shortNames: ['Duo'], off: ['red', 'gold'] }),
      L('supernt', 'Super Nt', 'game-consoles', P(189.99, 189.99), ['black', 'transparent', 'grey'], { off: ['gold', 'pink'] }),
      L('megasg', 'Mega Sg', 'game-consoles', P(189.99, 189.99), ['black', 'white'], { off: ['gold', 'pink'] }),
    ],
    zh: 'Analogue', disp: ['Analogue', 'ANALOGUE'],
    nick: [['A家掌机', ['pocket']], ['FPGA口袋机', ['pocket']], ['A社口袋机', ['pocket']], '美版A家'],
    abbr: ['A-logue', 'Anlg', ['A. Pocket-style', ['pocket']], 'ANLG'],
    missp: ['Analouge', 'Anologue', 'Analgue', 'Annalogue'],
  },
  {
    id: 'square-enix',
    name: 'Square Enix',
    aliases: ['SQUARE ENIX', '史克威尔艾尼克斯', 'Square Enix Holdings'],
    protectedTerms: ['Final Fantasy', 'Dragon Quest', 'Kingdom Hearts', '最终幻想', '勇者斗恶龙', 'Octopath Traveler', 'Play Arts Kai', 'Bring Arts', 'Smile Slime'],
    categories: ['video-games', 'toys'],
    manufacturingCountries: ['JP', 'CN'],
    sellers: [
      { id: 'squareenix-store-us', mp: 'amazon', sf: 'US' },
      { id: 'square_enix_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'squareenix_official_jp', mp: 'amazon', sf: 'JP' },
    ],
    categoryPrices: [
      { category: 'video-games', referencePrice: P(19, 70) },
      { category: 'toys', referencePrice: P(10, 300) },
    ],
    lines: [
      L('ff7rebirth', 'Final Fantasy VII Rebirth (PC)', 'video-games', P(49.99, 69.99), [], {
        aliases: ['最终幻想VII 重生'], shortNames: ['FFVII Rebirth', 'FF7 Rebirth'],
      }),
      L('dq3', 'Dragon Quest III HD-2D Remake (PC)', 'video-games', P(49.99, 59.99), [], {
        aliases: ['勇者斗恶龙III HD-2D 重制版'], shortNames: ['DQ3 HD-2D', 'DQIII HD-2D'],
      }),
      L('ff14', 'Final Fantasy XIV Online (PC)', 'video-games', P(19.99, 39.99), [], { aliases: ['最终幻想14'], shortNames: ['FFXIV', 'FF14'] }),
      L('pak', 'Play Arts Kai Figure', 'toys', P(149, 259), [], { aliases: ['Play Arts 改'], shortNames: ['Play Arts Kai', 'PAK'], manufacturingCountries: ['CN'] }),
      L('slime', 'Dragon Quest Smile Slime Plush', 'toys', P(12, 25), ['blue', 'silver', 'orange', 'gold'], {
        aliases: ['勇者斗恶龙 微笑史莱姆毛绒'], shortNames: ['Smile Slime'], manufacturingCountries: ['CN'], off: ['pink', 'rainbow', 'black'],
      }),
    ],
    zh: '史克威尔艾尼克斯', disp: ['Square Enix', 'SQUARE ENIX'],
    nick: ['史艾', 'SE社', '方块社', '史克威尔'],
    abbr: ['S-E', 'SQEX', 'S.E.', 'Sq.Enix'].slice(0, 3),
    missp: ['Square Enixx', 'Sqaure Enix', 'Square Enis', 'Squre Enix'],
  },
  // ---- invented rights holders ----
  {
    id: 'cinderhill-pictures',
    name: 'Cinderhill Pictures',
    aliases: ['灰丘影业', 'Cinderhill Pictures Ltd.'],
    protectedTerms: ['Cinderhill'],
    categories: ['film-tv'],
    manufacturingCountries: ['US', 'DE'],
    sellers: [
      { id: 'cinderhill-official-store', mp: 'amazon', sf: 'US' },
      { id: 'cinderhill_tmall_flagship', mp: 'tmall', sf: 'CN' },
      { id: 'cinderhill_official_ebay_uk', mp: 'ebay', sf: 'GB' },
    ],
    categoryPrices: [{ category: 'film-tv', referencePrice: P(14.99, 49.99) }],
    works: [
      { title: 'Glass Orchard', aliases: ['玻璃果园'], discReleaseDate: '2025-03-18' },
      { title: 'Winter at Caldera Bay', aliases: ['火山湾之冬'], discReleaseDate: '2026-09-08' },
      { title: 'The Ninth Meridian', aliases: ['第九子午线'], discReleaseDate: '2026-02-10' },
      { title: 'Paper Kingdoms', aliases: ['纸上王国'], discReleaseDate: '2026-11-24' },
      { title: 'Hollow Star Express', aliases: ['空心星快车'], discReleaseDate: '2027-01-19' },
      { title: 'Mercy of Wolves', aliases: ['群狼的慈悲'], discReleaseDate: '2027-03-30' },
      { title: 'The Salt Cartographer', aliases: ['盐的制图师'], discReleaseDate: '2027-05-11' },
    ],
    lines: [],
    zh: '灰丘影业', disp: ['Cinderhill Pictures', 'Cinderhill'],
  },
  {
    id: 'larkspur-hall-records',
    name: 'Larkspur Hall Records',
    aliases: ['云雀厅唱片', 'Larkspur Hall'],
    protectedTerms: ['Larkspur Hall'],
    categories: ['music'],
    manufacturingCountries: ['GB', 'DE', 'CZ'],
    sellers: [
      { id: 'larkspurhall-official-store', mp: 'amazon', sf: 'GB' },
      { id: 'larkspurhall_tmall', mp: 'tmall', sf: 'CN' },
      { id: 'larkspur-hall-records-us', mp: 'ebay', sf: 'US' },
    ],
    categoryPrices: [{ category: 'music', referencePrice: P(12.99, 39.99) }],
    works: [
      { title: 'Saltwater Almanac', aliases: ['咸水年鉴', 'Marisol Vega – Saltwater Almanac'], discReleaseDate: '2024-11-01' },
      { title: 'Quiet Engines', aliases: ['安静的引擎', 'Nadia Fenwick – Quiet Engines'], discReleaseDate: '2025-09-05' },
      { title: 'Paper Moons Over Kyoto', aliases: ['京都纸月', 'Juniper Okafor – Paper Moons Over Kyoto'], discReleaseDate: '2026-06-12' },
      { title: 'Coastline Hymns', aliases: ['海岸线赞美诗', 'Juniper Okafor – Coastline Hymns'], discReleaseDate: '2026-12-18' },
      { title: 'Velvet Static', aliases: ['天鹅绒静电', 'Elias Thorne & the Low Lights – Velvet Static'], discReleaseDate: '2027-01-08' },
      { title: 'The Long Thaw', aliases: ['漫长解冻', 'Nadia Fenwick – The Long Thaw'], discReleaseDate: '2027-02-14' },
    ],
    lines: [],
    zh: '云雀厅唱片', disp: ['Larkspur Hall Records', 'Larkspur Hall'],
    artists: {
      'Saltwater Almanac': 'Marisol Vega', 'Quiet Engines': 'Nadia Fenwick', 'Paper Moons Over Kyoto': 'Juniper Okafor',
      'Coastline Hymns': 'Juniper Okafor', 'Velvet Static': 'Elias Thorne & the Low Lights', 'The Long Thaw': 'Nadia Fenwick',
    },
  },
];

// Colours never to be claimed as produced: the generator uses `off` per line; fallback list:
export const GENERIC_OFF = ['neon green', 'leopard', 'camo', 'tie-dye'];
