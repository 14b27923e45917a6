// What a principal can see of a world: readable rows only, hidden fields NULL (relations empty),
// links to unreadable rows reduced to their id. The reference both back ends are held to.
import type { Principal } from '../../src/model/principal.js';
import { isManyLink, isSingleLink } from '../../src/model/schema.js';
import type { PolicyEngine } from '../../src/plan/policy-engine.js';
import { NOW } from './generate-schema.js';

type Row = Record<string, unknown>;
/** Rows by id, per collection key. */
export type Graph = Map<string, Map<string, Row>>;

/** The graph as the principal may read it. */
export function visibleGraph(engine: PolicyEngine, principal: Principal, graph: Graph): Graph {
  const visible: Graph = new Map();
  for (const [collection, rows] of graph) {
    const compiled = engine.compile(engine.planAccess(principal, 'read', collection));
    const c = engine.schema.collections.get(collection);
    const out = new Map<string, Row>();
    for (const [id, row] of rows) {
      if (!compiled.allows(row, NOW)) continue;
      const fields = new Set(compiled.accessibleFields(row, NOW));
      const masked: Row = { id };
      for (const f of c?.fields ?? []) {
        if (f.id === 'id') continue;
        masked[f.name] = fields.has(f.name) ? row[f.name] : isManyLink(f) ? [] : null;
      }
      out.set(id, masked);
    }
    visible.set(collection, out);
  }
  for (const [collection, rows] of visible) {
    const c = engine.schema.collections.get(collection);
    for (const row of rows.values()) {
      for (const f of c?.fields ?? []) {
        const targets = visible.get(f.target ?? '');
        const value = row[f.name];
        if (isSingleLink(f) && f.id !== 'id' && value && typeof value === 'object') {
          const id = (value as Row).id as string;
          row[f.name] = targets?.get(id) ?? stub(engine, f.target ?? '', id);
        } else if (isManyLink(f) && Array.isArray(value)) {
          row[f.name] = value
            .map((v) => targets?.get((v as Row).id as string))
            .filter((v) => v !== undefined);
        }
      }
    }
  }
  return visible;
}

/** An unreadable related row: only its id is known, its fields read as NULL and its relations as empty. */
function stub(engine: PolicyEngine, collection: string, id: string): Row {
  const out: Row = { id };
  for (const f of engine.schema.collections.get(collection)?.fields ?? [])
    if (isManyLink(f)) out[f.name] = [];
  return out;
}
