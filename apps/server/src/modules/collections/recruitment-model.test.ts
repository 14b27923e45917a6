import { buildPrincipal, createPolicyEngine, type RuleSet, renderSql, sqlColumnType } from '@charter/policy';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { appSchemaName } from '../data-model/storage-names.js';
import { provisionAppStorage } from './app-storage.js';

// information_schema spells some of the engine's column types differently.
const INFORMATION_SCHEMA_TYPE: Record<string, string> = {
  timestamptz: 'timestamp with time zone',
  'text[]': 'ARRAY',
};

describeDb('the recruitment model in real tables', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;
  let base: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@recruitment.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Recruitment' })).json().app
      .id;
    await ctx.database.db.transaction().execute((trx) => provisionAppStorage(trx, appId));
    base = `/api/apps/${appId}/collections`;
  });

  const created = async (path: string, body: object) => {
    const res = await owner.client.post(`${base}${path}`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const schemaName = () => appSchemaName(appId);
  const tableOf = (collectionId: string) => `c_${collectionId.replaceAll('-', '')}`;
  const columnOf = (fieldId: string) => `f_${fieldId.replaceAll('-', '')}`;
  const columns = async (table: string) =>
    (
      await sql<{ column_name: string; data_type: string; is_nullable: string }>`
        select column_name, data_type, is_nullable from information_schema.columns
        where table_schema = ${schemaName()} and table_name = ${table} order by ordinal_position`.execute(
        ctx.database.db,
      )
    ).rows;
  const indexes = async () =>
    (
      await sql<{ tablename: string; indexname: string; indexdef: string }>`
        select tablename, indexname, indexdef from pg_indexes where schemaname = ${schemaName()}`.execute(
        ctx.database.db,
      )
    ).rows;

  it('creates Positions and Candidates through the API', async () => {
    ids.positions = (await created('', { key: 'positions', name: 'Positions' })).id;
    const position = [
      { name: 'title', type: 'text', required: true },
      { name: 'department', type: 'singleSelect', options: ['Engineering', 'Sales', 'People'] },
      { name: 'salary', type: 'decimal' },
      { name: 'status', type: 'singleSelect', options: ['draft', 'open', 'closed'], default: 'draft' },
      { name: 'hiringManager', label: 'Hiring manager', type: 'linkUser' },
      { name: 'interviewers', type: 'linkUsers' },
    ];
    for (const field of position) ids[field.name] = (await created('/positions/fields', field)).id;
    ids.candidates = (await created('', { key: 'candidates', name: 'Candidates' })).id;
    const candidate = [
      { name: 'name', type: 'text', required: true },
      { name: 'email', type: 'email', unique: true },
      { name: 'position', type: 'linkOne', target: 'positions' },
      {
        name: 'stage',
        type: 'singleSelect',
        options: ['applied', 'interview', 'offer', 'hired', 'rejected'],
      },
      { name: 'review', type: 'longText' },
    ];
    for (const field of candidate) ids[field.name] = (await created('/candidates/fields', field)).id;

    const res = await owner.client.get(`${base}/candidates`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ key: 'candidates', restricted: true, system: null });
    expect(view.systemFields.map((f: { name: string }) => f.name)).toEqual([
      'id',
      'createdBy',
      'createdAt',
      'updatedBy',
      'updatedAt',
    ]);
    expect(view.fields.map((f: { name: string }) => f.name)).toEqual([
      'name',
      'email',
      'position',
      'stage',
      'review',
    ]);
    expect(view.fields[1]).toMatchObject({ type: 'email', unique: true, required: false, target: null });
    expect(view.fields[2]).toMatchObject({
      type: 'linkOne',
      target: { id: ids.positions, key: 'positions' },
    });
    const positions = (await owner.client.get(`${base}/${ids.positions}`)).json();
    expect(positions.fields.find((f: { name: string }) => f.name === 'status')).toMatchObject({
      default: 'draft',
      options: ['draft', 'open', 'closed'],
    });
    expect(positions.fields.find((f: { name: string }) => f.name === 'interviewers').target.key).toBe(
      'users',
    );
  });

  it('lists the users collection first, then the collections by key', async () => {
    const list = (await owner.client.get(base)).json();
    expect(list.items.map((c: { key: string }) => c.key)).toEqual(['users', 'candidates', 'positions']);
    expect(list.items[0]).toMatchObject({ system: 'users', restricted: true });
  });

  it('stores each collection as a real table whose columns are named from field ids, not names', async () => {
    const positions = await columns(tableOf(ids.positions!));
    expect(positions.map((c) => c.column_name)).toEqual([
      'id',
      'created_by',
      'created_at',
      'updated_by',
      'updated_at',
      columnOf(ids.title!),
      columnOf(ids.department!),
      columnOf(ids.salary!),
      columnOf(ids.status!),
      columnOf(ids.hiringManager!),
    ]);
    expect(positions.find((c) => c.column_name === columnOf(ids.salary!))?.data_type).toBe(
      'double precision',
    );
    expect(positions.find((c) => c.column_name === columnOf(ids.title!))?.is_nullable).toBe('NO');
    const everything = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_schema = ${schemaName()}`.execute(
      ctx.database.db,
    );
    const names = everything.rows.map((r) => r.column_name);
    for (const name of ['title', 'salary', 'hiringManager', 'position', 'stage'])
      expect(names).not.toContain(name);
  });

  it('gives every field the column type the engine assumes', async () => {
    const { schema } = await loadAppSchema(ctx.database.db, appId);
    for (const key of ['positions', 'candidates']) {
      const collection = schema.collections[key]!;
      const actual = new Map((await columns(collection.table.name)).map((c) => [c.column_name, c.data_type]));
      for (const field of collection.fields.filter((f) => f.column)) {
        const expected = sqlColumnType(field)!;
        expect(actual.get(field.column!), `${key}.${field.name}`).toBe(
          INFORMATION_SCHEMA_TYPE[expected] ?? expected,
        );
      }
    }
  });

  it('keeps links to many in indexed junction tables, and indexes every link column', async () => {
    const junction = `j_${ids.interviewers!.replaceAll('-', '')}`;
    expect((await columns(junction)).map((c) => [c.column_name, c.data_type])).toEqual([
      ['source', 'uuid'],
      ['target', 'uuid'],
    ]);
    const all = await indexes();
    const on = (table: string, column: string) =>
      all.filter((i) => i.tablename === table && i.indexdef.includes(`(${column}`));
    expect(on(junction, 'source')).toHaveLength(1);
    expect(on(junction, 'target')).toHaveLength(1);
    // In list order (by id), so that "the records linked to me" pages without sorting them all.
    const inListOrder = [expect.stringMatching(/, id\)$/)];
    expect(on(tableOf(ids.positions!), columnOf(ids.hiringManager!)).map((i) => i.indexdef)).toEqual(
      inListOrder,
    );
    expect(on(tableOf(ids.candidates!), columnOf(ids.position!)).map((i) => i.indexdef)).toEqual(inListOrder);
    expect(on(tableOf(ids.candidates!), 'created_by').map((i) => i.indexdef)).toEqual(inListOrder);
    const unique = on(tableOf(ids.candidates!), columnOf(ids.email!));
    expect(unique.map((i) => i.indexdef)).toEqual([expect.stringContaining('UNIQUE')]);
  });

  it('binds links with foreign keys: to the target table, and to accounts for users', async () => {
    const keys = await sql<{ source: string; target: string }>`
      select conrelid::regclass::text as source, confrelid::regclass::text as target
      from pg_constraint where contype = 'f' and connamespace = ${schemaName()}::regnamespace`.execute(
      ctx.database.db,
    );
    const pairs = keys.rows.map((r) => `${r.source.split('.').at(-1)} -> ${r.target.split('.').at(-1)}`);
    const candidates = tableOf(ids.candidates!);
    const positions = tableOf(ids.positions!);
    const junction = `j_${ids.interviewers!.replaceAll('-', '')}`;
    expect(pairs).toEqual(
      expect.arrayContaining([
        `${candidates} -> ${positions}`,
        `${positions} -> account`,
        `${junction} -> ${positions}`,
        `${junction} -> account`,
      ]),
    );
  });

  it('runs the engine’s SQL on the real tables: a rule through a link to users and a junction', async () => {
    const db = ctx.database.db;
    const { schema } = await loadAppSchema(db, appId);
    const positions = `"${schemaName()}"."${tableOf(ids.positions!)}"`;
    const open = await sql<{ id: string }>`
      insert into ${sql.raw(positions)} (${sql.raw(`"${columnOf(ids.title!)}", "${columnOf(ids.hiringManager!)}"`)})
      values ('Engineer', ${owner.accountId}) returning id`.execute(db);
    await sql`insert into ${sql.raw(positions)} (${sql.raw(`"${columnOf(ids.title!)}"`)}) values ('Designer')`.execute(
      db,
    );
    const record = open.rows[0]!.id;
    expect(record[14]).toBe('7');
    const ruleSet: RuleSet = {
      version: '1',
      roles: [
        { key: 'manager', name: 'Manager', internal: true, builder: false, allData: false, rights: [] },
      ],
      collections: {},
      rules: [
        {
          id: 'r1',
          name: 'Own positions',
          collection: 'positions',
          to: { roles: ['manager'] },
          kind: 'grant',
          actions: ['read'],
          condition: 'record.hiringManager.email == user.email || user.id in record.interviewers',
        },
      ],
    };
    const principal = buildPrincipal(
      { id: owner.accountId, email: owner.email, roles: ['manager'] },
      ruleSet,
    );
    const list = createPolicyEngine({ schema, ruleSet }).compileListQuery(principal, 'positions', {
      now: new Date(),
    });
    const { text, values } = renderSql(list.sql);
    const rows = await ctx.database.pool.query<{ id: string; title: string }>(text, [...values]);
    expect(rows.rows.map((r) => [r.id, r.title])).toEqual([[record, 'Engineer']]);
  });
});
