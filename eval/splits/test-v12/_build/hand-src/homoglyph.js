// Writes hand/09-brand_homoglyph.txt. Typed here with \u escapes so that every look-alike code point is exact:
// Cyrillic а е о р с у і ѕ һ ԁ А В Е Н К М О Р С Т Х Ѕ, Greek Ο Α Ν Ρ ο, fullwidth Latin; invisible characters
// are written as {ZWSP} {ZWNJ} {WJ} {SHY} and expanded by build.js.   node _build/hand-src/homoglyph.js
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const rows = [
  ['grohe/rainshower', 'ebay:DE', 'r0.15', 2, 'GR\u041eHE Rainshower SmartActive 310 Kopfbrause, neu'],
  ['grohe/eurosmart', 'amazon:GB', 'r0.2', 12, 'Gr\u043ehe Eurosmart basin mixer chrome 33265003'],
  ['geberit/tuma', 'ebay:CH', 'r0.1', 1, 'G\u0435berit AquaClean Tuma Comfort WC-Aufsatz'],
  ['dulux/easycare', 'ebay:GB', 'r0.25', 30, 'D\u0443lux Easycare 2.5L egyptian cotton, trade lot'],
  ['fermob/bistro', 'ebay:FR', 'r0.2', 2, 'F\u0435rmob Bistro chaise pliante poppy'],
  ['tempur/original-pillow', 'amazon:US', 'r0.2', 10, 'T\u0415MPUR Original Pillow, medium, white'],
  ['emma/hybrid', 'ebay:DE', 'r0.15', 1, 'Em{ZWSP}ma Hybrid Matratze 140x200, versiegelt'],
  ['triumph/amourette', 'vinted:FR', 'r0.25', 1, 'Tri\u0443mph Amourette 300 soutien-gorge 90C'],
  ['wacoal/basicbeauty', 'amazon:US', 'r0.2', 15, 'W\u0430coal Basic Beauty contour bra 853192 sand'],
  ['ghd/gold', 'ebay:GB', 'r0.15', 1, '\u0261hd gold styler - brand new, UK plug'],
  ['ghd/duet', 'amazon:GB', 'r0.18', 2, 'g\u04bbd duet style 2-in-1 hot air styler black'],
  ['babyliss/nano', 'amazon:US', 'r0.2', 20, 'B\u0430BylissPRO Nano Titanium 1" straightener'],
  ['moroccanoil/drytexture', 'ebay:IL', 'r0.2', 24, 'Moro\u0441\u0441anoil Dry Texture Spray 205 ml'],
  ['opi/infinite', 'lazada:MY', 'r0.25', 60, '\u039fPI Infinite Shine funny bunny 15ml'],
  ['cnd/vinylux', 'ebay:US', 'r0.25', 40, '\u0421ND Vinylux weekly polish, cream puff'],
  ['rasasi/hawas', 'amazon:AE', 'r0.15', 2, 'R\u0430sasi Hawas for Him EDP 100 ml'],
  ['ajmal/aristocrat', 'ebay:AE', 'r0.2', 1, 'Ajm{SHY}al Aristocrat for Him 75 ml sealed'],
  ['fissler/adamant', 'ebay:DE', 'r0.2', 1, 'Fi\u0455\u0455ler Adamant Pfanne 28 cm'],
  ['cuckoo/twinpressure', 'amazon:US', 'r0.15', 2, 'CU\u0421K\u041e\u041e Twin Pressure 10 cup rice cooker'],
  ['owala/freesip', 'ebay:US', 'r0.3', 48, '\u039fwala FreeSip 24oz candy coated - case of 48'],
  ['kokuyo/campus', 'rakuten', 'r0.3', 100, 'K\u041eKUYO Campus notebook B5 5 pack'],
  ['zebra/sarasa', 'amazon:JP', 'r0.3', 50, 'Z\u0415BRA Sarasa Clip 0.5 10 color set'],
  ['marklin/startup', 'ebay:DE', 'r0.2', 1, 'M\u00e4rkl\u0456n Start up Digital-Startpackung 29952'],
  ['traxxas/maxx', 'ebay:US', 'r0.15', 1, 'Tr\u0430xxas Maxx 4S monster truck RTR'],
  ['kato/unitrack', 'ebay:JP', 'r0.3', 12, 'K\u0410TO Unitrack M1 20-852 oval set'],
  ['mares/avanti', 'ebay:IT', 'r0.2', 2, 'M\u0430res Avanti Quattro+ pinne taglia 42-43'],
  ['callaway/apex', 'ebay:MX', 'r0.15', 1, 'C\u0430llaway Apex irons 4-PW'],
  ['concept2/skierg', 'ebay:US', 'r0.2', 1, 'Conc\u0435pt2 SkiErg with floor stand, new'],
  ['ergobaby/omni360', 'amazon:US', 'r0.2', 10, 'Ergob\u0430by Omni 360 carrier black'],
  ['shoei/rf1400', 'ebay:US', 'r0.15', 1, 'SH\u039fEI RF-1400 matte black size L'],
  ['agv/k6', 'ebay:IT', 'r0.15', 1, '\u0391G\u0056 K6 S casco integrale matt black'],
  ['phonak/naida', 'ebay:DE', 'r0.05', 1, 'Ph\u043enak Naída Lumity UP Hörgerät'],
  ['royal-selangor/tankard', 'lazada:MY', 'r0.2', 8, 'Royal Sel\u0430ngor pewter tankard 450ml engraved'],
  ['lippi/cerrocastillo', 'ebay:CL', 'r0.2', 1, 'L\u0456ppi Cerro Castillo parka talla L'],
  ['kuna/sweater', 'ebay:PE', 'r0.2', 20, '\uff2b\uff35\uff2e\uff21 alpaca sweater crew neck camel'],
  ['gogoro/vivamix', 'shopee:TW', 'r0.25', 1, 'G\u043eg\u043ero VIVA MIX 電動機車 全新'],
  ['meguiars/goldclass', 'ebay:US', 'r0.3', 24, 'Megu{ZWNJ}iar\u2019s Gold Class car wash 64oz x24'],
  ['seafolly/seadive', 'ebay:AU', 'r0.25', 1, 'Se{WJ}afolly Sea Dive one piece size 12'],
];
const lines = [
  '# pos.brand_homoglyph — written by hand-src/homoglyph.js (look-alike letters and invisible characters); do not edit here',
  ...rows.map(([ref, market, price, qty, title]) =>
    ['pos.brand_homoglyph', ref, market, price, qty, 'new', title].join(' ¦ '),
  ),
];
writeFileSync(join(HERE, '..', 'hand', '09-brand_homoglyph.txt'), `${lines.join('\n')}\n`);
