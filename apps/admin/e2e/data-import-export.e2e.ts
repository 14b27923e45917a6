import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import { Api } from './fixtures.js';
import { expectAccessible, journey, newPage, recruitingAppId, screenshot, settled } from './harness.js';

const j = journey(async (app, ctx) => {
  await seedDemo(app, ctx);
});

const person = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!;

async function signedIn(key: string, width?: number) {
  const { page, context } = await newPage(j.browser, j.charter, width);
  await Api.of(j.charter, context).signIn(person(key).email, person(key).password);
  return { page, context };
}

/** Clicks an item of the Export menu and returns the text of the file the browser saved. */
async function exported(page: Page, item: RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return fs.readFile((await download.path())!, 'utf8');
}

describe('data export and import', { timeout: 240_000 }, () => {
  it('a builder exports the positions, imports a changed file with one bad row, and writes the valid rows', async () => {
    const app = await recruitingAppId(j.charter);
    const { page } = await signedIn('tessa');
    await page.goto(`/apps/${app}/records/positions?sort=title`);
    await page.getByRole('region', { name: 'Positions records' }).waitFor();

    const csv = await exported(page, /CSV/);
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toContain('salary');
    const title = header!.indexOf('title');
    const status = header!.indexOf('status');
    expect(rows.length).toBeGreaterThan(3);
    const first = rows[0]![title]!;
    // One title changed; one new position whose status is no choice of the field.
    rows[0]![title] = `${first} (remote)`;
    const bad = header!.map((_, i) => (i === title ? 'Night Watch' : i === status ? 'Someday' : ''));
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'charter-import-')), 'positions.csv');
    await fs.writeFile(file, stringify([header!, ...rows, bad]));

    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import into Positions' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: /^File/ }).click(),
    ]);
    await chooser.setFiles(file);
    await dialog.getByRole('radio', { name: 'Write the valid rows only' }).check();
    await dialog.getByRole('button', { name: 'Check the file' }).click();
    const total = rows.length + 1;
    await dialog.getByText(`1 of ${total} rows would be refused`).waitFor();
    const problems = dialog.getByRole('region', { name: 'Refused rows' });
    const problem = problems.getByRole('row').nth(1);
    await expect.poll(() => problem.innerText()).toContain(String(total));
    expect(await problem.innerText()).toContain('status');
    expect(await problem.innerText()).toContain('VALIDATION_FAILED');
    await expectAccessible(page);
    await screenshot(page, 'data-import-dry-run');

    await dialog.getByRole('button', { name: `Import ${total - 1} valid rows` }).click();
    await dialog.getByText('Imported').waitFor();
    await dialog.getByText(`Created 0, updated ${total - 1}; 1 refused row was left out.`).waitFor();
    await settled(page);
    await screenshot(page, 'data-import-result');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    const table = page.getByRole('region', { name: 'Positions records' });
    await table.getByText(`${first} (remote)`, { exact: true }).first().waitFor();
    expect(await table.getByText('Night Watch').count()).toBe(0);
  });

  it('an interviewer’s export holds only her positions, without salary; the screen fits a phone', async () => {
    const app = await recruitingAppId(j.charter);
    const { page } = await signedIn('melissa', 390);
    await page.goto(`/apps/${app}/records/positions`);
    await page.getByRole('region', { name: 'Positions records' }).waitFor();
    const json = JSON.parse(await exported(page, /JSON/)) as Record<string, unknown>[];
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((p) => !('salary' in p))).toBe(true);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /CSV/ }).waitFor();
    await settled(page);
    await screenshot(page, 'data-export-menu-phone');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('dialog', { name: 'Import into Positions' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'data-import-dialog-phone');
  });
});
