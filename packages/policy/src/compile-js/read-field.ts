// Reads a field from a record graph: links hold an id, or the loaded related record.
import type { FieldExpr, RelationExpr } from '../check/ir.js';
import type { Evaluator } from './eval-env.js';
import { readerFor, readLink, relationNotLoaded } from './values.js';

type Row = Readonly<Record<string, unknown>>;

/** The path of a field as a builder reads it, for error messages. */
function pathOf(e: FieldExpr | RelationExpr): string {
  const start = e.row.kind === 'root' ? 'record' : 'item';
  return [start, ...e.hops.map((h) => h.name), e.field.name].join('.');
}

/** Returns the row the field lives on, following hops; null when a link on the way is empty. */
function rowResolver(e: FieldExpr | RelationExpr): (r: Row, vars: unknown[]) => Row | null {
  const hops = e.hops.map((h) => h.name);
  const path = pathOf(e);
  const varId = e.row.kind === 'var' ? e.row.id : -1;
  return (r, vars) => {
    let current: unknown = varId < 0 ? r : vars[varId];
    if (typeof current !== 'object') throw relationNotLoaded(path);
    for (const hop of hops) {
      const next = (current as Row | null)?.[hop];
      if (next === null || next === undefined) return null;
      if (typeof next !== 'object') throw relationNotLoaded(path);
      current = next;
    }
    return current as Row | null;
  };
}

/** Compiles a field read. */
export function readField(e: FieldExpr): Evaluator {
  const read = readerFor(e.field.type);
  const name = e.field.name;
  if (e.row.kind === 'root' && e.hops.length === 0) return (r) => read(r[name]);
  if (e.row.kind === 'var' && e.hops.length === 0 && e.field.id === 'id') {
    const id = e.row.id;
    return (_r, env) => readLink(env.vars[id]);
  }
  const resolve = rowResolver(e);
  return (r, env) => {
    const row = resolve(r, env.vars);
    return row === null ? null : read(row[name]);
  };
}

/** Compiles a many-to-many read: an array of ids or loaded records (null counts as empty). */
export function readRelation(e: RelationExpr): Evaluator {
  const name = e.field.name;
  const resolve = rowResolver(e);
  const path = pathOf(e);
  return (r, env) => {
    const row = resolve(r, env.vars);
    if (row === null) return [];
    const value = row[name];
    if (value === undefined) throw relationNotLoaded(path);
    return Array.isArray(value) ? value : [];
  };
}
