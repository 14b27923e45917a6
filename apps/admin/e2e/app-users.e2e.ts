import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Api } from './fixtures.js';
import { expectAccessible, journey, lastMailTo, linkIn, newPage, screenshot, settled } from './harness.js';

const j = journey();

interface Permissions {
  roles: string[];
  directRights: string[];
  effective: { rights: string[]; builder: boolean; allData: boolean };
}

/**
 * The accessibility check on a settled screen: notifications dismissed and transitions over, since
 * anything caught fading is half-transparent and its contrast would be measured mid-way.
 */
async function checkAccessible(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Close notification' });
  for (let n = await close.count(); n > 0; n = await close.count()) {
    await close.first().click();
    await expect.poll(() => close.count()).toBeLessThan(n);
  }
  await expectAccessible(page);
}

// The checkbox of a right or group in Manage permissions, by its label.
const box = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

describe('users of an application', () => {
  it('a user manager grants within the ceiling; an owner creates a user, renames and deletes the app', async () => {
    const owner = await newPage(j.browser, j.charter);
    owner.page.setDefaultTimeout(10_000);
    const ownerApi = Api.of(j.charter, owner.context);
    await ownerApi.signUp('olivia@example.com', 'Olivia Owner');
    const company = await ownerApi.createCompany('Olivia Studio');
    const { app } = await ownerApi.createApp(company.id, 'Field Service');
    const base = `/api/apps/${app.id}`;
    await ownerApi.call('POST', `${base}/rights`, {
      key: 'see_reports',
      name: 'See reports',
      description: 'Open the monthly reports.',
    });
    await ownerApi.call('POST', `${base}/rights`, {
      key: 'approve_invoices',
      name: 'Approve invoices',
      description: 'Approve invoices before they are sent.',
    });
    await ownerApi.call('POST', `${base}/roles`, {
      key: 'support',
      name: 'Support',
      rights: ['app.data.read', 'app.data.edit', 'app.templates.read', 'see_reports'],
    });
    await ownerApi.call('POST', `${base}/roles`, {
      key: 'readers',
      name: 'Readers',
      rights: ['app.data.read'],
    });
    await ownerApi.call('POST', `${base}/attributes`, {
      key: 'department',
      name: 'Department',
      type: 'text',
    });
    await ownerApi.call('POST', `/api/companies/${company.id}/invitations`, {
      email: 'max@example.com',
      rights: ['company.users.manage'],
    });
    // A second app of the company, where Paul is not a user yet; Max may give its data rights there.
    const { app: warehouse } = await ownerApi.createApp(company.id, 'Warehouse');
    const warehouseBase = `/api/apps/${warehouse.id}`;
    await ownerApi.call('POST', `${warehouseBase}/roles`, {
      key: 'pickers',
      name: 'Pickers',
      rights: ['app.data.read'],
    });
    const paul = await ownerApi.call<{ user: { accountId: string } }>('POST', `${base}/users/create`, {
      email: 'paul@example.com',
      name: 'Paul Plain',
      roles: ['user'],
    });

    // Max manages users: a member with company.users.manage whose Support group holds only some rights.
    const manager = await newPage(j.browser, j.charter);
    manager.page.setDefaultTimeout(10_000);
    const managerApi = Api.of(j.charter, manager.context);
    await managerApi.signUp('max@example.com', 'Max Manager');
    const invitation = linkIn((await lastMailTo(j.charter, 'max@example.com', 'company-invitation')).text);
    await managerApi.call('POST', '/api/invitations/accept', {
      token: new URL(invitation).searchParams.get('token'),
    });
    await ownerApi.call('POST', `${base}/users`, { email: 'max@example.com', roles: ['support'] });
    await ownerApi.call('POST', `${warehouseBase}/users`, { email: 'max@example.com', roles: ['user'] });

    const page = manager.page;
    await page.goto(`/apps/${app.id}`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByText('Paul Plain').waitFor();
    await checkAccessible(page);
    await screenshot(page, 'app-users-list');

    // What Max may not do to a row is said in its menu, not refused afterwards.
    await page.getByRole('button', { name: 'Actions for Max Manager' }).click();
    const suspendSelf = page.getByRole('menuitem', { name: /Suspend in this application/ });
    await suspendSelf.getByText('Nobody changes their own status.').waitFor();
    expect(await suspendSelf.isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Actions for Olivia Owner' }).click();
    const removeOwner = page.getByRole('menuitem', { name: /Remove from this application/ });
    await removeOwner.getByText('Team Admin gives what you do not hold yourself.').waitFor();
    expect(await removeOwner.isDisabled()).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByLabel('Search').fill('paul');
    await page.waitForURL(/search=paul/);
    const table = page.getByRole('table');
    await page.getByText('1 user shown, all of them').waitFor();
    expect(await table.getByText('Max Manager').count()).toBe(0);
    expect(await table.getByText('Paul Plain').count()).toBe(1);
    await page.getByRole('button', { name: 'Actions for Paul Plain' }).click();
    await page.getByRole('menuitem', { name: 'Manage permissions' }).click();
    const drawer = page.getByRole('dialog', { name: 'Manage permissions of Paul Plain' });
    await box(page, 'Edit actions').waitFor();
    await expect.poll(() => drawer.getByLabel('Application').inputValue()).toBe('Field Service');
    // Above the ceiling: disabled, with the reason; within it: offered.
    for (const name of ['Edit actions', 'Read media library', 'Approve invoices', 'Team Admin']) {
      expect(await box(page, name).isDisabled(), name).toBe(true);
    }
    for (const name of ['Read templates', 'Read data', 'See reports', 'Readers', 'User']) {
      expect(await box(page, name).isDisabled(), name).toBe(false);
    }
    await drawer.getByText('It gives Team Member, Modify App').waitFor();
    expect(await drawer.getByText('You do not hold this right, so').count()).toBeGreaterThan(5);
    await screenshot(page, 'app-users-manage-permissions-top');
    await box(page, 'Read templates').check();
    await box(page, 'See reports').check();
    await box(page, 'Readers').check();
    await checkAccessible(page);
    await screenshot(page, 'app-users-manage-permissions');
    await drawer.getByRole('button', { name: 'Save permissions' }).click();
    await page.getByText('Permissions saved').waitFor();
    const row = page.getByRole('row', { name: /Paul Plain/ });
    await row.getByText('Readers').waitFor();

    const granted = await ownerApi.call<Permissions>(
      'GET',
      `${base}/users/${paul.user.accountId}/permissions`,
    );
    expect(granted.roles).toEqual(['readers', 'user']);
    expect(granted.directRights).toEqual(['app.templates.read', 'see_reports']);
    expect(granted.effective.builder).toBe(false);
    expect(granted.effective.allData).toBe(false);
    expect(granted.effective.rights).not.toContain('app.actions.edit');
    expect(granted.effective.rights).not.toContain('approve_invoices');
    // Another application of the company: Paul is not a user there, so the drawer offers to add him.
    await page.getByRole('button', { name: 'Actions for Paul Plain' }).click();
    await page.getByRole('menuitem', { name: 'Manage permissions' }).click();
    await box(page, 'Readers').waitFor();
    await drawer.getByRole('combobox', { name: 'Application' }).click();
    await page.getByRole('option', { name: 'Warehouse' }).click();
    await drawer.getByText('Paul Plain is not a user of Warehouse').waitFor();
    expect(await box(page, 'Readers').count()).toBe(0);
    await checkAccessible(page);
    await screenshot(page, 'app-users-manage-permissions-not-a-user');
    await drawer.getByRole('button', { name: 'Add to Warehouse' }).click();
    await box(page, 'Pickers').check();
    expect(await box(page, 'Support').count()).toBe(0);
    await screenshot(page, 'app-users-manage-permissions-other-app');
    await drawer.getByRole('button', { name: 'Save permissions' }).click();
    await page.getByText('now has what you ticked in Warehouse', { exact: false }).waitFor();
    const inWarehouse = await ownerApi.call<Permissions>(
      'GET',
      `${warehouseBase}/users/${paul.user.accountId}/permissions`,
    );
    expect(inWarehouse.roles).toEqual(['pickers', 'user']);
    expect(
      (await ownerApi.call<Permissions>('GET', `${base}/users/${paul.user.accountId}/permissions`)).roles,
    ).toEqual(['readers', 'user']);
    await ownerApi.call('DELETE', warehouseBase);

    // The server refuses what the screen never offered.
    await expect(
      managerApi.call('PUT', `${base}/users/${paul.user.accountId}/permissions`, {
        roles: ['user', 'team_admin'],
        directRights: ['app.actions.edit'],
      }),
    ).rejects.toThrow(/403.*DELEGATION_CEILING/);

    // The register form is Max's to edit; renaming and deleting the app are not.
    // A role holds no more than its maker: creating one offers only what Max holds himself.
    await nav.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('button', { name: 'Create role' }).click();
    const roleForm = page.getByRole('dialog', { name: 'Create a role' });
    await roleForm.getByRole('checkbox', { name: 'Read templates' }).waitFor();
    expect(await roleForm.getByRole('switch', { name: 'Modify App' }).isDisabled()).toBe(true);
    expect(await roleForm.getByRole('checkbox', { name: 'Edit actions' }).isDisabled()).toBe(true);
    expect(await roleForm.getByRole('checkbox', { name: 'Read templates' }).isDisabled()).toBe(false);
    await roleForm.getByRole('button', { name: 'Cancel' }).click();
    await nav.getByRole('link', { name: 'App settings' }).click();
    await page.getByRole('heading', { name: 'Register form' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Name and description' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete application' }).count()).toBe(0);
    await checkAccessible(page);
    await screenshot(page, 'app-settings-user-manager');
    await manager.context.close();

    // The owner creates a user and sees the temporary password once.
    const o = owner.page;
    await o.setViewportSize({ width: 390, height: 844 });
    await o.goto(`/apps/${app.id}/users`);
    await o.getByText('Paul Plain').waitFor();
    await screenshot(o, 'app-users-list-phone');
    await o.setViewportSize({ width: 1280, height: 1250 });
    await o.getByRole('button', { name: 'Create user' }).click();
    const create = o.getByRole('dialog', { name: 'Create a user' });
    await create.getByLabel('Name').fill('Nina New');
    await create.getByLabel('Email').fill('nina@example.com');
    await create.getByRole('button', { name: 'Create user' }).click();
    const created = o.getByRole('dialog', { name: 'User created' });
    const password = await created.getByLabel('Temporary password', { exact: true }).textContent();
    expect(password?.length).toBeGreaterThan(8);
    await checkAccessible(o);
    await screenshot(o, 'app-users-created');
    await created.getByRole('button', { name: 'Done' }).click();
    await o
      .getByRole('row', { name: /Nina New/ })
      .getByText('User')
      .waitFor();

    // Paul's attributes, then suspended: the status filter finds him, and only him.
    await o.getByRole('button', { name: 'Actions for Paul Plain' }).click();
    await o.getByRole('menuitem', { name: 'Edit attributes' }).click();
    const attributes = o.getByRole('dialog', { name: 'Attributes of Paul Plain' });
    await attributes.getByLabel('Department').fill('Field team');
    await checkAccessible(o);
    await screenshot(o, 'app-users-attributes');
    await attributes.getByRole('button', { name: 'Save attributes' }).click();
    await o.getByText('Attributes saved').waitFor();
    await o.getByRole('button', { name: 'Actions for Paul Plain' }).click();
    await o.getByRole('menuitem', { name: 'Suspend in this application' }).click();
    await o.getByText('User suspended').waitFor();
    await o.getByRole('combobox', { name: 'Status' }).click();
    await o.getByRole('option', { name: 'Suspended' }).click();
    await o.waitForURL(/status=suspended/);
    const users = o.getByRole('table');
    await o.getByText('1 user shown, all of them').waitFor();
    expect(await users.getByText('Nina New').count()).toBe(0);
    await users
      .getByRole('row', { name: /Paul Plain/ })
      .getByText('Suspended')
      .waitFor();

    // Max leaves the app, then comes back as an existing member of the company.
    await o.goto(`/apps/${app.id}/users`);
    await o.getByRole('button', { name: 'Actions for Max Manager' }).click();
    await o.getByRole('menuitem', { name: 'Remove from this application' }).click();
    const removal = o.getByRole('dialog', { name: 'Remove from this application?' });
    await removal.getByRole('button', { name: 'Remove Max Manager' }).waitFor();
    await settled(o);
    await screenshot(o, 'app-users-remove');
    await removal.getByRole('button', { name: 'Remove Max Manager' }).click();
    await o.getByText('User removed').waitFor();
    await users.getByText('Max Manager').waitFor({ state: 'detached' });
    await o.getByRole('button', { name: 'Add existing member' }).click();
    const adding = o.getByRole('dialog', { name: 'Add a member of the company' });
    const member = adding.getByRole('combobox', { name: 'Member' });
    await member.click();
    await o.getByRole('option', { name: 'Olivia Owner (olivia@example.com)' }).click();
    await adding.getByText('Olivia Owner is already a user of this application').waitFor();
    expect(await adding.getByRole('button', { name: 'Add member' }).isDisabled()).toBe(true);
    // The picker asks the server: typing part of a name finds that member, and only them.
    await member.fill('max');
    await o.getByRole('option', { name: /Olivia Owner/ }).waitFor({ state: 'detached' });
    await o.getByRole('option', { name: 'Max Manager (max@example.com)' }).click();
    // The same form parts as Create user, checked above: only a screenshot here, to keep the journey short.
    await screenshot(o, 'app-users-add-member');
    await adding.getByRole('button', { name: 'Add member' }).click();
    await users.getByText('Max Manager').waitFor();
    const paulNow = await ownerApi.call<{ status: string; attributes: Record<string, unknown> }>(
      'GET',
      `${base}/users/${paul.user.accountId}`,
    );
    expect(paulNow).toMatchObject({ status: 'suspended', attributes: { department: 'Field team' } });

    // Settings: rename, a register form question, then delete with the typed name.
    await o.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'App settings' }).click();
    const name = o.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Field Service Pro');
    await o.getByRole('button', { name: 'Save name and description' }).click();
    await o.getByText('It is now called Field Service Pro.').waitFor();
    await o.getByRole('button', { name: 'Add a question' }).click();
    await o.getByRole('checkbox', { name: 'Required' }).check();
    await o.getByRole('button', { name: 'Save register form' }).click();
    await o.getByText('People registering now answer 1 question.').waitFor();
    await checkAccessible(o);
    await screenshot(o, 'app-settings');
    const form = await ownerApi.call<{ fields: { attribute: string; required: boolean }[] }>(
      'GET',
      `${base}/register-form`,
    );
    expect(form.fields).toEqual([expect.objectContaining({ attribute: 'department', required: true })]);

    await o.getByRole('button', { name: 'Delete application' }).click();
    const confirm = o.getByRole('dialog', { name: 'Delete Field Service Pro?' });
    const typed = confirm.getByLabel('Application name');
    await typed.fill('Field Service');
    expect(await confirm.getByRole('button', { name: 'Delete for good' }).isDisabled()).toBe(true);
    await typed.fill('Field Service Pro');
    await checkAccessible(o);
    await screenshot(o, 'app-settings-delete');
    await confirm.getByRole('button', { name: 'Delete for good' }).click();
    await o.getByText('Application deleted').waitFor();
    await o.waitForURL(`**/companies/${company.id}`);
    await o.getByText('No applications yet').waitFor();
    await expect(ownerApi.call('GET', base)).rejects.toThrow(/404/);
    await owner.context.close();
  });
});
