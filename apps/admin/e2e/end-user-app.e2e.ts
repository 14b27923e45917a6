import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { createIdentityProvider } from '../../server/src/modules/auth/identity-providers.js';
import { Api } from './fixtures.js';
import {
  type Charter,
  expectAccessible,
  journey,
  lastMailTo,
  linkIn,
  newPage,
  screenshot,
  startCharter,
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
    // Clients may ask for a visit and never read the requests back; the office sets the priority.
    await builder.call('POST', `${base}/collections`, { key: 'requests', name: 'Requests' });
    for (const field of [
      { name: 'summary', label: 'What needs doing', type: 'text', required: true },
      { name: 'address', label: 'Address', type: 'text' },
      { name: 'priority', label: 'Priority', type: 'singleSelect', options: ['low', 'high'] },
    ]) {
      await builder.call('POST', `${base}/collections/requests/fields`, field);
    }
    await builder.call('POST', `${base}/rules`, {
      kind: 'grant',
      name: 'Clients ask for visits',
      collection: 'requests',
      to: { audience: 'external' },
      actions: ['create'],
      condition: 'true',
      fields: { create: ['summary', 'address'] },
    });
    await builder.call('POST', `${base}/pages`, {
      title: 'Welcome',
      slug: 'welcome',
      visibility: { audience: 'external' },
      sections: [
        { kind: 'text', title: 'Thanks for registering', markdown: 'We will be in touch.' },
        { kind: 'recordView', title: 'Request a visit', collection: 'requests', mode: 'create' },
      ],
    });

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

    // Her form offers what she may set on a request, which she may never read back: not the priority.
    const form = page.getByRole('region', { name: 'Request a visit' });
    await form.getByRole('textbox', { name: 'What needs doing' }).fill('Leaking boiler');
    await form.getByRole('textbox', { name: 'Address' }).fill('Quay 7');
    expect(await form.getByText('Priority').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'end-user-create-only-form');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByText('Your record is in Requests. You may not read it here.').waitFor();
    const stored = await builder.call<{ items: { summary: string; address: string; priority: unknown }[] }>(
      'GET',
      `${base}/collections/requests/records`,
    );
    expect(stored.items).toEqual([expect.objectContaining({ summary: 'Leaking boiler', address: 'Quay 7' })]);
    await builderContext.close();
    await context.close();
  });
});

// The recruitment demo, with its record pages: a list's rows open a record, and what a person sees
// and may change there is what the records API gives them.
describe('record views and the sign-in screen in the recruitment demo', () => {
  let demo: Charter;
  const LOGO = 'https://cdn.acme-talent.example/logo.png';
  // A 1×1 indigo PNG: the logo's address is served by the test, not the network.
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPj/HwAFBQIBXs2hRQAAAABJRU5ErkJggg==',
    'base64',
  );
  beforeAll(async () => {
    demo = await startCharter(async (app, ctx) => {
      await seedDemo(app, ctx);
      const company = await ctx.database.db.selectFrom('company').select('id').executeTakeFirstOrThrow();
      // The company's own identity provider: a way to sign in the Recruiting app may offer.
      await createIdentityProvider(ctx, {
        companyId: company.id,
        providerId: 'acme-sso',
        displayName: 'Acme SSO',
        issuer: 'https://sso.acme-talent.example',
        clientId: 'recruiting',
        clientSecret: 'not-used-here',
      });
    });
  });
  afterAll(async () => {
    await demo?.stop();
  });

  const person = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!;
  async function open(width = 1280) {
    const opened = await newPage(j.browser, demo, width);
    await opened.page.route(LOGO, (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
    return opened;
  }
  async function signIn(page: Page, key: string) {
    await page.goto('/a/recruiting');
    await page.getByRole('heading', { name: 'Acme Talent recruiting' }).waitFor();
    await page.getByLabel('Email').fill(person(key).email);
    await page.getByRole('textbox', { name: 'Password' }).fill(person(key).password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Positions', level: 1 }).waitFor();
  }

  it('a builder gives the sign-in screen a logo and the company’s SSO, and the screen shows exactly those', async () => {
    const { page, context } = await open();
    const tessa = Api.of(demo, context);
    await tessa.signIn(person('tessa').email, person('tessa').password);
    const { items } = await tessa.call<{ items: { id: string; name: string }[] }>('GET', '/api/apps');
    const appId = items.find((a) => a.name === 'Recruiting')!.id;
    await page.goto(`/apps/${appId}/settings`);
    const card = page.getByRole('region', { name: 'Sign-in screen' });
    await card.getByLabel('Logo address').fill('http://cdn.acme-talent.example/logo.png');
    await card.getByRole('checkbox', { name: 'Acme SSO' }).check();
    await card.getByRole('button', { name: 'Save sign-in screen' }).click();
    // Only https: the API refuses it at the field, and nothing is stored.
    await card.getByText('Expected an https:// image address, or nothing').waitFor();
    await card.getByLabel('Logo address').fill(LOGO);
    await card.getByRole('button', { name: 'Save sign-in screen' }).click();
    await page.getByText('Sign-in screen saved').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'settings-sign-in-screen');
    await context.close();

    for (const width of [1280, 390]) {
      const visitor = await open(width);
      await visitor.page.goto('/a/recruiting');
      const logo = visitor.page.getByRole('img', { name: 'Recruiting' });
      await logo.waitFor();
      expect(await logo.getAttribute('src')).toBe(LOGO);
      expect(await logo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
      await visitor.page.getByRole('button', { name: 'Continue with Acme SSO' }).waitFor();
      await visitor.page.getByRole('textbox', { name: 'Password' }).waitFor();
      // Google and the others are not configured on this server: never offered.
      expect(await visitor.page.getByRole('button', { name: /^Continue with/ }).count()).toBe(1);
      await expectAccessible(visitor.page);
      await screenshot(visitor.page, `end-user-sign-in-logo-${width}`);
      await visitor.context.close();
    }
  });

  it('Andy opens a position from the list, edits it, and the list shows the change', async () => {
    const { page, context } = await open();
    await signIn(page, 'andy');
    // The record pages are reached from the lists, not from the navigation.
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Positions', 'Candidates']);

    await page
      .getByRole('table', { name: 'Positions' })
      .getByRole('link', { name: 'Frontend Engineer' })
      .click();
    await page.getByRole('heading', { name: 'Position', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/a\/recruiting\/position\?record=[0-9a-f-]{36}$/);
    await page.getByText('78,000').waitFor();
    await screenshot(page, 'end-user-position-andy');

    await page.getByRole('link', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit Frontend Engineer' });
    await form.waitFor();
    // He may write every field of his position: each one is an input.
    for (const label of ['Title', 'Department', 'Status', 'Salary (EUR)']) {
      expect(await form.getByLabel(label).count(), label).toBeGreaterThan(0);
    }
    await form.getByLabel('Title').fill('Frontend Engineer (React)');
    await expectAccessible(page);
    await screenshot(page, 'end-user-edit-position-andy');
    await form.getByRole('button', { name: 'Save' }).click();
    // Saved through the records API, then back on the record.
    await page.getByRole('heading', { name: 'Position', level: 1 }).waitFor();
    await page.getByText('Frontend Engineer (React)').first().waitFor();

    await nav.getByRole('link', { name: 'Positions' }).click();
    const table = page.getByRole('table', { name: 'Positions' });
    await table.getByRole('link', { name: 'Frontend Engineer (React)' }).waitFor();
    expect(await table.getByRole('link', { name: 'Frontend Engineer', exact: true }).count()).toBe(0);
    await context.close();

    // On a phone the list is cards, not a table that scrolls sideways, and still opens a record.
    const phone = await open(390);
    await signIn(phone.page, 'andy');
    const list = phone.page.getByRole('list', { name: 'Positions' });
    await list.getByRole('link', { name: 'Product Designer' }).waitFor();
    expect(await phone.page.getByRole('table').count()).toBe(0);
    expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectAccessible(phone.page);
    await screenshot(phone.page, 'end-user-positions-andy-390');
    await list.getByRole('link', { name: 'Product Designer' }).click();
    await phone.page.getByRole('heading', { name: 'Position', level: 1 }).waitFor();
    await phone.page.getByText('72,000').waitFor();
    await screenshot(phone.page, 'end-user-position-andy-390');
    await phone.context.close();
  });

  it('Melissa sees no field her rules hide and gets an input only for what she may write', async () => {
    const { page, context } = await open();
    await signIn(page, 'melissa');
    await page
      .getByRole('table', { name: 'Positions' })
      .getByRole('link', { name: 'Senior Backend Engineer' })
      .click();
    await page.getByRole('heading', { name: 'Position', level: 1 }).waitFor();
    await page.getByText('Engineering').waitFor();
    // The salary is not hers to read: neither its name nor its value is on the page.
    expect(await page.getByText('Salary').count()).toBe(0);
    expect(await page.getByText(/92[,.]?000/).count()).toBe(0);
    await screenshot(page, 'end-user-position-melissa');

    // She may change a position's status, and only that.
    await page.getByRole('link', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit Senior Backend Engineer' });
    await form.getByLabel('Status').first().waitFor();
    // One input, the status; the title and department are shown as values.
    expect(await form.locator('input:not([type="hidden"]), textarea').count()).toBe(1);
    expect(await form.getByLabel('Title').count()).toBe(0);
    expect(await form.getByText('Senior Backend Engineer').count()).toBe(1);
    expect(await page.getByText('Salary').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'end-user-edit-position-melissa');

    // A candidate of her position: read-only, without the written review.
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Candidates' }).click();
    await page
      .getByRole('table', { name: 'Candidates' })
      .getByRole('link', { name: 'Lena Hoffmann' })
      .click();
    await page.getByRole('heading', { name: 'Candidate', level: 1 }).waitFor();
    await page.getByText('lena.hoffmann@mail.example').waitFor();
    expect(await page.getByText('Interview review').count()).toBe(0);
    expect(await page.getByText('Strong on distributed systems').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.locator('main input, main textarea').count()).toBe(0);
    await screenshot(page, 'end-user-candidate-melissa');

    // A record page opened without a record says what to do.
    await page.goto('/a/recruiting/candidate');
    await page.getByRole('heading', { name: 'Candidate', level: 1 }).waitFor();
    await screenshot(page, 'end-user-candidate-none-chosen');
    await page.getByText('No record chosen').waitFor();
    await page.getByRole('link', { name: 'Go to Candidates' }).waitFor();
    await context.close();
  });
});
