import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../lib/logger.js';
import { openContext } from '../server.js';
import { seedDemo } from './demo.js';

// The real command in a child process, on an embedded data directory seeded with the demo.
const CLI = fileURLToPath(new URL('./charter.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const TSCONFIG = fileURLToPath(new URL('../../../../tsconfig.check.json', import.meta.url));

function charter(
  cwd: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH, TSX_TSCONFIG_PATH: TSCONFIG, CHARTER_SECRET: 'x'.repeat(32) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('charter data export and import', { timeout: 180_000 }, () => {
  let cwd: string;
  let appId: string;
  const melissa = 'melissa@acme-talent.example';

  beforeAll(async () => {
    cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-data-'));
    const config = loadConfig({
      CHARTER_SECRET: 'x'.repeat(32),
      CHARTER_DATA_DIR: path.join(cwd, '.charter/data'),
    });
    const ctx = await openContext(config, createLogger('silent'));
    try {
      const app = await buildApp(ctx);
      await app.ready();
      await seedDemo(app, ctx);
      await app.close();
      appId = (await ctx.database.db.selectFrom('application').select('id').executeTakeFirstOrThrow()).id;
    } finally {
      await ctx.mailer.close();
      await ctx.database.close();
    }
  }, 120_000);
  afterAll(async () => {
    await fs.rm(cwd, { recursive: true, force: true });
  });

  it('exports what a person may read, and imports a changed file row by row', async () => {
    const exported = await charter(cwd, [
      'data',
      'export',
      appId,
      'positions',
      '--as',
      melissa,
      '--sort',
      'title',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    const [header, ...rows] = parse(exported.stdout) as string[][];
    expect(header).not.toContain('salary');
    expect(rows.map((row) => row[header!.indexOf('title')])).toEqual([
      'Frontend Engineer',
      'Product Designer',
      'Senior Backend Engineer',
    ]);

    const out = path.join(cwd, 'positions.csv');
    const owner = await charter(cwd, ['data', 'export', appId, 'positions', '--out', out]);
    expect(owner.code, owner.stderr).toBe(0);
    expect(owner.stderr).toContain('acting as');
    const text = await fs.readFile(out, 'utf8');
    expect(text.split('\n')[0]).toContain('salary');
    // One title changed, and one new row with a status that is no choice.
    const columns = text.split('\n')[0]!.split(',');
    const bad = columns.map((c) => (c === 'title' ? 'New role' : c === 'status' ? 'Someday' : ''));
    await fs.writeFile(
      out,
      `${text.replace('Frontend Engineer', 'Frontend Engineer (React)')}${bad.join(',')}\n`,
    );
    const dry = await charter(cwd, ['data', 'import', appId, 'positions', out, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(1);
    expect(dry.stderr).toMatch(/rows checked \(100% of the file\)/);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(dry.stdout).toMatch(/row \d+, status: VALIDATION_FAILED: status expected one of/);

    const valid = await charter(cwd, ['data', 'import', appId, 'positions', out, '--mode', 'valid']);
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toMatch(/1 refused.*Created 0, updated \d+\./);
    const again = await charter(cwd, [
      'data',
      'export',
      appId,
      'positions',
      '--format',
      'json',
      '--as',
      melissa,
    ]);
    expect(JSON.parse(again.stdout).map((p: { title: string }) => p.title)).toContain(
      'Frontend Engineer (React)',
    );

    const usage = await charter(cwd, ['data', 'import', appId, 'positions']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('data import needs APP, COLLECTION and FILE');
  });
});
