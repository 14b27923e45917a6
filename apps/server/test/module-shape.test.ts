import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One module shape (STYLE.md habit 7, issue 18): a route validates, calls one service and maps the
// result; its SQL lives in the module's repository or service. Passing `ctx.database.db` on to
// such a function is fine; building a query in the route file is not.
const MODULES_DIR = fileURLToPath(new URL('../src/modules', import.meta.url));

/** What writing SQL looks like with Kysely: a query builder's first call, or raw `sql`. */
const SQL_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: '.selectFrom(', pattern: /\.selectFrom\s*\(/ },
  { name: '.insertInto(', pattern: /\.insertInto\s*\(/ },
  { name: '.updateTable(', pattern: /\.updateTable\s*\(/ },
  { name: '.deleteFrom(', pattern: /\.deleteFrom\s*\(/ },
  { name: '.mergeInto(', pattern: /\.mergeInto\s*\(/ },
  { name: 'sql`', pattern: /\bsql\s*(<[^>]*>)?\s*`/ },
];

/** Each line of each file that writes SQL, as `file:line: pattern`. */
function sqlLines(files: { name: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { name, text } of files) {
    text.split('\n').forEach((line, index) => {
      for (const { name: pattern, pattern: regexp } of SQL_PATTERNS) {
        if (regexp.test(line)) found.push(`${name}:${index + 1}: ${pattern}`);
      }
    });
  }
  return found;
}

async function routeFiles(): Promise<{ name: string; text: string }[]> {
  const entries = await fs.readdir(MODULES_DIR, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.routes.ts'));
  return Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return { name: path.relative(MODULES_DIR, file), text: await fs.readFile(file, 'utf8') };
    }),
  );
}

describe('module shape', () => {
  it('finds the route files it checks', async () => {
    const names = (await routeFiles()).map((f) => f.name);
    expect(names).toContain(path.join('audit', 'audit.routes.ts'));
    expect(names.length).toBeGreaterThan(20);
  });

  it('recognises each way of writing SQL, and not a repository call', () => {
    const found = sqlLines([
      {
        name: 'x.routes.ts',
        text: [
          'await ctx.database.db.selectFrom("account").selectAll().execute();',
          "await db\n  .insertInto('audit_event')",
          "await trx.updateTable('account')",
          "await ctx.database.db.deleteFrom('account_session')",
          'await sql`select 1`.execute(db);',
          'await sql<{ n: number }>`select 1`.execute(db);',
          'await listAuditEvents(ctx.database.db, companyId, filter);',
        ].join('\n'),
      },
    ]);
    expect(found).toEqual([
      'x.routes.ts:1: .selectFrom(',
      'x.routes.ts:3: .insertInto(',
      'x.routes.ts:4: .updateTable(',
      'x.routes.ts:5: .deleteFrom(',
      'x.routes.ts:6: sql`',
      'x.routes.ts:7: sql`',
    ]);
  });

  it('no route file under modules/ writes SQL: it calls the repository or service that does', async () => {
    expect(sqlLines(await routeFiles())).toEqual([]);
  });
});
