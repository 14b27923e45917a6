import { describe, expect, it } from 'vitest';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot } from './harness.js';

const j = journey();

describe('viewing the app as another user', () => {
  it('every screen carries the banner, closed screens explain why, and stopping returns the builder', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    const api = Api.of(j.charter, context);
    await api.signUp('vera@example.com', 'Vera Builder');
    const company = await api.createCompany('Vera Studio');
    const { app } = await api.createApp(company.id, 'Field Service');
    await api.call('POST', `/api/apps/${app.id}/users/create`, {
      email: 'tom@example.com',
      name: 'Tom Technician',
      roles: ['user'],
    });
    await api.call('POST', `/api/apps/${app.id}/access/view-as`, {
      user: 'tom@example.com',
      reason: 'Checking what technicians see',
    });

    await page.goto(`/apps/${app.id}`);
    const banner = page.getByRole('status', { name: 'Viewing as another user' });
    await banner.getByText('Tom Technician', { exact: true }).waitFor();
    await banner.getByText('Checking what technicians see', { exact: false }).waitFor();
    // The app's overview answers as Tom: his role, not the builder's.
    await page.getByRole('heading', { name: 'Field Service' }).waitFor();
    await page.getByText('user', { exact: true }).waitFor();
    expect(await page.getByText('Company owner').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'view-as-app');

    // Anything outside the app's data is closed, and says so.
    await page.goto('/');
    await page.getByText('Closed while you view the app as another user').first().waitFor();
    await screenshot(page, 'view-as-closed');

    await banner.getByRole('button', { name: 'Stop viewing as Tom Technician' }).click();
    await page.getByRole('heading', { name: 'Welcome, Vera Builder' }).waitFor();
    expect(await banner.count()).toBe(0);
    await context.close();
  });
});
