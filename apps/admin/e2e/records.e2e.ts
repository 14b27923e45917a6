import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, screenshot, settled } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const person = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!;

type Field = { name: string; label: string; type: string; options: string[]; target: { key: string } | null };
type Collection = { key: string; name: string; fields: Field[] };
type RecordItem = Record<string, unknown> & { id: string };

async function ids(): Promise<{ app: string; people: Record<string, string> }> {
  const db = j.charter.server.ctx.database.db;
  const app = await db
    .selectFrom('application')
    .select('id')
    .where('name', '=', 'Recruiting')
    .executeTakeFirstOrThrow();
  const accounts = await db.selectFrom('account').select(['id', 'email']).execute();
  const people: Record<string, string> = {};
  for (const p of DEMO_PEOPLE) people[p.key] = accounts.find((a) => a.email === p.email)!.id;
  return { app: app.id, people };
}

async function signedIn(
  key: string,
  width?: number,
): Promise<{ page: Page; context: BrowserContext; api: Api }> {
  const { page, context } = await newPage(j.browser, j.charter, width);
  const api = Api.of(j.charter, context);
  await api.signIn(person(key).email, person(key).password);
  return { page, context, api };
}

/** The record titles of the table, top to bottom (the title is the first column here). */
async function titles(page: Page): Promise<string[]> {
  const table = page.getByRole('region', { name: 'Positions records' });
  const rows = table.getByRole('row');
  const n = await rows.count();
  const out: string[] = [];
  for (let i = 1; i < n; i++) out.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim());
  return out;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelled = (scope: Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${literal(label)}( \\*)?$`));

/**
 * The fields the open record form offers as editable: every field of the collection whose input
 * the person can type into. Absent inputs (hidden or unreadable fields) count as not offered.
 */
async function offeredFields(form: Locator, collection: Collection): Promise<Set<string>> {
  const offered = new Set<string>();
  for (const f of collection.fields) {
    const input = labelled(form, f.label);
    if ((await input.count()) === 0) continue;
    if (await input.first().isEditable()) offered.add(f.name);
  }
  return offered;
}

/** A value different from the current one that keeps the record where it is, by field type. */
function changed(field: Field, value: unknown, people: Record<string, string>, others: string[]): unknown {
  switch (field.type) {
    case 'text':
    case 'longText':
      return `${value ?? ''} (checked)`;
    case 'email':
      return `checked.${value ?? 'x@example.com'}`;
    case 'decimal':
    case 'integer':
      return Number(value ?? 0) + 1;
    case 'singleSelect':
      return field.options.find((o) => o !== value) ?? null;
    case 'linkUser':
      return Object.values(people).find((id) => id !== value);
    case 'linkUsers': {
      const current = (value as string[] | undefined) ?? [];
      return [...current, Object.values(people).find((id) => !current.includes(id))];
    }
    case 'linkOne':
      return others.find((id) => id !== value);
    case 'boolean':
      return !value;
    case 'date':
      return value === '2031-01-02' ? '2031-01-03' : '2031-01-02';
    case 'datetime':
      return '2031-01-02T03:04:05.000Z';
    default:
      throw new Error(`no test value for ${field.type}`);
  }
}

/**
 * The drift test: for each record, the fields the form offers as editable must be exactly the
 * fields the API lets the same person write. Each readable field is written with a new value
 * through the same session: an offered one must not be refused for the field (a change that
 * moves the record out of the person's reach is refused for the record, which no form can know
 * in advance); any other must be refused naming it. Accepted changes are put back.
 */
async function expectNoDrift(
  page: Page,
  api: Api,
  app: string,
  collectionKey: string,
  recordIds: string[],
  people: Record<string, string>,
) {
  const { items } = await api.call<{ items: Collection[] }>('GET', `/api/apps/${app}/data/collections`);
  const collection = items.find((c) => c.key === collectionKey)!;
  const base = `/api/apps/${app}/collections/${collectionKey}/records`;
  const others = (
    await api.call<{ items: RecordItem[] }>('GET', `/api/apps/${app}/collections/positions/records`)
  ).items.map((r) => r.id);
  await page.goto(`/apps/${app}/records/${collectionKey}`);
  await page
    .getByRole('button', { name: /^Open / })
    .first()
    .waitFor();
  for (const id of recordIds) {
    const record = await api.call<RecordItem>('GET', `${base}/${id}`);
    await page.getByRole('button', { name: `Open ${String(record.title ?? record.name)}` }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('form').waitFor();
    await labelled(form, collection.fields.find((f) => f.name in record)!.label)
      .first()
      .waitFor();
    const offered = await offeredFields(form, collection);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    const accepted = new Set<string>();
    for (const f of collection.fields) {
      if (!(f.name in record)) continue;
      const value = changed(f, record[f.name], people, others);
      const res = await api.request.fetch(`${j.charter.url}${base}/${id}`, {
        method: 'PATCH',
        headers: { origin: j.charter.url, 'content-type': 'application/json' },
        data: JSON.stringify({ values: { [f.name]: value } }),
      });
      const body = res.ok()
        ? null
        : ((await res.json()) as { error: { code: string; details: { fields?: string[] } } });
      const fieldRefused =
        body?.error.code === 'FIELD_WRITE_DENIED' && body.error.details.fields?.includes(f.name);
      // The users collection is read here and changed under Users: refused for the whole record.
      const recordRefused =
        body?.error.code === 'RECORD_WRITE_DENIED' || body?.error.code === 'READ_ONLY_COLLECTION';
      if (res.ok()) {
        accepted.add(f.name);
        await api.call('PATCH', `${base}/${id}`, { values: { [f.name]: record[f.name] ?? null } });
      } else if (recordRefused && offered.has(f.name)) {
        // Refused for where the change would take the record, not for the field: still writable.
        accepted.add(f.name);
      } else if (!fieldRefused && !recordRefused) {
        throw new Error(`${collectionKey}.${f.name}: unexpected ${res.status()} ${JSON.stringify(body)}`);
      }
    }
    expect([...offered].sort(), `${collectionKey} ${id}`).toEqual([...accepted].sort());
  }
  return collection;
}

describe('the records browser on the recruitment demo', () => {
  it('an interviewer sees only her positions, no salary anywhere, and the form offers what she may write', async () => {
    const { app, people } = await ids();
    const { page, context, api } = await signedIn('melissa');
    await page.goto(`/apps/${app}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
    await page.getByRole('heading', { name: 'Records' }).waitFor();
    await page.getByText('3 records you may read').waitFor();
    // She uses the app without belonging to its company: no company to switch to.
    expect(await page.getByRole('combobox', { name: 'Company' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Application' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'records-interviewer-collections');

    await page.getByRole('link', { name: 'Positions' }).click();
    await page.getByRole('heading', { name: 'Positions' }).waitFor();
    await page.getByRole('button', { name: 'Open Senior Backend Engineer' }).waitFor();
    expect((await titles(page)).sort()).toEqual([
      'Frontend Engineer',
      'Product Designer',
      'Senior Backend Engineer',
    ]);
    // The salary is no column, and the column picker does not offer it either.
    expect(await page.getByRole('columnheader', { name: /Salary/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: /Title/ }).count()).toBe(1);
    await page.getByRole('button', { name: /^Columns/ }).click();
    await page.getByRole('checkbox', { name: 'Title' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Salary/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'records-interviewer-positions');
    await page.keyboard.press('Escape');
    // Her own place in a link reads "You", though she may not read the users collection.
    await page
      .getByRole('row', { name: /Senior Backend Engineer/ })
      .getByText('You', { exact: true })
      .waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    await screenshot(page, 'records-interviewer-positions-phone');
    await page.setViewportSize({ width: 1280, height: 860 });

    // Her form: no salary, the status editable, the rest read-only with the reason.
    await page.getByRole('button', { name: 'Open Senior Backend Engineer' }).click();
    const form = page.getByRole('dialog');
    await labelled(form, 'Status').waitFor();
    expect(await labelled(form, 'Salary (EUR)').count()).toBe(0);
    expect(await labelled(form, 'Status').isEditable()).toBe(true);
    expect(await labelled(form, 'Title').isEditable()).toBe(false);
    await form.getByText('Your roles may not change this field.').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'records-interviewer-form');
    await page.keyboard.press('Escape');

    const mine = async (c: string) =>
      (
        await api.call<{ items: RecordItem[] }>('GET', `/api/apps/${app}/collections/${c}/records?limit=2`)
      ).items.map((r) => r.id);
    await expectNoDrift(page, api, app, 'positions', await mine('positions'), people);
    // Candidates she may read but not change: the form offers nothing, the API accepts nothing.
    await expectNoDrift(page, api, app, 'candidates', (await mine('candidates')).slice(0, 1), people);
    await context.close();
  });

  it('a builder filters with CEL, searches, sorts, pages, picks columns, shows linked records, creates, edits and deletes', async () => {
    const { app, people } = await ids();
    const { page, context, api } = await signedIn('tessa');
    const base = `/api/apps/${app}/collections/positions/records`;
    // Enough positions for a second page (25 a page).
    await api.call('POST', `${base}/bulk`, {
      operations: Array.from({ length: 24 }, (_, i) => ({
        op: 'create',
        values: {
          title: `Opening ${String(i + 1).padStart(2, '0')}`,
          department: 'Operations',
          salary: 40000 + i,
        },
      })),
    });
    await page.goto(`/apps/${app}/records/positions`);
    await page.getByText('31 records you may read').waitFor();
    await page.getByText('Records 1–25 of 31, page 1').waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Records 26–31 of 31, page 2').waitFor();
    await page.goBack();
    await page.getByText('Records 1–25 of 31, page 1').waitFor();
    await page.goForward();
    await page.getByText('Records 26–31 of 31, page 2').waitFor();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('Records 1–25 of 31, page 1').waitFor();
    const searchBox = page.getByRole('textbox', { name: 'Search' });
    await searchBox.fill('Opening 2');
    await searchBox.press('Enter');
    await page.getByText('5 records you may read match').waitFor();
    await searchBox.fill('');
    await searchBox.press('Enter');
    await page.getByText('31 records you may read.').waitFor();

    // The filter box completes the fields she may read, and shows the API's error for a bad filter.
    const filter = page.getByRole('textbox', { name: 'Filter' });
    await filter.click();
    await page.keyboard.type('record.sal');
    await page.getByRole('option', { name: /salary/ }).waitFor();
    await settled(page);
    await screenshot(page, 'records-builder-autocomplete');
    await page.keyboard.press('Escape');
    await page.keyboard.type('ry > 1');
    await page.keyboard.press('Enter');
    await page.getByText(/salry/).last().waitFor();
    expect(page.url()).toContain('filter=');
    await expectAccessible(page);
    await screenshot(page, 'records-builder-filter-error');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('record.department == "Engineering"');
    await page.keyboard.press('Enter');
    await page.getByText('3 records you may read match').waitFor();
    expect((await titles(page)).sort()).toEqual([
      'Frontend Engineer',
      'Senior Backend Engineer',
      'Site Reliability Engineer',
    ]);

    // Sort by clicking a column header: ascending, then descending.
    const salary = page.getByRole('columnheader', { name: /Salary/ });
    await salary.getByRole('button').click();
    await expect.poll(() => salary.getAttribute('aria-sort')).toBe('ascending');
    await expect
      .poll(() => titles(page))
      .toEqual(['Frontend Engineer', 'Site Reliability Engineer', 'Senior Backend Engineer']);
    await salary.getByRole('button').click();
    await expect.poll(() => salary.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(() => titles(page))
      .toEqual(['Senior Backend Engineer', 'Site Reliability Engineer', 'Frontend Engineer']);

    // Columns: leave out the interviewers; show the hiring manager as the linked person.
    await page.getByRole('button', { name: /^Columns/ }).click();
    await page.getByRole('checkbox', { name: 'Interviewers' }).uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('columnheader', { name: /Interviewers/ }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Show linked records' }).click();
    await page.getByRole('option', { name: 'Hiring manager' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('cell', { name: 'Andy Fischer' }).first().waitFor();
    expect(page.url()).toContain('expand=hiringManager');
    await expectAccessible(page);
    await screenshot(page, 'records-builder-table');

    // Create a record, then change it.
    await page.getByRole('button', { name: 'New record' }).click();
    const form = page.getByRole('dialog');
    await labelled(form, 'Title').fill('Staff Data Engineer');
    await labelled(form, 'Department').click();
    await page.getByRole('option', { name: 'Engineering' }).click();
    await labelled(form, 'Salary (EUR)').fill('99000');
    await labelled(form, 'Hiring manager').click();
    await page.getByRole('option', { name: 'Priya Raman' }).click();
    await expectAccessible(page);
    await screenshot(page, 'records-builder-create');
    await form.getByRole('button', { name: 'Create record' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Open Staff Data Engineer' }).click();
    await labelled(form, 'Status').click();
    await page.getByRole('option', { name: 'Open', exact: true }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const created = (
      await api.call<{ items: RecordItem[] }>(
        'GET',
        `${base}?filter=${encodeURIComponent('record.title == "Staff Data Engineer"')}`,
      )
    ).items;
    expect(created).toMatchObject([
      { department: 'Engineering', salary: 99000, status: 'Open', hiringManager: people.priya },
    ]);
    await page.getByRole('button', { name: 'Open Staff Data Engineer' }).click();
    await form.getByRole('button', { name: 'Delete record' }).click();
    await page
      .getByRole('dialog', { name: 'Delete Staff Data Engineer?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => page.getByRole('button', { name: 'Open Staff Data Engineer' }).count()).toBe(0);
    await page.getByText('3 records you may read match').waitFor();

    // The drift test on the first page's records, as the table shows them without a filter.
    const first = (await api.call<{ items: RecordItem[] }>('GET', `${base}?limit=2`)).items;
    await expectNoDrift(
      page,
      api,
      app,
      'positions',
      first.map((r) => r.id),
      people,
    );
    await context.close();
  });

  it('a hiring manager sees a field hidden on one row, and a bulk edit one record refuses changes nothing', async () => {
    const { app, people } = await ids();
    const tessa = await signedIn('tessa');
    // Row-dependent field rules: a position on hold hides its salary from hiring managers and
    // keeps its department as it is.
    for (const [name, fields, access, condition] of [
      ['Salary hidden while on hold', ['salary'], 'read', 'record.status != "On hold"'],
      ['Department fixed unless open', ['department'], 'write', 'record.status == "Open"'],
    ] as const) {
      await tessa.api.call('POST', `/api/apps/${app}/rules`, {
        kind: 'fieldCondition',
        name,
        collection: 'positions',
        to: { roles: ['hiring_manager'] },
        fields,
        access,
        condition,
      });
    }
    await tessa.context.close();

    const { page, context, api } = await signedIn('andy');
    await page.goto(`/apps/${app}/records/positions`);
    await page.getByText('4 records you may read').waitFor();
    const sre = page.getByRole('row', { name: /Site Reliability Engineer/ });
    await sre.getByText('hidden').waitFor();
    expect(
      await page
        .getByRole('row', { name: /Senior Backend Engineer/ })
        .getByText('hidden')
        .count(),
    ).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'records-manager-hidden');

    // Its form follows the row: no salary, the department read-only here with the rule's reason.
    await page.getByRole('button', { name: 'Open Site Reliability Engineer' }).click();
    const form = page.getByRole('dialog');
    await labelled(form, 'Department').waitFor();
    expect(await labelled(form, 'Salary (EUR)').count()).toBe(0);
    expect(await labelled(form, 'Department').isEditable()).toBe(false);
    expect(await labelled(form, 'Status').isEditable()).toBe(true);
    await form.getByText('A rule keeps this field read-only on this record.').waitFor();
    await form.getByText('One field is hidden on this record by a rule.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'records-manager-form-row');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    await page.getByRole('checkbox', { name: 'Select all records on this page' }).check();
    await page.getByRole('button', { name: 'Edit selected' }).click();
    const dialog = page.getByRole('dialog');
    await labelled(dialog, 'Field to set').click();
    await page.getByRole('option', { name: 'Department' }).click();
    await labelled(dialog, 'New department').click();
    await page.getByRole('option', { name: 'Design' }).click();
    await dialog.getByRole('button', { name: 'Change 4 records' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.getByText('Nothing was changed').waitFor();
    await refusal.getByText('Site Reliability Engineer').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'records-manager-bulk-refused');
    const list = await api.call<{ items: RecordItem[] }>(
      'GET',
      `/api/apps/${app}/collections/positions/records`,
    );
    expect(list.items.filter((r) => r.department === 'Design').map((r) => r.title)).toEqual([
      'Product Designer',
    ]);
    await page.keyboard.press('Escape');

    const positions = list.items.filter((r) =>
      ['Site Reliability Engineer', 'Senior Backend Engineer'].includes(String(r.title)),
    );
    await expectNoDrift(
      page,
      api,
      app,
      'positions',
      positions.map((r) => r.id),
      people,
    );
    const candidates = await api.call<{ items: RecordItem[] }>(
      'GET',
      `/api/apps/${app}/collections/candidates/records?limit=1`,
    );
    await expectNoDrift(
      page,
      api,
      app,
      'candidates',
      candidates.items.map((r) => r.id),
      people,
    );
    await context.close();
  });
});
