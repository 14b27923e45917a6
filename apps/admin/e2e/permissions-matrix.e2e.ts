import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});
const tessa = DEMO_PEOPLE.find((p) => p.key === 'tessa')!;

describe('the permissions matrix', () => {
  it('a builder reads who may do what on positions, opens the rules behind a cell, and goes on to add one', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    context.setDefaultTimeout(10_000);
    const api = Api.of(j.charter, context);
    await api.signIn(tessa.email, tessa.password);
    const { items } = await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/apps');
    const appId = items.find((a) => a.name === 'Recruiting')!.id;
    // A second interviewer grant, so the cell shows two grants that must both hold. It lists a
    // field: a grant without a list would give every field, the salary too.
    await api.call('POST', `/api/apps/${appId}/rules`, {
      kind: 'grant',
      name: 'Interviewers: no drafts',
      collection: 'positions',
      to: { roles: ['interviewer'] },
      actions: ['read'],
      condition: 'record.status != "Draft"',
      fields: { read: ['title'] },
    });

    // From the collection's page in the data model.
    await page.goto(`/apps/${appId}/data-model/positions`);
    await page.getByRole('link', { name: 'Permissions of Positions' }).click();
    await page.getByRole('heading', { name: 'Permissions', exact: true }).waitFor();
    const matrix = page.getByRole('region', { name: 'Permissions on Positions' });
    await matrix.getByRole('button', { name: 'Interviewer, read: conditional' }).waitFor();
    await matrix.getByRole('button', { name: 'Interviewer, Salary (EUR) (read): closed' }).waitFor();
    await matrix.getByRole('button', { name: 'Interviewer, create: closed' }).waitFor();
    await matrix.getByRole('button', { name: 'Hiring Manager, Salary (EUR) (read): open' }).waitFor();
    await matrix.getByRole('button', { name: 'Anonymous visitors, read: closed' }).waitFor();
    // Access All Data is a row state: one bypass, no cells to open per action.
    await matrix.getByRole('button', { name: 'Team Admin: bypasses every rule (Access All Data)' }).waitFor();
    expect(await matrix.getByRole('button', { name: /^Team Admin, / }).count()).toBe(0);
    expect(page.url()).toContain('collection=positions');
    await expectAccessible(page);
    await screenshot(page, 'permissions-matrix');

    // The field columns for updates: interviewers may change the status and nothing else.
    const fieldColumns = page.getByRole('radiogroup', { name: 'Field columns show' });
    await fieldColumns.getByText('Update').click();
    await matrix.getByRole('button', { name: 'Interviewer, Status (update): open' }).waitFor();
    await matrix.getByRole('button', { name: 'Interviewer, Title (update): closed' }).waitFor();
    await fieldColumns.getByText('Read').click();

    // A cell's rules: both interviewer grants, ANDed, and the hiring managers' row ORed with it.
    await matrix.getByRole('button', { name: 'Interviewer, read: conditional' }).click();
    const drawer = page.getByRole('dialog', { name: 'Interviewer, read' });
    const grant = drawer.getByRole('link', {
      name: 'Interviewers: positions they interview for, never salary',
    });
    expect(await grant.getAttribute('href')).toMatch(new RegExp(`^/apps/${appId}/rules/[0-9a-f-]{36}$`));
    await drawer.getByRole('link', { name: 'Interviewers: no drafts' }).waitFor();
    await drawer.getByText('user.id in record.interviewers').waitFor();
    await drawer.getByText('Within a role: conditions AND, fields OR').waitFor();
    await drawer.getByText('Across roles: OR').waitFor();
    await drawer.getByText('Hiring Manager also gives read here', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'permissions-cell');
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // The salary: no interviewer grant lists it.
    await matrix.getByRole('button', { name: 'Interviewer, Salary (EUR) (read): closed' }).click();
    const salary = page.getByRole('dialog', { name: 'Interviewer, Salary (EUR) (read)' });
    await salary.getByText('list other fields, not this one', { exact: false }).waitFor();
    await salary.getByRole('button', { name: 'Close' }).click();
    await salary.waitFor({ state: 'hidden' });

    // Access All Data: why, and no rule to add.
    await matrix.getByRole('button', { name: 'Team Admin: bypasses every rule (Access All Data)' }).click();
    const bypass = page.getByRole('dialog', { name: 'Team Admin: Access All Data' });
    await bypass.getByText('No rule can be added for Team Admin', { exact: false }).waitFor();
    expect(await bypass.getByRole('link', { name: 'Add a rule' }).count()).toBe(0);
    expect(await bypass.getByText('Across roles: OR').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'permissions-bypass');
    await bypass.getByRole('button', { name: 'Close' }).click();
    await bypass.waitFor({ state: 'hidden' });

    // Another collection from the picker: the reviews are closed to interviewers.
    await page.getByRole('combobox', { name: 'Collection' }).click();
    await page.getByRole('option', { name: 'Candidates' }).click();
    const candidates = page.getByRole('region', { name: 'Permissions on Candidates' });
    await candidates.getByRole('button', { name: 'Interviewer, Interview review (read): closed' }).waitFor();
    expect(page.url()).toContain('collection=candidates');

    // "Add a rule" opens the rule editor prefilled with the cell.
    await candidates.getByRole('button', { name: 'Interviewer, update: closed' }).click();
    const update = page.getByRole('dialog', { name: 'Interviewer, update' });
    await update.getByRole('link', { name: 'Add a rule' }).click();
    await page.waitForURL((url) => url.pathname === `/apps/${appId}/rules/new`);
    const target = new URL(page.url());
    expect(Object.fromEntries(target.searchParams)).toEqual({
      collection: 'candidates',
      role: 'interviewer',
      action: 'update',
    });
    await context.close();
  });

  it('works on a phone: the matrix scrolls sideways with the roles in view, and a cell opens full width', async () => {
    const { page, context } = await newPage(j.browser, j.charter, 390);
    context.setDefaultTimeout(10_000);
    const api = Api.of(j.charter, context);
    await api.signIn(tessa.email, tessa.password);
    const { items } = await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/apps');
    const appId = items.find((a) => a.name === 'Recruiting')!.id;
    await page.goto(`/apps/${appId}/permissions?collection=positions`);
    const matrix = page.getByRole('region', { name: 'Permissions on Positions' });
    await matrix.getByRole('button', { name: 'Interviewer, read: conditional' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'permissions-matrix-phone');
    await matrix.getByRole('button', { name: 'Hiring Manager, update: conditional' }).click();
    const drawer = page.getByRole('dialog', { name: 'Hiring Manager, update' });
    await drawer.getByText('record.hiringManager == user.id').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'permissions-cell-phone');
    await context.close();
  });
});
