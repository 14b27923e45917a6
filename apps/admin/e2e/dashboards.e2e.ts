import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { journey, look, newPage, recruitingAppId } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const person = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!;

/** How many positions a demo person's own records list gives them. */
async function positionsOf(key: string, appId: string): Promise<number> {
  const context = await j.browser.newContext();
  const api = Api.of(j.charter, context);
  await api.signIn(person(key).email, person(key).password);
  const list = await api.call<{ count: number }>(
    'GET',
    `/api/apps/${appId}/collections/positions/records?count=true&limit=1`,
  );
  await context.close();
  return list.count;
}

describe('dashboards', () => {
  it('a builder builds a dashboard over positions and previews it as Melissa: her positions only, and no salary', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    context.setDefaultTimeout(20_000);
    const api = Api.of(j.charter, context);
    await api.signIn(person('tessa').email, person('tessa').password);
    const appId = await recruitingAppId(j.charter);
    const [tessas, melissas] = [await positionsOf('tessa', appId), await positionsOf('melissa', appId)];
    expect(melissas).toBeLessThan(tessas);

    await page.goto(`/apps/${appId}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboards' }).click();
    await page.getByRole('link', { name: 'New dashboard' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Hiring');

    const add = async (kind: RegExp, title: string) => {
      await page.getByRole('button', { name: 'Add a widget' }).click();
      await page.getByRole('menuitem', { name: kind }).click();
      const widgets = page.getByRole('region', { name: /^Widget: / });
      const last = widgets.last();
      await last.getByRole('textbox', { name: 'Widget title' }).fill(title);
      const widget = page.getByRole('region', { name: `Widget: ${title}` });
      await widget.getByRole('combobox', { name: 'Collection' }).click();
      await page.getByRole('option', { name: 'Positions' }).click();
      return widget;
    };
    await add(/^Number/, 'Positions');
    const byStatus = await add(/^Bar chart/, 'By status');
    await byStatus.getByRole('combobox', { name: 'Grouped by' }).click();
    await page.getByRole('option', { name: 'Status' }).click();
    const budget = await add(/^Number/, 'Salary budget');
    await budget.getByRole('combobox', { name: 'Figure' }).click();
    await page.getByRole('option', { name: 'Sum of' }).click();
    await budget.getByRole('combobox', { name: 'Field' }).click();
    await page.getByRole('option', { name: /Salary/ }).click();

    // Computed for the builder first: every position.
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText(`For ${person('tessa').email}`).waitFor();
    await preview
      .getByRole('region', { name: 'Positions' })
      .getByText(String(tessas), { exact: true })
      .waitFor();
    await preview.getByRole('table', { name: 'By status: values' }).waitFor();

    // As Melissa: her positions only, and the salary is not hers to sum.
    await preview.getByRole('combobox', { name: 'Person' }).fill('Melissa');
    await page.getByRole('option', { name: new RegExp(person('melissa').email) }).click();
    await preview.getByText(`For ${person('melissa').email}`).waitFor();
    await preview
      .getByRole('region', { name: 'Positions' })
      .getByText(String(melissas), { exact: true })
      .waitFor();
    await preview
      .getByRole('region', { name: 'Salary budget' })
      .getByText('Not shown to this person')
      .waitFor();
    const statuses = preview.getByRole('table', { name: 'By status: values' });
    const counted = (await statuses.getByRole('cell').allTextContents())
      .filter((_, i) => i % 2 === 1)
      .reduce((sum, v) => sum + Number(v.replace(/\D/g, '')), 0);
    expect(counted).toBe(melissas);
    await look(page, 'dashboard-editor-melissa');

    await page.getByRole('button', { name: 'Create dashboard' }).click();
    await page.getByRole('region', { name: 'Save' }).getByText('Version 1').waitFor();

    // The dashboard itself, as its viewer: the builder sees every position and the salary sum.
    await page.getByRole('link', { name: '← Hiring' }).click();
    await page.getByRole('heading', { name: 'Hiring', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Positions' })
      .getByText(String(tessas), { exact: true })
      .waitFor();
    expect(await page.getByText('Not shown to this person').count()).toBe(0);
    await look(page, 'dashboard-view');
    await page.setViewportSize({ width: 390, height: 844 });
    await look(page, 'dashboard-view-phone');
  });
});
