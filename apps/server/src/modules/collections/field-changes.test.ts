import { checkCondition, toDisplayCondition, toStoredCondition } from '@charter/policy';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { appSchemaName } from '../data-model/storage-names.js';
import { dropAppStorage, provisionAppStorage } from './app-storage.js';

describeDb('renaming and deleting fields, and their constraints', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;
  let companyId: string;
  let base: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@fields.test');
    companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Hiring' })).json().app.id;
    await ctx.database.db.transaction().execute((trx) => provisionAppStorage(trx, appId));
    base = `/api/apps/${appId}/collections`;
    ids.positions = (await created('', { key: 'positions', name: 'Positions' })).id;
    ids.candidates = (await created('', { key: 'candidates', name: 'Candidates' })).id;
    for (const field of [
      { name: 'title', type: 'text' },
      { name: 'salary', type: 'decimal' },
      { name: 'status', type: 'singleSelect', options: ['draft', 'open', 'closed'] },
      { name: 'code', type: 'text' },
    ]) {
      ids[field.name] = (await created('/positions/fields', field)).id;
    }
    ids.position = (
      await created('/candidates/fields', { name: 'position', type: 'linkOne', target: 'positions' })
    ).id;
  });

  async function created(path: string, body: object) {
    const res = await owner.client.post(`${base}${path}`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const db = () => ctx.database.db;
  const physical = async (collection: string) =>
    (await loadAppSchema(db(), appId)).schema.collections[collection]!;
  const columnNames = async (table: string) =>
    (
      await sql<{ column_name: string; is_nullable: string; column_default: string | null }>`
        select column_name, is_nullable, column_default from information_schema.columns
        where table_name = ${table} order by ordinal_position`.execute(db())
    ).rows;
  const policyVersion = async () =>
    (
      await db()
        .selectFrom('application')
        .select('policy_version')
        .where('id', '=', appId)
        .executeTakeFirstOrThrow()
    ).policy_version;
  const auditCount = async () =>
    Number(
      (
        await db()
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('app_id', '=', appId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Inserts a record straight into the collection's table, values by field name. */
  async function insertRecord(collection: string, values: Record<string, unknown>) {
    const def = await physical(collection);
    const entries = Object.entries(values).map(([name, value]) => [
      def.fields.find((f) => f.name === name)!.column!,
      value,
    ]);
    const table = sql.raw(`"${def.table.schema}"."${def.table.name}"`);
    const columns = sql.raw(entries.map(([c]) => `"${c}"`).join(', '));
    await sql`insert into ${table} (${columns}) values (${sql.join(entries.map(([, v]) => v))})`.execute(
      db(),
    );
  }
  async function insertRule(collectionId: string, name: string, condition: string) {
    const row = await db()
      .insertInto('data_rule')
      .values({
        app_id: appId,
        collection_id: collectionId,
        kind: 'guard',
        name,
        to: JSON.stringify({ audience: 'everyone' }),
        actions: ['read'],
        condition,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  /** Asserts that a refused request changed nothing: no version bump, no audit entry. */
  async function refusedWithoutChange(request: () => Promise<LightMyRequestResponse>) {
    const [version, audits] = [await policyVersion(), await auditCount()];
    const res = await request();
    expect(await policyVersion()).toBe(version);
    expect(await auditCount()).toBe(audits);
    return res;
  }

  it('renames a field without touching its column, and a stored rule still type-checks', async () => {
    const before = await physical('positions');
    const schema = (await loadAppSchema(db(), appId)).schema;
    const stored = toStoredCondition('record.salary > 0.0', { schema, collection: 'positions' });
    expect(stored).toContain(ids.salary);
    ids.salaryRule = await insertRule(ids.positions!, 'Paid positions only', stored);
    const versionBefore = Number(await policyVersion());

    const res = await owner.client.patch(`${base}/positions/fields/salary`, { name: 'pay', label: 'Pay' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: ids.salary, name: 'pay', label: 'Pay', type: 'decimal' });
    expect(Number(await policyVersion())).toBe(versionBefore + 1);

    const after = await physical('positions');
    const column = (def: typeof before) => def.fields.find((f) => f.id === ids.salary)!.column;
    expect(column(after)).toBe(column(before));
    expect((await columnNames(after.table.name)).map((c) => c.column_name)).toContain(column(before));
    const renamed = (await loadAppSchema(db(), appId)).schema;
    expect(() => checkCondition(stored, { schema: renamed, collection: 'positions' })).not.toThrow();
    expect(toDisplayCondition(stored, { schema: renamed, collection: 'positions' })).toBe('record.pay > 0.0');
  });

  it('refuses to delete a field a rule uses (by id or by new name), listing the rule, and drops nothing', async () => {
    for (const ref of ['pay', ids.salary!]) {
      const res = await refusedWithoutChange(() => owner.client.delete(`${base}/positions/fields/${ref}`));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('FIELD_IN_USE');
      expect(res.json().error.details.rules).toEqual([
        { id: ids.salaryRule, name: 'Paid positions only', collection: 'positions', usedIn: 'condition' },
      ]);
      expect(res.json().error.message).toContain('Paid positions only');
    }
    const def = await physical('positions');
    const column = def.fields.find((f) => f.id === ids.salary)!.column!;
    expect((await columnNames(def.table.name)).map((c) => c.column_name)).toContain(column);
  });

  it('counts uses through links from other collections and in name form', async () => {
    const schema = (await loadAppSchema(db(), appId)).schema;
    const through = toStoredCondition('record.position.code == "X"', { schema, collection: 'candidates' });
    const rule = await insertRule(ids.candidates!, 'Only X', through);
    const nameForm = await insertRule(ids.positions!, 'Open only', 'record.status == "open"');
    const code = await refusedWithoutChange(() => owner.client.delete(`${base}/positions/fields/code`));
    expect(code.json().error.details.rules.map((r: { id: string }) => r.id)).toEqual([rule]);
    const status = await refusedWithoutChange(() => owner.client.delete(`${base}/positions/fields/status`));
    expect(status.json().error.details.rules.map((r: { id: string }) => r.id)).toEqual([nameForm]);
    await db().deleteFrom('data_rule').where('id', 'in', [rule, nameForm]).execute();
  });

  it('deletes an unused field with its column, audited with what it was', async () => {
    const def = await physical('positions');
    const column = def.fields.find((f) => f.id === ids.code)!.column!;
    const res = await owner.client.delete(`${base}/positions/fields/code`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await columnNames(def.table.name)).map((c) => c.column_name)).not.toContain(column);
    expect(
      await db().selectFrom('collection_field').select('id').where('id', '=', ids.code!).execute(),
    ).toEqual([]);
    const event = await db()
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'app.field.deleted')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      company_id: companyId,
      app_id: appId,
      target_id: ids.code,
      outcome: 'success',
    });
    expect(event.details).toMatchObject({
      before: { name: 'code', type: 'text' },
      after: null,
      collection: 'positions',
    });
  });

  it('refuses required while records have no value, naming the field and the count', async () => {
    await insertRecord('positions', { title: 'Engineer', status: 'open' });
    await insertRecord('positions', { title: '', status: 'draft' });
    await insertRecord('positions', { status: 'open' });
    const res = await refusedWithoutChange(() =>
      owner.client.patch(`${base}/positions/fields/title`, { required: true }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'FIELD_HAS_EMPTY_VALUES',
      details: { field: 'title', count: 2 },
    });
    const def = await physical('positions');
    const title = def.fields.find((f) => f.name === 'title')!.column;
    expect((await columnNames(def.table.name)).find((c) => c.column_name === title)?.is_nullable).toBe('YES');
    expect((await owner.client.get(`${base}/positions/fields/title`)).json().required).toBe(false);
  });

  it('makes a field required once every record has a value: NOT NULL on the column', async () => {
    const def = await physical('positions');
    const title = def.fields.find((f) => f.name === 'title')!.column!;
    await sql`update ${sql.raw(`"${def.table.schema}"."${def.table.name}"`)} set ${sql.raw(`"${title}"`)} = 'Untitled ' || id
      where ${sql.raw(`"${title}"`)} is null or ${sql.raw(`"${title}"`)} = ''`.execute(db());
    const res = await owner.client.patch(`${base}/positions/fields/title`, { required: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().required).toBe(true);
    expect((await columnNames(def.table.name)).find((c) => c.column_name === title)?.is_nullable).toBe('NO');
  });

  it('refuses unique while values repeat, then enforces it with a unique index', async () => {
    const res = await refusedWithoutChange(() =>
      owner.client.patch(`${base}/positions/fields/status`, { unique: true }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'FIELD_HAS_DUPLICATES',
      details: { field: 'status', duplicates: 1 },
    });
    const ok = await owner.client.patch(`${base}/positions/fields/title`, { unique: true });
    expect(ok.statusCode, ok.body).toBe(200);
    await expect(insertRecord('positions', { title: 'Engineer' })).rejects.toMatchObject({ code: '23505' });
  });

  it('refuses a new required field over existing records unless it has a default', async () => {
    const body = { name: 'location', type: 'text', required: true };
    const refused = await refusedWithoutChange(() => owner.client.post(`${base}/positions/fields`, body));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details).toEqual({ field: 'location', count: 3 });
    expect((await physical('positions')).fields.map((f) => f.name)).not.toContain('location');
    await created('/positions/fields', { ...body, default: 'Remote' });
    const def = await physical('positions');
    const column = def.fields.find((f) => f.name === 'location')!.column!;
    const values = await sql<{
      v: string;
    }>`select ${sql.raw(`"${column}"`)} as v from ${sql.raw(`"${def.table.schema}"."${def.table.name}"`)}`.execute(
      db(),
    );
    expect(values.rows.map((r) => r.v)).toEqual(['Remote', 'Remote', 'Remote']);
  });

  it('changes a default on the column, for new records only', async () => {
    const res = await owner.client.patch(`${base}/positions/fields/location`, { default: "O'Hare" });
    expect(res.json().default).toBe("O'Hare");
    const def = await physical('positions');
    const column = def.fields.find((f) => f.name === 'location')!.column!;
    const info = (await columnNames(def.table.name)).find((c) => c.column_name === column);
    expect(info?.column_default).toContain("O''Hare");
  });

  it('keeps choices that records hold, and lets unused ones go', async () => {
    const refused = await refusedWithoutChange(() =>
      owner.client.patch(`${base}/positions/fields/status`, { options: ['draft', 'closed'] }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'OPTION_IN_USE',
      details: { options: [{ option: 'open', count: 2 }] },
    });
    const ok = await owner.client.patch(`${base}/positions/fields/status`, {
      options: ['draft', 'open', 'filled'],
    });
    expect(ok.json().options).toEqual(['draft', 'open', 'filled']);
  });

  it('refuses to delete a collection that rules use or links point to, listing them', async () => {
    const res = await refusedWithoutChange(() => owner.client.delete(`${base}/positions`));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('COLLECTION_IN_USE');
    expect(res.json().error.details).toEqual({
      rules: [expect.objectContaining({ id: ids.salaryRule, collection: 'positions' })],
      links: [{ collection: 'candidates', field: 'position', fieldId: ids.position }],
      pages: [],
      dashboards: [],
    });
    expect((await physical('positions')).fields.length).toBeGreaterThan(0);
    const users = await refusedWithoutChange(() => owner.client.delete(`${base}/users`));
    expect(users.statusCode).toBe(409);
    expect(users.json().error.code).toBe('USERS_COLLECTION_MANAGED');
  });

  it('deletes a collection with its table and junction tables, once nothing uses it', async () => {
    // A rule elsewhere on a system field (same id in every collection) does not count.
    const schema = (await loadAppSchema(db(), appId)).schema;
    const mine = toStoredCondition('record.createdBy == user.id', { schema, collection: 'positions' });
    await insertRule(ids.positions!, 'Own positions', mine);
    await created('/candidates/fields', { name: 'referees', type: 'linkUsers' });
    const def = await physical('candidates');
    const junction = def.fields.find((f) => f.name === 'referees')!.junction!.table.name;
    const res = await owner.client.delete(`${base}/candidates`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await columnNames(def.table.name)).toEqual([]);
    expect(await columnNames(junction)).toEqual([]);
    expect((await owner.client.get(`${base}/candidates`)).statusCode).toBe(404);
    const event = await db()
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'app.collection.deleted')
      .executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({ before: { key: 'candidates' } });
  });

  it('deletes the app with its collections, fields and rules, and then its storage', async () => {
    const res = await owner.client.delete(`/api/apps/${appId}`);
    expect(res.statusCode, res.body).toBe(204);
    for (const table of ['collection', 'data_rule'] as const) {
      expect(await db().selectFrom(table).select('id').where('app_id', '=', appId).execute()).toEqual([]);
    }
    expect(await db().selectFrom('collection_field').select('id').execute()).toEqual([]);
    await db()
      .transaction()
      .execute((trx) => dropAppStorage(trx, appId));
    const left = await sql`select 1 from pg_namespace where nspname = ${appSchemaName(appId)}`.execute(db());
    expect(left.rows).toEqual([]);
  });
});
