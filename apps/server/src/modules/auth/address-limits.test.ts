import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { strongPassword } from '../../../test/harness/accounts.js';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';

// The per-address limits come from configuration, and the public URL from HOST.
describeDb('configured per-address limits and the listening address', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await createTestApp(database(), {
      env: {
        HOST: '127.0.0.1',
        PORT: '4000',
        CHARTER_RATE_LIMIT_LOGIN: '3',
        CHARTER_RATE_LIMIT_REGISTER: '2',
        CHARTER_RATE_LIMIT_PASSWORD_CHECK: '3',
      },
    }));
    await app.ready();
  });

  it('refuses the sign-in past CHARTER_RATE_LIMIT_LOGIN from one address, whatever the email', async () => {
    const browser = new TestClient(app, 'http://127.0.0.1:4000');
    const statuses: number[] = [];
    for (const who of ['a', 'b', 'c', 'd']) {
      const res = await browser.post('/api/auth/login', { email: `${who}@limits.test`, password: 'not it' });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().error.code).toBe('RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('refuses the registration past CHARTER_RATE_LIMIT_REGISTER, from a form on http://127.0.0.1', async () => {
    const browser = new TestClient(app, 'http://127.0.0.1:4000');
    const register = (who: string) =>
      browser.post('/api/auth/register', {
        email: `${who}@limits.test`,
        password: strongPassword(who),
        name: who,
      });
    expect((await register('one')).statusCode).toBe(202);
    expect((await register('two')).statusCode).toBe(202);
    const third = await register('three');
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('RATE_LIMITED');
  });

  it('refuses password checks past CHARTER_RATE_LIMIT_PASSWORD_CHECK from one address', async () => {
    const browser = new TestClient(app, 'http://127.0.0.1:4000');
    const statuses: number[] = [];
    for (const seed of ['a', 'b', 'c', 'd']) {
      const res = await browser.post('/api/auth/password/check', { password: strongPassword(seed) });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('names the origin it got and the one it expects when a form comes from elsewhere', async () => {
    const elsewhere = new TestClient(app, 'http://192.168.1.20:4000');
    const res = await elsewhere.post('/api/auth/login', { email: 'x@limits.test', password: 'not it' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'CSRF_ORIGIN_MISMATCH',
      details: {
        origin: 'http://192.168.1.20:4000',
        expected: expect.arrayContaining(['http://127.0.0.1:4000']),
        variables: ['CHARTER_PUBLIC_URL', 'CHARTER_TRUSTED_ORIGINS'],
      },
    });
    expect(res.json().error.message).toMatch(/http:\/\/192\.168\.1\.20:4000.*CHARTER_PUBLIC_URL/);
  });
});
