import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Checkpoint, checkpointLine, parseCheckpointLines } from './checkpoint.ts';

/**
 * The checkpoint file: one checkpoint per line (NDJSON), appended and flushed to disk before the
 * checkpoint counts. It lives outside the database, so an attacker with database access alone can
 * neither remove a checkpoint from it nor add one.
 */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  const created = !existsSync(file);
  if (created) await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.appendFile(`${checkpointLine(checkpoint)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A new file's directory entry must reach the disk too, or a crash could lose the whole file.
  if (created) {
    const dir = await open(dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

/** The file's text, or null when there is no such file (no checkpoint written there yet). */
export async function readCheckpointFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The checkpoints on the last lines of the file (its last 64 KiB, a few hundred lines), without
 * reading the whole file: where a starting process resumes.
 */
export async function lastCheckpointsInFile(file: string): Promise<Checkpoint[]> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    let text = buffer.toString('utf8');
    // Unless the whole file was read, the first line may be cut: drop it.
    if (length < size) text = text.slice(text.indexOf('\n') + 1);
    return parseCheckpointLines(text).flatMap((line) => ('checkpoint' in line ? [line.checkpoint] : []));
  } finally {
    await handle.close();
  }
}
