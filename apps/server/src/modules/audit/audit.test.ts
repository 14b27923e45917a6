import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestApp, createTestContext } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';
import { recordAuditEvent, withoutSecrets } from './audit.service.js';

describe('withoutSecrets', () => {
  it('drops credential-like keys at any depth and keeps the rest', () => {
    expect(
      withoutSecrets({
        email: 'a@b.c',
        password: 'x',
        nested: { apiToken: 't', keep: 1, list: [{ secret: 's', ok: true }] },
      }),
    ).toEqual({ email: 'a@b.c', nested: { keep: 1, list: [{ ok: true }] } });
  });
});

describeDb('the audit log', (database, backend) => {
  it('is append-only: the database refuses to change or delete an entry', async () => {
    const ctx = createTestContext(database());
    await recordAuditEvent(ctx, {
      action: 'test.event',
      outcome: 'success',
      details: { password: 'p', n: 1 },
    });
    const row = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'test.event')
      .executeTakeFirstOrThrow();
    expect(row.details).toEqual({ n: 1 });
    await expect(sql`update audit_event set action = 'forged'`.execute(ctx.database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_event`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
    const count = await ctx.database.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThanOrEqual(1);
    void backend;
  });

  it('records where a request came from, ignoring X-Forwarded-For unless the proxy is trusted', async () => {
    const { app, ctx } = await createTestApp(database());
    await app.ready();
    await new TestClient(app).post(
      '/api/auth/login',
      { email: 'spoof@example.com', password: 'Lantern orbit spoof velvet 9' },
      {
        'x-forwarded-for': '203.0.113.7',
        'user-agent': 'audit-test/1.0',
      },
    );
    const untrusted = await ctx.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('subject_email', '=', 'spoof@example.com')
      .executeTakeFirstOrThrow();
    expect(untrusted).toMatchObject({
      action: 'auth.login',
      outcome: 'failure',
      ip_address: '127.0.0.1',
      user_agent: 'audit-test/1.0',
    });
    expect(untrusted.request_id).toEqual(expect.any(String));

    const behindProxy = await createTestApp(database(), { env: { CHARTER_TRUSTED_PROXIES: '127.0.0.1' } });
    await behindProxy.app.ready();
    await new TestClient(behindProxy.app).post(
      '/api/auth/login',
      { email: 'proxied@example.com', password: 'Lantern orbit proxied velvet 9' },
      { 'x-forwarded-for': '203.0.113.7' },
    );
    const trusted = await ctx.database.db
      .selectFrom('audit_event')
      .select('ip_address')
      .where('subject_email', '=', 'proxied@example.com')
      .executeTakeFirstOrThrow();
    expect(trusted.ip_address).toBe('203.0.113.7');
  });
});
