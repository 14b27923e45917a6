import { describe, expect, it } from 'vitest';
import { Api } from './fixtures.js';
import {
  expectAccessible,
  journey,
  lastMailTo,
  linkIn,
  newPage,
  screenshot,
  strongPassword,
} from './harness.js';

const j = journey();

describe('the end-user app', () => {
  it('an app user signs in with the app’s own screen and sees only their pages, sections and rows', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    // The builder sets the app up through the API; the journey is Tom's.
    const builderContext = await j.browser.newContext();
    const builder = Api.of(j.charter, builderContext);
    await builder.signUp('vera@example.com', 'Vera Builder');
    const company = await builder.createCompany('Vera Studio');
    const { app } = await builder.createApp(company.id, 'Field Service');
    const base = `/api/apps/${app.id}`;
    await builder.call('PATCH', base, {
      loginTemplate: {
        title: 'Field Service jobs',
        subtitle: 'Sign in with the account your office gave you.',
        color: 'teal',
      },
    });
    await builder.call('POST', `${base}/collections`, { key: 'jobs', name: 'Jobs' });
    for (const field of [
      { name: 'title', label: 'Job', type: 'text', required: true },
      { name: 'site', label: 'Site', type: 'text' },
      { name: 'status', label: 'Status', type: 'singleSelect', options: ['open', 'done'] },
      { name: 'assignee', label: 'Assignee', type: 'linkUser' },
      { name: 'rate', label: 'Hourly rate', type: 'decimal' },
    ]) {
      await builder.call('POST', `${base}/collections/jobs/fields`, field);
    }
    await builder.call('POST', `${base}/roles`, {
      key: 'technician',
      name: 'Technician',
      rights: ['app.data.read'],
    });
    await builder.call('POST', `${base}/rules`, {
      kind: 'grant',
      name: 'Technicians: their jobs, without the rate',
      collection: 'jobs',
      to: { roles: ['technician'] },
      actions: ['read'],
      condition: 'record.assignee == user.id',
      fields: { read: ['title', 'site', 'status', 'assignee'] },
    });
    const tomSetup = await j.browser.newContext();
    const tom = await Api.of(j.charter, tomSetup).signUp('tom@example.com', 'Tom Technician');
    await tomSetup.close();
    await builder.call('POST', `${base}/users`, { email: 'tom@example.com', roles: ['technician'] });
    for (const [title, status, assignee] of [
      ['Boiler service', 'open', tom.id],
      ['Roof check', 'done', tom.id],
      ['Pump repair', 'open', null],
    ]) {
      await builder.call('POST', `${base}/collections/jobs/records`, {
        values: { title, site: 'Harbour Road 4', status, assignee, rate: 95 },
      });
    }
    const office = await builder.call<{ id: string }>('POST', `${base}/pages`, {
      title: 'Office',
      slug: 'office',
      visibility: { audience: 'internal' },
      sections: [{ kind: 'text', title: 'Budgets', markdown: 'This quarter’s **rates** are up 5%.' }],
    });
    await builder.call('POST', `${base}/pages`, {
      title: 'My jobs',
      slug: 'my-jobs',
      visibility: { audience: 'roles', roles: ['technician'] },
      sections: [
        {
          kind: 'collectionView',
          title: 'Open jobs',
          collection: 'jobs',
          fields: ['title', 'site', 'status', 'rate'],
          filter: 'record.status == "open"',
        },
        {
          kind: 'text',
          title: 'If you are stuck',
          markdown: 'Call the office: **0800 123**. <b>never bold</b>',
        },
        { kind: 'links', title: 'More', links: [{ label: 'Office', page: office.id }] },
      ],
    });
    await builderContext.close();

    // Tom opens the app's address and gets the app's own sign-in screen.
    await page.goto('/a/field-service');
    await page.getByRole('heading', { name: 'Field Service jobs' }).waitFor();
    await page.getByText('Sign in with the account your office gave you.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'end-user-sign-in');
    await page.getByLabel('Email').fill('tom@example.com');
    await page.getByRole('textbox', { name: 'Password' }).fill(strongPassword('tom@example.com'));
    await page.getByRole('button', { name: 'Sign in' }).click();

    // He lands on his first page; the office's page is nowhere, not even its name.
    await page.getByRole('heading', { name: 'My jobs', level: 1 }).waitFor();
    expect(page.url()).toContain('/a/field-service/my-jobs');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await pages.getByRole('link', { name: 'My jobs' }).waitFor();
    expect(await page.getByText('Office', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Office' }).count()).toBe(0);
    // Its only link led to the office's page: the list of links is left out with it.
    expect(await page.getByRole('heading', { name: 'More' }).count()).toBe(0);

    // The view lists his open jobs only, without the rate his rule does not let him read.
    const table = page.getByRole('table', { name: 'Open jobs' });
    await table.getByRole('cell', { name: 'Boiler service' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await table.getByText('Roof check').count()).toBe(0);
    expect(await table.getByText('Pump repair').count()).toBe(0);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Job', 'Site', 'Status']);
    expect(await page.getByText('Hourly rate').count()).toBe(0);
    expect(await page.getByText('95').count()).toBe(0);

    // Markdown is rendered, HTML in it is not.
    await page.getByText('0800 123').waitFor();
    expect(await page.locator('b', { hasText: 'never bold' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'end-user-my-jobs');

    // A page he may not see is not found, even by its address.
    await page.goto('/a/field-service/office');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.getByText('Budgets').count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Field Service jobs' }).waitFor();
    await page.getByText('You are signed out').waitFor();
    await context.close();
  });

  it('a client registers through the app’s own form, confirms the address and lands in the app', async () => {
    const builderContext = await j.browser.newContext();
    const builder = Api.of(j.charter, builderContext);
    await builder.signIn('vera@example.com');
    const { items } = await builder.call<{ items: { id: string; slug: string }[] }>('GET', '/api/apps');
    const app = items.find((a) => a.slug === 'field-service')!;
    const base = `/api/apps/${app.id}`;
    await builder.call('PATCH', base, { registration: 'open' });
    await builder.call('POST', `${base}/attributes`, { key: 'company', name: 'Company', type: 'text' });
    await builder.call('PUT', `${base}/register-form`, {
      fields: [{ attribute: 'company', label: 'Your company', required: true }],
    });
    await builder.call('POST', `${base}/pages`, {
      title: 'Welcome',
      slug: 'welcome',
      visibility: { audience: 'external' },
      sections: [{ kind: 'text', title: 'Thanks for registering', markdown: 'We will be in touch.' }],
    });
    await builderContext.close();

    const { page, context } = await newPage(j.browser, j.charter);
    await page.goto('/a/field-service/sign-in');
    await page.getByRole('link', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Register for Field Service' }).waitFor();
    await page.getByLabel('Name').fill('Carla Client');
    await page.getByLabel('Email').fill('carla@example.com');
    await page.getByRole('textbox', { name: 'Password' }).fill(strongPassword('carla'));
    // The app's own question is required: leaving it empty is refused at the field.
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByText('Is required').waitFor();
    await page.getByLabel('Your company').fill('Harbour Works');
    await expectAccessible(page);
    await screenshot(page, 'end-user-register');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    await page.goto(linkIn((await lastMailTo(j.charter, 'carla@example.com')).text));
    await page.getByText('Your address is confirmed').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Field Service jobs' }).waitFor();
    await page.getByLabel('Email').fill('carla@example.com');
    await page.getByRole('textbox', { name: 'Password' }).fill(strongPassword('carla'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome', level: 1 }).waitFor();
    expect(page.url()).toContain('/a/field-service/welcome');
    expect(await page.getByRole('link', { name: 'My jobs' }).count()).toBe(0);
    await context.close();
  });
});
