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
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/(\.test|-fixture)\.ts$/.test(e.name))
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

/** The import cycles among a tree's files, each as the files on it (first repeated last). */
async function importCycles(dir: string): Promise<string[][]> {
  const graph = new Map<string, string[]>();
  for (const file of await sourceFiles(dir)) {
    const targets = (await importsOf(file))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
    graph.set(file, targets);
  }
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) return void cycles.push([...trail.slice(at), file].map((f) => path.relative(dir, f)));
    if (done.has(file) || !graph.has(file)) return;
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

describe('layers', () => {
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
