// A checked body's problems (a page's, a dashboard's) placed where the editor shows them.
import type { BodyIssue } from '../api/client.js';

/** The problems that belong to one part of a body: `sections.2.filter` under `sections.2`. */
export function issuesUnder(issues: BodyIssue[], prefix: string): BodyIssue[] {
  return issues.filter((i) => i.field === prefix || i.field.startsWith(`${prefix}.`));
}

/** A CEL box's underlines: the issues at exactly that field that say where they are. */
export function celProblems(issues: BodyIssue[], field: string) {
  return issues
    .filter((i) => i.field === field && i.position)
    .map((i) => ({
      from: i.position?.start ?? 0,
      to: i.position?.end ?? 0,
      message: i.message,
      expected: i.expected,
    }));
}
