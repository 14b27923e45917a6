import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { journey, look, newPage, recruitingAppId } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const tessa = DEMO_PEOPLE.find((p) => p.key === 'tessa')!;
const melissa = DEMO_PEOPLE.find((p) => p.key === 'melissa')!;

describe('the page editor', () => {
  it('a builder builds a page with a filtered collection view, shows a section to hiring managers only, and previews it as Melissa', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    context.setDefaultTimeout(15_000);
    const api = Api.of(j.charter, context);
    await api.signIn(tessa.email, tessa.password);
    const appId = await recruitingAppId(j.charter);

    // The pages, as the app's menu holds them.
    await page.goto(`/apps/${appId}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pages' }).click();
    const tree = page.getByRole('table', { name: 'Pages' });
    await tree.getByRole('link', { name: 'My interviews' }).waitFor();
    await tree
      .getByRole('row', { name: /My interviews/ })
      .getByText('Roles: interviewer')
      .waitFor();
    await look(page, 'pages-tree');

    // A new page: a collection view whose filter has a typo, caught and explained as it is typed.
    await page.getByRole('link', { name: 'New page' }).click();
    await page.getByRole('heading', { name: 'New page' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Open roles');
    expect(await page.getByRole('textbox', { name: 'Address' }).inputValue()).toBe('open-roles');
    await page.getByRole('combobox', { name: 'Who sees this page' }).click();
    await page.getByRole('option', { name: 'Internal users (Team Member)' }).click();
    await page.getByRole('button', { name: 'Add a section' }).click();
    await page.getByRole('menuitem', { name: /Collection view/ }).click();
    const section = page.getByRole('region', { name: 'Section: Collection view 1' });
    await section.getByRole('textbox', { name: 'Section title' }).fill('Open now');
    const view = page.getByRole('region', { name: 'Section: Open now' });
    await view.getByRole('combobox', { name: 'Collection' }).click();
    await page.getByRole('option', { name: 'Positions' }).click();
    await view.getByRole('textbox', { name: 'Collection filter (optional)' }).click();
    await page.keyboard.type('record.staus == "Open"');
    const check = page.getByRole('region', { name: 'Check' });
    const problems = check.getByRole('list', { name: 'Problems' });
    await problems.getByText(/Section 1 \(Open now\) · Collection filter/).waitFor();
    await problems.getByText(/staus/).waitFor();
    await look(page, 'page-editor-typo');
    // The fix is one of the choices the problem offers, in the filter box itself.
    const filter = view.getByRole('textbox', { name: 'Collection filter (optional)' });
    await filter.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('record.status == "Open"');
    await check.getByText('No problem').waitFor();
    expect(await problems.count()).toBe(0);
    await page.getByRole('button', { name: 'Create page' }).click();
    await page.getByRole('heading', { name: 'Open roles' }).waitFor();
    await page.getByRole('region', { name: 'Save' }).getByText('Version 1').waitFor();
    const saved = await api.call<{ items: { title: string; sections: { filter?: string }[] }[] }>(
      'GET',
      `/api/apps/${appId}/pages`,
    );
    expect(saved.items.find((p) => p.title === 'Open roles')?.sections[0]?.filter).toBe(
      'record.status == "Open"',
    );

    // My interviews: its text section goes to hiring managers only; Melissa loses it, as the check says.
    await page.getByRole('link', { name: '← Pages' }).click();
    await tree.getByRole('link', { name: 'My interviews' }).click();
    await page.getByRole('heading', { name: 'My interviews' }).waitFor();
    const text = page.getByRole('region', { name: 'Section: Before an interview' });
    await text.getByRole('combobox', { name: 'Who sees this section' }).click();
    await page.getByRole('option', { name: 'Holders of some roles' }).click();
    await text.getByRole('combobox', { name: 'Roles' }).click();
    await page.getByRole('option', { name: 'Hiring Manager' }).click();
    await page.keyboard.press('Escape');
    const who = check.getByLabel('Who gains and loses');
    await who.getByText(/stops? seeing the section Before an interview/).waitFor();
    await who.getByText(/Melissa Chen/).waitFor();
    await look(page, 'page-editor-section-visibility');
    await page.getByRole('button', { name: 'Save page' }).click();
    await page.getByRole('region', { name: 'Save' }).getByText('Version 2').waitFor();

    // The versions: version 1 differs from now in that section's visibility only.
    await page.getByRole('button', { name: 'Versions' }).click();
    const versions = page.getByRole('dialog', { name: 'Versions of My interviews' });
    await versions.getByRole('button', { name: 'Compare version 1 with the current one' }).click();
    const changes = versions.getByRole('table', { name: 'Changes' });
    await changes.getByText('sections[Before an interview].visibility').waitFor();
    expect(await changes.getByRole('row').count()).toBe(2);
    await versions.getByRole('button', { name: 'Restore version 1' }).waitFor();
    await page.keyboard.press('Escape');
    await versions.waitFor({ state: 'detached' });

    // The preview is the app as Melissa sees it, under the view-as banner.
    const preview = page.getByRole('region', { name: 'Preview as a person' });
    await preview.getByRole('combobox', { name: 'Person' }).fill('Melissa');
    await page.getByRole('option', { name: new RegExp(melissa.email) }).click();
    await preview.getByRole('button', { name: 'Preview as Melissa Chen' }).click();
    const viewAs = page.getByRole('dialog', { name: 'View the app as Melissa Chen' });
    await viewAs.getByLabel('Reason').fill('Checking the interviews page');
    await viewAs.getByRole('button', { name: 'View as Melissa Chen' }).click();
    const banner = page.getByRole('status', { name: 'Viewing as another user' });
    await banner.getByText(/min left$/).waitFor();
    await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
    expect(page.url()).toContain('/a/recruiting/my-interviews');
    await page.getByRole('table', { name: 'Open positions I interview for' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Before an interview' }).count()).toBe(0);
    expect(await page.getByText('Read the position and the candidate first').count()).toBe(0);
    await look(page, 'page-editor-preview-melissa');
    await banner.getByRole('button', { name: 'Stop viewing as Melissa Chen' }).click();
    await banner.waitFor({ state: 'detached' });

    // On a phone the editor is one column, the check and the preview under the sections.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/apps/${appId}/pages`);
    await page.getByRole('link', { name: 'Open roles' }).click();
    await page.getByRole('region', { name: 'Section: Open now' }).waitFor();
    await look(page, 'page-editor-phone');
  });
});
