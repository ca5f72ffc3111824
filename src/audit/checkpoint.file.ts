import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Checkpoint, checkpointLine } from './checkpoint.ts';

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
