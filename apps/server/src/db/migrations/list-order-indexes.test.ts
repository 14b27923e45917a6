import { type Kysely, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import * as listOrderIndexes from './0007-list-order-indexes.js';

describeDb('migration 0007: link and creator indexes in list order', (database) => {
  // Every index on a link column or a creator column of the demo app's collections.
  const indexes = async () =>
    (
      await sql<{ indexdef: string }>`
        select indexdef from pg_indexes
        where schemaname like 'app\\_%' and (indexname like 'i\\_%' or indexname ~ '_(created|updated)_by$')
          and tablename like 'c\\_%'`.execute(database().db)
    ).rows.map((r) => r.indexdef);

  // Migrations take an untyped handle: they run against whatever schema the database has then.
  const asMigrationDb = () => database().db as unknown as Kysely<unknown>;

  beforeAll(async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    await seedDemo(app, ctx);
  });

  it('rebuilds the indexes of existing apps both ways', async () => {
    const created = await indexes();
    // Positions and candidates: created_by and updated_by each, hiring manager, position.
    expect(created.length).toBe(6);
    expect(created.every((d) => d.endsWith(', id)'))).toBe(true);

    await listOrderIndexes.down(asMigrationDb());
    const before = await indexes();
    expect(before).toHaveLength(6);
    expect(before.some((d) => d.endsWith(', id)'))).toBe(false);

    await listOrderIndexes.up(asMigrationDb());
    expect((await indexes()).sort()).toEqual(created.sort());
  });
});
