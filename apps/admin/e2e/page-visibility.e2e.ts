import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot, settled } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const tessa = DEMO_PEOPLE.find((p) => p.key === 'tessa')!;

describe('why a person does not see a page', () => {
  it('a builder asks why Melissa cannot see a page for hiring managers, and why Andy can', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    const api = Api.of(j.charter, context);
    await api.signIn(tessa.email, tessa.password);
    const apps = await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/apps');
    const app = apps.items.find((a) => a.name === 'Recruiting')?.id ?? '';
    // A page under Positions that only hiring managers see; its sections have rules of their own.
    const positions = await api.call<{ id: string }>('GET', `/api/apps/${app}/pages/positions`);
    const bands = await api.call<{ id: string }>('POST', `/api/apps/${app}/pages`, {
      title: 'Salary bands',
      slug: 'salary-bands',
      parent: positions.id,
      visibility: { audience: 'roles', roles: ['hiring_manager'] },
      sections: [
        { kind: 'text', title: 'Bands for 2025', markdown: 'Engineering: 55–95k.' },
        {
          kind: 'text',
          title: 'Approvals',
          markdown: 'Offers above the band need the CFO.',
          visibility: {
            audience: 'roles',
            roles: ['hiring_manager'],
            condition: '"app.data.edit" in user.rights',
          },
        },
        {
          kind: 'text',
          title: 'Budget owners',
          markdown: 'Who signs off the bands.',
          visibility: { audience: 'everyone', condition: '"app.templates.edit" in user.rights' },
        },
      ],
    });

    await page.goto(`/apps/${app}/explain`);
    await page.getByRole('heading', { name: 'Explain', level: 1 }).waitFor();
    await page.getByText('Why can’t they see a page?').click();
    await page.getByRole('combobox', { name: 'Person' }).fill('Melissa');
    await page.getByRole('option', { name: /melissa@acme-talent\.example/ }).click();
    await page.getByRole('combobox', { name: 'Page' }).click();
    await page.getByRole('option', { name: 'Positions › Salary bands' }).click();
    await page.getByRole('button', { name: 'Explain' }).click();

    const card = page.getByRole('article', { name: 'Explanation' });
    await card
      .getByRole('heading', { name: 'Melissa Chen does not see the page Positions › Salary bands' })
      .waitFor();
    // The page's own audience failed, and says whom it is for and what Melissa holds instead.
    const own = card.getByRole('article', { name: 'This page: Salary bands' });
    await own.getByRole('listitem', { name: 'Audience: failed' }).waitFor();
    await own.getByText('holders of the role Hiring Manager').waitFor();
    await own.getByText('Melissa Chen holds none of them: their roles are Interviewer.').waitFor();
    // The page above holds for her: it is not the reason.
    const above = card.getByRole('article', { name: 'Page above: Positions' });
    await above.getByRole('listitem', { name: 'Audience: held' }).waitFor();
    expect(await above.getByRole('listitem', { name: /failed$/ }).count()).toBe(0);
    await card
      .getByText(/For Melissa Chen, its own visibility \(holders of the role Hiring Manager\) did not hold/)
      .waitFor();
    // Each section: hidden with the page, or by its own rule.
    const sections = card.getByRole('region', { name: 'Sections' });
    await sections
      .getByRole('listitem', { name: 'Bands for 2025: hidden' })
      .getByText('Hidden with the page.')
      .waitFor();
    await sections
      .getByRole('listitem', { name: 'Approvals: hidden' })
      .getByText(/^For holders of the role Hiring Manager: Melissa Chen holds none of them/)
      .waitFor();
    // The next steps: her roles, and the page in the page editor.
    const roles = card.getByRole('link', { name: 'Change Melissa Chen’s roles' });
    expect(await roles.getAttribute('href')).toBe(
      `/apps/${app}/users?search=${encodeURIComponent('melissa@acme-talent.example')}`,
    );
    expect(await card.getByRole('link', { name: 'Open in the page editor' }).getAttribute('href')).toBe(
      `/apps/${app}/pages/${bands.id}`,
    );
    await card.getByRole('button', { name: 'View the app as Melissa Chen' }).waitFor();
    // The question is in the address, so the answer can be sent as a link.
    expect(page.url()).toContain(`page=${bands.id}`);
    expect(page.url()).toContain(`person=${encodeURIComponent('melissa@acme-talent.example')}`);
    await expectAccessible(page);
    await screenshot(page, 'explain-page-hidden');

    // Andy is a hiring manager: the page is shown, and so are its sections.
    await page.getByRole('combobox', { name: 'Person' }).fill('Andy');
    await page.getByRole('option', { name: /andy@acme-talent\.example/ }).click();
    await page.getByRole('button', { name: 'Explain' }).click();
    await card
      .getByRole('heading', { name: 'Andy Fischer sees the page Positions › Salary bands' })
      .waitFor();
    await own.getByRole('listitem', { name: 'Audience: held' }).waitFor();
    await own.getByText('Andy Fischer holds Hiring Manager.').waitFor();
    await sections.getByRole('listitem', { name: 'Bands for 2025: shown' }).waitFor();
    await sections.getByRole('listitem', { name: 'Approvals: shown' }).waitFor();
    await sections
      .getByRole('listitem', { name: 'Budget owners: hidden' })
      .getByText('Its condition does not hold: "app.templates.edit" in user.rights')
      .waitFor();
    expect(await card.getByRole('region', { name: 'Why' }).count()).toBe(0);
    await screenshot(page, 'explain-page-shown');

    // A link opened afresh asks the same question, the form filled in.
    await page.goto(`/apps/${app}/explain?person=melissa%40acme-talent.example&page=salary-bands`);
    await card
      .getByRole('heading', { name: 'Melissa Chen does not see the page Positions › Salary bands' })
      .waitFor();
    expect(await page.getByRole('combobox', { name: 'Page' }).inputValue()).toBe('Positions › Salary bands');
    // On a phone the checks stand one under the other, each readable whole.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await card
      .getByRole('heading', { name: 'Melissa Chen does not see the page Positions › Salary bands' })
      .waitFor();
    await settled(page);
    await screenshot(page, 'explain-page-phone');
    await context.close();
  });
});
