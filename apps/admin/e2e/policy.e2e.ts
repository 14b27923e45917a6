import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { journey, look, newPage } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const FIXTURE = fileURLToPath(new URL('../../server/policy-tests/recruitment.yaml', import.meta.url));
const MELISSA_RULE = 'Interviewers: positions they interview for, never salary';

interface Rule {
  id: string;
  name: string;
  condition: string | null;
}

/** Hands a file to the upload button the way a person picks it in the file dialog. */
async function upload(page: Page, button: string, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

describe('permission tests and policy as code', () => {
  it('Tessa runs the demo fixture green, a broken rule turns it red, the mutation check finds unprotected rules, and the policy is exported, previewed, imported and linted', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    context.setDefaultTimeout(20_000);
    const api = Api.of(j.charter, context);
    const tessa = DEMO_PEOPLE.find((p) => p.key === 'tessa')!;
    await api.signIn(tessa.email, tessa.password);
    const { id: appId } = await j.charter.server.ctx.database.db
      .selectFrom('application')
      .select('id')
      .executeTakeFirstOrThrow();
    const base = `/api/apps/${appId}`;
    const rules = (await api.call<{ items: Rule[] }>('GET', `${base}/rules`)).items;
    const melissaRule = rules.find((r) => r.name === MELISSA_RULE)!;

    // The screen starts from the demo's own fixture; it passes, every rule exercised.
    await page.goto(`/apps/${appId}`);
    await page.getByRole('link', { name: 'Permission tests' }).click();
    await page.getByRole('heading', { name: 'Permission tests' }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Fixture' });
    // The editor draws only the lines in view: the fixture's opening comment is.
    const opening = editor.getByText('Permission tests of the recruitment demo', { exact: false });
    await opening.waitFor();
    await page.getByRole('button', { name: 'Run tests' }).click();
    const verdict = page.getByRole('status').filter({ hasText: /checks (passed|failed)/ });
    await verdict.getByText(/^All \d+ checks passed$/).waitFor();
    await page.getByText('All 4 rules were exercised by some test.').waitFor();
    const coverage = page.getByRole('list', { name: 'Rules' });
    const link = coverage.getByRole('link', { name: MELISSA_RULE });
    expect(await link.getAttribute('href')).toBe(`/apps/${appId}/rules/${melissaRule.id}`);
    expect(await page.getByRole('row').filter({ hasText: 'Failed' }).count()).toBe(0);
    await look(page, 'permission-tests-passed');

    // Melissa's condition widened on purpose: the run turns red and names the failing case.
    await api.call('PATCH', `${base}/rules/${melissaRule.id}`, { condition: 'true' });
    await page.getByRole('button', { name: 'Run tests' }).click();
    await verdict.getByText(/^\d+ of \d+ checks failed$/).waitFor();
    const failed = page.getByRole('row').filter({ hasText: 'Failed' });
    await failed
      .filter({ hasText: 'interviewers do not see positions they do not interview for' })
      .first()
      .waitFor();
    expect(await failed.filter({ hasText: 'hiring managers' }).count()).toBe(0);
    await failed.getByText('expected read to be denied', { exact: false }).first().waitFor();
    await look(page, 'permission-tests-failed');
    await api.call('PATCH', `${base}/rules/${melissaRule.id}`, { condition: melissaRule.condition });

    // Without the interviewers' tests, the mutation check finds their rules unprotected.
    const full = parse(await fs.readFile(FIXTURE, 'utf8')) as { tests: { as: string }[] };
    const thin = stringify({
      ...full,
      tests: full.tests.filter((t) => t.as !== 'melissa' && t.as !== 'jonas'),
    });
    await upload(page, 'Upload fixture', 'thin.yaml', thin);
    await opening.waitFor({ state: 'detached' });
    // The earlier run was about another fixture: its results go.
    expect(await page.getByRole('region', { name: 'Test results' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Check mutations' }).click();
    await page.getByText(/broken copies went unnoticed: 2 rules are not protected/).waitFor();
    const mutants = page.getByRole('region', { name: 'Rules and their mutants' });
    const unprotected = mutants.getByRole('row').filter({ hasText: 'Not protected' });
    expect(await unprotected.count()).toBe(2);
    await unprotected.getByRole('link', { name: MELISSA_RULE }).waitFor();
    expect(
      await mutants
        .getByRole('row')
        .filter({ hasText: 'Hiring managers: their positions' })
        .getByText('Protected', { exact: true })
        .count(),
    ).toBe(1);
    await look(page, 'permission-tests-mutations');

    // The fixture survives a reload, downloads as a file, and a syntax error is shown at its line.
    await page.reload();
    await editor.getByText('tara:').waitFor();
    expect(await opening.count()).toBe(0);
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const fixtureFile = await saved;
    expect(fixtureFile.suggestedFilename()).toBe('recruiting-permission-tests.yaml');
    expect(parse(await fs.readFile((await fixtureFile.path())!, 'utf8'))).toEqual(parse(thin));
    await upload(
      page,
      'Upload fixture',
      'broken.yaml',
      'users:\n  andy: { roles: [hiring_manager]\ntests: []\n',
    );
    await page.getByRole('button', { name: 'Run tests' }).click();
    const invalid = page.getByRole('alert').filter({ hasText: 'The fixture cannot run' });
    await invalid.getByText(/^Line 3:/).waitFor();
    await look(page, 'permission-tests-invalid');

    // Export: the policy file downloads, as the API writes it.
    await page.getByRole('link', { name: 'Policy', exact: true }).click();
    await page.getByRole('heading', { name: 'Policy', exact: true }).waitFor();
    await page.getByText('No findings').waitFor();
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download policy file' }).click();
    const policyFile = await exported;
    expect(policyFile.suggestedFilename()).toBe('recruiting.policy.json');
    const policy = JSON.parse(await fs.readFile((await policyFile.path())!, 'utf8'));
    expect(policy.format).toBe('charter.policy');
    expect(policy.rules).toHaveLength(4);

    // Import a changed copy: interviewers may read the salary, and hiring managers see My interviews.
    // The preview names both changes, Melissa and Jonas gaining the salary and Andy the page, and
    // nothing is saved until applied.
    const rule = policy.rules.find((r: { name: string }) => r.name === MELISSA_RULE);
    rule.fields.read.push('salary');
    const interviews = policy.pages.find((p: { slug: string }) => p.slug === 'my-interviews');
    interviews.visibility.roles.push('hiring_manager');
    await upload(page, 'Upload policy file', 'changed.policy.json', JSON.stringify(policy, null, 2));
    await page.getByRole('button', { name: 'Preview import' }).click();
    const changes = page.getByRole('table', { name: 'Policy changes' });
    const changed = changes.getByRole('row').filter({ hasText: MELISSA_RULE });
    await changed.getByText('Changed').waitFor();
    await changed.getByText('fields.read').waitFor();
    await changed.getByText('+salary', { exact: false }).waitFor();
    const pageRow = changes.getByRole('row').filter({ hasText: 'My interviews' });
    await pageRow.getByText('Changed').waitFor();
    await pageRow.getByText('visibility').waitFor();
    await pageRow.getByText(/roles interviewer → roles interviewer, hiring_manager/).waitFor();
    expect(await changes.getByRole('row').count()).toBe(2);
    const seeing = page.getByRole('list', { name: 'Who starts and stops seeing pages' });
    await seeing.getByText(/start seeing the page My interviews: .*Andy Fischer/).waitFor();
    expect(await seeing.getByText(/Melissa Chen/).count()).toBe(0);
    const people = page.getByRole('region', { name: 'Who gains and who loses' });
    const melissa = people.getByRole('row').filter({ hasText: 'melissa@acme-talent.example' });
    await melissa
      .getByText(/salary/)
      .first()
      .waitFor();
    expect(await people.getByRole('row').filter({ hasText: 'andy@acme-talent.example' }).count()).toBe(0);
    const readOf = async () =>
      (
        await api.call<{ items: { name: string; fields: { read?: string[] } }[] }>('GET', `${base}/rules`)
      ).items.find((r) => r.name === MELISSA_RULE)!.fields.read;
    expect(await readOf()).not.toContain('salary');
    await look(page, 'policy-import-preview');
    await page.getByRole('button', { name: 'Apply import' }).click();
    const confirm = page.getByRole('dialog', { name: 'Apply this policy file?' });
    await confirm.getByRole('button', { name: 'Apply import' }).click();
    await page.getByText('Policy imported').waitFor();
    expect(await readOf()).toContain('salary');

    // Lint: a grant opening candidates (which hold email addresses) to everyone, linked to its rule.
    const { rule: open } = await api.call<{ rule: { id: string } }>('POST', `${base}/rules`, {
      kind: 'grant',
      name: 'Everyone reads candidates',
      collection: 'candidates',
      to: { audience: 'everyone' },
      actions: ['read'],
    });
    await page.reload();
    const findings = page.getByRole('region', { name: 'Lint findings' });
    const finding = findings.getByRole('row').filter({ hasText: 'OPEN_TO_EVERYONE' });
    await finding.getByText('Warning').waitFor();
    const ruleLink = finding.getByRole('link', { name: 'Everyone reads candidates' });
    expect(await ruleLink.getAttribute('href')).toBe(`/apps/${appId}/rules/${open.id}`);
    expect(await page.getByText('No findings').count()).toBe(0);
    await look(page, 'policy-lint');
    await context.close();

    // On a phone: the demo fixture now fails (interviewers read the salary since the import), and
    // the failures are listed, the table scrolling sideways.
    const phone = await newPage(j.browser, j.charter, 390);
    phone.context.setDefaultTimeout(20_000);
    await Api.of(j.charter, phone.context).signIn(tessa.email, tessa.password);
    await phone.page.goto(`/apps/${appId}/policy/tests`);
    await phone.page.getByRole('textbox', { name: 'Fixture' }).getByText('tara:').waitFor();
    await phone.page.getByRole('button', { name: 'Run tests' }).click();
    await phone.page.getByText(/^\d+ of \d+ checks failed$/).waitFor();
    await phone.page.getByRole('row').filter({ hasText: 'interviewers never see salary' }).first().waitFor();
    await look(phone.page, 'permission-tests-phone');
    await phone.context.close();

    // Andy, a hiring manager, may not read the rules: no entries, and the address says why.
    const andy = DEMO_PEOPLE.find((p) => p.key === 'andy')!;
    const other = await newPage(j.browser, j.charter);
    other.context.setDefaultTimeout(20_000);
    await Api.of(j.charter, other.context).signIn(andy.email, andy.password);
    await other.page.goto(`/apps/${appId}/policy`);
    await other.page.getByText('You do not have access to this').waitFor();
    await other.page.getByText('app.dataformats.read').first().waitFor();
    const nav = other.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Home' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Policy', exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Permission tests' }).count()).toBe(0);
    expect(await other.page.getByRole('button', { name: 'Download policy file' }).count()).toBe(0);
    expect(await other.page.getByRole('button', { name: 'Preview import' }).count()).toBe(0);
    await other.context.close();
  });
});
