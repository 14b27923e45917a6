import { describe, expect, it } from 'vitest';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot } from './harness.js';

const j = journey();

describe('roles and rights', () => {
  it('an owner reads the default roles, builds a role with a custom right, and deletes a held role with a replacement', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    const api = Api.of(j.charter, context);
    const member = await newPage(j.browser, j.charter);
    const memberApi = Api.of(j.charter, member.context);
    // A step that does not happen fails where it is, not at the end of the test's time.
    context.setDefaultTimeout(10_000);
    member.context.setDefaultTimeout(10_000);
    await Promise.all([
      api.signUp('olga@example.com', 'Olga Owner'),
      memberApi.signUp('max@example.com', 'Max Member'),
    ]);
    const company = await api.createCompany('Olga Finance');
    const { app } = await api.createApp(company.id, 'Invoices');
    const base = `/api/apps/${app.id}`;
    await api.call('POST', `${base}/collections`, { key: 'invoices', name: 'Invoices' });
    await api.call('POST', `${base}/users`, { email: 'max@example.com', roles: ['user'] });

    // The default roles, each flag with what it means.
    await page.goto(`/apps/${app.id}/roles`);
    const teamAdmin = page.getByRole('article', { name: 'Team Admin' });
    await teamAdmin.getByText('Team Member', { exact: true }).waitFor();
    await teamAdmin.getByText('the data rules do not apply to them', { exact: false }).waitFor();
    await teamAdmin.getByText('whoever creates the app gets it', { exact: false }).waitFor();
    const user = page.getByRole('article', { name: 'User' });
    await user.getByText('No flags: holders are external users', { exact: false }).waitFor();
    expect(await user.getByText('Access All Data').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'roles-list');
    // At phone width the roles still read top to bottom.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400); // the side navigation slides away
    await screenshot(page, 'roles-list-phone');
    await page.setViewportSize({ width: 1280, height: 860 });

    // Create a role: the key the API already has is refused beside the field.
    await page.getByRole('button', { name: 'Create role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a role' });
    await dialog.getByLabel('Name').fill('User');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.getByText('Is already used by another role').waitFor();
    await dialog.getByLabel('Name').fill('Reviewer');
    await dialog.getByLabel('Key').fill('reviewer');
    await dialog.getByRole('switch', { name: 'Team Member' }).check();
    await dialog.getByRole('checkbox', { name: 'Read dashboards' }).check();
    await expectAccessible(page);
    await screenshot(page, 'roles-create');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    const reviewer = page.getByRole('article', { name: 'Reviewer' });
    await reviewer.getByText('app.dashboards.read').waitFor();
    await reviewer.getByText('Team Member', { exact: true }).waitFor();
    expect(await reviewer.getByText('Modify App').count()).toBe(0);

    // A custom right, then given to the role.
    await page.getByRole('link', { name: 'Custom rights' }).click();
    await page.getByText('This app has no custom rights yet', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Create right' }).click();
    const rightDialog = page.getByRole('dialog', { name: 'Create a custom right' });
    await rightDialog.getByLabel('Key').fill('approve_invoices');
    await rightDialog.getByLabel('Name').fill('Approve invoices');
    await rightDialog.getByLabel('Description').fill('May approve invoices above the limit.');
    await rightDialog.getByRole('button', { name: 'Create right' }).click();
    await rightDialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'Approve invoices', exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rights-list');

    await page.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('button', { name: 'Actions for Reviewer' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Edit the role Reviewer' });
    await editDialog.getByRole('checkbox', { name: 'Approve invoices (approve_invoices)' }).check();
    await editDialog.getByRole('button', { name: 'Save role' }).click();
    await reviewer.getByText('Approve invoices (approve_invoices)').waitFor();

    // A rule tests the right; deleting the right lists it first.
    await api.call('POST', `${base}/rules`, {
      kind: 'grant',
      name: 'Approvers read invoices',
      collection: 'invoices',
      to: { roles: ['reviewer'] },
      actions: ['read'],
      condition: '"approve_invoices" in user.rights',
    });
    // Spelling the key in a string is not testing the right: the server leaves this rule out.
    await api.call('POST', `${base}/rules`, {
      kind: 'grant',
      name: 'A mailbox named like the right',
      collection: 'invoices',
      to: { roles: ['reviewer'] },
      actions: ['read'],
      condition: 'user.email == "approve_invoices"',
    });
    const use = await api.call<{ usedBy: { rules: { name: string }[] } }>(
      'GET',
      `${base}/rights/approve_invoices`,
    );
    expect(use.usedBy.rules.map((r) => r.name)).toEqual(['Approvers read invoices']);
    await page.getByRole('link', { name: 'Custom rights' }).click();
    await page.getByRole('button', { name: 'Actions for Approve invoices' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const deleteRight = page.getByRole('dialog', { name: 'Delete the right Approve invoices?' });
    await deleteRight.getByText('Approvers read invoices').waitFor();
    await deleteRight.getByText('(grant: read) on invoices', { exact: false }).waitFor();
    expect(await deleteRight.getByText('A mailbox named like the right').count()).toBe(0);
    await deleteRight.getByText('Roles that lose it: Reviewer.').waitFor();
    await deleteRight.getByText('their test is false for everyone', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rights-delete');
    await deleteRight.getByRole('button', { name: 'Cancel' }).click();

    // A held role is deleted only with a replacement, and its user moves there.
    const { user: rita } = await api.call<{ user: { accountId: string } }>('POST', `${base}/users/create`, {
      email: 'rita@example.com',
      name: 'Rita Reviewer',
      roles: ['reviewer'],
    });
    await page.getByRole('link', { name: 'Roles' }).click();
    await reviewer.getByText('1 user', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Actions for Reviewer' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const deleteRole = page.getByRole('dialog', { name: 'Delete the role Reviewer?' });
    await deleteRole.getByText('1 user holds Reviewer', { exact: false }).waitFor();
    await deleteRole.getByRole('button', { name: 'Delete role' }).click();
    await deleteRole.getByText('Choose the role these users move to').waitFor();
    await deleteRole.getByLabel('Replacement role').click();
    await page.getByRole('option', { name: 'User' }).click();
    await deleteRole.getByText('1 user moves from Reviewer to User.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'roles-delete');
    await deleteRole.getByRole('button', { name: 'Delete role' }).click();
    await page.getByText('Its user now holds User', { exact: false }).waitFor();
    expect(await reviewer.count()).toBe(0);
    const moved = await api.call<{ roles: string[] }>('GET', `${base}/users/${rita.accountId}`);
    expect(moved.roles).toEqual(['user']);

    // User attributes: create one with its type, then delete it after confirming.
    await page.getByRole('link', { name: 'User attributes' }).click();
    await page.getByText('This app has no user attributes yet', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Create attribute' }).click();
    const attrDialog = page.getByRole('dialog', { name: 'Create a user attribute' });
    await attrDialog.getByLabel('Name').fill('Region');
    await attrDialog.getByLabel('Key').fill('region');
    await attrDialog.getByLabel('Type').click();
    await page.getByRole('option', { name: 'One choice from a list' }).click();
    await attrDialog.getByLabel('Choices').fill('North');
    await attrDialog.getByLabel('Choices').press('Enter');
    await attrDialog.getByRole('button', { name: 'Create attribute' }).click();
    await attrDialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'user.region' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'attributes-list');
    await page.getByRole('button', { name: 'Actions for Region' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const editAttr = page.getByRole('dialog', { name: 'Edit the attribute Region' });
    expect(await editAttr.getByLabel('Key').isDisabled()).toBe(true);
    await editAttr.getByLabel('Choices').fill('South');
    await editAttr.getByLabel('Choices').press('Enter');
    await editAttr.getByRole('button', { name: 'Save attribute' }).click();
    await editAttr.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'One choice from a list North South' }).waitFor();
    await page.getByRole('button', { name: 'Actions for Region' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the attribute Region?' })
      .getByRole('button', { name: 'Delete attribute' })
      .click();
    await page.getByText('This app has no user attributes yet', { exact: false }).waitFor();

    // The overview names the owner's role.
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByText('Team Admin', { exact: true }).waitFor();
    expect(await page.getByText('team_admin', { exact: true }).count()).toBe(0);

    // A member without the right has no Roles entry, and the address explains why.
    await member.page.goto(`/apps/${app.id}/roles`);
    await member.page.getByText('You do not have access to this').waitFor();
    await member.page.getByText('company.users.manage', { exact: false }).first().waitFor();
    await member.page.getByRole('link', { name: 'Overview' }).waitFor();
    for (const entry of ['Roles', 'Custom rights', 'User attributes']) {
      expect(await member.page.getByRole('link', { name: entry }).count()).toBe(0);
    }
    await expectAccessible(member.page);
    await screenshot(member.page, 'roles-forbidden');
    await member.context.close();
    await context.close();
  });
});
