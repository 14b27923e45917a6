import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { appSchemaName } from '../data-model/storage-names.js';

describeDb('an application’s storage follows its lifecycle', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let companyId: string;

  const schemaExists = async (appId: string) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.schemata where schema_name = ${appSchemaName(appId)}`.execute(
        ctx.database.db,
      )
    ).rows[0]?.n === 1;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'builder@storage.test', 'Bea Builder');
    companyId = (await owner.client.post('/api/companies', { name: 'Storage Co' })).json().id;
  });

  it('creating an app creates its schema and its users collection, with the creator in it', async () => {
    const created = await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'Recruiting' });
    expect(created.statusCode).toBe(201);
    const appId = created.json().app?.id ?? created.json().id;
    expect(await schemaExists(appId)).toBe(true);
    const collections = (await owner.client.get(`/api/apps/${appId}/collections`)).json().items;
    const users = collections.find((c: { key: string }) => c.key === 'users');
    expect(users).toMatchObject({ key: 'users', system: 'users' });
    const rows = await sql<{
      id: string;
      email: string;
    }>`select id, email from ${sql.id(appSchemaName(appId), 'users')}`.execute(ctx.database.db);
    expect(rows.rows).toEqual([{ id: owner.accountId, email: 'builder@storage.test' }]);

    // A new user attribute becomes a column of the users collection at once.
    const attr = await owner.client.post(`/api/apps/${appId}/attributes`, {
      key: 'department',
      name: 'Department',
      type: 'text',
    });
    expect(attr.statusCode).toBe(201);
    await ctx.database.db
      .updateTable('app_user')
      .set({ attributes: JSON.stringify({ department: 'Engineering' }) })
      .where('app_id', '=', appId)
      .execute();
    const { schema } = await loadAppSchema(ctx.database.db, appId);
    const department = schema.collections.users?.fields.find((f) => f.name === 'department');
    expect(department?.type).toBe('text');
    const withDept = await sql<{
      v: string;
    }>`select ${sql.ref(department!.column ?? '')} as v from ${sql.id(appSchemaName(appId), 'users')}`.execute(
      ctx.database.db,
    );
    expect(withDept.rows).toEqual([{ v: 'Engineering' }]);

    const deleted = await owner.client.request('DELETE', `/api/apps/${appId}`);
    expect(deleted.statusCode).toBe(204);
    expect(await schemaExists(appId)).toBe(false);
  });
});
