import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertCompany, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';
import { loadAppSchema } from '../data-model/app-schema.js';
import { provisionAppStorage } from './app-storage.js';

// A default travels as an escaped literal in DDL; PostgreSQL must give back exactly the value given.
describeDb('field defaults on real columns', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let owner: Person;
  let appId: string;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    owner = await signUp(app, ctx, 'owner@defaults.test');
    const companyId = await insertCompany(ctx, 'Acme', owner.accountId);
    appId = (await owner.client.post(`/api/companies/${companyId}/apps`, { name: 'HR' })).json().app.id;
    await ctx.database.db.transaction().execute((trx) => provisionAppStorage(trx, appId));
  });

  it('fills every type of default into a new record exactly', async () => {
    const base = `/api/apps/${appId}/collections`;
    expect((await owner.client.post(base, { key: 'things', name: 'Things' })).statusCode).toBe(201);
    const defaults: [string, object, unknown][] = [
      ['note', { type: 'text' }, "It's C:\\temp\\new — ok"],
      ['body', { type: 'longText' }, 'line one\nline two'],
      ['contact', { type: 'email' }, 'hr@example.org'],
      ['site', { type: 'url' }, 'https://example.org/?q=1&r=2'],
      ['count', { type: 'integer' }, -7],
      ['ratio', { type: 'decimal' }, 0.1],
      ['active', { type: 'boolean' }, false],
      ['day', { type: 'date' }, '2024-02-29'],
      ['at', { type: 'datetime' }, '2024-02-29T12:00:00Z'],
      ['level', { type: 'singleSelect', options: ['low', "it's high"] }, "it's high"],
      ['tags', { type: 'multiSelect', options: ['a', 'b\\c'] }, ['b\\c', 'a']],
      ['meta', { type: 'json' }, { quote: "'", list: [1, null, true] }],
    ];
    for (const [name, spec, value] of defaults) {
      const res = await owner.client.post(`${base}/things/fields`, { name, ...spec, default: value });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().default).toEqual(value);
    }
    const table = (await loadAppSchema(ctx.database.db, appId)).schema.collections.things!;
    const columns = table.fields.filter((f) => !f.system).map((f) => `"${f.column}" as "${f.name}"`);
    const ref = sql.raw(`"${table.table.schema}"."${table.table.name}"`);
    await sql`insert into ${ref} default values`.execute(ctx.database.db);
    const row = (
      await sql<Record<string, unknown>>`select ${sql.raw(columns.join(', '))} from ${ref}`.execute(
        ctx.database.db,
      )
    ).rows[0]!;
    expect({ ...row, count: Number(row.count), day: undefined, at: (row.at as Date).toISOString() }).toEqual({
      ...Object.fromEntries(defaults.map(([name, , value]) => [name, value])),
      day: undefined,
      at: '2024-02-29T12:00:00.000Z',
    });
    const day = await sql<{
      day: string;
    }>`select ${sql.raw(`"${table.fields.find((f) => f.name === 'day')!.column}"::text`)} as day from ${ref}`.execute(
      ctx.database.db,
    );
    expect(day.rows[0]?.day).toBe('2024-02-29');
  });
});
