import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Who holds an embedded (PGlite) data folder. PGlite is one process's database: a second process
 * opening the same folder works on its own copy of the pages and answers from a stale state (or
 * corrupts the folder when both write). Whoever opens a folder leaves a lock file naming its pid,
 * like PostgreSQL's postmaster.pid; others check that the pid is alive and refuse while it is.
 */

const LOCK_FILE = 'openipp.lock';
/** The file PostgreSQL (and PGlite) write when they create a data folder. */
const DATABASE_MARKER = 'PG_VERSION';
const SERVER_COMMAND = 'ipp serve';

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

/** A data folder that cannot be opened now; the CLI prints the message as it is, without a stack. */
export class EmbeddedDatabaseUnavailable extends Error {
  override readonly name = 'EmbeddedDatabaseUnavailable';
}

export function hasEmbeddedDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, DATABASE_MARKER));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return null;
    return {
      pid: parsed.pid,
      command: String(parsed.command ?? 'unknown'),
      since: String(parsed.since ?? ''),
    };
  } catch {
    return null;
  }
}

/** The live process holding the folder, if any (a lock left by a process that died does not count). */
export function embeddedLockHolder(dataDir: string): LockHolder | null {
  const holder = readHolder(join(dataDir, LOCK_FILE));
  return holder && holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
}

function heldMessage(dataDir: string, holder: LockHolder): string {
  if (holder.command === SERVER_COMMAND)
    return `A running OpenIPP server (pid ${holder.pid}, since ${holder.since}) holds the embedded database in ${dataDir}. Use the server's API instead, or stop the server first: a second process would work on a stale copy of the database.`;
  return `The embedded database in ${dataDir} is in use by "${holder.command}" (pid ${holder.pid}, since ${holder.since}); wait for it to finish, or stop it.`;
}

/**
 * Takes the folder for this process, or throws naming the live holder. `create: false` also
 * refuses a folder without a database, instead of creating an empty one there. Returns the
 * release function (which removes the lock file only while it is still this process's).
 */
export function acquireEmbeddedLock(
  dataDir: string,
  options: { command: string; create: boolean },
): () => void {
  if (!options.create && !hasEmbeddedDatabase(dataDir))
    throw new EmbeddedDatabaseUnavailable(
      `${dataDir} holds no OpenIPP database. Check IPP_DATA_DIR; a new database is created by "ipp serve" (or "ipp migrate"), never by ${options.command}.`,
    );
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, command: options.command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Exclusive create: of two processes starting at once, one wins.
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      return () => {
        if (readHolder(path)?.pid === process.pid) unlinkSync(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = embeddedLockHolder(dataDir);
    if (holder) throw new EmbeddedDatabaseUnavailable(heldMessage(dataDir, holder));
    // Left by a process that is gone (or by this one): take it over.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new EmbeddedDatabaseUnavailable(
    `Could not take the lock file ${path}; another process keeps creating it`,
  );
}

export const EMBEDDED_SERVER_COMMAND = SERVER_COMMAND;
