import { buildPrincipal, checkCondition, createPolicyEngine, type RuleSet, renderSql } from '@charter/policy';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { appSchemaName } from '../data-model/storage-names.js';
import { dropAppStorage, provisionAppStorage, refreshUsersView } from './app-storage.js';

describeDb('the users collection: a view over app users and their typed attributes', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let member: Person;
  let appId: string;
  let base: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@users-view.test', 'Olivia Owner');
    member = await signUp(app, ctx, 'member@users-view.test', 'Max Member');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Hiring' })).json().app.id;
    base = `/api/apps/${appId}`;
    await inTransaction((trx) => provisionAppStorage(trx, appId));
    await inTransaction((trx) => provisionAppStorage(trx, appId));
    const attributes = [
      { key: 'department', name: 'Department', type: 'text' },
      { key: 'level', name: 'Level', type: 'integer' },
      { key: 'score', name: 'Score', type: 'decimal' },
      { key: 'remote', name: 'Remote', type: 'boolean' },
      { key: 'startDate', name: 'Start date', type: 'date' },
      { key: 'team', name: 'Team', type: 'singleSelect', options: ['red', 'blue'] },
      { key: 'languages', name: 'Languages', type: 'multiSelect', options: ['en', 'fr', 'nl'] },
    ];
    for (const attribute of attributes) {
      expect((await owner.client.post(`${base}/attributes`, attribute)).statusCode).toBe(201);
    }
    await owner.client.post(`${base}/users`, {
      email: member.email,
      attributes: {
        department: 'Engineering',
        level: 3,
        score: 4.5,
        remote: true,
        startDate: '2024-02-29',
        team: 'blue',
        languages: ['fr', 'nl'],
      },
    });
  });

  const inTransaction = (work: (trx: Kysely<DatabaseSchema>) => Promise<void>) =>
    ctx.database.db.transaction().execute(work);
  const view = () => sql.raw(`"${appSchemaName(appId)}"."users"`);
  const viewRows = async () =>
    (
      await sql<Record<string, unknown>>`
        select id, email, name, status, created_by, ${sql.raw(typedColumns())} from ${view()} order by email`.execute(
        ctx.database.db,
      )
    ).rows;
  let attributeColumns: Record<string, string> = {};
  const typedColumns = () =>
    Object.entries(attributeColumns)
      .map(([key, column]) => `"${column}"::text as "${key}", pg_typeof("${column}")::text as "${key}Type"`)
      .join(', ');

  it('exposes every app user with typed attribute columns named from attribute ids', async () => {
    await inTransaction((trx) => refreshUsersView(trx, appId));
    const { schema } = await loadAppSchema(ctx.database.db, appId);
    const users = schema.collections.users!;
    attributeColumns = Object.fromEntries(
      users.fields.filter((f) => f.column?.startsWith('a_')).map((f) => [f.name, f.column!]),
    );
    expect(Object.keys(attributeColumns)).toEqual([
      'department',
      'level',
      'score',
      'remote',
      'startDate',
      'team',
      'languages',
    ]);
    const rows = await viewRows();
    expect(rows.map((r) => [r.id, r.email, r.name, r.status, r.created_by])).toEqual([
      [member.accountId, member.email, 'Max Member', 'active', null],
      [owner.accountId, owner.email, 'Olivia Owner', 'active', null],
    ]);
    expect(rows[0]).toMatchObject({
      department: 'Engineering',
      departmentType: 'text',
      level: '3',
      levelType: 'bigint',
      score: '4.5',
      scoreType: 'double precision',
      remote: 'true',
      remoteType: 'boolean',
      startDate: '2024-02-29',
      startDateType: 'date',
      team: 'blue',
      languages: '{fr,nl}',
      languagesType: 'text[]',
    });
    expect(rows[1]).toMatchObject({ department: null, level: null, languages: null });
  });

  it('reads a value of the wrong JSON type as empty instead of breaking the view', async () => {
    await ctx.database.db
      .updateTable('app_user')
      .set({ attributes: JSON.stringify({ level: 'high', languages: 'fr', startDate: 7 }) })
      .where('app_id', '=', appId)
      .where('account_id', '=', owner.accountId)
      .execute();
    const rows = await viewRows();
    expect(rows[1]).toMatchObject({ level: null, languages: null, startDate: null });
  });

  it('lets conditions and queries read attributes through links to users', async () => {
    const res = await owner.client.post(`${base}/collections`, { key: 'positions', name: 'Positions' });
    expect(res.statusCode, res.body).toBe(201);
    await owner.client.post(`${base}/collections/positions/fields`, { name: 'title', type: 'text' });
    await owner.client.post(`${base}/collections/positions/fields`, {
      name: 'hiringManager',
      type: 'linkUser',
    });
    const { schema } = await loadAppSchema(ctx.database.db, appId);
    const condition = 'record.hiringManager.department == user.department && record.hiringManager.level >= 3';
    expect(() => checkCondition(condition, { schema, collection: 'positions' })).not.toThrow();

    const table = schema.collections.positions!;
    const column = (name: string) => table.fields.find((f) => f.name === name)!.column!;
    await sql`insert into ${sql.raw(`"${table.table.schema}"."${table.table.name}"`)}
      (${sql.raw(`"${column('title')}", "${column('hiringManager')}"`)})
      values ('Led by Max', ${member.accountId}), ('Led by Olivia', ${owner.accountId})`.execute(
      ctx.database.db,
    );
    const ruleSet: RuleSet = {
      version: '1',
      roles: [{ key: 'staff', name: 'Staff', internal: true, builder: false, allData: false, rights: [] }],
      collections: {},
      rules: [
        {
          id: 'r',
          name: 'Own department',
          collection: 'positions',
          to: { roles: ['staff'] },
          kind: 'grant',
          actions: ['read'],
          condition,
        },
      ],
    };
    const principal = buildPrincipal(
      { id: member.accountId, roles: ['staff'], attributes: { department: 'Engineering' } },
      ruleSet,
    );
    const list = createPolicyEngine({ schema, ruleSet }).compileListQuery(principal, 'positions', {
      now: new Date(),
    });
    const { text, values } = renderSql(list.sql);
    const rows = await ctx.database.pool.query<{ title: string }>(text, [...values]);
    expect(rows.rows.map((r) => r.title)).toEqual(['Led by Max']);
  });

  it('shows the users collection with its fields, and refuses to change its fields here', async () => {
    const users = (await owner.client.get(`${base}/collections/users`)).json();
    expect(users).toMatchObject({ key: 'users', system: 'users' });
    expect(
      users.fields
        .slice(0, 4)
        .map((f: { name: string; type: string; system: boolean }) => [f.name, f.type, f.system]),
    ).toEqual([
      ['email', 'email', true],
      ['name', 'text', true],
      ['status', 'singleSelect', true],
      ['department', 'text', true],
    ]);
    const field = await owner.client.get(`${base}/collections/users/fields/languages`);
    expect(field.json()).toMatchObject({ type: 'multiSelect', options: ['en', 'fr', 'nl'] });
    const add = await owner.client.post(`${base}/collections/users/fields`, {
      name: 'nickname',
      type: 'text',
    });
    expect(add.statusCode).toBe(409);
    expect(add.json().error.code).toBe('USERS_COLLECTION_MANAGED');
    const rename = await owner.client.patch(`${base}/collections/users/fields/department`, { name: 'unit' });
    expect(rename.statusCode).toBe(409);
  });

  it('drops the whole app schema', async () => {
    await inTransaction((trx) => dropAppStorage(trx, appId));
    const left = await sql`select 1 from pg_namespace where nspname = ${appSchemaName(appId)}`.execute(
      ctx.database.db,
    );
    expect(left.rows).toEqual([]);
  });
});
