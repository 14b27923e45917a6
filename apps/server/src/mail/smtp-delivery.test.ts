import { afterAll, beforeAll, expect, it } from 'vitest';
import { pathOf, strongPassword } from '../../test/harness/accounts.js';
import { createTestApp, LogCapture } from '../../test/harness/app.js';
import { TestClient } from '../../test/harness/client.js';
import { describeDb } from '../../test/harness/database.js';
import { type MailCatcher, startMailCatcher } from '../../test/harness/mail-catcher.js';

describeDb('mail over SMTP', (database) => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
  });
  afterAll(async () => {
    await catcher.close();
  });

  it('delivers the confirmation mail over a real SMTP exchange, and its link works', async () => {
    const logs = new LogCapture();
    const { app, ctx } = await createTestApp(database(), {
      env: { SMTP_URL: catcher.url, MAIL_FROM: 'Charter <no-reply@charter.test>' },
      logs,
    });
    await app.ready();
    const client = new TestClient(app);
    await client.post('/api/auth/register', {
      email: 'smtp@example.com',
      password: strongPassword('smtp'),
      name: 'Sam',
    });
    const mail = await catcher.waitFor((m) => m.to.includes('smtp@example.com'), 10_000);
    expect(mail.from).toContain('no-reply@charter.test');
    expect(mail.subject).toBe('Confirm your email address');
    const link = mail.links.find((l) => l.includes('/api/auth/verify-email?token='));
    expect(link).toBeDefined();
    expect((await client.get(pathOf(link!))).statusCode).toBe(200);
    const login = await client.post('/api/auth/login', {
      email: 'smtp@example.com',
      password: strongPassword('smtp'),
    });
    expect(login.statusCode).toBe(200);

    await ctx.mailer.flush();
    const row = await ctx.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'smtp@example.com')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    const token = new URL(link!).searchParams.get('token')!;
    expect(logs.lines.join('\n')).not.toContain(token);
  });

  it('keeps a mail pending for retry when the SMTP server refuses the connection', async () => {
    const { app, ctx } = await createTestApp(database(), { env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
    await app.ready();
    await new TestClient(app).post('/api/auth/password/forgot', { email: 'smtp@example.com' });
    await ctx.mailer.flush();
    const row = await ctx.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('kind', '=', 'reset-password')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/ECONNREFUSED/);
  });
});
