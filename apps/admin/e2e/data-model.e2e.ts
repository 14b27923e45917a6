import { describe, expect, it } from 'vitest';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot } from './harness.js';

const j = journey();

describe('the data model', () => {
  it('a builder shapes a collection and its fields, deleting a used field names the rule, and a reader sees it read-only', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    const api = Api.of(j.charter, context);
    const reader = await newPage(j.browser, j.charter, 390);
    const readerApi = Api.of(j.charter, reader.context);
    const outsider = await newPage(j.browser, j.charter);
    const outsiderApi = Api.of(j.charter, outsider.context);
    for (const c of [context, reader.context, outsider.context]) c.setDefaultTimeout(10_000);
    await Promise.all([
      api.signUp('bea@example.com', 'Bea Builder'),
      readerApi.signUp('rex@example.com', 'Rex Reader'),
      outsiderApi.signUp('ola@example.com', 'Ola Outsider'),
    ]);
    const company = await api.createCompany('Bea Hiring');
    const { app } = await api.createApp(company.id, 'Recruitment');
    const base = `/api/apps/${app.id}`;
    await api.call('POST', `${base}/roles`, {
      key: 'model_reader',
      name: 'Model reader',
      rights: ['app.dataformats.read'],
    });
    await api.call('POST', `${base}/users`, { email: 'rex@example.com', roles: ['model_reader'] });
    await api.call('POST', `${base}/users`, { email: 'ola@example.com', roles: ['user'] });

    // The builder creates a collection; the key follows the name.
    await page.goto(`/apps/${app.id}`);
    await page.getByRole('link', { name: 'Data model' }).click();
    await page.getByRole('heading', { name: 'Data model' }).waitFor();
    await page.getByText('Managed by Charter').waitFor();
    await page.getByRole('button', { name: 'Create collection' }).click();
    const create = page.getByRole('dialog', { name: 'Create a collection' });
    await create.getByLabel('Name').fill('Positions');
    expect(await create.getByLabel('Key').inputValue()).toBe('positions');
    await create.getByRole('button', { name: 'Create collection' }).click();
    await page.getByRole('link', { name: 'Positions' }).waitFor();
    await page.getByText('2 collections, all of them shown', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'data-model-collections');

    // Its fields: text, a required number, a select with choices, a link to users.
    await page.getByRole('link', { name: 'Positions' }).click();
    await page.getByText('Positions has no fields of its own yet', { exact: false }).waitFor();
    const addField = async (name: string, type?: string, more?: () => Promise<void>) => {
      await page.getByRole('button', { name: 'Add field' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a field to Positions' });
      await dialog.getByLabel('Name').fill(name);
      if (type) {
        await dialog.getByLabel('Type').click();
        await page.getByRole('option', { name: type, exact: true }).click();
      }
      await more?.();
      await dialog.getByRole('button', { name: 'Add field' }).click();
      return dialog;
    };
    await (
      await addField('title', undefined, () =>
        page.getByRole('dialog').getByLabel('Default').fill('Untitled'),
      )
    ).waitFor({ state: 'detached' });
    await (
      await addField('salary', 'Whole number', async () => {
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Label').fill('Salary');
        await dialog.getByRole('checkbox', { name: 'Required' }).check();
      })
    ).waitFor({ state: 'detached' });
    await (
      await addField('status', 'One choice from a list', async () => {
        const choices = page.getByRole('dialog').getByLabel('Choices');
        await choices.fill('Open');
        await choices.press('Enter');
        await choices.fill('Closed');
        await choices.press('Enter');
        await page.getByRole('dialog').getByLabel('Default').click();
        await page.getByRole('option', { name: 'Open', exact: true }).click();
      })
    ).waitFor({ state: 'detached' });
    await (await addField('recruiter', 'Link to one user')).waitFor({ state: 'detached' });
    const salaryRow = page.getByRole('row', { name: /Salary/ });
    await salaryRow.getByText('Whole number').waitFor();
    await salaryRow.getByText('Required', { exact: true }).waitFor();
    await page
      .getByRole('row', { name: /status/ })
      .getByText('Closed')
      .waitFor();
    await page
      .getByRole('row', { name: /recruiter/ })
      .getByText('Link to one user')
      .waitFor();
    const statusRow = page.getByRole('row', { name: /status/ });
    expect(await statusRow.getByText('Open', { exact: true }).count()).toBe(2);
    await page.getByRole('row', { name: /title/ }).getByText('Untitled').waitFor();
    await page.getByText('4 fields, all of them shown.').waitFor();

    // A name already used is refused beside the name.
    const taken = await addField('title');
    await taken.getByText('Is already used by another field of this collection').waitFor();
    await taken.getByRole('button', { name: 'Cancel' }).click();

    // Restricted: off opens it to every user, on again closes it to what rules grant.
    const restricted = page.getByRole('switch', { name: 'Positions is restricted' });
    expect(await restricted.isChecked()).toBe(true);
    await restricted.dispatchEvent('click');
    await page.getByText('Collection open to every user').waitFor();
    await restricted.dispatchEvent('click');
    await page.getByText('Collection restricted', { exact: true }).waitFor();
    expect(await restricted.isChecked()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'data-model-collection');

    // A rule uses the salary: deleting it is refused, naming the rule.
    await api.call('POST', `${base}/rules`, {
      kind: 'fieldCondition',
      name: 'Salary only while open',
      collection: 'positions',
      to: { audience: 'everyone' },
      fields: ['salary'],
      access: 'read',
      condition: 'record.status == "Open"',
    });
    await page.getByRole('button', { name: 'Actions for Salary' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const remove = page.getByRole('dialog', { name: 'Delete the field Salary?' });
    await remove.getByRole('button', { name: 'Delete field' }).click();
    await remove.getByText('Salary was not deleted: it is in use').waitFor();
    await remove
      .getByRole('list', { name: 'Rules that use it' })
      .getByText('Salary only while open')
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'data-model-field-in-use');
    await remove.getByRole('button', { name: 'Cancel' }).click();

    // Renaming a field keeps the rules working; the rule above still names the salary.
    await page.getByRole('button', { name: 'Actions for title' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the field title' });
    await edit.getByLabel('Name').fill('headline');
    await edit.getByLabel('Label').fill('Headline');
    await edit.getByRole('button', { name: 'Save field' }).click();
    await page
      .getByRole('row', { name: /Headline/ })
      .getByText('record.headline')
      .waitFor();

    // The collection too is refused while the rule is on it, naming the rule.
    await page.getByRole('link', { name: '← Data model' }).click();
    await page.getByRole('button', { name: 'Actions for Positions' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const removeCollection = page.getByRole('dialog', { name: 'Delete the collection Positions?' });
    await removeCollection.getByRole('button', { name: 'Delete collection' }).click();
    await removeCollection
      .getByRole('list', { name: 'Rules that use it' })
      .getByText('Salary only while open')
      .waitFor();
    await screenshot(page, 'data-model-collection-in-use');
    await removeCollection.getByRole('button', { name: 'Cancel' }).click();

    // The users collection is managed: no field changes offered.
    await page.getByRole('link', { name: 'Users', exact: true }).last().click();
    await page.getByText('Charter manages this collection', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Add field' }).count()).toBe(0);
    await screenshot(page, 'data-model-users');

    // A reader sees everything and may change nothing.
    await reader.page.goto(`/apps/${app.id}/data-model`);
    await reader.page.getByRole('link', { name: 'Positions' }).waitFor();
    await reader.page.getByText('Changing it needs the right app.dataformats.edit').waitFor();
    expect(await reader.page.getByRole('button', { name: 'Create collection' }).count()).toBe(0);
    expect(await reader.page.getByRole('button', { name: /^Actions for/ }).count()).toBe(0);
    expect(await reader.page.getByRole('switch', { name: 'Positions is restricted' }).isDisabled()).toBe(
      true,
    );
    await reader.page.getByRole('link', { name: 'Positions' }).click();
    await reader.page.getByRole('row', { name: /Salary/ }).waitFor();
    await reader.page.getByText('Changing it needs the right app.dataformats.edit').waitFor();
    expect(await reader.page.getByRole('button', { name: 'Add field' }).count()).toBe(0);
    expect(await reader.page.getByRole('button', { name: /^Actions for/ }).count()).toBe(0);
    await expectAccessible(reader.page);
    await screenshot(reader.page, 'data-model-read-only');

    // Without the right: no entry, and the address explains why.
    await outsider.page.goto(`/apps/${app.id}/data-model`);
    await outsider.page.getByText('You do not have access to this').waitFor();
    await outsider.page.getByText('app.dataformats.read', { exact: false }).first().waitFor();
    await outsider.page.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await outsider.page.getByRole('link', { name: 'Data model' }).count()).toBe(0);
    await expectAccessible(outsider.page);
    await screenshot(outsider.page, 'data-model-no-access');
    await Promise.all([context.close(), reader.context.close(), outsider.context.close()]);
  });
});
