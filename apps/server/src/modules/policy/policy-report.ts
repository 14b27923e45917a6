// An import's report and a refused file's problems as lines a builder reads in a terminal.
import type { ImportResult, StructuralDiff } from './policy.schema.js';
import type { PolicyIssue } from './policy-validation.js';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** The report of an import: `+` added, `-` removed, `~` changed, then who gains and loses what. */
export function describeImport(result: ImportResult, appName: string): string[] {
  const head = result.dryRun
    ? `Dry run of the policy import into ${appName}: nothing was saved.`
    : `Imported the policy into ${appName} (policy version ${result.policyVersion}).`;
  const lines = [head, ...describeChanges(result.changes)];
  if (result.unchanged) lines.push('No changes: the app already holds this policy.');
  for (const w of result.warnings) lines.push(`! ${w.field}: ${w.message}`);
  lines.push(...describeImpact(result), ...describePageImpact(result));
  return lines;
}

/** Who starts and stops seeing each page, counted, with the first few named. */
export function describePageImpact(result: ImportResult): string[] {
  if (result.pageImpact.length === 0) return [];
  const named = (list: { count: number; users: { email: string }[] }) => {
    const shown = list.users.slice(0, 3).map((u) => u.email);
    const more = list.count - shown.length;
    return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  };
  const lines = ['Pages:'];
  for (const change of result.pageImpact) {
    const parts = [
      ...(change.gains.count > 0 ? [`${change.gains.count} start seeing it (${named(change.gains)})`] : []),
      ...(change.losses.count > 0 ? [`${change.losses.count} stop (${named(change.losses)})`] : []),
    ];
    const sections = change.sections.length;
    if (sections > 0) parts.push(`${sections} section${sections === 1 ? '' : 's'} change who sees them`);
    lines.push(`  ${change.page.slug}: ${parts.join('; ')}`);
  }
  return lines;
}

/** The structural part of the report. */
export function describeChanges(diff: StructuralDiff): string[] {
  const lines: string[] = [];
  for (const r of diff.customRights.added) lines.push(`+ right ${r.key} "${r.name}"`);
  for (const r of diff.customRights.changed) lines.push(`~ right ${r.key}: ${changeText(r.changes)}`);
  for (const r of diff.customRights.removed) lines.push(`- right ${r.key}${heldBy(r.users, 'directly')}`);
  for (const r of diff.roles.added) lines.push(`+ role ${r.key} "${r.name}"`);
  for (const r of diff.roles.changed) lines.push(`~ role ${r.key}: ${changeText(r.changes)}`);
  for (const r of diff.roles.removed) lines.push(`- role ${r.key}${heldBy(r.users, '')}`);
  for (const c of diff.collections.changed)
    lines.push(`~ collection ${c.collection}: ${changeText(c.changes)}`);
  for (const r of diff.rules.added) lines.push(`+ ${r.kind} "${r.name}" on ${r.collection}`);
  for (const r of diff.rules.changed) {
    lines.push(`~ ${r.kind} "${r.name}" on ${r.collection}: ${changeText(r.changes)}`);
  }
  for (const r of diff.rules.removed) lines.push(`- ${r.kind} "${r.name}" on ${r.collection}`);
  for (const p of diff.pages.added) lines.push(`+ page ${p.slug} "${p.title}"`);
  for (const p of diff.pages.changed) lines.push(`~ page ${p.slug}: ${changeText(p.changes)}`);
  for (const p of diff.pages.removed) lines.push(`- page ${p.slug} "${p.title}"`);
  return lines;
}

/** Who gains and who loses access, per user, then per collection and action. */
export function describeImpact(result: ImportResult): string[] {
  const impact = result.impact;
  if (impact.unchanged) return ['Access: nobody gains or loses anything.'];
  const lines = ['Access:'];
  // The impact's sentences say "gains …" and "loses …" themselves.
  for (const user of impact.users) {
    for (const said of [...user.gains, ...user.losses]) lines.push(`  ${user.email}: ${said}`);
  }
  for (const c of impact.collections) {
    lines.push(
      `  ${c.collection} ${c.action}: ${c.usersGaining} users gain ${c.recordsGaining} records, ${c.usersLosing} users lose ${c.recordsLosing}`,
    );
  }
  return lines;
}

/** A refused file's problems, one per line, with a caret under the part of a condition at fault. */
export function describeIssues(
  issues: readonly PolicyIssue[],
  conditionOf: (field: string) => string | undefined,
): string[] {
  return issues.flatMap((issue) => {
    const lines = [`  ${issue.field}: ${issue.message}`];
    const text = issue.position ? conditionOf(issue.field) : undefined;
    if (text !== undefined && issue.position) {
      const width = Math.max(1, issue.position.end - issue.position.start);
      lines.push(`      ${text}`, `      ${' '.repeat(issue.position.start)}${'^'.repeat(width)}`);
    }
    if (issue.expected && issue.expected.length > 0 && issue.expected.length <= 20) {
      lines.push(`      expected one of: ${issue.expected.join(', ')}`);
    }
    return lines;
  });
}

function changeText(changes: Changes): string {
  return Object.entries(changes)
    .flatMap(
      ([property, { before, after }]) =>
        listChanges(property, before, after) ?? [`${property} ${shown(before)} → ${shown(after)}`],
    )
    .join(', ');
}

// Lists (rights, roles, field lists per action) read better as what joined and what left them.
function listChanges(property: string, before: unknown, after: unknown): string[] | null {
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const both = (b: unknown, a: unknown) =>
    (isList(b) || b === null) && (isList(a) || a === null) && (b ?? a) !== null;
  if (both(before, after)) {
    const b = (before ?? []) as string[];
    const a = (after ?? []) as string[];
    const moved = [
      ...a.filter((x) => !b.includes(x)).map((x) => `+${x}`),
      ...b.filter((x) => !a.includes(x)).map((x) => `-${x}`),
    ];
    return moved.length > 0 ? [`${property} ${moved.join(' ')}`] : null;
  }
  const isLists = (v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isList);
  if (!isLists(before) || !isLists(after)) return null;
  const b = before as Record<string, string[]>;
  const a = after as Record<string, string[]>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const parts = keys.flatMap((k) => listChanges(`${property}.${k}`, b[k] ?? null, a[k] ?? null) ?? []);
  return parts.length > 0 ? parts : null;
}

function shown(value: unknown): string {
  return value === null || value === undefined ? '(none)' : JSON.stringify(value);
}

function heldBy(users: number, how: string): string {
  if (users === 0) return '';
  return ` (held ${how ? `${how} ` : ''}by ${users} user${users === 1 ? '' : 's'})`;
}
