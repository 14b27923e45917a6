import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/harness/database.js';
import { LISTENER_NAME } from './change-feed.js';
import { ReadCache } from './read-cache.js';

const reported: unknown[] = [];

describeDb('access change feed', (database, backend) => {
  const changes = () => database().changes;
  let companyId: string;

  beforeAll(async () => {
    await changes().start((error) => reported.push(error));
    companyId = randomUUID();
    await sql`insert into company (id, name) values (${companyId}, 'Feed Test Ltd')`.execute(database().db);
    await changes().settle();
  });
  afterAll(async () => {
    await database().db.deleteFrom('company').where('id', '=', companyId).execute();
  });

  it('is live once started', () => {
    expect(changes().live).toBe(true);
    expect(reported).toEqual([]);
  });

  it('moves on a committed change to an access table, whoever makes it', async () => {
    const before = changes().epoch;
    await sql`update company set name = 'Feed Test Group' where id = ${companyId}`.execute(database().db);
    await changes().settle();
    expect(changes().epoch).toBeGreaterThan(before);
  });

  it('stays put for tables that decide nothing about access, and for a rolled-back change', async () => {
    const before = changes().epoch;
    await sql`insert into audit_event (action, outcome) values ('feed.test', 'success')`.execute(
      database().db,
    );
    await database()
      .db.transaction()
      .execute(async (trx) => {
        await sql`update company set name = 'Never Ltd' where id = ${companyId}`.execute(trx);
        throw new Error('roll back');
      })
      .catch(() => {});
    await changes().settle();
    expect(changes().epoch).toBe(before);
  });

  it('drops cached reads on a change, and refuses to keep a read that a change overtook', async () => {
    const cache = new ReadCache<string>(changes());
    await cache.read('k', async () => 'first');
    expect(cache.get('k')).toBe('first');

    await sql`update company set mfa_required = true where id = ${companyId}`.execute(database().db);
    await changes().settle();
    expect(cache.get('k')).toBeUndefined();

    const ticket = cache.ticket();
    await sql`update company set mfa_required = false where id = ${companyId}`.execute(database().db);
    await changes().settle();
    cache.store('k', 'read before the change', ticket);
    expect(cache.get('k')).toBeUndefined();
    expect(await cache.read('k', async () => 'fresh')).toBe('fresh');
    expect(cache.get('k')).toBe('fresh');
  });

  if (backend === 'postgres') {
    it('goes dark when its connection is cut, serves nothing cached meanwhile, and comes back', async () => {
      const cache = new ReadCache<string>(changes());
      await cache.read('k', async () => 'cached');
      expect(cache.get('k')).toBe('cached');
      await sql`
        select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and application_name = ${LISTENER_NAME}`.execute(database().db);
      const deadline = Date.now() + 5_000;
      while (changes().live && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(changes().live).toBe(false);
      expect(cache.get('k')).toBeUndefined();
      expect(reported.length).toBeGreaterThan(0); // it said why it went dark
      // A change made meanwhile does not wait out this node's own lease: its cache is already void.
      const started = performance.now();
      await sql`update company set name = 'Feed Test While Dark' where id = ${companyId}`.execute(
        database().db,
      );
      await changes().settle();
      expect(performance.now() - started).toBeLessThan(1_000);
      while (!changes().live && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 50));
      expect(changes().live).toBe(true);
      expect(cache.get('k')).toBeUndefined(); // nothing from before the gap survives it
      const before = changes().epoch;
      await sql`update company set name = 'Feed Test Again' where id = ${companyId}`.execute(database().db);
      await changes().settle();
      expect(changes().epoch).toBeGreaterThan(before);
    });
  }
});
