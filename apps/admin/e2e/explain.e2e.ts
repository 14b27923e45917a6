import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot, settled } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const person = (key: string) => {
  const found = DEMO_PEOPLE.find((p) => p.key === key);
  if (!found) throw new Error(`no demo person ${key}`);
  return found;
};

/** A signed-in browser for a demo person, with the Recruiting app's id and its positions by title. */
async function signedIn(key: string) {
  const { page, context } = await newPage(j.browser, j.charter);
  const api = Api.of(j.charter, context);
  await api.signIn(person(key).email, person(key).password);
  const apps = await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/apps');
  const app = apps.items.find((a) => a.name === 'Recruiting')?.id ?? '';
  return { page, context, api, app };
}

async function positionIds(api: Api, app: string): Promise<Record<string, string>> {
  const list = await api.call<{ items: { id: string; title: string }[] }>(
    'GET',
    `/api/apps/${app}/collections/positions/records?limit=50`,
  );
  return Object.fromEntries(list.items.map((p) => [p.title, p.id]));
}

/** What a refused records request answers, with the decision reference a user would pass on. */
async function refusedReference(context: BrowserContext, url: string): Promise<string> {
  const response = await context.request.get(url);
  expect(response.status()).toBe(404);
  const body = (await response.json()) as { error: { details: { reference: string } } };
  return body.error.details.reference;
}

describe('explain and view as another user', () => {
  it('a builder asks why Melissa cannot see a position, in both modes and from a reference', async () => {
    const { page, context, api, app } = await signedIn('tessa');
    const positions = await positionIds(api, app);
    await page.goto(`/apps/${app}/explain`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explain' }).waitFor();

    await page.getByRole('combobox', { name: 'Person' }).fill('Melissa');
    await page.getByRole('option', { name: /melissa@acme-talent\.example/ }).click();
    await page.getByRole('combobox', { name: 'Collection' }).click();
    await page.getByRole('option', { name: 'Positions' }).click();
    await page.getByRole('combobox', { name: 'Record' }).fill('Sales Development');
    await page.getByRole('option', { name: 'Sales Development Representative' }).click();
    await page.getByRole('button', { name: 'Explain' }).click();

    const card = page.getByRole('article', { name: 'Explanation' });
    await card.getByRole('heading', { name: 'Melissa Chen may not read this record' }).waitFor();
    // The failed condition is named, and marked inside the condition it belongs to.
    await card.getByText('Failed condition:').waitFor();
    expect(await card.locator('mark').first().textContent()).toMatch(/ in record\.interviewers$/);
    await card.getByText(/is Melissa Chen’s id\.$/).waitFor();
    await card.getByText('The SQL path agrees:').waitFor();
    const rule = card.getByRole('link', { name: 'Interviewers: positions they interview for, never salary' });
    expect(await rule.getAttribute('href')).toMatch(new RegExp(`^/apps/${app}/rules/[0-9a-f-]{36}$`));
    // Tessa's own standing is not Melissa's: Access All Data is absent from the roles considered.
    expect(await card.getByText('Access All Data', { exact: true }).count()).toBe(0);
    // The question is in the address, so the explanation can be sent as a link.
    expect(page.url()).toContain(`record=${positions['Sales Development Representative']}`);
    await expectAccessible(page);
    await screenshot(page, 'explain-denied');

    await page.getByText('Why is it not in their list?').click();
    await page.getByRole('button', { name: 'Explain' }).click();
    await card
      .getByRole('heading', { name: 'This record is not in Melissa Chen’s list of Positions' })
      .waitFor();
    expect(await card.locator('mark').first().textContent()).toMatch(/ in record\.interviewers$/);
    expect(page.url()).toContain('list=true');
    await screenshot(page, 'explain-list');

    // A position she does interview for: allowed, and the salary is hidden with the reason.
    await page.goto(
      `/apps/${app}/explain?person=${encodeURIComponent(person('melissa').email)}&action=read&collection=positions&record=${positions['Senior Backend Engineer']}`,
    );
    await card.getByRole('heading', { name: 'Melissa Chen may read this record' }).waitFor();
    const hidden = card.getByRole('table', { name: 'Hidden fields' });
    await hidden.getByRole('row', { name: /salary.*no role whose grants hold/ }).waitFor();
    expect(await card.locator('mark').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'explain-allowed');

    // The rules allow it, but the list's own filter drops it: the card tells the two apart.
    await page.goto(
      `/apps/${app}/explain?person=${encodeURIComponent(person('melissa').email)}&collection=positions&list=true&record=${positions['Senior Backend Engineer']}&filter=${encodeURIComponent('record.status == "Filled"')}`,
    );
    await card
      .getByRole('heading', { name: 'This record is not in Melissa Chen’s list of Positions' })
      .waitFor();
    await card.getByText('the rules allow the record, but the list filter or search excludes it').waitFor();
    expect(await page.getByRole('textbox', { name: 'List filter' }).inputValue()).toBe(
      'record.status == "Filled"',
    );

    // A visitor who is not signed in has no grant at all.
    await page.goto(
      `/apps/${app}/explain?person=anonymous&collection=positions&record=${positions['Senior Backend Engineer']}`,
    );
    await card.getByRole('heading', { name: 'An anonymous visitor may not read this record' }).waitFor();
    expect(await card.getByRole('button', { name: /^View the app as/ }).count()).toBe(0);

    // Melissa's own request for the position is refused; the reference opens the same card.
    const melissa = await signedIn('melissa');
    const reference = await refusedReference(
      melissa.context,
      `${j.charter.url}/api/apps/${app}/collections/positions/records/${positions['Sales Development Representative']}`,
    );
    await melissa.context.close();
    await page.goto(`/apps/${app}/explain`);
    await page.getByRole('textbox', { name: 'Decision reference' }).fill(reference);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByText(`Decision ${reference}`).waitFor();
    await card.getByRole('heading', { name: 'Melissa Chen may not read this record' }).waitFor();
    expect(await card.locator('mark').first().textContent()).toMatch(/ in record\.interviewers$/);
    expect(page.url()).toContain(`reference=${reference}`);
    // The question the reference answers fills the form, to ask it again.
    expect(await page.getByRole('combobox', { name: 'Person' }).inputValue()).toBe(person('melissa').email);
    await expectAccessible(page);
    await screenshot(page, 'explain-reference');
    await page.getByText('Melissa Chen (melissa@acme-talent.example) was refused GET').waitFor();
    // On a phone the card keeps its parts readable, one under the other.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await card.getByRole('heading', { name: 'Melissa Chen may not read this record' }).waitFor();
    await settled(page);
    await screenshot(page, 'explain-phone');
    await context.close();
  });

  it('from the users list a builder views the app as Melissa, sees the time left, and stops', async () => {
    const { page, context, app } = await signedIn('tessa');
    await page.goto(`/apps/${app}/users`);
    // The row menu also opens explain with the person chosen.
    await page.getByRole('button', { name: 'Actions for Melissa Chen' }).click();
    await page.getByRole('menuitem', { name: 'Explain what Melissa Chen may do' }).click();
    await page.getByRole('heading', { name: 'Explain', level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Person' }).inputValue()).toBe(person('melissa').email);
    await page.goBack();
    await page.getByRole('button', { name: 'Actions for Melissa Chen' }).click();
    await page.getByRole('menuitem', { name: 'View the app as Melissa Chen' }).click();
    const dialog = page.getByRole('dialog', { name: 'View the app as Melissa Chen' });
    await dialog.getByRole('button', { name: 'View as Melissa Chen' }).click();
    await dialog.getByText('Say why, in a few words').waitFor();
    await dialog.getByLabel('Reason').fill('Melissa reports a missing position');
    await dialog.getByText('15 min').click();
    await expectAccessible(page);
    await screenshot(page, 'view-as-modal');
    await dialog.getByRole('button', { name: 'View as Melissa Chen' }).click();

    const banner = page.getByRole('status', { name: 'Viewing as another user' });
    await banner.getByText(/^1[45] min left$/).waitFor();
    await banner.getByText('Melissa reports a missing position', { exact: false }).waitFor();
    // The view opens the Recruiting app as Melissa uses it: her pages, her positions.
    await page.getByRole('heading', { name: 'Positions', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'My interviews' })
      .waitFor();
    expect(page.url()).toContain('/a/recruiting/positions');
    await expectAccessible(page);
    await screenshot(page, 'view-as-end-user-app');
    await banner.getByRole('link', { name: 'Open in the backoffice' }).click();
    await page.getByRole('heading', { name: 'Recruiting' }).waitFor();
    // The overview answers as Melissa: her role, none of Tessa's standing.
    await page.getByText('interviewer', { exact: true }).waitFor();
    expect(await page.getByText('Company owner').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'view-as-banner');

    await banner.getByRole('button', { name: 'Stop viewing as Melissa Chen' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await page.getByText('min left').count()).toBe(0);
    await context.close();
  });

  it('a builder with less standing is refused viewing as the team admin, with what is missing', async () => {
    const tessa = await signedIn('tessa');
    const priyaId = (
      await tessa.api.call<{ items: { accountId: string; email: string }[] }>(
        'GET',
        `/api/apps/${tessa.app}/users?search=priya`,
      )
    ).items[0]?.accountId;
    // Priya gets the builder tools' right, and nothing else of Tessa's standing.
    await tessa.api.call('PUT', `/api/apps/${tessa.app}/users/${priyaId}/permissions`, {
      roles: ['hiring_manager'],
      directRights: ['app.dataformats.read'],
    });
    const positions = await positionIds(tessa.api, tessa.app);
    await tessa.context.close();

    const { page, context, app } = await signedIn('priya');
    const tessaEmail = person('tessa').email;
    await page.goto(
      `/apps/${app}/explain?person=${encodeURIComponent(tessaEmail)}&action=read&collection=positions&record=${positions['Account Executive, DACH']}`,
    );
    const card = page.getByRole('article', { name: 'Explanation' });
    await card.getByRole('heading', { name: `${tessaEmail} may read this record` }).waitFor();
    await card.getByRole('button', { name: `View the app as ${tessaEmail}` }).click();
    const dialog = page.getByRole('dialog', { name: `View the app as ${tessaEmail}` });
    await dialog.getByLabel('Reason').fill('Checking the admin view');
    await dialog.getByRole('button', { name: `View as ${tessaEmail}` }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.getByText(`You cannot view the app as ${tessaEmail}`).waitFor();
    const missing = refusal.getByRole('list', { name: 'What you lack' });
    await missing.getByText('Owner of the company').waitFor();
    await missing.getByText(/^Access All Data: /).waitFor();
    await missing.getByText(/^Modify App: /).waitFor();
    // Priya holds app.dataformats.read herself: it is not among what she lacks.
    expect(await missing.getByText(/^app\.dataformats\.read/).count()).toBe(0);
    expect(await page.getByRole('status', { name: 'Viewing as another user' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'view-as-refused');
    await context.close();
  });
});
