import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import type pg from 'pg';
import { expect, inject, it } from 'vitest';
import { describeDb } from '../../test/harness/database.js';
import { fromPglite, openPostgres } from './database.js';

// A pool (any of its connections) or one checked-out connection.
const randomPageCost = async (session: Pick<pg.Pool, 'query'> | pg.PoolClient) =>
  (await session.query<{ random_page_cost: string }>('show random_page_cost')).rows[0]?.random_page_cost;

describeDb('database sessions', (database, backend) => {
  it('price a random page read at 1.1 on every connection of the pool', async () => {
    // On PostgreSQL, two connections at once: the second is a new session, set up on its own.
    // PGlite has a single connection.
    const count = backend === 'postgres' ? 2 : 1;
    const clients = await Promise.all(Array.from({ length: count }, () => database().pool.connect()));
    try {
      for (const client of clients) {
        expect(await randomPageCost(client)).toBe('1.1');
      }
    } finally {
      for (const client of clients) client.release();
    }
  });

  it('leave the server its own setting when asked', async () => {
    const own =
      backend === 'pglite'
        ? await fromPglite(new PGlite(), 'settings test', undefined, { randomPageCost: null })
        : openPostgres(inject('postgresTemplate')!.url, 1, { randomPageCost: null });
    try {
      expect(await randomPageCost(own.pool)).toBe('4');
    } finally {
      await own.close();
    }
  });

  // The shape of "positions I manage, in id order": each manager has 5% of the rows, spread
  // through the table; ids rise in insertion order, as uuid v7 ids do. 30,000 rows, so that
  // ANALYZE reads them all and the statistics, hence the plans, are the same on every run.
  it('read the (link, id) index for a rule on a link, where the default walks the primary key', async () => {
    const db = database().db;
    await sql`create table plan_probe (id uuid primary key, n int, title text, manager uuid)`.execute(db);
    await sql`
      insert into plan_probe (id, n, title, manager)
      select ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, n, 'Position ' || n,
        ('00000000-0000-0000-0000-0000000000' || lpad(((hashint4(n) & 2147483647) % 20)::text, 2, '0'))::uuid
      from generate_series(1, 30000) n`.execute(db);
    await sql`create index plan_probe_manager on plan_probe (manager, id)`.execute(db);
    await sql`analyze plan_probe`.execute(db);

    const client = await database().pool.connect();
    const planOf = async () =>
      JSON.stringify(
        (
          await client.query(
            `explain (format json) select id, title from plan_probe
             where manager = '00000000-0000-0000-0000-000000000007' order by id limit 51`,
          )
        ).rows[0]['QUERY PLAN'],
      );
    try {
      expect(await planOf()).toContain('"Index Name":"plan_probe_manager"');
      // The control: at the server's default the planner walks the primary key and filters.
      await client.query('set random_page_cost = 4');
      const plan = await planOf();
      expect(plan).toContain('"Index Name":"plan_probe_pkey"');
      expect(plan).not.toContain('plan_probe_manager');
    } finally {
      await client.query('reset random_page_cost');
      client.release();
    }
  });
});
