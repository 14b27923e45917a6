import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/cli/demo.js';
import { DEMO_PEOPLE } from '../../server/src/cli/demo-data.js';
import {
  type Charter,
  expectAccessible,
  launchBrowser,
  newPage,
  screenshot,
  startCharter,
  strongPassword,
} from './harness.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a fresh install', () => {
  let charter: Charter;
  beforeAll(async () => {
    charter = await startCharter();
  });
  afterAll(async () => {
    await charter?.stop();
  });

  it('the first screen loads under 300 KB of JavaScript, gzipped', async () => {
    const { page, context } = await newPage(browser, charter);
    const scripts: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.body().then((body) => [response.url(), gzipSync(body).length]));
      }
    });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    const bytes = sizes.reduce((sum, [, size]) => sum + size, 0);
    console.info(
      `first screen (/sign-in): ${sizes.length} scripts, ${(bytes / 1024).toFixed(1)} KB gzipped\n` +
        sizes
          .map(([url, size]) => `  ${(size / 1024).toFixed(1).padStart(6)} KB  ${new URL(url).pathname}`)
          .join('\n'),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(300 * 1024);
    await context.close();
  });

  it('the printed setup link creates the owner, who lands signed in, ready to create a company', async () => {
    expect(charter.setupUrl).toBeDefined();
    const { page, context } = await newPage(browser, charter);
    await page.goto(charter.setupUrl ?? '');
    await page.getByRole('heading', { name: 'Create the platform owner' }).waitFor();
    await page.getByLabel('Name').fill('Pat Owner');
    await page.getByLabel('Email').fill('pat@example.com');
    await page.getByLabel(/^Password/).fill(strongPassword('pat'));
    await page.getByText('Strong enough.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'setup');
    await page.getByRole('button', { name: 'Create owner' }).click();

    await page.getByRole('heading', { name: 'Welcome, Pat Owner' }).waitFor();
    await page.getByLabel('New company name').fill('Pat Industries');
    await page.getByRole('button', { name: 'Create company' }).click();
    await page.getByRole('heading', { name: 'Pat Industries' }).waitFor();

    // The link worked once: the page now says the installation is set up.
    await page.goto(charter.setupUrl ?? '');
    await page.getByRole('heading', { name: 'Charter is already set up' }).waitFor();
    await context.close();
  });
});

describe('the demo', () => {
  let charter: Charter;
  beforeAll(async () => {
    charter = await startCharter(async (app, ctx) => {
      await seedDemo(app, ctx);
    });
  });
  afterAll(async () => {
    await charter?.stop();
  });

  it('each demo person signs in at the admin app', async () => {
    for (const person of DEMO_PEOPLE) {
      const { page, context } = await newPage(browser, charter);
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(person.email);
      await page.getByLabel(/^Password/).fill(person.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: `Welcome, ${person.name}` }).waitFor();
      if (person.key === 'tessa') await screenshot(page, 'demo-home');
      await context.close();
    }
  });

  it('Andy and Melissa sign in to the Recruiting app and see their own pages and rows', async () => {
    const seen: Record<string, { pages: string[]; rows: number; columns: string[] }> = {};
    for (const key of ['andy', 'melissa']) {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const { page, context } = await newPage(browser, charter);
      await page.goto('/a/recruiting');
      await page.getByRole('heading', { name: 'Acme Talent recruiting' }).waitFor();
      await page.getByLabel('Email').fill(person.email);
      await page.getByRole('textbox', { name: 'Password' }).fill(person.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Positions', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Positions' });
      await table.getByRole('cell', { name: 'Senior Backend Engineer' }).waitFor();
      seen[key] = {
        pages: await page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents(),
        rows: (await table.getByRole('row').count()) - 1,
        columns: await table.getByRole('columnheader').allTextContents(),
      };
      if (key === 'melissa') {
        await expectAccessible(page);
        await screenshot(page, 'demo-end-user-melissa');
        await page.getByRole('link', { name: 'My interviews' }).click();
        await page.getByRole('heading', { name: 'My interviews', level: 1 }).waitFor();
        await page
          .getByRole('table', { name: 'Open positions I interview for' })
          .getByRole('row')
          .nth(1)
          .waitFor();
        await screenshot(page, 'demo-end-user-melissa-interviews');
      }
      await context.close();
    }
    expect(seen.andy).toEqual({
      pages: ['Positions', 'Candidates'],
      rows: 4,
      columns: ['Title', 'Department', 'Status', 'Salary (EUR)', 'Hiring manager'],
    });
    // Melissa's columns leave out the salary her rule hides; her rows are the positions she interviews for.
    expect(seen.melissa).toEqual({
      pages: ['Positions', 'Candidates', 'My interviews'],
      rows: 3,
      columns: ['Title', 'Department', 'Status', 'Hiring manager'],
    });
  });
});
