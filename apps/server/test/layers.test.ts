import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Dependencies point one way (STYLE.md): lib ← config ← db/mail ← context/http ← modules ← app/server/main/cli.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SERVER_SRC = path.join(ROOT, 'apps/server/src');
const POLICY_SRC = path.join(ROOT, 'packages/policy/src');

const RANK: Record<string, number> = { lib: 0, config: 1, db: 2, mail: 2, context: 3, http: 3, modules: 4 };
const TOP = 5; // app.ts, server.ts, main.ts, version.ts, cli/

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

async function importsOf(file: string): Promise<string[]> {
  const text = await fs.readFile(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );
}

function rankOf(file: string): number {
  const top = (path.relative(SERVER_SRC, file).split(path.sep)[0] as string).replace(/\.[jt]sx?$/, '');
  return RANK[top] ?? TOP;
}

// Modules, lowest first. A module imports only from modules of a lower rank or its own rank, and
// modules never import each other in a circle. Routes that need a higher module's service (the
// impact preview for roles and rules) get it from app.ts, which assembles everything.
const MODULE_RANK: Record<string, number> = {
  rights: 0, // the rights catalogue
  audit: 0,
  system: 0,
  tenancy: 1, // who stands where: company and app standing, the tenant guard
  auth: 2, // accounts and how they sign in: passwords, sessions, API keys, two-factor, providers
  'app-change': 2, // the kernel of every change to an app: its actor, transaction, policy version
  accounts: 3, // the platform's administration of accounts
  companies: 3,
  setup: 3,
  'data-model': 3, // an app's data model as stored, read into the engine's schema
  rules: 4, // the rule table, read and written, and the app's stored policy
  pages: 4, // pages and sections: their content, versions and visibility
  dashboards: 4, // dashboards and widgets: their content, versions, and what they use of the data model
  media: 4, // the media library: files, versions, their storage and safe serving
  collections: 5, // changes to the data model: collections, fields, their storage
  data: 5, // the data plane's runtime: an app's compiled policy
  applications: 6,
  roles: 6, // roles and custom rights
  'app-users': 6, // app users, their permissions and attributes
  registration: 6,
  records: 7,
  // builder tools
  access: 8, // explain, view as, the access matrix
  'policy-impact': 8,
  'policy-tests': 8,
  policy: 8, // export, import, lint
  ui: 8, // what the end-user app shows the caller
  'dashboard-data': 8, // a dashboard's numbers, computed under the viewer's data rules
};

const MODULES_DIR = path.join(SERVER_SRC, 'modules');

function moduleOf(file: string): string | null {
  const relative = path.relative(MODULES_DIR, file);
  return relative.startsWith('..') ? null : (relative.split(path.sep)[0] as string);
}

/** Every import from one module into another, as module → module → the files that make it. */
async function moduleImports(): Promise<Map<string, Map<string, string[]>>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const file of await sourceFiles(MODULES_DIR)) {
    const from = moduleOf(file)!;
    for (const spec of await importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const to = moduleOf(path.resolve(path.dirname(file), spec));
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, string[]>();
      targets.set(to, [...(targets.get(to) ?? []), path.relative(MODULES_DIR, file)]);
      edges.set(from, targets);
    }
  }
  return edges;
}

/** The cycles of a directed graph, each as its nodes with the first repeated last. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    const at = trail.indexOf(node);
    if (at >= 0) return void cycles.push([...trail.slice(at), node]);
    if (done.has(node) || !graph.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return cycles;
}

/** The import cycles among a tree's files, each as the files on it (first repeated last). */
async function importCycles(dir: string): Promise<string[][]> {
  const graph = new Map<string, string[]>();
  for (const file of await sourceFiles(dir)) {
    const targets = (await importsOf(file))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  return cyclesOf(graph).map((cycle) => cycle.map((f) => path.relative(dir, f)));
}

describe('layers', () => {
  it('every server module has a rank', async () => {
    const modules = (await fs.readdir(MODULES_DIR, { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(modules.map((e) => e.name).filter((name) => MODULE_RANK[name] === undefined)).toEqual([]);
  });

  it('server modules import only from modules of their rank or below', async () => {
    const upward: string[] = [];
    for (const [from, targets] of await moduleImports()) {
      for (const [to, files] of targets) {
        if (MODULE_RANK[to]! > MODULE_RANK[from]!) upward.push(`${from} → ${to} (${files.join(', ')})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('server modules never import each other in a circle', async () => {
    const modules = new Map(
      [...(await moduleImports())].map(([from, targets]) => [from, [...targets.keys()]]),
    );
    expect(cyclesOf(modules).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('server modules import only from their own layer or below', async () => {
    const violations: string[] = [];
    for (const file of await sourceFiles(SERVER_SRC)) {
      for (const spec of await importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (rankOf(target) > rankOf(file)) violations.push(`${path.relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the policy engine is pure: no I/O, no runtime imports beyond the CEL parser', async () => {
    const allowed = (spec: string) => spec.startsWith('.') || spec === '@marcbachmann/cel-js';
    const violations: string[] = [];
    for (const file of await sourceFiles(POLICY_SRC)) {
      const text = await fs.readFile(file, 'utf8');
      for (const spec of await importsOf(file)) {
        if (!allowed(spec)) violations.push(`${path.relative(ROOT, file)} imports ${spec}`);
      }
      if (/\bprocess\.env\b|\bDate\.now\(|\bnew Date\(\)|\beval\(|\bnew Function\(/.test(text)) {
        violations.push(`${path.relative(ROOT, file)} reads the clock or environment, or evaluates code`);
      }
    }
    expect(violations).toEqual([]);
  });

  // A cycle makes load order matter and hides which file owns what (issue 18): none in either tree.
  it('no file of the engine or the server imports itself through other files', async () => {
    expect(await importCycles(POLICY_SRC)).toEqual([]);
    expect(await importCycles(SERVER_SRC)).toEqual([]);
  });
});
