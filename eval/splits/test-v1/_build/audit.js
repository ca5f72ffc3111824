const L=require('fs').readFileSync('../listings.ndjson','utf8').trim().split('\n').map(JSON.parse);
const prov=Object.fromEntries(require('fs').readFileSync('provenance.tsv','utf8').trim().split('\n').map(l=>l.split('\t')).map(a=>[a[0],a[1]+' '+(a[2]||'')]));
const txt=o=>(o.title+' \n '+(o.description||''));
const MK=/replica|\b1:1\b|1to1|mirror|super ?clone|\bAAA|top grade copy|\bUA\b|\breps?\b|knock ?off|\bfake\b|non-genuine|same as (the )?original|original quality|\bcopy\b|clone|5A|grade a|高仿|A货|复刻|精仿|原单|仿品|一比一|1比1|顶级版本|莆田|超A|仿版|ＲＥＰ|ＣＯＰＹ|ＡＡＡ|１：１|ＵＡ|gao ?fang|fu ke|yi bi yi|jing fang|yuan dan|A huo|chun yuan|gong ?si ji|复 刻|高 仿|A 货|精 仿|一 比 一|原 单|纯 原|仿 品|高·仿|复-刻|1 比 1|壹比壹|一:一|yi:yi|仿/i;
const bad=[];
for(const o of L){
  const t=txt(o);
  if(o.kind==='pos.marker_en'&&!MK.test(t)) bad.push(['no marker',o]);
  if(o.kind==='pos.marker_zh'&&!MK.test(t)) bad.push(['no marker',o]);
  if(o.kind==='pos.mixed_language'&&!MK.test(t)&&!/纯原|公司级|过验|同厂|chun yuan|gongsi/.test(t)) bad.push(['no marker',o]);
  if(o.label==='legit'&&!['neg.generic_marker','neg.negated_marker','neg.licensed_repro','neg.model_codes','neg.common_word_brand','neg.cheap_unbranded'].includes(o.kind)&&MK.test(t)) bad.push(['legit with marker-ish',o]);
}
for(const [w,o] of bad.slice(0,60)) console.log(w,'|',o.kind,'|',prov[o.id],'|',o.title.slice(0,90),'|',(o.description||'').match(MK)?.[0]);
console.log('total flagged',bad.length);
