/**
 * `ipp scan --workers N`: the input is cut into blocks of whole lines that N scan threads
 * (scan-thread.ts) decode, parse, scan and serialise; results are handed back in input order.
 * At most two blocks per thread are in flight, so memory stays bounded whatever the input size.
 */
import { Worker } from 'node:worker_threads';
import type { BlockResult } from './scan-lines.ts';
import type { ScanThreadBlock, ScanThreadSetup } from './scan-thread.ts';

const IN_FLIGHT_PER_THREAD = 2;

export async function scanWithThreads(
  input: AsyncIterable<Buffer | string>,
  setup: ScanThreadSetup,
  threads: number,
  onResult: (result: BlockResult, bytes: number) => Promise<void>,
): Promise<void> {
  const script = new URL('./scan-thread-boot.mjs', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: setup }));
  const pending = new Map<number, { result: BlockResult; bytes: number }>();
  const sizes = new Map<number, number>();
  let nextToWrite = 0;
  let nextId = 0;
  let writing: Promise<void> = Promise.resolve();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const ready = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      }),
  );
  await Promise.all(ready);
  const drain = () => {
    while (pending.has(nextToWrite)) {
      const { result, bytes } = pending.get(nextToWrite)!;
      pending.delete(nextToWrite);
      nextToWrite++;
      writing = writing.then(() => onResult(result, bytes));
    }
    wake?.();
  };
  for (const worker of workers) {
    worker.on('message', (message: BlockResult & { id: number }) => {
      pending.set(message.id, { result: message, bytes: sizes.get(message.id)! });
      sizes.delete(message.id);
      drain();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  const send = async (bytes: Uint8Array, firstLine: number) => {
    while (nextId - nextToWrite >= threads * IN_FLIGHT_PER_THREAD && failure === null)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    if (failure) throw failure;
    const id = nextId++;
    sizes.set(id, bytes.byteLength);
    const block: ScanThreadBlock = { id, bytes, firstLine };
    workers[id % threads]!.postMessage(block, [bytes.buffer as ArrayBuffer]);
  };
  let carry: Uint8Array = new Uint8Array(0);
  let line = 1;
  try {
    for await (const raw of input) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
      const last = chunk.lastIndexOf(10);
      if (last === -1) {
        carry = concat(carry, chunk);
        continue;
      }
      // one block: the carried start of a line, and this chunk up to its last newline (copied into
      // a buffer of its own, which is transferred to the thread)
      const block = concat(carry, chunk.subarray(0, last + 1));
      carry = chunk.slice(last + 1);
      const lines = countNewlines(block);
      await send(block, line);
      line += lines;
    }
    if (carry.length > 0) await send(carry, line);
    while (nextToWrite < nextId && failure === null)
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    if (failure) throw failure;
    await writing;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count++;
  return count;
}
