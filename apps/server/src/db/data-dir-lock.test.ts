import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.js';

describe('acquireDataDirLock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-lock-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('refuses a directory held by another live process', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await fs.writeFile(path.join(dir, 'charter.pid'), String(other.pid));
      await expect(acquireDataDirLock(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died, and releases it', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await fs.writeFile(path.join(dir, 'charter.pid'), String(dead.pid));
    const lock = await acquireDataDirLock(dir);
    expect(await fs.readFile(path.join(dir, 'charter.pid'), 'utf8')).toBe(String(process.pid));
    await lock.release();
    await expect(fs.stat(path.join(dir, 'charter.pid'))).rejects.toThrow(/ENOENT/);
  });
});
