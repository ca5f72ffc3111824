/**
 * A scan thread of `ipp scan --workers N`: builds its own Detector from the validated inputs the
 * main thread sends, then scans blocks of NDJSON bytes (transferred, not copied) and posts back
 * each block's verdict lines and bad-line messages. The main thread writes them in input order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Detector } from './detector.ts';
import { scanBlock } from './scan-lines.ts';
import type { BrandKnowledge, DetectionPolicy, KeywordRuleSet } from './types.ts';

export interface ScanThreadSetup {
  knowledge: BrandKnowledge;
  rules: KeywordRuleSet;
  policy: DetectionPolicy;
  now: string;
}

export interface ScanThreadBlock {
  id: number;
  bytes: Uint8Array;
  firstLine: number;
}

if (parentPort) {
  const setup = workerData as ScanThreadSetup;
  const detector = new Detector(setup.knowledge, setup.rules, setup.policy, { now: new Date(setup.now) });
  const port = parentPort;
  port.on('message', (block: ScanThreadBlock) => {
    port.postMessage({ id: block.id, ...scanBlock(detector, block.bytes, block.firstLine) });
  });
  port.postMessage({ ready: true });
}
