// Writes hand/05-homoglyph.txt: node _build/hand-src/homoglyph.js
// The rows are typed here with \u escapes so that every look-alike code point is
// exact: Cyrillic а \u0430, е \u0435, о \u043e, р \u0440, с \u0441, і \u0456, у \u0443, А \u0410, В \u0412,
// Е \u0415, Н \u041d, К \u041a, М \u041c, О \u041e, Р \u0420, Т \u0422; Greek Α \u0391, Ι \u0399, Ο \u039f,
// Ρ \u03a1, ο \u03bf; Roman numeral Ⅼ \u216c, Ⅽ \u216d, Ⅾ \u216e; fullwidth Ｌ \uff2c; Armenian օ \u0585.
// Invisible characters stay as placeholders ({ZWSP} {ZWNJ} {ZWJ} {WJ} {SHY}); build.js replaces them.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = [
  'pos.brand_homoglyph ¦ lamy/safari ¦ ebay:GB ¦ r0.2 ¦ 1 ¦ new ¦ L\u0410MY Safari fountain pen, petrol, F nib',
  'pos.brand_homoglyph ¦ lamy/l2000 ¦ amazon:DE ¦ r0.12 ¦ 1 ¦ new ¦ LA{ZWSP}MY 2000 Füllhalter Makrolon, Feder M',
  'pos.brand_homoglyph ¦ louis-poulsen/ph5 ¦ ebay:DK ¦ r0.05 ¦ 1 ¦ new ¦ L\u043euis P\u043eulsen PH 5 pendel, hvid',
  'pos.brand_homoglyph ¦ artemide/tizio ¦ ebay:IT ¦ r0.1 ¦ 1 ¦ new ¦ Art\u0435mid\u0435 Tizio 50 lampada nera',
  'pos.brand_homoglyph ¦ vitra/wire ¦ facebook-marketplace:GB ¦ r0.15 ¦ 2 ¦ new ¦ V\u0456tra DKR wire chairs x2, black',
  'pos.brand_homoglyph ¦ hay/palissade ¦ ebay:DK ¦ r0.2 ¦ 1 ¦ new ¦ \u041d\u0410Y Palissade lounge chair anthracite',
  'pos.brand_homoglyph ¦ pilot/capless ¦ ebay:US ¦ r0.15 ¦ 1 ¦ new ¦ P\u0456lot Vanishing Point fountain pen, gun metal',
  'pos.brand_homoglyph ¦ hario/buono ¦ amazon:JP ¦ r0.2 ¦ 1 ¦ new ¦ \u041d\u0410RIO Buono drip kettle 1.2 L hairline silver',
  'pos.brand_homoglyph ¦ comandante/c40 ¦ ebay:DE ¦ r0.12 ¦ 1 ¦ new ¦ \u216dom\u0430ndante C40 MK4 Handmühle polar white',
  'pos.brand_homoglyph ¦ fellow/carter ¦ amazon:US ¦ r0.45 ¦ 36 ¦ new ¦ Fel{ZWNJ}low Carter Move Mug 16 oz - case of 36',
  'pos.brand_homoglyph ¦ janome/mc9850 ¦ ebay:GB ¦ r0.08 ¦ 1 ¦ new ¦ J\u0430nom\u0435 Memory Craft 9850 embroidery machine',
  'pos.brand_homoglyph ¦ bernina/b335 ¦ ebay:CH ¦ r0.12 ¦ 1 ¦ new ¦ B\u0415RNIN\u0410 335 Nähmaschine',
  'pos.brand_homoglyph ¦ singer/m1500 ¦ shopee:BR ¦ r0.25 ¦ 1 ¦ new ¦ S\u0456ng\u0435r M1500 máquina de costura',
  'pos.brand_homoglyph ¦ hankook/dynapro ¦ ebay:US ¦ r0.4 ¦ 24 ¦ new ¦ Han{WJ}kook Dynapro AT2 LT265/70R17 - 24 tires, dealer lot',
  'pos.brand_homoglyph ¦ valeo/clutch ¦ ebay:FR ¦ r0.15 ¦ 1 ¦ new ¦ V\u0430l\u0435\u043e kit embrayage 3P 826317',
  'pos.brand_homoglyph ¦ baseus/blade ¦ amazon:US ¦ r0.18 ¦ 1 ¦ new ¦ B\u0430seus Blade HD 100W laptop power bank',
  'pos.brand_homoglyph ¦ omron/evolv ¦ amazon:GB ¦ r0.15 ¦ 1 ¦ new ¦ \u039fMR\u039fN Evolv wireless BP monitor',
  'pos.brand_homoglyph ¦ braun/ipl ¦ ebay:DE ¦ r0.1 ¦ 1 ¦ new ¦ Br\u0430un Silk-expert Pro 5 IPL Haarentfernung',
  'pos.brand_homoglyph ¦ foreo/espada ¦ lazada:MY ¦ r0.15 ¦ 1 ¦ new ¦ F\u039fRE\u039f ESPADA 2 acne pen, blue',
  'pos.brand_homoglyph ¦ iittala/aalto ¦ ebay:FI ¦ r0.1 ¦ 1 ¦ new ¦ I{SHY}ittala Aalto maljakko 251 mm sammaleenvihreä',
  'pos.brand_homoglyph ¦ riedel/sommeliers ¦ ebay:AT ¦ r0.12 ¦ 1 ¦ new ¦ R\u0456\u0435del Sommeliers Bordeaux Grand Cru 4400/00',
  'pos.brand_homoglyph ¦ issey-miyake/baobao ¦ carousell:HK ¦ r0.06 ¦ 1 ¦ new ¦ Iss\u0435y Miy\u0430ke Bao Bao Lucent matte black',
  'pos.brand_homoglyph ¦ valextra/trictrac ¦ ebay:IT ¦ r0.05 ¦ 1 ¦ new ¦ V\u0430lextr\u0430 Tric Trac pochette nero',
  'pos.brand_homoglyph ¦ descente/mizusawa ¦ mercari:JP ¦ r0.15 ¦ 1 ¦ new ¦ D\u0415SC\u0415NT\u0415 水沢ダウン アンカー 黒 L',
  'pos.brand_homoglyph ¦ topper/boro ¦ ebay:AR ¦ r0.2 ¦ 1 ¦ new ¦ T\u043epper Boro zapatillas lona blancas',
  'pos.brand_homoglyph ¦ khaadi/kurta ¦ ebay:PK ¦ r0.2 ¦ 1 ¦ new ¦ Kh\u0430\u0430di pret kurta maroon, size M',
  'pos.brand_homoglyph ¦ segway-ninebot/mz ¦ taobao ¦ r0.25 ¦ 1 ¦ new ¦ Nine{ZWSP}bot Mz90 电动车 薄荷绿',
  'pos.brand_homoglyph ¦ wotc/collector ¦ ebay:US ¦ r0.1 ¦ 1 ¦ new ¦ Wiz\u0430rds of the C\u043east collector booster box sealed',
  'pos.brand_homoglyph ¦ lladro/dreamy ¦ ebay:ES ¦ r0.15 ¦ 1 ¦ new ¦ \u216c\u216cadró Dreamy Sweet Moon figura porcelana',
  'pos.brand_homoglyph ¦ naraya/bow ¦ shopee:TH ¦ r0.3 ¦ 50 ¦ new ¦ N\u0430R\u0430Y\u0430 กระเป๋าโบว์ 50 ใบ ราคาส่ง',
];

const HERE = dirname(fileURLToPath(import.meta.url));
const head =
  '# look-alike letters and invisible characters inside brand names (written by hand-src/homoglyph.js)\n';
writeFileSync(join(HERE, '..', 'hand', '05-homoglyph.txt'), `${head}${ROWS.join('\n')}\n`);
