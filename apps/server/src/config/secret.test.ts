import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSecret } from './secret.js';

describe('resolveSecret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-secret-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('prefers the configured secret and writes nothing', async () => {
    expect(await resolveSecret('x'.repeat(40), dir)).toBe('x'.repeat(40));
    await expect(fs.stat(path.join(dir, 'secret'))).rejects.toThrow(/ENOENT/);
  });

  it('generates one secret, readable only by its owner, and keeps it across starts', async () => {
    const first = await resolveSecret(undefined, path.join(dir, 'data'));
    expect(first.length).toBeGreaterThanOrEqual(32);
    const stat = await fs.stat(path.join(dir, 'data', 'secret'));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(await resolveSecret(undefined, path.join(dir, 'data'))).toBe(first);
  });

  it('refuses a damaged secret file instead of weakening it', async () => {
    await fs.writeFile(path.join(dir, 'secret'), 'short\n');
    await expect(resolveSecret(undefined, dir)).rejects.toThrow(/holds no valid secret/);
  });
});
