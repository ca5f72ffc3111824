/**
 * Traditional -> Simplified Chinese folding: a SUBSET of the OpenCC TSCharacters table, chosen for
 * characters that appear in brand names, product words, colours, coded counterfeit language and
 * piracy listings. Pairs are written as "TraditionalSimplified" two-character units. Characters
 * outside the table pass through unchanged, so an unknown Traditional character only costs recall
 * for that character, never a crash.
 */
const PAIRS =
  // coded counterfeit language
  '倣仿貨货單单複复復复頂顶級级廠厂質质價价錢钱專专櫃柜購购買买賣卖實实體体發发尾尾' +
  '純纯製制鑒鉴鑑鉴證证擊击盜盗燒烧錄录槍枪藍蓝遊游戲戏機机電电碟碟影影齊齐' +
  '錶表鐘钟條条據据標标準准庫库層层網网號号碼码貼贴紙纸裝装盒盒帶带雙双對对' +
  // brand names
  '馳驰愛爱馬马兒儿勞劳奧奥達达寶宝莉莉亞亚歐欧萬万積积麗丽範范聖圣羅罗蘭兰紀纪' +
  '蔻蔻華华為为碩硕翡翡詩诗頓顿龍龙鳳凤屬属聯联國国際际東东車车飛飞騰腾鵬鹏' +
  // colours
  '紅红綠绿黃黄銀银褐褐靛靛紺绀鉑铂' +
  // common words around listings
  '們们這这個个與与點点門门時时間间現现開开關关長长書书鳥鸟魚鱼車车無无' +
  '後后發发氣气處处動动務务區区圖图團团塊块壓压夠够並并產产們们係系傳传僅仅' +
  '優优剛刚動动勝胜參参嗎吗園园場场塵尘壞坏夢梦奪夺嬰婴學学寵宠將将導导層层' +
  '歲岁戰战擇择據据攝摄數数極极樣样檢检歡欢殺杀氣气減减溫温測测滿满漢汉潮潮' +
  '熱热獎奖環环瓊琼畫画癢痒盡尽監监眾众礦矿穩稳競竞筆笔築筑範范簡简絲丝經经' +
  '綁绑維维緊紧線线練练總总織织繡绣罰罚習习聞闻聽听膠胶臺台舊旧藝艺號号補补' +
  '見见規规視视親亲覺觉觀观計计訂订記记設设許许診诊評评試试話话該该認认語语' +
  '說说請请讀读變变貝贝負负費费貿贸資资質质贈赠跡迹蹤踪軟软輕轻輪轮辦办邊边' +
  '運运過过達达選选還还郵邮鄉乡醫医鋼钢錯错鍵键鏡镜長长閃闪陳陈陽阳隨随險险' +
  '隱隐雜杂雞鸡離离雲云電电靈灵韓韩頁页項项順顺須须預预領领頭头題题顏颜風风' +
  '飾饰餐餐館馆驗验髮发鬆松鹽盐麥麦黨党齒齿龜龟細细節节餘余別别' +
  // names and product words of this round: 李寧, 樂高, 蘋果, 護膚, 鑽石, 手鐲, 襯衫, 褲子...
  '寧宁廣广澤泽濤涛瀾澜紗纱綿绵襯衬褲裤衛卫錦锦鐵铁銅铜鋒锋銳锐蘋苹樂乐濕湿潔洁' +
  '療疗藥药護护膚肤霧雾鏈链鑽钻鐲镯嬌娇瑩莹燈灯鍋锅壺壶蓋盖輛辆駕驾釣钓麼么' +
  // Japanese forms (shinjitai) that are neither Traditional nor Simplified: 品質保証 is 品质保证,
  // 激安価格 is 激安价格, 正規販売 is 正规贩卖
  '証证価价売卖気气広广楽乐検检険险鉄铁転转対对専专単单実实図图団团歳岁続续読读様样販贩';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!.codePointAt(0)!;
    const to = chars[i + 1]!.codePointAt(0)!;
    if (from !== to) map.set(from, to);
  }
  return map;
})();
