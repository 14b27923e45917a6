import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { makePlatformRole, registerVerifyAndSignIn } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import type { AppContext } from '../../context.js';

describeDb('platform administration: the account list', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let signedIn: TestClient;
  beforeAll(async () => {
    ({ app, ctx } = await createTestApp(database()));
    await app.ready();
    signedIn = new TestClient(app);
    const adminId = await registerVerifyAndSignIn(signedIn, ctx, { email: 'list-admin@example.com' });
    await makePlatformRole(ctx, adminId, 'admin');
    for (const email of ['ann_b@example.com', 'annxb@example.com', 'bob@example.com', 'carl@example.com']) {
      await registerVerifyAndSignIn(new TestClient(app), ctx, { email });
    }
  });

  it('pages through accounts by email, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await signedIn.get(
        `/api/admin/accounts?limit=2${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      );
      expect(page.statusCode).toBe(200);
      const body = page.json() as { items: { email: string }[]; next: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((a) => a.email));
      after = body.next;
    } while (after);
    expect(seen).toEqual([
      'ann_b@example.com',
      'annxb@example.com',
      'bob@example.com',
      'carl@example.com',
      'list-admin@example.com',
    ]);
  });

  it('searches for part of the email, with _ and % taken literally', async () => {
    const emails = async (search: string) => {
      const found = await signedIn.get(`/api/admin/accounts?search=${encodeURIComponent(search)}`);
      expect(found.statusCode).toBe(200);
      return (found.json() as { items: { email: string }[] }).items.map((a) => a.email);
    };
    expect(await emails('ANN')).toEqual(['ann_b@example.com', 'annxb@example.com']);
    expect(await emails('n_b')).toEqual(['ann_b@example.com']);
    expect(await emails('%')).toEqual([]);
  });

  it('is for platform admins only', async () => {
    const outsider = new TestClient(app);
    await registerVerifyAndSignIn(outsider, ctx, { email: 'not-admin@example.com' });
    expect((await outsider.get('/api/admin/accounts')).statusCode).toBe(403);
  });
});
