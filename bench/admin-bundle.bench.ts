// The admin app's download per screen: the JavaScript a browser fetches to show a screen when it
// opens the app at that address (entry chunk, the route's lazy chunks and everything they import
// statically), gzipped, against the 300 KB budget for the first screen. Read from Vite's build
// manifest after a fresh build, so it measures what ships.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ADMIN = path.resolve('apps/admin');
const BUDGET = 300 * 1024;

interface Chunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ADMIN, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(path.join(ADMIN, 'dist/.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;

function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

function gzipped(key: string): number {
  const file = manifest[key]?.file;
  return file ? gzipSync(readFileSync(path.join(ADMIN, 'dist', file)), { level: 9 }).length : 0;
}

// A screen opened by its address: the entry, its layouts' lazy chunks, then its own page.
const SCREENS: Record<string, string[]> = {
  'sign-in (first screen)': ['src/routes/auth/sign-in-page.tsx'],
  register: ['src/routes/auth/register-page.tsx'],
  'home (signed in)': ['src/shell/app-shell.tsx', 'src/routes/home-page.tsx'],
  'company applications': ['src/shell/app-shell.tsx', 'src/routes/companies/company-page.tsx'],
};

const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry) ?? 'index.html';
const results: Record<string, number> = {};
for (const [screen, modules] of Object.entries(SCREENS)) {
  const missing = modules.filter((m) => !manifest[m]);
  if (missing.length > 0) throw new Error(`not in the build manifest: ${missing.join(', ')}`);
  const bytes = [...closure([entry, ...modules])].reduce((sum, key) => sum + gzipped(key), 0);
  results[screen] = bytes;
  console.log(
    `${screen.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(7)} KB gzipped   ${(bytes / BUDGET).toFixed(2)} of the budget`,
  );
}
const all = Object.keys(manifest).reduce((sum, key) => sum + gzipped(key), 0);
console.log(`${'whole app, every route'.padEnd(24)} ${(all / 1024).toFixed(1).padStart(7)} KB gzipped`);
console.log(
  JSON.stringify({
    budgetKB: BUDGET / 1024,
    screensKB: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, +(v / 1024).toFixed(1)])),
    allKB: +(all / 1024).toFixed(1),
  }),
);
