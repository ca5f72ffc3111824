/**
 * Detection on realistic listings: English and Chinese titles with seller descriptions (~1.7 KB
 * per listing on average: specs, shipping, returns, store boilerplate), generated here,
 * deterministically, with the bench's 10,000 brand terms and 1,000 markers. In one run it measures:
 *   - `Detector.scan` in process, one core: listings/s, bytes per listing, MB/s (fresh processes,
 *     best and median, as detection-rate.ts does for short titles), with the seller-boilerplate
 *     memo (the default) and with every description line scanned; every round scans listings the
 *     detector has not seen (their descriptions share the stores' boilerplate lines, as a
 *     marketplace's stream of new listings does), never the same listings again;
 *   - `grep -F -i` (C locale) and `rg -F -i -j1` (Debian's ripgrep) over the same bytes with the
 *     same literal patterns (terms, markers, cues: every pattern the detector's automaton holds
 *     that is plain text), and the ratios. The issue's 60,000 listings/s (~100 MB/s) was set on a
 *     machine where grep ran at ~380 MB/s; machines differ threefold (grep 110-160 MB/s on this
 *     VM, from day to day), so the target is also judged as a ratio to grep in the same run;
 *   - `ipp scan` end to end (a child process) on the same listings as NDJSON, against the
 *     in-process rate, both measured alike: the mean over the listings after the first ones.
 *   npx tsx bench/detection-realistic.ts [--quick]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import type { ListingInput } from '../src/detection/types.ts';
import type { BenchResult } from './detection.bench.ts';
import { runScanCli, synthesize } from './detection.bench.ts';

const TARGET_RATE = 60_000;
/** 100 MB/s against grep -F -i's 380 MB/s on the machine of the issue's figures (see below). */
const TARGET_GREP_RATIO = 100 / 380;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_SPECS = [
  'Material: genuine leather, cotton lining',
  'Size: 30 x 22 x 12 cm, strap drop 55 cm',
  'Colour: black / brown / beige',
  'Weight: 850 g',
  'Condition: new with tags, never used',
  'Hardware: gold-tone metal, smooth zip',
  'Includes dust bag and care card',
  'Battery: 5000 mAh, USB-C fast charging 45W',
  'Display: 6.7 inch OLED, 120 Hz',
  'Storage: 256 GB, RAM 12 GB',
  'Movement: automatic, 42 h power reserve',
  'Water resistance: 100 m',
  'Sole: rubber, cushioned midsole, EU sizes 36-46',
];
const EN_BOILERPLATE = [
  'Shipping: we dispatch within 2 business days from our warehouse. Tracking number is uploaded within 24 hours. Delivery usually takes 7-15 days depending on your location; remote areas may take longer.',
  'Returns: 30-day returns accepted for unused items in original packaging. Please contact us before opening a case, we will do our best to solve any problem quickly.',
  'Payment: we accept all major payment methods. Import duties and taxes are not included in the item price and are the responsibility of the buyer.',
  'About us: we are a small family business with over 10 years of experience. Customer satisfaction is our priority. Please leave positive feedback if you are happy with your purchase.',
  'Please note: colours may vary slightly due to screen settings and lighting. Measurements are taken by hand and may differ by 1-2 cm.',
  'Combined shipping available for multiple purchases. Please message us for an invoice before paying.',
  'Care: wipe with a soft dry cloth, keep away from direct sunlight and moisture. Store in the dust bag when not in use.',
];
const ZH_SPECS = [
  '材质：头层牛皮 内里：棉布',
  '尺寸：30 x 22 x 12 厘米 肩带长度可调节',
  '颜色：黑色 棕色 米色',
  '重量：850克',
  '配件：防尘袋 说明书 包装盒',
  '电池容量：5000毫安 支持45W快充',
  '屏幕：6.7英寸 OLED 120Hz刷新率',
  '机芯：自动机械 动力储备42小时',
  '防水：100米',
  '鞋底：橡胶 缓震中底 码数36-46',
];
const ZH_BOILERPLATE = [
  '【发货说明】工作日下单当天发货，周末及节假日顺延，默认中通快递，需要顺丰请补运费差价。港澳台及海外不发货。',
  '【售后服务】支持七天无理由退换货，请保持商品完好、吊牌包装齐全。如有质量问题请第一时间联系客服，我们会尽快为您处理。',
  '【亲爱的买家】感谢您光临本店！我们承诺所有商品发货前都经过仔细检查，包装严实。如果满意请给五星好评，您的支持是我们最大的动力。',
  '【温馨提示】由于拍摄光线及显示器差异，图片颜色可能与实物略有色差，以实物为准。尺寸为手工测量，误差1-2厘米属正常范围。',
  '【保养说明】避免暴晒与淋雨，不用时请放入防尘袋保存，远离尖锐物品。',
  '【关于物流】全国大部分地区2-4天到达，偏远地区3-7天，物流信息更新可能有延迟，请耐心等待。',
];
const EN_TITLE_WORDS = [
  'new',
  'women',
  'men',
  'leather',
  'bag',
  'shoulder',
  'tote',
  'sneakers',
  'running',
  'watch',
  'automatic',
  'wireless',
  'earbuds',
  'headphones',
  'phone',
  'case',
  'jacket',
  'winter',
  'black',
  'white',
  'classic',
  'vintage',
  'gift',
  'limited',
  '2026',
];
const ZH_TITLE_WORDS = [
  '新款',
  '女包',
  '男士',
  '真皮',
  '单肩包',
  '斜挎包',
  '运动鞋',
  '跑鞋',
  '手表',
  '机械表',
  '蓝牙耳机',
  '无线',
  '手机壳',
  '外套',
  '冬季',
  '黑色',
  '白色',
  '经典',
  '复古',
  '礼物',
  '包邮',
  '正品',
  '现货',
];

export interface RealisticData {
  detector: Detector;
  listings: ListingInput[];
  /** UTF-8 bytes of title + description per listing, and in total. */
  bytes: number;
  patterns: string[];
}

/** Builds the detector of the short-title bench and `count` realistic EN/ZH listings. */
export function realisticData(count: number, seed = 11, skipBoilerplate = true): RealisticData {
  const data = synthesize(1, 7);
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const listings: ListingInput[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const zh = rand() < 0.4;
    const words = zh ? ZH_TITLE_WORDS : EN_TITLE_WORDS;
    const title: string[] = [];
    for (let w = 0; w < 6 + Math.floor(rand() * 8); w++) title.push(pick(words));
    if (rand() < 0.3) title.splice(Math.floor(rand() * title.length), 0, pick(data.terms));
    if (rand() < 0.05) title.push(pick(data.markers));
    if (rand() < 0.03)
      title.push(
        pick(zh ? ['高仿', '复刻', '1比1', 'A货'] : ['replica', '1:1', 'AAA quality', 'super clone']),
      );
    const parts: string[] = [];
    const specs = zh ? ZH_SPECS : EN_SPECS;
    const boilerplate = zh ? ZH_BOILERPLATE : EN_BOILERPLATE;
    parts.push(title.join(zh ? ' ' : ' '));
    for (let s = 0; s < 4 + Math.floor(rand() * 6); s++) parts.push(pick(specs));
    for (let s = 0; s < (zh ? 7 : 7) + Math.floor(rand() * 7); s++) parts.push(pick(boilerplate));
    if (rand() < 0.2) parts.push(pick(data.terms));
    const listing: ListingInput = {
      id: `r${i}`,
      title: title.join(' '),
      description: parts.join('\n'),
      price: Math.round(5 + rand() * 2000),
      currency: zh ? 'CNY' : 'USD',
      condition: rand() < 0.2 ? 'used' : 'new',
      quantity: 1 + Math.floor(rand() * 30),
      shipFrom: pick(['CN', 'US', 'IT', 'DE']),
      sellerId: `s${Math.floor(rand() * 1000)}`,
    };
    bytes += Buffer.byteLength(listing.title) + Buffer.byteLength(listing.description ?? '');
    listings.push(listing);
  }
  const detector = new Detector(data.knowledge, data.rules, undefined, { skipBoilerplate });
  // the literal patterns: every brand term and rule pattern, as grep and rg take them
  const patterns = [...new Set([...data.terms, ...data.rules.rules.map((r) => r.pattern)])];
  return { detector, listings, bytes, patterns };
}

/**
 * One measurement in this process: best of `rounds` rounds, each over `count` listings it has not
 * seen (a marketplace's stream of new listings: the stores' boilerplate repeats, the listings do
 * not), after a warm-up on 5,000 others.
 */
export interface RealisticSample {
  /** listings/s, wall clock, best round */
  rate: number;
  /** listings per CPU-second, best round (this VM's other guests take wall time, not CPU time) */
  cpuRate: number;
  /**
   * listings per CPU-second over every round after the first (all their listings over all their
   * CPU time): measured as `ipp scan`'s warm figure is, a mean over the listings after the first
   * ones, not the best of a few rounds
   */
  warmCpuRate: number;
  bytesPerListing: number;
}

const WARM_UP = 5_000;

export function measureRealistic(count: number, rounds: number, skipBoilerplate = true): RealisticSample {
  const { detector, listings, bytes } = realisticData(WARM_UP + count * rounds, 11, skipBoilerplate);
  for (let i = 0; i < WARM_UP; i++) detector.scan(listings[i]!);
  let best = 0;
  let bestCpu = 0;
  let laterCpu = 0;
  for (let r = 0; r < rounds; r++) {
    const from = WARM_UP + r * count;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let i = from; i < from + count; i++) detector.scan(listings[i]!);
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    best = Math.max(best, count / ((performance.now() - start) / 1000));
    bestCpu = Math.max(bestCpu, count / cpuSeconds);
    if (r > 0) laterCpu += cpuSeconds;
  }
  const warmCpuRate = rounds > 1 ? (count * (rounds - 1)) / laterCpu : bestCpu;
  return { rate: best, cpuRate: bestCpu, warmCpuRate, bytesPerListing: bytes / listings.length };
}

function rateInChild(count: number, rounds: number, skipBoilerplate = true): Promise<RealisticSample> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--measure', String(count), String(rounds), String(skipBoilerplate)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exited ${code}`)),
    );
  });
}

/** Seconds `command` takes over the text file (best of `rounds`), or null when it is missing. */
function timeTool(command: string, args: string[], rounds: number): number | null {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const result = spawnSync(command, args, {
      env: { ...process.env, LC_ALL: 'C' },
      // output to a pipe, not /dev/null: GNU grep stops at the first match when its output is /dev/null
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 20,
    });
    if (result.error) return null;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command}: ${result.stderr}`);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

export async function runRealisticBench(opts: { quick?: boolean } = {}): Promise<BenchResult[]> {
  const quick = opts.quick === true;
  const count = quick ? 20_000 : 60_000;
  const processes = quick ? 2 : 4;
  const samples = [];
  for (let p = 0; p < processes; p++) samples.push(await rateInChild(count, quick ? 2 : 3));
  const rates = samples.map((s) => s.rate).sort((a, b) => a - b);
  const best = rates[rates.length - 1]!;
  const median = rates[Math.floor(rates.length / 2)]!;
  const bytesPerListing = samples[0]!.bytesPerListing;
  const results: BenchResult[] = [
    {
      name: 'realistic listing size (title + description, UTF-8)',
      value: Math.round(bytesPerListing),
      unit: 'bytes',
    },
    {
      name: `detection rate, realistic listings, best of ${processes} processes (on this machine)`,
      value: Math.round(best),
      unit: 'listings/s',
      target: `>= ${TARGET_RATE.toLocaleString('en-US')}`,
      pass: best >= TARGET_RATE,
    },
    {
      name: 'detection rate, realistic listings, median process',
      value: Math.round(median),
      unit: 'listings/s',
    },
    {
      name: 'detection throughput, best',
      value: Math.round((best * bytesPerListing) / 1e5) / 10,
      unit: 'MB/s',
    },
  ];
  // the same listings with every description line scanned: what the boilerplate memo saves
  const full: RealisticSample[] = [];
  for (let p = 0; p < Math.max(1, processes - 1); p++)
    full.push(await rateInChild(count, quick ? 2 : 3, false));
  const fullCpu = full.map((s) => s.cpuRate).sort((a, b) => a - b);
  results.push({
    name: 'per CPU-second, every description line scanned (skipBoilerplate: false), median',
    value: Math.round(fullCpu[Math.floor(fullCpu.length / 2)]!),
    unit: 'listings/s',
  });
  const cpuRates = samples.map((s) => s.cpuRate).sort((a, b) => a - b);
  const cpuBest = cpuRates[cpuRates.length - 1]!;
  const cpuMedian = cpuRates[Math.floor(cpuRates.length / 2)]!;
  const warmRates = samples.map((s) => s.warmCpuRate).sort((a, b) => a - b);
  const warmMedian = warmRates[Math.floor(warmRates.length / 2)]!;
  results.push(
    { name: 'detection rate per CPU-second, best', value: Math.round(cpuBest), unit: 'listings/s' },
    { name: 'detection rate per CPU-second, median', value: Math.round(cpuMedian), unit: 'listings/s' },
    {
      name: `detection rate per CPU-second, warm: every listing after the first ${(WARM_UP + count).toLocaleString('en-US')}, median process`,
      value: Math.round(warmMedian),
      unit: 'listings/s',
    },
    {
      name: 'detection throughput per CPU-second, best',
      value: Math.round((cpuBest * bytesPerListing) / 1e5) / 10,
      unit: 'MB/s',
    },
  );

  const dir = mkdtempSync(join(tmpdir(), 'ipp-realistic-'));
  try {
    const { listings, bytes, patterns } = realisticData(count);
    const textPath = join(dir, 'listings.txt');
    const patternPath = join(dir, 'patterns.txt');
    writeFileSync(textPath, listings.map((l) => `${l.title}\n${l.description ?? ''}`).join('\n'));
    writeFileSync(patternPath, `${patterns.join('\n')}\n`);
    const mb = bytes / 1e6;
    const grep = timeTool('grep', ['-F', '-i', '-c', '-f', patternPath, textPath], 3);
    const rg = timeTool('rg', ['-F', '-i', '-j1', '-c', '-f', patternPath, textPath], 3);
    const detectorMbs = (best * bytesPerListing) / 1e6;
    results.push({ name: `literal patterns given to grep and rg`, value: patterns.length, unit: 'patterns' });
    if (grep !== null) {
      results.push({
        name: 'grep -F -i (LC_ALL=C), same bytes and patterns',
        value: Math.round(mb / grep),
        unit: 'MB/s',
      });
      // The issue's figures, from one machine: grep -F -i at ~380 MB/s, the target ~100 MB/s. Measured
      // against grep in the same run, the target reads on any machine as a ratio of 100/380.
      const ratio = detectorMbs / (mb / grep);
      results.push({
        name: "detector / grep -F -i (the target as a ratio: 100 MB/s against grep's 380 MB/s in the issue)",
        value: `${ratio.toFixed(2)}x`,
        unit: '',
        target: `>= ${TARGET_GREP_RATIO.toFixed(2)}x`,
        pass: ratio >= TARGET_GREP_RATIO,
      });
    }
    if (rg !== null) {
      results.push({
        name: 'rg -F -i -j1, same bytes and patterns',
        value: Math.round(mb / rg),
        unit: 'MB/s',
      });
      results.push({
        name: 'detector / rg -F -i -j1',
        value: `${(detectorMbs / (mb / rg)).toFixed(2)}x`,
        unit: '',
      });
    }
    // ipp scan end to end on the same listings
    const data = synthesize(1, 7);
    const brandsPath = join(dir, 'brands.json');
    const rulesPath = join(dir, 'rules.json');
    const ndjsonPath = join(dir, 'listings.ndjson');
    writeFileSync(brandsPath, JSON.stringify(data.knowledge));
    writeFileSync(rulesPath, JSON.stringify(data.rules));
    const repeat = quick ? 2 : 3;
    // as many listings as the in-process rounds scan, every one new (see measureRealistic)
    const lines = realisticData(count * repeat).listings.map((l) => JSON.stringify(l));
    writeFileSync(ndjsonPath, `${lines.join('\n')}\n`);
    const scanFile = (path: string) =>
      runScanCli(['--brands', brandsPath, '--rules', rulesPath, '--listings', path]);
    /** Listings scanned and CPU seconds from ipp scan's summary (start-up and compile excluded). */
    const summary = (stderr: string) => {
      const scanned = Number(/scanned (\d+) listings/.exec(stderr)?.[1] ?? 0);
      const perCpu = Number(/(\d+) per CPU-second/.exec(stderr)?.[1] ?? 0);
      return { scanned, cpu: perCpu > 0 ? scanned / perCpu : 0, perCpu };
    };
    // the same file cut after its first `count` lines: the difference is what the later listings
    // cost, once the process is warm (the in-process rate, too, is measured after a warm-up). One
    // pair of runs varied by up to a third on this shared VM (2026-12-07: warm 24,600 and 34,200 a
    // CPU-second, back to back): three pairs, alternating, and the median of each figure
    const firstPath = join(dir, 'first.ndjson');
    writeFileSync(firstPath, `${lines.slice(0, count).join('\n')}\n`);
    const runs: Array<{ seconds: number; streaming: number; perCpu: number; steadyCpu: number }> = [];
    for (let pair = 0; pair < 3; pair++) {
      const started = performance.now();
      const stderr = await scanFile(ndjsonPath);
      const seconds = (performance.now() - started) / 1000;
      const whole = summary(stderr);
      const first = summary(await scanFile(firstPath));
      runs.push({
        seconds,
        streaming: Number(/(\d+) listings\/s/.exec(stderr)?.[1] ?? 0),
        perCpu: whole.perCpu,
        steadyCpu: (whole.scanned - first.scanned) / Math.max(whole.cpu - first.cpu, 1e-6),
      });
    }
    const middle = <K extends keyof (typeof runs)[number]>(key: K) =>
      runs.map((r) => r[key]).sort((a, b) => a - b)[1]!;
    const seconds = middle('seconds');
    const streaming = middle('streaming');
    const whole = { perCpu: middle('perCpu') };
    const steadyCpu = middle('steadyCpu');
    results.push({
      name: `ipp scan end-to-end, realistic (${lines.length.toLocaleString('en-US')} lines, incl. start-up, median of 3)`,
      value: Math.round(lines.length / seconds),
      unit: 'listings/s',
    });
    results.push({ name: 'ipp scan streaming rate (its own summary)', value: streaming, unit: 'listings/s' });
    results.push({
      name: 'ipp scan per CPU-second (its own summary, incl. warm-up)',
      value: whole.perCpu,
      unit: 'listings/s',
    });
    results.push({
      name: `ipp scan per CPU-second, warm (listings after the first ${count.toLocaleString('en-US')}, median of 3)`,
      value: Math.round(steadyCpu),
      unit: 'listings/s',
    });
    results.push({
      name: 'ipp scan / in-process, wall clock (median process)',
      value: `${Math.round((streaming / median) * 100)}%`,
      unit: '',
    });
    results.push({
      name: 'ipp scan / in-process, per CPU-second, incl. warm-up',
      value: `${Math.round((whole.perCpu / cpuMedian) * 100)}%`,
      unit: '',
    });
    results.push({
      name: 'ipp scan / in-process, per CPU-second, warm, against the best in-process round',
      value: `${Math.round((steadyCpu / cpuMedian) * 100)}%`,
      unit: '',
    });
    // Both sides alike: the mean over the listings after the first ones (ipp scan's after its
    // first `count` lines, the in-process ones after the warm-up and first round), median of runs.
    results.push({
      name: 'ipp scan / in-process, per CPU-second, warm, both the mean after the first listings',
      value: `${Math.round((steadyCpu / warmMedian) * 100)}%`,
      unit: '',
      target: '>= 70%',
      pass: steadyCpu / warmMedian >= 0.7,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--measure') {
    process.stdout.write(
      JSON.stringify(
        measureRealistic(Number(process.argv[3]), Number(process.argv[4]), process.argv[5] !== 'false'),
      ),
    );
  } else {
    const results = await runRealisticBench({ quick: process.argv.includes('--quick') });
    for (const r of results) {
      const value = typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value;
      const verdict = r.pass === undefined ? '' : r.pass ? '  PASS' : '  FAIL';
      process.stdout.write(
        `${r.name.padEnd(66)} ${String(value).padStart(10)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}${verdict}\n`,
      );
    }
  }
}
