import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, parseLockRecord } from './data-dir-lock.js';

const hasProc = await fs
  .access('/proc/self/stat')
  .then(() => true)
  .catch(() => false);

async function startTimeOf(pid: number): Promise<string> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

describe('acquireDataDirLock', () => {
  let dir: string;
  let file: string;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-lock-'));
    file = path.join(dir, 'charter.pid');
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill();
    await fs.rm(dir, { recursive: true, force: true });
  });

  function live(command: string, args: string[]): ChildProcess {
    const child = spawn(command, args, { stdio: 'ignore' });
    children.push(child);
    return child;
  }

  it('refuses a directory held by another live Charter process', async () => {
    const other = live(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    await new Promise((resolve) => other.once('spawn', resolve));
    const startTime = hasProc ? await startTimeOf(other.pid!) : '-';
    await fs.writeFile(file, `${other.pid} ${startTime} 0123456789abcdef\n`);
    await expect(acquireDataDirLock(dir)).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it.runIf(hasProc)('starts when the recorded pid now belongs to an unrelated live process', async () => {
    // After a kill -9 the pid is reused: the recorded start time is the dead Charter's.
    const sleeper = live('sleep', ['30']);
    await new Promise((resolve) => sleeper.once('spawn', resolve));
    const deadCharterStart = String(Number(await startTimeOf(sleeper.pid!)) - 1000);
    await fs.writeFile(file, `${sleeper.pid} ${deadCharterStart} 0123456789abcdef\n`);
    const lock = await acquireDataDirLock(dir);
    expect(parseLockRecord(await fs.readFile(file, 'utf8'))?.pid).toBe(process.pid);
    await lock.release();
  });

  it.runIf(hasProc)(
    'takes over a bare pid left by an earlier version when it is no Node process',
    async () => {
      const sleeper = live('sleep', ['30']);
      await new Promise((resolve) => sleeper.once('spawn', resolve));
      await fs.writeFile(file, String(sleeper.pid));
      const lock = await acquireDataDirLock(dir);
      await lock.release();
    },
  );

  it('takes over a lock left by a process that died, and releases it', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await fs.writeFile(file, `${dead.pid} 1 0123456789abcdef\n`);
    const lock = await acquireDataDirLock(dir);
    const record = parseLockRecord(await fs.readFile(file, 'utf8'))!;
    expect(record.pid).toBe(process.pid);
    expect(record.token).toMatch(/^[0-9a-f]{24}$/);
    await lock.release();
    await expect(fs.stat(file)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a second lock while the first is held, and allows it once released', async () => {
    const first = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await first.release();
    const second = await acquireDataDirLock(dir);
    await second.release();
  });

  it('gives a stale lock to exactly one of many starting at once', async () => {
    for (let round = 0; round < 5; round++) {
      await fs.writeFile(file, `${process.pid} 1 0123456789abcdef\n`);
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => acquireDataDirLock(dir)));
      const won = results.filter((result) => result.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(DataDirLockedError);
      }
      await (
        won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireDataDirLock>>>
      ).value.release();
      expect(await fs.readdir(dir)).toEqual([]);
    }
  });

  it('release leaves alone a lock that another process has taken since', async () => {
    const lock = await acquireDataDirLock(dir);
    await fs.writeFile(file, '1 1 fedcba9876543210\n');
    await lock.release();
    expect(await fs.readFile(file, 'utf8')).toBe('1 1 fedcba9876543210\n');
  });
});
