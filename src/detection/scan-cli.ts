/**
 * `ipp scan --brands <file.json> --listings <file.ndjson|-> [--rules <file.json>] [--policy <file.json>]
 *           [--now <ISO date>] [--progress]`
 *
 * Streams NDJSON listings line by line (bounded memory), writes one JSON verdict per line to stdout,
 * reports each bad line on stderr with its line number and carries on, shows a throttled progress
 * bar with the rate on stderr (TTY or --progress), and always ends with a summary line.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DETECTION_POLICY } from './data/default-policy.ts';
import { DEFAULT_KEYWORD_RULES } from './data/default-rules.ts';
import { Detector } from './detector.ts';
import { type BlockResult, LineScanner } from './scan-lines.ts';
import { scanWithThreads } from './scan-pool.ts';
import type { ScanThreadSetup } from './scan-thread.ts';
import type { DetectionPolicy, KeywordRuleSet } from './types.ts';
import { validateBrandKnowledge, validateDetectionPolicy, validateKeywordRuleSet } from './validate.ts';

export interface ScanIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const USAGE = `usage: ipp scan --brands <brands.json> --listings <listings.ndjson|-> [--rules <rules.json>] [--policy <policy.json>] [--now <ISO date>] [--workers <N|auto>] [--progress]`;
/** With --workers auto, files from this size are scanned by one thread per core (up to MAX_AUTO_WORKERS). */
const AUTO_WORKERS_MIN_BYTES = 16 << 20;
const MAX_AUTO_WORKERS = 4;
const FLUSH_BYTES = 1 << 16;
const PROGRESS_INTERVAL_MS = 250;
const BAR_WIDTH = 30;

interface ScanArgs {
  brands: string;
  listings: string;
  rules?: string;
  policy?: string;
  now?: string;
  workers?: string;
  progress: boolean;
}

function parseArgs(argv: string[]): ScanArgs | string {
  const values: Record<string, string> = {};
  let progress = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--progress') progress = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (['--brands', '--listings', '--rules', '--policy', '--now', '--workers'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value\n${USAGE}`;
      values[arg.slice(2)] = value;
    } else return `unknown argument "${arg}"\n${USAGE}`;
  }
  if (!values.brands || !values.listings) return `--brands and --listings are required\n${USAGE}`;
  const args: ScanArgs = { brands: values.brands, listings: values.listings, progress };
  if (values.rules) args.rules = values.rules;
  if (values.policy) args.policy = values.policy;
  if (values.now) args.now = values.now;
  if (values.workers) {
    if (values.workers !== 'auto' && !/^[1-9]\d?$/.test(values.workers))
      return `--workers must be a number of threads or "auto"\n${USAGE}`;
    args.workers = values.workers;
  }
  return args;
}

async function readJson(path: string, what: string): Promise<unknown> {
  const text = await fs.readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export async function runScanCommand(argv: string[], io: ScanIo = process): Promise<number> {
  const args = parseArgs(argv);
  const say = (line: string) => io.stderr.write(`${line}\n`);
  if (typeof args === 'string') {
    say(args);
    return args === USAGE ? 0 : 2;
  }
  let detector: Detector;
  let setup: ScanThreadSetup;
  try {
    const brandResult = validateBrandKnowledge(await readJson(args.brands, 'brand'));
    for (const e of brandResult.errors) say(`brands ${args.brands}${e.pointer}: ${e.message}`);
    let ruleSet: KeywordRuleSet = DEFAULT_KEYWORD_RULES;
    if (args.rules) {
      const ruleResult = validateKeywordRuleSet(await readJson(args.rules, 'rule'));
      for (const e of ruleResult.errors) say(`rules ${args.rules}${e.pointer}: ${e.message}`);
      ruleSet = ruleResult.ruleSet;
    }
    let policy: DetectionPolicy = DEFAULT_DETECTION_POLICY;
    if (args.policy) {
      const policyResult = validateDetectionPolicy(
        await readJson(args.policy, 'policy'),
        DEFAULT_DETECTION_POLICY,
      );
      for (const e of policyResult.errors) say(`policy ${args.policy}${e.pointer}: ${e.message}`);
      if (!policyResult.policy) return 2;
      policy = policyResult.policy;
    }
    const now = args.now ? new Date(args.now) : new Date();
    if (Number.isNaN(now.getTime())) {
      say(`--now ${args.now} is not a date`);
      return 2;
    }
    detector = new Detector(brandResult.knowledge, ruleSet, policy, { now });
    setup = { knowledge: brandResult.knowledge, rules: ruleSet, policy, now: now.toISOString() };
    for (const e of detector.errors) say(`rules${e.pointer}: ${e.message}`);
  } catch (error) {
    say(`ipp scan: ${(error as Error).message}`);
    return 2;
  }

  let totalBytes = 0;
  let input: NodeJS.ReadableStream;
  if (args.listings === '-') input = io.stdin;
  else {
    try {
      totalBytes = (await fs.stat(args.listings)).size;
    } catch (error) {
      say(`ipp scan: cannot read listings ${args.listings}: ${(error as Error).message}`);
      return 2;
    }
    input = createReadStream(args.listings, { highWaterMark: 1 << 20 });
  }
  const showProgress = args.progress || io.stderr.isTTY === true;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let lastProgress = started;
  let lineNumber = 0;
  let scanned = 0;
  let flagged = 0;
  let bad = 0;
  let bytesRead = 0;
  let pending = '';

  const scanner = new LineScanner(detector, 'bytes');
  const flush = async () => {
    let chunk: string | Buffer;
    if (scanner.outputBytes > 0) chunk = scanner.takeOutput();
    else if (pending.length > 0) {
      chunk = pending;
      pending = '';
    } else return;
    if (!io.stdout.write(chunk)) await new Promise<void>((resolve) => io.stdout.once('drain', resolve));
  };
  const drawProgress = (now: number) => {
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? Math.round(scanned / seconds) : 0;
    const fraction = totalBytes > 0 ? Math.min(bytesRead / totalBytes, 1) : 0;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar =
      totalBytes > 0
        ? `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% `
        : '';
    io.stderr.write(
      `\r${bar}${scanned.toLocaleString('en-US')} listings ${rate.toLocaleString('en-US')}/s ${flagged.toLocaleString('en-US')} flagged ${bad} bad`,
    );
  };

  const block: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
  /** Scans data[from, end), a line of `bytes` bytes without its newline. */
  const handleLine = (data: Buffer, from: number, end: number, bytes: number) => {
    lineNumber++;
    bytesRead += bytes + 1;
    scanner.scan(data, from, end, lineNumber, block);
    scanned = block.scanned;
    flagged = block.flagged;
    bad = block.bad;
    if (block.errors.length > 0) {
      if (showProgress) io.stderr.write('\r\x1b[K');
      for (const message of block.errors) say(message);
      block.errors.length = 0;
    }
  };
  // one thread unless asked: on a shared 2-core VM two threads measured slower than one
  const threads =
    args.workers === 'auto'
      ? totalBytes >= AUTO_WORKERS_MIN_BYTES
        ? Math.min(availableParallelism(), MAX_AUTO_WORKERS)
        : 1
      : Number(args.workers ?? 1);
  // bytes are split into lines by hand and each line decoded on its own: no decoder state, no
  // large strings, one promise per chunk rather than per line
  let carry: Buffer | null = null;
  try {
    if (threads > 1) {
      await scanWithThreads(
        input as AsyncIterable<Buffer | string>,
        setup,
        threads,
        async (result, bytes) => {
          if (result.errors.length > 0 && showProgress) io.stderr.write('\r\x1b[K');
          for (const message of result.errors) say(message);
          lineNumber += result.lines;
          bytesRead += bytes;
          scanned += result.scanned;
          flagged += result.flagged;
          bad += result.bad;
          pending += result.output;
          if (pending.length >= FLUSH_BYTES) await flush();
          if (showProgress) {
            const now = performance.now();
            if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
              lastProgress = now;
              drawProgress(now);
            }
          }
        },
      );
    } else
      for await (const raw of input) {
        const data = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Buffer);
        let from = 0;
        if (carry !== null) {
          // the line begun in the last chunk: only it is copied, not the chunk
          const newline = data.indexOf(10);
          if (newline === -1) {
            carry = Buffer.concat([carry, data]);
            continue;
          }
          const line = Buffer.concat([carry, data.subarray(0, newline)]);
          const end = line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length;
          handleLine(line, 0, end, line.length);
          carry = null;
          from = newline + 1;
        }
        for (let newline = data.indexOf(10, from); newline !== -1; newline = data.indexOf(10, from)) {
          const end = newline > from && data[newline - 1] === 13 ? newline - 1 : newline;
          handleLine(data, from, end, newline - from);
          from = newline + 1;
          if (scanner.outputBytes >= FLUSH_BYTES) await flush();
        }
        carry = from < data.length ? data.subarray(from) : null;
        if (showProgress) {
          const now = performance.now();
          if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
            lastProgress = now;
            drawProgress(now);
          }
        }
      }
    if (carry !== null && carry.length > 0) {
      const end = carry[carry.length - 1] === 13 ? carry.length - 1 : carry.length;
      handleLine(carry, 0, end, carry.length);
    }
    // the last listings parsed and not scanned yet
    scanner.finish();
    if (threads <= 1) {
      scanned = block.scanned;
      flagged = block.flagged;
    }
    await flush();
  } catch (error) {
    say(`ipp scan: reading listings failed after line ${lineNumber}: ${(error as Error).message}`);
    return 2;
  }
  const seconds = (performance.now() - started) / 1000;
  if (showProgress) {
    bytesRead = totalBytes;
    drawProgress(performance.now());
    io.stderr.write('\n');
  }
  const rate = seconds > 0 ? Math.round(scanned / seconds) : scanned;
  const cpu = process.cpuUsage(cpuStart);
  const perCpuSecond = Math.round(scanned / Math.max((cpu.user + cpu.system) / 1e6, 1e-6));
  say(
    `scanned ${scanned} listings (${flagged} flagged, ${bad} bad lines) in ${seconds.toFixed(2)} s, ${rate} listings/s, ${perCpuSecond} per CPU-second`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runScanCommand(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ipp scan: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
