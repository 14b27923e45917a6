import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the database test harness', () => {
  it('fails the run, never skips, when TEST_DATABASE_URL is set but unreachable', {
    timeout: 120_000,
  }, async () => {
    const { CI: _ci, ...env } = process.env; // the nested run must not overwrite this run's report
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          'node_modules/vitest/vitest.mjs',
          'run',
          '--project',
          'server',
          'apps/server/src/lib/logger.test.ts',
        ],
        { cwd: ROOT, env: { ...env, TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres' } },
        (error, stdout, stderr) =>
          resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('TEST_DATABASE_URL is set but the server cannot be reached');
  });
});
