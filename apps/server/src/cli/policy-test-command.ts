// `charter policy test FILE [--app ID|NAME]`: runs a permission-test fixture on the server's database.
// Exit codes: 0 every expectation held, 1 a test failed or the fixture is invalid, 2 a usage error.
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AppContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import { fixtureIssuesOf } from '../modules/policy-tests/policy-tests.errors.js';
import { readFixture, runPolicyTests } from '../modules/policy-tests/policy-tests.service.js';
import { describeFixtureIssues, describeReport } from '../modules/policy-tests/report-text.js';
import { type Output, resolveApp, STDIO, withContext } from './policy-cli.js';
import { POLICY_USAGE } from './policy-usage.js';

/** `charter policy test`: opens the configured database, runs the fixture, returns the exit code. */
export async function runPolicyTest(args: string[]): Promise<number> {
  let options: { file: string; app?: string };
  try {
    options = parseTestArgs(args);
  } catch (error) {
    return usage(STDIO, (error as Error).message);
  }
  return withContext((ctx) => runPolicyTestOn(ctx, options, STDIO));
}

/** The command on an open context: reads the file, finds the app, prints the report. */
export async function runPolicyTestOn(
  ctx: AppContext,
  options: { file: string; app?: string },
  out: Output,
): Promise<number> {
  let text: string;
  try {
    text = await fs.readFile(options.file, 'utf8');
  } catch {
    return usage(out, `cannot read ${options.file}`);
  }
  try {
    const fixture = readFixture(text);
    const named = options.app ?? fixture.app;
    if (named === undefined) return usage(out, 'name the app with --app ID, or with `app:` in the fixture');
    const appId = await resolveApp(ctx, named);
    const report = await runPolicyTests(ctx, appId, fixture);
    out.stdout(`${options.file} on app ${appId} (policy version ${report.policyVersion})\n\n`);
    out.stdout(describeReport(report));
    return report.failed > 0 ? 1 : 0;
  } catch (error) {
    const issues = fixtureIssuesOf(error);
    if (issues) {
      out.stderr(describeFixtureIssues(issues));
      return 1;
    }
    if (error instanceof AppError) {
      out.stderr(`charter: ${error.message}\n`);
      return error.code === 'APP_NOT_FOUND' ? 2 : 1;
    }
    throw error;
  }
}

function parseTestArgs(args: string[]): { file: string; app?: string } {
  const { values, positionals } = parseArgs({
    args,
    options: { app: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error('policy test needs exactly one FILE');
  return { file: positionals[0]!, ...(values.app ? { app: values.app } : {}) };
}

function usage(out: Output, problem: string): number {
  out.stderr(`charter: ${problem}\n\nUsage:\n${POLICY_USAGE}\n`);
  return 2;
}
