import { expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness/app.js';
import { TestClient } from '../../../test/harness/client.js';
import { describeDb } from '../../../test/harness/database.js';

const PRESETS = {
  google: { host: 'accounts.google.com' },
  microsoft: { host: 'login.microsoftonline.com' },
  linkedin: { host: 'www.linkedin.com' },
  facebook: { host: 'www.facebook.com' },
} as const;

describeDb('social sign-in presets', (database) => {
  it('turns a preset on with its client id and secret and sends the browser to the provider', async () => {
    const env = Object.fromEntries(
      Object.keys(PRESETS).flatMap((p) => [
        [`${p.toUpperCase()}_CLIENT_ID`, `${p}-client-id`],
        [`${p.toUpperCase()}_CLIENT_SECRET`, `${p}-client-secret`],
      ]),
    );
    const { app } = await createTestApp(database(), { env });
    await app.ready();
    const client = new TestClient(app);
    expect((await client.get('/api/auth/providers')).json().social.sort()).toEqual(
      Object.keys(PRESETS).sort(),
    );
    for (const [provider, { host }] of Object.entries(PRESETS)) {
      const res = await client.post(`/api/auth/sign-in/${provider}`, { callbackURL: '/' });
      expect(res.statusCode, provider).toBe(200);
      const url = new URL(res.json().url);
      expect(url.host, provider).toBe(host);
      expect(url.searchParams.get('client_id')).toBe(`${provider}-client-id`);
      expect(url.searchParams.get('redirect_uri')).toBe(
        `http://localhost:4000/api/auth/callback/${provider}`,
      );
      expect(url.searchParams.get('state')).toBeTruthy();
      expect(res.body).not.toContain(`${provider}-client-secret`);
    }
  });

  it('a provider without credentials is not offered and cannot be started', async () => {
    const { app } = await createTestApp(database());
    await app.ready();
    const client = new TestClient(app);
    expect((await client.get('/api/auth/providers')).json().social).toEqual([]);
    expect((await client.post('/api/auth/sign-in/google', {})).statusCode).toBe(404);
  });
});
