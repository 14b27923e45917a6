// A run as a builder reads it in a terminal or a CI log: one line per test, the diff of each failed
// expectation, then the totals and the rules no test exercised.
import type { FixtureIssue } from './policy-tests.errors.js';
import type { PolicyTestReport } from './policy-tests.service.js';

/** The report as text; failures first within each test, in fixture order. */
export function describeReport(report: PolicyTestReport): string {
  const lines: string[] = [];
  const byTest = new Map<string, PolicyTestReport['results']>();
  for (const result of report.results) byTest.set(result.test, [...(byTest.get(result.test) ?? []), result]);
  for (const [test, results] of byTest) {
    const failed = results.filter((r) => !r.ok);
    if (failed.length === 0) lines.push(`✓ ${test}`);
    for (const result of failed) lines.push(`✗ ${test} — ${result.message ?? `${result.action} failed`}`);
  }
  const { coverage } = report;
  const checks = report.passed + report.failed;
  lines.push(
    '',
    `${report.tests} ${plural(report.tests, 'test')}, ${checks} ${plural(checks, 'check')}: ${report.passed} passed, ${report.failed} failed`,
  );
  const covered = `Coverage: ${coverage.exercised} of ${coverage.rules} ${plural(coverage.rules, 'rule')} exercised`;
  if (coverage.unexercised.length === 0) lines.push(covered);
  else {
    lines.push(`${covered}; no test exercised:`);
    for (const rule of coverage.unexercised)
      lines.push(`  - "${rule.name}" on ${rule.collection} (${rule.ruleId})`);
  }
  return `${lines.join('\n')}\n`;
}

/** A refused fixture: each problem on its own line, by path. */
export function describeFixtureIssues(issues: readonly FixtureIssue[]): string {
  return `The fixture is invalid:\n${issues.map((i) => `  ${i.field}: ${i.message}`).join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
