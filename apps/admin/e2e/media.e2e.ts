import type { Page } from 'playwright-core';
import sharp from 'sharp';
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

interface Dropped {
  name: string;
  type: string;
  bytes: Buffer;
}

/** Drops files on an element the way a person drags them from their desktop. */
async function dropFiles(page: Page, selector: string, files: Dropped[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') }));
  // Run in the page, so written as the page's own script: the test code has no DOM types.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer();
    for (const f of ${JSON.stringify(payload)}) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return transfer;
  })()`);
  await page.locator(selector).dispatchEvent('drop', { dataTransfer });
}

const png = (r: number, g: number, b: number) =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

describe('the media library', () => {
  it('a builder uploads an image, is refused a disguised page, shows the image in a page, and cannot delete it while used', async () => {
    const { page, context } = await newPage(j.browser, j.charter);
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const api = Api.of(j.charter, context);
    await api.signIn(tessa.email, tessa.password);
    const appId = await recruitingAppId(j.charter);
    const logo = await png(30, 110, 200);

    // The library, from the navigation: empty at first.
    await page.goto(`/apps/${appId}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
    await page.getByRole('heading', { name: 'Media', level: 1 }).waitFor();
    await page.getByText('The library is empty.').waitFor();

    // Two files dropped at once: an image and a price list.
    await dropFiles(page, 'section[aria-label="Upload"]', [
      { name: 'logo.png', type: 'image/png', bytes: logo },
      { name: 'prices.csv', type: 'text/csv', bytes: Buffer.from('role,rate\nEngineer,95\n') },
    ]);
    const grid = page.getByRole('list', { name: 'Files' });
    await grid.getByRole('button', { name: 'logo.png' }).waitFor();
    await grid.getByRole('button', { name: 'prices.csv' }).waitFor();
    await grid.getByText(/^PNG image · \d/).waitFor();

    // An HTML page named like an image is caught by its bytes, and nothing is stored.
    await page.locator('input[type=file][aria-label="Upload files"]').setInputFiles({
      name: 'holiday.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
    });
    const refusal = page.getByRole('alert').filter({ hasText: 'Type not allowed: nothing was uploaded' });
    await refusal.getByText(/holiday\.png.*text\/html.*Nothing was stored/).waitFor();
    await refusal.getByText(/Accepted types: PNG image, JPEG image, .*PDF, .*Word/).waitFor();
    const stored = await api.call<{ items: { name: string }[] }>('GET', `/api/apps/${appId}/media`);
    expect(stored.items.map((i) => i.name).sort()).toEqual(['logo.png', 'prices.csv']);
    expect(await grid.getByRole('listitem').count()).toBe(2);
    await look(page, 'media-library');

    // The image, opened: its preview, and the Markdown that shows it in a page.
    await grid.getByRole('button', { name: 'logo.png' }).click();
    const drawer = page.getByRole('dialog', { name: 'logo.png' });
    await drawer.getByRole('img', { name: 'logo.png' }).waitFor();
    await drawer.getByText(/320 × 200 px · version 1/).waitFor();
    await drawer.getByRole('button', { name: 'Copy Markdown' }).click();
    await drawer.getByRole('button', { name: 'Copied' }).waitFor();
    const markdown = await page.evaluate<string>('navigator.clipboard.readText()');
    const media = stored.items.find((i) => i.name === 'logo.png') as unknown as { id: string };
    expect(markdown).toBe(`![logo](/api/apps/${appId}/media/${media.id}/content)`);

    // Tagged and moved to a folder; the library shows both.
    await drawer.getByRole('textbox', { name: 'Folder' }).fill('Brand');
    await drawer.getByLabel('Tags', { exact: true }).fill('spring');
    await drawer.getByLabel('Tags', { exact: true }).press('Enter');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await grid.getByText('Brand').waitFor();
    await grid.getByText('spring').waitFor();

    // A new version replaces the bytes; the first stays restorable.
    await drawer.locator('input[type=file][aria-label="Replace with a new version"]').setInputFiles({
      name: 'logo-v2.png',
      mimeType: 'image/png',
      buffer: await png(200, 60, 40),
    });
    const versions = drawer.getByRole('table', { name: 'Versions' });
    await versions.getByRole('button', { name: 'Restore version 1' }).waitFor();
    await drawer.getByText(/320 × 200 px · version 2$/).waitFor();
    expect(await drawer.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('logo.png');
    await drawer.getByRole('img', { name: 'logo.png' }).scrollIntoViewIfNeeded();
    await look(page, 'media-file');

    // The copied Markdown in a page's text section, and the page in the app as Tessa sees it.
    const brand = await api.call<{ id: string; slug: string }>('POST', `/api/apps/${appId}/pages`, {
      title: 'Our brand',
      slug: 'our-brand',
      visibility: { audience: 'everyone' },
      sections: [{ kind: 'text', title: 'Logo', markdown: `The logo to use:\n\n${markdown}` }],
    });
    await page.goto('/a/recruiting/our-brand');
    await page.getByRole('heading', { name: 'Our brand', level: 1 }).waitFor();
    const image = page.getByRole('img', { name: 'logo' });
    await image.waitFor();
    await expect
      .poll(() =>
        image.evaluate((img) => {
          const loaded = img as unknown as { complete: boolean; naturalWidth: number };
          return loaded.complete && loaded.naturalWidth;
        }),
      )
      .toBe(320);
    await look(page, 'media-in-a-page');

    // An app user without the library's read right is refused the file: the image does not load for her.
    const melissaContext = await j.browser.newContext({ baseURL: j.charter.url, reducedMotion: 'reduce' });
    melissaContext.setDefaultTimeout(15_000);
    const melissaAccount = await Api.of(j.charter, melissaContext).signIn(melissa.email, melissa.password);
    const content = `/api/apps/${appId}/media/${media.id}/content`;
    expect((await melissaContext.request.get(content)).status()).toBe(403);

    // Given the read right alone, she sees the image, and the library without any way to change it.
    const permissions = `/api/apps/${appId}/users/${melissaAccount.id}/permissions`;
    const held = await api.call<{ roles: string[]; directRights: string[] }>('GET', permissions);
    await api.call('PUT', permissions, {
      roles: held.roles,
      directRights: [...held.directRights, 'app.media.read'],
    });
    expect((await melissaContext.request.get(content)).status()).toBe(200);
    const reader = await melissaContext.newPage();
    await reader.goto(`/apps/${appId}/media?file=${media.id}`);
    const readOnly = reader.getByRole('dialog', { name: 'logo.png' });
    await readOnly.getByRole('img', { name: 'logo.png' }).waitFor();
    await readOnly.getByRole('table', { name: 'Versions' }).getByText('Version 1', { exact: true }).waitFor();
    expect(await readOnly.getByRole('textbox', { name: 'Name' }).getAttribute('readonly')).not.toBeNull();
    for (const name of ['Save changes', 'Replace with a new version', 'Restore version 1', 'Delete file']) {
      expect(await readOnly.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await reader.getByRole('button', { name: 'Upload files' }).count()).toBe(0);
    await look(reader, 'media-file-read-only');
    await reader.goto('/a/recruiting/our-brand');
    const seen = reader.getByRole('img', { name: 'logo' });
    await expect
      .poll(() =>
        seen.evaluate((img) => {
          const loaded = img as unknown as { complete: boolean; naturalWidth: number };
          return loaded.complete && loaded.naturalWidth;
        }),
      )
      .toBe(320);
    await melissaContext.close();

    // Deleting the image while the page shows it: refused, naming the page, linked to its editor.
    await page.goto(`/apps/${appId}/media?file=${media.id}`);
    await drawer.getByRole('button', { name: 'Delete file' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete logo.png?' });
    await confirm.getByRole('button', { name: 'Delete file' }).click();
    const inUse = confirm.getByRole('alert').filter({ hasText: 'Not deleted: pages use it' });
    await inUse.getByRole('link', { name: 'Our brand' }).waitFor();
    await look(page, 'media-delete-refused');
    await inUse.getByRole('link', { name: 'Our brand' }).click();
    await page.getByRole('heading', { name: 'Our brand', level: 1 }).waitFor();
    expect(page.url()).toContain(`/apps/${appId}/pages/${brand.id}`);
    const still = await api.call<{ items: unknown[] }>('GET', `/api/apps/${appId}/media`);
    expect(still.items).toHaveLength(2);

    // On a phone: two columns of files, and the file over the whole screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/apps/${appId}/media`);
    await grid.getByRole('button', { name: 'logo.png' }).waitFor();
    await look(page, 'media-library-phone');
    await grid.getByRole('button', { name: 'logo.png' }).click();
    await drawer.getByRole('img', { name: 'logo.png' }).waitFor();
    await look(page, 'media-file-phone');
  });
});
