import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Strict tooling is part of the suite, so CI fails on a type error or a lint finding like on a test.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

async function exitOf(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('tooling', () => {
  it('the whole tree type-checks under strict settings', { timeout: 180_000 }, async () => {
    const result = await exitOf(process.execPath, [
      'node_modules/typescript/bin/tsc',
      '-p',
      'tsconfig.check.json',
    ]);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('the admin app type-checks', { timeout: 120_000 }, async () => {
    const result = await exitOf(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'apps/admin']);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('Biome finds nothing to fix in format or lint', { timeout: 60_000 }, async () => {
    const result = await exitOf(process.execPath, [
      'node_modules/@biomejs/biome/bin/biome',
      'check',
      '--diagnostic-level=warn',
      '.',
    ]);
    expect(result.code, result.output).toBe(0);
  });
});
