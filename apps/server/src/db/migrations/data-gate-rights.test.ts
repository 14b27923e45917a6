import { type Kysely, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { seedDemo } from '../../cli/demo.js';
import * as dataGateRights from './0008-data-gate-rights.js';

describeDb('migration 0008: every existing role gets the data gate rights', (database) => {
  const roles = async () =>
    (
      await sql<{ key: string; rights: string[] }>`select key, rights from app_role order by key`.execute(
        database().db,
      )
    ).rows;
  const policyVersion = async () =>
    (await sql<{ v: string }>`select policy_version as v from application`.execute(database().db)).rows[0]?.v;
  const asMigrationDb = () => database().db as unknown as Kysely<unknown>;

  beforeAll(async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    await seedDemo(app, ctx);
  });

  it('adds app.data.read and app.data.edit to roles stored before the gate, keeping their other rights', async () => {
    // The roles as an app made before the gate stored them: no data rights, one with another right.
    await sql`update app_role set rights = '{}'`.execute(database().db);
    await sql`update app_role set rights = '{app.media.read}' where key = 'interviewer'`.execute(
      database().db,
    );
    const before = Number(await policyVersion());

    await dataGateRights.up(asMigrationDb());

    const after = await roles();
    expect(after.map((r) => r.key)).toEqual(['hiring_manager', 'interviewer', 'team_admin', 'user']);
    for (const role of after)
      expect(role.rights).toEqual(expect.arrayContaining(['app.data.read', 'app.data.edit']));
    expect(after.find((r) => r.key === 'interviewer')?.rights.sort()).toEqual([
      'app.data.edit',
      'app.data.read',
      'app.media.read',
    ]);
    expect(after.find((r) => r.key === 'user')?.rights).toHaveLength(2);
    expect(Number(await policyVersion())).toBe(before + 1);

    // Run again, nothing changes: not even the policy version.
    await dataGateRights.up(asMigrationDb());
    expect(await roles()).toEqual(after);
    expect(Number(await policyVersion())).toBe(before + 1);
  });
});
