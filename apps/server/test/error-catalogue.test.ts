import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LINT_CODES, POLICY_ERROR_CODES } from '@charter/policy';
import { describe, expect, it } from 'vitest';
import { type ErrorFactory, isErrorFactory } from '../src/http/error-codes.js';

// Every error code the server answers is declared once, in a catalogue (issue 18): the shared one in
// http/error-codes.ts, a module's own in its <noun>.errors.ts. This collects them all, so a code
// cannot be defined twice, with two statuses, or go undocumented.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SERVER_SRC = path.join(ROOT, 'apps/server/src');
const DOCS = [
  'api.md',
  'auth.md',
  'platform.md',
  'permissions.md',
  'builder-tools.md',
  'records.md',
  'media.md',
  'dashboards.md',
];

interface Definition {
  file: string;
  factory: ErrorFactory<string>;
}

async function catalogueFiles(): Promise<string[]> {
  const entries = await fs.readdir(path.join(SERVER_SRC, 'modules'), {
    recursive: true,
    withFileTypes: true,
  });
  const modules = entries
    .filter((e) => e.isFile() && e.name.endsWith('.errors.ts'))
    .map((e) => path.join(e.parentPath, e.name));
  return [path.join(SERVER_SRC, 'http/error-codes.ts'), ...modules.sort()];
}

/** Every code of every catalogue, with the file that declares it. */
async function definitions(): Promise<Definition[]> {
  const found: Definition[] = [];
  for (const file of await catalogueFiles()) {
    const exports: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const value of Object.values(exports)) {
      if (typeof value !== 'object' || value === null) continue;
      for (const factory of Object.values(value)) {
        if (isErrorFactory(factory)) found.push({ file: path.relative(SERVER_SRC, file), factory });
      }
    }
  }
  return found;
}

// A backticked code, alone or after its status: `LAST_OWNER`, `409 LAST_OWNER`.
const CODE_SPAN = /`(?:\d{3} )?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)`/g;
// Backticked names in the docs that are not error codes: settings, methods, signals, lint warnings.
const NOT_CODES =
  /^(GET|HEAD|POST|PUT|PATCH|DELETE|HOST|SIGTERM|SIGINT|CHARTER_\w+|DATABASE_\w+_MS|SMTP_URL|MAIL_FROM|(GOOGLE|FACEBOOK|LINKEDIN|MICROSOFT)_CLIENT_(ID|SECRET))$/;
const LINT = new Set<string>(LINT_CODES);

/** The error codes each doc names. */
async function documentedCodes(): Promise<Map<string, Set<string>>> {
  const byDoc = new Map<string, Set<string>>();
  for (const doc of DOCS) {
    const text = await fs.readFile(path.join(ROOT, 'docs', doc), 'utf8');
    const codes = [...text.matchAll(CODE_SPAN)].map((m) => m[1] as string);
    byDoc.set(doc, new Set(codes.filter((c) => !NOT_CODES.test(c) && !LINT.has(c))));
  }
  return byDoc;
}

describe('the error catalogue', () => {
  it('declares each code once, with one status', async () => {
    const all = await definitions();
    expect(all.length).toBeGreaterThan(50);
    const where = new Map<string, string[]>();
    for (const { file, factory } of all) where.set(factory.code, [...(where.get(factory.code) ?? []), file]);
    expect([...where].filter(([, files]) => files.length > 1)).toEqual([]);
    for (const { factory } of all) {
      expect(factory.status, factory.code).toBeGreaterThanOrEqual(400);
      expect(factory.status, factory.code).toBeLessThan(600);
    }
  });

  it('builds the same AppError as the inline form did', async () => {
    const { sharedErrors } = await import('../src/http/error-codes.js');
    const { companyErrors } = await import('../src/modules/companies/companies.errors.js');
    const lastOwner = companyErrors.LAST_OWNER();
    expect([lastOwner.status, lastOwner.code, lastOwner.message, lastOwner.details]).toEqual([
      409,
      'LAST_OWNER',
      'A company keeps at least one owner: make someone else owner first.',
      undefined,
    ]);
    const issuer = companyErrors.ISSUER_NOT_DISCOVERABLE('no discovery document', { issues: [] });
    expect([issuer.status, issuer.message, issuer.details]).toEqual([
      400,
      'The issuer cannot be used: no discovery document.',
      { issues: [] },
    ]);
    expect(sharedErrors.PAYLOAD_TOO_LARGE({ limit: 1 }).details).toEqual({ limit: 1 });
  });

  // The CLI's own APP_NOT_FOUND picks an exit code and never reaches the API, so cli/ is left out.
  it('leaves no status and code written inline in http/ and the modules', async () => {
    const entries = (
      await Promise.all(
        ['http', 'modules'].map((dir) =>
          fs.readdir(path.join(SERVER_SRC, dir), { recursive: true, withFileTypes: true }),
        ),
      )
    ).flat();
    const inline: string[] = [];
    for (const e of entries) {
      if (!e.isFile() || !/\.ts$/.test(e.name) || /\.test\.ts$/.test(e.name)) continue;
      const file = path.join(e.parentPath, e.name);
      const text = await fs.readFile(file, 'utf8');
      if (/new AppError\(\s*\d+\s*,\s*['`]/.test(text)) inline.push(path.relative(SERVER_SRC, file));
    }
    expect(inline).toEqual([]);
  });

  it('names in the docs only codes the catalogue or the engine has', async () => {
    const known = new Set([...(await definitions()).map((d) => d.factory.code), ...POLICY_ERROR_CODES]);
    const unknown = [...(await documentedCodes())].flatMap(([doc, codes]) =>
      [...codes].filter((c) => !known.has(c)).map((c) => `${doc}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('documents every code of the catalogue in api.md or an area doc it links', async () => {
    const documented = new Set([...(await documentedCodes()).values()].flatMap((codes) => [...codes]));
    const missing = (await definitions()).filter((d) => !documented.has(d.factory.code));
    expect(missing.map((d) => `${d.file}: ${d.factory.code}`)).toEqual([]);
  });
});
