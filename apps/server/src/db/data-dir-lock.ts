import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A held lock on an embedded data directory. */
export interface DataDirLock {
  release(): Promise<void>;
}

/** Thrown when another live Charter process already serves the same data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the data directory ${dataDir} is in use by another Charter process (pid ${pid})`);
    this.name = 'DataDirLockedError';
  }
}

/** What `charter.pid` records: `<pid> <start time> <token>`, one line. */
interface LockRecord {
  pid: number;
  /** Field 22 of `/proc/<pid>/stat` (clock ticks since boot); `-` where there is no /proc. */
  startTime: string;
  token: string;
}

/**
 * PGlite is a single-process database: two processes writing one directory would corrupt it.
 * A pid file, created whole and atomically, guards it. It records the holder's pid, its start time and a
 * random token, so that a lock is only honoured while the process that wrote it lives: after a
 * `kill -9` the pid is often reused by an unrelated process (in containers, almost always), and
 * that process has another start time. A lock whose holder is gone is taken over.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const file = path.join(dataDir, 'charter.pid');
  const startTime = (await processStartTime(process.pid)) ?? '-';
  const hasProc = startTime !== '-';
  const content = (token: string) => `${process.pid} ${startTime} ${token}\n`;
  const token = randomBytes(12).toString('hex');
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await createExclusive(file, content(token))) {
      heldTokens.add(token);
      return { release: () => releaseLock(file, token) };
    }
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const holder = parseLockRecord(text);
    if (holder && (await isHeld(holder, hasProc))) throw new DataDirLockedError(dataDir, holder.pid);
    // The holder is gone. Several processes may find that at once: the one that creates the
    // takeover file removes the stale lock, if it is still the one judged; all then race to
    // create the lock afresh, and exactly one succeeds.
    const guard = `${file}.takeover`;
    const guardToken = randomBytes(12).toString('hex');
    if (await createExclusive(guard, content(guardToken))) {
      heldTokens.add(guardToken);
      try {
        if ((await fs.readFile(file, 'utf8').catch(() => null)) === text) await fs.rm(file, { force: true });
      } finally {
        await fs.rm(guard, { force: true });
        heldTokens.delete(guardToken);
      }
    } else {
      const taker = parseLockRecord(await fs.readFile(guard, 'utf8').catch(() => ''));
      if (taker && (await isHeld(taker, hasProc))) await new Promise((resolve) => setTimeout(resolve, 20));
      else await fs.rm(guard, { force: true }); // left by a process that died taking over
    }
  }
  throw new Error(`could not lock the data directory ${dataDir}`);
}

/** Tokens of the locks this process holds: its own pid alone does not say which. */
const heldTokens = new Set<string>();

/**
 * Creates the file with its whole content, or returns false if it exists. Written aside and
 * hard-linked into place, so a reader never sees it empty or half written.
 */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const aside = `${file}.${randomBytes(6).toString('hex')}`;
  await fs.writeFile(aside, content, { flag: 'wx', mode: 0o600 });
  try {
    await fs.link(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.rm(aside, { force: true });
  }
}

/** Removes the pid file only while it is still this lock's (never a successor's). */
async function releaseLock(file: string, token: string): Promise<void> {
  heldTokens.delete(token);
  const current = parseLockRecord(await fs.readFile(file, 'utf8').catch(() => ''));
  if (current?.token === token) await fs.rm(file, { force: true });
}

/** Reads the current format, and the bare pid written by earlier versions. */
export function parseLockRecord(text: string): LockRecord | null {
  const [pid, startTime = '', token = ''] = text.trim().split(/\s+/);
  const parsed = Number.parseInt(pid ?? '', 10);
  return Number.isInteger(parsed) && parsed > 0 ? { pid: parsed, startTime, token } : null;
}

/** Whether the process that wrote the record still runs. */
async function isHeld(holder: LockRecord, hasProc: boolean): Promise<boolean> {
  if (holder.pid === process.pid) return heldTokens.has(holder.token);
  if (!isAlive(holder.pid)) return false;
  // Without /proc (macOS, Windows) there is no start time to compare: a live pid counts as the
  // holder, as before; a lock left by a crash whose pid was reused must then be removed by hand.
  if (!hasProc) return true;
  const startTime = await processStartTime(holder.pid);
  if (startTime === null) return false; // it exited meanwhile
  if (holder.startTime && holder.startTime !== '-') return holder.startTime === startTime;
  // A bare pid from an earlier version: only a Node process can be a Charter.
  return /(^|\/)node(js)?(\0|$)/.test(
    await fs.readFile(`/proc/${holder.pid}/cmdline`, 'utf8').catch(() => ''),
  );
}

/** Field 22 of `/proc/<pid>/stat`, or null where there is no /proc or no such process. */
async function processStartTime(pid: number): Promise<string | null> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[22 - 3] ?? null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
