import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function charter(cwd: string, args: string[]): Promise<Run> {
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

const withoutWarnings = (text: string) =>
  text
    .split('\n')
    .filter((l) => l && !l.includes('ExperimentalWarning') && !l.includes('--trace-warnings'))
    .join('\n');

describe('charter policy export and import', { timeout: 180_000 }, () => {
  let cwd: string;
  let appId: string;

  beforeAll(async () => {
    cwd = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-policy-'));
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

  it('exports the demo policy, previews a change, and refuses a broken file', async () => {
    const exported = await charter(cwd, ['policy', 'export', '--app', appId]);
    expect(exported.code, exported.stderr).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc.format).toBe('charter.policy');
    expect(doc.rules).toHaveLength(4);

    const out = path.join(cwd, 'policy.json');
    const written = await charter(cwd, ['policy', 'export', '--app', appId, '--out', out]);
    expect(written.code, written.stderr).toBe(0);
    expect(await fs.readFile(out, 'utf8')).toBe(exported.stdout);

    doc.rules
      .find((r: { name: string }) => r.name === 'Interviewers: positions they interview for, never salary')
      .fields.read.push('salary');
    doc.roles.find((r: { key: string }) => r.key === 'interviewer').description = 'Interviews candidates.';
    doc.pages.find((p: { slug: string }) => p.slug === 'candidates').title = 'Applicants';
    const changed = path.join(cwd, 'changed.json');
    await fs.writeFile(changed, JSON.stringify(doc));
    const dry = await charter(cwd, ['policy', 'import', '--app', appId, changed, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    const lines = dry.stdout.split('\n');
    expect(lines[0]).toBe('Dry run of the policy import into Recruiting: nothing was saved.');
    expect(lines).toContain(
      '~ role interviewer: description "Interviews for some positions." → "Interviews candidates."',
    );
    expect(lines).toContain('~ page candidates: title "Candidates" → "Applicants"');
    expect(
      lines.some((l) =>
        l.startsWith(
          '~ grant "Interviewers: positions they interview for, never salary" on positions: fields',
        ),
      ),
    ).toBe(true);
    expect(lines.some((l) => /^ {2}melissa@acme-talent\.example: gains .*salary/i.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('  andy@'))).toBe(false);

    const again = await charter(cwd, ['policy', 'export', '--app', appId]);
    expect(again.stdout).toBe(exported.stdout); // the dry run saved nothing

    doc.rules[0].condition = 'record.salry > 1';
    await fs.writeFile(changed, JSON.stringify(doc));
    const broken = await charter(cwd, ['policy', 'import', '--app', appId, changed]);
    expect(broken.code).toBe(1);
    expect(withoutWarnings(broken.stderr)).toContain(`${changed} cannot be imported:\n  rules.0.condition:`);
    expect(broken.stderr).toContain('      record.salry > 1\n      ^^^^^^^^^^^^');

    const usage = await charter(cwd, ['policy', 'import', changed]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('name the app with --app ID|NAME');
  });
});
