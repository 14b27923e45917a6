import { existsSync, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type PrepareServer, type RunningServer, startServer } from '../../server/src/server.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

export interface Charter {
  url: string;
  server: RunningServer;
  /** The one-time owner link the server printed on its first start. */
  setupUrl: string | undefined;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A real Charter server on its own embedded database and port, serving the built admin app.
 * `prepare` runs once it listens, as the demo's seeding does.
 */
export async function startCharter(prepare?: PrepareServer): Promise<Charter> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The setup link is printed, never stored in clear: read it the way an operator does.
  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    printed.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  let server: RunningServer;
  try {
    server = await startServer(
      {
        HOST: '127.0.0.1',
        PORT: String(port),
        CHARTER_PUBLIC_URL: url,
        CHARTER_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
      },
      prepare,
    );
  } finally {
    process.stdout.write = write;
  }
  return {
    url,
    server,
    setupUrl: /https?:\/\/\S+\/setup\?token=\S+/.exec(printed.join(''))?.[0],
    stop: async () => {
      await server.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser journeys need Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function newPage(
  browser: Browser,
  charter: Charter,
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: charter.url,
    viewport: { width, height: width > 600 ? 860 : 844 },
    // Screens are judged still: a notification fading out half-transparent is not a contrast fault.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { context, page };
}

/** The newest mail to an address, read from the outbox where Charter keeps every message it sends. */
export async function lastMailTo(
  charter: Charter,
  to: string,
  kind?: string,
): Promise<{ subject: string; text: string }> {
  const { ctx } = charter.server;
  await ctx.mailer.flush();
  let query = ctx.database.db
    .selectFrom('mail_outbox')
    .select(['subject', 'text_body'])
    .where('to_address', '=', to.toLowerCase())
    .orderBy('created_at', 'desc');
  if (kind) query = query.where('kind', '=', kind);
  const mail = await query.executeTakeFirst();
  if (!mail) throw new Error(`no mail to ${to}`);
  return { subject: mail.subject, text: mail.text_body };
}

/** The first link in a mail. */
export function linkIn(text: string): string {
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no link in: ${text}`);
  return link;
}

/** Saves what the person sees, to be looked at: e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Waits until what is moving has stopped: a dialog fading in is judged on its final colours, not
 * half-transparent ones. Endless animations (a loader's spin) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    .then(() => Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => null))))
    .then(() => true)`);
}

/** No serious or critical accessibility violation on the screen as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(severe).toEqual([]);
}

/** Checked and saved from the top, so the fixed header sits where it belongs in the full-page image. */
export async function look(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

/** The id of the demo's Recruiting app, in a journey whose server the demo seeded. */
export async function recruitingAppId(charter: Charter): Promise<string> {
  const app = await charter.server.ctx.database.db
    .selectFrom('application')
    .select('id')
    .where('name', '=', 'Recruiting')
    .executeTakeFirstOrThrow();
  return app.id;
}

/** A password the policy accepts. */
export function strongPassword(seed = 'x'): string {
  return `Lantern orbit ${seed} velvet cascade 93`;
}

/**
 * A journey file's server and browser: started before its tests, stopped after them. Read them
 * inside tests (`j.charter`, `j.browser`), once the file's set-up has run.
 */
export function journey(prepare?: PrepareServer): { readonly charter: Charter; readonly browser: Browser } {
  const state = {} as { charter: Charter; browser: Browser };
  beforeAll(async () => {
    [state.charter, state.browser] = await Promise.all([startCharter(prepare), launchBrowser()]);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.charter?.stop();
  });
  return state;
}
