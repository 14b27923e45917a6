import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { describeDb } from '../../../test/harness/database.js';
import { insertMember, type Person, signUp } from '../../../test/harness/tenants.js';
import type { AppContext } from '../../context.js';

// On PostgreSQL the two requests really run at once (separate pooled connections); the company
// row lock is what keeps the invariant. On PGlite they serialise, and the invariant must hold too.
describeDb('ownership under concurrency', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let a: Person;
  let b: Person;

  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    a = await signUp(app, ctx, 'a@race.test', 'Owner A');
    b = await signUp(app, ctx, 'b@race.test', 'Owner B');
  });

  it('two owners demoting each other at once always leave at least one owner', async () => {
    for (let round = 0; round < 8; round++) {
      const companyId = (await a.client.post('/api/companies', { name: `Race ${round}` })).json()
        .id as string;
      await insertMember(ctx, companyId, b.accountId, [], true);
      const [byA, byB] = await Promise.all([
        a.client.put(`/api/companies/${companyId}/members/${b.accountId}/ownership`, { owner: false }),
        b.client.put(`/api/companies/${companyId}/members/${a.accountId}/ownership`, { owner: false }),
      ]);
      const owners = await ctx.database.db
        .selectFrom('company_member')
        .select('account_id')
        .where('company_id', '=', companyId)
        .where('is_owner', '=', true)
        .execute();
      expect(owners, `round ${round}`).toHaveLength(1);
      expect([byA.statusCode, byB.statusCode].sort(), `round ${round}`).toEqual([200, 403]);
    }
  });

  it('two owners leaving at once leave one owner behind', async () => {
    const companyId = (await a.client.post('/api/companies', { name: 'Exodus' })).json().id as string;
    await insertMember(ctx, companyId, b.accountId, [], true);
    const results = await Promise.all([
      a.client.post(`/api/companies/${companyId}/leave`),
      b.client.post(`/api/companies/${companyId}/leave`),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    const owners = await ctx.database.db
      .selectFrom('company_member')
      .select('account_id')
      .where('company_id', '=', companyId)
      .execute();
    expect(owners).toHaveLength(1);
  });
});
