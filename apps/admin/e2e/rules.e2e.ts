import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { journey, look, newPage, recruitingAppId } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const tessa = DEMO_PEOPLE.find((p) => p.key === 'tessa')!;

describe('the rule editor', () => {
  it('a builder restricts positions, writes Andy’s and Melissa’s rules with a typo caught inline, and confirms Melissa losing the salary', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    context.setDefaultTimeout(15_000);
    const api = Api.of(j.charter, context);
    await api.signIn(tessa.email, tessa.password);
    const appId = await recruitingAppId(j.charter);
    const base = `/api/apps/${appId}`;
    // The demo ships the positions rules; this builder writes them herself, starting from an open collection.
    const { items: seeded } = await api.call<{ items: { id: string }[] }>(
      'GET',
      `${base}/rules?collection=positions`,
    );
    for (const r of seeded) await api.call('DELETE', `${base}/rules/${r.id}`);
    await api.call('PATCH', `${base}/collections/positions`, { restricted: false });
    await page.goto(`/apps/${appId}`);
    await page.getByRole('link', { name: 'Rules' }).click();
    await page.getByRole('heading', { name: 'Rules' }).waitFor();
    await page.getByRole('link', { name: 'Hiring managers: candidates for their positions' }).waitFor();
    await page.getByRole('combobox', { name: 'Collection' }).click();
    await page.getByRole('option', { name: 'Positions' }).click();
    await page.getByText('Positions has no rules yet.', { exact: false }).waitFor();
    await look(page, 'rules-empty-positions');

    // Andy's rule, from the "linked to me" template for the hiring manager field.
    await page.getByRole('link', { name: 'New rule' }).click();
    await page.getByRole('heading', { name: 'New rule' }).waitFor();
    await page.getByRole('combobox', { name: 'Start from a template' }).click();
    await page.getByRole('option', { name: 'Linked to me: Hiring manager' }).click();
    const condition = page.getByRole('textbox', { name: 'Condition' });
    await expect.poll(() => condition.textContent()).toBe('record.hiringManager == user.id');
    await page
      .getByRole('group', { name: 'Roles' })
      .getByRole('checkbox', { name: 'Hiring Manager' })
      .check();
    // Positions is open to every user: Charter says the rule would change nothing.
    const doubts = page.getByRole('status').filter({ hasText: 'Charter has doubts about this rule' });
    await doubts.getByText(/not restricted/).waitFor();
    await look(page, 'rules-doubts');
    // Restricting positions (the data model screen covers the switch): nobody but builders sees them now.
    await api.call('PATCH', `${base}/collections/positions`, { restricted: true });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Hiring managers: their positions');
    const impact = page.getByRole('region', { name: 'Impact if you save' });
    await impact
      .getByRole('article', { name: 'Andy Fischer' })
      .getByText('Gains read on 4 positions records')
      .waitFor();
    await impact
      .getByRole('article', { name: 'Priya Raman' })
      .getByText('Gains read on 3 positions records')
      .waitFor();
    expect(await impact.getByRole('article', { name: 'Melissa Chen' }).count()).toBe(0);
    expect(await doubts.count()).toBe(0);
    await look(page, 'rules-new-andy');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.getByRole('heading', { name: 'Hiring managers: their positions' }).waitFor();

    // Melissa's rule: a typo in the condition is underlined, and the valid field is one click away.
    await page.getByRole('link', { name: '← Rules' }).click();
    await page.getByRole('link', { name: 'New rule' }).click();
    // The list was of positions, so the new rule is too.
    expect(await page.getByRole('combobox', { name: 'Collection' }).inputValue()).toBe('Positions');
    await page.getByRole('group', { name: 'Roles' }).getByRole('checkbox', { name: 'Interviewer' }).check();
    await page.getByRole('checkbox', { name: 'Update', exact: true }).check();
    await condition.click();
    await condition.pressSequentially('user.id in record.', { delay: 5 });
    // Autocomplete offers the collection's fields, links to users among them.
    await page.getByRole('option', { name: /^interviewers/ }).waitFor();
    expect(await page.getByRole('option', { name: /^salary/ }).count()).toBe(1);
    await condition.pressSequentially('interviewer', { delay: 5 });
    await page.keyboard.press('Escape');
    const error = page.getByRole('alert', { name: 'Condition error' });
    await error.getByText("unknown field 'interviewer'", { exact: false }).waitFor();
    await page
      .getByRole('textbox', { name: 'Name', exact: true })
      .fill('Interviewers: positions they interview for');
    await look(page, 'rules-typo');
    await error.getByRole('button', { name: 'Use interviewers' }).click();
    await expect.poll(() => condition.textContent()).toBe('user.id in record.interviewers');
    await error.waitFor({ state: 'detached' });
    await impact
      .getByRole('article', { name: 'Melissa Chen' })
      .getByText('Gains read on 3 positions records')
      .waitFor();
    await look(page, 'rules-new-melissa');
    await page.getByRole('button', { name: 'Create rule' }).click();
    await page.getByRole('heading', { name: 'Interviewers: positions they interview for' }).waitFor();

    // Never the salary: narrowing her field list shows her losing it, and saving asks first.
    await page.getByRole('checkbox', { name: 'Every field to read' }).uncheck();
    await page
      .getByRole('group', { name: 'Fields to read' })
      .getByRole('checkbox', { name: 'Salary (EUR)' })
      .uncheck();
    const melissa = impact.getByRole('article', { name: 'Melissa Chen' });
    await melissa.getByText('Loses read of positions.salary on 3 records').waitFor();
    expect(await melissa.getByText(/loses read on/i).count()).toBe(0);
    await impact.getByText('Saving will ask you to confirm').waitFor();
    await look(page, 'rules-impact-salary');
    await page.getByRole('button', { name: 'Save rule' }).click();
    const confirm = page.getByRole('dialog', { name: 'Save this change?' });
    await confirm
      .getByRole('article', { name: 'Melissa Chen' })
      .getByText('Loses read of positions.salary on 3 records')
      .waitFor();
    await look(page, 'rules-confirm');
    await confirm.getByRole('button', { name: 'Confirm and save' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('Rule saved').waitFor();

    // The API now has exactly what the editor showed.
    const { items: saved } = await api.call<{
      items: { name: string; condition: string | null; fields: unknown; to: { roles?: string[] } }[];
    }>('GET', `${base}/rules?collection=positions`);
    expect(saved.map((r) => [r.name, r.condition, r.to.roles])).toEqual([
      ['Hiring managers: their positions', 'record.hiringManager == user.id', ['hiring_manager']],
      ['Interviewers: positions they interview for', 'user.id in record.interviewers', ['interviewer']],
    ]);
    expect(saved[1]?.fields).toEqual({
      read: ['title', 'department', 'status', 'hiringManager', 'interviewers'],
    });

    // The list shows both, with whom they apply to and what they cover.
    await page.getByRole('link', { name: '← Rules' }).click();
    const rules = page.getByRole('region', { name: 'Rules' });
    const row = rules.getByRole('row', { name: /Interviewers: positions they interview for/ });
    await row.getByText('Interviewer', { exact: true }).waitFor();
    await row.getByText('read (title, department, status, hiringManager, interviewers), update').waitFor();
    expect(await rules.getByRole('row').count()).toBe(3);
    await look(page, 'rules-list');

    // Viewing the app as Melissa: her positions only, and no salary anywhere.
    await page.goto(`/apps/${appId}/users`);
    await page.getByRole('button', { name: 'Actions for Melissa Chen' }).click();
    await page.getByRole('menuitem', { name: 'View the app as Melissa Chen' }).click();
    const viewAs = page.getByRole('dialog', { name: 'View the app as Melissa Chen' });
    await viewAs.getByLabel('Reason').fill('Checking the new positions rules');
    await viewAs.getByRole('button', { name: 'View as Melissa Chen' }).click();
    const banner = page.getByRole('status', { name: 'Viewing as another user' });
    await banner.getByText(/min left$/).waitFor();
    // The view opens the app as Melissa uses it: her positions under the new rules, no salary.
    const positions = page.getByRole('table', { name: 'Positions' });
    await positions.getByRole('cell', { name: 'Senior Backend Engineer' }).waitFor();
    expect(page.url()).toContain('/a/recruiting/');
    expect(await positions.getByRole('columnheader', { name: /Salary/ }).count()).toBe(0);
    await banner.getByRole('link', { name: 'Open in the backoffice' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
    await page.getByRole('link', { name: 'Positions' }).click();
    await page.getByRole('button', { name: 'Open Senior Backend Engineer' }).waitFor();
    const opened = page.getByRole('button', { name: /^Open / });
    expect((await opened.allTextContents()).length).toBe(3);
    expect(await page.getByRole('button', { name: 'Open Sales Development Representative' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: /Salary/ }).count()).toBe(0);
    await look(page, 'rules-view-as-melissa');
    await banner.getByRole('button', { name: 'Stop viewing as Melissa Chen' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.goto(`/apps/${appId}/rules`);

    // The data model refuses to delete positions while rules use them, each a link to its editor.
    await page.getByRole('link', { name: 'Data model' }).click();
    await page.getByRole('button', { name: 'Actions for Positions' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const refusal = page.getByRole('dialog', { name: 'Delete the collection Positions?' });
    await refusal.getByRole('button', { name: 'Delete collection' }).click();
    await refusal
      .getByRole('list', { name: 'Rules that use it' })
      .getByRole('link', { name: 'Hiring managers: their positions' })
      .click();
    await page.getByRole('heading', { name: 'Hiring managers: their positions' }).waitFor();

    // Ninox's "Readable if": the template, opened from an address, is a guard for everyone.
    await page.goto(`/apps/${appId}/rules/new?collection=candidates&template=readable-if`);
    await expect.poll(() => condition.textContent()).toBe('record.createdBy == user.id');
    expect(await page.getByRole('radio', { name: 'Guard' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Audience' }).inputValue()).toBe('Everyone signed in');
    await impact
      .getByRole('article', { name: 'Andy Fischer' })
      .getByText(/^Loses read on 6 candidates records$/i)
      .waitFor();
    await look(page, 'rules-readable-if');

    // Deleting a rule shows what closes first.
    await page.getByRole('link', { name: '← Rules' }).click();
    await page.getByRole('link', { name: 'Hiring managers: candidates for their positions' }).click();
    await page.getByRole('button', { name: 'Delete rule' }).click();
    const remove = page.getByRole('dialog', { name: /^Delete the rule/ });
    await remove
      .getByRole('article', { name: 'Andy Fischer' })
      .getByText(/^Loses read on 6 candidates records$/i)
      .waitFor();
    await look(page, 'rules-delete');
    await remove.getByRole('button', { name: 'Delete rule' }).click();
    await page.getByText('Rule deleted').waitFor();
    await page.getByRole('link', { name: 'Interviewers: their candidates, not the reviews' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Hiring managers: candidates for their positions' }).count(),
    ).toBe(0);
    await context.close();
  });

  it('someone who may read the data model reads the rules, and may change none of them', async () => {
    const builder = await newPage(j.browser, j.charter);
    const api = Api.of(j.charter, builder.context);
    await api.signIn(tessa.email, tessa.password);
    const appId = await recruitingAppId(j.charter);
    const base = `/api/apps/${appId}`;
    const uma = DEMO_PEOPLE.find((p) => p.key === 'uma')!;
    const { items: users } = await api.call<{ items: { accountId: string; email: string }[] }>(
      'GET',
      `${base}/users?search=uma`,
    );
    await api.call('PUT', `${base}/users/${users[0]!.accountId}/permissions`, {
      roles: ['user'],
      directRights: ['app.dataformats.read'],
    });
    await builder.context.close();

    const { page, context } = await newPage(j.browser, j.charter, 390);
    context.setDefaultTimeout(15_000);
    await Api.of(j.charter, context).signIn(uma.email, uma.password);
    await page.goto(`/apps/${appId}/rules`);
    const rule = page.getByRole('link', { name: 'Interviewers: their candidates, not the reviews' });
    await rule.waitFor();
    await page.getByText('Changing them needs the right app.dataformats.edit').waitFor();
    expect(await page.getByRole('link', { name: 'New rule' }).count()).toBe(0);
    await look(page, 'rules-read-only-list');
    await rule.click();
    await page.getByText('Changing it needs the right app.dataformats.edit', { exact: false }).waitFor();
    const condition = page.getByRole('textbox', { name: 'Condition' });
    await expect.poll(() => condition.textContent()).toBe('user.id in record.position.interviewers');
    expect(await condition.getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('button', { name: /Save rule|Delete rule/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Impact if you save' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Read', exact: true }).isDisabled()).toBe(true);
    await look(page, 'rules-read-only-rule');
    await context.close();

    // A hiring manager may not read the rules: no entry, and the address names the right.
    const andy = DEMO_PEOPLE.find((p) => p.key === 'andy')!;
    const outsider = await newPage(j.browser, j.charter);
    outsider.context.setDefaultTimeout(15_000);
    await Api.of(j.charter, outsider.context).signIn(andy.email, andy.password);
    await outsider.page.goto(`/apps/${appId}/rules`);
    await outsider.page.getByText('You do not have access to this').waitFor();
    await outsider.page.getByText('app.dataformats.read', { exact: false }).first().waitFor();
    await outsider.page.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await outsider.page.getByRole('link', { name: 'Rules', exact: true }).count()).toBe(0);
    await outsider.context.close();
  });
});
