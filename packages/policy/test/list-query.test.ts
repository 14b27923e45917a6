// The records API's list query on a real database: permitted rows, masks, search, sort and keyset pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaDdl } from '../src/compile-sql/schema-ddl.js';
import type { PolicyError } from '../src/errors.js';
import { buildPrincipal } from '../src/model/principal.js';
import type { RuleSet } from '../src/model/rule-set.js';
import type { Schema } from '../src/model/schema.js';
import { createPolicyEngine } from '../src/plan/policy-engine.js';
import { recruitmentSchema } from './fixtures/recruitment.js';
import { type Backend, backends, type TestDb } from './support/backends.js';
import { loadData, resolveSymbols, Symbols, type TestData } from './support/data.js';

const schema: Schema = {
  ...recruitmentSchema,
  collections: Object.fromEntries(
    Object.entries(recruitmentSchema.collections).map(([k, c]) => [
      k,
      {
        ...c,
        table: { ...c.table, schema: 'list_query' },
        fields: c.fields.map((f) =>
          f.junction
            ? { ...f, junction: { ...f.junction, table: { ...f.junction.table, schema: 'list_query' } } }
            : f,
        ),
      },
    ]),
  ),
};
const ruleSet: RuleSet = {
  version: '1',
  roles: [{ key: 'staff', name: 'Staff', internal: true, builder: false, allData: false, rights: [] }],
  collections: {},
  rules: [
    {
      id: 'g',
      name: 'staff read non-archived',
      kind: 'grant',
      collection: 'positions',
      to: { roles: ['staff'] },
      actions: ['read'],
      condition: 'record.status != "archived"',
    },
    {
      id: 'f',
      name: 'salary while open',
      kind: 'fieldCondition',
      collection: 'positions',
      to: { roles: ['staff'] },
      fields: ['fld_pos_salary'],
      access: 'read',
      condition: 'record.status == "open"',
    },
  ],
};
const engine = createPolicyEngine({ schema, ruleSet });
const symbols = new Symbols();
const staff = buildPrincipal({ id: symbols.id('sam'), roles: ['staff'] }, ruleSet);
const titles = ['b', 'a', null, 'c', 'a', '100%_off', 'B', null, 'a'];
const data: TestData = new Map([
  ['users', [resolveSymbols(schema, 'users', 'sam', { name: 'Sam' }, symbols)]],
  [
    'positions',
    Array.from({ length: 36 }, (_, i) =>
      resolveSymbols(
        schema,
        'positions',
        `p${i}`,
        {
          title: titles[i % titles.length],
          salary: (i * 7) % 5 === 0 ? null : (i * 7) % 5,
          status: ['open', 'closed', 'archived'][i % 3],
          ...(i === 0 ? { hiringManager: 'sam', interviewers: ['sam'] } : {}),
        },
        symbols,
      ),
    ),
  ],
]);

describe.each(backends)('list queries on $name', (backend: Backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await backend.open();
    await loadData(db, schema, data, schemaDdl(schema));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const permitted = data.get('positions')?.filter((r) => r.status !== 'archived') ?? [];

  it('reads a link to a row the principal cannot read as its id, to-one and to-many alike', async () => {
    // No rule opens users to Sam: the ids belong to the position, which Sam may read.
    expect(engine.planAccess(staff, 'read', 'users').kind).toBe('deny');
    const query = engine.compileListQuery(staff, 'positions', {
      id: symbols.id('p0'),
      visibilityFlags: true,
    });
    const [row] = await db.run<Record<string, unknown>>(query.sql);
    expect(row?.hiringManager).toBe(symbols.id('sam'));
    expect(row?.interviewers).toEqual([symbols.id('sam')]);
  });

  it('pages through every permitted row exactly once with keyset cursors, ties and NULLs included', async () => {
    for (const sort of ['title', '-title', 'salary,-title', '-salary,title', 'status,-salary']) {
      const full = await db.run<{ id: string }>(engine.compileListQuery(staff, 'positions', { sort }).sql);
      expect(full.map((r) => r.id).sort()).toEqual(permitted.map((r) => r.id).sort());
      const paged: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 10; page++) {
        const query = engine.compileListQuery(staff, 'positions', {
          sort,
          limit: 5,
          ...(after ? { after } : {}),
        });
        const rows = await db.run<Record<string, unknown>>(query.sql);
        paged.push(...rows.map((r) => r.id as string));
        const last = rows.at(-1);
        if (rows.length < 5 || !last) break;
        after = query.cursorOf(last);
      }
      expect(paged, sort).toEqual(full.map((r) => r.id));
    }
  });

  it('sorts a masked field by its masked value, so hidden salaries sort as NULL', async () => {
    const rows = await db.run<{ salary: unknown; status: string }>(
      engine.compileListQuery(staff, 'positions', { sort: '-salary' }).sql,
    );
    const firstVisible = rows.findIndex((r) => r.salary !== null);
    expect(rows.slice(0, firstVisible).every((r) => r.salary === null)).toBe(true);
    expect(rows.filter((r) => r.status === 'closed').every((r) => r.salary === null)).toBe(true);
  });

  it('counts exactly the rows the list pages through', async () => {
    const [count] = await db.run<{ count: string | number }>(
      engine.compileCountQuery(staff, 'positions', { filter: 'record.title == "a"' }),
    );
    expect(Number(count?.count)).toBe(permitted.filter((r) => r.title === 'a').length);
    expect(Number(count?.count)).toBeGreaterThan(0);
  });

  it('searches readable text fields case-insensitively, with % and _ taken literally', async () => {
    const rows = await db.run<{ title: string }>(
      engine.compileListQuery(staff, 'positions', { search: '%_o' }).sql,
    );
    expect(rows.map((r) => r.title)).toEqual(
      permitted.filter((r) => r.title === '100%_off').map(() => '100%_off'),
    );
    const b = await db.run<{ title: string }>(
      engine.compileListQuery(staff, 'positions', { search: 'b' }).sql,
    );
    expect(new Set(b.map((r) => r.title))).toEqual(new Set(['b', 'B']));
  });

  it('reads one record exactly when the list would show it', async () => {
    const archived = data.get('positions')?.find((r) => r.status === 'archived');
    const visible = permitted[0];
    expect(
      await db.run(engine.compileListQuery(staff, 'positions', { id: visible?.id ?? '' }).sql),
    ).toHaveLength(1);
    expect(
      await db.run(engine.compileListQuery(staff, 'positions', { id: archived?.id ?? '' }).sql),
    ).toHaveLength(0);
    expect(await db.run(engine.compileListQuery(staff, 'positions', { id: 'not-a-uuid' }).sql)).toHaveLength(
      0,
    );
  });

  it('refuses tampered cursors and unreadable sort fields as bad requests', () => {
    const attempt = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as PolicyError).code;
      }
      return 'no error';
    };
    expect(
      attempt(() => engine.compileListQuery(staff, 'positions', { sort: 'title', after: 'garbage!' })),
    ).toBe('POLICY_INVALID_QUERY');
    expect(
      attempt(() => engine.compileListQuery(staff, 'positions', { sort: 'title', after: 'WzEsMl0' })),
    ).toBe('POLICY_INVALID_QUERY');
    expect(attempt(() => engine.compileListQuery(staff, 'candidates', { sort: 'name' }))).toBe(
      'POLICY_UNKNOWN_IDENTIFIER',
    );
    expect(attempt(() => engine.compileListQuery(staff, 'positions', { fields: ['nosuch'] }))).toBe(
      'POLICY_UNKNOWN_IDENTIFIER',
    );
  });
});
